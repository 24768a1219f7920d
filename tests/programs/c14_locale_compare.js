// localeCompare beyond ASCII letters, digits and spaces (ICU's full collation) is refused when reached.
console.log("a".localeCompare("b"));
console.log("a-b".localeCompare("ab"));

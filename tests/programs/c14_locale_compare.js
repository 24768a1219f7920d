// localeCompare beyond printable ASCII (ICU's full collation: accents, other
// scripts, control characters) is refused when reached.
console.log("a".localeCompare("b"));
console.log("a-b".localeCompare("ab"));
console.log("é".localeCompare("e"));

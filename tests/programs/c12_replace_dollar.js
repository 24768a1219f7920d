// `$` patterns in a replacement string are not implemented: refused when reached.
console.log("a-b".replace("-", "+"));
console.log("cost".replace("o", "$&$&"));

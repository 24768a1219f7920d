// Feature detection reads a number method the build does not implement: refused by name, never undefined.
const x = 1234.5;
console.log(x.toFixed(1));
const text = x.toExponential ? x.toExponential(2) : "no toExponential";
console.log(text);

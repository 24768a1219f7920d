// Feature detection reads a string method the build does not implement: refused by name, never undefined.
const x = 1234.5;
console.log(x.toFixed(1));
const s = "cafe";
const text = s.normalize ? s.normalize("NFC") : "no normalize";
console.log(text);

// String.raw, the one tagged template the build compiles: the raw texts with
// each substitution's ToString between them.
const n = 5, path = String.raw`C:\Users\${"me"}\n${n + 1}`;
console.log(path, path.length, String.raw`a\tb`, String.raw``, String.raw`\u0041${[1, 2]}x${{}}`);
console.log(String.raw`line1
line2`.split("\n").length);

// charCodeAt on a string the plan proves (a direct call, codegen/calls.py) at every
// kind of position: inside, -0, fractions, NaN, out of range, beyond int32, none,
// the halves of a surrogate pair, and an empty string.
const s = "héllo\u{1F600}!";
const ps = [0, 1, -0, -1, 0.5, 1.9, NaN, 5, 6, 7, 8, 100, Infinity, -Infinity, 2147483648, -2147483649, 4294967296];
let out = [];
for (const p of ps) out.push(s.charCodeAt(p));
console.log(out.join(","));
let t = 0;
for (let i = 0; i < s.length; i++) t += s.charCodeAt(i);
for (let i = -2; i < s.length + 3; i++) t += s.charCodeAt(i) || 1;
console.log(t, s.charCodeAt(), "".charCodeAt(0));

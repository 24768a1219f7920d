// Integer arithmetic through | 0 and shifts, loose and relational comparisons
// (arrays against primitives), number printing edges, compound assignments.
function hash(s) { let h = 0; for (let i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) | 0; } return h; }
console.log(hash("hello world"), hash(""), hash("The quick brown fox"), (2 ** 32 + 5) | 0, -1 >>> 0, 1 << 31, 1 << 32, 5 >> 1, -5 >> 1, -5 >>> 28, ~5, 0xFFFFFFFF & 0xF0F0, Math.imul(0x7fffffff, 3));
console.log("10" < "9", "10" < 9, null >= 0, undefined == null, NaN != NaN, [] + [], [1] == 1, "b" > "a", 3 > 2 > 1, "5" - 2, "5" + 2, true + 1, null + 1, undefined + 1);
console.log(Number.MAX_SAFE_INTEGER + 2, 0.1 * 3, 1e300 * 1e10, -1e-320, 2 ** -1074, (123.456).toFixed(0), (-1.5).toFixed(0), (1.005).toFixed(2), Math.round(-0.5), Math.round(2.5), Math.max(), Math.min());
let x = 7; x **= 2; x %= 10; x <<= 2; x >>= 1; x >>>= 0; x |= 1; x &= 0xF; x ^= 3; console.log(x);
const big = []; for (let i = 0; i < 5; i++) big.push(i * 0.1); console.log(big, big.map(v => v.toFixed(1)).join(" "));
console.log(String(-0), (-0).toString(), `${-0}`, Object.is(-0, 0), [0].includes(-0), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log([1] == 1, [1, 2] == "1,2", [] == "", [] == 0, [0] == false, ["a"] == "a", [1] == [1], null == [], [] != [], {} == "[object Object]");

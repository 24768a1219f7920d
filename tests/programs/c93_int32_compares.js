// Comparisons and element indexes whose operands are bit operations' results
// (int32 numbers) or integer constants: the build compares them as i32 and
// indexes with them directly. Edges: the ends of int32's range, constants just
// outside it or with a fraction, -0, negative and huge indexes, unsigned shifts.

const xs = [0, 1, -1, 2, 7, 2147483647, -2147483648, 4294967295, 4294967296, 1.5, -0, NaN, 1e10];
const rows = [];
for (const x of xs) {
  const a = x | 0;
  const b = x >> 1;
  const u = x >>> 0;
  rows.push([
    a < 2147483647, a <= 2147483647, a > -2147483648, a >= -2147483648,
    a < 2147483648, a > -2147483649, a < 2.5, a > 0.5, a === -0, a === 0,
    a === b, a !== b, a < b, b <= a, (a & 4) !== 0, (a & 4) === 4,
    u === 4294967295, u > 2147483647, (a ^ b) === (b ^ a), a == 7, a != -1,
  ].map((t) => (t ? 1 : 0)).join(""));
}
console.log(rows.join(" "));

// bit operations of bit operations: no double conversion changes a value
let h = 0;
for (let i = 0; i < 200; i++) {
  h = ((h << 5) - h + i * 2654435761) | 0;
  h = (h ^ (h >>> 13)) | 0;
}
console.log(h, h >>> 0, (h >>> 0) | 0, ~~(h >>> 0), (h >>> 1) & 0xff);

// indexes made by bit operations, some outside the array, some negative
const table = [];
for (let i = 0; i < 16; i++) table.push(i * i);
const seen = [];
for (let i = -3; i < 40; i += 3) {
  seen.push(table[i & 15], table[i | 0], table[i >> 1], table[(i << 28) >> 28], table[i & -1]);
}
console.log(seen.join(","));
for (let i = 0; i < 20; i++) table[(i * 7) & 15] = i;
table[(1 << 4) | 1] = 17;  // past the end: a hole in between
console.log(table.length, table.join(","), table[(-1) | 0], table[16], table[17]);

// flags in the style of a scheduler's task states
const HELD = 4, SUSPENDED = 2, RUNNABLE = 1;
let state = 0, count = 0;
for (let step = 0; step < 50; step++) {
  state = step % 3 === 0 ? state | HELD : state & ~HELD;
  if (step % 5 === 0) state = state | SUSPENDED;
  if (step % 7 === 0) state = state & ~SUSPENDED;
  state = state ^ RUNNABLE;
  if ((state & HELD) !== 0 || state === SUSPENDED) count++;
  if ((state & (HELD | SUSPENDED)) === (HELD | SUSPENDED)) count += 100;
}
console.log(state, count);

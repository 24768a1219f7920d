// repeat's RangeError names the count, as node's does.
for (const v of [-1, -1.5, Infinity, -Infinity, '-3', 2.5, -0.5, NaN]) {
  try { console.log(JSON.stringify('ab'.repeat(v))); } catch (e) { console.log(e.name, e.message); }
}

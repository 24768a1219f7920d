// c102's loops again with a `delete` in the program (for-in then re-checks
// every key before its turn, through another runtime path)
require('./c102_for_in_changes_and_statics.js');
const p = { a: 1, b: 2, c: 3 };
for (const k in p) { console.log('p', k); delete p.c; }

// `new` of a plain function that is also called without `new` (here through
// `call`, the pre-class way to inherit): refused by the build. A constructor
// function used only with `new` is built as a class (c106).
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(1, 2);
const q = {};
Point.call(q, 3, 4);
console.log(p.x + p.y, q.x);

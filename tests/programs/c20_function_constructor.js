// `new` of a plain function (pre-class constructor style): refused by the build.
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(1, 2);
console.log(p.x + p.y);

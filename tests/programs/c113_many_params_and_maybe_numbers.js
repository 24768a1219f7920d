// Calls of functions with more than three parameters (taken directly, without
// an array for the rest), and number-or-undefined fields read from objects of
// several classes into number-or-undefined parameters.
'use strict';

class V { constructor(x, y) { this.x = x; this.y = y; } }
class Blank { constructor() { this.v = 1; } }
class Tag { constructor(name) { this.name = name; this.x = 'x?'; } }

function cmp(a, b) {
  if (a === b) return 0;
  if (a < b) return -1;
  if (a > b) return 1;
  return a === a ? 1 : -1;
}
function order(p, q) { return cmp(p.x, q.x) || cmp(p.y, q.y); }

const half = new V();
half.x = 0.5;
const things = [new V(1, 2), new V(1, 3), half, new Blank(), new V(NaN, 1), new V(-0, 0)];
for (const p of things) {
  console.log(things.map((q) => order(p, q)).join(' '));
}
console.log(cmp(new Tag('t').x, 'x?'), cmp(things[3].x, undefined), cmp(undefined, 1));

function four(a, b, c, d) { return [a, b, c, d].map(String).join('/'); }
function five(a, b, c, d, e) { return (a || 0) + (b || 0) + (c || 0) + (d || 0) + (e || 0); }
function sixWithDefault(a, b, c, d, e, f = 'six') { return [a, f].join() + (e === undefined); }
console.log(four(1, 'two', null), four(1, 2, 3, 4, 5), five(1, 2, 3, 4, 5), five(1), five(0.5, 0.25, 0, 0, 0.125));
console.log(sixWithDefault(1), sixWithDefault(1, 2, 3, 4, 5, 6));

function walk(grid, seen, x, y, depth) {
  if (x < 0 || y < 0 || x >= grid.length || y >= grid.length || seen[x][y] || depth > 6) return 0;
  seen[x][y] = true;
  return 1 + walk(grid, seen, x + 1, y, depth + 1) + walk(grid, seen, x, y + 1, depth + 1) +
    walk(grid, seen, x - 1, y, depth + 1);
}
const grid = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
console.log(walk(grid, grid.map((r) => r.map(() => false)), 0, 0, 0));

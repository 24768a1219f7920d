// Object.freeze of literals nothing writes: enum objects and constant tables, used
// as node uses them (the inner arrays of a frozen array are not frozen).
const Color = Object.freeze({ RED: 0, GREEN: 1, BLUE: 2 });
const DIRS = Object.freeze([[0, 1], [1, 0], [0, -1], [-1, 0]]);
const NAMES = Object.freeze(["north", "east", "south", "west"]);
function walk(n) {
  let x = 0, y = 0;
  for (let i = 0; i < n; i++) { const d = DIRS[i % DIRS.length]; x += d[0] * i; y += d[1] * i; }
  return [x, y];
}
DIRS[0][0] = 5;   // the inner arrays are not frozen
console.log(Color, Color.GREEN, DIRS, NAMES.join(), walk(10), Object.keys(Color), Object.freeze(5), Object.freeze("s"));
console.log(NAMES.map((s) => s.toUpperCase()), NAMES.indexOf("south"), [...NAMES].reverse(), NAMES.slice(1));

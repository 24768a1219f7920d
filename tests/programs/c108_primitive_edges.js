// Booleans' own methods, Array.from of array-likes and primitives, and
// Object.fromEntries refusing entries that are not objects, as node does.
const flags = [true, false, 1 > 2];
console.log(true.toString(), (false).toString(), flags.map((b) => b.toString()), flags[0].valueOf(), typeof flags[2].valueOf());
const mixed = [true, 5, 'x'];
console.log(mixed.map((v) => v.toString() + '!'));

console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(Array.from({ length: 3 }, (_, i) => i * 2));
console.log(Array.from(5), Array.from(true), Array.from('hé'));

for (const bad of [[1], ['ab'], [null], [undefined], [true], [['k', 1], 2]]) {
  try {
    console.log(Object.fromEntries(bad));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log(Object.fromEntries([['a', 1], ['b', [2]]]), Object.fromEntries(new Map([['m', 3]])));

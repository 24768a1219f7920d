// A typed array is no Array for concat's spreading or flat's flattening: it
// stays one element (it was spread into the result).
const f = new Float64Array([1.5, 2]);
const i8 = new Int8Array([1, -2]);
console.log([].concat([1], f, [i8], 3));
console.log([[1, [2]], f, [i8]].flat(), [[1, [2]], f].flat(Infinity));
console.log([f, i8].flatMap((t) => t), [1, 2].flatMap((x) => (x > 1 ? new Uint8Array([x, 300]) : [x])));
console.log([f].concat(f).length, Array.isArray(f), [...f, ...i8]);

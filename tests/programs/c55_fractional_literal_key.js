// A fractional number as an object literal key (crashed the analysis).
const o = { 1.5: 'f', 2: 'two', b: 1 };
console.log(o.a, o, o[1.5], Object.keys(o));

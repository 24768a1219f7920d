// The ES5 idiom for the largest and smallest of an array: Math.max.apply(Math, xs)
// (a Math function ignores its this; the global Math is not otherwise compiled).
const a = [3, 9, 2];
console.log(Math.max.apply(null, a), Math.min.apply(undefined, a), Math.max.apply(Math, a), Math.min.call(Math, 4, 1), Math.max.apply(Math, []));
console.log(Math.max.apply(Math, [1, "7", 3]), Math.min.apply(Math, [[2], 5]), Math.abs.call(null, -4));

// The thisArg of forEach, map, filter, some, every, find and findIndex is the
// callback's `this` (a function callback read it and trapped on a cast).
const o = { n: 7 };
[1, 2].forEach(function (x) { console.log(x, this.n); }, o);
const scale = { k: 10 };
console.log([1, 2, 3].map(function (x) { return x * this.k; }, scale));
console.log([1, 2, 3].filter(function (x) { return x > this.min; }, { min: 1 }));
console.log([1, 2, 3].some(function (x) { return x === this.t; }, { t: 3 }),
            [1, 2, 3].every(function (x) { return x < this.t; }, { t: 3 }),
            [1, 2, 3].find(function (x) { return x > this.t; }, { t: 1 }),
            [1, 2, 3].findIndex(function (x) { return x > this.t; }, { t: 1 }));
class Acc { constructor() { this.sum = 0; } add(xs) { xs.forEach(function (x) { this.sum += x; }, this); return this.sum; } }
console.log(new Acc().add([1, 2, 3]));

// Checks forEach/map/filter/reduce with closures, index arguments, and chained pipelines.
const nums = [3, 1, 4, 1, 5, 9];
const doubled = nums.map((x) => x * 2);
console.log(doubled);
const evens = nums.filter((x) => x % 2 === 0);
console.log(evens);
const sum = nums.reduce((acc, x) => acc + x, 0);
const product = nums.reduce((acc, x) => acc * x);
console.log("sum", sum, "product", product);
const withIdx = nums.map((x, i) => x * i);
console.log(withIdx);
let visited = "";
nums.forEach((x, i, arr) => {
  visited += x + (i < arr.length - 1 ? "," : "");
});
console.log(visited);

// closure counters inside callbacks
let calls = 0;
const big = nums.filter((x) => {
  calls++;
  return x > 4;
});
console.log(big, "calls", calls);

// reduce building an object
const counts = nums.reduce((acc, x) => {
  acc[x] = (acc[x] || 0) + 1;
  return acc;
}, {});
console.log(counts);

// reduce to find max with its index
const best = nums.reduce((b, x, i) => (x > b.v ? { v: x, i: i } : b), { v: -Infinity, i: -1 });
console.log(best);

// pipeline over objects
const people = [
  { name: "Ann", age: 31, city: "Oslo" },
  { name: "Bob", age: 17, city: "Rome" },
  { name: "Cid", age: 45, city: "Oslo" },
  { name: "Dee", age: 22, city: "Lima" },
  { name: "Eve", age: 15, city: "Oslo" },
];
const adultsInOslo = people.filter((p) => p.age >= 18).filter((p) => p.city === "Oslo").map((p) => p.name);
console.log(adultsInOslo);
const avgAge = people.reduce((s, p) => s + p.age, 0) / people.length;
console.log("avg age", avgAge);
const byCity = people.reduce((acc, p) => {
  if (!acc[p.city]) acc[p.city] = [];
  acc[p.city].push(p.name);
  return acc;
}, {});
console.log(byCity);

// map with a function reference and a closure factory
function scaleBy(k) {
  return (x) => x * k;
}
console.log([1, 2, 3].map(scaleBy(10)), [1, 2, 3].map(scaleBy(0.5)));
const names = people.map((p) => p.name.toUpperCase());
console.log(names);
// flatten one level with reduce and spread
const nested = [[1, 2], [3], [], [4, 5]];
const flat = nested.reduce((acc, arr) => [...acc, ...arr], []);
console.log(flat, flat.length);
// forEach return value and empty array reduce with initial
console.log(nums.forEach(() => 1), [].reduce((a, b) => a + b, "init"), [].map((x) => x));

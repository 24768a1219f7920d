// Checks Array.prototype.sort with comparators: numbers, strings, multi-key objects, and stability.
const nums = [10, 1, -5, 100, 25, 3, 0, -20, 7, 2];
const defaultSorted = nums.slice().sort();
console.log("default: " + defaultSorted.join(","));
console.log("asc:     " + nums.slice().sort((a, b) => a - b).join(","));
console.log("desc:    " + nums.slice().sort((a, b) => b - a).join(","));
console.log("by abs:  " + nums.slice().sort((a, b) => Math.abs(a) - Math.abs(b) || a - b).join(","));

const floats = [0.5, -1.25, 3.75, 0.125, -0.5, 2];
floats.sort((a, b) => a - b);
console.log("floats:  " + floats.join(" "));

const fruits = ["pear", "Apple", "banana", "apple", "Cherry", "fig", "date"];
console.log("strings: " + fruits.slice().sort().join(","));
const ci = fruits.slice().sort((a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
});
console.log("nocase:  " + ci.join(","));
console.log("by len:  " + fruits.slice().sort((a, b) => a.length - b.length).join(","));

const people = [
  { name: "Lee", dept: "ops", age: 31, id: 1 },
  { name: "Ana", dept: "dev", age: 28, id: 2 },
  { name: "Raj", dept: "dev", age: 35, id: 3 },
  { name: "Kim", dept: "ops", age: 31, id: 4 },
  { name: "Bo", dept: "qa", age: 28, id: 5 },
  { name: "Eve", dept: "dev", age: 28, id: 6 },
  { name: "Max", dept: "qa", age: 40, id: 7 },
  { name: "Zed", dept: "ops", age: 22, id: 8 },
];

function byKeys(keys) {
  return function (a, b) {
    for (const k of keys) {
      const desc = k[0] === "-";
      const f = desc ? k.slice(1) : k;
      if (a[f] < b[f]) return desc ? 1 : -1;
      if (a[f] > b[f]) return desc ? -1 : 1;
    }
    return 0;
  };
}

const show = (list) => list.map((p) => p.name + "/" + p.dept + "/" + p.age).join(" ");
console.log("dept,age:   " + show(people.slice().sort(byKeys(["dept", "age"]))));
console.log("-age,name:  " + show(people.slice().sort(byKeys(["-age", "name"]))));

// Stability: sort by age only, equal ages must keep original id order
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log("stable age: " + byAge.map((p) => p.age + "#" + p.id).join(" "));
let stable = true;
for (let i = 1; i < byAge.length; i++) {
  if (byAge[i - 1].age === byAge[i].age && byAge[i - 1].id > byAge[i].id) stable = false;
}
console.log("stable: " + stable);

// Stability on a larger array with many ties
const big = [];
for (let i = 0; i < 500; i++) big.push({ key: (i * 37) % 7, seq: i });
big.sort((a, b) => a.key - b.key);
let ok = true;
for (let i = 1; i < big.length; i++) {
  const p = big[i - 1];
  const q = big[i];
  if (p.key > q.key || (p.key === q.key && p.seq > q.seq)) ok = false;
}
console.log("big sorted & stable: " + ok + ", first=" + big[0].seq + " last=" + big[499].seq);

// sort returns the same array and sorts in place
const arr = [3, 1, 2];
const ret = arr.sort((a, b) => a - b);
console.log("same ref: " + (ret === arr) + ", arr=" + arr.join(","));
console.log("comparator calls sane: " + ([5, 4, 3, 2, 1].sort((a, b) => a - b).join("") === "12345"));

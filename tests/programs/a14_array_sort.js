// Checks Array.prototype.sort with comparators on numbers, strings and objects, plus default sort.
const nums = [40, 100, 1, 5, 25, 10];
console.log(nums.slice().sort());
console.log(nums.slice().sort((a, b) => a - b));
console.log(nums.slice().sort((a, b) => b - a));
const fl = [3.5, -1.25, 0, 2e3, -7, 0.001];
console.log(fl.slice().sort((a, b) => a - b));
const res = nums.sort((a, b) => a - b);
console.log(res === nums, nums[0], nums[5]);

// sort objects by multiple keys
const players = [
  { name: "zed", score: 50, level: 2 },
  { name: "amy", score: 75, level: 3 },
  { name: "bo", score: 50, level: 5 },
  { name: "cy", score: 90, level: 1 },
  { name: "di", score: 75, level: 1 },
  { name: "ed", score: 50, level: 2 },
];
players.sort((a, b) => {
  if (a.score !== b.score) return b.score - a.score;
  if (a.level !== b.level) return a.level - b.level;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
});
for (let i = 0; i < players.length; i++) {
  const p = players[i];
  console.log(i + 1 + ".", p.name, p.score, p.level);
}

// insertion sort implemented manually versus built-in
function insertionSort(arr) {
  const a = arr.slice();
  for (let i = 1; i < a.length; i++) {
    const key = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > key) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = key;
  }
  return a;
}
let seed = 7;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % 1000;
}
const big = [];
for (let i = 0; i < 200; i++) big.push(rnd());
const s1 = insertionSort(big);
const s2 = big.slice().sort((a, b) => a - b);
let same = s1.length === s2.length;
for (let i = 0; i < s1.length; i++) if (s1[i] !== s2[i]) same = false;
console.log("manual equals builtin:", same, "min", s2[0], "max", s2[199], "median", s2[100]);

// merge sort recursion
function mergeSort(a) {
  if (a.length <= 1) return a;
  const mid = Math.floor(a.length / 2);
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}
console.log(mergeSort([9, -3, 5, 0, 2]), mergeSort(["d", "a", "c", "b"]));
const ms = mergeSort(big);
console.log("merge equals:", ms[0] === s2[0] && ms[50] === s2[50] && ms[199] === s2[199]);
// default sort converts to strings
console.log([10, 9, 1, -1, -10].sort(), ["b", "a", "B", "A"].sort());
// sorting strings by char code of last char
const w = ["ax", "bz", "cy", "dw"].sort((a, b) => a.charCodeAt(1) - b.charCodeAt(1));
console.log(w);

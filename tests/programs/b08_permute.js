'use strict';
// Counting permutations: recursive swap-based generation, plus a lexicographic generator.

class Permuter {
  constructor(n) {
    this.count = 0;
    this.hash = 0;
    this.v = new Array(n).fill(0);
    for (let i = 0; i < n; i++) this.v[i] = i + 1;
  }

  swap(i, j) {
    const t = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = t;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    } else {
      // fold the current arrangement into a hash
      let h = 0;
      for (let k = 0; k < this.v.length; k++) h = (h * 7 + this.v[k]) % 65521;
      this.hash = (this.hash + h) % 1000000007;
    }
  }
}

// Next permutation in lexicographic order; returns false after the last one.
function nextPermutation(a) {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  let t = a[i]; a[i] = a[j]; a[j] = t;
  let lo = i + 1;
  let hi = a.length - 1;
  while (lo < hi) {
    t = a[lo]; a[lo] = a[hi]; a[hi] = t;
    lo++;
    hi--;
  }
  return true;
}

function countDerangements(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  let total = 0;
  let derangements = 0;
  let fixedPointSum = 0;
  do {
    total++;
    let fixed = 0;
    for (let i = 0; i < n; i++) if (a[i] === i) fixed++;
    if (fixed === 0) derangements++;
    fixedPointSum += fixed;
  } while (nextPermutation(a));
  return { total: total, derangements: derangements, fixedPointSum: fixedPointSum };
}

let calls = 0;
for (let round = 0; round < 10; round++) {
  const p = new Permuter(6);
  p.permute(6);
  calls += p.count;
}
console.log('permute(6) calls over 10 rounds', calls);

const big = new Permuter(8);
big.permute(8);
console.log('permute(8) calls', big.count, 'hash', big.hash);

for (let n = 1; n <= 9; n++) {
  const r = countDerangements(n);
  console.log(`n=${n} permutations=${r.total} derangements=${r.derangements} fixedPoints=${r.fixedPointSum}`);
}

const word = ['a', 'b', 'b', 'c', 'd'];
let distinct = 0;
let last = '';
do {
  distinct++;
  last = word[0] + word[1] + word[2] + word[3] + word[4];
} while (nextPermutation(word));
console.log('distinct arrangements of abbcd', distinct, 'last', last);

'use strict';
// Binary min-heap of (key, value) pairs kept in two parallel arrays.

class MinHeap {
  constructor() {
    this.keys = [];
    this.vals = [];
  }
  get size() { return this.keys.length; }
  push(key, val) {
    this.keys.push(key);
    this.vals.push(val);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p] <= this.keys[i]) break;
      this.swap(i, p);
      i = p;
    }
  }
  swap(i, j) {
    let t = this.keys[i]; this.keys[i] = this.keys[j]; this.keys[j] = t;
    t = this.vals[i]; this.vals[i] = this.vals[j]; this.vals[j] = t;
  }
  // Removes the smallest entry and returns it as a small object.
  pop() {
    const top = { key: this.keys[0], val: this.vals[0] };
    const lastKey = this.keys.pop();
    const lastVal = this.vals.pop();
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.vals[0] = lastVal;
      let i = 0;
      const n = this.keys.length;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < n && this.keys[l] < this.keys[m]) m = l;
        if (r < n && this.keys[r] < this.keys[m]) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

module.exports = MinHeap;

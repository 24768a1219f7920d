'use strict';
const { Benchmark } = require('../benchmark');
class Disk {
  constructor(size) { this.size = size; this.next = null; }
}
class Towers extends Benchmark {
  constructor() { super(); this.piles = []; this.moves = 0; }
  benchmark() {
    this.piles = [null, null, null];
    for (let i = 10; i >= 0; i--) this.push(new Disk(i), 0);
    this.moves = 0;
    this.move(11, 0, 1);
    return this.moves;
  }
  verifyResult(r) { return r === 2047; }
  push(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) throw new Error('big disk on a small one');
    disk.next = top;
    this.piles[pile] = disk;
  }
  pop(pile) {
    const top = this.piles[pile];
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }
  move(n, from, to) {
    if (n === 1) { this.push(this.pop(from), to); this.moves++; return; }
    const other = 3 - from - to;
    this.move(n - 1, from, other);
    this.push(this.pop(from), to);
    this.moves++;
    this.move(n - 1, other, to);
  }
}
exports.newInstance = () => new Towers();

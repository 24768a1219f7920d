'use strict';
// Towers of Hanoi with discs stored on linked-list stacks.

class Disc {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class IllegalMove extends Error {
  constructor(message) {
    super(message);
    this.name = 'IllegalMove';
  }
}

class Peg {
  constructor(name) {
    this.name = name;
    this.top = null;
    this.height = 0;
  }

  push(disc) {
    if (this.top !== null && disc.size >= this.top.size) {
      throw new IllegalMove(`cannot put disc ${disc.size} on disc ${this.top.size} at ${this.name}`);
    }
    disc.next = this.top;
    this.top = disc;
    this.height++;
  }

  pop() {
    const d = this.top;
    if (d === null) throw new IllegalMove(`peg ${this.name} is empty`);
    this.top = d.next;
    d.next = null;
    this.height--;
    return d;
  }

  sizes() {
    const out = [];
    let d = this.top;
    while (d !== null) {
      out.push(d.size);
      d = d.next;
    }
    return out;
  }
}

class Towers {
  constructor(discs) {
    this.pegs = [new Peg('A'), new Peg('B'), new Peg('C')];
    this.moves = 0;
    this.weighted = 0;
    for (let i = discs; i > 0; i--) this.pegs[0].push(new Disc(i));
  }

  moveTop(from, to) {
    const d = this.pegs[from].pop();
    this.pegs[to].push(d);
    this.moves++;
    this.weighted = (this.weighted + d.size * (from + 1) * (to + 2)) % 1000003;
  }

  moveDiscs(n, from, to) {
    if (n === 1) {
      this.moveTop(from, to);
      return;
    }
    const other = 3 - from - to;
    this.moveDiscs(n - 1, from, other);
    this.moveTop(from, to);
    this.moveDiscs(n - 1, other, to);
  }
}

let totalMoves = 0;
for (let round = 0; round < 8; round++) {
  const t = new Towers(13);
  t.moveDiscs(13, 0, 1);
  totalMoves += t.moves;
  if (round === 0) {
    console.log('moves for 13 discs', t.moves, 'weighted', t.weighted);
    console.log('heights', t.pegs[0].height, t.pegs[1].height, t.pegs[2].height);
    console.log('peg B top five', t.pegs[1].sizes().slice(0, 5));
  }
}
console.log('total moves', totalMoves);

const big = new Towers(18);
big.moveDiscs(18, 0, 2);
console.log('moves for 18 discs', big.moves, 'weighted', big.weighted);

const bad = new Towers(3);
try {
  bad.moveTop(0, 1);
  bad.moveTop(0, 1);
  console.log('should not get here');
} catch (e) {
  console.log(e.name + ': ' + e.message, e instanceof IllegalMove, e instanceof Error);
}
try {
  bad.moveTop(2, 0);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Towers of Hanoi: moves a stack of discs between three pegs, where each peg
// is a linked stack of Disc objects and every move checks the size rule.
// Prints the number of moves for each puzzle size and a total move count.

class Disc {
  constructor(size, next) {
    this.size = size;
    this.next = next;
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
      throw new Error("cannot put a bigger disc on a smaller one");
    }
    disc.next = this.top;
    this.top = disc;
    this.height++;
  }

  pop() {
    const disc = this.top;
    if (disc === null) throw new Error("peg " + this.name + " is empty");
    this.top = disc.next;
    disc.next = null;
    this.height--;
    return disc;
  }
}

class Towers {
  constructor(discs) {
    this.pegs = [new Peg("A"), new Peg("B"), new Peg("C")];
    this.moves = 0;
    this.discs = discs;
    for (let size = discs; size > 0; size--) {
      this.pegs[0].push(new Disc(size, null));
    }
  }

  moveTop(from, to) {
    this.pegs[to].push(this.pegs[from].pop());
    this.moves++;
  }

  moveDiscs(count, from, to) {
    if (count === 1) {
      this.moveTop(from, to);
      return;
    }
    const other = 3 - from - to;
    this.moveDiscs(count - 1, from, other);
    this.moveTop(from, to);
    this.moveDiscs(count - 1, other, to);
  }

  solve() {
    this.moveDiscs(this.discs, 0, 2);
    return this.moves;
  }

  // True when every disc sits on the last peg in increasing order of size.
  isSolved() {
    if (this.pegs[2].height !== this.discs) return false;
    let expected = 1;
    let d = this.pegs[2].top;
    while (d !== null) {
      if (d.size !== expected) return false;
      expected++;
      d = d.next;
    }
    return true;
  }
}

function main() {
  for (let n = 1; n <= 12; n += 1) {
    const t = new Towers(n);
    const moves = t.solve();
    console.log(n + " discs: " + moves + " moves, solved=" + t.isSolved());
  }
  const ROUNDS = 120;
  let total = 0;
  let allSolved = true;
  for (let r = 0; r < ROUNDS; r++) {
    const t = new Towers(18);
    total += t.solve();
    allSolved = allSolved && t.isSolved();
  }
  console.log(ROUNDS + " x 18 discs: " + total + " moves, all solved=" + allSolved);
}

main();

// Mandelbrot benchmark: decides set membership for every point of an N x N
// grid (50 iterations, escape radius 2), packing 8 points per byte and folding
// the bytes into a checksum. Prints the checksum and member count per size.

class Mandelbrot {
  constructor(size) {
    this.size = size;
    this.maxIterations = 50;
    this.limit = 4.0;
    this.members = 0;
  }

  inSet(cr, ci) {
    let zr = 0.0;
    let zi = 0.0;
    let zr2 = 0.0;
    let zi2 = 0.0;
    for (let i = 0; i < this.maxIterations; i++) {
      zi = 2.0 * zr * zi + ci;
      zr = zr2 - zi2 + cr;
      zr2 = zr * zr;
      zi2 = zi * zi;
      if (zr2 + zi2 > this.limit) {
        return false;
      }
    }
    return true;
  }

  compute() {
    const size = this.size;
    let sum = 0;
    let byteAcc = 0;
    let bitNum = 0;
    for (let y = 0; y < size; y++) {
      const ci = (2.0 * y) / size - 1.0;
      for (let x = 0; x < size; x++) {
        const cr = (2.0 * x) / size - 1.5;
        byteAcc = byteAcc << 1;
        if (this.inSet(cr, ci)) {
          byteAcc = byteAcc | 1;
          this.members++;
        }
        bitNum++;
        if (bitNum === 8) {
          sum = sum ^ byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x === size - 1) {
          byteAcc = byteAcc << (8 - (size % 8));
          sum = sum ^ byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
      }
    }
    return sum;
  }
}

function main() {
  const sizes = [1, 8, 100, 750, 1000, 1500, 2000];
  sizes.forEach((size) => {
    const m = new Mandelbrot(size);
    const checksum = m.compute();
    console.log("size " + size + ": checksum " + checksum + ", members " + m.members);
  });
}

main();

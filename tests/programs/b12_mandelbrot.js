'use strict';
// Mandelbrot set: count points inside and fold rows of bits into a checksum.

function mandelbrot(size, maxIter) {
  let sum = 0;
  let byteAcc = 0;
  let bitNum = 0;
  let inside = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2 * y) / size - 1;
    for (let x = 0; x < size; x++) {
      let zr = 0;
      let zi = 0;
      let zrzr = 0;
      let zizi = 0;
      const cr = (2 * x) / size - 1.5;
      let escape = 1;
      for (let i = 0; i < maxIter; i++) {
        zi = 2 * zr * zi + ci;
        zr = zrzr - zizi + cr;
        zrzr = zr * zr;
        zizi = zi * zi;
        if (zrzr + zizi > 4) {
          escape = 0;
          break;
        }
      }
      inside += escape;
      byteAcc = (byteAcc << 1) | escape;
      bitNum++;
      if (bitNum === 8) {
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      } else if (x === size - 1) {
        byteAcc = byteAcc << (8 - (size % 8));
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      }
    }
  }
  return { checksum: sum, inside: inside };
}

function escapeHistogram(width, height, maxIter) {
  const hist = new Array(8).fill(0);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const cr = -2.2 + (3.0 * px) / width;
      const ci = -1.2 + (2.4 * py) / height;
      let zr = 0;
      let zi = 0;
      let n = 0;
      while (n < maxIter && zr * zr + zi * zi <= 4) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
      }
      hist[Math.floor((n * 8) / (maxIter + 1))]++;
    }
  }
  return hist;
}

function asciiArt(width, height) {
  const chars = ' .:-=+*#%@';
  const lines = [];
  for (let py = 0; py < height; py++) {
    let line = '';
    for (let px = 0; px < width; px++) {
      const cr = -2.1 + (2.7 * px) / width;
      const ci = -1.1 + (2.2 * py) / height;
      let zr = 0;
      let zi = 0;
      let n = 0;
      while (n < 30 && zr * zr + zi * zi <= 4) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
      }
      line += chars.charAt(Math.floor((n * 9) / 30));
    }
    lines.push(line);
  }
  return lines;
}

for (const size of [1, 8, 50, 200, 500]) {
  const r = mandelbrot(size, 50);
  console.log(`size ${size}: checksum ${r.checksum} inside ${r.inside}`);
}
const hist = escapeHistogram(120, 80, 63);
let histLine = 'histogram:';
for (let i = 0; i < hist.length; i++) histLine += ' ' + hist[i];
console.log(histLine);
console.log('first bins', hist.slice(0, 3));
for (const line of asciiArt(48, 16)) console.log(line);

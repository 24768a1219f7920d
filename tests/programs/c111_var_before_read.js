// `var`s in old-style code: read after assignment they are kept like lets
// (numbers unboxed); read where no assignment may have run they are undefined.
'use strict';

function mandelbrot(size) {
  var sum = 0, byteAcc = 0, bitNum = 0, y = 0;
  while (y < size) {
    var ci = (2.0 * y / size) - 1.0, x = 0;
    while (x < size) {
      var zr = 0.0, zi = 0.0, zrzr = 0.0, zizi = 0.0, cr = (2.0 * x / size) - 1.5;
      var z = 0, notDone = true, escape = 0;
      while (notDone && z < 50) {
        zr = zrzr - zizi + cr;
        zi = 2.0 * zr * zi + ci;
        zrzr = zr * zr;
        zizi = zi * zi;
        if (zrzr + zizi > 4.0) { notDone = false; escape = 1; }
        z += 1;
      }
      byteAcc = (byteAcc << 1) + escape;
      bitNum += 1;
      if (bitNum === 8) { sum ^= byteAcc; byteAcc = 0; bitNum = 0; }
      else if (x === size - 1) { byteAcc <<= (8 - bitNum); sum ^= byteAcc; byteAcc = 0; bitNum = 0; }
      x += 1;
    }
    y += 1;
  }
  return sum;
}
console.log(mandelbrot(1), mandelbrot(8), mandelbrot(50));

function counters(n) {
  var i, j, total = 0;
  for (i = 0; i < n; i++) {
    for (j = 0; j < i; j++) total += j;
  }
  var both;
  if (n > 2) { both = total; } else { both = -total; }
  var tried;
  try { tried = n.toFixed(1); } catch (e) { tried = 'none'; }
  return [i, j, total, both, tried];
}
console.log(counters(0), counters(5));

// the reads here may run before any assignment: undefined, as node prints it
function hoisted(n, c) {
  var out = [];
  out.push(early);
  var early = 1;
  if (c) { var half = 2; }
  out.push(half);
  var k = 0;
  while (k < n) { out.push(iter); var iter = k * 1.5; k++; }
  var caught;
  try { if (c) throw 0; caught = 1; } catch (caught) { caught = 2; }
  out.push(caught);
  var shadow;
  { let shadow; shadow = 3; out.push(shadow); }
  out.push(shadow);
  switch (n) { case 0: var kase = 4; case 1: out.push(kase); }
  var label;
  L: { if (c) break L; label = 5; }
  out.push(label);
  var bump; bump++;
  out.push(bump);
  var last = early + (half || 0);
  out.push(last, typeof never);
  var never;
  return out;
}
console.log(hoisted(0, true));
console.log(hoisted(1, false));
console.log(hoisted(3, true));

// an object in a var, assigned before every read
function Point(x, y) { this.x = x; this.y = y; }
function closest(points) {
  var best = points[0], bestD = Infinity;
  for (var i = 0; i < points.length; i++) {
    var p = points[i];
    var d = p.x * p.x + p.y * p.y;
    if (d < bestD) { best = p; bestD = d; }
  }
  var mid = new Point(best.x / 2, best.y / 2);
  return mid.x + ',' + mid.y + ' at ' + bestD;
}
console.log(closest([new Point(3, 4), new Point(1, 1), new Point(-2, 0.5)]));

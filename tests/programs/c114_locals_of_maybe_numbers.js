// Locals that hold numbers or undefined (read from fields that start undefined,
// declared without a value, chosen by a conditional): every operation on them
// must see undefined where it is undefined and the number where it is one.
'use strict';

class Cell {
  constructor() {
    this.x = undefined;
    this.y = undefined;
  }
}
class Pin {
  constructor(x) {
    this.x = x;
    this.label = 'pin';
  }
}

function cell(x, y) {
  const c = new Cell();
  if (x !== undefined) c.x = x;
  if (y !== undefined) c.y = y;
  return c;
}

const cells = [cell(1.5, 2), cell(), cell(-0), cell(NaN, 0.1), cell(undefined, -7.25)];
const mixed = [cells[0], new Pin(3.75), cells[1], new Pin(-2), cells[2]];

function show(c) {
  const x = c.x;
  const y = c.y;
  let z;
  if (x > 0) z = x * 2;
  const w = y === undefined ? 0.5 : y;
  const v = x !== x ? undefined : x;
  console.log(x, y, z, w, v);
  console.log(typeof x, typeof z, x === undefined, x == null, y === x, z === z, Object.is(x, -0));
  console.log(String(x) + '|' + `${y}` + '|' + (z + '') + '|' + [x, y, z].join(','));
  console.log(x + y, x - 1, -x, x * y, x / 0, x | 0, x >>> 0, !x, !!z, x ?? 'none', z || 'falsy', z && 'truthy');
  console.log(isNaN(x), Number(y), Math.max(x, 1), Math.round(y), (y || 0).toFixed(2));
  let count = y;
  count++;
  let acc = z;
  acc += 1;
  console.log(count, acc, x < y, x >= y, x == y);
  const capture = () => [x, z];
  console.log(capture());
  switch (y) {
    case undefined: console.log('no y'); break;
    case 2: console.log('two'); break;
    default: console.log('some y');
  }
  return z;
}

function pick(o) {
  const x = o.x;
  let out = x;
  if (out === undefined) out = 'missing';
  return out;
}

let total = 0;
for (const c of cells) {
  const z = show(c);
  if (z !== undefined) total += z;
}
console.log('total', total);
for (const o of mixed) console.log(pick(o), o.x);

// a local that is undefined, then a number, then undefined again, in a loop
let last;
for (let i = 0; i < 6; i++) {
  const here = cells[i % cells.length].x;
  if (here !== undefined && here === here) last = here;
  else if (i === 4) last = undefined;
}
console.log(last, typeof last);

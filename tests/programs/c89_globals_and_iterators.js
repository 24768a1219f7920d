// process.hrtime, names nothing declares (node's ReferenceError where they are
// read), and array iterators spread or passed to Array.from.

const t0 = process.hrtime();
let work = 0;
for (let i = 0; i < 100000; i++) {
  work += i % 7;
}
const dt = process.hrtime(t0);
console.log(Array.isArray(t0), t0.length, Number.isInteger(t0[0]), Number.isInteger(t0[1]), t0[1] < 1e9);
console.log(dt[0] >= 0, dt[1] >= 0 && dt[1] < 1e9, dt[0] * 1e9 + dt[1] >= 0, work);

function readMissing() {
  return missingName * 2;
}
try {
  readMissing();
} catch (e) {
  console.log(e instanceof ReferenceError, e.name, e.message);
}
try {
  missingFunction(console.log("never evaluated"));
} catch (e) {
  console.log(e.message);
}
console.log(typeof missingName, typeof missingFunction);

const xs = [5, 6, 7];
xs.length = 4;
console.log([...xs.keys()], [...xs.values()], [...xs.entries()]);
console.log(Array.from(xs.keys()), Array.from(xs.values()).length, [...Array(5).keys()].map((i) => i * i));
function count(...items) {
  return items.length + ":" + items.join("|");
}
console.log(count(...xs.entries()), count(..."hi"), Math.max(...[3, 9, 1].values()));
const m = new Map([["a", 1], ["b", 2]]);
console.log([...m.keys()], [...m.entries()], Array.from(m.values()));

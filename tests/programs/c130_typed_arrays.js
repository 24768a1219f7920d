// Typed arrays: construction, element conversion per kind, the methods that
// keep the length, printing, JSON, and a small numeric kernel over them.

function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}

// construction and the RangeErrors
show("negative length", () => new Float64Array(-1));
show("fractional length", () => new Float64Array(2.7));
show("no argument", () => new Int32Array());
show("from an array", () => new Int8Array([1, -200, 300, 1.9, -1.9, NaN, "12", true, null, undefined]));
show("from a typed array", () => new Int8Array(new Float64Array([1.7, -1.7, 1000])));
show("from/of", () => [Float64Array.from([1.5, "2", true]), Int8Array.of(1, 300, -129), Uint8Array.from(new Set([3, 4])), Int16Array.of()]);

// each kind's conversion on store
const values = [0, -0, 1.5, 2.5, -1.5, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 5,
                1e10, -1e10, 1 / 3, 16777217, Infinity, -Infinity, NaN, "7", "x", true, null, undefined];
function make(k, n) {
  switch (k) {
    case 0: return new Int8Array(n);
    case 1: return new Uint8Array(n);
    case 2: return new Uint8ClampedArray(n);
    case 3: return new Int16Array(n);
    case 4: return new Uint16Array(n);
    case 5: return new Int32Array(n);
    case 6: return new Uint32Array(n);
    case 7: return new Float32Array(n);
    default: return new Float64Array(n);
  }
}
for (let k = 0; k < 9; k++) {
  const t = make(k, values.length);
  for (let i = 0; i < values.length; i++) t[i] = values[i];
  console.log(t.join(" "), t instanceof Int8Array, t instanceof Uint8ClampedArray, t instanceof Float64Array);
}

// stores past the end and at keys that are numbers but no index are dropped
const t32 = new Int32Array(3);
t32[5] = 1; t32[-1] = 2; t32[1.5] = 3; t32[1] = "7";
console.log(t32, t32.length, Object.keys(t32), t32[-1], t32[1.5], t32[5], 1 in t32, 5 in t32);

// compound assignment and updates convert too
const u = new Uint8Array(4);
for (let i = 0; i < 4; i++) u[i] = i * 100;
u[0] += 300; u[1]++; u[2] -= 1000; u[3] *= 2;
console.log(u, u.length);

// the methods
const m = new Float64Array([3, 1, 2]).map((x, i) => x * i + 0.5);
console.log(m, m.reduce((a, b) => a + b, 0), m instanceof Float64Array, m instanceof Int8Array, m instanceof Array);
console.log(new Int8Array([5, 1, 4]).map((x) => x * 100), new Int8Array([5, 1, 4]).filter((x) => x > 1),
            new Int8Array([5, 1, 4]).slice(1));
console.log(new Float64Array([3, -0, 0, NaN, -Infinity, 1, 0]).sort(), new Int32Array([5, -3, 10, 1]).sort((a, b) => b - a));
const t = new Int16Array(6);
t.set([1, 2, 3], 2); t.set(new Int8Array([-1]), 0); t.set([70000]);
console.log(t);
show("set past the end", () => t.set([1, 2], 5));
show("set at a negative offset", () => t.set([1], -1));
t.fill(7, 1, 3);
console.log(t, t.reverse(), t.slice(-2), t.at(-1), t.indexOf(7), t.lastIndexOf(7), t.includes(3), t.join("|"));
console.log(new Float64Array([1, 2, 3, 4]).filter((x) => x % 2 === 0), new Uint8Array([1, 2, 3]).some((x) => x > 2),
            new Uint8Array([1, 2, 3]).every((x) => x > 2), new Uint8Array([1, 2, 3]).find((x) => x > 1),
            new Uint8Array([1, 2, 3]).findIndex((x) => x > 5), new Uint8Array([1, 2, 3]).findLast((x) => x < 3));
new Float32Array([0.1, 0.2]).forEach((x, i, arr) => console.log(i, x, arr.length));
show("push", () => new Int8Array(2).push(1));
show("pop", () => { const p = new Int8Array(2); return p.pop(); });
const sameNaN = new Float64Array([NaN]);
console.log(sameNaN.includes(NaN), sameNaN.indexOf(NaN));

// reading them as arrays are read
for (const x of new Int16Array([70000, -70000])) console.log(x);
const [d0, d1, d2] = new Int8Array([1, 2]);
console.log(d0, d1, d2, [...new Uint16Array([65537, -1])], Array.from(new Int8Array([255])), Array.isArray(new Int8Array(1)));
for (const k in new Int8Array([9, 8])) console.log("key", k);
console.log(Object.values(new Int8Array([1, 2])), Object.entries(new Uint8Array([3])));
console.log(String(new Float64Array([0.1, -0])), `${new Int8Array(2)}`, new Int8Array(3) + "", typeof new Int8Array(1));

// printing and JSON
console.log(new Float64Array(0), new Float32Array([0.1, 1e40, -0]), new Uint32Array([-1]), new Int16Array(12));
console.log([new Int32Array(3)], { a: new Float64Array([1.5]) }, [[[new Int8Array(2)]]], [[[new Int8Array(0)]]]);
console.log(new Float64Array(150));
console.log(JSON.stringify(new Int8Array([1, 2])), JSON.stringify({ x: new Float64Array(0), y: [new Uint8Array([7])] }));

// a numeric kernel: a matrix in a Float64Array, a histogram in a Uint32Array
class Matrix {
  constructor(n) { this.n = n; this.v = new Float64Array(n * n); }
  at(i, j) { return this.v[i * this.n + j]; }
  put(i, j, x) { this.v[i * this.n + j] = x; }
  times(o) {
    const r = new Matrix(this.n);
    for (let i = 0; i < this.n; i++)
      for (let j = 0; j < this.n; j++) {
        let s = 0;
        for (let k = 0; k < this.n; k++) s += this.at(i, k) * o.at(k, j);
        r.put(i, j, s);
      }
    return r;
  }
}
const a = new Matrix(4);
for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) a.put(i, j, (i + 1) / (j + 2));
const p = a.times(a).times(a);
console.log(p.v.map((x) => Math.round(x * 1000) / 1000), p);
const hist = new Uint32Array(8);
let seed = 42;
for (let i = 0; i < 10000; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; hist[seed & 7]++; }
console.log(hist, hist.reduce((x, y) => x + y));
const bytes = new Uint8Array(16);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) ^ 0x5a;
console.log(Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""));

// typeof of its methods: only those a typed array has are functions
const probe = new Int8Array(2);
console.log(typeof probe.push, typeof probe.map, typeof probe.set, typeof probe.hasOwnProperty, typeof [].push);

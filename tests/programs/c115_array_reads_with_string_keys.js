// Arrays read with computed keys that may be strings: index strings, "length",
// names an array does not have, holes. The arrays stay arrays (a read does not
// deoptimise them); every read answers as node's does.
const a = [1, 2, 3];
const keys = [0, "1", "length", "foo", 7, "-1", "01", 1.5];
for (const k of keys) { const v = a[k]; console.log(k, typeof v, typeof v === "function" ? v.name : v); }
const b = [];
for (let i = 0; i < 5; i++) b[i] = i * i;
const ks = Math.random() < 2 ? ["2", "3"] : [1];
for (const k of ks) console.log(b[k]);
const holes = new Array(3); holes[1] = "x";
for (const k of ["0", "1", "2", "3"]) console.log(holes[k]);

// undefined, null or a boolean plus a string or an object concatenates (it added
// them as numbers: NaNx).
const s = 'x', a = [1, 2], o = {};
let u;
let n = null;
const t = true;
console.log(u + s, u + a, u + o, n + s, t + s, s + u, a + u, u + 1, n + 1, t + 1, u + n, t + t, n + n);
const name = 'Ann';
console.log(u + name, `${u}`, String(u) + name);

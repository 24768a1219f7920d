// Optional chaining (?.), nullish coalescing (??) and logical assignment (&&=, ||=, ??=):
// short-circuits, evaluation counts, typed receivers, method and function calls.
const a = {b: {c: 1, d: null}, arr: [1, 2]};
let calls = 0;
function side() { calls++; return "b"; }
console.log(a?.b.c, a.q?.r, a.q?.r.s.t, a.b?.["c"], a?.[side()]?.c, calls);
let f = null;
console.log(f?.(1), f?.(calls++), calls);
f = (x) => x * 2;
console.log(f?.(21));
class P { constructor(n) { this.n = n; this.next = null; } get twice() { return this.n * 2; } m() { return this.n; } }
const p = new P(3); p.next = new P(4);
console.log(p.next?.n, p.next?.next?.n, p?.twice, p.next?.m(), p.next?.next?.m());
let u, z = 0, e = "";
console.log(u ?? "dflt", z ?? 5, e ?? "x", null ?? undefined ?? 7, (u ?? z) || "both");
let g; g ??= 10; g ??= 20; let h = 0; h ||= 5; let k = 1; k &&= 9;
console.log(g, h, k);
const o = {x: null, y: 0, z: 2};
o.x ??= "set"; o.y ||= "or"; o.z &&= "and"; o["w"] ??= 1;
console.log(o, (o.x ??= "no"));
const q = p.next?.n ?? -1;
console.log(q + 1, typeof (a.q?.r), a.arr?.length, a.arr?.[1]);
console.log(typeof a?.b, typeof a.z?.c, (a?.b).c);
try { console.log((a.z?.b).c); } catch (e) { console.log(e.constructor.name, e.message); }
const d = {k: 1};

const list = [null, {v: 2}, undefined, {v: 3}];
console.log(list.map((x) => x?.v ?? 0));
const fns = {run: (n) => n + 1};
console.log(fns.run?.(1), fns.nope?.(1));
class Q { constructor() { this.n = 5; } get() { return this.n; } }
const qq = new Q();
console.log(qq.get?.(), qq.nope?.(), qq?.get?.());
{
  let calls = 0; const store = {};
  function obj() { calls++; return store; }
  function key() { calls++; return "k" + calls; }
  obj().x ??= 1; obj().x ??= 2; obj()[key()] ||= "v"; store.k9 &&= "no";
  const acc = {}; for (const w of ["a", "b", "a"]) (acc[w] ||= []).push(w);
  console.log(store, calls, acc);
}

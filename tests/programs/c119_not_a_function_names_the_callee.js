// Calls of a method that is not a function: node names the callee as written
// ("o.p.q.m", "a[i].m", "f(...).m", "(intermediate value).m"); the build once
// said "object.m" for every one.
const o = { p: { q: {} } }, a = [{}], i = 0, s = "str", n = 5;
function f() { return {}; }
class C { constructor() { this.p = {}; } t() { try { this.zz(); } catch (e) { console.log(e.message); } } }
const tries = [() => o.p.q.m(), () => a[0].m(), () => a[i].m(), () => f().m(), () => o["p"].m(), () => new C().m(), () => new C().p.m(), () => s.nope(), () => n.nope(), () => a.nope(), () => f().p, () => o["not-ident"].x, () => o.p["q"].m(1, 2)];
for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }
new C().t();

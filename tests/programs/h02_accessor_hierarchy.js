// A class hierarchy typed as its base: a subclass getter/setter must win over the field the plan gives the whole hierarchy; class fields shadow it.
class S { constructor(n){ this.n = n; } }
class P extends S { constructor(n){ super(n); } }
class R extends P { constructor(){ super("r"); this.width = 3; } set width(v){ this._w = v * 2; } get width(){ return this._w; } }
class D extends R { width = 11; }
class Q extends P { set size(v) { this.log = "size " + v; } }
class C extends S { constructor(){ super("c"); } }
const xs = [new R(), new C(), new P("x"), new D(), new Q("q")];
for (const o of xs) { o.width = 5; o.size = 2; }
for (const o of xs) console.log(o.n, o.width, o._w, o.size, o.log, Object.keys(o).sort().join(","));
const k = "width";
for (const o of xs) { o[k] = 9; console.log(o[k], o._w); }

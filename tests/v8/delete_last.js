// `delete` of the last-added property: V8 undoes the transition. For us `c` is a key
// added after construction, so it lives in the overflow dictionary (docs/plan.md,
// "Struct with overflow"): `d` keeps its fields a and b in a struct.
// expect d: fast struct
const d = { a: 1, b: 2 };
d.c = 3;
delete d.c;
if (d.a + d.b !== 3) throw new Error("bad");

// `delete` of a property that is not the last one added.
// expect d: dict map delete-property
const d = { a: 1, b: 2, c: 3 };
delete d.b;
if (d.a + d.c !== 4) throw new Error("bad");

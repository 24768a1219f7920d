// Objects without a prototype.
// expect o: dict map null-prototype
// expect lit: dict map null-prototype
const o = Object.create(null);
o.x = 1;
o.y = 2;
const lit = { __proto__: null, x: 1 };
if (o.x + o.y + lit.x !== 4) throw new Error("bad");

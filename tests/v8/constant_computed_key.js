// A computed key that is a constant string is a plain named property.
// expect o: fast struct
const o = { x: 0 };
o["k"] = 1;
o["x"] = o["k"] + 1;
if (o.x !== 2) throw new Error("bad");

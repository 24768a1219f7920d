// console.log is a modelled builtin: it reads its argument and keeps no reference.
// expect o: fast struct
const o = { x: 1, y: "two" };
console.log(o);
console.log("x is", o.x);

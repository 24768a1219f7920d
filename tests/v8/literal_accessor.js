// Object literals with a getter or a setter.
// expect g: dict map literal-accessor
// expect s: dict map literal-accessor
const g = {
  x: 1,
  get double() {
    return this.x * 2;
  },
};
const s = {
  v: 0,
  set value(n) {
    this.v = n;
  },
};
s.value = g.double;
if (s.v !== 2) throw new Error("bad");

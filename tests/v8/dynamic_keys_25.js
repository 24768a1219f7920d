// 25 keyed stores with keys computed at run time.
// expect o: dict map dynamic-key-write
const o = {};
for (let i = 0; i < 25; i++) {
  o["k" + i] = i;
}
if (o.k24 !== 24) throw new Error("bad");

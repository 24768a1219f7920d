// 5 keyed stores with keys computed at run time: too few for V8 to give up.
// expect o: fast map dynamic-key-write  -- differs: V8 only switches to dictionary mode after about 20 keyed additions and keeps 5 as fast transitions; statically the keys are unknown, so no fixed field set can be proven whatever the count
const o = {};
for (let i = 0; i < 5; i++) {
  o["k" + i] = i;
}
if (o.k4 !== 4) throw new Error("bad");

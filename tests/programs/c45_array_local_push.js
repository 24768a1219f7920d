// push on a variable the plan proves holds only arrays (or undefined) calls the
// array's push directly: no dispatch, the argument boxed once; undefined throws
// node's TypeError before the argument is evaluated.
function collect(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(i * 2);
  const lens = [];
  lens.push(out.push("x"));
  return [out, lens];
}
console.log(collect(3), collect(0));
function maybe(flag) {
  let a;
  if (flag) a = [];
  const seen = [];
  try {
    a.push(seen.push("arg evaluated"));
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message, seen);
  }
  return a;
}
console.log(maybe(true), maybe(false));
function grow() {
  const big = [];
  for (let i = 0; i < 100; i++) big.push([i]);
  return big.length + big[99][0];
}
console.log(grow());

// Calling a variable that holds a number: the build keeps such a variable in an
// f64 local, and once passed that local, unboxed, where the call needs a value
// (the module did not validate). Now the number is boxed and the call throws
// node's TypeError, at top level, in a function and in an arrow.
const top = 5;
function tryIt(g) {
  try {
    g();
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
tryIt(() => top());
tryIt(() => {
  const f = 2.5;
  f(1, 2);
});
function inner() {
  let k = 0;
  for (let i = 0; i < 3; i++) k += i;
  return k();
}
tryIt(inner);
tryIt(() => {
  let u;
  u();
});
tryIt(() => {
  const s = "text";
  s();
});

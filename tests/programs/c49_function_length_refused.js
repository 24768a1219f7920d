// A function's `length` (the parameters before the first default or rest) is not
// kept by the build: reading it is refused where it runs (it once read NaN).
// A static field named `length` is an own property and reads as usual.
class Sized {
  static length = 3;
}
const sum = (...xs) => xs.reduce((a, b) => a + b, 0);
console.log(Sized.length, sum(1, 2), sum.name);
console.log(sum.length);

// A function's primitive value is its source text, which the module does not hold:
// `+` with a function, or comparing one with a string, is refused where it runs,
// never computed from NaN (the build once printed NaN for `0 + f`).
function f() {
  return 1;
}
console.log(f() + 1, typeof f, f == f, f < 1);
console.log("sum", 0 + f);

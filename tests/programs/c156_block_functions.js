// Functions declared in blocks of sloppy-mode code, used only where strict and
// sloppy mode agree (codegen/annex_b.py): inside their block, shadowed by a
// block's `let` or a nested function's parameter elsewhere. A use outside the
// block that reaches sloppy mode's variable of that name is refused (test_build).
function outer(x) {
  if (x) {
    function depth(n) { return n <= 0 ? 0 : 1 + depth(n - 1); }
    console.log(depth(3));
  }
  { let depth = 5; console.log(depth); }
  const twice = function (depth) { return depth * 2; };
  switch (x) {
    case true: {
      function pick() { return "case"; }
      console.log(pick());
    }
  }
  return twice(2);
}
console.log(outer(true), outer(false));
{
  function top() { return "t"; }
  console.log(top(), typeof top);
}
for (let i = 0; i < 2; i++) {
  function each() { return i * 10; }
  console.log(each());
}
const o = { each: 1, top: 2 };
console.log(o.each + o.top);

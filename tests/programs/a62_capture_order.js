// Captures whose closure is created before the binding is initialised, or whose
// binding changes: these keep a shared cell, and every closure must see the
// binding as node does when it is finally called (hoisted functions, closures
// made before a later declaration, vars, loops, switch cases, recursion).
const out = [];

// a hoisted function reads a const, a let and a class of its block after they are set
function hoistedReads() {
  function read() { return `${K} ${L} ${new C().v}`; }
  const K = 5;
  let L = "l";
  class C { constructor() { this.v = "c"; } }
  return read();
}
out.push(hoistedReads());

// the same inside a nested block and a loop body (each iteration a new binding)
function blockHoist() {
  const got = [];
  for (let i = 0; i < 3; i++) {
    function f() { return v * 10; }
    const v = i + 1;
    got.push(f());
  }
  {
    function g() { return inner; }
    const inner = "inner";
    got.push(g());
  }
  return got.join(",");
}
out.push(blockHoist());

// a closure made before the declaration, called after it
function madeEarly() {
  const early = () => later + 1;
  const later = 41;
  const seen = [];
  for (let i = 0; i < 3; i++) {
    const g = () => sq;
    const sq = i * i;
    seen.push(g());
  }
  return `${early()} ${seen.join(",")}`;
}
out.push(madeEarly());

// a closure in its own binding's initialiser (recursion through the binding)
function selfRef() {
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  const obj = { me: () => obj.tag, tag: "obj" };
  return `${fib(15)} ${obj.me()}`;
}
out.push(selfRef());

// nested function declarations: recursion and mutual recursion
function recursive(n) {
  function isEven(k) { return k === 0 ? true : isOdd(k - 1); }
  function isOdd(k) { return k === 0 ? false : isEven(k - 1); }
  function sum(k) { return k === 0 ? 0 : k + sum(k - 1); }
  return `${isEven(n)} ${isOdd(n)} ${sum(n)}`;
}
out.push(recursive(10), recursive(7));

// a function declared twice: the last one wins, also through a closure
function twice() {
  const viaClosure = () => h();
  function h() { return "first"; }
  const direct = h();
  function h() { return "second"; }
  return `${direct} ${viaClosure()}`;
}
out.push(twice());

// vars: hoisted (undefined until assigned), one binding for the whole function
function vars() {
  const early = () => typeof late + ":" + late;
  const before = early();
  var late = "set";
  const fs = [];
  for (var i = 0; i < 3; i++) {
    var each = i * 2;
    fs.push(() => `${i}/${each}`);
  }
  function readsVar() { return typeof hoistedVar + " " + hoistedVar; }
  var hoistedVar = 7;
  if (fs.length > 0) { var inBlock = "block"; }
  const blockReader = () => inBlock;
  return `${before} ${early()} ${fs.map((f) => f()).join(",")} ${readsVar()} ${blockReader()}`;
}
out.push(vars());

// reassigned bindings stay shared by every closure
function reassigned() {
  let x = 1;
  const read = () => x;
  x = 2;
  const fs = [];
  for (let i = 0; i < 3; i++) { fs.push(() => i); i += 0; }
  let n = 0;
  const bump = () => ++n;
  bump(); bump();
  return `${read()} ${fs.map((f) => f()).join(",")} ${n}`;
}
out.push(reassigned());

// parameter defaults: a closure over a later parameter sees it once it is bound
function laterParam(get = () => b * 2, b = 21) { return get(); }
function sameParam(a = 3, f = () => a, g = (h = () => a) => h()) { return [f(), g()].join("-"); }
out.push(`${laterParam()} ${laterParam(() => 0)} ${sameParam()} ${sameParam(9)}`);

// switch cases share one scope: a const of an earlier case, a function of a later one
function cases(which) {
  const got = [];
  switch (which) {
    case 0:
      const zero = "zero";
      got.push(() => zero);
    case 1: {
      const one = "one:" + which;
      got.push(() => one);
      got.push(() => helper());
      break;
    }
    default:
      function helper() { return "helper:" + which; }
  }
  return got.map((f) => f()).join(" ");
}
out.push(cases(0), cases(1), cases(2));

// a catch parameter that is reassigned, and one read by a hoisted function
function catches() {
  const fs = [];
  try { throw 1; } catch (e) { fs.push(() => e); e = e + 1; }
  try { throw "x"; } catch (e) { function show() { return "caught " + e; } fs.push(show); }
  return fs.map((f) => f()).join(" ");
}
out.push(catches());

for (const line of out) console.log(line);

// console.log of a function or class shows its own enumerable properties after
// it, as node does ([Function: f] { extra: 1 }, [class C] { s: 1 })
function f() {}
f.extra = 1;
console.log(f);
class C { static s = 1; static m() {} }
console.log(C, [C], { c: C });
class D extends C { static d = 'two'; }
console.log(D);
const g = () => 1; g.self = g; g.list = [1, 2]; console.log(g);
const h = function () {}; h.a = { b: { c: { d: 1 } } }; console.log(h, [[[h]]], [[[f]]]);
console.log(Object.keys(C), typeof C.m);

// console.log as node prints it: class instances, nesting cut at depth 2, array
// grouping, functions and classes (with extends), quoting, circular structures.
{
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 1; } }
class P3 extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), new P3(), [new Point(0, 0)], {p: new Point(1, 1)});
console.log({a: {b: {c: {d: {e: 1}}}}}, [[[[[1]]]]], {arr: [1, 2, {x: [3, 4]}]});
console.log(Array.from({length: 30}, (_, i) => i), Array.from({length: 8}, (_, i) => "item" + i));
console.log(Array.from({length: 120}, (_, i) => i * 1.5));
console.log(function foo() {}, () => 1, class A {}, class B extends Point {}, Point, [function () {}]);
console.log("str", ["str", 'it\'s', "a\nb", `q"q`], {"key with space": 1, valid_id: 2, 3: "num", "π": 4});
console.log({toString() { return "T"; }} + "", `${{toString() { return "U"; }}}`);
const circ = {name: "c"}; circ.self = circ; console.log(circ);
console.log([1.0, 2.50, -3.125e-7, 1e21, 2**31], "%s is %d", "x", 5, "%o", {a: 1});
console.log(new Error("boom").message, [new Error("in array")].length, String(new TypeError("t")));
}
{
const a = {name: "a"}; a.self = a; console.log(a);
const t = {v: 1, kids: []}; const k = {v: 2, parent: t}; t.kids.push(k); console.log(t, [t]);
const arr = [1]; arr.push(arr); console.log(arr);
const x = {}; const y = {x}; x.y = y; console.log({x, y}, [x, x]);
class Node2 { constructor(p) { this.parent = p; this.children = []; } }
const root = new Node2(null); const c1 = new Node2(root); root.children.push(c1); c1.children.push(new Node2(c1));
console.log(root);
const deep = {l1: {l2: {l3: {}}}}; deep.l1.l2.l3.back = deep; console.log(deep);
}

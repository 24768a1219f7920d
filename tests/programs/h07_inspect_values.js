// console.log of nested values as node's util.inspect prints them: depth, long arrays, class names, holes, line breaking.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
class Node1 { constructor(v) { this.value = v; this.next = null; this.meta = { tags: ["a", "b"], seen: false }; } }
const list = new Node1(1);
list.next = new Node1(2);
list.next.next = new Node1(3);
console.log(list);
console.log(new Point(1, 2), new Point3(1, -0, 3.5), new Empty(), [new Empty(), new Point(0, 0)]);
console.log({ a: { b: { c: { d: { e: 1 } } } } }, [[[[[1]]]]], { arr: [[1, [2, [3, [4]]]]] });
const long = [];
for (let i = 0; i < 120; i++) long.push(i * 3);
console.log(long);
const strs = [];
for (let i = 0; i < 30; i++) strs.push("item" + i);
console.log(strs);
const holes = [1, 2, 3];
holes[7] = 8;
console.log(holes, new Array(5), [undefined, null]);
console.log({ "key with space": 1, valid_id: 2, "3d": 3, 42: "n", $x: 4, "a-b": 5 });
console.log(["it's", 'say "hi"', "back\\slash", "new\nline", "tab\t"]);
console.log({ s: "str", n: -0, u: undefined, nl: null, b: true, f: function named() {}, g: () => 1, arr: [] , o: {} });
const wide = {};
for (let i = 0; i < 10; i++) wide["property" + i] = "value number " + i;
console.log(wide);
console.log([{ name: "alpha", score: 91.5, tags: ["x", "y"] }, { name: "beta", score: 78, tags: [] }, { name: "gamma", score: 88.25, tags: ["z"] }]);
console.log([1.5, -2, "3", [4, "5"], { six: 6 }], [true, false, null, undefined, NaN, -Infinity]);
console.log(new Map([["a", 1], ["b", { c: 2 }]]), new Set([1, "two", [3]]));
console.log("%s is %d years and %i days", "Bob", 42.9, 3.7, "extra", 5);
console.log([["a", 1], ["b", 2]], Object.entries({ x: 1, y: [2, 3] }));
const matrix = [];
for (let r = 0; r < 8; r++) { const row = []; for (let c = 0; c < 8; c++) row.push(r * c); matrix.push(row); }
console.log(matrix);
console.log([[1, 2, [3, 4, [5, [6]]]], { k: [{ k: [{ k: 1 }] }] }]);

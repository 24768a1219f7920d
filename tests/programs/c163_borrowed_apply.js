// Array methods borrowed with `apply`, the ES5 way of passing an array as the
// arguments (codegen/array_method_call.py): pushing one array onto another,
// flattening one level with concat, slicing `arguments`, and an absent or null
// argument list.
const a = [1];
console.log(Array.prototype.push.apply(a, [2, 3]), a);
Array.prototype.push.apply(a, ["s", { k: 4 }]);
console.log(a, a[3].length, a[4].k);
console.log([].concat.apply([], [[1], [2, 3], 4]));
console.log(Array.prototype.concat.apply([0], [[1], [2, [3]]]));
console.log(Array.prototype.slice.apply([1, 2, 3, 4], [1, 3]), [].join.apply(["x", "y"], ["+"]));
const b = [5];
console.log(Array.prototype.push.apply(b), Array.prototype.push.apply(b, null), b);

function rest() {
  return Array.prototype.slice.apply(arguments, [1]);
}
function pushAll(target) {
  return Array.prototype.push.apply(target, arguments);
}
console.log(rest(7, 8, 9), rest());
const t = [];
console.log(pushAll(t, "p", "q"), t.length, t[1], t[2]);

// many elements: every one passed (past the three a call carries in registers)
const big = Array.from({ length: 1000 }, (_, i) => i * 3);
const c = [];
Array.prototype.push.apply(c, big);
console.log(c.length, c[999], c.reduce((x, y) => x + y, 0));
const matrix = [[1, 2], [3], [], [4, 5, 6]];
console.log([].concat.apply([], matrix).join(" "));

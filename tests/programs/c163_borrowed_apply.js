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

// the method read from the array itself (`a.push.apply(a, b)`): the same borrowed
// call when the object is an array at run time, the object's own method when it
// is not; the object is read once either way (the getter counts reads)
const xs = [1];
xs.push.apply(xs, [2, 3]);
xs.push.call(xs, 4);
console.log(xs, xs.concat.apply(xs, [[5], [6]]), xs.slice.call(xs, 1, 3), xs.join.apply(xs, ["-"]));
const own = { items: [], push(...values) { this.items.push(...values); return "own " + values.length; } };
console.log(own.push.apply(own, [1, 2]), own.push.call(own, 3), own.items);
class Bag {
  constructor() { this.list = []; }
  add(values) { this.list.push.apply(this.list, values); return this.list.length; }
}
console.log(new Bag().add([7, 8, 9]));
let reads = 0;
const holder = { get arr() { reads++; return this.store; }, store: [1] };
holder.arr.push.apply(holder.arr, [2]);
const boxes = { get box() { reads++; return { push(v) { return "box " + v; } }; } };
console.log(reads, holder.store, boxes.box.push.call(null, 5), reads);
// Object.prototype's methods borrowed the same way are Object's, not an array's
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null),
            Object.prototype.hasOwnProperty.call({ k: 1 }, "k"), {}.toString.call(xs));

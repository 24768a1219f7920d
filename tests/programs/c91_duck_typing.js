// Duck typing on built-in receivers: `typeof x.map` is "function" for an array
// without making a value of the method, and a name a receiver does not have is
// undefined (a string has no `push`, a Set no `get`), as in node.

function kind(x) {
  if (typeof x.map === "function") {
    return "mappable";
  }
  return typeof x.length === "number" ? "has length" : "other";
}
console.log(kind([1]), kind("s"), kind({ map: () => 1 }), kind({ length: 2 }), kind(5));
console.log(typeof [].push, typeof "".charAt, typeof (5).toFixed, typeof [].nope, typeof "".map, typeof [].hasOwnProperty);
class Box {
  map(f) {
    return f(1);
  }
}
console.log(typeof new Box().map, typeof { map: 3 }.map, new Box().map((x) => x + 1));
const m = new Map([["k", 1]]);
const s = new Set([1]);
console.log(typeof m.get, typeof m.map, typeof s.add, typeof s.get, typeof m.keys().next, typeof m.size, s.get, "abc".push, (5).push, [1].charAt);

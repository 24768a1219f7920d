// Checks array and object destructuring in declarations, assignments, parameters, with defaults and rest.
const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, , z = 30, w = 40] = [10, 20, undefined];
console.log(x, z, w);
const [head, ...tail] = [5, 6, 7, 8];
console.log(head, tail);
const [p = 1, q = p + 1] = [];
console.log(p, q);

const { name, age, city = "unknown" } = { name: "Ann", age: 30 };
console.log(name, age, city);
const { name: n2, info: { score, tags: [firstTag] } } = { name: "Bo", info: { score: 99, tags: ["t1", "t2"] } };
console.log(n2, score, firstTag);
const { k1, ...others } = { k1: 1, k2: 2, k3: 3 };
console.log(k1, others);

// swap via destructuring assignment
let m = "left";
let n = "right";
[m, n] = [n, m];
console.log(m, n);
let arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr);

// assignment to existing variables from object
let u, v;
({ u, v = "dv" } = { u: "du" });
console.log(u, v);

// parameter destructuring
function area({ width, height = width }) {
  return width * height;
}
console.log(area({ width: 4 }), area({ width: 4, height: 2.5 }));
function first2([f, s = "none"]) {
  return f + "/" + s;
}
console.log(first2(["a", "b"]), first2(["only"]));
function config({ host = "localhost", port = 80, opts: { secure = false } = {} } = {}) {
  return host + ":" + port + (secure ? " (tls)" : "");
}
console.log(config(), config({ port: 8080 }), config({ host: "ex.com", opts: { secure: true } }));
const arrow = ({ a, b }, [c2, d2]) => a * c2 + b * d2;
console.log(arrow({ a: 1, b: 2 }, [3, 4]));

// destructuring in loops and from function returns
function minMax(list) {
  let lo = Infinity, hi = -Infinity;
  for (const v2 of list) {
    if (v2 < lo) lo = v2;
    if (v2 > hi) hi = v2;
  }
  return [lo, hi];
}
const [lo, hi] = minMax([4, -2, 9, 0]);
console.log("lo", lo, "hi", hi);
function stats(list) {
  const sum = list.reduce((s2, v2) => s2 + v2, 0);
  return { sum, mean: sum / list.length, count: list.length };
}
const { mean, count } = stats([1, 2, 3, 4]);
console.log("mean", mean, "count", count);
const entries = [["a", 1], ["b", 2]];
for (const [key, val] of entries) console.log(key, val * 10);
const users = [{ id: 1, profile: { nick: "zz" } }, { id: 2, profile: { nick: "yy" } }];
for (const { id, profile: { nick } } of users) console.log(id, nick);
// computed keys in destructuring
const key = "dyn";
const { [key]: dynVal, ["st" + "at"]: statVal } = { dyn: "D", stat: "S" };
console.log(dynVal, statVal);
// nested array destructuring
const [[a1, a2], [b1]] = [[1, 2], [3, 4]];
console.log(a1, a2, b1);

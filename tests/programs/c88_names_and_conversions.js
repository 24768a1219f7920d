// Function names given by computed keys, classes converted to strings through
// their static toString, and Object.assign from a string.

const K = "q";
let n = 5;
const o = {
  [K + "1"]() {
    return 1;
  },
  [K + "2"]: function () {
    return 2;
  },
  [K + "3"]: () => 3,
  [n * 2]: (x) => x,
  plain: () => 0,
};
console.log(o.q1.name, o.q2.name, o.q3.name, o[10].name, o.plain.name, o.q1() + o.q2() + o.q3());
for (const k of Object.keys(o)) {
  console.log(k, typeof o[k], o[k].name === k);
}

class A {
  static toString() {
    return "class A!";
  }
}
class B extends A {}
class C {
  static toString() {
    return 42;
  }
}
console.log(String(A), `${A}`, A + "", String(B), "" + C, [A, C].join("|"));

console.log(Object.assign({}, "xy"), Object.assign({ a: 1 }, "z", { b: 2 }));

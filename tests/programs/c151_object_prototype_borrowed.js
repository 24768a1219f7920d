// The ES5 type test and own-property test borrowed from Object.prototype:
// Object.prototype.toString.call(x) and Object.prototype.hasOwnProperty.call(o, k).
const tag = (x) => Object.prototype.toString.call(x);
class P {}
class E2 extends Error {}
console.log([[], {}, null, undefined, /x/, new Date(0), "s", 1, 1.5, true, () => 1, new Map(), new Set(), new P(), new E2("m"), new Error("x"), new Uint8Array(2), new Float64Array(1), [1, 2], { a: 1 }, P].map(tag));
function isArray(x) { return Object.prototype.toString.call(x) === "[object Array]"; }
console.log(isArray([1]), isArray("a"), {}.toString.call([]), {}.toString.call(null));
const o = { a: 1, hasOwnProperty() { return "shadowed"; } };
console.log(Object.prototype.hasOwnProperty.call(o, "a"), Object.prototype.hasOwnProperty.call(o, "b"), {}.hasOwnProperty.call(o, "a"), Object.prototype.hasOwnProperty.call([1], 0), Object.prototype.hasOwnProperty.call("ab", 1), o.hasOwnProperty("a"));
try { Object.prototype.hasOwnProperty.call(null, "a"); } catch (e) { console.log(e.name, e.message); }

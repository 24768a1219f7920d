// Map and Set forEach with a value that is not a function: node names its type,
// and a primitive's value ("number 4 is not a function", "string \"s\" ...",
// "object null ..."); the build once said "callback is not a function".
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
const m = new Map([[1, 2]]);
const s = new Set([1]);
for (const v of [4, 2.5, -0, NaN, "s", "", true, false, null, undefined, {}, [1], m]) {
  t(() => m.forEach(v));
  t(() => s.forEach(v));
}
m.forEach((v, k) => console.log(k, v));

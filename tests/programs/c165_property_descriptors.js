// Property descriptors of dictionary objects (runtime.wat, $define_property and
// $get_own_descriptor): enumerable accessors, configurable only when said so or
// when they replace a configurable property, which keeps its place in the key
// order; a redefinition keeps the half of an accessor it does not name.
const o = {};
Object.defineProperty(o, "a", { enumerable: true, get() { return 1; } });
Object.defineProperty(o, "b", { enumerable: true, configurable: 1, get() { return 2; } });
o.c = 3;
Object.defineProperty(o, "c", { enumerable: true, get() { return 4; } });
Object.defineProperty(o, "d", { value: 5, writable: true, enumerable: true, configurable: true });
const d = (k) => { const x = Object.getOwnPropertyDescriptor(o, k); return [k, x.configurable, x.enumerable, typeof x.get, x.value]; };
console.log(o, ["a", "b", "c", "d"].map(d), Object.keys(o), JSON.stringify(o));
Object.defineProperty(o, "b", { enumerable: true, get() { return 22; } });
console.log(o.b, d("b"));
let box = 0;
Object.defineProperty(o, "e", { enumerable: true, configurable: true, get() { return box; }, set(v) { box = v; } });
Object.defineProperty(o, "e", { enumerable: true, get() { return box * 10; } });
o.e = 7;
console.log(o.e, box, typeof Object.getOwnPropertyDescriptor(o, "e").set);

// typeof of globals node has but the build does not model is node's answer, and of names no one defines, "undefined".
console.log(typeof globalThis, typeof window, typeof document, typeof process, typeof Map, typeof setTimeout, typeof Symbol, typeof Promise, typeof __dirname, typeof Foo, typeof Intl);
const m = new Map(); console.log(typeof m, typeof Map);

// Checks console.log formatting of many value kinds: multiple args, arrays, nested objects, strings in containers.
console.log("plain string", 42, 3.5, -0, true, null, undefined);
console.log();
console.log("");
console.log([]);
console.log({});
console.log([1, "two", null, undefined, true]);
console.log([-0, 0, NaN, Infinity]);
console.log(["it's", 'say "hi"', "back\\slash"]);
console.log(["line\nbreak", "tab\there"]);
console.log({ s: "text", n: 1, b: false, u: undefined, z: null });
console.log({ "a-b": 1, "c d": 2, e_f: 3, h1: 5 });
console.log({ list: [1, 2, 3], obj: { k: "v" } });
console.log([[1, 2], [3, [4, 5]]]);
console.log([{ a: 1 }, { b: [2] }]);
console.log({ a: { b: { c: {} } } });
console.log(["", " ", "  x  "]);
console.log("multi", ["arr"], { o: 1 }, "end");
console.log(1e21, 1e-7, 0.1 + 0.2, 123456789012345680000, -1e-7);
console.log([1e21, 1e-7, -1.5e300]);
console.log(String(null), String(undefined), String(true));
console.log(typeof console.log, typeof console);

// objects built up programmatically
const o = {};
for (let i = 0; i < 4; i++) o["k" + i] = i % 2 === 0 ? "even" : i;
console.log(o);
const arr = [];
for (let i = 0; i < 5; i++) arr.push(i * 1.5);
console.log(arr);
const strs = [];
for (let i = 0; i < 3; i++) strs.push(String.fromCharCode(97 + i) + i);
console.log(strs);
console.log([true, false], [null], [undefined], [[]], [{}]);
console.log({ emptyArr: [], emptyObj: {} });
console.log([1.0, 2.50, 100.000, 0.125]);
console.log("unicode", ["é", "日本"], { k: "😀" });

// Integer-like keys up to 4294967294 (ten digits) come first, ascending, in every key order.
const o = { a: 1 };
for (const k of [String(1000000000), "4294967294", "4294967295", "99", "0", "01", "12345678901", "3000000000"]) o[k] = k.length;
console.log(o, Object.keys(o).join(","), JSON.stringify(o));
const p = {};
p["4294967294"] = 1; p["b"] = 2; p["7"] = 3; p["4294967295"] = 4;
for (const k in p) console.log(k);

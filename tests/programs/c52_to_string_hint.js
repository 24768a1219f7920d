// String conversion (template literals, String(), join, keys) calls toString before valueOf.
class M { valueOf() { return 1; } toString() { return 'M'; } }
const m = new M();
console.log(`${m}`, String(m), [m].join(), m + '', m * 2, m == 1, { [m]: 1 }, [m, m].sort().join("|"));
class V { valueOf() { return 42; } }
const v = new V();
console.log(`${v}`, String(v), v + 1, [v].join());
class T { toString() { return "T!"; } }
console.log(`${new T()}`, new T() + "", String(new T()));
const o = { toString() { return "obj"; }, valueOf() { return 7; } };
console.log(`${o}`, o + "", String(o), o * 1);
const w = { toString() { return {}; }, valueOf() { return "from valueOf"; } };
console.log(`${w}`, String(w));
const z = { toString() { return {}; }, valueOf() { return {}; } };
try { console.log(`${z}`); } catch (e) { console.log(e.name, e.message); }
console.log(String(new Error("boom")), `${new RangeError("r")}`, [1, [2, 3]].join(";"), String({}), `${[1, 2]}`);

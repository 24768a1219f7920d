// Object.create(null) dictionaries (the plan's null-prototype map site: they inherit
// nothing, instanceof Object is false, converting one to a primitive throws) and the
// global functions parseInt, parseFloat, isNaN and isFinite as values.
const dict = Object.create(null);
dict.apple = 3;
dict["toString"] = 1;
for (const w of ["pear", "apple", "constructor"]) dict[w] = (dict[w] || 0) + 1;
console.log(dict, Object.keys(dict), "apple" in dict, "hasOwnProperty" in dict, dict.valueOf, JSON.stringify(dict));
for (const k in dict) console.log(k, dict[k]);
const e = Object.create(null);
console.log(e, typeof e, Object.keys(e).length, String(Object.entries(dict)));
const d2 = Object.create(null);
d2.x = 1;
console.log(d2 instanceof Object, Object.prototype.hasOwnProperty.call(d2, "x"), typeof d2.toString);
try { console.log(`${d2}`); } catch (e) { console.log(e.constructor.name, e.message); }
try { console.log(d2 + 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { d2.hasOwnProperty("x"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.assign({}, d2), { ...d2 });
const d3 = Object.create(null);
d3.x = 1;
try { console.log(d.hasOwnProperty("x")); } catch (e) { console.log(e.message); }
try { console.log(d.toString()); } catch (e) { console.log(e.message); }
console.log(["1", "2", "3", "10"].map(parseInt), ["1.5", "x", " 2e3"].map(parseFloat));
console.log([1, NaN, "a", "3"].map(isNaN), [Infinity, 1, "2", null].filter(isFinite));
const f = parseInt;
console.log(f("ff", 16), typeof parseFloat, parseInt.name, [parseFloat]);

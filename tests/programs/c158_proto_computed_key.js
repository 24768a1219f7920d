// `__proto__` is an accessor of Object.prototype: `o[k]` with k "__proto__"
// reads or sets the prototype, and `k in o` is true. The build keeps no
// prototype objects, so a computed access with that key stops the run (it read
// and wrote an ordinary key: `{ __proto__: 5 }`, `false`). An own key of that
// name (JSON.parse makes one) prints as node prints it. `in` evaluates its key
// before its object.
console.log(JSON.parse('{"__proto__": 1, "a": 2}'), JSON.stringify(JSON.parse('{"__proto__": [3]}')));
const log = [];
const key = () => { log.push("key"); return "a"; };
const obj = () => { log.push("obj"); return { a: 1 }; };
console.log(key() in obj(), log);
const counts = {};
for (const w of ["the", "cat", "the"]) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
const k = "__proto__";
const d = {};
d[k] = 5;
console.log(d, Object.keys(d));

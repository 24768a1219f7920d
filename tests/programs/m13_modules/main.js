// CommonJS as programs use it: a circular pair of modules (b sees a's exports while
// a is still loading), a class as module.exports, exports built up after an object
// literal, the module cache, and JSON data required with and without its extension.
const a = require("./a");
const Counter = require("./k");
const { helper, VERSION, nested, extra } = require("./u.js");
const again = require("./u");
console.log(a.fromB(), new Counter().inc(), helper(21), VERSION, nested.deep, extra, again === require("./u"));
console.log(typeof module, typeof exports, typeof require, module.exports === exports);
const d = require("./data.json");
const e = require("./data");
d.items.push(4);
console.log(d.title, d.items, e === d, require("./data.json").items.length);

// Re-exporting a module object (module.exports = require(...)), adding to it, live exports.count through a closure.
const a = require("./a");
const b = require("./b");
const { Thing, bump } = require("./b");
console.log(a === b, new Thing(1) instanceof a.Thing, b.extra, a.extra, bump(), bump(), a.count, b.count);
console.log(typeof module, typeof exports, typeof require, require("./a") === a);

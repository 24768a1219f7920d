const b = require("./b");
exports.name = "a";
exports.fromB = () => b.name;
console.log("a loaded, b.name =", b.name, "b sees a partial:", b.seenA);

const a = require("./a");
exports.name = "b";
exports.seenA = JSON.stringify(a);

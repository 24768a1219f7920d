module.exports = require("./a");
module.exports.extra = "x";

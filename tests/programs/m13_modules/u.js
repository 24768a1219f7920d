function helper(x) { return x * 2; }
module.exports = { helper, VERSION: "1.0", nested: { deep: [1, 2] } };
module.exports.extra = 42;

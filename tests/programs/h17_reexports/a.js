class Thing { constructor(n) { this.n = n; } }
exports.Thing = Thing;
exports.count = 0;
exports.bump = () => ++exports.count;

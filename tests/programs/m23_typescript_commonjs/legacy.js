// A plain CommonJS module: no marker, so a default import wraps it.
module.exports = function twice(n) {
    return n * 2;
};

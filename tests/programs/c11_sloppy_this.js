// A sloppy-mode function called without a receiver sees the global object as
// `this`; the build has none, so the program stops there (refused), after
// printing what node printed before.
const counter = { n: 0, bump() { this.n++; return this.n; } };
console.log(counter.bump());
const detached = counter.bump;
console.log(detached());

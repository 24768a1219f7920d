// A sloppy-mode function called with a primitive receiver (`f.call(5)`) sees it
// wrapped in an object: `typeof this` is "object", `this === 5` is false. The
// build has no wrapper objects, so the program stops there (refused), after
// printing what node printed before. Strict code keeps the primitive.
function kind() { return typeof this; }
function strictKind() { "use strict"; return typeof this; }
const box = { kind };
console.log(box.kind(), strictKind.call(5), strictKind.apply("s"), strictKind.bind(true)());
console.log(kind.call("text"));

// A number's, string's, boolean's or array's `constructor` is the function the
// global name gives (the build once read undefined, then threw reading `.name`).
const values = [1.5, 7, "s", true, [1], []];
for (const v of values) {
  console.log(v.constructor.name, v.constructor === Number, v.constructor === String, v.constructor === Array);
}
console.log((5).constructor(" 12 "), "x".constructor(3) + "!", [].constructor === Array);

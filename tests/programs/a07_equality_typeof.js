// Checks typeof, null vs undefined, == vs === across mixed types, and relational comparisons.
const things = [1, 0, -0, "1", "", "abc", true, false, null, undefined, NaN, [], {}, function () {}];
const names = ["1", "0", "-0", "'1'", "''", "'abc'", "true", "false", "null", "undefined", "NaN", "[]", "{}", "fn"];
for (let i = 0; i < things.length; i++) {
  console.log(names[i], typeof things[i], things[i] ? "truthy" : "falsy");
}
console.log(typeof typeof 1, typeof undeclaredVariable, typeof null, typeof class {});

console.log(null == undefined, null === undefined, null == 0, undefined == 0, null == false, undefined == null);
console.log(1 == "1", 1 === "1", 0 == "", 0 == "0", "" == "0", "1.0" == 1, " 2 " == 2);
console.log(true == 1, true == "1", false == "0", false == "", true === 1, "true" == true);
console.log(NaN == NaN, null >= 0, null > 0, undefined >= 0, "10" > "9", 10 > "9", "10" > 9);
console.log("abc" < "abd", "B" < "a", "a" < "B", "" < "a", "abc" < "ab", "Z" > "A");
console.log(1 < 2 < 3, 3 > 2 > 1, "2" > "12", 2 > "12");

function describe(x) {
  if (x === null) return "null";
  if (x === undefined) return "undefined";
  if (typeof x === "number") return x === x ? "number " + x : "NaN";
  if (typeof x === "string") return "string of length " + x.length;
  if (typeof x === "boolean") return x ? "yes" : "no";
  if (typeof x === "function") return "function";
  return "object";
}
for (const t of things) console.log(describe(t));

let u;
const obj = { a: undefined, b: null };
console.log(u, obj.a, obj.b, obj.c, obj.a === obj.c, "a" in obj, "c" in obj);
function noReturn() {}
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn(), typeof noReturn());
console.log(void 0, void 0 === undefined);
// loose equality table between a few values
const vals = [0, "0", "", null, undefined, false];
for (const x of vals) {
  let row = "";
  for (const y of vals) row += (x == y ? "T" : ".");
  console.log(String(x) === "" ? "''" : String(x), row);
}

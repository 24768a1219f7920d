// Array variables the plan types as arrays (or undefined) read and write their
// elements in place when the index is an integer inside the length; every other
// case takes the generic path. Each line checks one edge against node.

function reads(a) {
  const out = [];
  out.push(a[0], a[2], a[a.length - 1], a[a.length], a[-1], a[1.5], a[NaN], a[-0]);
  out.push(a["1"], a[Infinity], a[2 ** 31], a[4294967295]);
  return out.map(String).join(",");
}
console.log(reads([10, 20, 30, 40]));

function holes() {
  const a = [1, 2];
  a[4] = 5;                  // past the end: the generic path grows it
  const seen = [];
  for (let i = 0; i < a.length; i++) seen.push(a[i] === undefined ? "hole" : a[i]);
  a[2] = 3;                  // into a hole, inside the length
  return seen.join(" ") + " | " + a.join(" ") + " | " + a.length + " " + (3 in a) + " " + (2 in a);
}
console.log(holes());

function writes() {
  const a = [0, 0, 0];
  let i = 0;
  a[i++] = i;                // the index is evaluated before the value
  a[i] = a[i - 1] + 10;
  a[2] = undefined;
  a[3] = null;
  return JSON.stringify(a) + " " + a.length + " " + Object.keys(a).join(",");
}
console.log(writes());

function lengths() {
  const a = [];
  const trace = [a.length];
  for (let i = 0; i < 5; i++) { a.push(i * i); trace.push(a.length); }
  a.pop();
  trace.push(a.length);
  a.length = 2;
  trace.push(a.length, a[3]);
  return trace.join(" ");
}
console.log(lengths());

function swapAll(a, b) {
  let x = a;
  let total = 0;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < x.length; i++) total += x[i];
    x = x === a ? b : a;     // reassigned between two arrays
  }
  return total;
}
console.log(swapAll([1, 2, 3], [100, 200]));

function maybe(flag) {
  let a;
  if (flag) a = [7, 8, 9];
  try {
    return a[1] + a.length;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(maybe(true), "|", maybe(false));

function lengthOfUndefined(list, i) {
  const inner = list[i];
  try {
    return inner.length;
  } catch (e) {
    return e.message;
  }
}
console.log(lengthOfUndefined([[1, 2, 3]], 0), "|", lengthOfUndefined([[1]], 3));

function matrix(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const row = new Array(n).fill(0);
    for (let j = 0; j < n; j++) row[j] = (i + 1) * (j + 1);
    rows.push(row);
  }
  let trace = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    trace += row[i];
  }
  return trace;
}
console.log(matrix(6));

function strings() {
  const words = ["alpha", "beta", "gamma"];
  let s = "";
  for (let i = words.length - 1; i >= 0; i--) s += words[i][0] + words[i].length;
  return s;
}
console.log(strings());

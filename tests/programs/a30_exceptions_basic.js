// Checks throw/try/catch basics: Error messages and names, built-in TypeError/RangeError, throwing non-Errors.
function parseAge(s) {
  const n = Number(s);
  if (s === "" || n !== n) throw new Error("not a number: '" + s + "'");
  if (n < 0) throw new RangeError("negative age " + n);
  if (n % 1 !== 0) throw new TypeError("age must be an integer");
  return n;
}
const inputs = ["42", "abc", "-3", "2.5", "", "0"];
for (const s of inputs) {
  try {
    const a = parseAge(s);
    console.log("ok", a);
  } catch (e) {
    console.log("caught", e.name, "-", e.message, e instanceof Error, e instanceof RangeError);
  }
}

// throwing primitives and objects
const throwables = [42, "a string", null, { code: 7 }, [1, 2], undefined, false];
for (const t of throwables) {
  try {
    throw t;
  } catch (e) {
    console.log("threw", typeof e, e === t, e);
  }
}

// built-in runtime TypeErrors
try {
  const u = undefined;
  u.prop;
} catch (e) {
  console.log("read of undefined:", e instanceof TypeError, e.name);
}
try {
  const obj = {};
  obj.method();
} catch (e) {
  console.log("call non-function:", e instanceof TypeError, e.name);
}
try {
  null.x = 1;
} catch (e) {
  console.log("write to null:", e.constructor === TypeError);
}
try {
  new Array(-1);
} catch (e) {
  console.log("bad array length:", e.name);
}
try {
  (1.5).toFixed(200);
} catch (e) {
  console.log("toFixed range:", e.name);
}

// catch without binding, and error created but not thrown
try {
  throw new Error("ignored");
} catch {
  console.log("caught without binding");
}
const made = new Error("just made");
console.log(made.message, made.name, typeof made, made instanceof Error);
const noMsg = new Error();
console.log("empty message: [" + noMsg.message + "]", new TypeError("t").name);

// error in a deeply nested call unwinds to the nearest handler
function level(n) {
  if (n === 0) throw new Error("bottom reached");
  return level(n - 1) + 1;
}
try {
  level(50);
} catch (e) {
  console.log("unwound:", e.message);
}
// try/catch inside loop continues
let okCount = 0;
for (let i = 0; i < 6; i++) {
  try {
    if (i % 3 === 0) throw new Error("skip " + i);
    okCount++;
  } catch (e) {
    console.log(e.message);
  }
}
console.log("okCount", okCount);

// Writing a property of a primitive: sloppy code ignores it, strict code (a
// "use strict" function or any class body) throws node's TypeError.
const s = "abc";
s[0] = "x";
s.foo = 1;
s.length = 0;
(5).x = 2;
console.log(s, s.foo, s.length);

function strictly(v, k) {
  "use strict";
  try {
    v[k] = 1;
    return "wrote " + String(k);
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
const values = [2, -0, 1.5, NaN, "abc", "", true, false, {}, "a b"];
for (const v of values) {
  for (const k of ["x", "0", "length", "2", 3, "toString"]) console.log(strictly(v, k));
}

class Box {
  put(target) {
    try { target.value = 42; return "ok"; } catch (e) { return e.message; }
  }
  bump(target) {
    try { target.count++; return "ok " + target.count; } catch (e) { return e.message; }
  }
  add(target, key) {
    try { target[key] += 1; return "ok " + target[key]; } catch (e) { return e.message; }
  }
}
const b = new Box();
console.log(b.put({}), b.put(7), b.put("str"), b.put(false));
console.log(b.bump({ count: 1 }), b.bump(1), b.bump("q"));
console.log(b.add({ n: 1 }, "n"), b.add("xyz", 1), b.add(9, "n"), b.add([5], 0));

function order() {
  "use strict";
  const log = [];
  const key = () => { log.push("key"); return "k"; };
  const value = () => { log.push("value"); return 1; };
  try { (log.push("object"), 3)[key()] = value(); } catch (e) { log.push(e.message); }
  return log.join(" | ");
}
console.log(order());

try {
  "use strict";   // not a directive here: the file stays sloppy
  const t = true;
  t.x = 1;
  console.log("ignored in sloppy code");
} catch (e) {
  console.log("threw", e.message);
}

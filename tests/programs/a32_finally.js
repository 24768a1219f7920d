// Checks finally semantics: runs on normal exit, on throw, on return, on break/continue; overriding returns.
const log = [];
function f1() {
  try {
    log.push("f1 try");
    return "f1 value";
  } finally {
    log.push("f1 finally");
  }
}
console.log(f1(), log);

function f2() {
  try {
    throw new Error("f2 boom");
  } catch (e) {
    return "caught " + e.message;
  } finally {
    console.log("f2 finally runs after catch computes return");
  }
}
console.log(f2());

function f3() {
  try { return "try"; } finally { return "finally wins"; }
}
console.log(f3());

function f4() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 100;
    console.log("f4 finally sets x to", x);
  }
}
console.log("f4 returned", f4());

function f5() {
  try { throw new Error("lost"); } finally { return "finally swallowed the error"; }
}
console.log(f5());

// finally with break and continue in loops
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    console.log("loop body", i);
  } finally {
    console.log("loop finally", i);
  }
}

// nested try with finally ordering
function nested() {
  const order = [];
  try {
    try {
      order.push("inner try");
      throw new Error("inner");
    } finally {
      order.push("inner finally");
    }
  } catch (e) {
    order.push("outer catch " + e.message);
  } finally {
    order.push("outer finally");
  }
  return order;
}
console.log(nested());

// error thrown in catch still runs finally, then propagates
function rethrower() {
  try {
    throw new Error("first");
  } catch (e) {
    throw new Error("second from catch");
  } finally {
    console.log("rethrower finally");
  }
}
try {
  rethrower();
} catch (e) {
  console.log("got", e.message);
}

// resource cleanup pattern
class Resource {
  constructor(name) {
    this.name = name;
    this.open = true;
    console.log("open", name);
  }
  close() {
    this.open = false;
    console.log("close", this.name);
  }
}
function useResource(name, fail) {
  const r = new Resource(name);
  try {
    if (fail) throw new Error("failure using " + name);
    return "used " + name;
  } finally {
    r.close();
  }
}
console.log(useResource("db", false));
try {
  useResource("file", true);
} catch (e) {
  console.log(e.message);
}

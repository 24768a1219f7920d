// Checks nested try/catch/finally in loops with break/continue/return, custom Error subclasses, rethrow and finally ordering.
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}
class RetryError extends AppError {
  constructor(message, attempts) {
    super(message, 503);
    this.name = "RetryError";
    this.attempts = attempts;
  }
}

const trace = [];
for (let i = 0; i < 6; i++) {
  try {
    if (i === 1) continue;
    if (i === 4) break;
    if (i === 2) throw new AppError("bad item " + i, 400);
    trace.push("ok" + i);
  } catch (e) {
    trace.push("caught:" + e.code);
  } finally {
    trace.push("fin" + i);
  }
}
console.log(trace.join(" "));

function findFirst(list, pred) {
  const log = [];
  try {
    for (const x of list) {
      try {
        if (pred(x)) return "found " + x;
      } finally {
        log.push(x);
      }
    }
    return "none";
  } finally {
    console.log("visited " + log.join(","));
  }
}
console.log(findFirst([3, 8, 12, 5], (x) => x > 10));
console.log(findFirst([1, 2], (x) => x > 10));

function overrideReturn() {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
console.log(overrideReturn());

function finallyThrows() {
  try {
    throw new AppError("original", 1);
  } finally {
    throw new RetryError("from finally", 3);
  }
}
try {
  finallyThrows();
} catch (e) {
  console.log(e.name + " " + e.message + " code=" + e.code + " attempts=" + e.attempts);
}

function withRetry(task, max) {
  let attempt = 0;
  while (true) {
    attempt++;
    try {
      return task(attempt);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      console.log("  attempt " + attempt + " failed: " + e.message);
      if (attempt >= max) throw new RetryError("gave up after " + attempt, attempt);
    } finally {
      console.log("  cleanup " + attempt);
    }
  }
}
console.log("result: " + withRetry((n) => { if (n < 3) throw new AppError("flaky" + n, 500); return "done@" + n; }, 5));
try {
  withRetry(() => { throw new AppError("always", 500); }, 2);
} catch (e) {
  console.log("outer: " + e.name + " " + e.message + " isApp=" + (e instanceof AppError) + " isError=" + (e instanceof Error));
}
try {
  withRetry(() => { throw new TypeError("not retriable"); }, 9);
} catch (e) {
  console.log("rethrown: " + e.name + " " + e.message);
}

let depth = "";
outer: for (let a = 0; a < 3; a++) {
  try {
    try {
      if (a === 1) throw new Error("inner" + a);
      depth += "t" + a;
    } catch (e) {
      depth += "c" + a;
      throw new AppError("wrapped " + e.message, a);
    } finally {
      depth += "f" + a;
    }
  } catch (e) {
    depth += "[" + e.message + "]";
    continue outer;
  } finally {
    depth += ";";
  }
}
console.log(depth);

// Checks custom Error subclasses: custom names, extra fields, instanceof dispatch, rethrow and wrapping.
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
  describe() {
    return "[" + this.code + "] " + this.name + ": " + this.message;
  }
}
class NotFoundError extends AppError {
  constructor(what) {
    super(what + " not found", 404);
    this.name = "NotFoundError";
    this.what = what;
  }
}
class ValidationError extends AppError {
  constructor(field, problem) {
    super("invalid " + field + ": " + problem, 422);
    this.name = "ValidationError";
    this.field = field;
  }
}
class PlainCustom extends Error {}

const db = { u1: { name: "Ann", email: "ann@x.io" }, u2: { name: "", email: "bad" } };
function loadUser(id) {
  const u = db[id];
  if (!u) throw new NotFoundError("user " + id);
  if (u.name === "") throw new ValidationError("name", "empty");
  if (u.email.indexOf("@") < 0) throw new ValidationError("email", "missing @");
  return u;
}
for (const id of ["u1", "u2", "u3"]) {
  try {
    const u = loadUser(id);
    console.log("loaded", u.name);
  } catch (e) {
    if (e instanceof NotFoundError) {
      console.log("404 handler:", e.describe(), "what=" + e.what);
    } else if (e instanceof ValidationError) {
      console.log("422 handler:", e.describe(), "field=" + e.field);
    } else {
      throw e;
    }
    console.log(e instanceof AppError, e instanceof Error, e.code);
  }
}
const pc = new PlainCustom("plain");
console.log(pc.name, pc.message, pc instanceof PlainCustom, pc instanceof Error);

// rethrow: inner handler only handles ValidationError
function handleUser(id) {
  try {
    return loadUser(id).name;
  } catch (e) {
    if (e instanceof ValidationError) return "default-name";
    throw e;
  }
}
console.log(handleUser("u1"), handleUser("u2"));
try {
  handleUser("nobody");
} catch (e) {
  console.log("outer caught", e.name, e.message);
}

// wrapping errors with a cause field
class WrappedError extends Error {
  constructor(msg, inner) {
    super(msg + " <- " + inner.message);
    this.name = "WrappedError";
    this.inner = inner;
  }
}
function step(n) {
  try {
    if (n > 2) throw new RangeError("n too large: " + n);
    return n * 10;
  } catch (e) {
    throw new WrappedError("step " + n + " failed", e);
  }
}
for (let i = 1; i <= 4; i++) {
  try {
    console.log("step result", step(i));
  } catch (e) {
    console.log(e.name, "|", e.message, "|", e.inner.name, e.inner instanceof RangeError);
  }
}
// error name can be changed after creation; message is writable too
const e2 = new AppError("orig", 1);
e2.message = "changed";
e2.name = "Renamed";
console.log(e2.describe(), e2 instanceof AppError);

// Exceptions: finally overriding return, finally on continue/break, nested handlers,
// error subclasses with a name set in the constructor (their stack shows it),
// runtime TypeErrors, destructuring catch parameters.
function f1() { try { return "a"; } finally { return "b"; } }
function f2() { for (let i = 0; i < 3; i++) { try { if (i === 1) continue; if (i === 2) break; } finally { console.log("fin", i); } } return "done"; }
function f3() { try { throw new RangeError("r"); } catch (e) { try { throw new TypeError("inner " + e.message); } catch (e2) { return e2.message; } finally { console.log("inner fin"); } } }
function f4() { let log = []; try { try { throw 1; } finally { log.push("a"); } } catch (x) { log.push("caught " + x); } return log; }
class AppError extends Error { constructor(msg, code) { super(msg); this.code = code; } get summary() { return `${this.name}[${this.code}]: ${this.message}`; } }
class NotFound extends AppError { constructor(what) { super(`${what} not found`, 404); this.name = "NotFound"; } }
function f5() { try { throw new NotFound("user"); } catch (e) { return [e instanceof NotFound, e instanceof AppError, e instanceof Error, e.summary, e.code, String(e), e.stack.split("\n")[0]]; } }
function f6() { try { null.x; } catch (e) { return [e.name, e.message, e instanceof TypeError]; } }
function f7() { return 0; }
function f8() { try { throw { code: 7 }; } catch ({ code }) { return code; } }
function f9() { const r = []; for (const x of [1, 2, 3]) { try { if (x === 2) throw x; r.push(x); } catch (v) { r.push("e" + v); } } return r; }
console.log(f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8(), f9());

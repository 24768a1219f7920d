// new Error(message, { cause }): an own, non-enumerable cause when the options have one.
function load(name) {
  try { throw new TypeError('bad ' + name); }
  catch (err) { throw new Error('could not load ' + name, { cause: err }); }
}
try { load('cfg'); } catch (e) {
  console.log(e.message, e.cause.message, e.cause instanceof TypeError, Object.keys(e), 'cause' in e, JSON.stringify(e));
}
const plain = new Error('p', {});
console.log('cause' in plain, plain.cause, Object.keys(plain));
const withUndef = new RangeError('r', { cause: undefined });
console.log('cause' in withUndef, withUndef.cause);
class AppError extends Error {
  constructor(msg, opts) { super(msg, opts); this.app = true; }
}
const a = new AppError('x', { cause: 42 });
console.log(a.cause, a.app, Object.keys(a));

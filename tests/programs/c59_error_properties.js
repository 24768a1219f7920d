// Properties a program adds to Error objects after making them (err.code = ...,
// a common Node pattern): plain errors, builtin subclasses, user subclasses; and
// Object.keys / for-in / JSON of errors never list the own message and stack.
function fail(code) {
  const err = new Error('failed with ' + code);
  err.code = code;
  err.retry = code > 400;
  return err;
}
const errs = [fail(404), fail(500), new Error('plain')];
for (const e of errs) {
  console.log(e.message, e.code, e.retry, Object.keys(e), JSON.stringify(e), 'code' in e, e.hasOwnProperty('code'));
}
try { throw fail(418); } catch (e) { console.log(e.code, e instanceof Error, e.name, String(e)); }
const t = new TypeError('bad');
t.detail = { at: 3 };
console.log(t.detail.at, Object.keys(t));
class HttpError extends Error {
  constructor(status) { super('http ' + status); this.status = status; }
}
const h = new HttpError(503);
h.code = 'E_HTTP';
console.log(h.status, h.code, Object.keys(h), h.message);
for (const k in errs[0]) console.log('key', k);
const bare = new Error('q'); bare.toString(); console.log(Object.keys(bare), JSON.stringify(bare));

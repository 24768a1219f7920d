// Static fields and methods written where the build cannot see the class's name:
// destructuring and for-of targets, Object.assign on `this` in a static method,
// on an alias or a parameter, a computed write through a helper. The statics
// mirror and direct static calls must not serve the old value (codegen/class_escape.py).
class D { static K = 3; static L = 4; static M = 5; }
[D.K] = [30];
({ L: D.L } = { L: 40 });
for (D.M of [50]);
console.log(D.K, D.L, D.M);
class C { static m() { return 'orig'; } }
[C.m] = [() => 'replaced'];
console.log(C.m());
class Config { static retries = 3; static configure(o) { Object.assign(this, o); } }
Config.configure({ retries: 5 });
console.log(Config.retries);
class E { static LIMIT = 500; static m() { return 'orig'; } }
const alias = E;
Object.assign(alias, { LIMIT: 7, m() { return 'replaced'; } });
console.log(E.LIMIT, E.m());
class F { static LIMIT = 500; }
function configure(cls) { Object.assign(cls, { LIMIT: 7 }); }
configure(F);
console.log(F.LIMIT);
class G { static LIMIT = 500; static m() { return 'orig'; } }
function set(o, k, v) { o[k] = v; }
set(G, 'LIMIT', 7); set(G, 'm', () => 'replaced');
console.log(G.LIMIT, G.m());
class H { static X = 1; static get() { return H.X; } }
console.log(H.get(), new H() instanceof H, typeof H);

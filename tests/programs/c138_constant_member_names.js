// Computed class member names from file-level constants (and templates without
// substitutions): methods, getters and static methods named by them.
const KEY = 'dyn';
const ALIAS = KEY;
const N = 2;
const T = `tmpl`;
class C {
  [KEY]() { return 1; }
  get [T]() { return 'got'; }
  static [N]() { return 'two'; }
}
const c = new C();
console.log(c.dyn(), c.tmpl, C[2](), C['2']());
const o = { [KEY]: 1, [N]: 'n' };
console.log(o, o.dyn);

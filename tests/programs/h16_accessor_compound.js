// Accessors under compound assignment (+=, ++), a static factory that writes through a setter, dynamic-key writes to an accessor.
class Temp {
  constructor(c) { this._c = c; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  static fromF(f) { const t = new Temp(0); t.f = f; return t; }
}
const ts = [new Temp(100), Temp.fromF(212), Temp.fromF(-40)];
ts[0].f += 18;
ts[1].f++;
console.log(ts.map(t => [t._c.toFixed(3), t.f.toFixed(1)]), ts[2]);
const k = "f";
ts[2][k] = 50;
console.log(ts[2][k], ts[2]._c, Object.keys(ts[2]), JSON.stringify(ts));

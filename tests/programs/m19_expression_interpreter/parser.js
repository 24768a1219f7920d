const { lex } = require("./lexer");
class Node { eval(env) { throw new Error("abstract"); } }
class Num extends Node { constructor(v) { super(); this.v = v; } eval() { return this.v; } show() { return String(this.v); } }
class Var extends Node {
  constructor(name) { super(); this.name = name; }
  eval(env) { if (!env.has(this.name)) throw new ReferenceError(`unbound ${this.name}`); return env.get(this.name); }
  show() { return this.name; }
}
class Bin extends Node {
  constructor(op, l, r) { super(); this.op = op; this.l = l; this.r = r; }
  eval(env) {
    const a = this.l.eval(env), b = this.r.eval(env);
    switch (this.op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": if (b === 0) throw new RangeError("division by zero"); return a / b;
      case "^": return a ** b;
    }
    throw new Error("bad op " + this.op);
  }
  show() { return `(${this.l.show()} ${this.op} ${this.r.show()})`; }
}
class Call extends Node {
  constructor(fn, args) { super(); this.fn = fn; this.args = args; }
  eval(env) {
    const f = FUNCS[this.fn];
    if (f === undefined) throw new TypeError(`no function ${this.fn}`);
    return f(...this.args.map((a) => a.eval(env)));
  }
  show() { return `${this.fn}(${this.args.map((a) => a.show()).join(", ")})`; }
}
const FUNCS = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: (x) => (x < 0 ? -x : x), hyp: (a, b) => Math.sqrt(a * a + b * b) };
const PREC = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 3 };
function parse(src) {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];
  function primary() {
    const t = next();
    if (t.kind === "num") return new Num(parseFloat(t.text));
    if (t.kind === "id") {
      if (peek().text === "(") {
        next();
        const args = [];
        if (peek().text !== ")") {
          do { args.push(expr(0)); } while (peek().text === "," && next());
        }
        if (next().text !== ")") throw new SyntaxError("expected )");
        return new Call(t.text, args);
      }
      return new Var(t.text);
    }
    if (t.text === "(") { const e = expr(0); if (next().text !== ")") throw new SyntaxError("expected )"); return e; }
    if (t.text === "-") return new Bin("-", new Num(0), primary());
    throw new SyntaxError(`unexpected ${t}`);
  }
  function expr(minPrec) {
    let left = primary();
    for (;;) {
      const t = peek();
      const prec = t.kind === "op" ? PREC[t.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      next();
      const right = expr(t.text === "^" ? prec : prec + 1);
      left = new Bin(t.text, left, right);
    }
  }
  const e = expr(0);
  if (peek().kind !== "eof") throw new SyntaxError(`trailing ${peek()}`);
  return e;
}
module.exports = { parse };

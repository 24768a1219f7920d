"use strict";
class Token { constructor(type, value, pos) { this.type = type; this.value = value; this.pos = pos; } }
class Lexer {
  constructor(src) { this.src = src; this.i = 0; }
  isDigit(c) { return c >= "0" && c <= "9"; }
  next() {
    while (this.i < this.src.length && " \t\n".indexOf(this.src[this.i]) >= 0) this.i++;
    if (this.i >= this.src.length) return new Token("eof", null, this.i);
    const c = this.src[this.i], start = this.i;
    if (this.isDigit(c) || c === ".") {
      while (this.i < this.src.length && (this.isDigit(this.src[this.i]) || this.src[this.i] === ".")) this.i++;
      return new Token("num", parseFloat(this.src.slice(start, this.i)), start);
    }
    if (/* ident */ (c >= "a" && c <= "z") || c === "_") {

      let j = this.i; while (j < this.src.length && ((this.src[j] >= "a" && this.src[j] <= "z") || this.src[j] === "_")) j++;
      this.i = j; return new Token("id", this.src.substring(start, j), start);
    }
    this.i++;
    if ("+-*/()^,=".includes(c)) return new Token("op", c, start);
    throw new SyntaxError(`unexpected '${c}' at ${start}`);
  }
}
class Parser {
  constructor(src) { this.lex = new Lexer(src); this.tok = this.lex.next(); this.vars = { pi: Math.PI, e: Math.E }; }
  eat(v) { if (this.tok.value !== v) throw new SyntaxError(`expected ${v} at ${this.tok.pos}, got ${this.tok.value}`); this.tok = this.lex.next(); }
  primary() {
    const t = this.tok;
    if (t.type === "num") { this.tok = this.lex.next(); return t.value; }
    if (t.type === "id") {
      this.tok = this.lex.next();
      if (this.tok.value === "(") { this.eat("("); const args = [this.expr()]; while (this.tok.value === ",") { this.eat(","); args.push(this.expr()); } this.eat(")"); return this.call(t.value, args); }
      if (!(t.value in this.vars)) throw new ReferenceError(`${t.value} is not defined`);
      return this.vars[t.value];
    }
    if (t.value === "(") { this.eat("("); const v = this.expr(); this.eat(")"); return v; }
    if (t.value === "-") { this.eat("-"); return -this.primary(); }
    throw new SyntaxError(`unexpected ${t.type} ${t.value}`);
  }
  call(name, args) {
    switch (name) {
      case "max": return Math.max(...args);
      case "min": return Math.min(...args);
      case "sqrt": return Math.sqrt(args[0]);
      case "sum": return args.reduce((a, b) => a + b, 0);
      default: throw new TypeError(`unknown function ${name}`);
    }
  }
  power() { let b = this.primary(); if (this.tok.value === "^") { this.eat("^"); return b ** this.power(); } return b; }
  term() { let v = this.power(); while (this.tok.value === "*" || this.tok.value === "/") { const op = this.tok.value; this.eat(op); v = op === "*" ? v * this.power() : v / this.power(); } return v; }
  expr() { let v = this.term(); while (this.tok.value === "+" || this.tok.value === "-") { const op = this.tok.value; this.eat(op); v = op === "+" ? v + this.term() : v - this.term(); } return v; }
}
module.exports = function evaluate(src) { const p = new Parser(src); const v = p.expr(); if (p.tok.type !== "eof") throw new SyntaxError("trailing input at " + p.tok.pos); return v; };

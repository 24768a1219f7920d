// Checks a recursive descent expression evaluator with variables; ends with an uncaught custom ParseError (exit 1).
class ParseError extends Error {
  constructor(message, pos) {
    super(message + " at position " + pos);
    this.name = "ParseError";
    this.pos = pos;
  }
}

class Parser {
  constructor(src, vars) {
    this.src = src;
    this.pos = 0;
    this.vars = vars;
  }
  peek() {
    while (this.src[this.pos] === " ") this.pos++;
    return this.pos < this.src.length ? this.src[this.pos] : "";
  }
  expect(ch) {
    if (this.peek() !== ch) throw new ParseError("expected '" + ch + "' but found '" + this.peek() + "'", this.pos);
    this.pos++;
  }
  parse() {
    const v = this.expr();
    if (this.peek() !== "") throw new ParseError("unexpected '" + this.peek() + "'", this.pos);
    return v;
  }
  expr() {
    let v = this.term();
    for (;;) {
      const c = this.peek();
      if (c === "+") { this.pos++; v += this.term(); }
      else if (c === "-") { this.pos++; v -= this.term(); }
      else return v;
    }
  }
  term() {
    let v = this.power();
    for (;;) {
      const c = this.peek();
      if (c === "*") { this.pos++; v *= this.power(); }
      else if (c === "/") {
        this.pos++;
        const at = this.pos;
        const d = this.power();
        if (d === 0) throw new ParseError("division by zero", at);
        v /= d;
      } else if (c === "%") { this.pos++; v %= this.power(); }
      else return v;
    }
  }
  power() {
    const base = this.unary();
    if (this.peek() === "^") {
      this.pos++;
      return Math.pow(base, this.power());
    }
    return base;
  }
  unary() {
    if (this.peek() === "-") { this.pos++; return -this.unary(); }
    return this.primary();
  }
  primary() {
    const c = this.peek();
    if (c === "(") {
      this.pos++;
      const v = this.expr();
      this.expect(")");
      return v;
    }
    const start = this.pos;
    if (c >= "0" && c <= "9") {
      while ((this.src[this.pos] >= "0" && this.src[this.pos] <= "9") || this.src[this.pos] === ".") this.pos++;
      return parseFloat(this.src.slice(start, this.pos));
    }
    if (c >= "a" && c <= "z") {
      while (this.pos < this.src.length && this.src[this.pos] >= "a" && this.src[this.pos] <= "z") this.pos++;
      const name = this.src.slice(start, this.pos);
      if (!(name in this.vars)) throw new ParseError("unknown variable '" + name + "'", start);
      return this.vars[name];
    }
    throw new ParseError("unexpected " + (c === "" ? "end of input" : "'" + c + "'"), start);
  }
}

function evaluate(src, vars) {
  return new Parser(src, vars).parse();
}

const vars = { x: 3, y: 4, rate: 0.5 };
const cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y", "10 / 4 - rate", "17 % 5 * (y - -1)", "((((7))))", "2 * (3 + 4) * (5 - 1) / 7"];
for (const src of cases) {
  console.log(src.padEnd(26) + "= " + evaluate(src, vars));
}
const bad = ["1 + ", "(2 * 3", "4 / (2 - 2)", "z + 1", "3 3"];
for (const src of bad) {
  try {
    console.log("unexpected success: " + evaluate(src, vars));
  } catch (e) {
    console.log(src.padEnd(26) + "! " + e.name + ": " + e.message + " [pos " + e.pos + "]");
  }
}
console.log("final expression follows");
console.log("result: " + evaluate("x * (y + 2) / (rate - 0.5 * 1)", vars));
console.log("not reached");

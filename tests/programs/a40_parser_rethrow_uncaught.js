// Checks a recursive-descent arithmetic parser with error recovery; a final rethrown SyntaxError-like error is uncaught.
class ParseError extends Error {
  constructor(msg, pos) {
    super(msg + " at position " + pos);
    this.name = "ParseError";
    this.pos = pos;
  }
}
class Parser {
  constructor(src) {
    this.src = src;
    this.i = 0;
  }
  peek() {
    while (this.src[this.i] === " ") this.i++;
    return this.i < this.src.length ? this.src[this.i] : "";
  }
  expect(ch) {
    if (this.peek() !== ch) throw new ParseError("expected '" + ch + "' but found '" + this.peek() + "'", this.i);
    this.i++;
  }
  parseExpr() {
    let v = this.parseTerm();
    for (let c = this.peek(); c === "+" || c === "-"; c = this.peek()) {
      this.i++;
      const r = this.parseTerm();
      v = c === "+" ? v + r : v - r;
    }
    return v;
  }
  parseTerm() {
    let v = this.parseFactor();
    for (let c = this.peek(); c === "*" || c === "/" || c === "%"; c = this.peek()) {
      this.i++;
      const r = this.parseFactor();
      v = c === "*" ? v * r : c === "/" ? v / r : v % r;
    }
    return v;
  }
  parseFactor() {
    const c = this.peek();
    if (c === "-") {
      this.i++;
      return -this.parseFactor();
    }
    if (c === "(") {
      this.i++;
      const v = this.parseExpr();
      this.expect(")");
      return v;
    }
    let start = this.i;
    while (this.i < this.src.length && ((this.src[this.i] >= "0" && this.src[this.i] <= "9") || this.src[this.i] === ".")) this.i++;
    if (start === this.i) throw new ParseError("unexpected '" + c + "'", this.i);
    return parseFloat(this.src.substring(start, this.i));
  }
  parseAll() {
    const v = this.parseExpr();
    if (this.peek() !== "") throw new ParseError("trailing input '" + this.peek() + "'", this.i);
    return v;
  }
}
function evaluate(src) {
  try {
    return new Parser(src).parseAll();
  } catch (e) {
    if (e instanceof ParseError) {
      console.log("  parse error in [" + src + "]:", e.message);
    }
    throw e;
  }
}
const inputs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(-3) * -2", "0.1 + 0.2", "7 % 3 + 1 / 0", "2 * (3 + 4", "5 + * 2", "1 2", "-0 * 1"];
let ok = 0;
for (const s of inputs) {
  try {
    console.log(s, "=", evaluate(s));
    ok++;
  } catch (e) {
    console.log("  recovered:", e.name, "pos", e.pos);
  }
}
console.log("ok", ok, "of", inputs.length);
console.log("final expression is malformed and not caught:");
console.log(evaluate("(8 / 2) )"));
console.log("unreachable");

"use strict";
// A small Lisp: tokenizer by regular expression, reader, evaluator with closures.
function tokenize(src) {
  return src.replace(/;[^\n]*/g, "").replace(/([()'])/g, " $1 ").trim().split(/\s+/).filter(Boolean);
}
class Sym { constructor(name) { this.name = name; } toString() { return this.name; } }
const syms = new Map();
const sym = (n) => syms.get(n) || (syms.set(n, new Sym(n)), syms.get(n));
function read(tokens) {
  const t = tokens.shift();
  if (t === "(") { const list = []; while (tokens[0] !== ")") list.push(read(tokens)); tokens.shift(); return list; }
  if (t === "'") return [sym("quote"), read(tokens)];
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^".*"$/.test(t)) return t.slice(1, -1);
  return sym(t);
}
class Env {
  constructor(vars, outer) { this.vars = vars; this.outer = outer; }
  find(name) { if (this.vars.has(name)) return this; if (!this.outer) throw new ReferenceError("unbound " + name); return this.outer.find(name); }
}
const globalEnv = new Env(new Map(Object.entries({
  "+": (...a) => a.reduce((x, y) => x + y, 0), "*": (...a) => a.reduce((x, y) => x * y, 1),
  "-": (a, b) => (b === undefined ? -a : a - b), "<": (a, b) => a < b, "=": (a, b) => a === b,
  list: (...a) => a, car: (l) => l[0], cdr: (l) => l.slice(1), "null?": (l) => l.length === 0,
})), null);
function evaluate(x, env) {
  for (;;) {
    if (x instanceof Sym) return env.find(x.name).vars.get(x.name);
    if (!Array.isArray(x)) return x;
    const [op, ...args] = x;
    switch (op instanceof Sym ? op.name : "") {
      case "quote": return args[0];
      case "if": x = evaluate(args[0], env) !== false ? args[1] : args[2]; continue;
      case "define": env.vars.set(args[0].name, evaluate(args[1], env)); return undefined;
      case "lambda": {
        const params = args[0].map((p) => p.name), body = args[1];
        return (...vals) => evaluate(body, new Env(new Map(params.map((p, i) => [p, vals[i]])), env));
      }
      case "begin": args.slice(0, -1).forEach((a) => evaluate(a, env)); x = args[args.length - 1]; continue;
      default: {
        const f = evaluate(op, env);
        return f(...args.map((a) => evaluate(a, env)));
      }
    }
  }
}
const show = (v) => (Array.isArray(v) ? "(" + v.map(show).join(" ") + ")" : String(v));
const prog = `
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) ; factorial
(define map (lambda (f l) (if (null? l) '() (begin (define h (f (car l))) (cons2 h (map f (cdr l)))))))
(define cons2 (lambda (a l) (+ 0 0)))
(fact 10)
(list 1 2 (fact 5) "str" 'sym)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 20)
`;
const tokens = tokenize(prog);
const results = [];
while (tokens.length) results.push(show(evaluate(read(tokens), globalEnv)));
console.log(results.join(" | "));
try { evaluate(read(tokenize("(undefined-fn 1)")), globalEnv); } catch (e) { console.log(e.name + ": " + e.message); }

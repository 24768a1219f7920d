'use strict';
// Tiny interpreter: lexer -> parser (AST classes) -> evaluator, across modules.

const { parse, ParseError, Binary } = require('./parser');
const { LexError } = require('./lexer');
const { Evaluator, RuntimeError } = require('./evaluator');

const source = `
# numeric functions
def fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2);
def fact(n) = if n <= 1 then 1 else n * fact(n - 1);
def gcd(a, b) = if b == 0 then a else gcd(b, a % b);
def sumto(n, acc) = if n == 0 then acc else sumto(n - 1, acc + n);
def collatz(n, steps) = if n == 1 then steps else collatz(if n % 2 == 0 then n / 2 else 3 * n + 1, steps + 1);
def ack(m, n) = if m == 0 then n + 1 else if n == 0 then ack(m - 1, 1) else ack(m - 1, ack(m, n - 1));
def isprime(n, d) = if d * d > n then 1 else if n % d == 0 then 0 else isprime(n, d + 1);
def countprimes(n) = if n < 2 then 0 else isprime(n, 2) + countprimes(n - 1);
let x = 7;
let y = x * 6 - -2;
print y;
print fib(20);
print fact(10);
print gcd(1071, 462);
print sumto(500, 0);
print collatz(27, 0);
print ack(2, 3);
print countprimes(600);
print 1 + 2 * 3 - 4 / 8;
print (1 + 2) * (3 - 4) % 5;
print not (x > 3 and y < 10) or 0;
print max(abs(-17), sqrt(144)) + floor(7.75);
print 2.5 * 4;
`;

const out = [];
const program = parse(source);
console.log('statements', program.statements.length);
const ev = new Evaluator((v) => out.push(v));
ev.run(program);
for (const v of out) console.log(v);
console.log('calls', ev.calls, 'eval steps', ev.steps);

// Reuse the global environment across several snippets.
const snippets = [
  'let z = fib(10) + x; print z * 2;',
  'print undefinedName + 1;',
  'print 10 / (x - 7);',
  'print gcd(4);',
  'print x(3);',
  'let = 5;',
  'print (1 + 2;',
  'print 3 $ 4;',
  'print if 1 then 2;',
];
for (const s of snippets) {
  const results = [];
  const e = new Evaluator((v) => results.push(v));
  e.global = ev.global;
  try {
    e.run(parse(s));
    console.log('ok:', s, '->', results);
  } catch (err) {
    if (err instanceof ParseError || err instanceof LexError || err instanceof RuntimeError) {
      console.log(`${err.name}: ${err.message}`);
    } else {
      throw err;
    }
  }
}

// The AST is made of class instances that can be inspected directly.
const expr = parse('print 1 + 2 * 3;').statements[0].expr;
console.log(expr instanceof Binary, expr.op, expr.right.op, expr.right.left.value, expr.kind);

'use strict';
// Recursive-descent parser producing AST node class instances.

const { tokenize } = require('./lexer');

class Node {
  constructor(kind, pos) {
    this.kind = kind;
    this.pos = pos;
  }
}
class Num extends Node {
  constructor(value, pos) { super('num', pos); this.value = value; }
}
class Var extends Node {
  constructor(name, pos) { super('var', pos); this.name = name; }
}
class Binary extends Node {
  constructor(op, left, right, pos) { super('binary', pos); this.op = op; this.left = left; this.right = right; }
}
class Unary extends Node {
  constructor(op, operand, pos) { super('unary', pos); this.op = op; this.operand = operand; }
}
class Call extends Node {
  constructor(callee, args, pos) { super('call', pos); this.callee = callee; this.args = args; }
}
class If extends Node {
  constructor(cond, then, otherwise, pos) { super('if', pos); this.cond = cond; this.then = then; this.otherwise = otherwise; }
}
class Let extends Node {
  constructor(name, value, pos) { super('let', pos); this.name = name; this.value = value; }
}
class Def extends Node {
  constructor(name, params, body, pos) { super('def', pos); this.name = name; this.params = params; this.body = body; }
}
class Print extends Node {
  constructor(expr, pos) { super('print', pos); this.expr = expr; }
}
class Program extends Node {
  constructor(statements) { super('program', 0); this.statements = statements; }
}

class ParseError extends Error {
  constructor(message, token) {
    super(`${message} at ${token.pos} (got '${token.text}')`);
    this.name = 'ParseError';
  }
}

// Binary operator precedence, higher binds tighter.
const PRECEDENCE = { or: 1, and: 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

class Parser {
  constructor(src) {
    this.tokens = tokenize(src);
    this.i = 0;
  }
  peek() { return this.tokens[this.i]; }
  advance() { return this.tokens[this.i++]; }
  isOp(text) {
    const t = this.peek();
    return (t.type === 'op' || t.type === 'kw') && t.text === text;
  }
  expect(text) {
    if (!this.isOp(text)) throw new ParseError(`expected '${text}'`, this.peek());
    return this.advance();
  }
  ident() {
    const t = this.peek();
    if (t.type !== 'ident') throw new ParseError('expected a name', t);
    this.i++;
    return t.text;
  }

  program() {
    const stmts = [];
    while (this.peek().type !== 'eof') stmts.push(this.statement());
    return new Program(stmts);
  }

  statement() {
    const t = this.peek();
    let node;
    if (this.isOp('let')) {
      this.advance();
      const name = this.ident();
      this.expect('=');
      node = new Let(name, this.expression(0), t.pos);
    } else if (this.isOp('def')) {
      this.advance();
      const name = this.ident();
      this.expect('(');
      const params = [];
      if (!this.isOp(')')) {
        params.push(this.ident());
        while (this.isOp(',')) {
          this.advance();
          params.push(this.ident());
        }
      }
      this.expect(')');
      this.expect('=');
      node = new Def(name, params, this.expression(0), t.pos);
    } else if (this.isOp('print')) {
      this.advance();
      node = new Print(this.expression(0), t.pos);
    } else {
      node = new Print(this.expression(0), t.pos);
    }
    this.expect(';');
    return node;
  }

  // Precedence climbing.
  expression(minPrec) {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' && t.type !== 'kw') break;
      const prec = t.text in PRECEDENCE ? PRECEDENCE[t.text] : 0;
      if (prec === 0 || prec <= minPrec) break;
      this.advance();
      const right = this.expression(prec);
      left = new Binary(t.text, left, right, t.pos);
    }
    return left;
  }

  unary() {
    const t = this.peek();
    if (this.isOp('-') || this.isOp('not')) {
      this.advance();
      return new Unary(t.text, this.unary(), t.pos);
    }
    return this.primary();
  }

  primary() {
    const t = this.advance();
    if (t.type === 'num') return new Num(t.value, t.pos);
    if (t.type === 'ident') {
      if (this.isOp('(')) {
        this.advance();
        const args = [];
        if (!this.isOp(')')) {
          args.push(this.expression(0));
          while (this.isOp(',')) {
            this.advance();
            args.push(this.expression(0));
          }
        }
        this.expect(')');
        return new Call(t.text, args, t.pos);
      }
      return new Var(t.text, t.pos);
    }
    if (t.type === 'op' && t.text === '(') {
      const e = this.expression(0);
      this.expect(')');
      return e;
    }
    if (t.type === 'kw' && t.text === 'if') {
      const cond = this.expression(0);
      this.expect('then');
      const a = this.expression(0);
      this.expect('else');
      const b = this.expression(0);
      return new If(cond, a, b, t.pos);
    }
    throw new ParseError('unexpected token', t);
  }
}

function parse(src) {
  return new Parser(src).program();
}

module.exports = { parse, ParseError, Node, Num, Var, Binary, Unary, Call, If, Let, Def, Print, Program };

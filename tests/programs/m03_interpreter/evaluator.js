'use strict';
// Tree-walking evaluator over the AST classes from ./parser.

const ast = require('./parser');

class RuntimeError extends Error {
  constructor(message, node) {
    super(`${message} at ${node.pos}`);
    this.name = 'RuntimeError';
  }
}

class Env {
  constructor(parent) {
    this.vars = {};
    this.parent = parent;
  }
  lookup(name, node) {
    let e = this;
    while (e !== null) {
      if (name in e.vars) return e.vars[name];
      e = e.parent;
    }
    throw new RuntimeError(`undefined variable ${name}`, node);
  }
  define(name, value) { this.vars[name] = value; }
}

class UserFunction {
  constructor(def, closure) {
    this.def = def;
    this.closure = closure;
  }
}

const BUILTINS = {
  abs: (a) => Math.abs(a),
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
  floor: (a) => Math.floor(a),
  sqrt: (a) => Math.sqrt(a),
};

class Evaluator {
  constructor(output) {
    this.global = new Env(null);
    this.output = output;
    this.calls = 0;
    this.steps = 0;
  }

  run(program) {
    for (const stmt of program.statements) this.exec(stmt, this.global);
  }

  exec(stmt, env) {
    if (stmt instanceof ast.Let) {
      env.define(stmt.name, this.evaluate(stmt.value, env));
    } else if (stmt instanceof ast.Def) {
      env.define(stmt.name, new UserFunction(stmt, env));
    } else if (stmt instanceof ast.Print) {
      this.output(this.evaluate(stmt.expr, env));
    } else {
      throw new RuntimeError('not a statement', stmt);
    }
  }

  evaluate(node, env) {
    this.steps++;
    switch (node.kind) {
      case 'num': return node.value;
      case 'var': return env.lookup(node.name, node);
      case 'unary': {
        const v = this.evaluate(node.operand, env);
        return node.op === '-' ? -v : (v === 0 ? 1 : 0);
      }
      case 'binary': return this.binary(node, env);
      case 'if': return this.evaluate(node.cond, env) !== 0 ? this.evaluate(node.then, env) : this.evaluate(node.otherwise, env);
      case 'call': return this.call(node, env);
      default: throw new RuntimeError('unknown node ' + node.kind, node);
    }
  }

  binary(node, env) {
    if (node.op === 'and') return this.evaluate(node.left, env) !== 0 && this.evaluate(node.right, env) !== 0 ? 1 : 0;
    if (node.op === 'or') return this.evaluate(node.left, env) !== 0 || this.evaluate(node.right, env) !== 0 ? 1 : 0;
    const a = this.evaluate(node.left, env);
    const b = this.evaluate(node.right, env);
    switch (node.op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
        if (b === 0) throw new RuntimeError('division by zero', node);
        return a / b;
      case '%':
        if (b === 0) throw new RuntimeError('modulo by zero', node);
        return a % b;
      case '<': return a < b ? 1 : 0;
      case '>': return a > b ? 1 : 0;
      case '<=': return a <= b ? 1 : 0;
      case '>=': return a >= b ? 1 : 0;
      case '==': return a === b ? 1 : 0;
      case '!=': return a !== b ? 1 : 0;
      default: throw new RuntimeError('bad operator ' + node.op, node);
    }
  }

  call(node, env) {
    const args = node.args.map((a) => this.evaluate(a, env));
    let fn = null;
    try {
      fn = env.lookup(node.callee, node);
    } catch (e) {
      if (!(e instanceof RuntimeError) || !(node.callee in BUILTINS)) throw e;
      return BUILTINS[node.callee](...args);
    }
    if (!(fn instanceof UserFunction)) throw new RuntimeError(`${node.callee} is not a function`, node);
    const params = fn.def.params;
    if (params.length !== args.length) {
      throw new RuntimeError(`${node.callee} expects ${params.length} arguments, got ${args.length}`, node);
    }
    this.calls++;
    const local = new Env(fn.closure);
    for (let i = 0; i < params.length; i++) local.define(params[i], args[i]);
    return this.evaluate(fn.def.body, local);
  }
}

module.exports = { Evaluator, RuntimeError, Env };

// Checks a small bytecode virtual machine: an assembler with labels, a switch dispatch loop, an operand stack, calls and returns.
const OPS = ["PUSH", "ADD", "SUB", "MUL", "MOD", "LT", "DUP", "JMP", "JZ", "LOAD", "STORE", "CALL", "RET", "PRINT", "HALT"];
const OP = {};
OPS.forEach((name, i) => { OP[name] = i; });
const ARGS = { PUSH: 1, JMP: 1, JZ: 1, LOAD: 1, STORE: 1, CALL: 2 };

function assemble(src) {
  const code = [];
  const labels = {};
  const fixups = [];
  for (const line of src) {
    const parts = line.trim().split(" ");
    if (parts[0].endsWith(":")) { labels[parts[0].slice(0, -1)] = code.length; continue; }
    code.push(OP[parts[0]]);
    for (let i = 1; i < parts.length; i++) {
      const n = Number(parts[i]);
      if (isNaN(n)) { fixups.push(code.length); code.push(parts[i]); } else code.push(n);
    }
  }
  for (const at of fixups) code[at] = labels[code[at]];
  return { code: code, labels: labels };
}

class VM {
  constructor(code) { this.code = code; this.stack = []; this.frames = []; this.steps = 0; this.maxDepth = 0; this.out = []; }
  run(pc) {
    const code = this.code;
    const stack = this.stack;
    let locals = [];
    for (;;) {
      this.steps++;
      const op = code[pc++];
      switch (op) {
        case OP.PUSH: stack.push(code[pc++]); break;
        case OP.ADD: { const b = stack.pop(); stack.push(stack.pop() + b); break; }
        case OP.SUB: { const b = stack.pop(); stack.push(stack.pop() - b); break; }
        case OP.MUL: { const b = stack.pop(); stack.push(stack.pop() * b); break; }
        case OP.MOD: { const b = stack.pop(); stack.push(stack.pop() % b); break; }
        case OP.LT: { const b = stack.pop(); stack.push(stack.pop() < b ? 1 : 0); break; }
        case OP.DUP: stack.push(stack[stack.length - 1]); break;
        case OP.JMP: pc = code[pc]; break;
        case OP.JZ: { const t = code[pc++]; if (stack.pop() === 0) pc = t; break; }
        case OP.LOAD: stack.push(locals[code[pc++]]); break;
        case OP.STORE: locals[code[pc++]] = stack.pop(); break;
        case OP.CALL: {
          const target = code[pc++];
          const argc = code[pc++];
          const args = stack.splice(stack.length - argc, argc);
          this.frames.push({ ret: pc, locals: locals });
          if (this.frames.length > this.maxDepth) this.maxDepth = this.frames.length;
          locals = args;
          pc = target;
          break;
        }
        case OP.RET: { const f = this.frames.pop(); pc = f.ret; locals = f.locals; break; }
        case OP.PRINT: this.out.push(stack.pop()); break;
        case OP.HALT: return stack.length;
        default: throw new Error("bad opcode " + op + " at " + (pc - 1));
      }
    }
  }
}

const src = [
  "main:", "PUSH 1", "STORE 0",
  "loop1:", "LOAD 0", "PUSH 8", "LT", "JZ done1",
  "LOAD 0", "CALL fact 1", "PRINT",
  "LOAD 0", "PUSH 1", "ADD", "STORE 0", "JMP loop1",
  "done1:", "PUSH 15", "CALL fib 1", "PRINT",
  "PUSH 0", "STORE 1", "PUSH 0", "STORE 0",
  "loop2:", "LOAD 0", "PUSH 20", "LT", "JZ done2",
  "LOAD 0", "PUSH 2", "MOD", "JZ skip",
  "LOAD 1", "LOAD 0", "ADD", "STORE 1",
  "skip:", "LOAD 0", "PUSH 1", "ADD", "STORE 0", "JMP loop2",
  "done2:", "LOAD 1", "DUP", "PRINT", "HALT",
  "fact:", "LOAD 0", "PUSH 2", "LT", "JZ factrec", "PUSH 1", "RET",
  "factrec:", "LOAD 0", "LOAD 0", "PUSH 1", "SUB", "CALL fact 1", "MUL", "RET",
  "fib:", "LOAD 0", "PUSH 2", "LT", "JZ fibrec", "LOAD 0", "RET",
  "fibrec:", "LOAD 0", "PUSH 1", "SUB", "CALL fib 1", "LOAD 0", "PUSH 2", "SUB", "CALL fib 1", "ADD", "RET",
];

const prog = assemble(src);
console.log("code size: " + prog.code.length + ", labels: " + Object.keys(prog.labels).length);
console.log("fact at " + prog.labels.fact + ", fib at " + prog.labels.fib + ", loop2 at " + prog.labels.loop2);
const vm = new VM(prog.code);
const left = vm.run(prog.labels.main);
console.log("factorials: " + vm.out.slice(0, 7).join(" "));
console.log("fib(15): " + vm.out[7]);
console.log("sum of odds below 20: " + vm.out[8]);
console.log("stack left: " + left + ", steps: " + vm.steps + ", max depth: " + vm.maxDepth);

try {
  new VM([OP.PUSH, 1, 99]).run(0);
} catch (e) {
  console.log("error: " + e.message);
}
const tiny = new VM(assemble(["PUSH 6", "PUSH 7", "MUL", "PUSH 5", "SUB", "PRINT", "HALT"]).code);
tiny.run(0);
console.log("tiny: " + tiny.out[0] + " in " + tiny.steps + " steps");

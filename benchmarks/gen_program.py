"""Deterministic generator of realistic JavaScript programs for benchmarks.

`generate(lines, seed)` returns the text of a CommonJS script (no
import/export) of about `lines` lines. It is built from "chunks", each a small
self-contained module of related code whose top-level names all end in the
chunk's number, so no two declarations in one scope ever share a name:

* vector-like classes whose methods return `new Vec(...)`, static factories,
  and a class of bodies holding vectors;
* class hierarchies (extends + super, overrides, static fields);
* factory functions returning object literals, destructuring, and a few
  property additions after construction (`rec.extra = 1`);
* closures (functions returning arrow functions that capture locals);
* collections: a stack class, a linked list, arrays with
  push/map/filter/forEach/reduce/sort, string building;
* control flow: if/else chains, switch, try/catch/finally, while, do/while;
* rarely (a small fraction of chunks) dynamic patterns: writes with a
  variable key (`o[key] = v`), `delete o.x`, `for...in`;
* glue code calling into earlier chunks, so the program is one connected
  whole rather than isolated islands.

Every chunk defines `runN()` returning a number; the driver at the end calls
them all, folds the results into a checksum and prints it with console.log,
so `node program.js` exercises every chunk and fails loudly on any mistake.

Usage: python benchmarks/gen_program.py LINES [SEED] > program.js
"""
from __future__ import annotations

import random
import sys
from typing import Callable, List

__all__ = ["generate"]

# Chunk kinds and their relative weights. "dynamic" is deliberately rare.
_WEIGHTS = {
    "vec": 16,
    "hierarchy": 16,
    "factory": 15,
    "closure": 13,
    "collection": 13,
    "control": 13,
    "glue": 9,
    "dynamic": 5,
}

# Fewer remaining lines than this: finish with small helper chunks only.
_SMALL_CHUNK_THRESHOLD = 45
# A chunk may end the program at most this many lines past the target.
_OVERSHOOT = 8
# Driver lines besides one call line per chunk.
_DRIVER_FIXED_LINES = 14


class _Ctx:
    """State of one generation: output lines, random source and registries."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lines: List[str] = []
        self.runs: List[str] = []
        # Expressions (as functions of the rng) evaluating to a finite number
        # using code of earlier chunks; glue chunks combine them.
        self.uses: List[Callable[[random.Random], str]] = []

    def emit(self, text: str) -> None:
        self.lines.extend(text.strip("\n").split("\n"))
        self.lines.append("")

    # number literals -----------------------------------------------------
    def num(self, lo: float, hi: float) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        if v == int(v):
            return str(int(v))
        return repr(v)

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def _ind(lines: List[str], n: int) -> str:
    pad = "  " * n
    return "\n".join(pad + l if l else l for l in lines)


# ---------------------------------------------------------------- vectors ----

def _chunk_vec(c: _Ctx, i: int) -> None:
    dims = c.pick([2, 2, 3])
    comps = ["x", "y", "z"][:dims]
    cls = c.pick(["Vec", "Vector", "Point", "Coord"]) + str(i)
    body = c.pick(["Particle", "Body", "Agent", "Mover"]) + str(i)

    def ctor_args(fmt: str) -> str:
        return ", ".join(fmt.format(k=k) for k in comps)

    def lit() -> str:
        return ", ".join(c.num(-5, 5) for _ in comps)

    methods: List[str] = []
    methods.append(f"""static zero() {{
  return new {cls}({", ".join("0" for _ in comps)});
}}""")
    methods.append(f"""static fromArray(values) {{
  return new {cls}({", ".join(f"values[{n}]" for n in range(dims))});
}}""")
    methods.append(f"""add(other) {{
  return new {cls}({ctor_args("this.{k} + other.{k}")});
}}""")
    methods.append(f"""sub(other) {{
  return new {cls}({ctor_args("this.{k} - other.{k}")});
}}""")
    methods.append(f"""scale(factor) {{
  return new {cls}({ctor_args("this.{k} * factor")});
}}""")
    methods.append(f"""dot(other) {{
  return {" + ".join(f"this.{k} * other.{k}" for k in comps)};
}}""")
    methods.append("""length() {
  return Math.sqrt(this.dot(this));
}""")
    has_norm = c.chance(0.7)
    if has_norm:
        methods.append(f"""normalize() {{
  const len = this.length();
  if (len === 0) {{
    return {cls}.zero();
  }}
  return this.scale(1 / len);
}}""")
    if c.chance(0.6):
        methods.append("""distanceTo(other) {
  return this.sub(other).length();
}""")
    if c.chance(0.5):
        methods.append("""lerp(other, t) {
  return this.add(other.sub(this).scale(t));
}""")
    if dims == 3 and c.chance(0.6):
        methods.append(f"""cross(other) {{
  return new {cls}(
    this.y * other.z - this.z * other.y,
    this.z * other.x - this.x * other.z,
    this.x * other.y - this.y * other.x
  );
}}""")
    if c.chance(0.5):
        methods.append(f"""equals(other) {{
  return {" && ".join(f"this.{k} === other.{k}" for k in comps)};
}}""")
    if c.chance(0.6):
        parts = ' + ", " + '.join(f"this.{k}.toFixed(2)" for k in comps)
        methods.append(f"""toString() {{
  return "(" + {parts} + ")";
}}""")
    if c.chance(0.4):
        methods.append(f"""clone() {{
  return new {cls}({ctor_args("this.{k}")});
}}""")
    counted = c.chance(0.4)
    ctor = [f"constructor({', '.join(comps)}) {{"]
    ctor += [f"  this.{k} = {k};" for k in comps]
    if counted:
        ctor.append(f"  {cls}.created += 1;")
    ctor.append("}")
    members = (["static created = 0;", ""] if counted else []) + ctor
    for m in methods:
        members.append("")
        members.extend(m.split("\n"))
    c.emit(f"class {cls} {{\n{_ind(members, 1)}\n}}")

    bounce = c.chance(0.5)
    limit = c.int(5, 20)
    extra = []
    if bounce:
        extra = f"""

  bounce(limit) {{
    if (this.pos.length() > limit) {{
      this.vel = this.vel.scale(-1);
      this.bounces += 1;
    }} else {{
      this.vel = this.vel.scale(0.99);
    }}
    return this.bounces;
  }}""".split("\n")
    c.emit(f"""class {body} {{
  constructor(pos, vel, mass) {{
    this.pos = pos;
    this.vel = vel;
    this.mass = mass;
    this.age = 0;{chr(10) + "    this.bounces = 0;" if bounce else ""}
  }}

  step(dt) {{
    this.pos = this.pos.add(this.vel.scale(dt));
    this.age += dt;
    return this;
  }}

  energy() {{
    return 0.5 * this.mass * this.vel.dot(this.vel);
  }}{_ind(extra, 0)}
}}""")

    c.emit(f"""function centroid{i}(points) {{
  let sum = {cls}.zero();
  points.forEach((pt) => {{
    sum = sum.add(pt);
  }});
  return sum.scale(1 / Math.max(points.length, 1));
}}""")

    n = c.int(3, 8)
    arr = ", ".join(c.num(-3, 3) for _ in comps)
    run = [f"const a = new {cls}({lit()});",
           f"const b = {cls}.fromArray([{arr}]);",
           "const points = [];",
           f"for (let k = 0; k < {n}; k++) {{",
           f"  points.push(new {cls}({', '.join(f'k * {c.num(0.1, 2)} + {c.num(0, 3)}' for _ in comps)}));",
           "}",
           f"const center = centroid{i}(points);",
           f"const bodies = points.map((pt, idx) => new {body}(pt, a.scale(0.1 * idx), 1 + idx));",
           "let energy = 0;",
           "for (const item of bodies) {",
           f"  item.step({c.num(0.01, 0.5)});",
           ]
    if bounce:
        run.append(f"  item.bounce({limit});")
    run += ["  energy += item.energy();", "}"]
    result = "a.dot(b) + center.length() + energy"
    if has_norm:
        run.append("const unit = a.add(b).normalize();")
        result += " + unit.length()"
    if c.chance(0.35):
        # property added after construction
        run.append(f'bodies[0].label = "lead{i}";')
        result += " + bodies[0].label.length"
    run.append(f"return {result};")
    c.emit(f"function run{i}() {{\n{_ind(run, 1)}\n}}")
    c.runs.append(f"run{i}")
    c.uses.append(lambda r, cls=cls, dims=dims: (
        f"new {cls}({', '.join(str(r.randint(-4, 4)) for _ in range(dims))})"
        f".add({cls}.zero()).length()"))
    c.uses.append(lambda r, cls=cls, i=i, dims=dims: (
        f"centroid{i}([new {cls}({', '.join(['1'] * dims)}), {cls}.zero()]).length()"))


# -------------------------------------------------------------- hierarchies --

def _hier_shapes(c: _Ctx, i: int) -> None:
    tri = c.chance(0.6)
    sq = c.chance(0.6)
    c.emit(f"""class Shape{i} {{
  static created = 0;

  constructor(name) {{
    this.name = name;
    this.id = Shape{i}.created;
    Shape{i}.created += 1;
  }}

  area() {{
    return 0;
  }}

  perimeter() {{
    return 0;
  }}

  describe() {{
    return this.name + "#" + this.id + " area=" + this.area().toFixed(2);
  }}
}}""")
    c.emit(f"""class Circle{i} extends Shape{i} {{
  constructor(radius) {{
    super("circle");
    this.radius = radius;
  }}

  area() {{
    return Math.PI * this.radius * this.radius;
  }}

  perimeter() {{
    return 2 * Math.PI * this.radius;
  }}
}}""")
    c.emit(f"""class Rect{i} extends Shape{i} {{
  constructor(width, height) {{
    super("rect");
    this.width = width;
    this.height = height;
  }}

  area() {{
    return this.width * this.height;
  }}

  perimeter() {{
    return 2 * (this.width + this.height);
  }}
}}""")
    shapes = [f"new Circle{i}({c.num(0.5, 4)})", f"new Rect{i}({c.num(1, 6)}, {c.num(1, 6)})"]
    if sq:
        c.emit(f"""class Square{i} extends Rect{i} {{
  constructor(side) {{
    super(side, side);
    this.name = "square";
  }}

  describe() {{
    return "[" + super.describe() + "]";
  }}
}}""")
        shapes.append(f"new Square{i}({c.num(1, 5)})")
    if tri:
        c.emit(f"""class Triangle{i} extends Shape{i} {{
  constructor(a, b, c) {{
    super("triangle");
    this.a = a;
    this.b = b;
    this.c = c;
  }}

  perimeter() {{
    return this.a + this.b + this.c;
  }}

  area() {{
    const s = this.perimeter() / 2;
    return Math.sqrt(Math.max(0, s * (s - this.a) * (s - this.b) * (s - this.c)));
  }}
}}""")
        shapes.append(f"new Triangle{i}(3, 4, {c.int(2, 6)})")
    c.rng.shuffle(shapes)
    c.emit(f"""function totalArea{i}(shapes) {{
  return shapes.reduce((acc, shape) => acc + shape.area(), 0);
}}""")
    c.emit(f"""function run{i}() {{
  const shapes = [
{_ind([s + "," for s in shapes], 2)}
  ];
  let text = "";
  for (let k = 0; k < shapes.length; k++) {{
    text += shapes[k].describe() + ";";
  }}
  const largest = shapes.reduce((best, shape) => (shape.area() > best.area() ? shape : best), shapes[0]);
  return totalArea{i}(shapes) + text.length + largest.perimeter();
}}""")
    c.uses.append(lambda r, i=i: f"new Circle{i}({r.randint(1, 5)}).area()")
    c.uses.append(lambda r, i=i: f"totalArea{i}([new Rect{i}({r.randint(1, 5)}, 2), new Circle{i}(1)])")


def _hier_accounts(c: _Ctx, i: int) -> None:
    c.emit(f"""class Account{i} {{
  static opened = 0;

  constructor(owner, balance) {{
    this.owner = owner;
    this.balance = balance;
    this.history = [];
    Account{i}.opened += 1;
  }}

  deposit(amount) {{
    if (amount <= 0) {{
      throw new RangeError("invalid amount " + amount);
    }}
    this.balance += amount;
    this.history.push(amount);
    return this.balance;
  }}

  withdraw(amount) {{
    if (amount > this.balance) {{
      throw new Error("insufficient funds");
    }}
    this.balance -= amount;
    this.history.push(-amount);
    return this.balance;
  }}

  summary() {{
    return `${{this.owner}}: ${{this.balance.toFixed(2)}}`;
  }}
}}""")
    c.emit(f"""class Savings{i} extends Account{i} {{
  constructor(owner, balance, rate) {{
    super(owner, balance);
    this.rate = rate;
  }}

  addInterest() {{
    const interest = this.balance * this.rate;
    this.deposit(interest);
    return interest;
  }}
}}""")
    c.emit(f"""class Checking{i} extends Account{i} {{
  constructor(owner, balance, fee) {{
    super(owner, balance);
    this.fee = fee;
  }}

  withdraw(amount) {{
    return super.withdraw(amount + this.fee);
  }}
}}""")
    c.emit(f"""function transfer{i}(from, to, amount) {{
  try {{
    from.withdraw(amount);
    to.deposit(amount);
    return true;
  }} catch (err) {{
    return false;
  }}
}}""")
    c.emit(f"""function run{i}() {{
  const saver = new Savings{i}("ana", {c.int(50, 500)}, {c.num(0.01, 0.1)});
  const checker = new Checking{i}("bo", {c.int(20, 200)}, {c.num(0.5, 3)});
  let ok = 0;
  for (let k = 0; k < {c.int(3, 8)}; k++) {{
    if (transfer{i}(checker, saver, {c.int(3, 20)} * k)) {{
      ok += 1;
    }}
  }}
  saver.addInterest();
  const summaries = [saver, checker].map((acct) => acct.summary()).join("|");
  const {{ balance, history }} = saver;
  return balance + history.length + ok + summaries.length + Account{i}.opened;
}}""")
    c.uses.append(lambda r, i=i: f"new Savings{i}(\"g\", {r.randint(10, 99)}, 0.1).addInterest()")


def _hier_staff(c: _Ctx, i: int) -> None:
    c.emit(f"""class Employee{i} {{
  constructor(name, salary) {{
    this.name = name;
    this.salary = salary;
  }}

  pay() {{
    return this.salary / 12;
  }}

  title() {{
    return "employee";
  }}

  badge() {{
    return this.title() + ":" + this.name;
  }}
}}""")
    c.emit(f"""class Manager{i} extends Employee{i} {{
  constructor(name, salary) {{
    super(name, salary);
    this.reports = [];
  }}

  addReport(member) {{
    this.reports.push(member);
    return this;
  }}

  pay() {{
    return super.pay() + this.reports.length * {c.int(20, 90)};
  }}

  title() {{
    return "manager";
  }}
}}""")
    c.emit(f"""class Engineer{i} extends Employee{i} {{
  constructor(name, salary, level) {{
    super(name, salary);
    this.level = level;
  }}

  pay() {{
    return super.pay() * (1 + this.level / 10);
  }}

  title() {{
    return "engineer L" + this.level;
  }}
}}""")
    c.emit(f"""function payroll{i}(staff) {{
  let total = 0;
  staff.forEach((member) => {{
    total += member.pay();
  }});
  return total;
}}""")
    c.emit(f"""function run{i}() {{
  const boss = new Manager{i}("kim", {c.int(90, 150) * 1000});
  const team = [];
  for (let k = 0; k < {c.int(2, 6)}; k++) {{
    const eng = new Engineer{i}("e" + k, {c.int(50, 90) * 1000} + k * 1000, 1 + (k % 4));
    boss.addReport(eng);
    team.push(eng);
  }}
  const everyone = [boss, ...team];
  const badges = everyone.map((member) => member.badge());
  return payroll{i}(everyone) + badges.join(",").length;
}}""")
    c.uses.append(lambda r, i=i: f"new Engineer{i}(\"g\", {r.randint(1, 9) * 1000}, 2).pay()")


def _chunk_hierarchy(c: _Ctx, i: int) -> None:
    c.pick([_hier_shapes, _hier_accounts, _hier_staff])(c, i)
    c.runs.append(f"run{i}")


# ---------------------------------------------------------------- factories --

def _chunk_factory(c: _Ctx, i: int) -> None:
    rec = c.pick(["Record", "Entry", "Item", "Row"])
    thresh = c.int(5, 20)
    c.emit(f"""function make{rec}{i}(name, score) {{
  return {{ name: name, score: score, tags: [], active: score > {thresh} }};
}}""")
    c.emit(f"""function makeRange{i}(lo, hi) {{
  return {{
    lo,
    hi,
    width() {{
      return this.hi - this.lo;
    }},
    contains(value) {{
      return value >= this.lo && value <= this.hi;
    }},
  }};
}}""")
    nested = c.chance(0.5)
    if nested:
        c.emit(f"""function makeConfig{i}(width, height) {{
  return {{
    size: {{ width: width, height: height }},
    colors: ["red", "green"],
    scale: 1,
  }};
}}""")
    c.emit(f"""function tag{i}(item, label) {{
  item.tags.push(label);
  return item;
}}""")
    c.emit(f"""function describe{i}(item) {{
  const {{ name, score, tags }} = item;
  return `${{name}}(${{score}})[${{tags.join(",")}}]`;
}}""")
    lo = c.int(0, 10)
    run = [
        "const records = [];",
        f"for (let k = 0; k < {c.int(4, 9)}; k++) {{",
        f'  records.push(make{rec}{i}("item" + k, k * {c.int(2, 7)}));',
        "}",
        "records.forEach((item, idx) => {",
        "  if (idx % 2 === 0) {",
        f'    tag{i}(item, "even");',
        "  } else {",
        f'    tag{i}(item, "odd");',
        "  }",
        "});",
        f"const range = makeRange{i}({lo}, {lo + c.int(5, 30)});",
        "const inRange = records.filter((item) => range.contains(item.score));",
        "const first = records[0];",
    ]
    result = "texts.join(\";\").length + rest.length + head.score + second.score + (hi - lo) + range.width()"
    if c.chance(0.5):
        run.append("first.extra = 1;")
        result += " + first.extra"
    if c.chance(0.3):
        run.append('first.note = "first";')
        result += " + first.note.length"
    run += [
        "const [head, second, ...rest] = records;",
        "const { lo, hi } = range;",
        f"const texts = inRange.map(describe{i});",
    ]
    if nested:
        run += [f"const config = makeConfig{i}({c.int(10, 90)}, {c.int(10, 90)});",
                "config.scale = config.size.width / config.size.height;",
                "const { size: { width }, colors: [mainColor] } = config;"]
        result += " + width + mainColor.length + config.scale"
    run.append(f"return {result};")
    c.emit(f"function run{i}() {{\n{_ind(run, 1)}\n}}")
    c.runs.append(f"run{i}")
    c.uses.append(lambda r, i=i, rec=rec: f"make{rec}{i}(\"g\", {r.randint(1, 40)}).score")
    c.uses.append(lambda r, i=i: f"makeRange{i}({r.randint(0, 5)}, {r.randint(6, 20)}).width()")


# ----------------------------------------------------------------- closures --

def _chunk_closure(c: _Ctx, i: int) -> None:
    c.emit(f"""function makeCounter{i}(start) {{
  let count = start;
  return () => {{
    count += 1;
    return count;
  }};
}}""")
    c.emit(f"""function makeAdder{i}(amount) {{
  const base = amount * 2;
  return (value) => value + base;
}}""")
    c.emit(f"""function compose{i}(f, g) {{
  return (x) => f(g(x));
}}""")
    memo = c.chance(0.6)
    if memo:
        c.emit(f"""function memoize{i}(fn) {{
  const cache = new Map();
  return (n) => {{
    if (cache.has(n)) {{
      return cache.get(n);
    }}
    const result = fn(n);
    cache.set(n, result);
    return result;
  }};
}}""")
    c.emit(f"""function makeStore{i}() {{
  const items = [];
  return {{
    add: (value) => {{
      items.push(value);
      return items.length;
    }},
    total: () => items.reduce((a, b) => a + b, 0),
    clear() {{
      items.length = 0;
    }},
  }};
}}""")
    once = c.chance(0.4)
    if once:
        c.emit(f"""function once{i}(fn) {{
  let called = false;
  let value = 0;
  return function (arg) {{
    if (!called) {{
      called = true;
      value = fn(arg);
    }}
    return value;
  }};
}}""")
    square = f"memoize{i}((n) => n * n)" if memo else "(n) => n * n"
    run = [
        f"const next = makeCounter{i}({c.int(0, 10)});",
        f"const addK = makeAdder{i}({c.int(1, 9)});",
        f"const both = compose{i}(addK, (v) => v * {c.int(2, 5)});",
        f"const square = {square};",
        f"const store = makeStore{i}();",
        "let acc = 0;",
        f"for (let k = 0; k < {c.int(3, 10)}; k++) {{",
        "  acc += both(next());",
        "  store.add(square(k % 4));",
        "}",
        "const handlers = [];",
        f"for (let j = 0; j < {c.int(2, 5)}; j++) {{",
        "  handlers.push(() => j * addK(1));",
        "}",
        "acc += handlers.map((h) => h()).reduce((a, b) => a + b, 0);",
        "const sum = store.total();",
    ]
    if once:
        run += [f"const init = once{i}((v) => v + {c.int(1, 50)});",
                "acc += init(1) + init(2);"]
    run += ["store.clear();", "return acc + sum + store.total();"]
    c.emit(f"function run{i}() {{\n{_ind(run, 1)}\n}}")
    c.runs.append(f"run{i}")
    c.uses.append(lambda r, i=i: f"makeAdder{i}({r.randint(1, 9)})({r.randint(1, 9)})")
    c.uses.append(lambda r, i=i: f"makeCounter{i}({r.randint(0, 9)})()")


# -------------------------------------------------------------- collections --

def _chunk_collection(c: _Ctx, i: int) -> None:
    c.emit(f"""class Stack{i} {{
  constructor() {{
    this.items = [];
    this.size = 0;
  }}

  push(value) {{
    this.items.push(value);
    this.size += 1;
    return this;
  }}

  pop() {{
    if (this.size === 0) {{
      return undefined;
    }}
    this.size -= 1;
    return this.items.pop();
  }}

  peek() {{
    return this.size > 0 ? this.items[this.size - 1] : undefined;
  }}

  isEmpty() {{
    return this.size === 0;
  }}
}}""")
    c.emit(f"""class ListNode{i} {{
  constructor(value, next) {{
    this.value = value;
    this.next = next;
  }}
}}""")
    c.emit(f"""function buildList{i}(values) {{
  let head = null;
  for (let k = values.length - 1; k >= 0; k--) {{
    head = new ListNode{i}(values[k], head);
  }}
  return head;
}}""")
    c.emit(f"""function sumList{i}(node) {{
  let total = 0;
  let cur = node;
  while (cur !== null) {{
    total += cur.value;
    cur = cur.next;
  }}
  return total;
}}""")
    c.emit(f"""function formatTable{i}(rows) {{
  let out = "";
  for (const row of rows) {{
    out += row.join(" | ") + "\\n";
  }}
  return out;
}}""")
    vals = ", ".join(str(c.int(1, 30)) for _ in range(c.int(3, 7)))
    c.emit(f"""function run{i}() {{
  const stack = new Stack{i}();
  [{vals}].forEach((v) => stack.push(v));
  const top = stack.peek();
  const doubled = stack.items.map((v) => v * 2);
  const evens = doubled.filter((v) => v % 4 === 0);
  let popped = 0;
  while (!stack.isEmpty()) {{
    popped += stack.pop();
  }}
  const list = buildList{i}(doubled);
  const rows = doubled.map((v, idx) => [String(idx), v.toFixed(1)]);
  const table = formatTable{i}(rows);
  const sorted = doubled.slice().sort((a, b) => b - a);
  return top + popped + sumList{i}(list) + table.length + evens.length + sorted[0];
}}""")
    c.runs.append(f"run{i}")
    c.uses.append(lambda r, i=i: f"sumList{i}(buildList{i}([{r.randint(1, 9)}, {r.randint(1, 9)}, 3]))")
    c.uses.append(lambda r, i=i: f"new Stack{i}().push({r.randint(1, 9)}).push(2).size")


# ------------------------------------------------------------- control flow --

def _chunk_control(c: _Ctx, i: int) -> None:
    t = c.int(5, 40)
    c.emit(f"let calls{i} = 0;")
    c.emit(f"""function classify{i}(n) {{
  if (n < 0) {{
    return "negative";
  }} else if (n === 0) {{
    return "zero";
  }} else if (n < {t}) {{
    return "small";
  }} else {{
    return "large";
  }}
}}""")
    c.emit(f"""function apply{i}(op, a, b) {{
  switch (op) {{
    case "add":
      return a + b;
    case "sub":
      return a - b;
    case "mul":
      return a * b;
    case "div":
      if (b === 0) {{
        throw new Error("division by zero");
      }}
      return a / b;
    default:
      return 0;
  }}
}}""")
    c.emit(f"""function safeApply{i}(op, a, b) {{
  try {{
    return apply{i}(op, a, b);
  }} catch (err) {{
    return err.message.length;
  }} finally {{
    calls{i} += 1;
  }}
}}""")
    limit = c.int(5, 30)
    c.emit(f"""class Machine{i} {{
  constructor() {{
    this.state = "idle";
    this.ticks = 0;
  }}

  step(input) {{
    switch (this.state) {{
      case "idle":
        if (input > 0) {{
          this.state = "running";
        }}
        break;
      case "running":
        this.ticks += input;
        if (this.ticks > {limit}) {{
          this.state = "done";
        }}
        break;
      case "done":
        break;
      default:
        throw new Error("bad state " + this.state);
    }}
    return this.state;
  }}
}}""")
    loops = c.chance(0.6)
    if loops:
        c.emit(f"""function scan{i}(n) {{
  let total = 0;
  let k = 0;
  while (k < n) {{
    if (k % 3 === 0) {{
      k += 1;
      continue;
    }}
    total += k;
    k += 1;
  }}
  for (let j = n; j > 0; j -= 2) {{
    total += j;
    if (total > {c.int(100, 900)}) {{
      break;
    }}
  }}
  return total;
}}""")
    run = [
        'const ops = ["add", "sub", "mul", "div"];',
        "let total = 0;",
        f"for (let k = 0; k < {c.int(4, 12)}; k++) {{",
        "  const op = ops[k % ops.length];",
        f"  total += safeApply{i}(op, k, k % 3);",
        f"  const kind = classify{i}(total - {c.int(0, 20)});",
        '  if (kind === "large") {',
        "    total = total / 2;",
        '  } else if (kind === "negative") {',
        "    total = -total;",
        "  }",
        "}",
        f"const machine = new Machine{i}();",
        "let steps = 0;",
        "do {",
        "  machine.step(steps);",
        "  steps += 1;",
        '} while (machine.state !== "done" && steps < 50);',
    ]
    result = f"total + steps + calls{i} + machine.ticks"
    if loops:
        run.append(f"const scanned = scan{i}({c.int(5, 30)});")
        result += " + scanned"
    run.append(f"return {result};")
    c.emit(f"function run{i}() {{\n{_ind(run, 1)}\n}}")
    c.runs.append(f"run{i}")
    c.uses.append(lambda r, i=i: f"safeApply{i}(\"mul\", {r.randint(1, 9)}, {r.randint(1, 9)})")
    c.uses.append(lambda r, i=i: f"classify{i}({r.randint(-5, 50)}).length")


# ------------------------------------------------------------------ dynamic --

def _chunk_dynamic(c: _Ctx, i: int) -> None:
    cls = c.pick(["Settings", "Options", "Prefs"]) + str(i)
    c.emit(f"""class {cls} {{
  constructor(name) {{
    this.name = name;
    this.debug = false;
    this.level = 1;
    this.color = "blue";
  }}
}}""")
    c.emit(f"""function applyOverrides{i}(target, overrides) {{
  for (const key of Object.keys(overrides)) {{
    target[key] = overrides[key];
  }}
  return target;
}}""")
    c.emit(f"""function countWords{i}(words) {{
  const counts = {{}};
  for (const word of words) {{
    counts[word] = (counts[word] || 0) + 1;
  }}
  return counts;
}}""")
    words = ", ".join(f'"{c.pick(["a", "b", "c", "d"])}"' for _ in range(c.int(3, 7)))
    c.emit(f"""function run{i}() {{
  const settings = new {cls}("s{i}");
  applyOverrides{i}(settings, {{ level: {c.int(1, 5)}, verbose: true }});
  delete settings.debug;
  const slot = settings.level > 2 ? "color" : "name";
  settings[slot] = "green";
  const counts = countWords{i}([{words}]);
  let total = 0;
  for (const word in counts) {{
    total += counts[word];
  }}
  return total + settings.level + ("debug" in settings ? 1 : 0) + settings.name.length;
}}""")
    c.runs.append(f"run{i}")


# --------------------------------------------------------------------- glue --

def _chunk_glue(c: _Ctx, i: int) -> None:
    r = c.rng
    picks = [c.pick(c.uses)(r) for _ in range(c.int(3, 5))]
    inner, rest = picks[0], picks[1:]
    c.emit(f"""function combine{i}(limit) {{
  const parts = [];
  for (let k = 0; k < limit; k++) {{
    parts.push({inner} + k);
  }}
  const summary = {{ count: parts.length, total: parts.reduce((a, b) => a + b, 0) }};
  if (summary.count > 0) {{
    summary.mean = summary.total / summary.count;
  }} else {{
    summary.mean = 0;
  }}
  return summary;
}}""")
    terms = "\n".join(f"    + {p}" for p in rest)
    c.emit(f"""function run{i}() {{
  const {{ total, mean }} = combine{i}({c.int(2, 6)});
  return total + mean
{terms};
}}""")
    c.runs.append(f"run{i}")


# ------------------------------------------------------------------ helpers --

_HELPERS = [
    ("clamp", """function clamp{i}(value, lo, hi) {{
  return Math.min(hi, Math.max(lo, value));
}}""", "clamp{i}({a}, 0, 10)"),
    ("gcd", """function gcd{i}(a, b) {{
  while (b !== 0) {{
    const t = b;
    b = a % b;
    a = t;
  }}
  return a;
}}""", "gcd{i}({a} * 6, 84)"),
    ("fib", """function fib{i}(n) {{
  let prev = 0;
  let cur = 1;
  for (let k = 0; k < n; k++) {{
    const next = prev + cur;
    prev = cur;
    cur = next;
  }}
  return prev;
}}""", "fib{i}({a})"),
    ("isPrime", """function isPrime{i}(n) {{
  if (n < 2) {{
    return false;
  }}
  for (let d = 2; d * d <= n; d++) {{
    if (n % d === 0) {{
      return false;
    }}
  }}
  return true;
}}""", "(isPrime{i}({a} + 10) ? 1 : 0)"),
    ("repeat", """function pad{i}(text, width) {{
  let out = text;
  while (out.length < width) {{
    out = " " + out;
  }}
  return out;
}}""", "pad{i}(\"v\" + {a}, 8).length"),
]


def _chunk_helper(c: _Ctx, i: int) -> None:
    _, decl, call = c.pick(_HELPERS)
    c.emit(decl.format(i=i))
    a = c.int(1, 25)
    c.emit(f"function run{i}() {{\n  return {call.format(i=i, a=a)};\n}}")
    c.runs.append(f"run{i}")


_CHUNKS = {
    "vec": _chunk_vec,
    "hierarchy": _chunk_hierarchy,
    "factory": _chunk_factory,
    "closure": _chunk_closure,
    "collection": _chunk_collection,
    "control": _chunk_control,
    "glue": _chunk_glue,
    "dynamic": _chunk_dynamic,
}


def _driver(c: _Ctx) -> None:
    calls = "\n".join(f"checksum = mix(checksum, {r}());" for r in c.runs)
    c.lines.append(f"""function mix(acc, value) {{
  let n = 0;
  if (typeof value === "number") {{
    n = Number.isFinite(value) ? Math.round(value * 1000) % 1000000007 : 7;
  }} else if (typeof value === "string") {{
    n = value.length;
  }} else {{
    n = value ? 1 : 0;
  }}
  return (acc * 31 + n) % 1000000007;
}}

let checksum = 0;
{calls}
console.log("chunks", {len(c.runs)}, "checksum", checksum);""")


def generate(lines: int, seed: int = 1) -> str:
    """Return a valid JavaScript program of about `lines` lines."""
    rng = random.Random(seed)
    c = _Ctx(rng)
    c.lines += ["// Generated by benchmarks/gen_program.py"
                f" (lines={lines}, seed={seed}).", '"use strict";', ""]
    kinds = list(_WEIGHTS)
    weights = [_WEIGHTS[k] for k in kinds]
    i = 0
    dynamic = 0
    while True:
        remaining = lines - (len(c.lines) + _DRIVER_FIXED_LINES + len(c.runs) + 1)
        if remaining <= 0:
            break
        if remaining < _SMALL_CHUNK_THRESHOLD:
            _chunk_helper(c, i)
        else:
            kind = rng.choices(kinds, weights)[0]
            if kind == "glue" and len(c.uses) < 3:
                kind = "vec"
            if i >= 3 and dynamic == 0:
                kind = "dynamic"  # every program has some deopts to find
            mark = (len(c.lines), len(c.runs), len(c.uses))
            _CHUNKS[kind](c, i)
            used = len(c.lines) - mark[0] + 1  # + its call in the driver
            if used > remaining + _OVERSHOOT and kind != "dynamic":
                # Too big to end near the target: undo, use a small helper.
                del c.lines[mark[0]:], c.runs[mark[1]:], c.uses[mark[2]:]
                _chunk_helper(c, i)
            dynamic += kind == "dynamic"
        i += 1
    _driver(c)
    return "\n".join(c.lines) + "\n"


def main(argv: List[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print("usage: gen_program.py LINES [SEED]", file=sys.stderr)
        return 2
    sys.stdout.write(generate(int(argv[0]), int(argv[1]) if len(argv) > 1 else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

'use strict';
// Incremental constraint solver in the spirit of DeltaBlue.

class Strength {
  constructor(level, name) {
    this.level = level;
    this.name = name;
  }
  static stronger(a, b) { return a.level < b.level; }
  static weaker(a, b) { return a.level > b.level; }
  static weakest(a, b) { return Strength.weaker(a, b) ? a : b; }
  static strongest(a, b) { return Strength.stronger(a, b) ? a : b; }
  nextWeaker() {
    if (this.level >= Strength.ALL.length - 1) throw new Error('no weaker strength than weakest');
    return Strength.ALL[this.level + 1];
  }
}
Strength.REQUIRED = new Strength(0, 'required');
Strength.STRONG_PREFERRED = new Strength(1, 'strongPreferred');
Strength.PREFERRED = new Strength(2, 'preferred');
Strength.STRONG_DEFAULT = new Strength(3, 'strongDefault');
Strength.NORMAL = new Strength(4, 'normal');
Strength.WEAK_DEFAULT = new Strength(5, 'weakDefault');
Strength.WEAKEST = new Strength(6, 'weakest');
Strength.ALL = [Strength.REQUIRED, Strength.STRONG_PREFERRED, Strength.PREFERRED,
  Strength.STRONG_DEFAULT, Strength.NORMAL, Strength.WEAK_DEFAULT, Strength.WEAKEST];

// A FIFO with O(1) removal at the front (no Array.shift).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  push(x) { this.items.push(x); }
  isEmpty() { return this.head >= this.items.length; }
  removeFirst() {
    const x = this.items[this.head];
    this.items[this.head] = null;
    this.head++;
    return x;
  }
}

let planner = null;
const stats = { executed: 0, satisfied: 0, recalculated: 0 };

class Variable {
  constructor(name, value) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = Strength.WEAKEST;
    this.stay = true;
  }
  addConstraint(c) { this.constraints.push(c); }
  removeConstraint(c) {
    this.constraints = this.constraints.filter((x) => x !== c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Constraint {
  constructor(strength) {
    this.strength = strength;
  }
  addConstraint() {
    this.addToGraph();
    planner.incrementalAdd(this);
  }
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) throw new Error('Could not satisfy a required constraint');
      return null;
    }
    stats.satisfied++;
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error('Cycle encountered');
    out.mark = mark;
    return overridden;
  }
  destroyConstraint() {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }
  isInput() { return false; }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
  }
  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }
  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark &&
      Strength.stronger(this.strength, this.myOutput.walkStrength);
  }
  isSatisfied() { return this.satisfied; }
  markInputs(mark) { }
  output() { return this.myOutput; }
  recalculate() {
    stats.recalculated++;
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() { this.satisfied = false; }
  inputsKnown(mark) { return true; }
  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  constructor(v, strength) {
    super(v, strength);
    this.addConstraint();
  }
  execute() { }
}

class EditConstraint extends UnaryConstraint {
  constructor(v, strength) {
    super(v, strength);
    this.addConstraint();
  }
  isInput() { return true; }
  execute() { }
}

const DIR_NONE = 0;
const DIR_FORWARD = 1;
const DIR_BACKWARD = 2;

class BinaryConstraint extends Constraint {
  constructor(v1, v2, strength) {
    super(strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = DIR_NONE;
  }
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = (this.v2.mark !== mark && Strength.stronger(this.strength, this.v2.walkStrength))
        ? DIR_FORWARD : DIR_NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = (this.v1.mark !== mark && Strength.stronger(this.strength, this.v1.walkStrength))
        ? DIR_BACKWARD : DIR_NONE;
      return;
    }
    if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? DIR_BACKWARD : DIR_NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? DIR_FORWARD : DIR_BACKWARD;
    }
  }
  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = DIR_NONE;
  }
  isSatisfied() { return this.direction !== DIR_NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === DIR_FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === DIR_FORWARD ? this.v2 : this.v1; }
  recalculate() {
    stats.recalculated++;
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
  markUnsatisfied() { this.direction = DIR_NONE; }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = DIR_NONE;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1, v2, strength) {
    super(v1, v2, strength);
    this.addConstraint();
  }
  execute() {
    stats.executed++;
    this.output().value = this.input().value;
  }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }
  execute() {
    stats.executed++;
    if (this.direction === DIR_FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }
  recalculate() {
    stats.recalculated++;
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constructor() { this.steps = []; }
  add(c) { this.steps.push(c); }
  size() { return this.steps.length; }
  execute() {
    for (let i = 0; i < this.steps.length; i++) this.steps[i].execute();
  }
}

class Planner {
  constructor() { this.currentMark = 0; }

  newMark() { return ++this.currentMark; }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = Strength.REQUIRED;
    do {
      for (let i = 0; i < unsatisfied.length; i++) {
        const u = unsatisfied[i];
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== Strength.WEAKEST);
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    while (!todo.isEmpty()) {
      const c = todo.removeFirst();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    const sources = new Queue();
    for (const c of constraints) {
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  addPropagate(c, mark) {
    const todo = new Queue();
    todo.push(c);
    while (!todo.isEmpty()) {
      const d = todo.removeFirst();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = Strength.WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = new Queue();
    todo.push(out);
    while (!todo.isEmpty()) {
      const v = todo.removeFirst();
      for (const c of v.constraints) {
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    for (const c of v.constraints) {
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }
}

let errors = 0;
let valueSum = 0;

function chainTest(n) {
  planner = new Planner();
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable('v' + i, 0);
    if (prev !== null) new EqualityConstraint(prev, v, Strength.REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, Strength.STRONG_DEFAULT);
  const edit = new EditConstraint(first, Strength.PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) errors++;
    valueSum += last.value;
  }
  edit.destroyConstraint();
  return plan.size();
}

function change(v, newValue) {
  const edit = new EditConstraint(v, Strength.PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
  return plan.size();
}

function projectionTest(n) {
  planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.push(dst);
    new StayConstraint(src, Strength.NORMAL);
    new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED);
  }
  let planSizes = 0;
  planSizes += change(src, 17);
  if (dst.value !== 1170) errors++;
  planSizes += change(dst, 1050);
  if (src.value !== 5) errors++;
  planSizes += change(scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) errors++;
    valueSum += dests[i].value;
  }
  planSizes += change(offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) errors++;
    valueSum += dests[i].value;
  }
  return planSizes;
}

let planTotal = 0;
let marks = 0;
for (let iter = 0; iter < 25; iter++) {
  planTotal += chainTest(100 + iter);
  marks += planner.currentMark;
  planTotal += projectionTest(100 + iter);
  marks += planner.currentMark;
}

// A small scenario whose constraint directions can be printed.
planner = new Planner();
const a = new Variable('a', 3);
const b = new Variable('b', 0);
const c = new Variable('c', 0);
new StayConstraint(a, Strength.WEAK_DEFAULT);
new EqualityConstraint(a, b, Strength.REQUIRED);
new ScaleConstraint(b, new Variable('k', 2), new Variable('o', 1), c, Strength.STRONG_DEFAULT);
console.log('small:', a.value, b.value, c.value, c.determinedBy.strength.name);
change(c, 21);
console.log('after edit of c:', a.value, b.value, c.value);
try {
  const x = new Variable('x', 1);
  const y = new Variable('y', 2);
  new EqualityConstraint(x, y, Strength.REQUIRED);
  new StayConstraint(x, Strength.REQUIRED);
  new StayConstraint(y, Strength.REQUIRED);
  console.log('no conflict?');
} catch (e) {
  console.log('conflict:', e.message);
}

console.log('errors', errors);
console.log('plan steps', planTotal);
console.log('marks', marks);
console.log('value sum', valueSum);
console.log('executed', stats.executed, 'satisfied', stats.satisfied, 'recalculated', stats.recalculated);

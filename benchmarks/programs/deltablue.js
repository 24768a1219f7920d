// DeltaBlue-style incremental one-way constraint solver: variables linked by
// stay, edit, equality and scale constraints of various strengths, solved by
// a planner. Runs the chain and projection tests repeatedly and prints
// pass/fail results, planner statistics and a checksum of variable values.

class Strength {
  constructor(value, name) {
    this.value = value;
    this.name = name;
  }

  static stronger(s1, s2) { return s1.value < s2.value; }
  static weaker(s1, s2) { return s1.value > s2.value; }
  static weakestOf(s1, s2) { return Strength.weaker(s1, s2) ? s1 : s2; }
  static strongest(s1, s2) { return Strength.stronger(s1, s2) ? s1 : s2; }

  nextWeaker() {
    return Strength.ORDERED[this.value + 1];
  }

  static REQUIRED = new Strength(0, "required");
  static STRONG_PREFERRED = new Strength(1, "strongPreferred");
  static PREFERRED = new Strength(2, "preferred");
  static STRONG_DEFAULT = new Strength(3, "strongDefault");
  static NORMAL = new Strength(4, "normal");
  static WEAK_DEFAULT = new Strength(5, "weakDefault");
  static WEAKEST = new Strength(6, "weakest");
  static ORDERED = [
    Strength.REQUIRED, Strength.STRONG_PREFERRED, Strength.PREFERRED,
    Strength.STRONG_DEFAULT, Strength.NORMAL, Strength.WEAK_DEFAULT,
    Strength.WEAKEST,
  ];
}

// The planner used by every constraint; replaced at the start of each test.
let planner = null;

class Constraint {
  constructor(strength) {
    this.strength = strength;
  }

  // Register with the variables and let the planner try to satisfy us.
  addConstraint() {
    this.addToGraph();
    planner.incrementalAdd(this);
    return this;
  }

  // Try to satisfy this constraint; returns the constraint it overrode, if any.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) {
        throw new Error("could not satisfy a required constraint");
      }
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) {
      throw new Error("cycle encountered");
    }
    out.mark = mark;
    return overridden;
  }

  destroyConstraint() {
    if (this.isSatisfied()) {
      planner.incrementalRemove(this);
    } else {
      this.removeFromGraph();
    }
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

// Keeps a variable at its current value (unless something stronger wins).
class StayConstraint extends UnaryConstraint {
  execute() { }
}

// Marks a variable as being changed from outside the solver.
class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
  execute() { }
}

class BinaryConstraint extends Constraint {
  static NONE = 0;
  static FORWARD = 1;
  static BACKWARD = 2;

  constructor(var1, var2, strength) {
    super(strength);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = BinaryConstraint.NONE;
  }

  // Pick the direction to enforce, flowing from the stronger side to the weaker.
  chooseMethod(mark) {
    const v1 = this.v1;
    const v2 = this.v2;
    if (v1.mark === mark) {
      this.direction = v2.mark !== mark && Strength.stronger(this.strength, v2.walkStrength)
        ? BinaryConstraint.FORWARD : BinaryConstraint.NONE;
      return;
    }
    if (v2.mark === mark) {
      this.direction = v1.mark !== mark && Strength.stronger(this.strength, v1.walkStrength)
        ? BinaryConstraint.BACKWARD : BinaryConstraint.NONE;
      return;
    }
    if (Strength.weaker(v1.walkStrength, v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, v1.walkStrength)
        ? BinaryConstraint.BACKWARD : BinaryConstraint.NONE;
    } else {
      this.direction = Strength.stronger(this.strength, v2.walkStrength)
        ? BinaryConstraint.FORWARD : BinaryConstraint.NONE;
    }
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = BinaryConstraint.NONE;
  }

  isSatisfied() { return this.direction !== BinaryConstraint.NONE; }

  markInputs(mark) { this.input().mark = mark; }

  input() { return this.direction === BinaryConstraint.FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === BinaryConstraint.FORWARD ? this.v2 : this.v1; }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() { this.direction = BinaryConstraint.NONE; }

  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = BinaryConstraint.NONE;
  }
}

// dest = src * scale + offset, solvable in either direction.
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
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
    if (this.direction === BinaryConstraint.FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

// v1 == v2
class EqualityConstraint extends BinaryConstraint {
  execute() {
    this.output().value = this.input().value;
  }
}

class Variable {
  constructor(name, value) {
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = Strength.WEAKEST;
    this.stay = true;
    this.name = name;
  }

  addConstraint(c) {
    this.constraints.push(c);
  }

  removeConstraint(c) {
    this.constraints = this.constraints.filter((other) => other !== c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Plan {
  constructor() {
    this.list = [];
  }

  addConstraint(c) { this.list.push(c); }
  size() { return this.list.length; }

  execute() {
    const list = this.list;
    for (let i = 0; i < list.length; i++) list[i].execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
    this.plansMade = 0;
  }

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
    while (strength !== Strength.WEAKEST) {
      for (const u of unsatisfied) {
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    }
  }

  newMark() {
    this.currentMark++;
    return this.currentMark;
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources.slice();
    let head = 0;
    while (head < todo.length) {
      const c = todo[head];
      head++;
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.addConstraint(c);
        out.mark = mark;
        this.addConstraintsConsumingTo(out, todo);
      }
    }
    this.plansMade++;
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    const sources = constraints.filter((c) => c.isInput() && c.isSatisfied());
    return this.makePlan(sources);
  }

  // Recompute walkabout strengths downstream of c; false if a cycle is found.
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
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
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      v.constraints.forEach((c) => {
        if (!c.isSatisfied()) unsatisfied.push(c);
      });
      const determining = v.determinedBy;
      v.constraints.forEach((next) => {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      });
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    const cs = v.constraints;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }
}

class Stats {
  constructor() {
    this.failures = 0;
    this.checksum = 0;
    this.marks = 0;
    this.plans = 0;
  }

  check(ok) {
    if (!ok) this.failures++;
  }

  add(value) {
    this.checksum = (this.checksum * 7 + Math.floor(value)) % 1000003;
  }

  finishPlanner(p) {
    this.marks += p.currentMark;
    this.plans += p.plansMade;
  }
}

// A long chain of equality constraints; edit the head and watch the tail.
function chainTest(n, stats) {
  planner = new Planner();
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable("v" + i, 0);
    if (prev !== null) new EqualityConstraint(prev, v, Strength.REQUIRED).addConstraint();
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, Strength.STRONG_DEFAULT).addConstraint();
  const edit = new EditConstraint(first, Strength.PREFERRED).addConstraint();
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    stats.check(last.value === i);
    stats.add(last.value);
  }
  stats.add(plan.size());
  edit.destroyConstraint();
  stats.finishPlanner(planner);
}

function change(v, newValue) {
  const edit = new EditConstraint(v, Strength.PREFERRED).addConstraint();
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

// Many source/destination pairs sharing one scale and one offset variable.
function projectionTest(n, stats) {
  planner = new Planner();
  const scale = new Variable("scale", 10);
  const offset = new Variable("offset", 1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, Strength.NORMAL).addConstraint();
    new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED).addConstraint();
  }

  change(src, 17);
  stats.check(dst.value === 1170);
  change(dst, 1050);
  stats.check(src.value === 5);
  change(scale, 5);
  for (let i = 0; i < n - 1; i++) stats.check(dests[i].value === i * 5 + 1000);
  change(offset, 2000);
  for (let i = 0; i < n - 1; i++) stats.check(dests[i].value === i * 5 + 2000);

  stats.add(dests.map((d) => d.value).reduce((a, b) => a + b, 0));
  stats.add(src.value + dst.value);
  stats.finishPlanner(planner);
}

function main() {
  const ITERATIONS = 2500;
  const stats = new Stats();
  for (let i = 0; i < ITERATIONS; i++) {
    chainTest(100, stats);
    projectionTest(100, stats);
  }
  const single = new Stats();
  chainTest(20, single);
  projectionTest(20, single);
  console.log("single run: failures=" + single.failures + " checksum=" + single.checksum +
    " marks=" + single.marks + " plans=" + single.plans);
  console.log("iterations=" + ITERATIONS + " failures=" + stats.failures);
  console.log("marks=" + stats.marks + " plans=" + stats.plans);
  console.log("checksum=" + stats.checksum);
}

main();

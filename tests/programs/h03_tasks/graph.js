// A dependency graph with a topological sort that reports cycles.
const { CycleError, TaskError } = require("./errors");

function makeGraph() {
  const deps = {};
  const order = [];
  return {
    add(name, needs = []) {
      if (deps[name] !== undefined) throw new TaskError("duplicate task", name);
      deps[name] = needs.slice();
      order.push(name);
      return this;
    },
    names() { return order.slice(); },
    needs(name) { return deps[name] ?? []; },
    sort() {
      const state = {};
      const out = [];
      const visit = (n, path) => {
        if (state[n] === 2) return;
        if (state[n] === 1) throw new CycleError(path.concat([n]).slice(path.indexOf(n)));
        if (deps[n] === undefined) throw new TaskError("unknown dependency", n);
        state[n] = 1;
        for (const d of deps[n]) visit(d, path.concat([n]));
        state[n] = 2;
        out.push(n);
      };
      for (const n of order) visit(n, []);
      return out;
    },
  };
}
module.exports = makeGraph;

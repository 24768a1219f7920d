// A task runner across modules: a closure-based graph, topological sort, custom errors with rethrow and finally.
const makeGraph = require("./graph");
const errors = require("./errors");

function build(spec) {
  const g = makeGraph();
  for (const line of spec.trim().split("\n")) {
    const [name, rest = ""] = line.split(":").map(s => s.trim());
    g.add(name, rest ? rest.split(",").map(s => s.trim()).filter(s => s.length > 0) : []);
  }
  return g;
}

const specs = [
  `
  app: lib, util
  lib: util
  util:
  test: app, lib
  `,
  `
  a: b
  b: c
  c: a
  `,
  `
  x: y
  `,
  `
  p:
  p: q
  `,
];
const log = [];
for (let i = 0; i < specs.length; i++) {
  try {
    try {
      const g = build(specs[i]);
      console.log(i, g.names().join(" "), "=>", g.sort().join(" "));
    } catch (e) {
      if (e instanceof errors.CycleError) {
        console.log(i, "cycle of", e.path.length - 1, e.describe());
        throw e;
      }
      console.log(i, e.describe(), e instanceof errors.TaskError, e instanceof errors.TimeoutError, e instanceof Error);
    } finally {
      log.push("done " + i);
    }
  } catch (outer) {
    console.log("rethrown:", outer.name, outer.message, outer.task);
  }
}
console.log(log);

function withTimeout(task, ms) {
  if (ms < 10) throw new errors.TimeoutError(task, ms);
  return task.toUpperCase();
}
for (const ms of [5, 50]) {
  try {
    console.log(withTimeout("compile", ms));
  } catch (e) {
    console.log(e.describe(), String(e), e.stack === undefined);
  }
}
const e = new errors.TimeoutError("deploy", 3);
console.log(e.name, e.message, e.ms, e.task, Object.keys(e));

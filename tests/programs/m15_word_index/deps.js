// Topological order of tasks (Kahn's algorithm) with Maps of in-degrees and Sets of edges
"use strict";

function topoOrder(edges) {
  const out = new Map();
  const indeg = new Map();
  for (const [from, to] of edges) {
    if (!out.has(from)) out.set(from, new Set());
    if (!out.has(to)) out.set(to, new Set());
    if (!out.get(from).has(to)) {
      out.get(from).add(to);
      indeg.set(to, (indeg.get(to) || 0) + 1);
    }
    if (!indeg.has(from)) indeg.set(from, 0);
  }
  const ready = [...indeg].filter(([, d]) => d === 0).map(([n]) => n).sort();
  const order = [];
  while (ready.length) {
    const n = ready.shift();
    order.push(n);
    for (const m of out.get(n)) {
      indeg.set(m, indeg.get(m) - 1);
      if (indeg.get(m) === 0) {
        ready.push(m);
        ready.sort();
      }
    }
  }
  if (order.length !== indeg.size) throw new Error("cycle among " + [...indeg.keys()].filter((n) => !order.includes(n)).join(", "));
  return order;
}

module.exports = { topoOrder };

'use strict';
// Graph algorithms across modules: graph structure, heap, algorithms, driver.

const { Graph } = require('./graph');
const algo = require('./algorithms');

// A weighted grid where weights come from a deterministic hash.
const W = 60;
const H = 50;
const weight = (a, b) => 1 + ((a * 7919 + b * 104729) % 9);
const grid = Graph.grid(W, H, weight);
console.log('grid nodes', grid.n, 'edges', grid.edgeCount);

const hops = algo.bfs(grid, 0);
console.log('bfs hops to far corner', hops[W * H - 1], 'to middle', hops[25 * W + 30]);

const { pre, post } = algo.dfs(grid, 0);
console.log('dfs visited', pre.length, 'first preorder', pre.slice(0, 6), 'last postorder', post[post.length - 1]);

let total = 0;
let pops = 0;
for (const src of [0, W - 1, (H - 1) * W, W * H - 1, 1234]) {
  const r = algo.dijkstra(grid, src);
  pops += r.pops;
  let s = 0;
  for (const d of r.dist) s += d;
  total += s;
}
console.log('dijkstra distance sum', total, 'heap pops', pops);
const sp = algo.dijkstra(grid, 0);
const route = algo.path(sp.prev, W * H - 1);
console.log('shortest to corner', sp.dist[W * H - 1], 'route length', route.length, 'starts', route.slice(0, 4));

// A graph with several components.
const g = new Graph(12);
g.addUndirected(0, 1);
g.addUndirected(1, 2);
g.addUndirected(3, 4);
g.addUndirected(5, 6);
g.addUndirected(6, 7);
g.addUndirected(7, 5);
console.log('components', algo.connectedComponents(g));
const unreachable = algo.dijkstra(g, 0).dist;
console.log('unreachable distance', unreachable[11], unreachable[2]);

// Topological order of a DAG of tasks; then a cycle.
const dag = new Graph(8);
const deps = [[0, 2], [1, 2], [2, 3], [3, 4], [1, 5], [5, 4], [6, 7], [4, 7]];
for (const [a, b] of deps) dag.addEdge(a, b);
const order = algo.topoSort(dag);
let orderText = '';
for (const v of order) orderText += (orderText === '' ? '' : ' -> ') + v;
console.log('topo order', orderText, 'count', order.length);
dag.addEdge(7, 0);
console.log('topo with cycle', algo.topoSort(dag));

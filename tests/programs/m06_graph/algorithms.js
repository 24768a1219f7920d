'use strict';
// Traversals and shortest paths over ./graph graphs.

const MinHeap = require('./heap');

function bfs(g, start) {
  const dist = new Array(g.n).fill(-1);
  const queue = [start];
  let head = 0;
  dist[start] = 0;
  while (head < queue.length) {
    const v = queue[head++];
    for (const e of g.neighbors(v)) {
      if (dist[e.to] === -1) {
        dist[e.to] = dist[v] + 1;
        queue.push(e.to);
      }
    }
  }
  return dist;
}

// Iterative DFS: returns preorder and postorder numbering.
function dfs(g, start) {
  const visited = new Array(g.n).fill(false);
  const pre = [];
  const post = [];
  const stack = [start];
  const edgeIdx = [0];
  visited[start] = true;
  pre.push(start);
  while (stack.length > 0) {
    const top = stack.length - 1;
    const v = stack[top];
    const adj = g.neighbors(v);
    if (edgeIdx[top] < adj.length) {
      const w = adj[edgeIdx[top]++].to;
      if (!visited[w]) {
        visited[w] = true;
        pre.push(w);
        stack.push(w);
        edgeIdx.push(0);
      }
    } else {
      post.push(v);
      stack.pop();
      edgeIdx.pop();
    }
  }
  return { pre: pre, post: post };
}

function dijkstra(g, source) {
  const dist = new Array(g.n).fill(Infinity);
  const prev = new Array(g.n).fill(-1);
  const heap = new MinHeap();
  dist[source] = 0;
  heap.push(0, source);
  let pops = 0;
  while (heap.size > 0) {
    const { key, val: v } = heap.pop();
    pops++;
    if (key > dist[v]) continue;
    for (const e of g.neighbors(v)) {
      const nd = key + e.weight;
      if (nd < dist[e.to]) {
        dist[e.to] = nd;
        prev[e.to] = v;
        heap.push(nd, e.to);
      }
    }
  }
  return { dist: dist, prev: prev, pops: pops };
}

function path(prev, target) {
  const out = [];
  for (let v = target; v !== -1; v = prev[v]) out.push(v);
  const rev = [];
  for (let i = out.length - 1; i >= 0; i--) rev.push(out[i]);
  return rev;
}

function connectedComponents(g) {
  const comp = new Array(g.n).fill(-1);
  let count = 0;
  for (let s = 0; s < g.n; s++) {
    if (comp[s] !== -1) continue;
    const d = bfs(g, s);
    for (let v = 0; v < g.n; v++) if (d[v] >= 0) comp[v] = count;
    count++;
  }
  return count;
}

// Kahn's algorithm; returns null when the graph has a cycle.
function topoSort(g) {
  const indeg = new Array(g.n).fill(0);
  for (let v = 0; v < g.n; v++) for (const e of g.neighbors(v)) indeg[e.to]++;
  const ready = [];
  for (let v = 0; v < g.n; v++) if (indeg[v] === 0) ready.push(v);
  const order = [];
  let head = 0;
  while (head < ready.length) {
    const v = ready[head++];
    order.push(v);
    for (const e of g.neighbors(v)) {
      indeg[e.to]--;
      if (indeg[e.to] === 0) ready.push(e.to);
    }
  }
  return order.length === g.n ? order : null;
}

module.exports = { bfs, dfs, dijkstra, path, connectedComponents, topoSort };

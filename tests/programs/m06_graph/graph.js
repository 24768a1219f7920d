'use strict';
// Directed weighted graph stored as adjacency arrays.

class Edge {
  constructor(to, weight) {
    this.to = to;
    this.weight = weight;
  }
}

class Graph {
  constructor(n) {
    this.n = n;
    this.adj = [];
    for (let i = 0; i < n; i++) this.adj.push([]);
    this.edgeCount = 0;
  }
  addEdge(from, to, weight = 1) {
    this.adj[from].push(new Edge(to, weight));
    this.edgeCount++;
  }
  addUndirected(a, b, weight = 1) {
    this.addEdge(a, b, weight);
    this.addEdge(b, a, weight);
  }
  neighbors(v) { return this.adj[v]; }
  static grid(w, h, weightFn) {
    const g = new Graph(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const v = y * w + x;
        if (x + 1 < w) g.addUndirected(v, v + 1, weightFn(v, v + 1));
        if (y + 1 < h) g.addUndirected(v, v + w, weightFn(v, v + w));
      }
    }
    return g;
  }
}

module.exports = { Graph, Edge };

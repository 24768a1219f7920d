// Constructor functions used only with `new` (and instanceof) are built as classes.
const early = () => new Pt(1, 2);   // used before the declaration: functions are hoisted

function Pt(x, y) {
  this.x = x;
  this.y = y;
}

function Edge(graph, from, to) {
  this.from = graph.node(from);
  this.to = graph.node(to);
  graph.edges.push(this);
}

class Graph {
  constructor() {
    this.nodes = [];
    this.edges = [];
  }
  node(i) {
    while (this.nodes.length <= i) this.nodes.push(new Pt(this.nodes.length, 0));
    return this.nodes[i];
  }
}

function Counter(start) {
  this.n = start;
  this.bump = () => {
    this.n++;
    return this.n;
  };
}

const p = early();
console.log(p, p instanceof Pt, new Pt(5, 6).x + new Pt(7, 8).y);
const g = new Graph();
new Edge(g, 0, 2);
new Edge(g, 2, 1);
console.log(g.edges.length, g.edges[1].from, g.edges[0] instanceof Edge, g.nodes[0] instanceof Edge);
const c = new Counter(10);
c.bump();
console.log(c.bump(), c);
console.log(JSON.stringify(new Pt(1, 1)), Object.keys(new Pt(2, 2)));
for (const k in new Pt(3, 3)) console.log(k);
console.log(String(new Pt(0, 0)), new Pt(0, 0).constructor.name, typeof new Pt(0, 0));

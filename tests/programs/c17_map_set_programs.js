// Map and Set the way programs use them: counting, grouping, graphs, caches
"use strict";

const text = `the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick cat watches the fox`;
const counts = new Map();
for (const word of text.split(" ")) {
  for (const w of word.split("\n")) {
    if (w === "") continue;
    counts.set(w, (counts.get(w) || 0) + 1);
  }
}
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
console.log(top);
console.log(counts.size, counts.get("the"), counts.get("fox"), counts.get("wolf"));
console.log(new Set(text.split(" ").map((w) => w.length)));

// grouping into a Map of arrays
const people = [
  { name: "Ann", city: "Oslo", age: 31 },
  { name: "Bob", city: "Rome", age: 25 },
  { name: "Cid", city: "Oslo", age: 40 },
  { name: "Dee", city: "Lima", age: 25 },
  { name: "Eve", city: "Rome", age: 35 },
];
const byCity = new Map();
for (const p of people) {
  if (!byCity.has(p.city)) byCity.set(p.city, []);
  byCity.get(p.city).push(p.name);
}
console.log(byCity);
for (const [city, names] of byCity) console.log(city, names.length, names.join("+"));
const ages = new Set(people.map((p) => p.age));
console.log(ages, [...ages].reduce((a, b) => a + b, 0));

// a graph of class instances: adjacency in a Map, BFS with a Set of visited nodes
class Node {
  constructor(name) {
    this.name = name;
    this.edges = [];
  }
  connect(other) {
    this.edges.push(other);
    other.edges.push(this);
    return this;
  }
}
class Graph {
  constructor() {
    this.nodes = new Map();
  }
  node(name) {
    let n = this.nodes.get(name);
    if (n === undefined) {
      n = new Node(name);
      this.nodes.set(name, n);
    }
    return n;
  }
  edge(a, b) {
    this.node(a).connect(this.node(b));
  }
  bfs(from) {
    const start = this.nodes.get(from);
    const dist = new Map([[start, 0]]);
    const queue = [start];
    const visited = new Set([start]);
    while (queue.length > 0) {
      const n = queue.shift();
      for (const next of n.edges) {
        if (visited.has(next)) continue;
        visited.add(next);
        dist.set(next, dist.get(n) + 1);
        queue.push(next);
      }
    }
    const out = new Map();
    for (const [n, d] of dist) out.set(n.name, d);
    return out;
  }
}
const g = new Graph();
const pairs = "a-b b-c c-d a-e e-f f-d d-g h-i".split(" ");
for (const pr of pairs) {
  const [x, y] = pr.split("-");
  g.edge(x, y);
}
console.log(g.bfs("a"));
console.log(g.bfs("h"), g.nodes.size, [...g.nodes.keys()].join(""));

// a grid BFS with string keys
const grid = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"];
function solve(rows) {
  const key = (r, c) => r + "," + c;
  let start, end;
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] === "S") start = [r, c];
      if (row[c] === "E") end = [r, c];
    }
  });
  const seen = new Set([key(...start)]);
  const prev = new Map();
  let frontier = [start];
  let steps = 0;
  while (frontier.length) {
    const nextFrontier = [];
    for (const [r, c] of frontier) {
      if (r === end[0] && c === end[1]) {
        let path = 0;
        let k = key(r, c);
        while (prev.has(k)) { k = prev.get(k); path++; }
        return { steps, path, explored: seen.size };
      }
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const nr = r + dr, nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= rows.length || nc >= rows[0].length) continue;
        if (rows[nr][nc] === "#" || seen.has(key(nr, nc))) continue;
        seen.add(key(nr, nc));
        prev.set(key(nr, nc), key(r, c));
        nextFrontier.push([nr, nc]);
      }
    }
    frontier = nextFrontier;
    steps++;
  }
  return null;
}
console.log(solve(grid));

// a memo cache keyed by numbers
const memo = new Map();
function fib(n) {
  if (n < 2) return n;
  if (memo.has(n)) return memo.get(n);
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
}
console.log(fib(90), memo.size, memo.get(50));

// set algebra
const A = new Set([1, 2, 3, 4, 5]);
const B = new Set([4, 5, 6, 7]);
const union = new Set([...A, ...B]);
const inter = new Set([...A].filter((x) => B.has(x)));
const diff = new Set([...A].filter((x) => !B.has(x)));
console.log(union, inter, diff);
console.log([...new Set([3, 1, 3, 2, 1])], Array.from(new Set("mississippi")).join(""));

// an LRU cache on a Map's insertion order
class LRU {
  constructor(limit) {
    this.limit = limit;
    this.map = new Map();
  }
  get(k) {
    if (!this.map.has(k)) return undefined;
    const v = this.map.get(k);
    this.map.delete(k);
    this.map.set(k, v);
    return v;
  }
  put(k, v) {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value);
  }
}
const lru = new LRU(3);
lru.put("a", 1); lru.put("b", 2); lru.put("c", 3);
lru.get("a");
lru.put("d", 4);
console.log(lru.map, lru.get("b"), lru.get("c"));
for (let i = 0; i < 500; i++) lru.put("k" + (i % 7), i);
console.log(lru.map, lru.map.size);

// a Map as a field of a class, printed inside the object
class Inventory {
  constructor() {
    this.items = new Map();
    this.tags = new Set();
  }
  add(name, qty, tag) {
    this.items.set(name, (this.items.get(name) ?? 0) + qty);
    this.tags.add(tag);
    return this;
  }
}
const inv = new Inventory().add("apple", 3, "fruit").add("pear", 2, "fruit").add("apple", 1, "red");
console.log(inv);
console.log(Object.fromEntries(inv.items), new Map(Object.entries({ x: 1, y: 2 })));

// arrays and many class instances as keys (identity, not contents)
const cells = [];
for (let i = 0; i < 3000; i++) cells.push([i % 50, (i / 50) | 0]);
const cellSet = new Set();
for (let r = 0; r < 2; r++) for (const c of cells) cellSet.add(c);
const cellSum = new Map(cells.map((c) => [c, c[0] + c[1]]));
let total = 0;
for (const c of cells) total += cellSum.get(c);
console.log(cellSet.size, cellSum.size, total, cellSet.has([0, 0]), cellSet.has(cells[7]));
class Ring {
  constructor(n) {
    this.nodes = [];
    for (let i = 0; i < n; i++) this.nodes.push(new Node("r" + i));
    for (let i = 0; i < n; i++) this.nodes[i].connect(this.nodes[(i * 7 + 3) % n]);
  }
}
const ring = new Ring(5000);
const reached = new Set([ring.nodes[0]]);
const todo = [ring.nodes[0]];
for (let head = 0; head < todo.length; head++) {
  for (const n of todo[head].edges) {
    if (!reached.has(n)) {
      reached.add(n);
      todo.push(n);
    }
  }
}
console.log(reached.size, todo[todo.length - 1].name);

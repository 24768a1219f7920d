'use strict';
// Loop recognition on a generated control flow graph (Havlak's algorithm).

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }
  numPred() { return this.inEdges.length; }
}

class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.outEdges.push(this.to);
    this.to.inEdges.push(this.from);
    cfg.edges.push(this);
  }
}

class ControlFlowGraph {
  constructor() {
    this.blocks = [];
    this.edges = [];
    this.start = null;
  }
  createNode(name) {
    let node = this.blocks[name];
    if (node === undefined) {
      while (this.blocks.length < name) this.blocks.push(undefined);
      node = new BasicBlock(name);
      this.blocks[name] = node;
    }
    if (this.start === null) this.start = node;
    return node;
  }
  numNodes() { return this.blocks.length; }
}

class SimpleLoop {
  constructor(header, isReducible, counter) {
    this.header = header;
    this.isReducible = isReducible;
    this.counter = counter;
    this.isRoot = false;
    this.parent = null;
    this.blocks = [];
    this.children = [];
    this.nestingLevel = 0;
    this.depthLevel = 0;
    if (header !== null) this.blocks.push(header);
  }
  addNode(bb) { this.blocks.push(bb); }
  addChild(loop) { this.children.push(loop); }
  setParent(p) {
    this.parent = p;
    p.addChild(this);
  }
  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) this.isRoot = true;
  }
}

class LoopStructureGraph {
  constructor() {
    this.counter = 0;
    this.loops = [];
    this.root = new SimpleLoop(null, true, this.counter++);
    this.root.setNestingLevel(0);
    this.loops.push(this.root);
  }
  createNewLoop(bb, isReducible) {
    const loop = new SimpleLoop(bb, isReducible, this.counter++);
    this.loops.push(loop);
    return loop;
  }
  calculateNestingLevel() {
    for (const loop of this.loops) {
      if (!loop.isRoot && loop.parent === null) loop.setParent(this.root);
    }
    this.nestingRec(this.root, 0);
  }
  nestingRec(loop, depth) {
    loop.depthLevel = depth;
    for (const child of loop.children) {
      this.nestingRec(child, depth + 1);
      loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
    }
  }
  numLoops() { return this.loops.length; }
}

class UnionFindNode {
  constructor() {
    this.parent = null;
    this.bb = null;
    this.loop = null;
    this.dfsNumber = 0;
  }
  initNode(bb, dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
  }
  findSet() {
    const path = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) path.push(node);
      node = node.parent;
    }
    for (const n of path) n.parent = node.parent;
    return node;
  }
  union(other) { this.parent = other; }
}

const UNVISITED = -1;
const BB_NONHEADER = 1;
const BB_REDUCIBLE = 2;
const BB_SELF = 3;
const BB_IRREDUCIBLE = 4;
const BB_DEAD = 5;
const MAX_NON_BACK_PREDS = 32768;

class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
  }

  isAncestor(w, v, last) {
    return w <= v && v <= last[w];
  }

  // Iterative depth-first numbering; last[n] is the highest number in n's subtree.
  dfs(start, nodes, number, last) {
    const stackNodes = [start];
    const stackEdge = [0];
    let current = 0;
    nodes[0].initNode(start, 0);
    number[start.name] = 0;
    while (stackNodes.length > 0) {
      const top = stackNodes.length - 1;
      const bb = stackNodes[top];
      const i = stackEdge[top];
      if (i < bb.outEdges.length) {
        stackEdge[top] = i + 1;
        const target = bb.outEdges[i];
        if (number[target.name] === UNVISITED) {
          current++;
          nodes[current].initNode(target, current);
          number[target.name] = current;
          stackNodes.push(target);
          stackEdge.push(0);
        }
      } else {
        last[number[bb.name]] = current;
        stackNodes.pop();
        stackEdge.pop();
      }
    }
    return current;
  }

  findLoops() {
    if (this.cfg.start === null) return 0;
    const size = this.cfg.numNodes();
    const nonBackPreds = [];
    const backPreds = [];
    const number = new Array(size).fill(UNVISITED);
    const header = new Array(size).fill(0);
    const type = new Array(size).fill(0);
    const last = new Array(size).fill(0);
    const nodes = [];
    for (let i = 0; i < size; i++) {
      nonBackPreds.push([]);
      backPreds.push([]);
      nodes.push(new UnionFindNode());
    }

    this.dfs(this.cfg.start, nodes, number, last);

    for (let w = 0; w < size; w++) {
      header[w] = 0;
      type[w] = BB_NONHEADER;
      const nodeW = nodes[w].bb;
      if (nodeW === null) {
        type[w] = BB_DEAD;
        continue;
      }
      if (nodeW.numPred() > 0) {
        for (const nodeV of nodeW.inEdges) {
          const v = number[nodeV.name];
          if (v === UNVISITED) continue;
          if (this.isAncestor(w, v, last)) backPreds[w].push(v);
          else if (nonBackPreds[w].indexOf(v) < 0) nonBackPreds[w].push(v);
        }
      }
    }
    header[0] = 0;

    for (let w = size - 1; w >= 0; w--) {
      const nodeW = nodes[w].bb;
      if (nodeW === null) continue;
      const nodePool = [];
      for (const v of backPreds[w]) {
        if (v !== w) {
          const rep = nodes[v].findSet();
          if (nodePool.indexOf(rep) < 0) nodePool.push(rep);
        } else {
          type[w] = BB_SELF;
        }
      }
      const workList = nodePool.slice();
      let head = 0;
      if (nodePool.length !== 0) type[w] = BB_REDUCIBLE;
      while (head < workList.length) {
        const x = workList[head++];
        const preds = nonBackPreds[x.dfsNumber];
        if (preds.length > MAX_NON_BACK_PREDS) return 0;
        for (let k = 0; k < preds.length; k++) {
          const ydash = nodes[preds[k]].findSet();
          if (!this.isAncestor(w, ydash.dfsNumber, last)) {
            type[w] = BB_IRREDUCIBLE;
            if (nonBackPreds[w].indexOf(ydash.dfsNumber) < 0) nonBackPreds[w].push(ydash.dfsNumber);
          } else if (ydash.dfsNumber !== w) {
            if (nodePool.indexOf(ydash) < 0) {
              workList.push(ydash);
              nodePool.push(ydash);
            }
          }
        }
      }
      if (nodePool.length > 0 || type[w] === BB_SELF) {
        const loop = this.lsg.createNewLoop(nodeW, type[w] !== BB_IRREDUCIBLE);
        nodes[w].loop = loop;
        for (const node of nodePool) {
          header[node.dfsNumber] = w;
          node.union(nodes[w]);
          if (node.loop !== null) node.loop.setParent(loop);
          else loop.addNode(node.bb);
        }
      }
    }
    return this.lsg.numLoops();
  }
}

class GraphBuilder {
  constructor(cfg) { this.cfg = cfg; }
  connect(a, b) {
    new BasicBlockEdge(this.cfg, a, b);
  }
  diamond(start) {
    this.connect(start, start + 1);
    this.connect(start, start + 2);
    this.connect(start + 1, start + 3);
    this.connect(start + 2, start + 3);
    return start + 3;
  }
  straight(start, n) {
    for (let i = 0; i < n; i++) this.connect(start + i, start + i + 1);
    return start + n;
  }
  baseLoop(from) {
    const header = this.straight(from, 1);
    const d1 = this.diamond(header);
    const d11 = this.straight(d1, 1);
    const d2 = this.diamond(d11);
    let footer = this.straight(d2, 1);
    this.connect(d2, d11);
    this.connect(d1, header);
    this.connect(footer, from);
    footer = this.straight(footer, 1);
    return footer;
  }
  // A jump into the middle of a loop makes it irreducible.
  irreducible(from) {
    const a = this.straight(from, 1);
    const b = this.straight(a, 1);
    const c = this.straight(b, 1);
    this.connect(c, a);
    this.connect(from, b);
    this.connect(b, b);
    return this.straight(c, 1);
  }
}

function loopStats(lsg) {
  let reducible = 0;
  let depthSum = 0;
  let maxNesting = 0;
  let blockSum = 0;
  for (const loop of lsg.loops) {
    if (loop.isRoot) continue;
    if (loop.isReducible) reducible++;
    depthSum += loop.depthLevel;
    blockSum += loop.blocks.length;
    if (loop.nestingLevel > maxNesting) maxNesting = loop.nestingLevel;
  }
  return `loops=${lsg.numLoops()} reducible=${reducible} depthSum=${depthSum} maxNesting=${maxNesting} blocks=${blockSum}`;
}

const cfg = new ControlFlowGraph();
const builder = new GraphBuilder(cfg);
cfg.createNode(0);
builder.baseLoop(0);
cfg.createNode(1);
builder.connect(0, 2);

// Many runs over the small graph.
let small = 0;
for (let i = 0; i < 1000; i++) {
  small += new HavlakLoopFinder(cfg, new LoopStructureGraph()).findLoops();
}
console.log('small graph loops over 1000 runs', small);

// Grow a large graph of nested loops.
let n = 2;
for (let tree = 0; tree < 6; tree++) {
  cfg.createNode(n + 1);
  builder.connect(2, n + 1);
  n = n + 1;
  for (let i = 0; i < 12; i++) {
    const top = n;
    n = builder.straight(n, 1);
    for (let j = 0; j < 6; j++) n = builder.baseLoop(n);
    if (i % 4 === 1) n = builder.irreducible(n);
    const bottom = builder.straight(n, 1);
    builder.connect(n, top);
    n = bottom;
  }
  builder.connect(n, 1);
}
console.log('nodes', cfg.numNodes(), 'edges', cfg.edges.length);

let total = 0;
let lastLsg = null;
for (let i = 0; i < 8; i++) {
  lastLsg = new LoopStructureGraph();
  total += new HavlakLoopFinder(cfg, lastLsg).findLoops();
}
lastLsg.calculateNestingLevel();
console.log('large graph loops over 8 runs', total);
console.log(loopStats(lastLsg));

// Havlak benchmark: builds synthetic control-flow graphs (chains of nested,
// diamond-shaped and irreducible loops) and runs Havlak's loop recognition
// with union-find. Prints loop counts, nesting depth and reducibility stats.

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }

  addOutEdge(to) {
    this.outEdges.push(to);
  }

  addInEdge(from) {
    this.inEdges.push(from);
  }
}

class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.addOutEdge(this.to);
    this.to.addInEdge(this.from);
    cfg.addEdge(this);
  }
}

class CFG {
  constructor() {
    this.blocks = [];
    this.edges = [];
    this.startNode = null;
  }

  createNode(name) {
    while (this.blocks.length <= name) {
      this.blocks.push(null);
    }
    let block = this.blocks[name];
    if (block === null) {
      block = new BasicBlock(name);
      this.blocks[name] = block;
    }
    if (this.startNode === null) {
      this.startNode = block;
    }
    return block;
  }

  addEdge(edge) {
    this.edges.push(edge);
  }

  numNodes() {
    return this.blocks.length;
  }
}

class SimpleLoop {
  constructor(counter) {
    this.counter = counter;
    this.blocks = [];
    this.children = [];
    this.parent = null;
    this.header = null;
    this.isRoot = false;
    this.isReducible = true;
    this.nestingLevel = 0;
    this.depthLevel = 0;
  }

  addNode(block) {
    this.blocks.push(block);
  }

  addChildLoop(loop) {
    this.children.push(loop);
  }

  setParent(parent) {
    this.parent = parent;
    parent.addChildLoop(this);
  }

  setHeader(block) {
    this.header = block;
    this.blocks.push(block);
  }
}

class LoopStructureGraph {
  constructor() {
    this.loopCounter = 0;
    this.loops = [];
    this.root = this.createNewLoop();
    this.root.isRoot = true;
    this.addLoop(this.root);
  }

  createNewLoop() {
    const loop = new SimpleLoop(this.loopCounter);
    this.loopCounter++;
    return loop;
  }

  addLoop(loop) {
    this.loops.push(loop);
  }

  numLoops() {
    return this.loops.length;
  }

  calculateNestingLevel() {
    this.loops.forEach((loop) => {
      if (!loop.isRoot && loop.parent === null) {
        loop.setParent(this.root);
      }
    });
    LoopStructureGraph.assignLevels(this.root, 0);
  }

  static assignLevels(loop, depth) {
    loop.depthLevel = depth;
    for (const child of loop.children) {
      LoopStructureGraph.assignLevels(child, depth + 1);
      loop.nestingLevel = Math.max(loop.nestingLevel, child.nestingLevel + 1);
    }
  }
}

class UnionFindNode {
  constructor() {
    this.parent = null;
    this.block = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  initNode(block, dfsNumber) {
    this.parent = this;
    this.block = block;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  // Finds the representative and compresses the path behind it.
  findSet() {
    const path = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) {
        path.push(node);
      }
      node = node.parent;
    }
    for (let i = 0; i < path.length; i++) {
      path[i].parent = node.parent;
    }
    return node;
  }

  union(basis) {
    this.parent = basis;
  }
}

class HavlakLoopFinder {
  static UNVISITED = -1;
  static MAX_NON_BACK_PREDS = 32 * 1024;

  static NONHEADER = 0;
  static REDUCIBLE = 1;
  static SELF = 2;
  static IRREDUCIBLE = 3;
  static DEAD = 4;

  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.number = [];
    this.last = [];
    this.nodes = [];
  }

  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  // Recursive preorder numbering; last[n] is n's highest descendant.
  dfs(block, current) {
    this.nodes[current].initNode(block, current);
    this.number[block.name] = current;
    let lastId = current;
    for (const target of block.outEdges) {
      if (this.number[target.name] === HavlakLoopFinder.UNVISITED) {
        lastId = this.dfs(target, lastId + 1);
      }
    }
    this.last[current] = lastId;
    return lastId;
  }

  findLoops() {
    const start = this.cfg.startNode;
    if (start === null) {
      return 0;
    }
    const size = this.cfg.numNodes();
    const nonBackPreds = [];
    const backPreds = [];
    const header = [];
    const type = [];
    this.number = [];
    this.last = [];
    this.nodes = [];
    for (let i = 0; i < size; i++) {
      nonBackPreds.push([]);
      backPreds.push([]);
      header.push(0);
      type.push(HavlakLoopFinder.NONHEADER);
      this.number.push(HavlakLoopFinder.UNVISITED);
      this.last.push(0);
      this.nodes.push(new UnionFindNode());
    }

    this.dfs(start, 0);

    // Classify predecessors as back edges or forward/cross edges.
    for (let w = 0; w < size; w++) {
      const block = this.nodes[w].block;
      if (block === null) {
        type[w] = HavlakLoopFinder.DEAD;
        continue;
      }
      for (const pred of block.inEdges) {
        const v = this.number[pred.name];
        if (v === HavlakLoopFinder.UNVISITED) {
          continue;
        }
        if (this.isAncestor(w, v)) {
          backPreds[w].push(v);
        } else if (!nonBackPreds[w].includes(v)) {
          nonBackPreds[w].push(v);
        }
      }
    }

    // Visit potential headers bottom-up, collapsing each loop body.
    for (let w = size - 1; w >= 0; w--) {
      const block = this.nodes[w].block;
      if (block === null) {
        continue;
      }
      const pool = [];
      for (const v of backPreds[w]) {
        if (v !== w) {
          const rep = this.nodes[v].findSet();
          if (!pool.includes(rep)) {
            pool.push(rep);
          }
        } else {
          type[w] = HavlakLoopFinder.SELF;
        }
      }
      const work = pool.slice();
      if (pool.length > 0) {
        type[w] = HavlakLoopFinder.REDUCIBLE;
      }
      while (work.length > 0) {
        const x = work.shift();
        const preds = nonBackPreds[x.dfsNumber];
        if (preds.length > HavlakLoopFinder.MAX_NON_BACK_PREDS) {
          return 0;
        }
        for (const p of preds) {
          const yDash = this.nodes[p].findSet();
          if (!this.isAncestor(w, yDash.dfsNumber)) {
            type[w] = HavlakLoopFinder.IRREDUCIBLE;
            if (!nonBackPreds[w].includes(yDash.dfsNumber)) {
              nonBackPreds[w].push(yDash.dfsNumber);
            }
          } else if (yDash.dfsNumber !== w && !pool.includes(yDash)) {
            work.push(yDash);
            pool.push(yDash);
          }
        }
      }
      if (pool.length > 0 || type[w] === HavlakLoopFinder.SELF) {
        const loop = this.lsg.createNewLoop();
        loop.setHeader(block);
        loop.isReducible = type[w] !== HavlakLoopFinder.IRREDUCIBLE;
        this.nodes[w].loop = loop;
        for (const node of pool) {
          header[node.dfsNumber] = w;
          node.union(this.nodes[w]);
          if (node.loop !== null) {
            node.loop.setParent(loop);
          } else {
            loop.addNode(node.block);
          }
        }
        this.lsg.addLoop(loop);
      }
    }
    return this.lsg.numLoops();
  }
}

class GraphBuilder {
  constructor(cfg) {
    this.cfg = cfg;
  }

  connect(from, to) {
    new BasicBlockEdge(this.cfg, from, to);
  }

  // Two-way branch from start that joins again at start + 3.
  diamond(start) {
    this.connect(start, start + 1);
    this.connect(start, start + 2);
    this.connect(start + 1, start + 3);
    this.connect(start + 2, start + 3);
    return start + 3;
  }

  straight(start, length) {
    for (let i = 0; i < length; i++) {
      this.connect(start + i, start + i + 1);
    }
    return start + length;
  }

  // A loop whose body contains two diamonds, the second in an inner loop.
  baseLoop(from) {
    const head = this.straight(from, 1);
    const firstJoin = this.diamond(head);
    const inner = this.straight(firstJoin, 1);
    const secondJoin = this.diamond(inner);
    let footer = this.straight(secondJoin, 1);
    this.connect(secondJoin, inner);
    this.connect(firstJoin, head);
    this.connect(footer, from);
    footer = this.straight(footer, 1);
    return footer;
  }

  // Two blocks that jump into each other from outside: an irreducible loop.
  irreducible(from) {
    this.connect(from, from + 1);
    this.connect(from, from + 2);
    this.connect(from + 1, from + 2);
    this.connect(from + 2, from + 1);
    this.connect(from + 2, from + 3);
    return from + 3;
  }

  // A block that loops onto itself.
  selfLoop(from) {
    this.connect(from, from + 1);
    this.connect(from + 1, from + 1);
    this.connect(from + 1, from + 2);
    return from + 2;
  }
}

function buildGraph(outer, middle, inner) {
  const cfg = new CFG();
  const b = new GraphBuilder(cfg);
  cfg.createNode(0);
  b.baseLoop(0);
  cfg.createNode(1);
  b.connect(0, 2);
  let n = 2;
  for (let p = 0; p < outer; p++) {
    cfg.createNode(n + 1);
    b.connect(2, n + 1);
    n = n + 1;
    for (let i = 0; i < middle; i++) {
      const top = n;
      n = b.straight(n, 1);
      for (let j = 0; j < inner; j++) {
        n = b.baseLoop(n);
      }
      if (i % 3 === 0) {
        n = b.irreducible(n);
      } else if (i % 3 === 1) {
        n = b.selfLoop(n);
      }
      const bottom = b.straight(n, 1);
      b.connect(n, top);
      n = bottom;
    }
    b.connect(n, 1);
  }
  // A few unreachable blocks, which the finder must mark dead.
  b.connect(n + 1, n + 2);
  b.connect(n + 2, n + 1);
  return cfg;
}

function analyze(cfg) {
  const lsg = new LoopStructureGraph();
  const finder = new HavlakLoopFinder(cfg, lsg);
  finder.findLoops();
  lsg.calculateNestingLevel();
  return lsg;
}

function main() {
  const cfg = buildGraph(2, 25, 8);
  console.log("blocks: " + cfg.numNodes() + ", edges: " + cfg.edges.length);

  // Repeated analysis of a small graph stresses allocation of fresh finders.
  const small = buildGraph(1, 2, 2);
  let smallLoops = 0;
  for (let i = 0; i < 5000; i++) {
    smallLoops += analyze(small).numLoops();
  }
  console.log("small graph loops x5000: " + smallLoops);

  let lsg = null;
  for (let r = 0; r < 300; r++) {
    lsg = analyze(cfg);
  }
  const loops = lsg.loops;
  const irreducible = loops.filter((l) => !l.isReducible).length;
  const maxDepth = loops.reduce((m, l) => Math.max(m, l.depthLevel), 0);
  const blocksInLoops = loops.reduce((sum, l) => sum + l.blocks.length, 0);
  const selfLoops = loops.filter((l) => !l.isRoot && l.blocks.length === 1 && l.children.length === 0).length;
  console.log("loops found: " + lsg.numLoops());
  console.log("irreducible: " + irreducible + ", self loops: " + selfLoops);
  console.log("root nesting level: " + lsg.root.nestingLevel + ", max depth: " + maxDepth);
  console.log("blocks listed in loops: " + blocksInLoops);
}

main();

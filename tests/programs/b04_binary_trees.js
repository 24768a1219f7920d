'use strict';
// Binary trees: allocate many complete trees, walk them, discard them.

class TreeNode {
  constructor(left, right, item) {
    this.left = left;
    this.right = right;
    this.item = item;
  }

  check() {
    if (this.left === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }

  itemSum() {
    if (this.left === null) return this.item;
    return this.item + this.left.itemSum() - this.right.itemSum();
  }
}

function bottomUp(depth, item) {
  if (depth === 0) return new TreeNode(null, null, item);
  return new TreeNode(bottomUp(depth - 1, 2 * item - 1), bottomUp(depth - 1, 2 * item), item);
}

const minDepth = 4;
const maxDepth = 13;
const stretchDepth = maxDepth + 1;

const stretch = bottomUp(stretchDepth, 0);
console.log(`stretch tree of depth ${stretchDepth}\t check: ${stretch.check()}`);

const longLived = bottomUp(maxDepth, 0);

for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + minDepth);
  let check = 0;
  let items = 0;
  for (let i = 1; i <= iterations; i++) {
    const t1 = bottomUp(depth, i);
    check += t1.check();
    items += t1.itemSum();
    const t2 = bottomUp(depth, -i);
    check += t2.check();
    items += t2.itemSum();
  }
  console.log(`${iterations * 2}\t trees of depth ${depth}\t check: ${check}\t items: ${items}`);
}

console.log(`long lived tree of depth ${maxDepth}\t check: ${longLived.check()}\t items: ${longLived.itemSum()}`);

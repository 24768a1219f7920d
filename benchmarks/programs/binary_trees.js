// Binary trees: builds many perfect binary trees of increasing depth, walks
// them to count their nodes, and keeps one long-lived tree alive throughout.
// Prints node counts for the stretch tree, each depth and the long-lived tree.

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }

  static bottomUp(depth) {
    if (depth === 0) return new TreeNode(null, null);
    return new TreeNode(TreeNode.bottomUp(depth - 1), TreeNode.bottomUp(depth - 1));
  }

  // Number of nodes in this tree.
  check() {
    if (this.left === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }
}

function run(maxDepth) {
  const minDepth = 4;
  const stretchDepth = maxDepth + 1;
  const lines = [];
  lines.push("stretch tree of depth " + stretchDepth + "\t check: " +
    TreeNode.bottomUp(stretchDepth).check());

  const longLived = TreeNode.bottomUp(maxDepth);

  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 0; i < iterations; i++) {
      check += TreeNode.bottomUp(depth).check();
    }
    lines.push(iterations + "\t trees of depth " + depth + "\t check: " + check);
  }

  lines.push("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
  return lines;
}

function main() {
  run(17).forEach((line) => console.log(line));
}

main();

// Checks a binary search tree with classes and recursion, ending with an uncaught TypeError (method on undefined).
class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
  }
}
class BST {
  constructor() {
    this.root = null;
    this.size = 0;
  }
  insert(key, value) {
    const node = new Node(key, value);
    if (this.root === null) {
      this.root = node;
      this.size++;
      return;
    }
    let cur = this.root;
    while (true) {
      if (key === cur.key) {
        cur.value = value;
        return;
      }
      const side = key < cur.key ? "left" : "right";
      if (cur[side] === null) {
        cur[side] = node;
        this.size++;
        return;
      }
      cur = cur[side];
    }
  }
  lookup(key) {
    let cur = this.root;
    while (cur !== null) {
      if (key === cur.key) return cur;
      cur = key < cur.key ? cur.left : cur.right;
    }
    return undefined;
  }
  inorder() {
    const out = [];
    const walk = (n) => {
      if (!n) return;
      walk(n.left);
      out.push(n.key);
      walk(n.right);
    };
    walk(this.root);
    return out;
  }
  height(n = this.root) {
    if (n === null) return 0;
    return 1 + Math.max(this.height(n.left), this.height(n.right));
  }
}
const t = new BST();
const keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65];
for (const k of keys) t.insert(k, { label: "n" + k, weight: k / 10 });
t.insert(40, { label: "forty", weight: 4.4 });
console.log("size", t.size, "height", t.height());
const order = t.inorder();
console.log(order.slice(0, 5), order.slice(5));
console.log(t.lookup(40).value.label, t.lookup(65).value.weight, t.lookup(99));
let totalWeight = 0;
for (const k of order) totalWeight += t.lookup(k).value.weight;
console.log("total weight", totalWeight);
// string keys in a second tree
const words = new BST();
for (const w of ["pear", "apple", "fig", "kiwi", "banana", "cherry"]) words.insert(w, w.length);
console.log(words.inorder());
console.log(words.lookup("fig").value, words.height(), typeof words.lookup("grape"));
// guarded lookup succeeds
const maybe = t.lookup(12);
console.log("guarded:", maybe ? maybe.value.label : "missing 12");
// unguarded lookup of a missing key: lookup returns undefined, so .value throws TypeError
console.log("looking up 12 without a guard");
console.log(t.lookup(12).value.label);
console.log("unreachable");

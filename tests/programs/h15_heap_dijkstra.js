// A benchmark-style graph workload: a binary heap class, Dijkstra on a generated grid, a linear congruential generator with 32-bit wraparound.
class Rng {
  constructor(seed) { this.state = seed >>> 0; }
  next() { this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0; return this.state; }
  int(n) { return this.next() % n; }
  float() { return this.next() / 4294967296; }
}
class MinHeap {
  constructor(less) { this.items = []; this.less = less; }
  get size() { return this.items.length; }
  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        const t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
      }
    }
    return top;
  }
}
const W = 40, H = 30;
const rng = new Rng(12345);
const cost = [];
for (let y = 0; y < H; y++) { const row = []; for (let x = 0; x < W; x++) row.push(1 + rng.int(9)); cost.push(row); }
function dijkstra(sx, sy) {
  const dist = new Array(W * H).fill(Infinity);
  const heap = new MinHeap((p, q) => p.d < q.d || (p.d === q.d && p.k < q.k));
  dist[sy * W + sx] = 0;
  heap.push({ d: 0, k: sy * W + sx });
  let pops = 0;
  while (heap.size > 0) {
    const { d, k } = heap.pop();
    pops++;
    if (d > dist[k]) continue;
    const x = k % W, y = (k / W) | 0;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nx = x + dx, ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
      const nk = ny * W + nx, nd = d + cost[ny][nx];
      if (nd < dist[nk]) { dist[nk] = nd; heap.push({ d: nd, k: nk }); }
    }
  }
  return { dist, pops };
}
const { dist, pops } = dijkstra(0, 0);
console.log(dist[W * H - 1], pops, dist.slice(0, 10).join(","), Math.max(...dist), dist.reduce((s, v) => s + v, 0));
let h = 0;
for (const v of dist) h = (h * 33 ^ v) | 0;
console.log(h, h >>> 0, (h >>> 0).toString(36), -h % 1000, Math.floor(h / 1e6), Math.trunc(h / 1e6));
const sample = [];
for (let i = 0; i < 8; i++) sample.push(rng.float().toFixed(6));
console.log(sample.join(" "), rng.state, rng.int(1000));
const sorted = dist.slice().sort((p, q) => q - p).slice(0, 5);
console.log(sorted, dist.indexOf(sorted[0]), dist.lastIndexOf(sorted[4]));

// Checks a binary-heap priority queue class driving a deterministic discrete-event bank-teller simulation.
class MinHeap {
  constructor(less) {
    this.items = [];
    this.less = less;
  }
  get size() {
    return this.items.length;
  }
  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      const t = a[i]; a[i] = a[p]; a[p] = t;
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
        const l = 2 * i + 1;
        const r = l + 1;
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

// Heap sort sanity check with a pseudo random LCG
let seed = 12345;
function rand(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}
const h = new MinHeap((a, b) => a < b);
for (let i = 0; i < 200; i++) h.push(rand(1000));
const sorted = [];
while (h.size > 0) sorted.push(h.pop());
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log("heap sort ok: " + ok + ", min=" + sorted[0] + ", max=" + sorted[sorted.length - 1]);

// Event simulation: events ordered by time, then by sequence number for ties
let seq = 0;
const events = new MinHeap((a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq));
function schedule(time, kind, customer) {
  events.push({ time: time, seq: seq++, kind: kind, customer: customer });
}
const tellers = 2;
let busy = 0;
const waiting = [];
const waits = [];
let log = [];
for (let c = 0; c < 12; c++) schedule(c * 3 + rand(3), "arrive", c);
while (events.size > 0) {
  const ev = events.pop();
  if (ev.kind === "arrive") {
    waiting.push({ id: ev.customer, arrived: ev.time });
  } else {
    busy--;
    log.push("t" + ev.time + ":done" + ev.customer);
  }
  while (busy < tellers && waiting.length > 0) {
    const next = waiting.shift();
    busy++;
    waits.push(ev.time - next.arrived);
    schedule(ev.time + 4 + rand(5), "depart", next.id);
  }
}
for (let i = 0; i < log.length; i += 4) console.log(log.slice(i, i + 4).join(" "));
let totalWait = 0;
let maxWait = 0;
for (const w of waits) {
  totalWait += w;
  if (w > maxWait) maxWait = w;
}
console.log("customers served: " + waits.length + ", events scheduled: " + seq);
console.log("average wait: " + (totalWait / waits.length).toFixed(3) + ", max wait: " + maxWait);

// Tie-breaking check: equal priorities come out in insertion order
const ties = new MinHeap((a, b) => a.p < b.p || (a.p === b.p && a.n < b.n));
["e", "d", "c", "b", "a"].forEach((name, n) => ties.push({ p: n % 2, n: n, name: name }));
const tieOrder = [];
while (ties.size) tieOrder.push(ties.pop().name);
console.log("tie order: " + tieOrder.join(""));
console.log("empty pop: " + ties.pop() + ", size " + ties.size);

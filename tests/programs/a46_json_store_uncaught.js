// A small document store that keeps its records as JSON text: snapshots,
// patches, a pretty-printed report, then a corrupt snapshot nobody catches.

class Record {
  constructor(id, title, tags, score) {
    this.id = id;
    this.title = title;
    this.tags = tags;
    this.score = score;
    this.cache = undefined;
  }
  get summary() { return this.id + ":" + this.title; }
  toJSON() { return { id: this.id, title: this.title, tags: this.tags, score: this.score }; }
}

class Store {
  constructor() { this.records = []; this.log = []; }
  add(r) { this.records.push(r); this.log.push("add " + r.summary); }
  snapshot(space) { return JSON.stringify({ version: 2, records: this.records }, null, space); }
  restore(text) {
    const data = JSON.parse(text);
    if (data.version !== 2) throw new Error("unknown version " + data.version);
    this.records = data.records.map((o) => new Record(o.id, o.title, o.tags, o.score));
    this.log.push("restore " + this.records.length);
  }
  patch(text) {
    let changes;
    try {
      changes = JSON.parse(text);
    } catch (e) {
      this.log.push("bad patch: " + e.message);
      return false;
    }
    for (const id in changes) {
      const r = this.records.find((x) => x.id === Number(id));
      if (r) for (const k of Object.keys(changes[id])) r[k] = changes[id][k];
    }
    return true;
  }
}

const store = new Store();
store.add(new Record(1, "Parser \"notes\"", ["json", "text"], 4.5));
store.add(new Record(2, "Tabs\tand\nlines", [], -0));
store.add(new Record(3, "Unicode ☃ \u0007", ["x"], 1e-7));

const compact = store.snapshot();
console.log(compact);
console.log(store.snapshot(2));

const copy = new Store();
copy.restore(compact);
console.log(copy.records.map((r) => r.summary).join(" | "));
console.log(copy.snapshot() === compact);

console.log(copy.patch('{"2": {"score": 10, "tags": ["fixed"]}, "3": {"title": "Snowman"}}'));
console.log(copy.patch('{"1": {"score": 5,}}'));
console.log(copy.patch("{'1': 2}"));
console.log(JSON.stringify(copy.records, ["id", "score"]));
console.log(JSON.stringify(copy.records.map((r) => r.score), null, "\t"));
console.log(copy.log.join("\n"));

const totals = JSON.parse(JSON.stringify(copy.records)).reduce((acc, r) => {
  for (const t of r.tags) acc[t] = (acc[t] || 0) + r.score;
  return acc;
}, {});
console.log(totals, JSON.stringify(totals));

console.log("restoring a corrupt snapshot");
copy.restore(compact.slice(0, 40));
console.log("not reached");

// An inverted index: word -> Set of document ids, documents in a Map
"use strict";

class TextIndex {
  constructor() {
    this.docs = new Map();
    this.words = new Map();
  }
  add(id, text) {
    this.docs.set(id, text);
    for (const raw of text.toLowerCase().split(" ")) {
      const w = raw.replace(".", "").replace(",", "");
      if (!w) continue;
      let ids = this.words.get(w);
      if (!ids) {
        ids = new Set();
        this.words.set(w, ids);
      }
      ids.add(id);
    }
    return this;
  }
  remove(id) {
    if (!this.docs.delete(id)) return false;
    for (const [w, ids] of this.words) {
      ids.delete(id);
      if (ids.size === 0) this.words.delete(w);
    }
    return true;
  }
  search(...terms) {
    let result = null;
    for (const t of terms) {
      const ids = this.words.get(t) || new Set();
      result = result === null ? new Set(ids) : new Set([...result].filter((x) => ids.has(x)));
    }
    return [...(result || [])].sort((a, b) => a - b);
  }
}

module.exports = { TextIndex };

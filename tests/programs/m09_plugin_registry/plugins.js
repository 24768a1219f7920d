// Concrete plugins extending the base class, exported one by one with exports.x.
const Plugin = require("./base");

class TrimPlugin extends Plugin {
  constructor() { super("trim", 10); }
  transform(s) { return s.trim(); }
}
class UpperPlugin extends Plugin {
  constructor() { super("upper", 20); }
  handles(kind) { return kind === "title"; }
  transform(s) { return s.toUpperCase(); }
}
class CensorPlugin extends Plugin {
  constructor(words) { super("censor", 15); this.words = words; this.hits = 0; }
  transform(s) {
    let out = s;
    for (const w of this.words) {
      while (out.indexOf(w) >= 0) { out = out.replace(w, "*".repeat(w.length)); this.hits++; }
    }
    return out;
  }
  describe() { return super.describe() + " hits=" + this.hits; }
}
class WrapPlugin extends Plugin {
  constructor(left, right) { super("wrap", 30); this.left = left; this.right = right; }
  handles(kind) { return kind !== "raw"; }
  transform(s) { return this.left + s + this.right; }
}
exports.TrimPlugin = TrimPlugin;
exports.UpperPlugin = UpperPlugin;
exports.CensorPlugin = CensorPlugin;
exports.WrapPlugin = WrapPlugin;
exports.count = 4;

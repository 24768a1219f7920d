// A small event emitter with listener bookkeeping.
class Emitter {
  constructor() { this.handlers = {}; this.fired = 0; }
  on(name, fn) { (this.handlers[name] ??= []).push(fn); return () => this.off(name, fn); }
  off(name, fn) {
    const list = this.handlers[name];
    if (!list) return false;
    const i = list.indexOf(fn);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }
  emit(name, ...args) {
    const list = (this.handlers[name] || []).slice();
    for (const fn of list) { this.fired++; fn(...args); }
    return list.length;
  }
  static mixinCount = 0;
}
module.exports = Emitter;

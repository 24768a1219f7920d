// Registry class: stores plugins by name and runs them in priority order.
class Registry {
  constructor() {
    this.byName = {};
    this.order = [];
  }
  register(plugin) {
    if (plugin.name in this.byName) throw new Error("duplicate plugin " + plugin.name);
    this.byName[plugin.name] = plugin;
    this.order.push(plugin);
    this.order.sort((a, b) => a.priority - b.priority);
    return this;
  }
  unregister(name) {
    const p = this.byName[name];
    if (!p) return false;
    delete this.byName[name];
    this.order = this.order.filter((x) => x !== p);
    return true;
  }
  process(kind, input) {
    let value = input;
    const used = [];
    for (const p of this.order) {
      if (!p.handles(kind)) continue;
      value = p.run(value);
      used.push(p.name);
    }
    return { value: value, used: used.join(">") };
  }
}
module.exports = Registry;

// Base plugin class shared by all plugins.
class Plugin {
  constructor(name, priority) {
    this.name = name;
    this.priority = priority;
    this.calls = 0;
  }
  handles(kind) { return true; }
  run(input) { this.calls++; return this.transform(input); }
  transform(input) { return input; }
  describe() { return this.name + "@" + this.priority; }
}
module.exports = Plugin;

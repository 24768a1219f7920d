// Checks a plugin registry split across CommonJS modules: base class, plugin subclasses, and a registry class.
const Registry = require("./registry");
const plugins = require("./plugins");
const Plugin = require("./base");

const reg = new Registry();
reg.register(new plugins.WrapPlugin("[", "]"))
  .register(new plugins.TrimPlugin())
  .register(new plugins.UpperPlugin())
  .register(new plugins.CensorPlugin(["darn", "heck"]));
console.log("exported plugin classes: " + plugins.count);
console.log("order: " + reg.order.map((p) => p.describe()).join(", "));

const jobs = [
  ["title", "  hello darn world  "],
  ["body", " what the heck, darn it "],
  ["raw", "  heck  "],
  ["title", "plain"],
];
for (const [kind, text] of jobs) {
  const r = reg.process(kind, text);
  console.log(kind.padEnd(6) + "'" + r.value + "' via " + r.used);
}

try {
  reg.register(new plugins.TrimPlugin());
} catch (e) {
  console.log("register failed: " + e.message);
}

class ExclaimPlugin extends Plugin {
  constructor() { super("exclaim", 25); }
  transform(s) { return s + "!"; }
}
reg.register(new ExclaimPlugin());
console.log("removed upper: " + reg.unregister("upper") + ", removed ghost: " + reg.unregister("ghost"));
const r = reg.process("title", "  done  ");
console.log("after changes: '" + r.value + "' via " + r.used);
console.log("all Plugins: " + reg.order.every((p) => p instanceof Plugin) + ", names: " + Object.keys(reg.byName).join(","));
console.log("calls: " + reg.order.map((p) => p.name + "=" + p.calls).join(" "));
console.log(reg.byName.censor.describe());

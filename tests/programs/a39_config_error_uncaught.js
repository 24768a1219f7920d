// Checks a config validator using Error subclasses and finally blocks; a final invalid config escapes uncaught.
class ConfigError extends Error {
  constructor(path, msg) {
    super(path + ": " + msg);
    this.name = "ConfigError";
    this.path = path;
  }
}
const depthLog = [];
function check(value, schema, path) {
  depthLog.push(path);
  try {
    if (schema.type === "number") {
      if (typeof value !== "number" || value !== value) throw new ConfigError(path, "expected number, got " + typeof value);
      if (schema.min !== undefined && value < schema.min) throw new ConfigError(path, value + " < min " + schema.min);
      return value;
    }
    if (schema.type === "string") {
      if (typeof value !== "string") throw new ConfigError(path, "expected string");
      return schema.upper ? value.toUpperCase() : value;
    }
    if (schema.type === "object") {
      if (value === null || typeof value !== "object") throw new ConfigError(path, "expected object");
      const out = {};
      for (const key of Object.keys(schema.fields)) {
        const f = schema.fields[key];
        if (!(key in value)) {
          if ("default" in f) {
            out[key] = f.default;
            continue;
          }
          throw new ConfigError(path + "." + key, "missing");
        }
        out[key] = check(value[key], f, path + "." + key);
      }
      return out;
    }
    throw new ConfigError(path, "unknown schema type " + schema.type);
  } finally {
    depthLog.pop();
  }
}
const schema = {
  type: "object",
  fields: {
    name: { type: "string", upper: true },
    port: { type: "number", min: 1 },
    debug: { type: "number", default: 0 },
    db: { type: "object", fields: { host: { type: "string" }, pool: { type: "number", min: 1, default: 4 } } },
  },
};
const configs = [
  { name: "app", port: 80, db: { host: "h1" } },
  { name: "svc", port: 8080, debug: 1, db: { host: "h2", pool: 16 } },
  { name: "bad", port: 0, db: { host: "h3" } },
  { name: "bad2", port: 1, db: { pool: 2 } },
  { name: 5, port: 1, db: {} },
  { name: "x", port: "80", db: {} },
];
for (const cfg of configs) {
  try {
    const r = check(cfg, schema, "cfg");
    console.log("valid", r.name, r.port, r.debug, r.db);
  } catch (e) {
    console.log("invalid", e.name, e.message, "| stack depth now", depthLog.length);
  }
}
function loadAll(list) {
  const results = [];
  for (const c of list) {
    try {
      results.push(check(c, schema, "cfg").name);
    } finally {
      console.log("processed", results.length, "of", list.length);
    }
  }
  return results;
}
console.log(loadAll(configs.slice(0, 2)));
console.log("loading a list that contains an invalid config, without a catch");
loadAll([configs[1], configs[3], configs[0]]);
console.log("unreachable");

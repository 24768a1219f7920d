// JSON as configuration code uses it: stringify with indentation (numbers, strings, tabs), nested arrays and objects, replacer arrays, toJSON, parse.
class Version {
  constructor(major, minor, patch) { this.major = major; this.minor = minor; this.patch = patch; }
  toJSON() { return `${this.major}.${this.minor}.${this.patch}`; }
}
const config = {
  name: "service",
  version: new Version(1, 4, 0),
  ports: [8080, 8443],
  empty: [],
  emptyObj: {},
  nested: { deep: { deeper: { list: [1, [2, [3, []]], { k: null }] } } },
  flags: { verbose: true, debug: false, level: undefined, fn() { return 1; } },
  ratio: 0.1 + 0.2,
  neg: -0,
  big: 1e21,
  nan: NaN,
  inf: -Infinity,
  text: 'quote " backslash \\ newline \n tab \t unicode é \u0001',
  dates: ["2024-01-01", "2024-12-31"],
};
console.log(JSON.stringify(config));
console.log(JSON.stringify(config, null, 2));
console.log(JSON.stringify(config.nested, null, "\t"));
console.log(JSON.stringify(config.ports, null, 12));
console.log(JSON.stringify(config, ["name", "ports", "nested", "deep"], 1));
console.log(JSON.stringify([undefined, function () {}, null, NaN]), JSON.stringify({ u: undefined }), JSON.stringify("s"), JSON.stringify(42));
console.log(JSON.stringify({ a: [{}, []], b: [[]] }, null, 2));
const text = JSON.stringify(config, null, 1);
const back = JSON.parse(text);
console.log(back.version, back.ports.length, back.nested.deep.deeper.list[1][1][0], back.flags, back.nan, back.neg, Object.keys(back).length);
console.log(JSON.stringify(JSON.parse(' [1, 2.5e3, -0.125, "\\u00e9\\n", true, null, {"x": {}}] ')));
try { JSON.parse("{bad json}"); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
const counts = {};
for (const w of "the cat and the hat and the bat".split(" ")) counts[w] = (counts[w] || 0) + 1;
console.log(JSON.stringify(counts, null, 2));
console.log(JSON.stringify(Object.entries(counts).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))));

// JSON.parse: the whole grammar, the values it makes, and node's SyntaxError messages.

function show(text) {
  try {
    const v = JSON.parse(text);
    console.log(JSON.stringify(text), "->", typeof v, JSON.stringify(v));
  } catch (e) {
    console.log(JSON.stringify(text), "!!", e.name + ": " + e.message, e instanceof SyntaxError);
  }
}

// literals and numbers
for (const t of ["true", "false", "null", "0", "-0", "7", "-12", "3.25", "-0.5", "1e3", "1E+2", "2.5e-3",
                 "123456789012345", "1234567890123456789", "9007199254740993", "1e400", "-1e-400",
                 "0.1", "1.7976931348623157e308", "5e-324", "4.35", "0.000001", "1e21", "100000000000000000000"]) {
  show(t);
}
console.log(Object.is(JSON.parse("-0"), -0), Object.is(JSON.parse("0"), 0), 1 / JSON.parse("-0.0"));
console.log(JSON.parse("0.1") + JSON.parse("0.2"), JSON.parse("12") * 2, JSON.parse(" 42 ") === 42);

// strings and escapes
show('"plain"');
show('""');
show('"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t end"');
show('"\\u0041\\u00e9\\u20AC\\uD83D\\uDE00"');
show('"lone \\ud800 and \\uDC00"');
show('"raw unicode: ü € 𝄞 \u2028"');
const s = JSON.parse('"a\\u0000b"');
console.log(s.length, s.charCodeAt(1));
console.log(JSON.parse('"\\uD83D\\uDE00"').length, JSON.parse('"\\uD83D\\uDE00"') === "😀");

// whitespace: space, tab, newline, carriage return
show(" \t\n\r[ 1 ,\n\t2 ]\r\n ");
show('{ "a" : 1 , "b" :\t[ ] }');

// arrays and objects, nested
show("[]");
show("{}");
show('[1, "two", [3, [4, []]], {"five": 5}, null, true]');
show('{"a": {"b": {"c": {"d": [1, {"e": "deep"}]}}}}');
const parts = [];
for (let i = 0; i < 50; i++) parts.push(i * 1.5);
const big = JSON.parse("[" + parts.join(",") + "]");
console.log(big.length, big[49], big.reduce((x, y) => x + y, 0));

// objects are dictionaries in JavaScript's key order: integer-like keys first, ascending
const o = JSON.parse('{"b": 1, "2": "two", "a": 2, "1": "one", "-1": "minus", "01": "lead", "10": "ten"}');
console.log(Object.keys(o).join(","), JSON.stringify(o));
console.log(o.a, o["2"], o[1], o.missing, "a" in o, "zz" in o);
const dup = JSON.parse('{"k": 1, "x": 0, "k": 2}');
console.log(JSON.stringify(dup), Object.keys(dup).length);

// parsed values are ordinary values: mutate, extend, iterate
const cfg = JSON.parse('{"name": "app", "ports": [80, 443], "opts": {"debug": false}}');
cfg.ports.push(8080);
cfg.opts.level = 3;
cfg.added = "yes";
delete cfg.name;
for (const k in cfg) console.log("key", k);
console.log(cfg, cfg.ports.length, Array.isArray(cfg.ports), typeof cfg.opts);
let total = 0;
for (const p of cfg.ports) total += p;
console.log(total);
const people = JSON.parse('[{"name": "Ann", "age": 31}, {"name": "Bob", "age": 27}, {"name": "Cy", "age": 45}]');
people.sort((x, y) => x.age - y.age);
console.log(people.map((p) => p.name + ":" + p.age).join(" "), Object.entries(people[0]));

// round trips
const value = { s: "x\"y\\z\n", n: [0, -1.5, 1e-9, 12345678.9], b: [true, false, null], o: { nested: { deep: [] } } };
const text = JSON.stringify(value);
console.log(text === JSON.stringify(JSON.parse(text)), JSON.stringify(JSON.parse(JSON.stringify(value, null, 2))) === text);

// not a string: converted first
console.log(JSON.parse(12), JSON.parse(true), JSON.parse(null), JSON.parse([5]));

// syntax errors, with node 20's messages and positions
for (const t of ["", " ", "{", "[", "[1,2", "[1 2]", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\"", "{\"a\":", "{a:1}",
                 "{,}", "{\"a\":1,,}", "{\"a\":1 \"b\":2}", "tru", "nul", "fals", "truex", "t e", "tr1e", "tr\"e",
                 "\"abc", "\"a\\x\"", "\"\\u12G4\"", "\"\\u12", "\"\\", "\"abc\\", "\"a\nb\"", "\"tab\tin\"", "'single'",
                 "01", "-01", "1.", "1.e3", "-", "-a", "[-]", "1e", "1e+", ".5", "+1", "NaN", "Infinity", "undefined",
                 "[object Object]", " NaN", "{\"a\":1}x", "123abc", "[1,2,3]]", "1 2", "\u00a0 1",
                 "x{\"abcdefghijklmnopqrstuvwxyz\"}", "{\"abcdefghijklmnopqrstuvwxyz\":1,\"a\":@1234567890}",
                 "[1,2,3,4,5,6,7,8,9,10,@]", "@aaaaaaaaaaaaaaaaaaa", "@aaaaaaaaaaaaaaaaaaaa",
                 "{\"a\":\"\\ā\"}", "{\"a\":\"\\é\"}", "[\"ok\", {\"k\": [1, 2, {\"z\": tru}]}]"]) {
  show(t);
}

// a syntax error is an ordinary catchable error
function safeParse(t, fallback) {
  try { return JSON.parse(t); } catch (e) { return fallback; }
}
console.log(safeParse("[1", "fallback"), safeParse("[1]", "fallback"));
try {
  JSON.parse("{bad}");
} catch (e) {
  console.log(e.name, e.message, e instanceof Error, String(e));
}

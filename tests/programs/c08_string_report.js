// Checks string building: template literals, padStart/padEnd, charCodeAt hashing, slice/substring/indexOf, split/join, repeat.
const csv = "widget,4,2.50;gadget,10,0.99;doohickey,1,15.00;gizmo,7,3.25;thingamajig,2,8.75";

function hash(s) {
  let h = 5381;
  for (let i = 0; i < s.length; i++) {
    h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

const rows = csv.split(";").map((line) => {
  const parts = line.split(",");
  return { name: parts[0], qty: Number(parts[1]), price: parseFloat(parts[2]) };
});

const width = 36;
const line = "-".repeat(width);
console.log(line);
console.log(`${"Item".padEnd(14)}${"Qty".padStart(5)}${"Total".padStart(10)}   #`);
console.log(line);
let grand = 0;
for (const r of rows) {
  const total = r.qty * r.price;
  grand += total;
  const name = r.name.length > 12 ? r.name.slice(0, 11) + "~" : r.name;
  console.log(`${name.padEnd(14, ".")}${String(r.qty).padStart(5)}${total.toFixed(2).padStart(10)}   ${hash(r.name).substring(0, 4)}`);
}
console.log(line);
console.log(`${"TOTAL".padEnd(14)}${"".padStart(5)}${grand.toFixed(2).padStart(10, "*")}`);

// Scanning with indexOf
const log = "INFO start|WARN disk low|INFO tick|ERROR failed write|INFO tick|ERROR timeout";
let pos = 0;
let errors = [];
while ((pos = log.indexOf("ERROR ", pos)) !== -1) {
  const end = log.indexOf("|", pos);
  errors.push(log.substring(pos + 6, end === -1 ? log.length : end));
  pos += 6;
}
console.log(`errors(${errors.length}): ${errors.join(" / ")}`);
console.log("last tick at " + log.lastIndexOf("tick") + ", first tick at " + log.indexOf("tick"));

// includes / startsWith / endsWith
const files = ["main.js", "README.md", "lib/util.js", "test/util.test.js", "package.json", "lib/index.ts"];
const js = files.filter((f) => f.endsWith(".js"));
const lib = files.filter((f) => f.startsWith("lib/"));
const tests = files.filter((f) => f.includes("test"));
console.log(`js=${js.join(",")} lib=${lib.length} tests=${tests.length}`);
console.log("startsWith at 4: " + "lib/index.ts".startsWith("index", 4) + ", endsWith len 2: " + "main.js".endsWith("ma", 2));

// slice with negatives, substring argument swapping
const word = "transformation";
console.log([word.slice(-5), word.slice(2, -3), word.substring(8, 3), word.substring(-2, 4), word.slice(5, 2) === ""].join(" | "));

// Word wrap using split and join
const para = "the quick brown fox jumps over the lazy dog and keeps running far away";
const out = [];
let cur = "";
for (const w of para.split(" ")) {
  if (cur.length + w.length + 1 > 20 && cur.length > 0) {
    out.push(cur);
    cur = w;
  } else {
    cur = cur.length === 0 ? w : cur + " " + w;
  }
}
out.push(cur);
for (const l of out) console.log("|" + l.padEnd(20) + "|");

// Character statistics
let vowels = 0;
let upper = 0;
const sample = "Hello World From Shapescape";
for (const ch of sample) {
  if ("aeiouAEIOU".indexOf(ch) >= 0) vowels++;
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) upper++;
}
console.log(`vowels=${vowels} upper=${upper} hash=${hash(sample)} rev=${sample.split("").reverse().join("").slice(0, 9)}`);
console.log(`${"ab".repeat(3)}-${"x".repeat(0)}-${["a", "b", "c"].join("")}-${"a-b-c".split("-").length}-${"abc".split("").join("/")}`);

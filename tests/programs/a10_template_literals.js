// Checks template literals with expressions, nesting, multi-line text and string building.
const name = "Ada";
const age = 36;
console.log(`Name: ${name}, age: ${age}, next year: ${age + 1}`);
console.log(`${1 + 1}${"2"}${3 * 3}`, `${null} ${undefined} ${true} ${NaN}`);
console.log(`nested: ${`inner ${name.toUpperCase()}`} done`);
console.log(`cond: ${age > 18 ? "adult" : "minor"}`);
console.log(`multi
line
text`);
console.log(`escaped \${not} and \`ticks\``);
console.log(`float ${0.1 + 0.2} big ${1e21} tiny ${1e-7} negzero ${-0}`);

// table rendering with manual padding
function padRight(s, n) {
  s = String(s);
  while (s.length < n) s += " ";
  return s;
}
function padLeft(s, n) {
  s = String(s);
  while (s.length < n) s = " " + s;
  return s;
}
const rows = [
  { item: "apple", qty: 3, price: 0.5 },
  { item: "bread", qty: 1, price: 2.25 },
  { item: "cheese", qty: 2, price: 7.8 },
  { item: "dates", qty: 12, price: 0.15 },
];
let total = 0;
console.log(`|${padRight("item", 8)}|${padLeft("qty", 4)}|${padLeft("cost", 8)}|`);
for (const r of rows) {
  const cost = r.qty * r.price;
  total += cost;
  console.log(`|${padRight(r.item, 8)}|${padLeft(r.qty, 4)}|${padLeft(cost.toFixed(2), 8)}|`);
}
console.log(`|${padRight("TOTAL", 8)}|${padLeft("", 4)}|${padLeft(total.toFixed(2), 8)}|`);

// string building: a small HTML-ish renderer
function tag(t, content, attrs) {
  let a = "";
  if (attrs) {
    for (const k in attrs) a += ` ${k}="${attrs[k]}"`;
  }
  return `<${t}${a}>${content}</${t}>`;
}
console.log(tag("p", "hello"));
console.log(tag("a", tag("b", "bold"), { href: "/x", id: "link1" }));

// triangle of characters
for (let i = 1; i <= 4; i++) {
  let line = "";
  for (let j = 0; j < i; j++) line += String.fromCharCode(65 + j);
  console.log(`${i}: ${line}`);
}
// function call inside template
const sq = (x) => x * x;
console.log(`squares: ${sq(2)}, ${sq(1.5)}, ${sq(-3)}`);
const list = [1, 2, 3];
console.log(`len ${list.length} first ${list[0]} last ${list[list.length - 1]}`);

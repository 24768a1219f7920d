// Regular expressions as programs use them: a template engine, a tokenizer, a
// log parser, slugs and case conversion, a Markdown converter, a CSV parser and
// word wrapping (new RegExp with literal strings).
"use strict";
(function part_tpl() {
// A tiny template engine, a tokenizer and a log parser, written as users do.
class Template {
  constructor(text) {
    this.parts = [];
    const re = /\{\{\s*([\w.]+)\s*\}\}/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) this.parts.push({ literal: text.slice(last, m.index) });
      this.parts.push({ path: m[1].split(".") });
      last = re.lastIndex;
    }
    if (last < text.length) this.parts.push({ literal: text.slice(last) });
  }
  render(data) {
    return this.parts
      .map((p) => {
        if (p.literal !== undefined) return p.literal;
        let v = data;
        for (const k of p.path) v = v == null ? undefined : v[k];
        return v === undefined ? "" : String(v);
      })
      .join("");
  }
}

const t = new Template("Hello {{ user.name }}, you have {{count}} new {{ what }}!");
console.log(t.render({ user: { name: "Ada" }, count: 3, what: "messages" }));
console.log(t.render({ user: {}, count: 0 }));

function tokenize(src) {
  const spec = [
    ["ws", /^\s+/],
    ["num", /^\d+(?:\.\d+)?/],
    ["id", /^[A-Za-z_]\w*/],
    ["op", /^(?:==|!=|<=|>=|&&|\|\||[-+*\/%<>=!(){};,])/],
    ["str", /^"(?:[^"\\]|\\.)*"/],
  ];
  const out = [];
  let rest = src;
  let pos = 0;
  outer: while (rest.length > 0) {
    for (const [type, re] of spec) {
      const m = re.exec(rest);
      if (m) {
        if (type !== "ws") out.push({ type, text: m[0], pos });
        rest = rest.slice(m[0].length);
        pos += m[0].length;
        continue outer;
      }
    }
    throw new SyntaxError(`Unexpected character ${JSON.stringify(rest[0])} at ${pos}`);
  }
  return out;
}

const toks = tokenize('let x = 3.14 * (y + 2); if (x >= 10 && name != "a \\"q\\"") { print(x); }');
console.log(toks.length, toks.slice(0, 6).map((t) => `${t.type}:${t.text}`).join(" "));
console.log(toks.filter((t) => t.type === "str").map((t) => t.text));
try {
  tokenize("a = 1 @ 2");
} catch (e) {
  console.log(e.name + ": " + e.message);
}

const log = `2024-03-01 12:00:01 INFO  server started on port 8080
2024-03-01 12:00:05 WARN  slow request /api/users took 1200ms
2024-03-01 12:01:10 ERROR db connection lost (code=ECONNRESET)
2024-03-01 12:01:11 INFO  retrying in 5s
2024-03-01 12:01:16 ERROR db connection lost (code=ETIMEDOUT)`;
const lineRe = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (INFO|WARN|ERROR)\s+(.*)$/;
const counts = {};
const codes = [];
for (const line of log.split(/\r?\n/)) {
  const m = lineRe.exec(line);
  if (!m) continue;
  const [, date, time, level, msg] = m;
  counts[level] = (counts[level] || 0) + 1;
  const code = /code=(\w+)/.exec(msg);
  if (code) codes.push(`${time}:${code[1]}`);
}
console.log(counts, codes);
console.log(log.match(/\d+ms/g), log.match(/ERROR/g).length, /port (\d+)/.exec(log)[1] * 1);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
console.log(slug("  Hello, World! -- Regex 101  "));
const camel = (s) => s.replace(/[-_](\w)/g, (_, c) => c.toUpperCase());
console.log(camel("background-color_value"), "fooBarBaz".replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()));
const isEmail = (s) => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(s);
console.log(["a@b.co", "bad@", "x.y+z@host.example.org"].map(isEmail));
console.log("1234567.891".replace(/\B(?=(\d{3})+(?!\d))/g, ","));
})();
(function part_md() {
function mdToHtml(md) {
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const inline = (s) =>
    escape(s)
      .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
      .replace(/\*(.+?)\*/g, "<i>$1</i>")
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
  const out = [];
  let list = false;
  for (const raw of md.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    let m;
    if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      if (list) { out.push("</ul>"); list = false; }
      out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
    } else if ((m = line.match(/^\s*[-*]\s+(.*)$/))) {
      if (!list) { out.push("<ul>"); list = true; }
      out.push(`<li>${inline(m[1])}</li>`);
    } else if (/^\s*$/.test(line)) {
      if (list) { out.push("</ul>"); list = false; }
    } else {
      if (list) { out.push("</ul>"); list = false; }
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  if (list) out.push("</ul>");
  return out.join("\n");
}
const doc = `# Title with *style*
Some **bold** text and \`code <b>\` and a [link](http://x.y/?a=1&b=2).

- item one
- item **two**
* item three

## Sub   
Final line.`;
console.log(mdToHtml(doc));

function parseCsv(text) {
  const rows = [];
  for (const line of text.trim().split(/\r?\n/)) {
    const cells = [];
    const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
    let m;
    while ((m = re.exec(line)) !== null) {
      cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
      if (re.lastIndex === line.length) break;
    }
    rows.push(cells);
  }
  return rows;
}
console.log(parseCsv('name,age,quote\n"Smith, J",42,"He said ""hi"""\nDoe,,plain'));

function wrap(text, width) {
  return text.replace(new RegExp("(?![^\\n]{1,40}$)([^\\n]{1,40})\\s", "g"), "$1\n");
}
console.log(wrap("The quick brown fox jumps over the lazy dog and keeps running far away into the night", 40));
const vowels = (s) => (s.match(/[aeiou]/gi) || []).length;
console.log(vowels("Regular Expressions"), vowels("xyz"));
console.log("a.b.c".split(".").join("/"), "tab\tsep\tvalues".split(/\t/));
console.log("2 apples and 10 oranges".replace(/(\d+) (\w+)/g, (m, n, what) => `${what}=${n * 2}`));
})();

// Counting and substituting in a generated DNA sequence, in the style of
// SunSpider's regexp-dna (written here): global case-insensitive alternations,
// match counts, for-in over an array of expressions, a replacer function.
var seed = 42;
function rand() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
var bases = "acgt", lines = [">ONE Homo sapiens alu"];
for (var i = 0; i < 600; i++) {
  var line = "";
  for (var j = 0; j < 60; j++) line += bases.charAt(Math.floor(rand() * 4));
  lines.push(line);
}
var dnaInput = lines.join("\n") + "\n";
var ilen = dnaInput.length;
dnaInput = dnaInput.replace(/>.*\n|\n/g, "");
var clen = dnaInput.length;
var seqs = [/agggtaaa|tttaccct/ig, /[cgt]gggtaaa|tttaccc[acg]/ig, /a[act]ggtaaa|tttacc[agt]t/ig,
  /ag[act]gtaaa|tttac[agt]ct/ig, /agg[act]taaa|ttta[agt]cct/ig, /aggg[acg]aaa|ttt[cgt]ccct/ig,
  /agggt[cgt]aa|tt[acg]accct/ig, /agggta[cgt]a|t[acg]taccct/ig, /agggtaa[cgt]|[acg]ttaccct/ig];
var out = "";
for (var i in seqs) out += seqs[i].source + " " + (dnaInput.match(seqs[i]) || []).length + "\n";
var subs = { B: "(c|g|t)", D: "(a|g|t)", H: "(a|c|t)", K: "(g|t)", M: "(a|c)", N: "(a|c|g|t)", R: "(a|g)", S: "(c|g)", V: "(a|c|g)", W: "(a|t)", Y: "(c|t)" };
for (var k in subs) dnaInput = dnaInput.replace(k, subs[k]);
console.log(out + "\n" + ilen + "\n" + clen + "\n" + dnaInput.length);
var counts = {};
dnaInput.replace(/[acgt]{3}/g, function (tri) { counts[tri] = (counts[tri] || 0) + 1; return tri; });
console.log(Object.keys(counts).sort().slice(0, 5).map(function (k) { return k + "=" + counts[k]; }).join(" "));

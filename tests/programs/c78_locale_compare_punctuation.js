// localeCompare on printable ASCII: punctuation and symbols sort before digits
// and letters, each with its own weight; case is compared only on a tie.
const names = ["O'Brien", "o'brien", "Obrien", "Smith-Jones", "smith jones", "Smith, J.", "smith_j", "#1 fan",
  "(draft) notes", "[x]", "a.b", "a-b", "a b", "ab", "A.B", "$5 deal", "~tilde", "@home", "100%", "1+1=2"];
console.log(names.slice().sort((a, b) => a.localeCompare(b)));

// every pair of printable ASCII characters
let order = "";
const chars = [];
for (let c = 32; c < 127; c++) chars.push(String.fromCharCode(c));
chars.sort((a, b) => a.localeCompare(b) || (a < b ? -1 : 1));
order = chars.join("");
console.log(JSON.stringify(order));

// random short strings over a mixed alphabet: the sign of each comparison
let seed = 11;
function next(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const alpha = " -_.,'!aAbB019zZ#$%&()*+/:;<=>?@[]^`{|}~\"\\";
let hash = 0;
const counts = [0, 0, 0];
for (let k = 0; k < 20000; k++) {
  let s = "";
  let t = "";
  const n = next(5);
  const m = next(5);
  for (let i = 0; i < n; i++) s += alpha[next(alpha.length)];
  for (let i = 0; i < m; i++) t += alpha[next(alpha.length)];
  if (next(2)) t = s.slice(0, next(s.length + 1)) + t;
  const r = Math.sign(s.localeCompare(t));
  counts[r + 1]++;
  hash = (hash * 3 + r + 1) % 1000000007;
}
console.log(counts, hash);

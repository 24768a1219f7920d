// Money helpers: integer cents, formatting, a memoised tax table.
const cache = {};
let hits = 0;
function taxRate(region = "default", base = region === "default" ? 0.2 : 0.1) {
  const key = region + "/" + base;
  if (key in cache) { hits++; return cache[key]; }
  let rate;
  switch (region) {
    case "eu":
    case "uk":
      rate = base + 0.05;
      break;
    case "us":
      rate = base - 0.02;
    case "ca":
      rate = (rate ?? base) + 0.01;
      break;
    default:
      rate = base;
  }
  cache[key] = Math.round(rate * 1000) / 1000;
  return cache[key];
}
const fmt = (cents) => (cents < 0 ? "-" : "") + "$" + (Math.abs(cents) / 100).toFixed(2);
module.exports = { taxRate, fmt, stats: () => ({ hits, keys: Object.keys(cache).length }) };

// Dates as a benchmark harness and a log line use them: new Date() for timing
// (only comparisons printed), new Date(ms), getTime/valueOf, arithmetic and
// comparison through the time value, toISOString, JSON and console.log.
const start = new Date();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const end = new Date();
const elapsed = end - start;
console.log(typeof elapsed, elapsed >= 0, elapsed < 5000, x, end.getTime() >= start.getTime(), end >= start, start instanceof Date);
const d = new Date(1700000000123);
console.log(d.getTime(), d.valueOf(), d.toISOString(), JSON.stringify({ d }), d);
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(951782400000).toISOString(), [new Date(86400000)]);
console.log(new Date(NaN), JSON.stringify([new Date(NaN)]), typeof Date.now(), +d, d - 123, Math.floor(d / 1000));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(d), typeof d, typeof Date);

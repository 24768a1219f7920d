// A fresh object inside a result returned by value (analysis/nested_results.py):
// `{ value: window, done }` gives its caller the window's fields too, and the
// caller's `const w = r.value` keeps them as its own fields. The window is a
// copy: later results do not change it. Reading a field of an absent value
// throws node's TypeError; callers that keep the object get a real one.
function windowsOf(list, width, step = 1) {
  let at = 0;
  return {
    next() {
      if (at + width > list.length) return { value: undefined, done: true };
      const window = { from: at, to: at + width, label: "w" + at };
      at += step;
      return { value: window, done: false };
    },
  };
}

const items = [];
for (let i = 0; i < 40; i++) items.push((i * 7919) % 101);

function widestOf(items) {
  let widest = 0;
  let spans = "";
  const it = windowsOf(items, 5);
  for (let r = it.next(); !r.done; r = it.next()) {
    const w = r.value;
    const spread = items[w.to - 1] - items[w.from];
    if (spread > widest) widest = spread;
    if (w.from % 9 === 0) spans += w.label + ":" + r.value.to + " ";
  }
  return widest + " " + spans;
}
console.log(widestOf(items));

// the variable is a copy: the next result does not change it
function copies(items) {
  const again = windowsOf(items, 3);
  let r = again.next();
  const first = r.value;
  r = again.next();
  r = again.next();
  return [first.from, first.to, r.value.from, r.value.to];
}
console.log(copies(items));

// reading a field of the value after the end: node's TypeError, here too
function pastTheEnd() {
  const short = windowsOf([1, 2], 2);
  let last = short.next();
  const label = last.value.label;
  last = short.next();
  try {
    const w = last.value;
    return "not reached " + w.from;
  } catch (e) {
    return label + " " + (e instanceof TypeError) + " " + e.message;
  }
}
console.log(pastTheEnd());

// a caller that keeps the results gets real objects (its calls are not value calls)
const kept = [];
const more = windowsOf(items, 30, 2);
while (true) {
  const k = more.next();
  kept.push(k);
  if (k.done) break;
}
const v = kept.map((k) => k.value);
console.log(kept.length, v[0], v[v.length - 2].label, v[v.length - 1], v[1] === v[1], v[1] === v[2]);

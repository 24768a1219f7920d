// Keys added after an object is made are listed in the order each object got
// them: Object.keys, for-in, JSON.stringify and console.log must all agree with
// node when objects of one site get them in different orders.

class Point {
  constructor(n) {
    this.n = n;
  }
}
const a = new Point(1);
const b = new Point(2);
a.x = 1;
a.y = 2;
b.y = 3;
b.x = 4;
console.log(Object.keys(a), Object.keys(b), JSON.stringify(b));
console.log(a, b);

function mark(flag) {
  const o = { id: 1 };
  if (flag) {
    o.seen = true;
    o.kept = 1;
  } else {
    o.kept = 0;
    o.seen = false;
  }
  return o;
}
for (const flag of [true, false]) {
  const o = mark(flag);
  const keys = [];
  for (const k in o) {
    keys.push(k);
  }
  console.log(keys.join(","), JSON.stringify(o), o.id);
}

// integer-like keys are listed first, ascending, whatever the order they came in
const c = { name: "c" };
c[2] = "two";
c.z = 26;
c[1] = "one";
c.a = 1;
console.log(Object.keys(c).join(","), JSON.stringify(c));

// fields read by name stay fields; the late keys keep their order
class Record {
  constructor(id) {
    this.id = id;
  }
  label() {
    return "#" + this.id;
  }
}
const records = [];
for (let i = 0; i < 4; i++) {
  const r = new Record(i);
  if (i % 2 === 0) {
    r.left = i;
    r.right = -i;
  } else {
    r.right = -i;
    r.left = i;
  }
  records.push(r);
}
console.log(records.map((r) => r.label() + ":" + Object.keys(r).join("/")).join(" "));
console.log(JSON.stringify(records));

// a scalar-replaced object with late keys is never listed: its layout is fine
let sum = 0;
for (let i = 0; i < 5; i++) {
  const t = { base: i };
  t.extra = i * 2;
  t.more = i * 3;
  sum += t.base + t.extra + t.more;
}
console.log("sum", sum);

// Checks ES classes: constructors, methods, class fields, this binding, method chaining, instanceof.
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  scale(k) {
    return new Vec(this.x * k, this.y * k);
  }
  len() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  toString() {
    return "(" + this.x + ", " + this.y + ")";
  }
}
const v1 = new Vec(1, 2);
const v2 = new Vec(3, -4);
console.log(v1.add(v2).toString(), v2.len(), v1.scale(0.5).toString(), "" + v1.add(v1));
console.log(`${v2}`, v1 instanceof Vec, {} instanceof Vec, typeof v1, typeof Vec);

class Counter {
  count = 0;
  step = 1;
  label;
  constructor(label) {
    this.label = label;
  }
  tick() {
    this.count += this.step;
    return this;
  }
  setStep(s) {
    this.step = s;
    return this;
  }
}
const cnt = new Counter("main");
cnt.tick().tick().setStep(5).tick();
console.log(cnt.label, cnt.count, cnt.step);
const other = new Counter();
console.log(other.label, other.count);

// class with array field and methods that mutate it
class Stack {
  items = [];
  push(v) {
    this.items.push(v);
    return this.items.length;
  }
  pop() {
    return this.items.pop();
  }
  peek() {
    return this.items[this.items.length - 1];
  }
  get size() {
    return this.items.length;
  }
  isEmpty() {
    return this.items.length === 0;
  }
}
const st = new Stack();
st.push("a");
st.push("b");
st.push("c");
console.log(st.size, st.peek(), st.pop(), st.pop(), st.size, st.isEmpty());
const st2 = new Stack();
console.log(st2.isEmpty(), st.items === st2.items);

// class field initializers referencing this and constructor params
class Rect {
  area = 0;
  constructor(w, h) {
    this.w = w;
    this.h = h;
    this.area = w * h;
  }
  describe() {
    return this.w + "x" + this.h + "=" + this.area;
  }
}
const rects = [new Rect(2, 3), new Rect(1.5, 4), new Rect(10, 0.1)];
for (const r of rects) console.log(r.describe());
rects.sort((a, b) => a.area - b.area);
console.log(rects.map((r) => r.area));

// class expression and adding properties to instances later
const Temp = class {
  constructor(c) {
    this.c = c;
  }
  f() {
    return this.c * 9 / 5 + 32;
  }
};
const t = new Temp(100);
t.note = "boiling";
console.log(t.f(), t.note, new Temp(-40).f(), new Temp(37).f());
// methods extracted keep no this when called via another object
const obj = { c: 0, f: t.f };
console.log(obj.f());

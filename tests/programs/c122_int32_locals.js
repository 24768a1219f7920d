// Int32 locals (codegen/int_ranges.py): loop counters and lengths kept in i32
// locals, and the variables that must not be (a value past int32, -0, a
// fraction), next to each other.

function sumAll(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function pairsSummingTo(a, target) {
  const n = a.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (a[i] + a[j] === target) count++;
    }
  }
  return count;
}

function reversed(a) {
  const out = [];
  for (let i = a.length - 1; i >= 0; i--) out.push(a[i]);
  return out;
}

function edges() {
  // counters that run past int32: the loop must not wrap
  const seen = [];
  for (let i = 2147483645; i <= 2147483647; i++) seen.push(i);
  let big = 2147483647;
  big++;
  let small = -2147483648;
  small--;
  let k = 2147483640;
  for (; k < 2147483647 + 3; k++) {}
  let stepped = 0;
  for (let i = 0; i < 10; i += 4) stepped = i;
  let wide = 0;
  for (let i = 2147483600; i < 2147483647; i += 40) wide = i;
  return [seen, big, small, k, stepped, wide];
}

function signs() {
  // -0 is a number but not an int32: it must survive as -0
  let z = 0;
  z = -z;
  let m = 0;
  m = m * -1;
  let d = 5 - 5;
  let r = -7 % 7;
  const i = 0;
  return [Object.is(z, -0), Object.is(m, -0), Object.is(d, 0), Object.is(r, -0), 1 / -i, Object.is(-i, -0)];
}

function fractions(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x += 0.5;
  let h = 7;
  h = h / 2;
  let idx = 1;
  idx = idx + 0.5;
  const a = [10, 20, 30];
  return [x, h, a[idx], a[1], a[-0], a[2 | 0]];
}

function bodyWritesCounter() {
  const out = [];
  for (let i = 0; i < 20; i++) {
    if (i % 3 === 0) i += 2;
    out.push(i);
  }
  return out.join(" ");
}

function closures() {
  const fns = [];
  for (let i = 0; i < 3; i++) fns.push(() => i * 10);
  let total = 0;
  for (let j = 0; j < 4; j++) total += j;
  const read = () => total;
  return [fns.map((f) => f()), read()];
}

function strings(s) {
  let vowels = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
  }
  let back = "";
  for (let i = s.length - 1; i >= 0; i--) back += s[i];
  return [vowels, back];
}

function bits(a) {
  let h = 0;
  for (let i = 0; i < a.length; i++) h = (h * 31 + a[i]) | 0;
  let x = 1 << 30;
  x = x << 1;
  let u = -1 >>> 0;
  return [h, x, u, ~h];
}

function mixed(flag) {
  let v = 1;
  if (flag) v = "one";
  let w = 3;
  w = undefined;
  return [v, w];
}

function whileCounter(a) {
  let i = 0;
  let best = -1;
  while (i < a.length) {
    if (a[i] > best) best = a[i];
    i++;
  }
  return [i, best];
}

function emptyArray() {
  const a = [];
  let n = 0;
  for (let i = 0; i < a.length; i++) n++;
  return n;
}

function throwsOnUndefined(a) {
  let n = 0;
  try {
    for (let i = 0; i < a.length; i++) n++;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
  return n;
}

const data = [3, 7, 1, 9, 4, 6, 2, 8, 5];
console.log(sumAll(data), pairsSummingTo(data, 10), reversed(data).join(","));
console.log(edges());
console.log(signs());
console.log(fractions(5));
console.log(bodyWritesCounter());
console.log(closures());
console.log(strings("shape analysis"));
console.log(bits(data));
console.log(mixed(true), mixed(false));
console.log(whileCounter(data));
console.log(emptyArray(), throwsOnUndefined(data), throwsOnUndefined(undefined));
for (let t = 0; t < 3; t++) console.log(t, t / 2, t - 1, "" + t);

function testWrites(n) {
  // the test itself sets i: the body does not run with i below n
  const out = [];
  let i = 0;
  for (i = 0; i < ((i === 0 ? (i = 2147483647) : 0) | n); i++) {
    out.push(i);
    if (out.length > 3) break;
  }
  return [out, i];
}
console.log(testWrites(5));

function headWrites() {
  // the head sets i again after declaring it: i starts far below its initialiser
  const out = [];
  for (let i = 0, j = (i = 1 << 31); i < 3; i++) {
    out.push(i - 1);
    if (out.length > 1) break;
    if (j > 0) break;
  }
  return out;
}
console.log(headWrites());

function finallyWrites(limit) {
  // a finally block around the loop also runs where the loop returns, but the
  // loop test's bound on i says nothing about i there
  let i = 0;
  try {
    for (i = 0; i < 3; i++) {
      if (i === limit) return "returned at " + i;
    }
  } finally {
    i = 2147483647;
    i++;
    console.log("finally", i);
  }
  return "done";
}
console.log(finallyWrites(1), finallyWrites(7));

class Bag {
  constructor() {
    this.items = [4, 5, 6];
  }
  total() {
    // the plan proves this.items an array: its length bounds an int32 counter
    let s = 0;
    for (let i = 0; i < this.items.length; i++) s += this.items[i];
    return s;
  }
}

function lengths(x) {
  // a length that may be anything (a string's, an object's own 2.5): i stays a number
  let n = 0;
  for (let i = 0; i < x.length; i++) n++;
  return n;
}
console.log(new Bag().total(), lengths("abc"), lengths({ length: 2.5 }), lengths([1, 2]));

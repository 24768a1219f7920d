// Callback literals that capture variables, passed to the array methods the
// build runs as loops: their closures are not made (the captures travel as
// parameters), which must not change what the callbacks see or write.

function collect(xs, limit) {
  const out = [];
  xs.forEach((x) => {
    if (x < limit) out.push(x);
  });
  return out;
}
console.log(collect([5, 1, 9, 3, 7], 6));

// a written capture lives in a cell: the callback's writes are seen after the loop
function sumAndCount(xs) {
  let sum = 0;
  let count = 0;
  xs.forEach((x) => {
    sum += x;
    count++;
  });
  return [sum, count];
}
console.log(sumAndCount([1.5, 2.5, 3]));

// `this` of a method, captured by an arrow
class Scaler {
  constructor(k) {
    this.k = k;
    this.seen = 0;
  }
  apply(xs) {
    return xs.map((x) => {
      this.seen++;
      return x * this.k;
    });
  }
}
const s = new Scaler(3);
console.log(s.apply([1, 2, 3]), s.seen);

// a closure made inside the callback keeps what it captured, after the loop
function makeAdders(xs, base) {
  const adders = [];
  xs.forEach((x, i) => {
    adders.push((y) => base + x * 10 + i + y);
  });
  return adders;
}
const adders = makeAdders([1, 2, 3], 100);
console.log(adders.map((f) => f(0.5)));

// re-entrant: the callback calls the function that runs the loop
function depthSum(tree, depth) {
  let total = depth;
  tree.forEach((child) => {
    total += depthSum(child, depth + 1);
  });
  return total;
}
console.log(depthSum([[[], []], [[[]]], []], 0));

// every method of the path, each with a capture
const limit = { value: 4 };
function methods(xs, offset) {
  return [
    xs.filter((x) => x + offset > limit.value),
    xs.some((x) => x === offset),
    xs.every((x) => x > offset - 10),
    xs.find((x) => x * offset > 10),
    xs.findIndex((x) => x * offset > 10),
    xs.reduce((acc, x) => acc + x * offset, 0),
    xs.reduce((acc, x) => acc + x + offset),
    xs.reduce((acc, x, i, arr) => acc + arr.length * offset + i, 0),
  ];
}
console.log(methods([1, 2, 3, 4, 5], 2));
try {
  methods([], 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// a `function` callback gets the index and the array
function tags(xs, prefix) {
  return xs.map(function (x, i, all) {
    return prefix + x + ":" + i + "/" + all.length;
  });
}
console.log(tags(["a", "b"], "#"));

// captured from two functions out
function outer(n) {
  const step = n * 2;
  function inner(xs) {
    return xs.map((x) => x + step + n);
  }
  return inner([1, 2]);
}
console.log(outer(5));

// a throw from the callback leaves the loop; the caller catches it
function firstNegative(xs, label) {
  try {
    xs.forEach((x) => {
      if (x < 0) throw new Error(label + " " + x);
    });
    return "none";
  } catch (e) {
    return e.message;
  }
}
console.log(firstNegative([3, -2, -5], "found"), firstNegative([1], "found"));

// a receiver that is not an array takes the ordinary call, with a real closure
const fake = {
  forEach(f) {
    f(1);
    f(2);
    return f;
  },
};
function viaFake(k) {
  let got = 0;
  const f = fake.forEach((x) => {
    got += x * k;
  });
  return [got, typeof f, f.name];
}
console.log(viaFake(10));

// the callback changes a captured array while the loop runs over another one
function interleave(a, b) {
  const out = [];
  a.forEach((x, i) => {
    out.push(x);
    if (i < b.length) out.push(b[i]);
  });
  return out.join(",");
}
console.log(interleave([1, 2, 3], ["x", "y"]));

// a named literal that captures and calls itself through its name
function flatten(trees) {
  const out = [];
  trees.forEach(function visit(t) {
    out.push(t.v);
    t.kids.forEach(visit);
  });
  return out;
}
console.log(flatten([{ v: 1, kids: [{ v: 2, kids: [] }, { v: 3, kids: [{ v: 4, kids: [] }] }] }, { v: 5, kids: [] }]));

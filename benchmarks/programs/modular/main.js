// Modular benchmark entry point: builds pseudo-random shapes through the
// factory in shapes.js (geometry from geometry.js), then sums areas, sorts,
// groups and hit-tests sample points. Prints counts, totals and checksums.

const geometry = require("./geometry.js");
const shapes = require("./shapes.js");

const Point = geometry.Point;
const ShapeFactory = shapes.ShapeFactory;

class Random {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }

  below(n) {
    return Math.floor((this.next() / 2147483647) * n);
  }
}

const KINDS = ["circle", "rect", "square", "tri", "poly"];
const SIDES = [3, 4, 6, 8];

function randomSpec(random) {
  const kind = KINDS[random.below(KINDS.length)];
  const x = random.below(1000) / 4;
  const y = random.below(1000) / 4;
  if (kind === "circle") return [kind, x, y, 1 + random.below(40) / 4];
  if (kind === "rect") return [kind, x, y, 1 + random.below(60) / 4, 1 + random.below(60) / 4];
  if (kind === "square") return [kind, x, y, 1 + random.below(50) / 4];
  if (kind === "tri") {
    return [kind, x, y, x + random.below(60) / 4, y + random.below(20) / 4, x + random.below(20) / 4, y + random.below(60) / 4];
  }
  return [kind, x, y, SIDES[random.below(SIDES.length)], 1 + random.below(40) / 4];
}

function scaled(value) {
  return Math.round(value * 1000);
}

function runRound(random, shapeCount, probeCount) {
  const specs = [];
  for (let i = 0; i < shapeCount; i++) {
    specs.push(randomSpec(random));
  }
  specs.push(["hexagon", 0, 0]);
  const all = specs.map((s) => ShapeFactory.fromSpec(s)).filter((s) => s !== null);

  const totalArea = all.reduce((acc, s) => acc + s.area(), 0);
  const totalPerimeter = all.reduce((acc, s) => acc + s.perimeter(), 0);

  const byKind = {};
  all.forEach((s) => {
    const k = s.kind();
    byKind[k] = (byKind[k] || 0) + 1;
  });

  const sorted = all.slice().sort((a, b) => {
    const d = b.area() - a.area();
    return d !== 0 ? d : a.id - b.id;
  });

  // Hit testing with a bounding-box prefilter; the counter is a closure.
  const hits = geometry.makeCounter();
  const boxes = all.map((s) => s.boundingBox());
  const zoom = geometry.makeScaler(new Point(125, 125), 0.9);
  for (let i = 0; i < probeCount; i++) {
    const probe = zoom(new Point(random.below(1000) / 4, random.below(1000) / 4));
    for (let j = 0; j < all.length; j++) {
      if (boxes[j].contains(probe) && all[j].contains(probe)) {
        hits.increment();
      }
    }
  }

  return {
    count: all.length,
    area: scaled(totalArea),
    perimeter: scaled(totalPerimeter),
    round: byKind.round || 0,
    angular: byKind.angular || 0,
    largest: sorted[0].describe(),
    smallest: sorted[sorted.length - 1].describe(),
    hits: hits.value(),
  };
}

function main() {
  const random = new Random(42);
  const results = [];
  for (let r = 0; r < 12; r++) {
    results.push(runRound(random, 600, 3500));
  }
  const first = results[0];
  console.log("round 0: " + first.count + " shapes, round " + first.round + ", angular " + first.angular);
  console.log("round 0 largest: " + first.largest + ", smallest: " + first.smallest);
  console.log("area sum x1000: " + results.reduce((acc, r) => acc + r.area, 0));
  console.log("perimeter sum x1000: " + results.reduce((acc, r) => acc + r.perimeter, 0));
  console.log("hits per round: " + results.map((r) => r.hits).join(","));
  console.log("counts c/r/s/t/p/poly: " + ShapeFactory.counts().join("/"));
  console.log("factory created: " + ShapeFactory.created + ", shapes created: " + geometry.shapesCreated());
}

main();

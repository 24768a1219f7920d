// The favourable case for a struct with an overflow dictionary: records whose
// user-defined attributes are all numbers, so the fixed number fields stay
// unboxed f64 even though a dynamic write could name them; the hot loop reads
// and writes the fixed fields with static keys. Prints a checksum.

class Particle {
  constructor(x, y, vx, vy) {
    this.x = x;
    this.y = y;
    this.vx = vx;
    this.vy = vy;
  }
}

const EXTRA = ["mass", "charge", "spin"];

function main() {
  const ps = [];
  for (let i = 0; i < 1000; i++) {
    const p = new Particle(i * 0.5, i * 0.25, (i % 7) * 0.1, (i % 5) * -0.1);
    for (let j = 0; j < EXTRA.length; j++) if ((i + j) % 2) p[EXTRA[j]] = (i * 3 + j) % 11;
    ps.push(p);
  }
  let energy = 0;
  for (let step = 0; step < 3000; step++) {
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      p.x += p.vx;
      p.y += p.vy;
      if (p.x > 500 || p.x < 0) p.vx = -p.vx;
      if (p.y > 250 || p.y < 0) p.vy = -p.vy;
      energy += p.vx * p.vx + p.vy * p.vy;
    }
  }
  let heavy = 0;
  for (const p of ps) if ("mass" in p && p["mass"] > 5) heavy++;
  console.log("energy=" + energy.toFixed(3) + " heavy=" + heavy + " keys=" + Object.keys(ps[1]).join(","));
}

main();

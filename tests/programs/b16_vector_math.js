'use strict';
// Many short-lived small vector objects: every operation returns a new vector.

class Vec2 {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Vec2(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec2(this.x - o.x, this.y - o.y); }
  scale(s) { return new Vec2(this.x * s, this.y * s); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  cross(o) { return this.x * o.y - this.y * o.x; }
  length() { return Math.sqrt(this.dot(this)); }
  perp() { return new Vec2(-this.y, this.x); }
  static zero() { return new Vec2(0, 0); }
}

class Vec3 {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  add(o) { return new Vec3(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec3(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(s) { return new Vec3(this.x * s, this.y * s, this.z * s); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o) {
    return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
  length() { return Math.sqrt(this.dot(this)); }
  normalize() {
    const len = this.length();
    return len === 0 ? this : this.scale(1 / len);
  }
  get sum() { return this.x + this.y + this.z; }
}

class Particle {
  constructor(pos, vel) {
    this.pos = pos;
    this.vel = vel;
  }
  step(dt, gravity) {
    this.vel = this.vel.add(gravity.scale(dt));
    this.pos = this.pos.add(this.vel.scale(dt));
    if (this.pos.y < 0) {
      this.pos = new Vec3(this.pos.x, -this.pos.y, this.pos.z);
      this.vel = new Vec3(this.vel.x * 0.9, -this.vel.y * 0.8, this.vel.z * 0.9);
    }
  }
}

// 1. Particles under gravity.
const particles = [];
for (let i = 0; i < 200; i++) {
  particles.push(new Particle(new Vec3(i % 10, 5 + (i % 7), (i * 3) % 11), new Vec3((i % 5) - 2, i % 3, ((i * 7) % 9) - 4)));
}
const gravity = new Vec3(0, -9.81, 0);
for (let s = 0; s < 500; s++) {
  for (const p of particles) p.step(0.01, gravity);
}
let center = new Vec3(0, 0, 0);
let energy = 0;
for (const p of particles) {
  center = center.add(p.pos);
  energy += 0.5 * p.vel.dot(p.vel) + 9.81 * p.pos.y;
}
center = center.scale(1 / particles.length);
console.log('center', center.x.toFixed(6), center.y.toFixed(6), center.z.toFixed(6));
console.log('energy', energy.toFixed(6));

// 2. Polygon area and centroid with 2D vectors (shoelace formula).
function polygon(n, r) {
  // a regular-ish polygon built from rotations by a fixed rational rotation matrix
  const pts = [];
  let v = new Vec2(r, 0);
  const c = 0.6;
  const s = 0.8;
  for (let i = 0; i < n; i++) {
    pts.push(v.add(new Vec2(i % 3, i % 2)));
    v = new Vec2(v.x * c - v.y * s, v.x * s + v.y * c);
  }
  return pts;
}
let areaSum = 0;
let centroid = Vec2.zero();
for (let k = 0; k < 3000; k++) {
  const pts = polygon(12, 1 + (k % 17));
  let area = 0;
  let cx = Vec2.zero();
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    const cr = a.cross(b);
    area += cr;
    cx = cx.add(a.add(b).scale(cr));
  }
  areaSum += Math.abs(area / 2);
  if (area !== 0) centroid = centroid.add(cx.scale(1 / (3 * area)));
}
console.log('polygon area sum', areaSum.toFixed(6));
console.log('centroid sum', centroid.x.toFixed(6), centroid.y.toFixed(6));

// 3. Gram-Schmidt on many triples of 3D vectors.
let ortho = 0;
let checksum = 0;
for (let i = 0; i < 20000; i++) {
  const a = new Vec3(1 + (i % 3), (i % 5) - 2, 2 + (i % 7));
  const b = new Vec3((i % 4) - 1, 3, (i % 6) - 3);
  const e1 = a.normalize();
  const e2 = b.sub(e1.scale(b.dot(e1))).normalize();
  const e3 = e1.cross(e2);
  if (Math.abs(e1.dot(e2)) < 1e-9 && Math.abs(e3.dot(e1)) < 1e-9 && Math.abs(e3.length() - 1) < 1e-9) ortho++;
  checksum += e3.sum;
}
console.log('orthonormal triples', ortho, 'checksum', checksum.toFixed(6));

// 4. Perpendiculars and reductions over arrays of vectors.
const ring = [];
for (let i = 0; i < 1000; i++) ring.push(new Vec2(i % 13, i % 17));
const total = ring.map((v) => v.perp()).reduce((acc, v) => acc.add(v), Vec2.zero());
const longest = ring.filter((v) => v.length() > 15).length;
console.log('perp total', total.x, total.y, 'long vectors', longest);

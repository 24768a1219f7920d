// Checks immutable Vec3/Mat3 classes whose operations return new objects, creating many short-lived objects in loops.
class Vec3 {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  add(o) { return new Vec3(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec3(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vec3(this.x * k, this.y * k, this.z * k); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o) {
    return new Vec3(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x);
  }
  length() { return Math.sqrt(this.dot(this)); }
  normalize() { const l = this.length(); return l === 0 ? this : this.scale(1 / l); }
  toString() { return "(" + this.x.toFixed(3) + ", " + this.y.toFixed(3) + ", " + this.z.toFixed(3) + ")"; }
  static zero() { return new Vec3(0, 0, 0); }
}

class Mat3 {
  constructor(rows) { this.m = rows; }
  static identity() { return new Mat3([[1, 0, 0], [0, 1, 0], [0, 0, 1]]); }
  static rotationZ(a) {
    const c = Math.cos(a);
    const s = Math.sin(a);
    return new Mat3([[c, -s, 0], [s, c, 0], [0, 0, 1]]);
  }
  static scaling(k) { return new Mat3([[k, 0, 0], [0, k, 0], [0, 0, k]]); }
  mul(o) {
    const r = [];
    for (let i = 0; i < 3; i++) {
      const row = [];
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += this.m[i][k] * o.m[k][j];
        row.push(s);
      }
      r.push(row);
    }
    return new Mat3(r);
  }
  apply(v) {
    const m = this.m;
    return new Vec3(m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z, m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z, m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z);
  }
  transpose() { return new Mat3([0, 1, 2].map((i) => [0, 1, 2].map((j) => this.m[j][i]))); }
  det() {
    const m = this.m;
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }
  toString() { return this.m.map((r) => "[" + r.map((x) => x.toFixed(2)).join(" ") + "]").join(""); }
}

const a = new Vec3(1, 2, 3);
const b = new Vec3(-2, 0.5, 4);
console.log("a+b = " + a.add(b));
console.log("a-b = " + a.sub(b) + ", a.b = " + a.dot(b));
console.log("axb = " + a.cross(b) + ", |axb . a| = " + Math.abs(a.cross(b).dot(a)));
console.log("norm(a) = " + a.normalize() + ", len = " + a.normalize().length().toFixed(6));
console.log("a unchanged: " + a + ", zero normalized: " + Vec3.zero().normalize());

const rot = Mat3.rotationZ(Math.PI / 2);
console.log("rotZ(90) * x = " + rot.apply(new Vec3(1, 0, 0)));
const m = Mat3.scaling(2).mul(rot).mul(new Mat3([[1, 2, 0], [0, 1, 3], [4, 0, 1]]));
console.log("M = " + m);
console.log("det(M) = " + m.det().toFixed(4) + ", det(M^T) = " + m.transpose().det().toFixed(4));
console.log("I*M == M: " + (Mat3.identity().mul(m).toString() === m.toString()));

// Many short-lived objects: rotate a point 3600 times by 1 degree and integrate a path
let p = new Vec3(10, 0, 1);
const step = Mat3.rotationZ(Math.PI / 180);
let path = 0;
for (let i = 0; i < 3600; i++) {
  const next = step.apply(p);
  path += next.sub(p).length();
  p = next;
}
console.log("after 10 turns: x=" + p.x.toFixed(3) + " |y|<1e-6: " + (Math.abs(p.y) < 1e-6) + " z=" + p.z + ", path length " + path.toFixed(4));

// Particle system: positions updated with velocity and gravity, pure functional style
let particles = [];
for (let i = 0; i < 50; i++) particles.push({ pos: new Vec3(i, 0, 0), vel: new Vec3(0, 10 + (i % 5), 1) });
const gravity = new Vec3(0, -9.8, 0);
for (let t = 0; t < 100; t++) {
  particles = particles.map((q) => ({ pos: q.pos.add(q.vel.scale(0.01)), vel: q.vel.add(gravity.scale(0.01)) }));
}
let centre = Vec3.zero();
for (const q of particles) centre = centre.add(q.pos);
console.log("centre of mass: " + centre.scale(1 / particles.length));
const highest = particles.reduce((best, q) => (q.pos.y > best.pos.y ? q : best));
console.log("highest y: " + highest.pos.y.toFixed(4) + " at x=" + highest.pos.x);

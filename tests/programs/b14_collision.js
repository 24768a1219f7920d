'use strict';
// Collision detection between aircraft, in the spirit of the CD benchmark.
// Motions are hashed into voxels through a plain object used as a dictionary.

const MIN_X = 0;
const MIN_Y = 0;
const MAX_X = 400;
const MAX_Y = 400;
const MIN_Z = 0;
const MAX_Z = 10;
const PROXIMITY = 1.5;
const GOOD_VOXEL_SIZE = PROXIMITY * 4;

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 4096) % n; }
}

class Vector2D {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(o) { return new Vector2D(this.x + o.x, this.y + o.y); }
  minus(o) { return new Vector2D(this.x - o.x, this.y - o.y); }
  key() { return this.x + ',' + this.y; }
}

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  plus(o) { return new Vector3D(this.x + o.x, this.y + o.y, this.z + o.z); }
  minus(o) { return new Vector3D(this.x - o.x, this.y - o.y, this.z - o.z); }
  times(s) { return new Vector3D(this.x * s, this.y * s, this.z * s); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  squaredMagnitude() { return this.dot(this); }
  magnitude() { return Math.sqrt(this.squaredMagnitude()); }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

class Collision {
  constructor(a, b, position) {
    this.a = a;
    this.b = b;
    this.position = position;
  }
}

class Motion {
  constructor(callsign, posOne, posTwo) {
    this.callsign = callsign;
    this.posOne = posOne;
    this.posTwo = posTwo;
  }

  delta() { return this.posTwo.minus(this.posOne); }

  // Closest approach of two aircraft moving linearly over the same time step.
  findIntersection(other) {
    const init = this.posOne.minus(other.posOne);
    const vel = this.delta().minus(other.delta());
    const vv = vel.squaredMagnitude();
    let t = 0;
    if (vv > 0) {
      t = -init.dot(vel) / vv;
      if (t < 0) t = 0;
      if (t > 1) t = 1;
    }
    const gap = init.plus(vel.times(t));
    if (gap.magnitude() > PROXIMITY) return null;
    const p1 = this.posOne.plus(this.delta().times(t));
    const p2 = other.posOne.plus(other.delta().times(t));
    return p1.plus(p2).times(0.5);
  }
}

class CollisionDetector {
  constructor() {
    this.state = {};
    this.removed = 0;
  }

  handleNewFrame(frame) {
    const motions = [];
    const seen = {};
    for (const aircraft of frame) {
      const old = aircraft.callsign in this.state ? this.state[aircraft.callsign] : aircraft.position;
      this.state[aircraft.callsign] = aircraft.position;
      seen[aircraft.callsign] = true;
      motions.push(new Motion(aircraft.callsign, old, aircraft.position));
    }
    for (const callsign in this.state) {
      if (!(callsign in seen)) {
        delete this.state[callsign];
        this.removed++;
      }
    }

    const voxelMap = this.reduceCollisionSet(motions);
    const keys = Object.keys(voxelMap);
    const found = {};
    const collisions = [];
    for (const key of keys) {
      const group = voxelMap[key];
      if (group.length < 2) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          const pairKey = a.callsign < b.callsign ? a.callsign + '|' + b.callsign : b.callsign + '|' + a.callsign;
          if (pairKey in found) continue;
          const where = a.findIntersection(b);
          if (where !== null) {
            found[pairKey] = true;
            collisions.push(new Collision(a.callsign, b.callsign, where));
          }
        }
      }
    }
    collisions.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
    return { collisions: collisions, voxels: keys.length };
  }

  voxelOf(x, y) {
    return new Vector2D(Math.floor(x / GOOD_VOXEL_SIZE), Math.floor(y / GOOD_VOXEL_SIZE));
  }

  // Put each motion in every voxel its padded bounding box touches.
  reduceCollisionSet(motions) {
    const voxelMap = {};
    for (const m of motions) {
      const lo = this.voxelOf(Math.min(m.posOne.x, m.posTwo.x) - PROXIMITY, Math.min(m.posOne.y, m.posTwo.y) - PROXIMITY);
      const hi = this.voxelOf(Math.max(m.posOne.x, m.posTwo.x) + PROXIMITY, Math.max(m.posOne.y, m.posTwo.y) + PROXIMITY);
      for (let vx = lo.x; vx <= hi.x; vx++) {
        for (let vy = lo.y; vy <= hi.y; vy++) {
          const key = new Vector2D(vx, vy).key();
          let list = voxelMap[key];
          if (list === undefined) {
            list = [];
            voxelMap[key] = list;
          }
          list.push(m);
        }
      }
    }
    return voxelMap;
  }
}

// Aircraft fly straight lines and reflect off the walls of the box.
function reflect(p, lo, hi) {
  const span = hi - lo;
  let q = (p - lo) % (2 * span);
  if (q < 0) q += 2 * span;
  return q > span ? lo + 2 * span - q : lo + q;
}

class Simulator {
  constructor(count, seed) {
    const r = new Random(seed);
    this.plans = [];
    for (let i = 0; i < count; i++) {
      this.plans.push({
        callsign: 'F' + (100 + i),
        x: r.int(MAX_X),
        y: r.int(MAX_Y),
        z: 2 + r.int(3),
        vx: (r.int(33) - 16) / 4,
        vy: (r.int(33) - 16) / 4,
        vz: (r.int(5) - 2) / 8,
      });
    }
  }

  frame(time) {
    const out = [];
    for (let i = 0; i < this.plans.length; i++) {
      const p = this.plans[i];
      // every seventh aircraft lands for a while
      if (i % 7 === 3 && time % 40 >= 30) continue;
      const pos = new Vector3D(
        reflect(p.x + p.vx * time, MIN_X, MAX_X),
        reflect(p.y + p.vy * time, MIN_Y, MAX_Y),
        reflect(p.z + p.vz * time, MIN_Z, MAX_Z));
      out.push(new Aircraft(p.callsign, pos));
    }
    return out;
  }
}

const sim = new Simulator(400, 4242);
const detector = new CollisionDetector();
let totalCollisions = 0;
let totalVoxels = 0;
let xSum = 0;
const perFrame = [];
for (let t = 0; t < 120; t++) {
  const result = detector.handleNewFrame(sim.frame(t));
  totalCollisions += result.collisions.length;
  totalVoxels += result.voxels;
  for (const c of result.collisions) xSum += c.position.x;
  if (result.collisions.length > 0 && perFrame.length < 5) {
    const c = result.collisions[0];
    perFrame.push(`t=${t} ${c.a}/${c.b} at (${c.position.x.toFixed(2)}, ${c.position.y.toFixed(2)}, ${c.position.z.toFixed(2)})`);
  }
}
for (const line of perFrame) console.log(line);
console.log('collisions', totalCollisions);
console.log('voxels visited', totalVoxels);
console.log('collision x sum', xSum.toFixed(4));
console.log('removed from state', detector.removed, 'tracked now', Object.keys(detector.state).length);

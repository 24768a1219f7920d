// CD benchmark: a collision detector for simulated aircraft moving in 3D.
// Each frame turns old/new positions into motions, buckets them into 2D voxels
// (reduce step) and tests pairs per voxel. Prints collision counts/checksums.

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(other) {
    return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z);
  }

  minus(other) {
    return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z);
  }

  times(amount) {
    return new Vector3D(this.x * amount, this.y * amount, this.z * amount);
  }

  dot(other) {
    return this.x * other.x + this.y * other.y + this.z * other.z;
  }

  squaredMagnitude() {
    return this.dot(this);
  }

  magnitude() {
    return Math.sqrt(this.squaredMagnitude());
  }

  flat() {
    return new Vector3D(this.x, this.y, 0);
  }

  static zero() {
    return new Vector3D(0, 0, 0);
  }
}

class Constants {
  static MIN_X = 0;
  static MAX_X = 80;
  static MIN_Y = 0;
  static MAX_Y = 80;
  static MIN_Z = 0;
  static MAX_Z = 10;
  static PROXIMITY_RADIUS = 1.0;
  static VOXEL_SIZE = 2.0;
}

class Random {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }

  // A value in [lo, hi) with 1/65536 granularity.
  range(lo, hi) {
    return lo + ((hi - lo) * this.next()) / 65536;
  }
}

class Aircraft {
  constructor(id, callsign, position) {
    this.id = id;
    this.callsign = callsign;
    this.position = position;
  }
}

class Motion {
  constructor(aircraft, posOne, posTwo) {
    this.aircraft = aircraft;
    this.posOne = posOne;
    this.posTwo = posTwo;
  }

  delta() {
    return this.posTwo.minus(this.posOne);
  }

  // Both aircraft move linearly during the frame; find the time of closest
  // approach and report the midpoint if they come within the radius.
  findIntersection(other) {
    const start = this.posOne.minus(other.posOne);
    const relative = this.delta().minus(other.delta());
    const speed2 = relative.squaredMagnitude();
    let t = 0;
    if (speed2 > 0) {
      t = -start.dot(relative) / speed2;
      if (t < 0) t = 0;
      if (t > 1) t = 1;
    }
    const gap = start.plus(relative.times(t));
    if (gap.magnitude() > Constants.PROXIMITY_RADIUS) {
      return null;
    }
    const mine = this.posOne.plus(this.delta().times(t));
    const theirs = other.posOne.plus(other.delta().times(t));
    return mine.plus(theirs).times(0.5);
  }

  // 2D distance from a point to this motion's segment.
  flatDistanceTo(point) {
    const a = this.posOne.flat();
    const d = this.posTwo.flat().minus(a);
    const len2 = d.squaredMagnitude();
    let t = 0;
    if (len2 > 0) {
      t = point.minus(a).dot(d) / len2;
      if (t < 0) t = 0;
      if (t > 1) t = 1;
    }
    return a.plus(d.times(t)).minus(point).magnitude();
  }
}

class Collision {
  constructor(first, second, position) {
    this.first = first;
    this.second = second;
    this.position = position;
  }
}

class HashEntry {
  constructor(key, value, next) {
    this.key = key;
    this.value = value;
    this.next = next;
  }
}

// A small chained hash table keyed by non-negative integers.
class IntHashTable {
  constructor(capacity) {
    this.buckets = [];
    for (let i = 0; i < capacity; i++) {
      this.buckets.push(null);
    }
    this.size = 0;
  }

  find(key) {
    let e = this.buckets[key % this.buckets.length];
    while (e !== null) {
      if (e.key === key) {
        return e;
      }
      e = e.next;
    }
    return null;
  }

  get(key) {
    const e = this.find(key);
    return e === null ? null : e.value;
  }

  put(key, value) {
    const e = this.find(key);
    if (e !== null) {
      e.value = value;
      return;
    }
    const idx = key % this.buckets.length;
    this.buckets[idx] = new HashEntry(key, value, this.buckets[idx]);
    this.size++;
  }

  forEachValue(fn) {
    for (let i = 0; i < this.buckets.length; i++) {
      let e = this.buckets[i];
      while (e !== null) {
        fn(e.value);
        e = e.next;
      }
    }
  }
}

class Simulator {
  constructor(count, seed) {
    const random = new Random(seed);
    this.starts = [];
    this.velocities = [];
    this.aircraft = [];
    for (let i = 0; i < count; i++) {
      this.starts.push(new Vector3D(
        random.range(Constants.MIN_X, Constants.MAX_X),
        random.range(Constants.MIN_Y, Constants.MAX_Y),
        random.range(Constants.MIN_Z, Constants.MAX_Z)));
      this.velocities.push(new Vector3D(
        random.range(-1.5, 1.5),
        random.range(-1.5, 1.5),
        random.range(-0.2, 0.2)));
      this.aircraft.push(new Aircraft(i, "FL" + (100 + i), null));
    }
  }

  static fold(v, lo, hi) {
    const span = hi - lo;
    let u = (v - lo) % (2 * span);
    if (u < 0) u += 2 * span;
    if (u > span) u = 2 * span - u;
    return lo + u;
  }

  // Positions at a given time: straight flight, reflected at the box walls.
  frame(time) {
    return this.aircraft.map((plane, i) => {
      const raw = this.starts[i].plus(this.velocities[i].times(time));
      const pos = new Vector3D(
        Simulator.fold(raw.x, Constants.MIN_X, Constants.MAX_X),
        Simulator.fold(raw.y, Constants.MIN_Y, Constants.MAX_Y),
        Simulator.fold(raw.z, Constants.MIN_Z, Constants.MAX_Z));
      return new Aircraft(plane.id, plane.callsign, pos);
    });
  }
}

class CollisionDetector {
  constructor(count) {
    this.count = count;
    this.lastPositions = [];
    for (let i = 0; i < count; i++) {
      this.lastPositions.push(null);
    }
    this.voxelsTouched = 0;
    this.pairChecks = 0;
  }

  static voxelIndex(v, lo) {
    return Math.floor((v - lo) / Constants.VOXEL_SIZE);
  }

  handleNewFrame(frame) {
    const motions = [];
    frame.forEach((plane) => {
      const old = this.lastPositions[plane.id];
      const from = old === null ? plane.position : old;
      motions.push(new Motion(plane, from, plane.position));
      this.lastPositions[plane.id] = plane.position;
    });
    const groups = this.reduceCollisionSet(motions);
    const seen = new IntHashTable(257);
    const collisions = [];
    groups.forEach((group) => {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          const lo = Math.min(a.aircraft.id, b.aircraft.id);
          const hi = Math.max(a.aircraft.id, b.aircraft.id);
          const key = lo * this.count + hi;
          if (seen.get(key) !== null) {
            continue;
          }
          seen.put(key, true);
          this.pairChecks++;
          const where = a.findIntersection(b);
          if (where !== null) {
            collisions.push(new Collision(a.aircraft.callsign, b.aircraft.callsign, where));
          }
        }
      }
    });
    return collisions;
  }

  // Puts every motion into each voxel its (widened) flat path may touch and
  // returns the voxel groups holding more than one motion.
  reduceCollisionSet(motions) {
    const voxels = new IntHashTable(521);
    const half = Constants.VOXEL_SIZE / 2;
    const reach = half * Math.SQRT2 + Constants.PROXIMITY_RADIUS / 2;
    const width = CollisionDetector.voxelIndex(Constants.MAX_X, Constants.MIN_X) + 2;
    motions.forEach((motion) => {
      const r = Constants.PROXIMITY_RADIUS / 2;
      const x0 = CollisionDetector.voxelIndex(Math.min(motion.posOne.x, motion.posTwo.x) - r, Constants.MIN_X);
      const x1 = CollisionDetector.voxelIndex(Math.max(motion.posOne.x, motion.posTwo.x) + r, Constants.MIN_X);
      const y0 = CollisionDetector.voxelIndex(Math.min(motion.posOne.y, motion.posTwo.y) - r, Constants.MIN_Y);
      const y1 = CollisionDetector.voxelIndex(Math.max(motion.posOne.y, motion.posTwo.y) + r, Constants.MIN_Y);
      for (let vx = x0; vx <= x1; vx++) {
        for (let vy = y0; vy <= y1; vy++) {
          const center = new Vector3D(
            Constants.MIN_X + vx * Constants.VOXEL_SIZE + half,
            Constants.MIN_Y + vy * Constants.VOXEL_SIZE + half,
            0);
          if (motion.flatDistanceTo(center) > reach) {
            continue;
          }
          this.voxelsTouched++;
          const key = (vx + 1) * width + (vy + 1);
          let group = voxels.get(key);
          if (group === null) {
            group = [];
            voxels.put(key, group);
          }
          group.push(motion);
        }
      }
    });
    const result = [];
    voxels.forEachValue((group) => {
      if (group.length > 1) {
        result.push(group);
      }
    });
    return result;
  }
}

function main() {
  const aircraftCount = 150;
  const frames = 6000;
  const simulator = new Simulator(aircraftCount, 74755);
  const detector = new CollisionDetector(aircraftCount);
  let total = 0;
  let checksum = 0;
  const perHundred = [];
  let bucket = 0;
  let firstReport = "none";
  for (let f = 0; f < frames; f++) {
    const collisions = detector.handleNewFrame(simulator.frame(f * 0.5));
    total += collisions.length;
    bucket += collisions.length;
    collisions.forEach((c) => {
      checksum = (checksum + Math.floor(c.position.x * 1000) * 7
        + Math.floor(c.position.y * 1000) * 3 + Math.floor(c.position.z * 1000)) % 1000000007;
    });
    if (firstReport === "none" && collisions.length > 0) {
      const sorted = collisions.map((c) => c.first + "/" + c.second).sort();
      firstReport = "frame " + f + ": " + sorted.join(" ");
    }
    if ((f + 1) % 1500 === 0) {
      perHundred.push(bucket);
      bucket = 0;
    }
  }
  console.log("first collision " + firstReport);
  console.log("collisions per 1500 frames: " + perHundred.join(" "));
  console.log("total collisions: " + total);
  console.log("position checksum: " + checksum);
  console.log("voxel entries: " + detector.voxelsTouched + ", pair checks: " + detector.pairChecks);
}

main();

// benchmarks/programs/vectors.js with a small workload, for the differential suite.
// Vectors benchmark: a small ray tracer (rays against spheres and a floor
// plane, Lambert shading, hard shadows, one mirror bounce) and a 2D cloth of
// point masses joined by springs (Verlet integration). Both are written the
// usual way, with small immutable vector objects: every vector operation
// returns a new vector, and the loops make short-lived temporaries.
// Prints per-channel checksums of the images and the cloth's final state.

class Vec3 {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  add(v) {
    return new Vec3(this.x + v.x, this.y + v.y, this.z + v.z);
  }

  sub(v) {
    return new Vec3(this.x - v.x, this.y - v.y, this.z - v.z);
  }

  scale(k) {
    return new Vec3(this.x * k, this.y * k, this.z * k);
  }

  mul(v) {
    return new Vec3(this.x * v.x, this.y * v.y, this.z * v.z);
  }

  dot(v) {
    return this.x * v.x + this.y * v.y + this.z * v.z;
  }

  cross(v) {
    return new Vec3(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
  }

  length() {
    return Math.sqrt(this.dot(this));
  }

  normalized() {
    return this.scale(1 / this.length());
  }

  reflect(normal) {
    return this.sub(normal.scale(2 * this.dot(normal)));
  }
}

class Ray {
  constructor(origin, dir) {
    this.origin = origin;
    this.dir = dir;
  }

  at(t) {
    return this.origin.add(this.dir.scale(t));
  }
}

const EPSILON = 1e-6;

class Sphere {
  constructor(center, radius, color, mirror) {
    this.center = center;
    this.radius = radius;
    this.color = color;
    this.mirror = mirror;
  }

  // Distance along the ray to the nearest intersection in front of it, or -1.
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.dir);
    const c = oc.dot(oc) - this.radius * this.radius;
    const disc = b * b - c;
    if (disc < 0) {
      return -1;
    }
    const root = Math.sqrt(disc);
    const near = -b - root;
    if (near > EPSILON) {
      return near;
    }
    const far = -b + root;
    return far > EPSILON ? far : -1;
  }

  normalAt(point) {
    return point.sub(this.center).scale(1 / this.radius);
  }

  colorAt(point) {
    return this.color;
  }
}

class Floor {
  constructor(height, colorA, colorB) {
    this.height = height;
    this.colorA = colorA;
    this.colorB = colorB;
    this.mirror = 0.25;
  }

  intersect(ray) {
    if (Math.abs(ray.dir.y) < EPSILON) {
      return -1;
    }
    const t = (this.height - ray.origin.y) / ray.dir.y;
    return t > EPSILON ? t : -1;
  }

  normalAt(point) {
    return new Vec3(0, 1, 0);
  }

  colorAt(point) {
    const checker = (Math.floor(point.x) + Math.floor(point.z)) & 1;
    return checker === 0 ? this.colorA : this.colorB;
  }
}

function closestHit(scene, ray) {
  let nearest = null;
  let distance = Infinity;
  for (const shape of scene) {
    const t = shape.intersect(ray);
    if (t > 0 && t < distance) {
      nearest = shape;
      distance = t;
    }
  }
  return nearest === null ? null : { shape: nearest, t: distance };
}

const SKY_LOW = new Vec3(1, 1, 1);
const SKY_HIGH = new Vec3(0.5, 0.7, 1.0);

function skyColor(dir) {
  const k = 0.5 * (dir.y + 1);
  return SKY_LOW.scale(1 - k).add(SKY_HIGH.scale(k));
}

function trace(scene, light, ray, depth) {
  const hit = closestHit(scene, ray);
  if (hit === null) {
    return skyColor(ray.dir);
  }
  const point = ray.at(hit.t);
  const normal = hit.shape.normalAt(point);
  const toLight = light.sub(point);
  const lightDistance = toLight.length();
  const lightDir = toLight.scale(1 / lightDistance);
  let diffuse = Math.max(0, normal.dot(lightDir));
  if (diffuse > 0) {
    const blocker = closestHit(scene, new Ray(point, lightDir));
    if (blocker !== null && blocker.t < lightDistance) {
      diffuse *= 0.15;
    }
  }
  let color = hit.shape.colorAt(point).scale(0.1 + 0.9 * diffuse);
  const mirror = hit.shape.mirror;
  if (depth > 0 && mirror > 0) {
    const bounced = trace(scene, light, new Ray(point, ray.dir.reflect(normal)), depth - 1);
    color = color.scale(1 - mirror).add(bounced.scale(mirror));
  }
  return color;
}

function toByte(channel) {
  const c = channel < 0 ? 0 : channel > 1 ? 1 : channel;
  return Math.floor(c * 255 + 0.5);
}

class Camera {
  constructor(eye, target, up, fov) {
    this.eye = eye;
    const forward = target.sub(eye).normalized();
    const right = forward.cross(up).normalized();
    this.forward = forward;
    this.right = right;
    this.up = right.cross(forward);
    this.halfWidth = Math.tan(fov / 2);
  }

  rayThrough(u, v) {
    const dir = this.forward
      .add(this.right.scale(u * this.halfWidth))
      .add(this.up.scale(v * this.halfWidth));
    return new Ray(this.eye, dir.normalized());
  }
}

function render(scene, light, camera, width, height) {
  const sums = { r: 0, g: 0, b: 0 };
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const u = ((col + 0.5) / width) * 2 - 1;
      const v = 1 - ((row + 0.5) / height) * 2;
      const color = trace(scene, light, camera.rayThrough(u, v), 2);
      sums.r = (sums.r * 31 + toByte(color.x)) % 1000003;
      sums.g = (sums.g * 31 + toByte(color.y)) % 1000003;
      sums.b = (sums.b * 31 + toByte(color.z)) % 1000003;
    }
  }
  return sums;
}

function makeScene() {
  return [
    new Floor(0, new Vec3(0.9, 0.9, 0.9), new Vec3(0.2, 0.3, 0.2)),
    new Sphere(new Vec3(0, 1, 5), 1, new Vec3(0.9, 0.2, 0.2), 0.3),
    new Sphere(new Vec3(-2.2, 0.7, 6), 0.7, new Vec3(0.2, 0.8, 0.3), 0),
    new Sphere(new Vec3(2.1, 0.6, 4.2), 0.6, new Vec3(0.2, 0.3, 0.9), 0.6),
    new Sphere(new Vec3(0.8, 0.3, 3), 0.3, new Vec3(0.9, 0.8, 0.1), 0),
    new Sphere(new Vec3(-1, 2.5, 8), 1.2, new Vec3(0.7, 0.7, 0.7), 0.8),
  ];
}

// --- the cloth: 2D point masses on a grid, springs between neighbours --------

class Vec2 {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  add(v) {
    return new Vec2(this.x + v.x, this.y + v.y);
  }

  sub(v) {
    return new Vec2(this.x - v.x, this.y - v.y);
  }

  scale(k) {
    return new Vec2(this.x * k, this.y * k);
  }

  length() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class Point {
  constructor(x, y, pinned) {
    this.pos = new Vec2(x, y);
    this.prev = new Vec2(x, y);
    this.pinned = pinned;
  }

  integrate(gravity, damping) {
    if (this.pinned) {
      return;
    }
    const velocity = this.pos.sub(this.prev).scale(damping);
    this.prev = this.pos;
    this.pos = this.pos.add(velocity).add(gravity);
  }
}

class Spring {
  constructor(a, b) {
    this.a = a;
    this.b = b;
    this.rest = b.pos.sub(a.pos).length();
  }

  relax(stiffness) {
    const pa = this.a.pos;
    const pb = this.b.pos;
    const d = { x: pb.x - pa.x, y: pb.y - pa.y };
    const length = Math.sqrt(d.x * d.x + d.y * d.y);
    if (length === 0) {
      return 0;
    }
    const stretch = (length - this.rest) / length;
    const push = { x: d.x * stretch * stiffness, y: d.y * stretch * stiffness };
    if (!this.a.pinned) {
      this.a.pos = new Vec2(pa.x + push.x, pa.y + push.y);
    }
    if (!this.b.pinned) {
      this.b.pos = new Vec2(pb.x - push.x, pb.y - push.y);
    }
    return Math.abs(length - this.rest);
  }
}

function makeCloth(columns, rows, spacing) {
  const points = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      points.push(new Point(c * spacing, -r * spacing, r === 0 && c % 4 === 0));
    }
  }
  const springs = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const here = points[r * columns + c];
      if (c + 1 < columns) {
        springs.push(new Spring(here, points[r * columns + c + 1]));
      }
      if (r + 1 < rows) {
        springs.push(new Spring(here, points[(r + 1) * columns + c]));
      }
    }
  }
  return { points, springs };
}

function simulateCloth(steps) {
  const cloth = makeCloth(24, 16, 1);
  const gravity = new Vec2(0, -0.01);
  let strain = 0;
  for (let step = 0; step < steps; step++) {
    const wind = new Vec2(0.004 * ((step % 50) / 50), 0);
    const force = gravity.add(wind);
    for (const p of cloth.points) {
      p.integrate(force, 0.99);
    }
    strain = 0;
    for (let pass = 0; pass < 3; pass++) {
      for (const s of cloth.springs) {
        strain += s.relax(0.5);
      }
    }
  }
  let centre = new Vec2(0, 0);
  let lowest = Infinity;
  for (const p of cloth.points) {
    centre = centre.add(p.pos);
    lowest = Math.min(lowest, p.pos.y);
  }
  centre = centre.scale(1 / cloth.points.length);
  return { centre, lowest, strain };
}

function main() {
  const scene = makeScene();
  const light = new Vec3(-4, 8, 0);
  const views = [
    new Camera(new Vec3(0, 1.5, -1), new Vec3(0, 1, 5), new Vec3(0, 1, 0), 1.0),
    new Camera(new Vec3(4, 3, 0), new Vec3(0, 0.5, 5), new Vec3(0, 1, 0), 0.9),
  ];
  for (let i = 0; i < views.length; i++) {
    const sums = render(scene, light, views[i], 40, 30);
    console.log("image " + i + " checksums: " + sums.r + " " + sums.g + " " + sums.b);
  }
  const cloth = simulateCloth(60);
  console.log("cloth centre: " + cloth.centre.x.toFixed(6) + " " + cloth.centre.y.toFixed(6));
  console.log("cloth lowest point: " + cloth.lowest.toFixed(6));
  console.log("cloth strain: " + cloth.strain.toFixed(6));
}

main();

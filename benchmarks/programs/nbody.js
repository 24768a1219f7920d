// N-body simulation of the Sun and the four giant planets using a simple
// symplectic integrator. Prints the total energy of the system before and
// after advancing it, plus the number of steps taken.

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

class Body {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx;
    this.vy = vy;
    this.vz = vz;
    this.mass = mass;
  }

  // Orbital data is given in AU and AU/day; convert velocities and masses.
  static fromPlanetData(x, y, z, vx, vy, vz, mass) {
    return new Body(x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
      mass * SOLAR_MASS);
  }

  kineticEnergy() {
    return 0.5 * this.mass * (this.vx * this.vx + this.vy * this.vy + this.vz * this.vz);
  }

  move(dt) {
    this.x += dt * this.vx;
    this.y += dt * this.vy;
    this.z += dt * this.vz;
  }
}

class Sun extends Body {
  constructor() {
    super(0, 0, 0, 0, 0, 0, SOLAR_MASS);
  }

  // Give the sun the momentum that makes the total momentum zero.
  balance(bodies) {
    let px = 0;
    let py = 0;
    let pz = 0;
    bodies.forEach((b) => {
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    });
    this.vx = -px / SOLAR_MASS;
    this.vy = -py / SOLAR_MASS;
    this.vz = -pz / SOLAR_MASS;
  }
}

class NBodySystem {
  constructor(bodies) {
    this.bodies = bodies;
    this.steps = 0;
  }

  advance(dt) {
    const bodies = this.bodies;
    const n = bodies.length;
    for (let i = 0; i < n; i++) {
      const a = bodies[i];
      for (let j = i + 1; j < n; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * Math.sqrt(d2));
        const am = a.mass * mag;
        const bm = b.mass * mag;
        a.vx -= dx * bm;
        a.vy -= dy * bm;
        a.vz -= dz * bm;
        b.vx += dx * am;
        b.vy += dy * am;
        b.vz += dz * am;
      }
    }
    for (let i = 0; i < n; i++) bodies[i].move(dt);
    this.steps++;
  }

  energy() {
    const bodies = this.bodies;
    let e = 0;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      e += a.kineticEnergy();
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}

function makeSystem() {
  const jupiter = Body.fromPlanetData(
    4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
    9.54791938424326609e-04);
  const saturn = Body.fromPlanetData(
    8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
    2.85885980666130812e-04);
  const uranus = Body.fromPlanetData(
    1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
    4.36624404335156298e-05);
  const neptune = Body.fromPlanetData(
    1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
    5.15138902046611451e-05);
  const sun = new Sun();
  const bodies = [sun, jupiter, saturn, uranus, neptune];
  sun.balance(bodies);
  return new NBodySystem(bodies);
}

function main() {
  const STEPS = 4000000;
  const system = makeSystem();
  console.log("energy before: " + system.energy().toFixed(9));
  for (let i = 0; i < STEPS; i++) system.advance(0.01);
  console.log("energy after:  " + system.energy().toFixed(9));
  console.log("steps: " + system.steps);
  const jupiter = system.bodies[1];
  console.log("jupiter x*1e6 rounded: " + Math.round(jupiter.x * 1e6));
}

main();

// Bounce benchmark: a set of balls with pseudo-random start positions and
// velocities (seeded LCG) moves inside a box; every wall hit is a bounce.
// Prints bounce counts per round, the total, and final ball positions checksum.

class Random {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

class Ball {
  static LIMIT = 500;

  constructor(random) {
    this.x = random.next() % 500;
    this.y = random.next() % 500;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }

  bounce() {
    const xLimit = Ball.LIMIT;
    const yLimit = Ball.LIMIT;
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > xLimit) {
      this.x = xLimit;
      this.xVel = 0 - Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x < 0) {
      this.x = 0;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y > yLimit) {
      this.y = yLimit;
      this.yVel = 0 - Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y < 0) {
      this.y = 0;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    return bounced;
  }
}

function runRound(seed, ballCount, steps) {
  const random = new Random(seed);
  const balls = [];
  for (let i = 0; i < ballCount; i++) {
    balls.push(new Ball(random));
  }
  let bounces = 0;
  for (let s = 0; s < steps; s++) {
    balls.forEach((ball) => {
      if (ball.bounce()) {
        bounces++;
      }
    });
  }
  const positionSum = balls.reduce((acc, b) => acc + b.x * 3 + b.y, 0);
  return { bounces: bounces, positionSum: positionSum };
}

function main() {
  const rounds = 10000;
  let total = 0;
  let positions = 0;
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const result = runRound(74755 + r, 100, 50);
    total += result.bounces;
    positions = (positions + result.positionSum) % 1000003;
    if (r % 2500 === 0) {
      samples.push(result.bounces);
    }
  }
  console.log("sample bounces: " + samples.join(" "));
  console.log("total bounces: " + total);
  console.log("position checksum: " + positions);
}

main();

'use strict';
// Balls bouncing inside a box.

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 4096) % n; }
}

class Ball {
  constructor(random) {
    this.x = random.int(500);
    this.y = random.int(500);
    this.xVel = random.int(300) - 150;
    this.yVel = random.int(300) - 150;
    this.radius = 5 + random.int(6);
    this.hits = 0;
  }

  bounce(limit) {
    const xLimit = limit;
    const yLimit = limit;
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x + this.radius > xLimit) {
      this.x = xLimit - this.radius;
      this.xVel = 0 - Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x - this.radius < 0) {
      this.x = this.radius;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y + this.radius > yLimit) {
      this.y = yLimit - this.radius;
      this.yVel = 0 - Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y - this.radius < 0) {
      this.y = this.radius;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    if (bounced) this.hits++;
    return bounced;
  }
}

class HeavyBall extends Ball {
  constructor(random) {
    super(random);
    this.radius = this.radius * 2;
  }
  bounce(limit) {
    const b = super.bounce(limit);
    // friction on every wall hit, integer velocities keep it exact
    if (b) {
      this.xVel = this.xVel - Math.sign(this.xVel);
      this.yVel = this.yVel - Math.sign(this.yVel);
    }
    return b;
  }
}

function simulate(seed, ballCount, steps) {
  const random = new Random(seed);
  const balls = [];
  for (let i = 0; i < ballCount; i++) {
    balls.push(i % 5 === 0 ? new HeavyBall(random) : new Ball(random));
  }
  let bounces = 0;
  for (let s = 0; s < steps; s++) {
    for (const ball of balls) {
      if (ball.bounce(500)) bounces++;
    }
  }
  return { balls: balls, bounces: bounces };
}

let total = 0;
for (let round = 0; round < 40; round++) {
  total += simulate(round + 1, 100, 50).bounces;
}
console.log('bounces over 40 rounds', total);

const big = simulate(12345, 1000, 400);
console.log('big bounces', big.bounces);
let sx = 0;
let sy = 0;
let maxHits = 0;
let stopped = 0;
for (const b of big.balls) {
  sx += b.x;
  sy += b.y;
  if (b.hits > maxHits) maxHits = b.hits;
  if (b.xVel === 0 && b.yVel === 0) stopped++;
}
console.log('position sums', sx, sy);
console.log('max hits', maxHits, 'stopped heavy balls', stopped);
const b0 = big.balls[0];
console.log('ball 0', { x: b0.x, y: b0.y, hits: b0.hits });

'use strict';
// A market feed that publishes price ticks through the shared emitter.

let feedsCreated = 0;

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 1024) % n; }
}

function createFeed(bus, symbols, seed) {
  feedsCreated++;
  const r = new Random(seed);
  const prices = {};
  for (const s of symbols) prices[s] = 1000 + r.int(1000);
  let ticks = 0;

  return {
    tick() {
      const sym = symbols[r.int(symbols.length)];
      const old = prices[sym];
      const move = r.int(41) - 20;
      prices[sym] = Math.max(1, old + move);
      ticks++;
      bus.emit('tick', sym, prices[sym], old);
      if (ticks % 250 === 0) bus.emit('heartbeat', ticks);
      if (move === 20 || move === -20) bus.emit('spike', sym, move);
    },
    price(sym) { return prices[sym]; },
    get ticks() { return ticks; },
  };
}

exports.createFeed = createFeed;
exports.feedsCreated = () => feedsCreated;

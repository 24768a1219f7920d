'use strict';
// Events: one emitter module used from a producer module and a consumer module.

const EventEmitter = require('./emitter');
const { createFeed, feedsCreated } = require('./producer');
const consumer = require('./consumer');

const bus = new EventEmitter('market');
const errors = [];
bus.on('error', (e, event) => errors.push(`${event}: ${e.message}`));

const stats = consumer.attachStats(bus);
const alerts = consumer.attachAlerts(bus, 6);
const symbols = ['ACME', 'BOLT', 'CRUX', 'DYNO'];
const feed = createFeed(bus, symbols, 31337);

console.log('events', bus.eventNames(), 'tick listeners', bus.listenerCount('tick'), 'spike listeners', bus.listenerCount('spike'));

for (let i = 0; i < 60000; i++) feed.tick();

for (const s of symbols) console.log(stats.report(s), 'now', feed.price(s));
console.log('direction', stats.direction());
console.log('alerts', alerts.alerts.length, alerts.alerts[0], alerts.alerts[alerts.alerts.length - 1]);
console.log('heartbeats', alerts.heartbeats(), 'errors', errors);
console.log('spike listeners after once', bus.listenerCount('spike'));

// A second, independent bus with closures counting into a shared array.
const local = new EventEmitter('local');
const hits = new Array(5).fill(0);
const handlers = [];
for (let k = 0; k < 5; k++) {
  const h = (n) => { hits[k] += n * (k + 1); };
  handlers.push(h);
  local.on('add', h);
}
for (let i = 1; i <= 100; i++) local.emit('add', i);
local.off('add', handlers[1]);
local.off('add', handlers[3]);
for (let i = 1; i <= 10; i++) local.emit('add', i);
console.log('hits', hits, 'remaining', local.listenerCount('add'));
console.log('off unknown', local.off('nothing', handlers[0]), 'emit unknown', local.emit('nothing', 1));

console.log('detached', stats.detach(), 'tick listeners', bus.listenerCount('tick'));
feed.tick();
console.log('ticks', feed.ticks, 'emitted', bus.emitted, 'feeds', feedsCreated());

try {
  local.on('boom', () => { throw new Error('no error listener'); });
  local.emit('boom');
} catch (e) {
  console.log('propagated:', e.message);
}

'use strict';
// Subscribers that keep statistics in closures.

function attachStats(bus) {
  const count = {};
  const high = {};
  const low = {};
  let ups = 0;
  let downs = 0;
  const onTick = (sym, price, old) => {
    count[sym] = (sym in count ? count[sym] : 0) + 1;
    if (!(sym in high) || price > high[sym]) high[sym] = price;
    if (!(sym in low) || price < low[sym]) low[sym] = price;
    if (price > old) ups++;
    else if (price < old) downs++;
  };
  bus.on('tick', onTick);
  return {
    report(sym) { return `${sym}: n=${count[sym]} low=${low[sym]} high=${high[sym]}`; },
    direction() { return { ups: ups, downs: downs }; },
    detach() { return bus.off('tick', onTick); },
  };
}

function attachAlerts(bus, limit) {
  const alerts = [];
  let heartbeats = 0;
  bus.on('spike', (sym, move) => {
    if (alerts.length < limit) alerts.push(sym + (move > 0 ? '+' : '') + move);
  });
  bus.on('heartbeat', (n) => {
    heartbeats++;
    if (n === 1000) throw new Error('heartbeat listener failed at ' + n);
  });
  bus.once('spike', (sym) => alerts.push('first spike on ' + sym));
  return {
    alerts: alerts,
    heartbeats: () => heartbeats,
  };
}

module.exports = { attachStats, attachAlerts };

'use strict';
// Helper functions over lists of items.

function formatPrice(cents) {
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  return '$' + whole + '.' + (frac < 10 ? '0' : '') + frac;
}

exports.formatPrice = formatPrice;

exports.totalValue = function (items) {
  return items.reduce((sum, it) => sum + it.value(), 0);
};

exports.groupByCategory = (items) => {
  const groups = {};
  for (const it of items) {
    if (!(it.category in groups)) groups[it.category] = [];
    groups[it.category].push(it);
  }
  return groups;
};

exports.summarize = function (groups) {
  const lines = [];
  for (const cat of Object.keys(groups).sort()) {
    const list = groups[cat];
    let qty = 0;
    for (const it of list) qty += it.quantity;
    lines.push(`${cat}: ${list.length} skus, ${qty} units, ${formatPrice(exports.totalValue(list))}`);
  }
  return lines;
};

exports.cheapest = function (items, n) {
  return items
    .slice()
    .sort((a, b) => a.priceCents - b.priceCents || (a.sku < b.sku ? -1 : 1))
    .slice(0, n)
    .map((it) => it.sku);
};

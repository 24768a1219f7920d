'use strict';
// Constants and a shared settings object.

console.log('[load] constants');

exports.VERSION = 3;
exports.APP_NAME = 'shapes-demo';
exports.LIMITS = { maxItems: 50, maxDepth: 4 };
exports.COLORS = ['red', 'green', 'blue'];

exports.settings = {
  verbose: false,
  scale: 2,
  mode: 'fast',
  retries: 3,
};

exports.describe = function () {
  const s = exports.settings;
  return `${exports.APP_NAME} v${exports.VERSION} mode=${s.mode} scale=${s.scale} verbose=${s.verbose}`;
};

// for-in does not visit a key the loop deleted before its turn.
const o = { x: 1, y: 2, z: 3 };
for (const k in o) { console.log(k); if (k === 'x') delete o.y; }
const m = {};
for (let i = 0; i < 5; i++) m['k' + i] = i;
for (const k in m) { if (m[k] % 2 === 0) delete m['k' + (m[k] + 1)]; console.log(k, m[k]); }

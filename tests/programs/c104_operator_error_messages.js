// node's words for a bad `in`, `instanceof` and toString radix
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } }
const o = {}; const n = null; let u; const s = 'str'; const num = 5.5;
t(() => 'a' in 'abc'); t(() => 1 in 5); t(() => 'k' in u); t(() => 'k' in n); t(() => 'x' in true); t(() => 2.5 in s);
t(() => o instanceof 5); t(() => o instanceof o); t(() => o instanceof 'x'); t(() => o instanceof u); t(() => o instanceof [1]);
t(() => (10).toString(1)); t(() => num.toString(37)); t(() => (3).toString(0));

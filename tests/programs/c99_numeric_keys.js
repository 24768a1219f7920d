// Numeric property keys that are not integers, in literals, classes, computed
// writes and patterns: the key is the number's JavaScript string (0.5, 1e+21,
// 1e-7), which the analysis had crashed on and the build printed as Python does.
const o = {0.5:'a', 1.0:'b', 1e21:'c', 1e-7:'d', 2:'e', '-1':'f', 0x10:'g'};
console.log(o, Object.keys(o));
console.log(o[0.5], o[1], o[1e21], o["1e-7"], o[16]);
const p = {}; p[1e21] = 1; p[0.1] = 2; p[-0] = 3; console.log(p, Object.keys(p));
{
const p = {}; p[1e21] = 1; p[0.1] = 2; p[-0] = 3; p[1/3] = 4; p[-1.5] = 5; p[NaN] = 6; p[Infinity]=7; p[2**53+2]=8;
console.log(p, Object.keys(p), p['0.1'], p[1e21], 1e21 in p, p[0.30000000000000004]);
class K { static 0.5 = 'half'; 1e21() { return 'big' } ['1e-7']() { return 'small' } }
console.log(K[0.5], new K()[1e21](), new K()[1e-7](), Object.keys(K));
const m = {12345678901234567890: 'x', 0.000001: 'y', 1e-7: 'z', .5e1: 'w'}; console.log(m);
for (const k in {1.25: 1, 3: 2}) console.log(k, typeof k);
const {0.5: h, 1e21: b} = {0.5: 'H', 1e21: 'B'}; console.log(h, b);
}

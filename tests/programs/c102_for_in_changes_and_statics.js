// for-in skips an array index removed before its turn (pop, a shorter length),
// with or without `delete` in the program; walks a string's indices; and over a
// class visits the enumerable statics it inherits that it does not shadow.
const arr = [1, 2, 3];
for (const k in arr) { console.log(k); arr.pop(); }
const arr2 = [1, 2, 3, 4, 5];
for (const k in arr2) { console.log('a2', k); if (k === '1') arr2.length = 2; }
for (const k in 'hey') console.log('s', k);
class C { static a = 1; static name2 = 'n'; static m() {} }
class D extends C { static d = 2; static name2 = 'shadow'; }
class E extends D { static e = 3; }
for (const k in D) console.log('D', k);
for (const k in E) console.log('E', k, E[k]);
const o = { x: 1, y: 2 }; for (const k in o) { console.log('o', k); o.z = 3; }
for (const k in null) console.log('never');
for (const k in 5) console.log('never');

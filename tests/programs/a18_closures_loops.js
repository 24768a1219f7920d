// Checks closures created in loops: let per-iteration bindings vs var sharing, nested loops, while loops.
const fns = [];
for (let i = 0; i < 4; i++) {
  fns.push(() => i * i);
}
console.log(fns.map((f) => f()));

const shared = [];
for (var j = 0; j < 4; j++) {
  shared.push(() => j);
}
console.log(shared.map((f) => f()));

// let binding modified inside body is seen by closure created in same iteration
const mods = [];
for (let i = 0; i < 3; i++) {
  mods.push(() => i);
  i += 0;
}
console.log(mods[0](), mods[1](), mods[2]());

// closure captures updated loop variable value at end of iteration body
const late = [];
for (let k = 0; k < 6; k++) {
  const f = () => k;
  k++;
  late.push(f);
}
console.log(late.map((f) => f()));

// nested loops with closures capturing both variables
const grid = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 3; c++) {
    grid.push(() => r + ":" + c);
  }
}
let out = "";
for (const g of grid) out += g() + " ";
console.log(out);

// while loop with block-scoped const inside
const ws = [];
let n = 0;
while (n < 3) {
  const captured = n * 10;
  ws.push(() => captured);
  n++;
}
console.log(ws[0](), ws[1](), ws[2](), n);

// closures that mutate captured loop state
const handlers = [];
for (let i = 0; i < 3; i++) {
  let clicks = 0;
  handlers.push(() => {
    clicks++;
    return "button" + i + " clicked " + clicks;
  });
}
console.log(handlers[0]());
console.log(handlers[0]());
console.log(handlers[2]());
console.log(handlers[1]());
console.log(handlers[0]());

// do-while with closure
const dw = [];
let m = 3;
do {
  const v = m;
  dw.push(() => v - 1);
  m--;
} while (m > 0);
console.log(dw.map((f) => f()));

// for-in with let captures key
const obj = { alpha: 1, beta: 2, gamma: 3 };
const keyFns = [];
for (let key in obj) keyFns.push(() => key + "=" + obj[key]);
obj.beta = 20;
console.log(keyFns.map((f) => f()));
// arrow declared in loop closes over accumulated array
const acc = [];
for (let i = 1; i <= 3; i++) {
  const addTo = (x) => {
    acc.push(x * i);
  };
  addTo(i);
}
console.log(acc);

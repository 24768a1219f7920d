// Math.pow and ** where the result is an exact integer (computed inside the module)
// and where it is not (the host's fdlibm pow): every digit must be node's.
let lines = [];
for (const x of [-7, -2, -1, -0, 0, 1, 2, 3, 10, 12, 255, 1000, 94906265]) {
  const row = [];
  for (const y of [0, 1, 2, 3, 5, 8, 13, 21, 34, 52, 53, 64, 65]) row.push(Math.pow(x, y));
  lines.push(x + ": " + row.join(" "));
}
console.log(lines.join("\n"));
console.log(Object.is(Math.pow(-0, 3), -0), Object.is((-0) ** 2, 0), 2 ** 10, (-3) ** 3, 10 ** 21, 10 ** 22, 10 ** 23);
console.log(Math.pow(10, -3), Math.pow(2, 0.5), Math.pow(1.5, 2), Math.pow(-8, 1 / 3), Math.pow(1, Infinity), Math.pow(NaN, 0));
let acc = 0;
for (let d = 0; d < 30; d++) acc += 123456 / Math.pow(10, d);
console.log(acc, 3 ** 40, 7 ** 19, (-7) ** 19, 2 ** 53, 2 ** 54 + 1);

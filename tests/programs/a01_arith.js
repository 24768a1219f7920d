// Checks integer and floating-point arithmetic, %, precedence, and increments.
function show(label, v) {
  console.log(label + " = " + v);
}

let a = 17;
let b = 5;
show("a+b", a + b);
show("a-b", a - b);
show("a*b", a * b);
show("a/b", a / b);
show("a%b", a % b);
show("-a%b", -a % b);
show("a%-b", a % -b);
show("5.5%2", 5.5 % 2);
show("1/3", 1 / 3);
show("2/3", 2 / 3);
show("0.1+0.2", 0.1 + 0.2);
show("0.3-0.1", 0.3 - 0.1);
show("1.1*3", 1.1 * 3);
show("10/4", 10 / 4);
show("7/-2", 7 / -2);
show("2+3*4", 2 + 3 * 4);
show("(2+3)*4", (2 + 3) * 4);
show("100-10-5", 100 - 10 - 5);
show("2*3%4", 2 * 3 % 4);

// increments and compound assignment
let i = 10;
let j = i++;
let k = ++i;
console.log(i, j, k);
i -= 3;
i *= 4;
i /= 6;
console.log("after compound:", i);
i %= 3;
console.log("mod:", i);
let n = 5;
n += 0.5;
n -= 0.25;
console.log("n:", n);

// integer sums that stay exact
let sum = 0;
for (let x = 1; x <= 100; x++) sum += x;
console.log("sum 1..100:", sum);
let fact = 1;
for (let x = 1; x <= 20; x++) fact *= x;
console.log("20!:", fact);
let fact25 = fact;
for (let x = 21; x <= 25; x++) fact25 *= x;
console.log("25!:", fact25);

// float accumulation
let acc = 0;
for (let x = 0; x < 10; x++) acc += 0.1;
console.log("ten tenths:", acc, acc === 1);
let h = 0;
for (let x = 1; x <= 10; x++) h += 1 / x;
console.log("harmonic 10:", h);

// unary operators
let s = "42";
console.log(+s + 1, -s, -(-3), +true, +false, +null);
console.log(typeof (a / b), (a / b) | 0, Math.floor(-a / b));

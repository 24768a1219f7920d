// Checks labeled break/continue across for, while, do-while and for-of loops, plus switch fallthrough inside loops.
const grid = [
  [1, 2, 3, 4],
  [5, -1, 7, 8],
  [9, 10, 0, 12],
  [13, 14, 15, 16],
];

let sum = 0;
rows: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] < 0) continue rows;
    if (grid[r][c] === 0) break rows;
    sum += grid[r][c];
  }
}
console.log("sum until zero, skipping rest of negative rows: " + sum);

let found = "none";
search: for (const row of grid) {
  let i = 0;
  while (i < row.length) {
    if (row[i] % 7 === 0 && row[i] > 0) {
      found = "first multiple of 7: " + row[i];
      break search;
    }
    i++;
  }
}
console.log(found);

const pairs = [];
let a = 0;
outer: do {
  a++;
  let b = 0;
  inner: while (true) {
    b++;
    if (b > 4) break inner;
    if ((a + b) % 3 === 0) continue inner;
    if (a * b > 8) continue outer;
    pairs.push(a + "" + b);
  }
} while (a < 4);
console.log("pairs: " + pairs.join(" "));

let steps = 0;
block: {
  for (let x = 0; x < 10; x++) {
    steps++;
    if (x === 3) break block;
  }
  steps = -100;
}
console.log("labeled block steps: " + steps);

function classify(ch) {
  const out = [];
  switch (ch) {
    case "a":
    case "e":
    case "i":
    case "o":
    case "u":
      out.push("vowel");
    case "y":
      out.push("maybe-vowel");
      break;
    case " ":
      out.push("space");
      break;
    default:
      out.push("consonant");
    case "z":
      out.push("late-letter-or-fallthrough");
  }
  return out.join("+");
}
for (const ch of ["a", "y", " ", "k", "z"]) {
  console.log(quote(ch) + " -> " + classify(ch));
}
function quote(s) {
  return "'" + s + "'";
}

const tokens = ["push", "1", "push", "2", "skip", "push", "3", "stop", "push", "4"];
const stack = [];
let skipped = 0;
loop: for (let i = 0; i < tokens.length; i++) {
  switch (tokens[i]) {
    case "push":
      i++;
      stack.push(Number(tokens[i]));
      continue loop;
    case "skip":
      skipped++;
      break;
    case "stop":
      break loop;
  }
  stack.push(-1);
}
console.log("stack: " + stack.join(",") + " skipped=" + skipped);

let count = 0;
numbers: for (let n = 2; n < 40; n++) {
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) continue numbers;
  }
  count++;
}
console.log("primes below 40: " + count);

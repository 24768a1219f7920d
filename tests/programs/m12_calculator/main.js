// An expression calculator across two files: a lexer and a recursive-descent
// parser as classes, errors of several kinds thrown and caught, finally, spread
// into Math.max, a module that exports one function.
const evaluate = require("./calc");
const cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "max(1, 5, 3) + min(4, 2)", "sqrt(16) * pi", "sum(1,2,3,4) / 0", "0/0", "1 +", "foo + 1", "bar(2)", "3 $ 4", ".5 + .25", "1e3"];
for (const c of cases) {
  try { const v = evaluate(c); console.log(c.padEnd(28), "=", v, typeof v); }
  catch (err) { console.log(c.padEnd(28), "!", err.name + ":", err.message, err instanceof SyntaxError); }
  finally { if (c === "0/0") console.log("  (checked NaN)", Number.isNaN(evaluate(c))); }
}

// toExponential, with and without a digit count (it stopped the program).
for (const x of [123.456, 0, -0, 1.5e-7, 12345, 1e21, 0.000123, 2.5, 1.25, -5.55, 1 / 3, 5e-324, 1.7976931348623157e308, NaN, -Infinity]) {
  console.log(x.toExponential(), x.toExponential(0), x.toExponential(2), x.toExponential(20));
}
try { (1).toExponential(101); } catch (e) { console.log(e.name, e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.name, e.message); }
console.log(NaN.toExponential(500), (12.5).toExponential(undefined), (12.5).toExponential(1.9), (7).toExponential('3'));

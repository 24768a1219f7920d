// Reading numbers from text: Number(), unary +, parseFloat, parseInt and
// JSON.parse on the common forms (read inside the module) and the rest (the host).
const texts = ["0", "-0", "+0", "7", "007", "42", "-42", "+42", "3.14", "-3.14", ".5", "5.", "-.5", "0.1",
  "0.3", "1.7976931348623157", "123456789012345", "1234567890123456", "9007199254740993", "0.000001",
  "1e3", "1E-3", "2.5e+2", " 12 ", "\t7\n", "", " ", ".", "-", "+", "1.2.3", "12px", "0x1F", "0X1f",
  "Infinity", "-Infinity", "NaN", "abc", "1_000", "٣", "3.0000000000000004", "99.99", "100.5e", "1e", "-0.0"];
for (const t of texts) {
  const n = Number(t);
  console.log(JSON.stringify(t), n, Object.is(n, -0), +t, parseFloat(t), parseInt(t), parseInt(t, 10), parseInt(t, 16));
}
const parsed = JSON.parse('[0, -0, 1.5, -2.25, 1e2, 123456789012345, 0.1, 3.14159, -0.0001, 12345.678]');
console.log(parsed, Object.is(parsed[1], -0));
let sum = 0;
for (let i = 0; i < 2000; i++) sum += parseFloat((i * 1.1).toFixed(3)) + Number(String(i)) + parseInt(i + "px");
console.log(sum);

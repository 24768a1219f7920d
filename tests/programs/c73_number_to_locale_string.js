// toLocaleString of numbers without arguments: en-US, as node's ICU prints them.
for (const x of [1234567.891, 1.0005, 1.0015, 2.5e-7, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, -0, 0.5,
                 -1234.5678, 1.9995, 0.0005, 999.9995, 0, 42, -7, 1e300, 5e-324, 0.1 + 0.2]) {
  console.log(x.toLocaleString(), x.toLocaleString(undefined));
}
const total = 1234567;
console.log(`Total: ${total.toLocaleString()} items`);

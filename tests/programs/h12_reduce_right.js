// reduceRight: from the last element down, holes and removed indices skipped, the empty-array TypeError.
console.log([1, 2, 3, 4].reduceRight((acc, x, i) => acc + x * (i + 1), ""), [[1], [2, 3]].reduceRight((a, b) => a.concat(b)));
console.log(["a", "b", "c"].reduceRight((a, s) => a + s), [5].reduceRight((a, b) => a + b), [].reduceRight((a, b) => a + b, "init"));
try { [].reduceRight((a, b) => a); } catch (e) { console.log(e.name, e.message); }
const arr = [1, 2, 3, 4, 5];
console.log(arr.reduceRight((acc, x, i, all) => { if (i === 3) all.pop(); return acc + "," + x; }, "s"));

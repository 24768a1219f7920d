// Array.flat/flatMap, Array.from/of, String/Number/Boolean as values, and reads by
// name (Object.keys, for-in, String(error)) on objects of a subclass struct type.
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [[1], [2]].flat(0), [1, [2]].flat(-1));
console.log([1, 2, 3].flatMap(x => [x, x * 2]), [1, 2].flatMap(x => [[x]]), ["a b", "c"].flatMap(s => s.split(" ")), [1, 2].flatMap((x, i) => i));
console.log(Array.from([1, 2, 3]), Array.from("héllo😀"), Array.from({length: 3}, (_, i) => i * i), Array.from({length: 2, 0: "a", 1: "b"}));
console.log(Array.from([1, 2], x => x * 10), Array.of(7, 8), Array.of(), Array.from(new Array(2)));
const src = [1, 2]; const copy = Array.from(src); copy.push(3); console.log(src, copy);
console.log(["1", "2", "x"].map(Number), [0, 1, "", "a", null].filter(Boolean), [1, true, null].map(String), typeof String);
console.log(String(), Number(), Boolean(), ["3"].map(Number)[0] + 1);
try { Array.from(null); } catch (e) { console.log(e.constructor.name); }
class VE extends Error { constructor(m) { super(m); this.name = "VE"; } }
try { throw new VE("bad"); } catch (e) { console.log(String(e), `${e}`, e + "", e.message); }
class Base { constructor() { this.a = 1; } }
class Sub extends Base { constructor() { super(); this.b = 2; } }
const objs = [new Base(), new Sub()];
for (const o of objs) { console.log(Object.keys(o)); for (const k in o) console.log(k, o[k]); }
const s = new Sub(); const key = "b"; s[key] = 5; console.log(s.b, s["a"]);

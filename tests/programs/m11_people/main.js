// People, employees and validation errors across two files: inherited methods,
// super calls, getters, rest/default parameters, destructuring, labelled loops,
// array and string built-ins, number printing.
const { ValidationError, Entity, Person, Employee, groupBy } = require("./lib");
const people = [new Person(1, "Ann", 41), new Employee(2, "Bob", 25, 48000), new Person(3, "Cy"), new Employee(4, "Di", 33, 90000)];
console.log(people.map(String).join(" | "), Entity.registry.length);
console.log(people[0].greet(people[1], people[2]));
console.log(people[1].monthly, people[1].raise().monthly, people[3].raise(5).salary);
try { new Person(-1, "X").validate(); } catch (e) { console.log(e.name, e.message, e instanceof ValidationError, e instanceof Error, e.field); }
try { new Person(5, "").validate(); } catch (e) { console.log(String(e)); }
const byAge = groupBy(people, p => (p.age >= 30 ? "senior" : "junior"));
console.log(Object.keys(byAge), byAge.senior.length, byAge.junior.map(p => p.name));
const { name, age: years = 0, ...rest } = people[3];
console.log(name, years, Object.keys(rest));
const [first, , third = "none", ...others] = ["a", "b"];
console.log(first, third, others);
let s = "";
outer: for (let i = 0; i < 5; i++) { for (let j = 0; j < 5; j++) { if (j > i) continue outer; if (i === 4) break outer; s += i * j; } }
console.log(s, s.length, s.padStart(20, "*"), "ab".repeat(3), "  x ".trim() + "|");
const nums = [5, 3, 8, 1, 9, 2];
console.log(nums.find(n => n > 5), nums.findIndex(n => n > 5), nums.some(n => n > 8), nums.every(n => n > 0), nums.includes(8));
console.log([...nums].reverse(), nums.slice().sort((a, b) => b - a), nums.concat([10, 11]).length, nums.indexOf(9));
const sp = nums.slice(); const removed = sp.splice(1, 2, 100, 200, 300);
console.log(sp, removed, Math.max(...nums), Math.min(...nums));
console.log((255).toString(2), (255).toString(16), (0.1 + 0.2).toFixed(10), 1e21, 123456789.123, -0, [-0], 1 / 3);
function fin() { try { return "try"; } finally { console.log("finally ran"); } }
console.log(fin(), typeof fin, typeof null, typeof undefined, typeof {}, typeof [], typeof "", typeof 1 === "number" ? "big" : "no");
const counter = (() => { let c = 0; return { next: () => ++c, reset() { c = 0; } }; })();
counter.next(); counter.next(); console.log(counter.next()); counter.reset(); console.log(counter.next());
console.log("a-b-c".split("-"), "Hello".charAt(1), "Hello".charCodeAt(1), "Hello".replace("l", "L"), "abc".startsWith("ab"), "abc".includes("d"));
console.log([1, [2, [3, [4]]]].flat(), [1, 2, 3].flatMap(x => [x, x * 2]), Array.from({length: 3}, (_, i) => i * i));

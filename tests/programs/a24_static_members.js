// Checks static methods, static fields, static counters, factory methods and static inheritance.
class IdGen {
  static next = 1;
  static prefix = "id-";
  static issue() {
    const id = IdGen.prefix + IdGen.next;
    IdGen.next++;
    return id;
  }
  static reset() {
    this.next = 1;
  }
}
console.log(IdGen.issue(), IdGen.issue(), IdGen.issue(), IdGen.next);
IdGen.reset();
console.log(IdGen.issue(), IdGen.next);

class Temperature {
  static ABS_ZERO = -273.15;
  static count = 0;
  constructor(celsius) {
    this.celsius = celsius;
    Temperature.count++;
  }
  static fromFahrenheit(f) {
    return new Temperature(((f - 32) * 5) / 9);
  }
  static fromKelvin(k) {
    return new Temperature(k + Temperature.ABS_ZERO);
  }
  static compare(a, b) {
    return a.celsius - b.celsius;
  }
  toString() {
    return this.celsius.toFixed(1) + "C";
  }
}
const temps = [new Temperature(20), Temperature.fromFahrenheit(212), Temperature.fromKelvin(0), Temperature.fromFahrenheit(-40)];
temps.sort(Temperature.compare);
let line = "";
for (const t of temps) line += t + " ";
console.log(line);
console.log("created:", Temperature.count, "abs zero:", Temperature.ABS_ZERO);

// static inheritance: subclasses see parent statics, can override, this refers to subclass
class Model {
  static table = "models";
  static instances = 0;
  static create(...args) {
    this.instances++;
    return new this(...args);
  }
  static describe() {
    return "table " + this.table + " instances " + this.instances;
  }
  constructor(data) {
    this.data = data;
  }
}
class User extends Model {
  static table = "users";
  static instances = 0;
  static describe() {
    return "User/" + super.describe();
  }
}
class Post extends Model {}
const u1 = User.create("ann");
const u2 = User.create("bob");
const p1 = Post.create("hello");
console.log(u1 instanceof User, p1 instanceof Post, p1 instanceof User, u2.data);
console.log(Model.describe());
console.log(User.describe());
console.log(Post.describe(), Post.table);

// static helpers used by instance methods
class MathUtil {
  static clamp(v, lo, hi) {
    return Math.min(hi, Math.max(lo, v));
  }
  static lerp(a, b, t) {
    return a + (b - a) * MathUtil.clamp(t, 0, 1);
  }
}
console.log(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-5, 0, 10), MathUtil.lerp(0, 100, 0.25), MathUtil.lerp(10, 20, 3));
// static field initialized with expression using earlier static
class Config {
  static base = 8;
  static doubled = Config.base * 2;
  static names = ["a", "b"];
}
Config.names.push("c");
console.log(Config.base, Config.doubled, Config.names, typeof Config.missing);

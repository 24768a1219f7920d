// Static fields declared with a number and never written are read as constants
// (codegen/module.py static_constant). Each case here must still read what node
// reads: a field read by an earlier initialiser (through a method) is undefined
// then; a key declared twice holds the last value; a field written anywhere, or
// inherited, or after a computed-key member, is read from the class as before.
class Ball {
  static LIMIT = 500;
  static NEG = -2.5;
  static TINY = 1e-300;
  static BIG = 2 ** 31;
  static S = "s";
  static LATER = Ball.LIMIT + Ball.NEG;
  bounce(x) {
    return x > Ball.LIMIT ? Ball.LIMIT : x + Ball.NEG;
  }
}
class Odd {
  static A = Odd.peek();
  static B = 7;
  static peek() {
    return Odd.B;
  }
}
class Twice {
  static K = 1;
  static K = 2;
}
class Written {
  static W = 10;
  static bump() {
    Written.W += 5;
  }
}
class Other {
  static V = 4;
}
const o = { V: 0 };
o.V = 9;   // a write of the same key to any object: V is not a constant
class Sub extends Ball {}
class Computed {
  static ["CD"] = 3;
  static CD = 6;
}
class Zero {
  static Z = -0;
  static N = 0;
}
const arr = [Ball.LIMIT, Ball.NEG, Ball.BIG, Zero.Z, Zero.N];
console.log(new Ball().bounce(600), new Ball().bounce(3), Ball.LATER, Ball.TINY, Ball.BIG, Ball.S);
console.log(Odd.A, Odd.B, Twice.K, Other.V, o.V, Sub.LIMIT, Computed.CD);
Written.bump();
console.log(Written.W, Object.is(Zero.Z, -0), Object.is(Zero.N, 0), 1 / Zero.Z, arr, arr.map((v) => typeof v));
let hits = 0;
for (let i = 0; i < 1000; i++) {
  if (i % 7 === Other.V) hits += Ball.LIMIT;
  if (arr[i % 5] === Ball.LIMIT) hits++;
}
console.log(hits, Object.keys(Ball), Ball.LIMIT === 500, Ball["LIMIT"]);

// Class instances whose every field is written in the constructor.
// expect p: fast struct
// expect q: fast struct
// same-map p q: yes yes
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

const p = new Point(3, 4);
const q = new Point(1, 2);
const n = p.norm() + q.norm();
if (n < 0) throw new Error("unreachable");

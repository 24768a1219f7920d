// A property added after construction to every instance, in the same order.
// expect p: fast struct
// expect q: fast struct
// same-map p q: yes yes
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

const p = new Point(1, 2);
const q = new Point(3, 4);
p.z = 1;
q.z = 2;
const sum = p.x + p.y + p.z + q.x + q.y + q.z;
if (sum !== 13) throw new Error("bad sum");

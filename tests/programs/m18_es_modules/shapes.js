console.log("shapes: runs once, though imported twice and re-exported");
export class Shape {
  static made = 0;
  constructor(name) {
    this.name = name;
    Shape.made++;
  }
  area() {
    return 0;
  }
  describe() {
    return this.name + " " + this.area().toFixed(2);
  }
}
export class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() {
    return Math.PI * this.r * this.r;
  }
}
export class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
export default class Square extends Rect {
  constructor(side) {
    super(side, side);
    this.name = "square";
  }
}
export const unitCircle = new Circle(1);
export function describeAll(list) {
  return list.map((s) => s.describe()).join(", ");
}

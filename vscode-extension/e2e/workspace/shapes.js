// The sample program of the editor test (vscode-extension/e2e): two classes
// whose instances become WasmGC structs, and one object literal that
// deoptimises to a map: its properties are written and read by computed keys.

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  length() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class Segment {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
}

function area(key, value) {
  const box = { width: 3, height: 4 };
  box[key] = value;
  return ["width", "height"].reduce((product, side) => product * box[side], 1);
}

const start = new Point(0, 0);
const end = new Point(3, 4);
const segment = new Segment(start, end);
console.log(segment.to.length(), area("depth", 5));

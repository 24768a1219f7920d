// ES modules: live bindings, the order modules run in, re-exports, namespace
// imports, default exports of every kind, a CommonJS default import, a cycle.
console.log("main: body starts after every import ran");
report("hoisted function using an import declared below it");

import { count, increment, reset as resetCount } from "./counter.js";
import * as shapes from "./shapes.js";
import Square, { Shape, unitCircle, describeAll } from "./shapes.js";
import makeId from "./ids.js";
import anonymousClass from "./anon_class.js";
import answer from "./answer.js";
import { Circle as Round, PI2 } from "./reexports.js";
import { total, area } from "./reexports.js";
import legacy from "./legacy.cjs";
import { ping, pings } from "./ping.js";
import "./side_effect.js";

function report(what) {
  console.log(what + ": count is " + count);
}

// live bindings: the exporter's writes are seen here
console.log("count", count);
increment();
increment(5);
console.log("count after increments", count);
resetCount();
console.log("count after reset", count);

// classes across modules, inheritance, statics, instanceof
const shapesMade = [new Square(2), new Round(1.5), unitCircle, new shapes.Rect(2, 3)];
console.log(describeAll(shapesMade));
console.log(shapesMade.map((s) => s instanceof Shape), shapesMade[1] instanceof shapes.Circle);
console.log(Shape.made, shapes.Shape.made, total(shapesMade).toFixed(3), area(new Square(3)));
console.log(typeof shapes.Rect, typeof Square, PI2.toFixed(5));

// default exports: anonymous function, anonymous class, an expression
console.log(makeId("x"), makeId("y"), typeof makeId, makeId.name);
const a = new anonymousClass(4);
console.log(a.twice(), anonymousClass.name, answer, typeof answer);

// a CommonJS file imported by its default: its module.exports
console.log(legacy.greet("esm"), legacy.version);

// a cycle: ping.js and pong.js import each other; functions are hoisted
console.log(ping(3), pings());

// strict mode code: `this` of a plain call is undefined, top-level `this` too
function whoAmI() {
  return this;
}
console.log(whoAmI(), this, typeof require, typeof module);
try {
  undeclaredName = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}

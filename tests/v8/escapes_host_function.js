// An object handed to a function outside the closed world.
// expect o: fast map escapes-closed-world  -- differs: V8 judges each object at run time and the host function is never called here (the guard is false under node), so the object stays fast; the closed world cannot see someHostFunction's code and must assume it may add, delete or reflect on properties
const o = { x: 1, y: 2 };
if (typeof someHostFunction === "function") {
  someHostFunction(o);
}
if (o.x + o.y !== 3) throw new Error("bad");

// Object.setPrototypeOf on an object literal.
// expect o: fast map prototype-mutation  -- differs: V8 gives the object a new map with the new prototype and keeps its properties fast; statically the inherited property set (and what a read of a missing own field finds) changes at run time, so the site cannot keep a fixed struct type
const proto = {
  hello() {
    return "hi " + this.name;
  },
};
const o = { name: "ada" };
Object.setPrototypeOf(o, proto);
if (o.hello() !== "hi ada") throw new Error("bad");

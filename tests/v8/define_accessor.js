// Object.defineProperty adding an accessor to an existing object.
// expect o: fast map define-property  -- differs: V8 adds an AccessorPair descriptor to a fast map; the analysis does not model property descriptors (accessors, non-writable, non-enumerable), so a defineProperty target is not a plain struct of data fields
const o = { x: 1 };
Object.defineProperty(o, "y", {
  get() {
    return this.x + 1;
  },
  enumerable: true,
  configurable: true,
});
if (o.y !== 2) throw new Error("bad");

// A read with a key known only at run time.
// expect o: fast map dynamic-key-read  -- differs: reads never change V8's map, so the object stays fast; statically a read with an unknown key may name any own or inherited property, which a struct with a fixed set of fields cannot answer
const o = { a: 1, b: 2 };
const key = process.argv[2] || "a";
const v = o[key];
if (v !== 1 && v !== 2 && v !== undefined) throw new Error("bad");

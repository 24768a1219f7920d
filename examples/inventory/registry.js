// A registry that uses an object as a dictionary: keys only known at run
// time and `delete` make these objects deoptimise to a map.
function makeRegistry() {
  const byName = {};
  return {
    add(name, item) { byName[name] = item; },
    remove(name) { delete byName[name]; },
    count() { return Object.keys(byName).length; },
  };
}

function tag(item, label) {
  item.label = label;   // added after construction: still part of the shape
  return item;
}

exports.makeRegistry = makeRegistry;
exports.tag = tag;

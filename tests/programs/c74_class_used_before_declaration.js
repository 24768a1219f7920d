// new of a class from a function called before the class declaration runs:
// node's ReferenceError (the build trapped on a cast).
function make() { return new Foo(); }
try { make(); } catch (e) { console.log(e.name, e.message); }
function makeBar(n) { const b = new Bar(n); return b.n * 2; }
try { console.log(makeBar(2)); } catch (e) { console.log(e.name, e.message); }
class Foo {}
class Bar { constructor(n) { this.n = n; } }
console.log(make(), makeBar(3));

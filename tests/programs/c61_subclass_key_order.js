// Key order of subclass objects: a key the parent class's objects get after
// construction is listed after the subclass's own constructor fields.
class A { constructor() { this.x = 1; } }
class B extends A { constructor() { super(); this.z = 3; } }
const a = new A(); a.tag = 'a';
const b = new B(); b.tag = 'b';
console.log(a, b, Object.keys(b), JSON.stringify(b));
for (const k in b) console.log(k);
class C extends A { constructor() { super(); this.tag = 'c'; this.w = 4; } }
const c = new C();
console.log(c, Object.keys(c));

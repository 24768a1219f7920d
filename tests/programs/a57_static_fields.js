// Class statics: fields declared in the body, added later with C.K = v, updated by
// constructors, pushed to from static methods, inherited by a subclass.
class Cfg { static LIMIT = 10; static list = []; static add(x) { Cfg.list.push(x); return Cfg.list.length; } }
Cfg.EXTRA = "x";
console.log(Cfg.LIMIT, Cfg.EXTRA, Cfg.add(1), Cfg.add(2), Cfg.list, Cfg.MISSING);
Cfg.LIMIT = 20; console.log(Cfg.LIMIT);
class Sub extends Cfg {} console.log(Sub.LIMIT, Sub.EXTRA);
class Counted { static n = 0; constructor() { Counted.n = Counted.n + 1; } } new Counted(); new Counted(); console.log(Counted.n);
class Bumped { static n = 0; constructor() { Bumped.n++; } } new Bumped(); console.log(Bumped.n);

// Calling a method that strings, arrays and numbers do not have throws a TypeError
// (it stopped the program).
const s = 'abc';
try { s.foo(); } catch (e) { console.log(e instanceof TypeError); }
try { [1].bar(); } catch (e) { console.log(e.name); }
try { (5).baz(); } catch (e) { console.log(e.name); }
console.log('end');

// Assigning to a const computes the value, then throws node's TypeError.
const total = 0;
try { total += 5; } catch (e) { console.log(e.name, e.message); }
console.log(total);
const s = "a";
try { s = (console.log("rhs"), "b"); } catch (e) { console.log(e instanceof TypeError, e.message); }
let t = 1;
const u = 0;
try { u ||= (console.log("evaluated"), 3); } catch (e) { console.log("or", e.message); }
try { t = u++; } catch (e) { console.log("inc", e.message, t); }
function f() { const k = { a: 1 }; k.a = 2; try { k = 3; } catch (e) { return e.name + k.a; } }
console.log(f());
for (const i = 0; i < 3; i++) console.log(i);

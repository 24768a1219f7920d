// Identifiers outside ASCII (bindings, labels, functions, classes, properties):
// WAT names are ASCII, so the build had made an invalid module.
const café = 1; let ñ = café + 1; console.log(café, ñ);
function größe(x){ return x*2 } console.log(größe(3));
class Ünïcode { constructor(){ this.wert = 1; this.π = 3.14 } } const u = new Ünïcode(); console.log(u.π, u);
const $_a = 2; console.log($_a);
äußere: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue äußere; if (i == 2) break äußere; console.log(i, j); } }
const o = { ключ: 1, 日本: 2 }; o.ключ += 1; console.log(o, o.日本);
var \u0061b = 5; console.log(ab);
class Кот { static мяу() { return 'мяу' } секрет = 1; }
console.log(Кот.мяу(), new Кот().секрет);
const f = (ü) => ü * 2; console.log(f(4), f.name, Кот.name);

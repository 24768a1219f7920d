// A field the plan proves holds a string is read as a typed string: `.length` is
// the array's length and `charCodeAt` a direct call (no dispatch, no boxing). The
// position is converted as node does: its integer part, NaN as 0, an object by
// its valueOf (after the receiver is read), outside the string NaN.
class Scanner {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }
  next() {
    const c = this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
    this.pos++;
    return c;
  }
  retarget(text) {
    this.text = text;   // still a string
    this.pos = 0;
  }
}
class Upper extends Scanner {
  constructor(text) {
    super(text.toUpperCase());
    this.label = "upper";
  }
}
const order = [];
const pos = {
  valueOf() {
    order.push("valueOf");
    return 2.9;
  },
};
function scan(s) {
  const codes = [];
  let c;
  while ((c = s.next()) !== -1) codes.push(c);
  return codes.join(",");
}
const a = new Scanner("héllo, \u{1F600}!");
console.log(a.text.length, scan(a));
a.retarget("");
console.log(a.text.length, scan(a));
const u = new Upper("abc");
console.log(u.text.length, scan(u), u.label.length, u.label.charCodeAt(0));
const s = new Scanner("xyz");
console.log(s.text.charCodeAt(), s.text.charCodeAt(1.7), s.text.charCodeAt(-0.5), s.text.charCodeAt(-1),
  s.text.charCodeAt(3), s.text.charCodeAt(NaN), s.text.charCodeAt(Infinity), s.text.charCodeAt("1"),
  s.text.charCodeAt(null), s.text.charCodeAt(undefined), s.text.charCodeAt(true));
order.push("receiver");
console.log(s.text.charCodeAt(pos), order.join(" "));
console.log("literal".length, ("a" + s.text).length, `${s.text}!`.length, "q".charCodeAt(0));

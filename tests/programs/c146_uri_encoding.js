// encodeURI, encodeURIComponent, decodeURI and decodeURIComponent: UTF-8
// percent-encoding of every kind of character, reserved characters, and the
// URIError for malformed input (codegen/builtins.wat, URI encoding).
const samples = ["hello world", "a+b=c&d/e?f#g", "ünïcödé", "日本語", "😀 emoji", "-_.!~*'()", ";/?:@&=+$,#", "", "100%"];
for (const s of samples) {
  const c = encodeURIComponent(s), u = encodeURI(s);
  console.log(JSON.stringify(s), c, u, decodeURIComponent(c) === s, decodeURI(u) === s, decodeURI(c));
}
for (const bad of ["%", "%zz", "%C3", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%C0%80", "\ud800"]) {
  try { console.log(decodeURIComponent(bad)); } catch (e) { console.log(e.name, e.message); }
  try { console.log(encodeURIComponent(bad)); } catch (e) { console.log(e.name, e.message); }
}
console.log(decodeURIComponent("%41%62c%2B%20"), decodeURI("%41%2F%3f%23"), encodeURIComponent(42), encodeURIComponent());
console.log(typeof encodeURIComponent, "q=" + encodeURIComponent("x y") + "&r=" + encodeURIComponent("ä"));

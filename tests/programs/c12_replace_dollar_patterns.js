// `$` patterns in a replacement string (GetSubstitution): $$, $&, $`, $', and the
// ones a string pattern leaves as written ($1, $<n>, a lone $).
const tpl = 'Total: {price}';
console.log(tpl.replace('{price}', '$' + (12.5).toFixed(2)));
console.log('a'.replaceAll('a', '$'), 'US$ 5'.replace('US', 'EU'), 'x-y'.replace('-', '$$'), 'x-y'.replace('-', '[$&]'));
console.log('abc'.replace('b', '$`|$\''), 'abc'.replace('b', '$1'), 'abc'.replace('b', '$<n>'), 'abc'.replace('b', '$'), 'abc'.replace('b', '$$$'));
console.log('a.b.c'.replaceAll('.', '$&$&'), 'aaa'.replaceAll('a', "$'"), 'ab'.replaceAll('', '$`'), 'abc'.replace('', '<$&>'));
console.log('100'.replace('1', '$0'), 'price'.replace('price', '$ price $'), 'q'.replace('z', '$&'));
console.log("a-b".replace("-", "+"), "cost".replace("o", "$&$&"));

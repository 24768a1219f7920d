// Strings inside printed values as node writes them: cut past 10,000 units with
// the rest counted, split after newlines into ' +' pieces when longer than the
// line has room for; array columns laid out by width on screen (wide characters
// take two columns, combining and zero-width ones none).
const s = 'ab\n'.repeat(4000);
console.log([s].length, { k: 'y'.repeat(10001) }, ['z'.repeat(10000)].length);
console.log(['q'.repeat(10001)], new Map([['k', 'w'.repeat(10005)]]));
console.log(['a\nb'.repeat(3)], [s.slice(0, 50)]);
console.log(['ab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab\nab'.repeat(2)]);
console.log({ k: 'line one\nline two\n'.repeat(5) }, ['x'.repeat(77) + '\n'], ['y'.repeat(70) + '\nz']);
console.log([['deep ' + 'w\n'.repeat(40)]]);
console.log(['日本', '中文字', 'a', 'bb', 'ccc', '한국어', 'e', 'ff', 'g']);
console.log(['😀', '😀😀', 'x', 'yy', 'zzz', 'w', 'v', 'u', 't', 's']);
console.log(['e\u0301', 'a\u200b', 'x', 'yy', 'zzz', 'w', 'v', 'u', 't', 's', 'r']);
console.log([1, '日本語のテキスト', 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
console.log(['\u00ad', 'ß', '½', '€', '→', '★', 'Ω', 'а', 'ﾊ', 'Ａ']);
console.log({ a: '日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語', b: '😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀' });

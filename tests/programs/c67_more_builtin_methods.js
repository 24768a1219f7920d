// substr, findLast, findLastIndex, toSorted, toReversed and split with a limit (each
// stopped the program when reached, after its earlier output).
const s = 'Hello, world';
console.log(s.substr(7), s.substr(7, 3), s.substr(-5, 2), s.substr(-50, 3), s.substr(3, -1), s.substr(20), s.substr(0, 100),
            s.substr(), s.substr(2, undefined), s.substr(NaN, 2), s.substr(1.7, 2.9));
const xs = [5, 1, 4, 2, 3];
console.log(xs.findLast((x) => x > 3), xs.findLastIndex((x) => x > 3), xs.findLast((x) => x > 9), xs.findLastIndex((x) => x > 9));
const seen = [];
xs.findLast(function (x, i, arr) { seen.push([x, i, arr.length, this.tag]); return false; }, { tag: 't' });
console.log(seen);
const sorted = xs.toSorted(), bydesc = xs.toSorted((a, b) => b - a), rev = xs.toReversed();
console.log(sorted, bydesc, rev, xs);
const words = ['pear', 'fig', 'apple'];
console.log(words.toSorted(), words.toSorted((a, b) => a.length - b.length), words);
try { xs.toSorted(3); } catch (e) { console.log(e.name, e.message); }
const csv = 'a,b,c,d';
console.log(csv.split(',', 2), csv.split(',', 0), csv.split(',', 10), csv.split(',', -1), csv.split('', 3), csv.split(undefined, 1),
            csv.split(',', undefined), csv.split(',', 2.7), csv.split(',', '3'), 'abc'.split('', 0), csv.split(',', 4294967297));

// hasOwnProperty on arrays (indices holding an element, and length) and strings.
const a = [1, 2, 3];
console.log(a.hasOwnProperty(0), a.hasOwnProperty('2'), a.hasOwnProperty(3), a.hasOwnProperty('length'),
            a.hasOwnProperty('push'), a.hasOwnProperty('01'), a.hasOwnProperty(-1));
const s = 'abc';
console.log(s.hasOwnProperty(1), s.hasOwnProperty('3'), s.hasOwnProperty('length'), s.hasOwnProperty('at'));
const holes = new Array(3); holes[1] = 'x';
console.log(holes.hasOwnProperty(0), holes.hasOwnProperty(1));

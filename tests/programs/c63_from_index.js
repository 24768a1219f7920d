// fromIndex of includes and lastIndexOf (both ignored it).
const a = [1, 2, 3, 1, NaN];
console.log(a.includes(1, 1), a.includes(1, 4), a.includes(1, -2), a.includes(3, -10), a.includes(NaN, 4), a.includes(NaN, 5),
            a.includes(2, 1.7), a.includes(1, undefined), a.includes(1, 'x'));
console.log(a.lastIndexOf(3, 1), a.lastIndexOf(1, 2), a.lastIndexOf(1, -2), a.lastIndexOf(1, -3), a.lastIndexOf(1, -6),
            a.lastIndexOf(1, 99), a.lastIndexOf(1, undefined), a.lastIndexOf(1), a.lastIndexOf(2, 1.9), a.lastIndexOf(1, NaN));
console.log([].lastIndexOf(1, 0), [].includes(undefined), [1].lastIndexOf(1, -1), [1].lastIndexOf(1, -2));

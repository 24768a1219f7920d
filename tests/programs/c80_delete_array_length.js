// delete of an array's length is refused when reached (node: false in sloppy
// mode, a TypeError in strict mode).
const z = [1, 2];
console.log(delete z[0], z);
console.log(delete z.length, z.length);

"use strict";
// What `tsc --module commonjs` writes for a module with named and default exports
// (written here by hand in that shape): the non-enumerable `__esModule` marker first.
Object.defineProperty(exports, "__esModule", { value: true });
exports.area = exports.Vec = void 0;
class Vec {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
    add(o) {
        return new Vec(this.x + o.x, this.y + o.y);
    }
    get length() {
        return Math.hypot(this.x, this.y);
    }
}
exports.Vec = Vec;
function area(w, h) {
    return w * h;
}
exports.area = area;
exports.default = function describe(v) {
    return `Vec(${v.x}, ${v.y})`;
};

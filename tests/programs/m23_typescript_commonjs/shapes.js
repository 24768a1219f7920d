"use strict";
// A module imported as a namespace (`import * as shapes from "./shapes"`), with
// an enum the way TypeScript writes one.
Object.defineProperty(exports, "__esModule", { value: true });
exports.Kind = exports.Square = void 0;
exports.perimeter = perimeter;
var Kind;
(function (Kind) {
    Kind[Kind["Flat"] = 0] = "Flat";
    Kind[Kind["Solid"] = 1] = "Solid";
})(Kind || (exports.Kind = Kind = {}));
class Square {
    constructor(side, kind = Kind.Flat) {
        this.side = side;
        this.kind = kind;
    }
    describe() {
        var _a;
        return `${Kind[this.kind]} square of side ${(_a = this.side) !== null && _a !== void 0 ? _a : 0}`;
    }
}
exports.Square = Square;
function perimeter(s) {
    return 4 * s.side;
}

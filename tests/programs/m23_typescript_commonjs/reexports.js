"use strict";
// `export { Vec, Vec as Point } from "./geometry"` as tsc writes it: the names
// declared `void 0` first, then each redefined as an enumerable getter.
Object.defineProperty(exports, "__esModule", { value: true });
exports.Point = exports.Vec = void 0;
var geometry_1 = require("./geometry");
Object.defineProperty(exports, "Vec", { enumerable: true, get: function () { return geometry_1.Vec; } });
Object.defineProperty(exports, "Point", { enumerable: true, get: function () { return geometry_1.Vec; } });

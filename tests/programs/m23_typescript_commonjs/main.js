"use strict";
// TypeScript's CommonJS output with esModuleInterop: `__importDefault` keeps a
// module that has the `__esModule` marker and wraps one that has not; the
// marker is an own property that no enumeration shows (keys, for-in, JSON,
// console.log, spread), as in node. A barrel module (index.js, `export * from`)
// re-exports through getters, which getOwnPropertyDescriptor, spread and
// Object.assign read as node does.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const geometry_1 = require("./geometry");
const geometry_2 = __importDefault(require("./geometry"));
const legacy_1 = __importDefault(require("./legacy"));
const v = new geometry_1.Vec(3, 4).add(new geometry_1.Vec(1, 1));
console.log((0, geometry_2.default)(v), v.length.toFixed(3), (0, geometry_1.area)(2, 5), (0, legacy_1.default)(21));
console.log(geometry_1, Object.keys(geometry_1), JSON.stringify(Object.keys(geometry_1)));
console.log(geometry_1.__esModule, "__esModule" in geometry_1, Object.prototype.hasOwnProperty.call(geometry_1, "__esModule"));
for (const k in geometry_1) console.log("export", k);
console.log(Object.entries(geometry_1).length, Object.assign({}, geometry_1).__esModule, { ...geometry_1 }.__esModule);
console.log(legacy_1.__esModule, exports, module.exports.__esModule);
console.log(...require("./namespace").report());
const all = require("./index");
console.log(all, Object.keys(all), all.version, (0, all.area)(3, 3), new all.Square(2).describe());
const d = Object.getOwnPropertyDescriptor(all, "area");
console.log(typeof d.get, d.set, d.enumerable, d.configurable, Object.getOwnPropertyDescriptor(all, "version"));
console.log(Object.getOwnPropertyDescriptor(all, "__esModule"), Object.getOwnPropertyDescriptor(all, "nothing"));
const copy = { ...all }, assigned = Object.assign({}, all);
console.log(copy.perimeter(new copy.Square(5)), assigned.Kind.Solid, JSON.stringify(Object.keys(assigned)));
const re = require("./reexports");
console.log(re, Object.keys(re), new re.Point(1, 2).add(new re.Vec(3, 4)), re.Point === re.Vec,
            Object.getOwnPropertyDescriptor(re, "Vec").configurable);
exports.done = true;
console.log(exports, Object.keys(exports));

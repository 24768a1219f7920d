console.log("reexports: after shapes and geometry");
export { Circle, Shape as BaseShape } from "./shapes.js";
export * from "./geometry.js";

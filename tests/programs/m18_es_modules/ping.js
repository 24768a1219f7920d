import { pong } from "./pong.js";
console.log("ping: runs after pong, which imports it back");
let count = 0;
export function ping(n) {
  count++;
  return n <= 0 ? "done" : pong(n - 1);
}
export function pings() {
  return count;
}

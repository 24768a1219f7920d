import { ping } from "./ping.js";
console.log("pong: ping's functions exist already: " + typeof ping);
export function pong(n) {
  return ping(n);
}

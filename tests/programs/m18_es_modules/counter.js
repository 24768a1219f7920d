console.log("counter: runs once, first");
export let count = 0;
export function increment(by = 1) {
  count += by;
}
function reset() {
  count = 0;
}
export { reset };

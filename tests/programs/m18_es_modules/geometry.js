console.log("geometry: imported by reexports");
export const PI2 = Math.PI * 2;
export function area(s) {
  return s.area();
}
export function total(list) {
  let sum = 0;
  for (const s of list) sum += area(s);
  return sum;
}

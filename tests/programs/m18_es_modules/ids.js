let next = 0;
export default function (prefix) {
  next++;
  return prefix + "-" + next;
}

// An array of class instances iterated with forEach.
// expect first: fast struct
// expect second: fast struct
// same-map first second: yes yes
class Item {
  constructor(id, price) {
    this.id = id;
    this.price = price;
  }
}

const first = new Item(1, 2.5);
const second = new Item(2, 3.25);
const items = [first, second, new Item(3, 4.5)];
let total = 0;
items.forEach((it) => {
  total += it.price;
});
items.forEach(function (it) {
  it.id = it.id + 1;
});
if (total !== 10.25 || first.id !== 2) throw new Error("bad");

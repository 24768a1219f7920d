// JSON-like records built by a factory function that returns a literal.
// expect u1: fast struct
// expect u2: fast struct
// same-map u1 u2: yes yes
function makeUser(name, age) {
  return {
    name: name,
    age: age,
    active: true,
    tags: ["admin", "ops"],
    address: { city: "Paris", zip: "75001" },
  };
}

const u1 = makeUser("ada", 36);
const u2 = makeUser("alan", 41);
const ages = u1.age + u2.age;
const cities = u1.address.city + u2.address.city;
if (ages !== 77 || cities.length !== 10 || u1.tags.length !== 2) throw new Error("bad");

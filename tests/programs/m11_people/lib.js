class ValidationError extends Error {
  constructor(field, msg) { super(`${field}: ${msg}`); this.name = "ValidationError"; this.field = field; }
}
class Entity {
  static registry = [];
  constructor(id) { this.id = id; Entity.registry.push(this); }
  toString() { return `${this.constructor.name}(${this.id})`; }
  validate() { if (this.id < 0) throw new ValidationError("id", "negative"); return true; }
}
class Person extends Entity {
  constructor(id, name, age = 30) { super(id); this.name = name; this.age = age; }
  validate() { super.validate(); if (!this.name) throw new ValidationError("name", "empty"); return true; }
  greet(...others) { return `hi ${others.map(o => o.name).join(", ")} from ${this.name}`; }
}
class Employee extends Person {
  constructor(id, name, age, salary) { super(id, name, age); this.salary = salary; }
  get monthly() { return (this.salary / 12).toFixed(2); }
  raise(pct = 10) { this.salary = Math.round(this.salary * (1 + pct / 100)); return this; }
}
function groupBy(items, keyFn) {
  const out = {};
  for (const it of items) { const k = keyFn(it); (out[k] = out[k] || []).push(it); }
  return out;
}
module.exports = { ValidationError, Entity, Person, Employee, groupBy };

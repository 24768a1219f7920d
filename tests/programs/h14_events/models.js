const Emitter = require("./emitter");
class Model extends Emitter {
  static instances = 0;
  constructor(attrs) {
    super();
    this.attrs = Object.assign({}, this.constructor.defaults(), attrs);
    this.constructor.instances++;
    Model.total = (Model.total || 0) + 1;
  }
  static defaults() { return { id: 0 }; }
  static create(attrs) { return new this(attrs); }
  get(k) { return this.attrs[k]; }
  set(k, v) {
    const old = this.attrs[k];
    if (old === v) return this;
    this.attrs[k] = v;
    this.emit("change", k, old, v);
    this.emit("change:" + k, v);
    return this;
  }
  toJSON() { return this.attrs; }
}
class User extends Model {
  static instances = 0;
  static defaults() { return { ...super.defaults(), role: "guest", name: "" }; }
  get display() { return `${this.get("name")} (${this.get("role")})`; }
}
class Admin extends User {
  static instances = 0;
  static defaults() { return { ...super.defaults(), role: "admin", perms: ["read", "write"] }; }
  get display() { return "*" + super.display; }
}
module.exports = { Model, User, Admin };

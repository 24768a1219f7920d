export default class {
  constructor(n) {
    this.n = n;
  }
  twice() {
    return this.n * 2;
  }
}

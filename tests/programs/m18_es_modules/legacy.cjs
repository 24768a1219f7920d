console.log("legacy: a CommonJS file");
module.exports = {
  version: 3,
  greet(who) {
    return "hello " + who;
  },
};

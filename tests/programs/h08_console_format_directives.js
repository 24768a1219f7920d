// console.log format directives as node applies them (%s %d %i %f %O %c %%), leftover arguments appended.
console.log("%s is %d years and %i days", "Bob", 42.9, 3.7, "extra", 5);
console.log("100%% sure %s", "yes", "%s");
console.log("100%% sure");
console.log("%d%% of %s", -0, null, undefined);
console.log("%i %i %f %f %d %d", "0x1f", -0.5, "3.5abc", 2, "", true);
console.log("%c styled %s", "color: red", "text", "%x", 7);
console.log("%O and %s", { a: [1, { b: 2 }] }, undefined);
console.log("%s", "only", "%s");
console.log("a%", 1, "end%");
console.log("%z %s", 1);
console.log(5, "%s", 6);
console.error("err %d", 12);

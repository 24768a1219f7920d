// console.log escapes in quoted strings as util.inspect does: C1 controls as \xNN, lone surrogates as \udxxx.
console.log(["\x85", "\x7f", "\x9f", "\xa0", "\ud800", "\udfff x", "ok\u2028"]);
console.log({ k: "\ud83d" }, "\ud83d".length, ["\x85"].join());

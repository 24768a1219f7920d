// File-level consts of number literals and arithmetic on them are read as
// constants computed at build time (codegen/module.py const_number), with
// JavaScript's arithmetic: ToInt32 for bitwise operators, -0, overflow to
// Infinity, division; a string const stays a value.
const ID_IDLE = 0;
const STATE_SUSPENDED = 2;
const STATE_RUNNABLE = 1;
const STATE_HELD = 4;
const STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD = ~STATE_HELD;
const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const NEG0 = -0;
const BIG = 2147483647 + 1;
const SH = 1 << 31;
const SR = -16 >> 2;
const X = 0.1 + 0.2;
const D = 1 / 3;
const Z = 1 / 0;
const M = 7 % 3;
const S = "s" + 1;
function f(state) { return (state & STATE_HELD) !== 0 || state === STATE_SUSPENDED; }
console.log(f(4), f(2), f(1), STATE_SUSPENDED_RUNNABLE, STATE_NOT_HELD, SOLAR_MASS, Object.is(NEG0, -0), BIG, SH, SR, X, D, Z, M, S, ID_IDLE);
console.log([ID_IDLE, NEG0, BIG], typeof BIG, BIG | 0, STATE_NOT_HELD >>> 0);
// shifts, computed in integers (a float would round 0x7fffffff << 31)
const SHL = 0x7fffffff << 31;
const SHL2 = 3 << 30;
const SHL3 = 5 << 33;
const SHR = -17 >> 2;
console.log(SHL, SHL2, SHL3, SHR);

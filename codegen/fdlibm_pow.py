"""pow and cbrt computed in the module, as V8 computes them (`x ** y`,
`Math.pow`, `Math.cbrt`).

V8's pow is fdlibm's `__ieee754_pow` with one change in its last division
(codegen/v8math.py, `pow`, carries it in Python, checked bit for bit against
node). The host computed it before, at about 15 us a call (a Python callback):
`x ** 2` of a fraction in a loop of 200,000 took 3.7 s, node 0.08 s.
`$m_pow` follows v8math.pow line by line, the same double operations in the
same order, so it gives the same bits:

  - the IEEE special cases (y = 0, x = 1, NaN, y = +-inf, y = 1, 2 or 1/2,
    x = 0, +-1 or +-inf; a negative x with a non-integer y);
  - log2(|x|) in two pieces t1 + t2, from the polynomial on |y| > 2^31 (which
    only tells overflow from underflow) or else on the mantissa;
  - y * log2(x) in two pieces, tested for overflow and underflow, then
    2^(that) from a polynomial and the exponent put back.

Putting the exponent back when the result is subnormal is `ldexp` (one correct
rounding): here two multiplications, the first exact (2^-1000 keeps a number
near 1 normal), the second rounding once. JavaScript's own cases (y NaN gives
NaN, y = 0 gives 1, x = +-1 with an infinite y gives NaN) are runtime.wat's
`$pow`, which calls this for everything else.

`$m_cbrt` is fdlibm's cbrt (v8math.cbrt): a first guess from the exponent
divided by 3 (a subnormal scaled by 2^54 first), one polynomial step to 23
bits, rounded to 21 bits, and one Newton step.
"""
from __future__ import annotations

from . import v8math as M
from .fdlibm import _c, _hi, _lo, _poly, _set_lo0, _words


def _l(name: str) -> str:
    return f"(local.get ${name})"


def _pick(k: str, table: list) -> str:
    """table[k] for k in {0, 1}."""
    return f"(select {_c(table[1])} {_c(table[0])} {k})"


def wat() -> str:
    L = _poly("(local.get $s2)", [M._L1, M._L2, M._L3, M._L4, M._L5, M._L6])
    P = _poly("(local.get $t)", [M._P1, M._P2, M._P3, M._P4, M._P5])
    k = _l("k")
    return f"""
;; ---- pow as V8 computes it (codegen/fdlibm_pow.py)
(func $m_pow (param $x f64) (param $y f64) (result f64)
  (local $hx i32) (local $lx i32) (local $hy i32) (local $ly i32) (local $ix i32) (local $iy i32)
  (local $yisint i32) (local $k i32) (local $j i32) (local $n i32) (local $i i32)
  (local $ax f64) (local $z f64) (local $s f64) (local $t f64) (local $w f64) (local $u f64) (local $v f64)
  (local $t1 f64) (local $t2 f64) (local $ss f64) (local $s2 f64) (local $s_h f64) (local $s_l f64)
  (local $t_h f64) (local $t_l f64) (local $r f64) (local $p_h f64) (local $p_l f64) (local $z_h f64)
  (local $z_l f64) (local $y1 f64)
  (local.set $hx {_hi(_l("x"))}) (local.set $lx {_lo(_l("x"))})
  (local.set $hy {_hi(_l("y"))}) (local.set $ly {_lo(_l("y"))})
  (local.set $ix (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (local.set $iy (i32.and {_l("hy")} (i32.const 0x7FFFFFFF)))
  (if (i32.eqz (i32.or {_l("iy")} {_l("ly")})) (then (return (f64.const 1))))
  (if (i32.and (i32.eq {_l("hx")} (i32.const 0x3FF00000)) (i32.eqz {_l("lx")})) (then (return (f64.const 1))))
  (if (i32.or (f64.ne {_l("x")} {_l("x")}) (f64.ne {_l("y")} {_l("y")})) (then (return (f64.const nan))))
  ;; yisint: 0 when y is not an integer, 1 when odd, 2 when even (for a negative x)
  (if (i32.lt_s {_l("hx")} (i32.const 0))
    (then
      (if (i32.ge_s {_l("iy")} (i32.const 0x43400000))
        (then (local.set $yisint (i32.const 2)))
        (else (if (i32.ge_s {_l("iy")} (i32.const 0x3FF00000))
          (then
            (local.set $k (i32.sub (i32.shr_s {_l("iy")} (i32.const 20)) (i32.const 0x3FF)))
            (if (i32.gt_s {_l("k")} (i32.const 20))
              (then
                (local.set $j (i32.shr_u {_l("ly")} (i32.sub (i32.const 52) {k})))
                (if (i32.eq (i32.shl {_l("j")} (i32.sub (i32.const 52) {k})) {_l("ly")})
                  (then (local.set $yisint (i32.sub (i32.const 2) (i32.and {_l("j")} (i32.const 1)))))))
              (else (if (i32.eqz {_l("ly")})
                (then
                  (local.set $j (i32.shr_s {_l("iy")} (i32.sub (i32.const 20) {k})))
                  (if (i32.eq (i32.shl {_l("j")} (i32.sub (i32.const 20) {k})) {_l("iy")})
                    (then (local.set $yisint (i32.sub (i32.const 2) (i32.and {_l("j")} (i32.const 1))))))))))))))))
  (if (i32.eqz {_l("ly")})
    (then
      (if (i32.eq {_l("iy")} (i32.const 0x7FF00000))
        (then
          (if (i32.eqz (i32.or (i32.sub {_l("ix")} (i32.const 0x3FF00000)) {_l("lx")})) (then (return (f64.const 1))))
          (if (i32.ge_s {_l("ix")} (i32.const 0x3FF00000))
            (then (return (select {_l("y")} (f64.const 0) (i32.ge_s {_l("hy")} (i32.const 0))))))
          (return (select (f64.neg {_l("y")}) (f64.const 0) (i32.lt_s {_l("hy")} (i32.const 0))))))
      (if (i32.eq {_l("iy")} (i32.const 0x3FF00000))
        (then
          (if (i32.lt_s {_l("hy")} (i32.const 0)) (then (return (f64.div (f64.const 1) {_l("x")}))))
          (return {_l("x")})))
      (if (i32.eq {_l("hy")} (i32.const 0x40000000)) (then (return (f64.mul {_l("x")} {_l("x")}))))
      (if (i32.and (i32.eq {_l("hy")} (i32.const 0x3FE00000)) (i32.ge_s {_l("hx")} (i32.const 0)))
        (then (return (f64.sqrt {_l("x")}))))))
  (local.set $ax (f64.abs {_l("x")}))
  (if (i32.and (i32.eqz {_l("lx")})
               (i32.or (i32.or (i32.eq {_l("ix")} (i32.const 0x7FF00000)) (i32.eqz {_l("ix")}))
                       (i32.eq {_l("ix")} (i32.const 0x3FF00000))))
    (then
      (local.set $z {_l("ax")})
      (if (i32.lt_s {_l("hy")} (i32.const 0)) (then (local.set $z (f64.div (f64.const 1) {_l("z")}))))
      (if (i32.lt_s {_l("hx")} (i32.const 0))
        (then
          (if (i32.eqz (i32.or (i32.sub {_l("ix")} (i32.const 0x3FF00000)) {_l("yisint")}))
            (then (local.set $z (f64.const nan)))
            (else (if (i32.eq {_l("yisint")} (i32.const 1)) (then (local.set $z (f64.neg {_l("z")}))))))))
      (return {_l("z")})))
  (local.set $n (i32.sub (i32.shr_u {_l("hx")} (i32.const 31)) (i32.const 1)))
  (if (i32.eqz (i32.or {_l("n")} {_l("yisint")})) (then (return (f64.const nan))))
  (local.set $s (f64.const 1))
  (if (i32.eqz (i32.or {_l("n")} (i32.sub {_l("yisint")} (i32.const 1)))) (then (local.set $s (f64.const -1))))
  (if (i32.gt_s {_l("iy")} (i32.const 0x41E00000))
    (then   ;; |y| > 2^31
      (if (i32.gt_s {_l("iy")} (i32.const 0x43F00000))
        (then
          (if (i32.le_s {_l("ix")} (i32.const 0x3FEFFFFF))
            (then (return (select (f64.const inf) (f64.const 0) (i32.lt_s {_l("hy")} (i32.const 0))))))
          (if (i32.ge_s {_l("ix")} (i32.const 0x3FF00000))
            (then (return (select (f64.const inf) (f64.const 0) (i32.gt_s {_l("hy")} (i32.const 0))))))))
      (if (i32.lt_s {_l("ix")} (i32.const 0x3FEFFFFF))
        (then (return (f64.mul {_l("s")} (select (f64.const inf) (f64.const 0) (i32.lt_s {_l("hy")} (i32.const 0)))))))
      (if (i32.gt_s {_l("ix")} (i32.const 0x3FF00000))
        (then (return (f64.mul {_l("s")} (select (f64.const inf) (f64.const 0) (i32.gt_s {_l("hy")} (i32.const 0)))))))
      (local.set $t (f64.sub {_l("ax")} (f64.const 1)))
      (local.set $w (f64.mul (f64.mul {_l("t")} {_l("t")})
                             (f64.sub (f64.const 0.5) (f64.mul {_l("t")} (f64.sub {_c(0.3333333333333333333333)}
                                                                                 (f64.mul {_l("t")} (f64.const 0.25)))))))
      (local.set $u (f64.mul {_c(M._IVLN2_H)} {_l("t")}))
      (local.set $v (f64.sub (f64.mul {_l("t")} {_c(M._IVLN2_L)}) (f64.mul {_l("w")} {_c(M._IVLN2)})))
      (local.set $t1 {_set_lo0(f"(f64.add {_l('u')} {_l('v')})")})
      (local.set $t2 (f64.sub {_l("v")} (f64.sub {_l("t1")} {_l("u")}))))
    (else
      (local.set $n (i32.const 0))
      (if (i32.lt_s {_l("ix")} (i32.const 0x00100000))
        (then
          (local.set $ax (f64.mul {_l("ax")} {_c(M._TWO53)}))
          (local.set $n (i32.const -53))
          (local.set $ix {_hi(_l("ax"))})))
      (local.set $n (i32.add {_l("n")} (i32.sub (i32.shr_s {_l("ix")} (i32.const 20)) (i32.const 0x3FF))))
      (local.set $j (i32.and {_l("ix")} (i32.const 0x000FFFFF)))
      (local.set $ix (i32.or {_l("j")} (i32.const 0x3FF00000)))
      (local.set $k (i32.const 0))
      (if (i32.gt_s {_l("j")} (i32.const 0x3988E))
        (then
          (if (i32.lt_s {_l("j")} (i32.const 0xBB67A))
            (then (local.set $k (i32.const 1)))
            (else
              (local.set $n (i32.add {_l("n")} (i32.const 1)))
              (local.set $ix (i32.sub {_l("ix")} (i32.const 0x00100000)))))))
      (local.set $ax {_words(_l("ix"), _lo(_l("ax")))})
      (local.set $u (f64.sub {_l("ax")} {_pick(k, M._BP)}))
      (local.set $v (f64.div (f64.const 1) (f64.add {_l("ax")} {_pick(k, M._BP)})))
      (local.set $ss (f64.mul {_l("u")} {_l("v")}))
      (local.set $s_h {_set_lo0(_l("ss"))})
      (local.set $t_h {_words(f"(i32.add (i32.add (i32.or (i32.shr_s {_l('ix')} (i32.const 1)) (i32.const 0x20000000)) (i32.const 0x00080000)) (i32.shl {k} (i32.const 18)))", "(i32.const 0)")})
      (local.set $t_l (f64.sub {_l("ax")} (f64.sub {_l("t_h")} {_pick(k, M._BP)})))
      (local.set $s_l (f64.mul {_l("v")} (f64.sub (f64.sub {_l("u")} (f64.mul {_l("s_h")} {_l("t_h")}))
                                                (f64.mul {_l("s_h")} {_l("t_l")}))))
      (local.set $s2 (f64.mul {_l("ss")} {_l("ss")}))
      (local.set $r (f64.mul (f64.mul {_l("s2")} {_l("s2")}) {L}))
      (local.set $r (f64.add {_l("r")} (f64.mul {_l("s_l")} (f64.add {_l("s_h")} {_l("ss")}))))
      (local.set $s2 (f64.mul {_l("s_h")} {_l("s_h")}))
      (local.set $t_h {_set_lo0(f"(f64.add (f64.add (f64.const 3) {_l('s2')}) {_l('r')})")})
      (local.set $t_l (f64.sub {_l("r")} (f64.sub (f64.sub {_l("t_h")} (f64.const 3)) {_l("s2")})))
      (local.set $u (f64.mul {_l("s_h")} {_l("t_h")}))
      (local.set $v (f64.add (f64.mul {_l("s_l")} {_l("t_h")}) (f64.mul {_l("t_l")} {_l("ss")})))
      (local.set $p_h {_set_lo0(f"(f64.add {_l('u')} {_l('v')})")})
      (local.set $p_l (f64.sub {_l("v")} (f64.sub {_l("p_h")} {_l("u")})))
      (local.set $z_h (f64.mul {_c(M._CP_H)} {_l("p_h")}))
      (local.set $z_l (f64.add (f64.add (f64.mul {_c(M._CP_L)} {_l("p_h")}) (f64.mul {_l("p_l")} {_c(M._CP)}))
                               {_pick(k, M._DP_L)}))
      (local.set $t (f64.convert_i32_s {_l("n")}))
      (local.set $t1 {_set_lo0(f"(f64.add (f64.add (f64.add {_l('z_h')} {_l('z_l')}) {_pick(k, M._DP_H)}) {_l('t')})")})
      (local.set $t2 (f64.sub {_l("z_l")} (f64.sub (f64.sub (f64.sub {_l("t1")} {_l("t")}) {_pick(k, M._DP_H)})
                                                   {_l("z_h")})))))
  ;; y * log2(x) = p_h + p_l
  (local.set $y1 {_set_lo0(_l("y"))})
  (local.set $p_l (f64.add (f64.mul (f64.sub {_l("y")} {_l("y1")}) {_l("t1")}) (f64.mul {_l("y")} {_l("t2")})))
  (local.set $p_h (f64.mul {_l("y1")} {_l("t1")}))
  (local.set $z (f64.add {_l("p_l")} {_l("p_h")}))
  (local.set $j {_hi(_l("z"))})
  (local.set $i {_lo(_l("z"))})
  (if (i32.ge_s {_l("j")} (i32.const 0x40900000))
    (then
      (if (i32.or (i32.sub {_l("j")} (i32.const 0x40900000)) {_l("i")})
        (then (return (f64.mul {_l("s")} (f64.const inf)))))
      (if (f64.gt (f64.add {_l("p_l")} {_c(M._OVT)}) (f64.sub {_l("z")} {_l("p_h")}))
        (then (return (f64.mul {_l("s")} (f64.const inf))))))
    (else
      (if (i32.ge_s (i32.and {_l("j")} (i32.const 0x7FFFFFFF)) (i32.const 0x4090CC00))
        (then
          (if (i32.or (i32.sub {_l("j")} (i32.const 0xC090CC00)) {_l("i")})
            (then (return (f64.mul {_l("s")} (f64.const 0)))))
          (if (f64.le {_l("p_l")} (f64.sub {_l("z")} {_l("p_h")}))
            (then (return (f64.mul {_l("s")} (f64.const 0)))))))))
  (local.set $i (i32.and {_l("j")} (i32.const 0x7FFFFFFF)))
  (local.set $k (i32.sub (i32.shr_s {_l("i")} (i32.const 20)) (i32.const 0x3FF)))
  (local.set $n (i32.const 0))
  (if (i32.gt_s {_l("i")} (i32.const 0x3FE00000))
    (then
      (local.set $n (i32.add {_l("j")} (i32.shr_s (i32.const 0x00100000) (i32.add {k} (i32.const 1)))))
      (local.set $k (i32.sub (i32.shr_s (i32.and {_l("n")} (i32.const 0x7FFFFFFF)) (i32.const 20)) (i32.const 0x3FF)))
      (local.set $t {_words(f"(i32.and {_l('n')} (i32.xor (i32.shr_s (i32.const 0x000FFFFF) {k}) (i32.const -1)))", "(i32.const 0)")})
      (local.set $n (i32.shr_s (i32.or (i32.and {_l("n")} (i32.const 0x000FFFFF)) (i32.const 0x00100000))
                               (i32.sub (i32.const 20) {k})))
      (if (i32.lt_s {_l("j")} (i32.const 0)) (then (local.set $n (i32.sub (i32.const 0) {_l("n")}))))
      (local.set $p_h (f64.sub {_l("p_h")} {_l("t")}))))
  ;; 2^(p_h + p_l)
  (local.set $t {_set_lo0(f"(f64.add {_l('p_l')} {_l('p_h')})")})
  (local.set $u (f64.mul {_l("t")} {_c(M._LG2_H)}))
  (local.set $v (f64.add (f64.mul (f64.sub {_l("p_l")} (f64.sub {_l("t")} {_l("p_h")})) {_c(M._LG2_)})
                         (f64.mul {_l("t")} {_c(M._LG2_L)})))
  (local.set $z (f64.add {_l("u")} {_l("v")}))
  (local.set $w (f64.sub {_l("v")} (f64.sub {_l("z")} {_l("u")})))
  (local.set $t (f64.mul {_l("z")} {_l("z")}))
  (local.set $t1 (f64.sub {_l("z")} (f64.mul {_l("t")} {P})))
  ;; (V8's form of the division: see v8math.pow)
  (local.set $r (f64.div (f64.mul {_l("z")} {_l("t1")})
                         (f64.sub (f64.sub {_l("t1")} (f64.const 2)) (f64.add {_l("w")} (f64.mul {_l("z")} {_l("w")})))))
  (local.set $z (f64.sub (f64.const 1) (f64.sub {_l("r")} {_l("z")})))
  (local.set $j (i32.add {_hi(_l("z"))} (i32.shl {_l("n")} (i32.const 20))))
  (if (i32.le_s (i32.shr_s {_l("j")} (i32.const 20)) (i32.const 0))
    (then (local.set $z (call $m_ldexp {_l("z")} {_l("n")})))
    (else (local.set $z {_words(_l("j"), _lo(_l("z")))})))
  (f64.mul {_l("s")} {_l("z")}))

;; Math.cbrt (v8math.cbrt)
(func $m_cbrt (param $x f64) (result f64)
  (local $hx i32) (local $sign i32) (local $t f64) (local $r f64) (local $s f64) (local $w f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $sign (i32.and {_l("hx")} (i32.const 0x80000000)))
  (local.set $hx (i32.xor {_l("hx")} {_l("sign")}))
  (if (i32.ge_u {_l("hx")} (i32.const 0x7FF00000)) (then (return (f64.add {_l("x")} {_l("x")}))))
  (if (i32.lt_u {_l("hx")} (i32.const 0x00100000))
    (then
      (if (i32.eqz (i32.or {_l("hx")} {_lo(_l("x"))})) (then (return {_l("x")})))
      (local.set $t (f64.mul {_c(2.0 ** 54)} {_l("x")}))
      (local.set $t {_words(f"(i32.or {_l('sign')} (i32.add (i32.div_u (i32.and {_hi(_l('t'))} (i32.const 0x7FFFFFFF)) (i32.const 3)) (i32.const {M._B2})))", "(i32.const 0)")}))
    (else
      (local.set $t {_words(f"(i32.or {_l('sign')} (i32.add (i32.div_u {_l('hx')} (i32.const 3)) (i32.const {M._B1})))", "(i32.const 0)")})))
  (local.set $r (f64.mul (f64.mul {_l("t")} {_l("t")}) (f64.div {_l("t")} {_l("x")})))
  (local.set $t (f64.mul {_l("t")} (f64.add (f64.add {_c(M._CP0)} (f64.mul {_l("r")} (f64.add {_c(M._CP1)} (f64.mul {_l("r")} {_c(M._CP2)}))))
                                            (f64.mul (f64.mul (f64.mul {_l("r")} {_l("r")}) {_l("r")})
                                                     (f64.add {_c(M._CP3)} (f64.mul {_l("r")} {_c(M._CP4)}))))))
  (local.set $t (f64.reinterpret_i64 (i64.and (i64.add (i64.reinterpret_f64 {_l("t")}) (i64.const 0x80000000))
                                              (i64.const 0xFFFFFFFFC0000000))))
  (local.set $s (f64.mul {_l("t")} {_l("t")}))
  (local.set $r (f64.div {_l("x")} {_l("s")}))
  (local.set $w (f64.add {_l("t")} {_l("t")}))
  (local.set $r (f64.div (f64.sub {_l("r")} {_l("t")}) (f64.add {_l("w")} {_l("r")})))
  (f64.add {_l("t")} (f64.mul {_l("t")} {_l("r")})))

;; z * 2^n, rounded once, for a z near 1 and an n that makes it tiny
(func $m_ldexp (param $z f64) (param $n i32) (result f64)
  (if (i32.lt_s (local.get $n) (i32.const -1000))
    (then
      (local.set $z (f64.mul (local.get $z) {_c(2.0 ** -1000)}))
      (local.set $n (i32.add (local.get $n) (i32.const 1000)))))
  (f64.mul (local.get $z) {_words("(i32.shl (i32.add (local.get $n) (i32.const 0x3FF)) (i32.const 20))", "(i32.const 0)")}))
"""

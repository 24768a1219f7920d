"""expm1, log1p and the hyperbolic functions computed in the module, as V8
computes them.

V8's `Math.expm1`, `Math.log1p`, `Math.sinh`, `Math.cosh` and `Math.tanh`
are fdlibm's (codegen/v8math.py carries them, checked bit for bit against
node); the host computed them at about 15 us a call. The functions here
follow v8math.py line by line, the same double operations in the same order:

  - expm1 reduces x = k ln2 + r (ln2 in two pieces, the reduction's error c
    carried), approximates e^r - 1 by a rational function of r^2/2, and puts
    2^k back in the way that keeps the most bits for each range of k;
  - log1p takes 1 + x = 2^k * (1 + f) with the rounding error of 1 + x as a
    correction c / u, then log(1 + f) as log does;
  - sinh, cosh and tanh are expm1 or exp of |x| combined with their sign,
    with exp(|x| / 2) squared near overflow.
"""
from __future__ import annotations

from . import v8math as M
from .fdlibm import _c, _hi, _lo, _poly, _words


def _l(name: str) -> str:
    return f"(local.get ${name})"


def wat() -> str:
    q = _poly(_l("hxs"), [M._Q1, M._Q2, M._Q3, M._Q4, M._Q5])
    lg = _poly(_l("z"), [M._LG1, M._LG2, M._LG3, M._LG4, M._LG5, M._LG6, M._LG7])
    k = _l("k")
    dk = f"(f64.convert_i32_s {k})"
    return f"""
;; ---- expm1, log1p, sinh, cosh, tanh as V8 computes them (codegen/fdlibm_hyper.py)
(func $m_expm1 (param $x f64) (result f64)
  (local $hx i32) (local $xsb i32) (local $k i32) (local $hi f64) (local $lo f64) (local $c f64) (local $t f64)
  (local $hfx f64) (local $hxs f64) (local $r1 f64) (local $e f64) (local $twopk f64) (local $y f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $xsb (i32.and {_l("hx")} (i32.const 0x80000000)))
  (local.set $hx (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u {_l("hx")} (i32.const 0x4043687A))
    (then
      (if (i32.ge_u {_l("hx")} (i32.const 0x40862E42))
        (then
          (if (i32.ge_u {_l("hx")} (i32.const 0x7FF00000))
            (then
              (if (i32.or (i32.and {_l("hx")} (i32.const 0xFFFFF)) {_lo(_l("x"))})
                (then (return (f64.add {_l("x")} {_l("x")}))))
              (return (select {_l("x")} (f64.const -1) (i32.eqz {_l("xsb")})))))
          (if (f64.gt {_l("x")} {_c(M._O_THRESHOLD)}) (then (return (f64.const inf))))))
      (if {_l("xsb")} (then (return (f64.const -1))))))
  (if (i32.gt_u {_l("hx")} (i32.const 0x3FD62E42))
    (then
      (if (i32.lt_u {_l("hx")} (i32.const 0x3FF0A2B2))
        (then
          (if (i32.eqz {_l("xsb")})
            (then (local.set $hi (f64.sub {_l("x")} {_c(M._LN2_HI)})) (local.set $lo {_c(M._LN2_LO)})
                  (local.set $k (i32.const 1)))
            (else (local.set $hi (f64.add {_l("x")} {_c(M._LN2_HI)})) (local.set $lo {_c(-M._LN2_LO)})
                  (local.set $k (i32.const -1)))))
        (else
          (local.set $k (i32.trunc_f64_s (f64.add (f64.mul {_c(M._INVLN2)} {_l("x")})
                                                 (select (f64.const 0.5) (f64.const -0.5) (i32.eqz {_l("xsb")})))))
          (local.set $t {dk})
          (local.set $hi (f64.sub {_l("x")} (f64.mul {_l("t")} {_c(M._LN2_HI)})))
          (local.set $lo (f64.mul {_l("t")} {_c(M._LN2_LO)}))))
      (local.set $x (f64.sub {_l("hi")} {_l("lo")}))
      (local.set $c (f64.sub (f64.sub {_l("hi")} {_l("x")}) {_l("lo")})))
    (else (if (i32.lt_u {_l("hx")} (i32.const 0x3C900000)) (then (return {_l("x")})))))
  (local.set $hfx (f64.mul (f64.const 0.5) {_l("x")}))
  (local.set $hxs (f64.mul {_l("x")} {_l("hfx")}))
  (local.set $r1 (f64.add (f64.const 1) (f64.mul {_l("hxs")} {q})))
  (local.set $t (f64.sub (f64.const 3) (f64.mul {_l("r1")} {_l("hfx")})))
  (local.set $e (f64.mul {_l("hxs")} (f64.div (f64.sub {_l("r1")} {_l("t")})
                                             (f64.sub (f64.const 6) (f64.mul {_l("x")} {_l("t")})))))
  (if (i32.eqz {k})
    (then (return (f64.sub {_l("x")} (f64.sub (f64.mul {_l("x")} {_l("e")}) {_l("hxs")})))))
  (local.set $twopk (select {_words(f"(i32.add (i32.const 0x3FF00000) (i32.shl {k} (i32.const 20)))", "(i32.const 0)")}
                            (f64.const 0) (i32.lt_s {k} (i32.const 1024))))
  (local.set $e (f64.sub (f64.mul {_l("x")} (f64.sub {_l("e")} {_l("c")})) {_l("c")}))
  (local.set $e (f64.sub {_l("e")} {_l("hxs")}))
  (if (i32.eq {k} (i32.const -1))
    (then (return (f64.sub (f64.mul (f64.const 0.5) (f64.sub {_l("x")} {_l("e")})) (f64.const 0.5)))))
  (if (i32.eq {k} (i32.const 1))
    (then
      (if (f64.lt {_l("x")} (f64.const -0.25))
        (then (return (f64.mul (f64.const -2) (f64.sub {_l("e")} (f64.add {_l("x")} (f64.const 0.5)))))))
      (return (f64.add (f64.const 1) (f64.mul (f64.const 2) (f64.sub {_l("x")} {_l("e")}))))))
  (if (i32.or (i32.le_s {k} (i32.const -2)) (i32.gt_s {k} (i32.const 56)))
    (then
      (local.set $y (f64.sub (f64.const 1) (f64.sub {_l("e")} {_l("x")})))
      (if (i32.eq {k} (i32.const 1024))
        (then (local.set $y (f64.mul (f64.mul {_l("y")} (f64.const 2)) {_c(8.98846567431158e307)})))
        (else (local.set $y (f64.mul {_l("y")} {_l("twopk")}))))
      (return (f64.sub {_l("y")} (f64.const 1)))))
  (if (i32.lt_s {k} (i32.const 20))
    (then
      (local.set $t {_words(f"(i32.sub (i32.const 0x3FF00000) (i32.shr_s (i32.const 0x200000) {k}))", "(i32.const 0)")})
      (return (f64.mul (f64.sub {_l("t")} (f64.sub {_l("e")} {_l("x")})) {_l("twopk")}))))
  (local.set $t {_words(f"(i32.shl (i32.sub (i32.const 0x3FF) {k}) (i32.const 20))", "(i32.const 0)")})
  (local.set $y (f64.sub {_l("x")} (f64.add {_l("e")} {_l("t")})))
  (local.set $y (f64.add {_l("y")} (f64.const 1)))
  (f64.mul {_l("y")} {_l("twopk")}))

(func $m_log1p (param $x f64) (result f64)
  (local $hx i32) (local $ax i32) (local $k i32) (local $hu i32) (local $f f64) (local $c f64) (local $u f64)
  (local $hfsq f64) (local $R f64) (local $s f64) (local $z f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $ax (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (local.set $k (i32.const 1))
  (if (i32.lt_s {_l("hx")} (i32.const 0x3FDA827A))
    (then
      (if (i32.ge_u {_l("ax")} (i32.const 0x3FF00000))
        (then
          (if (f64.eq {_l("x")} (f64.const -1)) (then (return (f64.const -inf))))
          (return (f64.const nan))))
      (if (i32.lt_u {_l("ax")} (i32.const 0x3E200000))
        (then
          (if (i32.lt_u {_l("ax")} (i32.const 0x3C900000)) (then (return {_l("x")})))
          (return (f64.sub {_l("x")} (f64.mul (f64.mul {_l("x")} {_l("x")}) (f64.const 0.5))))))
      (if (i32.or (i32.gt_s {_l("hx")} (i32.const 0)) (i32.le_s {_l("hx")} (i32.const 0xBFD2BEC4)))
        (then (local.set $k (i32.const 0)) (local.set $f {_l("x")}) (local.set $hu (i32.const 1))))))
  (if (i32.ge_s {_l("hx")} (i32.const 0x7FF00000)) (then (return (f64.add {_l("x")} {_l("x")}))))
  (if {k}
    (then
      (if (i32.lt_s {_l("hx")} (i32.const 0x43400000))
        (then
          (local.set $u (f64.add (f64.const 1) {_l("x")}))
          (local.set $hu {_hi(_l("u"))})
          (local.set $k (i32.sub (i32.shr_s {_l("hu")} (i32.const 20)) (i32.const 1023)))
          (local.set $c (if (result f64) (i32.gt_s {k} (i32.const 0))
                          (then (f64.sub (f64.const 1) (f64.sub {_l("u")} {_l("x")})))
                          (else (f64.sub {_l("x")} (f64.sub {_l("u")} (f64.const 1))))))
          (local.set $c (f64.div {_l("c")} {_l("u")})))
        (else
          (local.set $u {_l("x")})
          (local.set $hu {_hi(_l("u"))})
          (local.set $k (i32.sub (i32.shr_s {_l("hu")} (i32.const 20)) (i32.const 1023)))
          (local.set $c (f64.const 0))))
      (local.set $hu (i32.and {_l("hu")} (i32.const 0x000FFFFF)))
      (if (i32.lt_s {_l("hu")} (i32.const 0x6A09E))
        (then (local.set $u {_words(f"(i32.or {_l('hu')} (i32.const 0x3FF00000))", _lo(_l("u")))}))
        (else
          (local.set $k (i32.add {k} (i32.const 1)))
          (local.set $u {_words(f"(i32.or {_l('hu')} (i32.const 0x3FE00000))", _lo(_l("u")))})
          (local.set $hu (i32.shr_s (i32.sub (i32.const 0x00100000) {_l("hu")}) (i32.const 2)))))
      (local.set $f (f64.sub {_l("u")} (f64.const 1)))))
  (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) {_l("f")}) {_l("f")}))
  (if (i32.eqz {_l("hu")})
    (then
      (if (f64.eq {_l("f")} (f64.const 0))
        (then
          (if (i32.eqz {k}) (then (return (f64.const 0))))
          (local.set $c (f64.add {_l("c")} (f64.mul {dk} {_c(M._LN2_LO)})))
          (return (f64.add (f64.mul {dk} {_c(M._LN2_HI)}) {_l("c")}))))
      (local.set $R (f64.mul {_l("hfsq")} (f64.sub (f64.const 1) (f64.mul {_c(0.66666666666666666)} {_l("f")}))))
      (if (i32.eqz {k}) (then (return (f64.sub {_l("f")} {_l("R")}))))
      (return (f64.sub (f64.mul {dk} {_c(M._LN2_HI)})
                       (f64.sub (f64.sub {_l("R")} (f64.add (f64.mul {dk} {_c(M._LN2_LO)}) {_l("c")})) {_l("f")})))))
  (local.set $s (f64.div {_l("f")} (f64.add (f64.const 2) {_l("f")})))
  (local.set $z (f64.mul {_l("s")} {_l("s")}))
  (local.set $R (f64.mul {_l("z")} {lg}))
  (if (i32.eqz {k})
    (then (return (f64.sub {_l("f")} (f64.sub {_l("hfsq")} (f64.mul {_l("s")} (f64.add {_l("hfsq")} {_l("R")})))))))
  (f64.sub (f64.mul {dk} {_c(M._LN2_HI)})
           (f64.sub (f64.sub {_l("hfsq")} (f64.add (f64.mul {_l("s")} (f64.add {_l("hfsq")} {_l("R")}))
                                                   (f64.add (f64.mul {dk} {_c(M._LN2_LO)}) {_l("c")})))
                    {_l("f")})))

(func $m_sinh (param $x f64) (result f64)
  (local $h f64) (local $ax f64) (local $t f64) (local $w f64)
  (local.set $h (select (f64.const -0.5) (f64.const 0.5) (f64.lt {_l("x")} (f64.const 0))))
  (local.set $ax (f64.abs {_l("x")}))
  (if (f64.lt {_l("ax")} (f64.const 22))
    (then
      (if (f64.lt {_l("ax")} {_c(3.725290298461914e-9)}) (then (return {_l("x")})))
      (local.set $t (call $m_expm1 {_l("ax")}))
      (if (f64.lt {_l("ax")} (f64.const 1))
        (then (return (f64.mul {_l("h")} (f64.sub (f64.mul (f64.const 2) {_l("t")})
                                                  (f64.div (f64.mul {_l("t")} {_l("t")}) (f64.add {_l("t")} (f64.const 1))))))))
      (return (f64.mul {_l("h")} (f64.add {_l("t")} (f64.div {_l("t")} (f64.add {_l("t")} (f64.const 1))))))))
  (if (f64.lt {_l("ax")} {_c(709.7822265625)}) (then (return (f64.mul {_l("h")} (call $m_exp {_l("ax")})))))
  (if (f64.le {_l("ax")} {_c(M._KOVERFLOW)})
    (then
      (local.set $w (call $m_exp (f64.mul (f64.const 0.5) {_l("ax")})))
      (return (f64.mul (f64.mul {_l("h")} {_l("w")}) {_l("w")}))))
  (f64.mul {_l("x")} {_c(1.0e307)}))

(func $m_cosh (param $x f64) (result f64)
  (local $ix i32) (local $ax f64) (local $t f64) (local $w f64)
  (local.set $ix (i32.and {_hi(_l("x"))} (i32.const 0x7FFFFFFF)))
  (local.set $ax (f64.abs {_l("x")}))
  (if (i32.lt_u {_l("ix")} (i32.const 0x3FD62E43))
    (then
      (local.set $t (call $m_expm1 {_l("ax")}))
      (local.set $w (f64.add (f64.const 1) {_l("t")}))
      (if (i32.lt_u {_l("ix")} (i32.const 0x3C800000)) (then (return {_l("w")})))
      (return (f64.add (f64.const 1) (f64.div (f64.mul {_l("t")} {_l("t")}) (f64.add {_l("w")} {_l("w")}))))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x40360000))
    (then
      (local.set $t (call $m_exp {_l("ax")}))
      (return (f64.add (f64.mul (f64.const 0.5) {_l("t")}) (f64.div (f64.const 0.5) {_l("t")})))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x40862E42)) (then (return (f64.mul (f64.const 0.5) (call $m_exp {_l("ax")})))))
  (if (f64.le {_l("ax")} {_c(M._KOVERFLOW)})
    (then
      (local.set $w (call $m_exp (f64.mul (f64.const 0.5) {_l("ax")})))
      (return (f64.mul (f64.mul (f64.const 0.5) {_l("w")}) {_l("w")}))))
  (if (i32.ge_u {_l("ix")} (i32.const 0x7FF00000)) (then (return (f64.mul {_l("x")} {_l("x")}))))
  (f64.const inf))

(func $m_tanh (param $x f64) (result f64)
  (local $jx i32) (local $ix i32) (local $t f64) (local $z f64)
  (local.set $jx {_hi(_l("x"))})
  (local.set $ix (i32.and {_l("jx")} (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u {_l("ix")} (i32.const 0x7FF00000))
    (then
      (if (f64.ne {_l("x")} {_l("x")}) (then (return {_l("x")})))
      (return (select (f64.const 1) (f64.const -1) (i32.ge_s {_l("jx")} (i32.const 0))))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x40360000))
    (then
      (if (i32.lt_u {_l("ix")} (i32.const 0x3E300000)) (then (return {_l("x")})))
      (if (i32.ge_u {_l("ix")} (i32.const 0x3FF00000))
        (then
          (local.set $t (call $m_expm1 (f64.mul (f64.const 2) (f64.abs {_l("x")}))))
          (local.set $z (f64.sub (f64.const 1) (f64.div (f64.const 2) (f64.add {_l("t")} (f64.const 2))))))
        (else
          (local.set $t (call $m_expm1 (f64.mul (f64.const -2) (f64.abs {_l("x")}))))
          (local.set $z (f64.div (f64.neg {_l("t")}) (f64.add {_l("t")} (f64.const 2)))))))
    (else (local.set $z (f64.const 1))))
  (select {_l("z")} (f64.neg {_l("z")}) (i32.ge_s {_l("jx")} (i32.const 0))))
"""

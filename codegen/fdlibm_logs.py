"""log2 and log10 computed in the module, as V8 computes them.

V8's `Math.log2` and `Math.log10` are fdlibm's `log2` and `__ieee754_log10`
(codegen/v8math.py carries them, checked bit for bit against node); the host
computed them at about 15 us a call. `$m_log2` and `$m_log10` follow
v8math.py line by line:

  - both scale a subnormal x by 2^54 and split x = 2^k * m with m in
    [sqrt(2)/2, sqrt(2));
  - log2 takes log(m) = f - f^2/2 + s * (f^2/2 + R(s^2)) (f = m - 1,
    s = f / (2 + f)) in two pieces hi + lo, multiplies them by 1/ln 2 in
    two pieces, and adds k with the rounding error of that sum put back;
  - log10 is k * log10(2) (two pieces) + log(m) / ln 10, with V8's log
    (codegen/fdlibm.py, `$m_log`).
"""
from __future__ import annotations

from . import v8math as M
from .fdlibm import _c, _hi, _lo, _poly, _set_lo0, _words


def _l(name: str) -> str:
    return f"(local.get ${name})"


def _split(scaled_lo: bool) -> str:
    """The common start: -inf at zero, NaN below zero, a subnormal x scaled by
    2^54 (k -= 54), x + x for inf and NaN, 0 at 1."""
    relo = f"(local.set $lx {_lo(_l('x'))})" if scaled_lo else ""
    return f"""(local.set $hx {_hi(_l("x"))}) (local.set $lx {_lo(_l("x"))})
  (if (i32.lt_s {_l("hx")} (i32.const 0x00100000))
    (then
      (if (i32.eqz (i32.or (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)) {_l("lx")})) (then (return (f64.const -inf))))
      (if (i32.lt_s {_l("hx")} (i32.const 0)) (then (return (f64.const nan))))
      (local.set $k (i32.const -54))
      (local.set $x (f64.mul {_l("x")} {_c(M._TWO54)}))
      (local.set $hx {_hi(_l("x"))}) {relo}))
  (if (i32.ge_s {_l("hx")} (i32.const 0x7FF00000)) (then (return (f64.add {_l("x")} {_l("x")}))))
  (if (i32.and (i32.eq {_l("hx")} (i32.const 0x3FF00000)) (i32.eqz {_l("lx")})) (then (return (f64.const 0))))
  (local.set $k (i32.add {_l("k")} (i32.sub (i32.shr_s {_l("hx")} (i32.const 20)) (i32.const 1023))))"""


def wat() -> str:
    t1 = f"(f64.mul {_l('w')} {_poly(_l('w'), [M._LG2, M._LG4, M._LG6])})"
    t2 = f"(f64.mul {_l('z')} {_poly(_l('w'), [M._LG1, M._LG3, M._LG5, M._LG7])})"
    return f"""
;; ---- log2 and log10 as V8 computes them (codegen/fdlibm_logs.py)
;; s * (f^2/2 + R(s^2)) of log(1 + f) (v8math._k_log1p)
(func $m_k_log1p (param $f f64) (result f64)
  (local $s f64) (local $z f64) (local $w f64)
  (local.set $s (f64.div {_l("f")} (f64.add (f64.const 2) {_l("f")})))
  (local.set $z (f64.mul {_l("s")} {_l("s")}))
  (local.set $w (f64.mul {_l("z")} {_l("z")}))
  (f64.mul {_l("s")} (f64.add (f64.mul (f64.mul (f64.const 0.5) {_l("f")}) {_l("f")}) (f64.add {t2} {t1}))))

(func $m_log2 (param $x f64) (result f64)
  (local $hx i32) (local $lx i32) (local $k i32) (local $i i32) (local $y f64) (local $f f64) (local $hfsq f64)
  (local $r f64) (local $hi f64) (local $lo f64) (local $val_hi f64) (local $val_lo f64) (local $w f64)
  {_split(False)}
  (local.set $hx (i32.and {_l("hx")} (i32.const 0x000FFFFF)))
  (local.set $i (i32.and (i32.add {_l("hx")} (i32.const 0x95F64)) (i32.const 0x100000)))
  (local.set $x {_words(f"(i32.or {_l('hx')} (i32.xor {_l('i')} (i32.const 0x3FF00000)))", _lo(_l("x")))})
  (local.set $k (i32.add {_l("k")} (i32.shr_s {_l("i")} (i32.const 20))))
  (local.set $y (f64.convert_i32_s {_l("k")}))
  (local.set $f (f64.sub {_l("x")} (f64.const 1)))
  (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) {_l("f")}) {_l("f")}))
  (local.set $r (call $m_k_log1p {_l("f")}))
  (local.set $hi {_set_lo0(f"(f64.sub {_l('f')} {_l('hfsq')})")})
  (local.set $lo (f64.add (f64.sub (f64.sub {_l("f")} {_l("hi")}) {_l("hfsq")}) {_l("r")}))
  (local.set $val_hi (f64.mul {_l("hi")} {_c(M._IVLN2HI)}))
  (local.set $val_lo (f64.add (f64.mul (f64.add {_l("lo")} {_l("hi")}) {_c(M._IVLN2LO)})
                              (f64.mul {_l("lo")} {_c(M._IVLN2HI)})))
  (local.set $w (f64.add {_l("y")} {_l("val_hi")}))
  (local.set $val_lo (f64.add {_l("val_lo")} (f64.add (f64.sub {_l("y")} {_l("w")}) {_l("val_hi")})))
  (f64.add {_l("val_lo")} {_l("w")}))

(func $m_log10 (param $x f64) (result f64)
  (local $hx i32) (local $lx i32) (local $k i32) (local $i i32) (local $y f64)
  {_split(True)}
  (local.set $i (i32.lt_s {_l("k")} (i32.const 0)))
  (local.set $hx (i32.or (i32.and {_l("hx")} (i32.const 0x000FFFFF))
                         (i32.shl (i32.sub (i32.const 0x3FF) {_l("i")}) (i32.const 20))))
  (local.set $y (f64.convert_i32_s (i32.add {_l("k")} {_l("i")})))
  (local.set $x {_words(_l("hx"), _l("lx"))})
  (f64.add (f64.add (f64.mul {_l("y")} {_c(M._LOG10_2LO)}) (f64.mul {_c(M._IVLN10)} (call $m_log {_l("x")})))
           (f64.mul {_l("y")} {_c(M._LOG10_2HI)})))
"""

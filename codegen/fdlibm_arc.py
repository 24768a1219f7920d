"""The arc functions computed in the module, as V8 computes them.

V8's `Math.atan`, `Math.atan2`, `Math.asin` and `Math.acos` are fdlibm's
`atan`, `__ieee754_atan2`, `__ieee754_asin` and `__ieee754_acos`;
codegen/v8math.py carries them in Python, checked bit for bit against node,
and the host computed them at about 15 us a call. `$m_atan`, `$m_atan2`,
`$m_asin` and `$m_acos` follow v8math.py line by line (the same double
operations in the same order, so the same bits):

  - atan reduces |x| to one of five intervals (near 0; around 0.5, 1, 1.5;
    beyond 2.4375 through -1/x) and adds a polynomial in x^2, split in odd
    and even terms, to atan of the interval's point in two pieces (hi + lo);
  - atan2 takes the signs of x and y as a quadrant m, answers zeros and
    infinities from tables, and otherwise is atan(|y / x|) moved into the
    quadrant by pi in two pieces; when |y / x| is beyond 2^60 or below 2^-60
    it is pi/2 or 0 without the division;
  - asin and acos are a rational function R(x^2) = p/q near 0, and beyond
    1/2 are taken through sqrt((1 - |x|) / 2), with pi/2 (or pi/4) in two
    pieces and, where the square root's rounding would show, its error c
    added back.

Constants that v8math.py adds in doubles (pi/2 + pi_lo/2, -hi - lo) are added
here in Python's doubles, which are the same IEEE operations.
"""
from __future__ import annotations

from . import v8math as M
from .fdlibm import _c, _hi, _lo, _poly, _set_lo0


def _l(name: str) -> str:
    return f"(local.get ${name})"


def _by(index: str, values: list) -> str:
    """values[index] for an index 0..3, as nested ifs."""
    return (f"(if (result f64) (i32.eqz {index}) (then {values[0]}) (else "
            f"(if (result f64) (i32.eq {index} (i32.const 1)) (then {values[1]}) (else "
            f"(if (result f64) (i32.eq {index} (i32.const 2)) (then {values[2]}) (else {values[3]}))))))")


def wat() -> str:
    at = M._AT
    s1 = f"(f64.mul {_l('z')} {_poly(_l('w'), [at[0], at[2], at[4], at[6], at[8], at[10]])})"
    s2 = f"(f64.mul {_l('w')} {_poly(_l('w'), [at[1], at[3], at[5], at[7], at[9]])})"
    hi = [_c(v) for v in M._ATANHI]
    lo = [_c(v) for v in M._ATANLO]
    ident = _l("ident")
    pi, pi_lo, pio2, pio4 = M._PI_D, M._PI_LO, M._PI_O_2, M._PI_O_4
    p = _poly(_l("t"), [M._PS0, M._PS1, M._PS2, M._PS3, M._PS4, M._PS5])
    q = _poly(_l("t"), [M._QS1, M._QS2, M._QS3, M._QS4])
    PIO2_HI, PIO2_LO, PIO4_HI = _c(M._PIO2_HI), _c(M._PIO2_LO), _c(M._PIO4_HI)
    return f"""
;; ---- atan, atan2, asin and acos as V8 computes them (codegen/fdlibm_arc.py)
(func $m_atan (param $x f64) (result f64)
  (local $hx i32) (local $ix i32) (local $ident i32) (local $z f64) (local $w f64) (local $s f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $ix (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u {_l("ix")} (i32.const 0x44100000))
    (then
      (if (f64.ne {_l("x")} {_l("x")}) (then (return (f64.add {_l("x")} {_l("x")}))))
      (return (select {_c(M._ATANHI[3] + M._ATANLO[3])} {_c(-M._ATANHI[3] - M._ATANLO[3])}
                      (i32.gt_s {_l("hx")} (i32.const 0))))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x3FDC0000))
    (then
      (if (i32.lt_u {_l("ix")} (i32.const 0x3E400000)) (then (return {_l("x")})))
      (local.set $ident (i32.const -1)))
    (else
      (local.set $x (f64.abs {_l("x")}))
      (if (i32.lt_u {_l("ix")} (i32.const 0x3FF30000))
        (then
          (if (i32.lt_u {_l("ix")} (i32.const 0x3FE60000))
            (then
              (local.set $ident (i32.const 0))
              (local.set $x (f64.div (f64.sub (f64.mul (f64.const 2) {_l("x")}) (f64.const 1))
                                     (f64.add (f64.const 2) {_l("x")}))))
            (else
              (local.set $ident (i32.const 1))
              (local.set $x (f64.div (f64.sub {_l("x")} (f64.const 1)) (f64.add {_l("x")} (f64.const 1)))))))
        (else
          (if (i32.lt_u {_l("ix")} (i32.const 0x40038000))
            (then
              (local.set $ident (i32.const 2))
              (local.set $x (f64.div (f64.sub {_l("x")} (f64.const 1.5))
                                     (f64.add (f64.const 1) (f64.mul (f64.const 1.5) {_l("x")})))))
            (else
              (local.set $ident (i32.const 3))
              (local.set $x (f64.div (f64.const -1) {_l("x")}))))))))
  (local.set $z (f64.mul {_l("x")} {_l("x")}))
  (local.set $w (f64.mul {_l("z")} {_l("z")}))
  (local.set $s (f64.add {s1} {s2}))
  (if (i32.lt_s {ident} (i32.const 0))
    (then (return (f64.sub {_l("x")} (f64.mul {_l("x")} {_l("s")})))))
  (local.set $z (f64.sub {_by(ident, hi)}
                         (f64.sub (f64.sub (f64.mul {_l("x")} {_l("s")}) {_by(ident, lo)}) {_l("x")})))
  (select (f64.neg {_l("z")}) {_l("z")} (i32.lt_s {_l("hx")} (i32.const 0))))

(func $m_atan2 (param $y f64) (param $x f64) (result f64)
  (local $hx i32) (local $ix i32) (local $lx i32) (local $hy i32) (local $iy i32) (local $ly i32)
  (local $m i32) (local $k i32) (local $z f64)
  (if (i32.or (f64.ne {_l("x")} {_l("x")}) (f64.ne {_l("y")} {_l("y")})) (then (return (f64.const nan))))
  (local.set $hx {_hi(_l("x"))}) (local.set $ix (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (local.set $lx {_lo(_l("x"))})
  (local.set $hy {_hi(_l("y"))}) (local.set $iy (i32.and {_l("hy")} (i32.const 0x7FFFFFFF)))
  (local.set $ly {_lo(_l("y"))})
  (if (i32.and (i32.eq {_l("hx")} (i32.const 0x3FF00000)) (i32.eqz {_l("lx")}))
    (then (return (call $m_atan {_l("y")}))))
  (local.set $m (i32.or (i32.and (i32.shr_s {_l("hy")} (i32.const 31)) (i32.const 1))
                        (i32.and (i32.shr_s {_l("hx")} (i32.const 30)) (i32.const 2))))
  (if (i32.eqz (i32.or {_l("iy")} {_l("ly")}))
    (then
      (if (i32.le_s {_l("m")} (i32.const 1)) (then (return {_l("y")})))
      (return (select {_c(pi)} {_c(-pi)} (i32.eq {_l("m")} (i32.const 2))))))
  (if (i32.eqz (i32.or {_l("ix")} {_l("lx")}))
    (then (return (select {_c(-pio2)} {_c(pio2)} (i32.lt_s {_l("hy")} (i32.const 0))))))
  (if (i32.eq {_l("ix")} (i32.const 0x7FF00000))
    (then
      (if (i32.eq {_l("iy")} (i32.const 0x7FF00000))
        (then (return {_by(_l("m"), [_c(pio4), _c(-pio4), _c(3.0 * pio4), _c(-3.0 * pio4)])})))
      (return {_by(_l("m"), [_c(0.0), _c(-0.0), _c(pi), _c(-pi)])})))
  (if (i32.eq {_l("iy")} (i32.const 0x7FF00000))
    (then (return (select {_c(-pio2)} {_c(pio2)} (i32.lt_s {_l("hy")} (i32.const 0))))))
  (local.set $k (i32.shr_s (i32.sub {_l("iy")} {_l("ix")}) (i32.const 20)))
  (if (i32.gt_s {_l("k")} (i32.const 60))
    (then
      (local.set $z {_c(pio2 + 0.5 * pi_lo)})
      (local.set $m (i32.and {_l("m")} (i32.const 1))))
    (else
      (if (i32.and (i32.lt_s {_l("hx")} (i32.const 0)) (i32.lt_s {_l("k")} (i32.const -60)))
        (then (local.set $z (f64.const 0)))
        (else (local.set $z (call $m_atan (f64.abs (f64.div {_l("y")} {_l("x")}))))))))
  {_by(_l("m"), [_l("z"), f"(f64.neg {_l('z')})", f"(f64.sub {_c(pi)} (f64.sub {_l('z')} {_c(pi_lo)}))",
                 f"(f64.sub (f64.sub {_l('z')} {_c(pi_lo)}) {_c(pi)})"])})

;; p(t) / q(t) of asin and acos (v8math._pq)
(func $m_asin_r (param $t f64) (result f64)
  (f64.div (f64.mul {_l("t")} {p}) (f64.add (f64.const 1) (f64.mul {_l("t")} {q}))))

(func $m_asin (param $x f64) (result f64)
  (local $hx i32) (local $ix i32) (local $t f64) (local $w f64) (local $s f64) (local $c f64) (local $r f64)
  (local $p f64) (local $q f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $ix (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u {_l("ix")} (i32.const 0x3FF00000))
    (then
      (if (i32.eqz (i32.or (i32.sub {_l("ix")} (i32.const 0x3FF00000)) {_lo(_l("x"))}))
        (then (return (f64.add (f64.mul {_l("x")} {PIO2_HI}) (f64.mul {_l("x")} {PIO2_LO})))))
      (return (f64.const nan))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x3FE00000))
    (then
      (if (i32.lt_u {_l("ix")} (i32.const 0x3E400000)) (then (return {_l("x")})))
      (return (f64.add {_l("x")} (f64.mul {_l("x")} (call $m_asin_r (f64.mul {_l("x")} {_l("x")})))))))
  (local.set $w (f64.sub (f64.const 1) (f64.abs {_l("x")})))
  (local.set $t (f64.mul {_l("w")} (f64.const 0.5)))
  (local.set $r (call $m_asin_r {_l("t")}))
  (local.set $s (f64.sqrt {_l("t")}))
  (if (i32.ge_u {_l("ix")} (i32.const 0x3FEF3333))
    (then
      (local.set $t (f64.sub {PIO2_HI} (f64.sub (f64.mul (f64.const 2) (f64.add {_l("s")} (f64.mul {_l("s")} {_l("r")})))
                                               {PIO2_LO}))))
    (else
      (local.set $w {_set_lo0(_l("s"))})
      (local.set $c (f64.div (f64.sub {_l("t")} (f64.mul {_l("w")} {_l("w")})) (f64.add {_l("s")} {_l("w")})))
      (local.set $p (f64.sub (f64.mul (f64.mul (f64.const 2) {_l("s")}) {_l("r")})
                             (f64.sub {PIO2_LO} (f64.mul (f64.const 2) {_l("c")}))))
      (local.set $q (f64.sub {PIO4_HI} (f64.mul (f64.const 2) {_l("w")})))
      (local.set $t (f64.sub {PIO4_HI} (f64.sub {_l("p")} {_l("q")})))))
  (select {_l("t")} (f64.neg {_l("t")}) (i32.gt_s {_l("hx")} (i32.const 0))))

(func $m_acos (param $x f64) (result f64)
  (local $hx i32) (local $ix i32) (local $z f64) (local $s f64) (local $r f64) (local $w f64) (local $df f64)
  (local $c f64)
  (local.set $hx {_hi(_l("x"))})
  (local.set $ix (i32.and {_l("hx")} (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u {_l("ix")} (i32.const 0x3FF00000))
    (then
      (if (i32.eqz (i32.or (i32.sub {_l("ix")} (i32.const 0x3FF00000)) {_lo(_l("x"))}))
        (then (return (select (f64.const 0) {_c(M._PI_D + 2.0 * M._PIO2_LO)} (i32.gt_s {_l("hx")} (i32.const 0))))))
      (return (f64.const nan))))
  (if (i32.lt_u {_l("ix")} (i32.const 0x3FE00000))
    (then
      (if (i32.le_u {_l("ix")} (i32.const 0x3C600000)) (then (return {_c(M._PIO2_HI + M._PIO2_LO)})))
      (local.set $r (call $m_asin_r (f64.mul {_l("x")} {_l("x")})))
      (return (f64.sub {PIO2_HI} (f64.sub {_l("x")} (f64.sub {PIO2_LO} (f64.mul {_l("x")} {_l("r")})))))))
  (if (i32.lt_s {_l("hx")} (i32.const 0))
    (then
      (local.set $z (f64.mul (f64.add (f64.const 1) {_l("x")}) (f64.const 0.5)))
      (local.set $s (f64.sqrt {_l("z")}))
      (local.set $r (call $m_asin_r {_l("z")}))
      (local.set $w (f64.sub (f64.mul {_l("r")} {_l("s")}) {PIO2_LO}))
      (return (f64.sub {_c(M._PI_D)} (f64.mul (f64.const 2) (f64.add {_l("s")} {_l("w")}))))))
  (local.set $z (f64.mul (f64.sub (f64.const 1) {_l("x")}) (f64.const 0.5)))
  (local.set $s (f64.sqrt {_l("z")}))
  (local.set $df {_set_lo0(_l("s"))})
  (local.set $c (f64.div (f64.sub {_l("z")} (f64.mul {_l("df")} {_l("df")})) (f64.add {_l("s")} {_l("df")})))
  (local.set $r (call $m_asin_r {_l("z")}))
  (local.set $w (f64.add (f64.mul {_l("r")} {_l("s")}) {_l("c")}))
  (f64.mul (f64.const 2) (f64.add {_l("df")} {_l("w")})))
"""

"""sin, cos, tan, exp and log computed in the module, as V8 computes them.

V8's Math functions are fdlibm's algorithms; codegen/v8math.py carries them
in Python, checked bit for bit against node, and the host computes every
Math function from there. A host call costs about 15 us (a Python callback),
so a loop of a million `Math.sin` took 20 s (node: 0.2 s). These five, the
most used, are written here as wasm functions following v8math.py line by
line: the same double operations in the same order, hence the same bits.

`$m_rem_pio2` reduces an argument by multiples of pi/2 for |x| up to
2^20 * pi/2 (fdlibm's medium path: pi/2 in three pieces, Cody and Waite);
beyond that sin, cos and tan ask the host, whose `_kernel_rem_pio2` does the
multi-word reduction (rare: angles that large have no meaningful digits).
The functions are emitted as text from here so that each constant is
written exactly (float.hex) and named as in v8math.py.
"""
from __future__ import annotations

from . import v8math as M

# the one-operand Math functions the module computes: every one V8 computes with
# fdlibm (atan, asin, acos: codegen/fdlibm_arc.py; log2, log10:
# codegen/fdlibm_logs.py; expm1, log1p, sinh, cosh, tanh: codegen/fdlibm_hyper.py;
# cbrt: codegen/fdlibm_pow.py)
NATIVE = {"sin": "$m_sin", "cos": "$m_cos", "tan": "$m_tan", "exp": "$m_exp", "log": "$m_log", "atan": "$m_atan",
          "asin": "$m_asin", "acos": "$m_acos", "log2": "$m_log2", "log10": "$m_log10", "expm1": "$m_expm1",
          "log1p": "$m_log1p", "sinh": "$m_sinh", "cosh": "$m_cosh", "tanh": "$m_tanh", "cbrt": "$m_cbrt"}
# the two-operand ones (pow: runtime.wat's $pow, which calls codegen/fdlibm_pow.py's
# $m_pow; atan2: codegen/fdlibm_arc.py; hypot: runtime.wat, V8's own algorithm)
NATIVE2 = {"pow": "$pow", "atan2": "$m_atan2", "hypot": "$m_hypot"}


def _c(x: float) -> str:
    return f"(f64.const {float(x).hex()})"


def _hi(x: str) -> str:
    return f"(i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 {x}) (i64.const 32)))"


def _lo(x: str) -> str:
    return f"(i32.wrap_i64 (i64.reinterpret_f64 {x}))"


def _words(hi: str, lo: str) -> str:
    return f"(f64.reinterpret_i64 (i64.or (i64.shl (i64.extend_i32_u {hi}) (i64.const 32)) (i64.extend_i32_u {lo})))"


def _set_lo0(x: str) -> str:
    return f"(f64.reinterpret_i64 (i64.and (i64.reinterpret_f64 {x}) (i64.const 0xFFFFFFFF00000000)))"


def _poly(z: str, coeffs: list) -> str:
    """c0 + z * (c1 + z * (... + z * cn)), nested as v8math.py writes it."""
    out = _c(coeffs[-1])
    for c in reversed(coeffs[:-1]):
        out = f"(f64.add {_c(c)} (f64.mul {z} {out}))"
    return out


def wat() -> str:
    npio2 = " ".join(f"(i32.const {v})" for v in M.NPIO2_HW)
    s_r = _poly("(local.get $z)", [M._S2, M._S3, M._S4, M._S5, M._S6])
    c_r = _poly("(local.get $z)", [M._C1, M._C2, M._C3, M._C4, M._C5, M._C6])
    T = M._T
    tan_r = _poly("(local.get $w)", [T[1], T[3], T[5], T[7], T[9], T[11]])
    tan_v = _poly("(local.get $w)", [T[2], T[4], T[6], T[8], T[10], T[12]])
    exp_p = _poly("(local.get $t)", [M._P1, M._P2, M._P3, M._P4, M._P5])
    return f"""
;; ---- sin, cos, tan, exp, log as V8 computes them (codegen/fdlibm.py)
(global $npio2_hw (ref $ReProg) (array.new_fixed $ReProg 32 {npio2}))

;; (n, y0, y1): x - n*pi/2 = y0 + y1, for |x| <= 2^20 * pi/2 (v8math.rem_pio2)
(func $m_rem_pio2 (param $x f64) (result i32 f64 f64)
  (local $hx i32) (local $ix i32) (local $z f64) (local $y0 f64) (local $t f64) (local $n i32) (local $fn f64)
  (local $r f64) (local $w f64) (local $j i32) (local $i i32)
  (local.set $hx {_hi("(local.get $x)")})
  (local.set $ix (i32.and (local.get $hx) (i32.const 0x7FFFFFFF)))
  (if (i32.le_s (local.get $ix) (i32.const 0x3FE921FB))
    (then (return (i32.const 0) (local.get $x) (f64.const 0))))
  (if (i32.lt_s (local.get $ix) (i32.const 0x4002D97C))
    (then
      (if (i32.gt_s (local.get $hx) (i32.const 0))
        (then
          (local.set $z (f64.sub (local.get $x) {_c(M._PIO2_1)}))
          (if (i32.ne (local.get $ix) (i32.const 0x3FF921FB))
            (then (local.set $y0 (f64.sub (local.get $z) {_c(M._PIO2_1T)}))
                  (return (i32.const 1) (local.get $y0)
                          (f64.sub (f64.sub (local.get $z) (local.get $y0)) {_c(M._PIO2_1T)}))))
          (local.set $z (f64.sub (local.get $z) {_c(M._PIO2_2)}))
          (local.set $y0 (f64.sub (local.get $z) {_c(M._PIO2_2T)}))
          (return (i32.const 1) (local.get $y0) (f64.sub (f64.sub (local.get $z) (local.get $y0)) {_c(M._PIO2_2T)}))))
      (local.set $z (f64.add (local.get $x) {_c(M._PIO2_1)}))
      (if (i32.ne (local.get $ix) (i32.const 0x3FF921FB))
        (then (local.set $y0 (f64.add (local.get $z) {_c(M._PIO2_1T)}))
              (return (i32.const -1) (local.get $y0)
                      (f64.add (f64.sub (local.get $z) (local.get $y0)) {_c(M._PIO2_1T)}))))
      (local.set $z (f64.add (local.get $z) {_c(M._PIO2_2)}))
      (local.set $y0 (f64.add (local.get $z) {_c(M._PIO2_2T)}))
      (return (i32.const -1) (local.get $y0) (f64.add (f64.sub (local.get $z) (local.get $y0)) {_c(M._PIO2_2T)}))))
  ;; (the callers take |x| > 2^20 * pi/2 to the host)
  (local.set $t (f64.abs (local.get $x)))
  (local.set $n (i32.trunc_f64_s (f64.add (f64.mul (local.get $t) {_c(M._INVPIO2)}) (f64.const 0.5))))
  (local.set $fn (f64.convert_i32_s (local.get $n)))
  (local.set $r (f64.sub (local.get $t) (f64.mul (local.get $fn) {_c(M._PIO2_1)})))
  (local.set $w (f64.mul (local.get $fn) {_c(M._PIO2_1T)}))
  (local.set $y0 (f64.sub (local.get $r) (local.get $w)))
  (block $quick
    (if (i32.lt_s (local.get $n) (i32.const 32))
      (then (br_if $quick (i32.ne (local.get $ix)
                                  (array.get $ReProg (global.get $npio2_hw) (i32.sub (local.get $n) (i32.const 1)))))))
      (local.set $j (i32.shr_s (local.get $ix) (i32.const 20)))
      (local.set $i (i32.sub (local.get $j) (i32.and (i32.shr_s {_hi("(local.get $y0)")} (i32.const 20)) (i32.const 0x7FF))))
      (if (i32.gt_s (local.get $i) (i32.const 16))
        (then
          {_next_piece(M._PIO2_2, M._PIO2_2T)}
          (local.set $i (i32.sub (local.get $j) (i32.and (i32.shr_s {_hi("(local.get $y0)")} (i32.const 20)) (i32.const 0x7FF))))
          (if (i32.gt_s (local.get $i) (i32.const 49))
            (then {_next_piece(M._PIO2_3, M._PIO2_3T)})))))
  (if (i32.lt_s (local.get $hx) (i32.const 0))
    (then (return (i32.sub (i32.const 0) (local.get $n)) (f64.neg (local.get $y0))
                  (f64.neg (f64.sub (f64.sub (local.get $r) (local.get $y0)) (local.get $w))))))
  (local.get $n) (local.get $y0) (f64.sub (f64.sub (local.get $r) (local.get $y0)) (local.get $w)))

(func $m_k_sin (param $x f64) (param $y f64) (param $iy i32) (result f64)
  (local $z f64) (local $v f64) (local $r f64)
  (if (i32.lt_s (i32.and {_hi("(local.get $x)")} (i32.const 0x7FFFFFFF)) (i32.const 0x3E400000))
    (then (return (local.get $x))))
  (local.set $z (f64.mul (local.get $x) (local.get $x)))
  (local.set $v (f64.mul (local.get $z) (local.get $x)))
  (local.set $r {s_r})
  (if (i32.eqz (local.get $iy))
    (then (return (f64.add (local.get $x) (f64.mul (local.get $v) (f64.add {_c(M._S1)} (f64.mul (local.get $z) (local.get $r))))))))
  (f64.sub (local.get $x)
           (f64.sub (f64.sub (f64.mul (local.get $z) (f64.sub (f64.mul (f64.const 0.5) (local.get $y))
                                                              (f64.mul (local.get $v) (local.get $r))))
                             (local.get $y))
                    (f64.mul (local.get $v) {_c(M._S1)}))))

(func $m_k_cos (param $x f64) (param $y f64) (result f64)
  (local $ix i32) (local $z f64) (local $r f64) (local $qx f64) (local $hz f64) (local $a f64)
  (local.set $ix (i32.and {_hi("(local.get $x)")} (i32.const 0x7FFFFFFF)))
  (if (i32.lt_s (local.get $ix) (i32.const 0x3E400000)) (then (return (f64.const 1))))
  (local.set $z (f64.mul (local.get $x) (local.get $x)))
  (local.set $r (f64.mul (local.get $z) {c_r}))
  (if (i32.lt_s (local.get $ix) (i32.const 0x3FD33333))
    (then (return (f64.sub (f64.const 1)
                           (f64.sub (f64.mul (f64.const 0.5) (local.get $z))
                                    (f64.sub (f64.mul (local.get $z) (local.get $r)) (f64.mul (local.get $x) (local.get $y))))))))
  (local.set $qx (if (result f64) (i32.gt_s (local.get $ix) (i32.const 0x3FE90000))
                   (then (f64.const 0.28125))
                   (else {_words("(i32.sub (local.get $ix) (i32.const 0x00200000))", "(i32.const 0)")})))
  (local.set $hz (f64.sub (f64.mul (f64.const 0.5) (local.get $z)) (local.get $qx)))
  (local.set $a (f64.sub (f64.const 1) (local.get $qx)))
  (f64.sub (local.get $a) (f64.sub (local.get $hz) (f64.sub (f64.mul (local.get $z) (local.get $r))
                                                           (f64.mul (local.get $x) (local.get $y))))))

(func $m_k_tan (param $x f64) (param $y f64) (param $iy i32) (result f64)
  (local $hx i32) (local $ix i32) (local $big i32) (local $z f64) (local $w f64) (local $r f64) (local $v f64)
  (local $s f64) (local $a f64) (local $t f64)
  (local.set $hx {_hi("(local.get $x)")})
  (local.set $ix (i32.and (local.get $hx) (i32.const 0x7FFFFFFF)))
  (if (i32.lt_s (local.get $ix) (i32.const 0x3E300000))
    (then
      (if (i32.eq (local.get $iy) (i32.const 1)) (then (return (local.get $x))))
      (local.set $w (f64.add (local.get $x) (local.get $y)))
      (local.set $z {_set_lo0("(local.get $w)")})
      (local.set $v (f64.sub (local.get $y) (f64.sub (local.get $z) (local.get $x))))
      (local.set $a (f64.div (f64.const -1) (local.get $w)))
      (local.set $t {_set_lo0("(local.get $a)")})
      (local.set $s (f64.add (f64.const 1) (f64.mul (local.get $t) (local.get $z))))
      (return (f64.add (local.get $t) (f64.mul (local.get $a) (f64.add (local.get $s) (f64.mul (local.get $t) (local.get $v))))))))
  (local.set $big (i32.ge_s (local.get $ix) (i32.const 0x3FE59428)))
  (if (local.get $big)
    (then
      (if (i32.lt_s (local.get $hx) (i32.const 0))
        (then (local.set $x (f64.neg (local.get $x))) (local.set $y (f64.neg (local.get $y)))))
      (local.set $z (f64.sub {_c(M._PIO4)} (local.get $x)))
      (local.set $w (f64.sub {_c(M._PIO4LO)} (local.get $y)))
      (local.set $x (f64.add (local.get $z) (local.get $w)))
      (local.set $y (f64.const 0))))
  (local.set $z (f64.mul (local.get $x) (local.get $x)))
  (local.set $w (f64.mul (local.get $z) (local.get $z)))
  (local.set $r {tan_r})
  (local.set $v (f64.mul (local.get $z) {tan_v}))
  (local.set $s (f64.mul (local.get $z) (local.get $x)))
  (local.set $r (f64.add (local.get $y) (f64.mul (local.get $z) (f64.add (f64.mul (local.get $s) (f64.add (local.get $r) (local.get $v))) (local.get $y)))))
  (local.set $r (f64.add (local.get $r) (f64.mul {_c(T[0])} (local.get $s))))
  (local.set $w (f64.add (local.get $x) (local.get $r)))
  (if (local.get $big)
    (then
      (local.set $v (f64.convert_i32_s (local.get $iy)))
      (return (f64.mul (f64.convert_i32_s (i32.sub (i32.const 1) (i32.and (i32.shr_s (local.get $hx) (i32.const 30)) (i32.const 2))))
                       (f64.sub (local.get $v)
                                (f64.mul (f64.const 2)
                                         (f64.sub (local.get $x)
                                                  (f64.sub (f64.div (f64.mul (local.get $w) (local.get $w)) (f64.add (local.get $w) (local.get $v)))
                                                           (local.get $r)))))))))
  (if (i32.eq (local.get $iy) (i32.const 1)) (then (return (local.get $w))))
  (local.set $z {_set_lo0("(local.get $w)")})
  (local.set $v (f64.sub (local.get $r) (f64.sub (local.get $z) (local.get $x))))
  (local.set $a (f64.div (f64.const -1) (local.get $w)))
  (local.set $t {_set_lo0("(local.get $a)")})
  (local.set $s (f64.add (f64.const 1) (f64.mul (local.get $t) (local.get $z))))
  (f64.add (local.get $t) (f64.mul (local.get $a) (f64.add (local.get $s) (f64.mul (local.get $t) (local.get $v))))))

{_trig("sin", 1, "(call $m_k_sin (local.get $x) (f64.const 0) (i32.const 0))",
       ["(call $m_k_sin (local.get $y0) (local.get $y1) (i32.const 1))", "(call $m_k_cos (local.get $y0) (local.get $y1))",
        "(f64.neg (call $m_k_sin (local.get $y0) (local.get $y1) (i32.const 1)))",
        "(f64.neg (call $m_k_cos (local.get $y0) (local.get $y1)))"])}
{_trig("cos", 2, "(call $m_k_cos (local.get $x) (f64.const 0))",
       ["(call $m_k_cos (local.get $y0) (local.get $y1))", "(f64.neg (call $m_k_sin (local.get $y0) (local.get $y1) (i32.const 1)))",
        "(f64.neg (call $m_k_cos (local.get $y0) (local.get $y1)))", "(call $m_k_sin (local.get $y0) (local.get $y1) (i32.const 1))"])}
{_trig("tan", 3, "(call $m_k_tan (local.get $x) (f64.const 0) (i32.const 1))", None)}

(func $m_exp (param $x f64) (result f64)
  (local $hx i32) (local $xsb i32) (local $k i32) (local $hi f64) (local $lo f64) (local $t f64) (local $twopk f64)
  (local $c f64) (local $y f64)
  (local.set $hx {_hi("(local.get $x)")})
  (local.set $xsb (i32.and (i32.shr_u (local.get $hx) (i32.const 31)) (i32.const 1)))
  (local.set $hx (i32.and (local.get $hx) (i32.const 0x7FFFFFFF)))
  (if (i32.ge_u (local.get $hx) (i32.const 0x40862E42))
    (then
      (if (i32.ge_u (local.get $hx) (i32.const 0x7FF00000))
        (then
          (if (i32.or (i32.and (local.get $hx) (i32.const 0xFFFFF)) {_lo("(local.get $x)")})
            (then (return (f64.add (local.get $x) (local.get $x)))))
          (return (if (result f64) (local.get $xsb) (then (f64.const 0)) (else (local.get $x))))))
      (if (f64.gt (local.get $x) {_c(M._O_THRESHOLD)}) (then (return (f64.const inf))))
      (if (f64.lt (local.get $x) {_c(M._U_THRESHOLD)}) (then (return (f64.const 0))))))
  (if (i32.gt_u (local.get $hx) (i32.const 0x3FD62E42))
    (then
      (if (i32.lt_u (local.get $hx) (i32.const 0x3FF0A2B2))
        (then
          (if (f64.eq (local.get $x) (f64.const 1)) (then (return {_c(M._E)})))
          (if (i32.eqz (local.get $xsb))
            (then (local.set $hi (f64.sub (local.get $x) {_c(M._LN2_HI)})) (local.set $lo {_c(M._LN2_LO)}) (local.set $k (i32.const 1)))
            (else (local.set $hi (f64.add (local.get $x) {_c(M._LN2_HI)})) (local.set $lo {_c(-M._LN2_LO)}) (local.set $k (i32.const -1)))))
        (else
          (local.set $k (i32.trunc_f64_s (f64.add (f64.mul {_c(M._INVLN2)} (local.get $x))
                                                 (if (result f64) (local.get $xsb) (then (f64.const -0.5)) (else (f64.const 0.5))))))
          (local.set $t (f64.convert_i32_s (local.get $k)))
          (local.set $hi (f64.sub (local.get $x) (f64.mul (local.get $t) {_c(M._LN2_HI)})))
          (local.set $lo (f64.mul (local.get $t) {_c(M._LN2_LO)}))))
      (local.set $x (f64.sub (local.get $hi) (local.get $lo))))
    (else (if (i32.lt_u (local.get $hx) (i32.const 0x3E300000))
            (then (return (f64.add (f64.const 1) (local.get $x)))))))
  (local.set $t (f64.mul (local.get $x) (local.get $x)))
  (local.set $twopk
    (if (result f64) (i32.ge_s (local.get $k) (i32.const -1021))
      (then (if (result f64) (i32.lt_s (local.get $k) (i32.const 1024))
              (then {_words("(i32.add (i32.const 0x3FF00000) (i32.shl (local.get $k) (i32.const 20)))", "(i32.const 0)")})
              (else (f64.const 0))))
      (else {_words("(i32.add (i32.const 0x3FF00000) (i32.shl (i32.add (local.get $k) (i32.const 1000)) (i32.const 20)))", "(i32.const 0)")})))
  (local.set $c (f64.sub (local.get $x) (f64.mul (local.get $t) {exp_p})))
  (if (i32.eqz (local.get $k))
    (then (return (f64.sub (f64.const 1) (f64.sub (f64.div (f64.mul (local.get $x) (local.get $c)) (f64.sub (local.get $c) (f64.const 2)))
                                                  (local.get $x))))))
  (local.set $y (f64.sub (f64.const 1) (f64.sub (f64.sub (local.get $lo) (f64.div (f64.mul (local.get $x) (local.get $c))
                                                                                  (f64.sub (f64.const 2) (local.get $c))))
                                                (local.get $hi))))
  (if (i32.ge_s (local.get $k) (i32.const -1021))
    (then
      (if (i32.eq (local.get $k) (i32.const 1024))
        (then (return (f64.mul (f64.mul (local.get $y) (f64.const 2)) {_c(8.98846567431158e307)}))))
      (return (f64.mul (local.get $y) (local.get $twopk)))))
  (f64.mul (f64.mul (local.get $y) (local.get $twopk)) {_c(M._TWOM1000)}))

(func $m_log (param $x f64) (result f64)
  (local $hx i32) (local $lx i32) (local $k i32) (local $i i32) (local $j i32) (local $f f64) (local $R f64)
  (local $dk f64) (local $s f64) (local $z f64) (local $w f64) (local $t1 f64) (local $t2 f64) (local $hfsq f64)
  (local.set $hx {_hi("(local.get $x)")})
  (local.set $lx {_lo("(local.get $x)")})
  (if (i32.lt_s (local.get $hx) (i32.const 0x00100000))
    (then
      (if (i32.eqz (i32.or (i32.and (local.get $hx) (i32.const 0x7FFFFFFF)) (local.get $lx)))
        (then (return (f64.const -inf))))
      (if (i32.lt_s (local.get $hx) (i32.const 0)) (then (return (f64.const nan))))
      (local.set $k (i32.sub (local.get $k) (i32.const 54)))
      (local.set $x (f64.mul (local.get $x) {_c(M._TWO54)}))
      (local.set $hx {_hi("(local.get $x)")})))
  (if (i32.ge_s (local.get $hx) (i32.const 0x7FF00000)) (then (return (f64.add (local.get $x) (local.get $x)))))
  (local.set $k (i32.add (local.get $k) (i32.sub (i32.shr_s (local.get $hx) (i32.const 20)) (i32.const 1023))))
  (local.set $hx (i32.and (local.get $hx) (i32.const 0x000FFFFF)))
  (local.set $i (i32.and (i32.add (local.get $hx) (i32.const 0x95F64)) (i32.const 0x100000)))
  (local.set $x {_words("(i32.or (local.get $hx) (i32.xor (local.get $i) (i32.const 0x3FF00000)))", _lo("(local.get $x)"))})
  (local.set $k (i32.add (local.get $k) (i32.shr_s (local.get $i) (i32.const 20))))
  (local.set $f (f64.sub (local.get $x) (f64.const 1)))
  (if (i32.lt_s (i32.and (i32.const 0x000FFFFF) (i32.add (i32.const 2) (local.get $hx))) (i32.const 3))
    (then
      (if (f64.eq (local.get $f) (f64.const 0))
        (then
          (if (i32.eqz (local.get $k)) (then (return (f64.const 0))))
          (local.set $dk (f64.convert_i32_s (local.get $k)))
          (return (f64.add (f64.mul (local.get $dk) {_c(M._LN2_HI)}) (f64.mul (local.get $dk) {_c(M._LN2_LO)})))))
      (local.set $R (f64.mul (f64.mul (local.get $f) (local.get $f))
                             (f64.sub (f64.const 0.5) (f64.mul {_c(0.33333333333333333)} (local.get $f)))))
      (if (i32.eqz (local.get $k)) (then (return (f64.sub (local.get $f) (local.get $R)))))
      (local.set $dk (f64.convert_i32_s (local.get $k)))
      (return (f64.sub (f64.mul (local.get $dk) {_c(M._LN2_HI)})
                       (f64.sub (f64.sub (local.get $R) (f64.mul (local.get $dk) {_c(M._LN2_LO)})) (local.get $f))))))
  (local.set $s (f64.div (local.get $f) (f64.add (f64.const 2) (local.get $f))))
  (local.set $dk (f64.convert_i32_s (local.get $k)))
  (local.set $z (f64.mul (local.get $s) (local.get $s)))
  (local.set $i (i32.sub (local.get $hx) (i32.const 0x6147A)))
  (local.set $w (f64.mul (local.get $z) (local.get $z)))
  (local.set $j (i32.sub (i32.const 0x6B851) (local.get $hx)))
  (local.set $t1 (f64.mul (local.get $w) {_poly("(local.get $w)", [M._LG2, M._LG4, M._LG6])}))
  (local.set $t2 (f64.mul (local.get $z) {_poly("(local.get $w)", [M._LG1, M._LG3, M._LG5, M._LG7])}))
  (local.set $i (i32.or (local.get $i) (local.get $j)))
  (local.set $R (f64.add (local.get $t2) (local.get $t1)))
  (if (i32.gt_s (local.get $i) (i32.const 0))
    (then
      (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) (local.get $f)) (local.get $f)))
      (if (i32.eqz (local.get $k))
        (then (return (f64.sub (local.get $f) (f64.sub (local.get $hfsq) (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $R))))))))
      (return (f64.sub (f64.mul (local.get $dk) {_c(M._LN2_HI)})
                       (f64.sub (f64.sub (local.get $hfsq) (f64.add (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $R)))
                                                                    (f64.mul (local.get $dk) {_c(M._LN2_LO)})))
                                (local.get $f))))))
  (if (i32.eqz (local.get $k))
    (then (return (f64.sub (local.get $f) (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $R)))))))
  (f64.sub (f64.mul (local.get $dk) {_c(M._LN2_HI)})
           (f64.sub (f64.sub (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $R))) (f64.mul (local.get $dk) {_c(M._LN2_LO)}))
                    (local.get $f))))
"""


def _next_piece(pio2: float, pio2t: float) -> str:
    """One more of rem_pio2's pieces of pi/2 taken off r (v8math.rem_pio2): a
    new y0 when the last one cancelled too many bits."""
    return f"""(local.set $t (local.get $r))
          (local.set $w (f64.mul (local.get $fn) {_c(pio2)}))
          (local.set $r (f64.sub (local.get $t) (local.get $w)))
          (local.set $w (f64.sub (f64.mul (local.get $fn) {_c(pio2t)})
                                 (f64.sub (f64.sub (local.get $t) (local.get $r)) (local.get $w))))
          (local.set $y0 (f64.sub (local.get $r) (local.get $w)))"""


def _trig(name: str, op: int, small: str, by_quadrant) -> str:
    """sin, cos or tan: the kernel near 0, NaN beyond the finite numbers, the host
    past 2^20 * pi/2, else the kernel of the reduced argument's quadrant."""
    if by_quadrant is None:   # tan: one kernel, the sign of the quadrant as iy
        reduced = ("(call $m_k_tan (local.get $y0) (local.get $y1) "
                   "(i32.sub (i32.const 1) (i32.shl (i32.and (local.get $n) (i32.const 1)) (i32.const 1))))")
    else:
        reduced = (f"(if (result f64) (i32.eqz (local.get $n)) (then {by_quadrant[0]}) (else "
                   f"(if (result f64) (i32.eq (local.get $n) (i32.const 1)) (then {by_quadrant[1]}) (else "
                   f"(if (result f64) (i32.eq (local.get $n) (i32.const 2)) (then {by_quadrant[2]}) "
                   f"(else {by_quadrant[3]}))))))")
    n_masked = "(local.set $n (i32.and (local.get $n) (i32.const 3)))" if by_quadrant is not None else ""
    return f"""(func $m_{name} (param $x f64) (result f64)
  (local $ix i32) (local $n i32) (local $y0 f64) (local $y1 f64)
  (local.set $ix (i32.and {_hi("(local.get $x)")} (i32.const 0x7FFFFFFF)))
  (if (i32.le_s (local.get $ix) (i32.const 0x3FE921FB)) (then (return {small})))
  (if (i32.ge_s (local.get $ix) (i32.const 0x7FF00000)) (then (return (f64.const nan))))
  (if (i32.gt_s (local.get $ix) (i32.const 0x413921FB))
    (then (return (call $host_math (i32.const {op}) (local.get $x) (f64.const 0)))))
  (call $m_rem_pio2 (local.get $x))
  (local.set $y1) (local.set $y0) (local.set $n)
  {n_masked}
  {reduced})"""

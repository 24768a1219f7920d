;; The runtime every shapescape module carries: JavaScript values that are not
;; typed statically, and the operations on them.
;;
;; Value model (`anyref`):
;;   undefined      the null reference
;;   null           the one $Null struct (global $null)
;;   booleans       the two $Bool structs (globals $true, $false)
;;   numbers        i31ref when the value is an integer in 31 bits (and not -0),
;;                  otherwise a boxed $Num
;;   strings        $Str, an array of UTF-16 code units (as JavaScript sees them)
;;   arrays         $Arr: a growable $Vals backing store and a length
;;   functions      $Fn: code reference, captured cells, own properties
;;   objects        subtypes of $Obj, whose first field is the class descriptor:
;;                  the struct types of the plan, or $MapObj (insertion-ordered
;;                  keys and values) for sites whose shape was not proven
;; Host calls are made only for output, time, number printing and parsing, and
;; libm functions; no property access ever leaves the module.

(import "host" "write" (func $host_write (param i32 i32 i32)))
(import "host" "num_to_str" (func $host_num_to_str (param f64 i32 i32) (result i32)))
(import "host" "str_to_num" (func $host_str_to_num (param i32 i32 i32 i32) (result f64)))
(import "host" "math" (func $host_math (param i32 f64 f64) (result f64)))
(import "host" "now" (func $host_now (param i32) (result f64)))
(import "host" "fail" (func $host_fail (param i32)))
(import "host" "arg" (func $host_arg (param i32) (result i32)))
(import "host" "site" (func $host_site (param i32)))
(import "host" "str_case" (func $host_str_case (param i32 i32) (result i32)))
(import "host" "exit" (func $host_exit (param i32)))
(memory (export "memory") 1)
;; One byte the host's watchdog sets when --timeout runs out: user code reads it
;; at each function entry and loop iteration and traps (codegen/lower.py HALT_CHECK).
;; Its own page, which never grows, so the watchdog's pointer to it stays valid.
(memory $halt (export "halt") 1 1)
(tag $exn (param anyref))

(global $null (ref $Null) (struct.new $Null))
(global $true (ref $Bool) (struct.new $Bool (i32.const 1)))
(global $false (ref $Bool) (struct.new $Bool (i32.const 0)))
(global $buf (mut i32) (i32.const 0))

;; ------------------------------------------------------------------ numbers

;; A plan field of type f64|undefined (numbers and undefined) is an f64 whose
;; undefined is the signalling NaN 0x7ff0000000000bad. Arithmetic makes quiet
;; NaNs only, and no number enters from the host or a constant with these bits,
;; so an f64 that holds a number is never it. Used as a number it is a NaN, as
;; undefined is (ToNumber(undefined) is NaN); where it becomes an anyref, it is
;; the undefined value again ($box_u), and where a number is wanted $u_num
;; turns it into the canonical NaN, so the bits never leave the field.
(func $box_u (param $x f64) (result anyref)
  (if (i64.eq (i64.reinterpret_f64 (local.get $x)) (i64.const 0x7ff0000000000bad))
    (then (return (ref.null any))))
  (call $box (local.get $x)))

;; the f64|undefined storage of a value the plan proves a number or undefined
;; (anything else is a bug of the build: it traps, never a silent conversion)
(func $unbox_u (param $v anyref) (result f64)
  (if (ref.is_null (local.get $v)) (then (return (f64.const nan:0xbad))))
  (if (ref.test (ref i31) (local.get $v))
    (then (return (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $v)))))))
  (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))))

;; an f64|undefined as a number: undefined is NaN
(func $u_num (param $x f64) (result f64)
  (select (f64.const nan) (local.get $x)
          (i64.eq (i64.reinterpret_f64 (local.get $x)) (i64.const 0x7ff0000000000bad))))
(func $box (param $x f64) (result anyref)
  (local $i i32)
  (if (f64.eq (local.get $x) (f64.trunc (local.get $x)))
    (then
      (if (i32.and (f64.ge (local.get $x) (f64.const -1073741824))
                   (f64.le (local.get $x) (f64.const 1073741823)))
        (then
          (local.set $i (i32.trunc_f64_s (local.get $x)))
          (if (i32.or (local.get $i)
                      (i64.ge_s (i64.reinterpret_f64 (local.get $x)) (i64.const 0)))
            (then (return (ref.i31 (local.get $i)))))))))
  (struct.new $Num (local.get $x)))

(func $box_i32 (param $i i32) (result anyref)
  (if (i32.and (i32.ge_s (local.get $i) (i32.const -1073741824))
               (i32.le_s (local.get $i) (i32.const 1073741823)))
    (then (return (ref.i31 (local.get $i)))))
  (struct.new $Num (f64.convert_i32_s (local.get $i))))

(func $bool (param $b i32) (result anyref)
  (if (result anyref) (local.get $b) (then (global.get $true)) (else (global.get $false))))

(func $is_num (param $v anyref) (result i32)
  (i32.or (ref.test (ref i31) (local.get $v)) (ref.test (ref $Num) (local.get $v))))

(func $tonum (param $v anyref) (result f64)
  (if (ref.test (ref i31) (local.get $v))
    (then (return (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $v)))))))
  (if (ref.test (ref $Num) (local.get $v))
    (then (return (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))))))
  (if (ref.is_null (local.get $v)) (then (return (f64.const nan))))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (return (f64.convert_i32_u (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $v)))))))
  (if (ref.test (ref $Null) (local.get $v)) (then (return (f64.const 0))))
  (if (ref.test (ref $Str) (local.get $v))
    (then (return (call $str_to_num (ref.cast (ref $Str) (local.get $v)) (i32.const 0) (i32.const 10)))))
  (if (ref.test (ref $Arr) (local.get $v))
    (then (return (call $str_to_num (call $tostr (local.get $v)) (i32.const 0) (i32.const 10)))))
  (if (ref.test (ref $Obj) (local.get $v))
    (then (return (call $tonum (call $to_primitive_num (local.get $v))))))
  (f64.const nan))

;; ToInt32 of a double
(func $toint32 (param $x f64) (result i32)
  (local $m f64)
  (if (f64.eq (local.get $x) (f64.trunc (local.get $x)))
    (then (if (i32.and (f64.ge (local.get $x) (f64.const -2147483648))
                       (f64.le (local.get $x) (f64.const 2147483647)))
            (then (return (i32.trunc_f64_s (local.get $x)))))))
  (if (i32.or (f64.ne (local.get $x) (local.get $x))
              (f64.eq (f64.abs (local.get $x)) (f64.const inf)))
    (then (return (i32.const 0))))
  (local.set $m (f64.trunc (local.get $x)))
  (local.set $m (f64.sub (local.get $m)
                         (f64.mul (f64.floor (f64.div (local.get $m) (f64.const 4294967296)))
                                  (f64.const 4294967296))))
  (i32.wrap_i64 (i64.trunc_f64_u (local.get $m))))

(func $toint (param $v anyref) (result i32)
  (if (ref.test (ref i31) (local.get $v))
    (then (return (i31.get_s (ref.cast (ref i31) (local.get $v))))))
  (call $toint32 (call $tonum (local.get $v))))

;; process.hrtime(): [seconds, nanoseconds] of the monotonic clock; with a
;; previous reading `time`, the time since it, as node computes it
(func $hrtime (param $prev anyref) (result anyref)
  (local $s f64) (local $n f64) (local $p (ref null $Arr))
  (local.set $s (call $host_now (i32.const 2)))
  (local.set $n (call $host_now (i32.const 3)))
  (if (i32.eqz (ref.is_null (local.get $prev)))
    (then
      (if (i32.eqz (ref.test (ref $Arr) (local.get $prev))) (then (drop (call $unsupported_value (i32.const 23)))))
      (local.set $p (ref.cast (ref $Arr) (local.get $prev)))
      (local.set $s (f64.sub (local.get $s) (call $tonum (call $arr_get (ref.as_non_null (local.get $p)) (i32.const 0)))))
      (local.set $n (f64.sub (local.get $n) (call $tonum (call $arr_get (ref.as_non_null (local.get $p)) (i32.const 1)))))
      (if (f64.lt (local.get $n) (f64.const 0))
        (then (local.set $s (f64.sub (local.get $s) (f64.const 1)))
              (local.set $n (f64.add (local.get $n) (f64.const 1e9)))))))
  (call $arr_of (array.new_fixed $Vals 2 (call $box (local.get $s)) (call $box (local.get $n)))))

(func $fmod (param $a f64) (param $b f64) (result f64)
  (local $r f64)
  (if (i32.or (f64.ne (local.get $a) (local.get $a)) (f64.ne (local.get $b) (local.get $b)))
    (then (return (f64.const nan))))
  (if (f64.eq (f64.abs (local.get $a)) (f64.const inf)) (then (return (f64.const nan))))
  (if (f64.eq (local.get $b) (f64.const 0)) (then (return (f64.const nan))))
  (if (f64.eq (f64.abs (local.get $b)) (f64.const inf)) (then (return (local.get $a))))
  (if (f64.eq (local.get $a) (f64.const 0)) (then (return (local.get $a))))
  ;; exact for integers below 2^53; other operands go to the host (C fmod is exact)
  (if (i32.and (f64.eq (local.get $a) (f64.trunc (local.get $a)))
               (i32.and (f64.eq (local.get $b) (f64.trunc (local.get $b)))
                        (i32.and (f64.lt (f64.abs (local.get $a)) (f64.const 9007199254740992))
                                 (f64.lt (f64.abs (local.get $b)) (f64.const 9007199254740992)))))
    (then
      (local.set $r (f64.convert_i64_s (i64.rem_s (i64.trunc_f64_s (local.get $a))
                                                  (i64.trunc_f64_s (local.get $b)))))
      (return (f64.copysign (local.get $r) (local.get $a)))))
  (call $fmod_exact (local.get $a) (local.get $b)))

;; a % b for finite a, b != 0, exactly (IEEE remainder with truncation, the sign of a):
;; long division of the two significands, one bit per step down from a's exponent
;; to b's, keeping only the remainder
(func $fmod_exact (param $a f64) (param $b f64) (result f64)
  (local $ma i64) (local $mb i64) (local $ea i32) (local $eb i32)
  (local.set $ma (i64.reinterpret_f64 (f64.abs (local.get $a))))
  (local.set $mb (i64.reinterpret_f64 (f64.abs (local.get $b))))
  (if (i64.lt_u (local.get $ma) (local.get $mb)) (then (return (local.get $a))))
  (if (i64.eq (local.get $ma) (local.get $mb)) (then (return (f64.copysign (f64.const 0) (local.get $a)))))
  (local.set $ea (i32.wrap_i64 (i64.shr_u (local.get $ma) (i64.const 52))))
  (local.set $eb (i32.wrap_i64 (i64.shr_u (local.get $mb) (i64.const 52))))
  (local.set $ma (i64.and (local.get $ma) (i64.const 0xfffffffffffff)))
  (local.set $mb (i64.and (local.get $mb) (i64.const 0xfffffffffffff)))
  ;; significands with the leading bit at position 52 (subnormals shifted up)
  (if (local.get $ea)
    (then (local.set $ma (i64.or (local.get $ma) (i64.const 0x10000000000000))))
    (else (local.set $ea (i32.const 1))
          (loop $na (if (i64.eqz (i64.and (local.get $ma) (i64.const 0x10000000000000)))
            (then (local.set $ma (i64.shl (local.get $ma) (i64.const 1)))
                  (local.set $ea (i32.sub (local.get $ea) (i32.const 1))) (br $na))))))
  (if (local.get $eb)
    (then (local.set $mb (i64.or (local.get $mb) (i64.const 0x10000000000000))))
    (else (local.set $eb (i32.const 1))
          (loop $nb (if (i64.eqz (i64.and (local.get $mb) (i64.const 0x10000000000000)))
            (then (local.set $mb (i64.shl (local.get $mb) (i64.const 1)))
                  (local.set $eb (i32.sub (local.get $eb) (i32.const 1))) (br $nb))))))
  (block $done (loop $step
    (if (i64.ge_u (local.get $ma) (local.get $mb)) (then (local.set $ma (i64.sub (local.get $ma) (local.get $mb)))))
    (br_if $done (i32.le_s (local.get $ea) (local.get $eb)))
    (local.set $ma (i64.shl (local.get $ma) (i64.const 1)))
    (local.set $ea (i32.sub (local.get $ea) (i32.const 1)))
    (br $step)))
  (if (i64.eqz (local.get $ma)) (then (return (f64.copysign (f64.const 0) (local.get $a)))))
  ;; renormalise and rebuild the double (a subnormal result when the exponent runs out)
  (loop $norm (if (i64.eqz (i64.and (local.get $ma) (i64.const 0x10000000000000)))
    (then (local.set $ma (i64.shl (local.get $ma) (i64.const 1)))
          (local.set $ea (i32.sub (local.get $ea) (i32.const 1))) (br $norm))))
  (if (i32.ge_s (local.get $ea) (i32.const 1))
    (then (local.set $ma (i64.or (i64.and (local.get $ma) (i64.const 0xfffffffffffff))
                                 (i64.shl (i64.extend_i32_u (local.get $ea)) (i64.const 52)))))
    (else (local.set $ma (i64.shr_u (local.get $ma) (i64.extend_i32_u (i32.sub (i32.const 1) (local.get $ea)))))))
  (f64.copysign (f64.reinterpret_i64 (local.get $ma)) (local.get $a)))

(func $round (param $x f64) (result f64)
  (local $f f64)
  (local.set $f (f64.floor (local.get $x)))
  (if (f64.ge (f64.sub (local.get $x) (local.get $f)) (f64.const 0.5))
    (then (local.set $f (f64.add (local.get $f) (f64.const 1)))))
  (f64.copysign (local.get $f) (local.get $x)))

;; ------------------------------------------------------------------ strings
(func $str_new (param $n i32) (result (ref $Str))
  (array.new_default $Str (local.get $n)))

(func $concat (param $a (ref $Str)) (param $b (ref $Str)) (result (ref $Str))
  (local $r (ref $Str)) (local $la i32) (local $lb i32)
  (local.set $la (array.len (local.get $a)))
  (local.set $lb (array.len (local.get $b)))
  (if (i32.eqz (local.get $la)) (then (return (local.get $b))))
  (if (i32.eqz (local.get $lb)) (then (return (local.get $a))))
  (local.set $r (array.new_default $Str (i32.add (local.get $la) (local.get $lb))))
  (array.copy $Str $Str (local.get $r) (i32.const 0) (local.get $a) (i32.const 0) (local.get $la))
  (array.copy $Str $Str (local.get $r) (local.get $la) (local.get $b) (i32.const 0) (local.get $lb))
  (local.get $r))

;; A string variable kept as a builder (codegen/string_builders.py): its string,
;; the first n units of buf: buf itself when exactly full, else a copy
(func $sb_flat (param $buf (ref null $Str)) (param $n i32) (result (ref $Str))
  (local $r (ref $Str))
  (if (i32.eq (array.len (ref.as_non_null (local.get $buf))) (local.get $n))
    (then (return (ref.as_non_null (local.get $buf)))))
  (local.set $r (array.new_default $Str (local.get $n)))
  (array.copy $Str $Str (local.get $r) (i32.const 0) (ref.as_non_null (local.get $buf)) (i32.const 0) (local.get $n))
  (local.get $r))

;; ... and p appended after its first n units: in place when buf has room (a
;; buffer with room is never handed out), else in a new buffer twice as long
(func $sb_append (param $buf (ref null $Str)) (param $n i32) (param $p (ref $Str)) (result (ref $Str))
  (local $b (ref $Str)) (local $m i32) (local $need i32) (local $cap i32)
  (local.set $b (ref.as_non_null (local.get $buf)))
  (local.set $m (array.len (local.get $p)))
  (local.set $need (i32.add (local.get $n) (local.get $m)))
  (if (i32.gt_u (local.get $need) (array.len (local.get $b)))
    (then
      (if (i32.eqz (local.get $n)) (then (return (local.get $p))))   ;; "" + p: p itself, exactly full
      (if (i32.gt_u (local.get $need) (i32.const 536870888))   ;; node's longest string
        (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_invalid_string_length)))))
      (local.set $cap (i32.shl (local.get $need) (i32.const 1)))
      (if (i32.gt_u (local.get $cap) (i32.const 536870888)) (then (local.set $cap (local.get $need))))
      (if (i32.lt_u (local.get $cap) (i32.const 16)) (then (local.set $cap (i32.const 16))))
      (local.set $b (array.new_default $Str (local.get $cap)))
      (array.copy $Str $Str (local.get $b) (i32.const 0) (ref.as_non_null (local.get $buf)) (i32.const 0) (local.get $n))))
  (array.copy $Str $Str (local.get $b) (local.get $n) (local.get $p) (i32.const 0) (local.get $m))
  (local.get $b))

(func $str_eq (param $a (ref $Str)) (param $b (ref $Str)) (result i32)
  (local $i i32) (local $n i32)
  (if (ref.eq (local.get $a) (local.get $b)) (then (return (i32.const 1))))
  (local.set $n (array.len (local.get $a)))
  (if (i32.ne (local.get $n) (array.len (local.get $b))) (then (return (i32.const 0))))
  (block $done
    (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (i32.ne (array.get_u $Str (local.get $a) (local.get $i))
                  (array.get_u $Str (local.get $b) (local.get $i)))
        (then (return (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (i32.const 1))

(func $str_cmp (param $a (ref $Str)) (param $b (ref $Str)) (result i32)
  (local $i i32) (local $n i32) (local $ca i32) (local $cb i32)
  (local.set $n (array.len (local.get $a)))
  (if (i32.gt_u (local.get $n) (array.len (local.get $b))) (then (local.set $n (array.len (local.get $b)))))
  (block $done
    (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $ca (array.get_u $Str (local.get $a) (local.get $i)))
      (local.set $cb (array.get_u $Str (local.get $b) (local.get $i)))
      (if (i32.lt_u (local.get $ca) (local.get $cb)) (then (return (i32.const -1))))
      (if (i32.gt_u (local.get $ca) (local.get $cb)) (then (return (i32.const 1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (if (i32.lt_u (array.len (local.get $a)) (array.len (local.get $b))) (then (return (i32.const -1))))
  (if (i32.gt_u (array.len (local.get $a)) (array.len (local.get $b))) (then (return (i32.const 1))))
  (i32.const 0))

(func $substr (param $s (ref $Str)) (param $from i32) (param $to i32) (result (ref $Str))
  (local $r (ref $Str)) (local $n i32)
  (local.set $n (array.len (local.get $s)))
  (if (i32.lt_s (local.get $from) (i32.const 0)) (then (local.set $from (i32.const 0))))
  (if (i32.gt_s (local.get $to) (local.get $n)) (then (local.set $to (local.get $n))))
  (if (i32.ge_s (local.get $from) (local.get $to)) (then (return (array.new_default $Str (i32.const 0)))))
  (if (i32.and (i32.eqz (local.get $from)) (i32.eq (local.get $to) (local.get $n))) (then (return (local.get $s))))
  (if (i32.eq (i32.sub (local.get $to) (local.get $from)) (i32.const 1))
    (then (return (call $one_char (array.get_u $Str (local.get $s) (local.get $from))))))
  (local.set $r (array.new_default $Str (i32.sub (local.get $to) (local.get $from))))
  (array.copy $Str $Str (local.get $r) (i32.const 0) (local.get $s) (local.get $from)
              (i32.sub (local.get $to) (local.get $from)))
  (local.get $r))

(func $str_index_of (param $s (ref $Str)) (param $t (ref $Str)) (param $from i32) (result i32)
  (local $i i32) (local $j i32) (local $n i32) (local $m i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $m (array.len (local.get $t)))
  (if (i32.lt_s (local.get $from) (i32.const 0)) (then (local.set $from (i32.const 0))))
  (local.set $i (local.get $from))
  (block $none
    (loop $outer
      (br_if $none (i32.gt_s (i32.add (local.get $i) (local.get $m)) (local.get $n)))
      (local.set $j (i32.const 0))
      (block $miss
        (loop $inner
          (if (i32.ge_u (local.get $j) (local.get $m)) (then (return (local.get $i))))
          (br_if $miss (i32.ne (array.get_u $Str (local.get $s) (i32.add (local.get $i) (local.get $j)))
                               (array.get_u $Str (local.get $t) (local.get $j))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $inner)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $outer)))
  (i32.const -1))

(func $str_last_index_of (param $s (ref $Str)) (param $t (ref $Str)) (param $from i32) (result i32)
  (local $i i32) (local $j i32) (local $m i32)
  (local.set $m (array.len (local.get $t)))
  (local.set $i (i32.sub (array.len (local.get $s)) (local.get $m)))
  (if (i32.lt_s (local.get $from) (local.get $i)) (then (local.set $i (local.get $from))))
  (block $none
    (loop $outer
      (br_if $none (i32.lt_s (local.get $i) (i32.const 0)))
      (local.set $j (i32.const 0))
      (block $miss
        (loop $inner
          (if (i32.ge_u (local.get $j) (local.get $m)) (then (return (local.get $i))))
          (br_if $miss (i32.ne (array.get_u $Str (local.get $s) (i32.add (local.get $i) (local.get $j)))
                               (array.get_u $Str (local.get $t) (local.get $j))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $inner)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $outer)))
  (i32.const -1))

(func $char_at (param $s (ref $Str)) (param $i i32) (result (ref $Str))
  (if (i32.ge_u (local.get $i) (array.len (local.get $s)))
    (then (return (array.new_default $Str (i32.const 0)))))
  (call $one_char (array.get_u $Str (local.get $s) (local.get $i))))

(func $from_char_code (param $c i32) (result (ref $Str))
  (call $one_char (local.get $c)))

;; The strings of one code unit below 256, made once each (as V8 keeps them):
;; a parser reading its input a character at a time allocates nothing per
;; character. Strings have no identity in JavaScript, and no runtime function
;; writes into a string it did not just allocate, so sharing them is safe.
(global $one_chars (ref $Vals) (array.new $Vals (ref.null any) (i32.const 256)))

(func $one_char (param $c i32) (result (ref $Str))
  (local $s anyref)
  (if (i32.ge_u (local.get $c) (i32.const 256))
    (then (return (array.new $Str (local.get $c) (i32.const 1)))))
  (local.set $s (array.get $Vals (global.get $one_chars) (local.get $c)))
  (if (ref.is_null (local.get $s))
    (then (local.set $s (array.new $Str (local.get $c) (i32.const 1)))
          (array.set $Vals (global.get $one_chars) (local.get $c) (local.get $s))))
  (ref.cast (ref $Str) (local.get $s)))

;; a === s, s a string: only a string equal to it
(func $strict_eq_str (param $a anyref) (param $s (ref $Str)) (result i32)
  (if (ref.test (ref $Str) (local.get $a))
    (then (return (call $str_eq (ref.cast (ref $Str) (local.get $a)) (local.get $s)))))
  (i32.const 0))

(func $str_strict_eq (param $s (ref $Str)) (param $a anyref) (result i32)
  (call $strict_eq_str (local.get $a) (local.get $s)))

(func $str_case (param $s (ref $Str)) (param $upper i32) (result (ref $Str))
  (local $r (ref $Str)) (local $i i32) (local $c i32) (local $n i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $r (array.new_default $Str (local.get $n)))
  (block $done
    (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
      ;; beyond ASCII, Unicode's case mappings (one character may become several): the host's
      (if (i32.gt_u (local.get $c) (i32.const 127))
        (then (call $ensure (i32.shl (i32.add (i32.mul (local.get $n) (i32.const 3)) (i32.const 16)) (i32.const 1)))
              (return (call $from_mem (i32.const 0)
                            (call $host_str_case (call $to_mem (local.get $s) (i32.const 0)) (local.get $upper))))))
      (if (local.get $upper)
        (then (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
                (then (local.set $c (i32.sub (local.get $c) (i32.const 32))))))
        (else (if (i32.and (i32.ge_u (local.get $c) (i32.const 65)) (i32.le_u (local.get $c) (i32.const 90)))
                (then (local.set $c (i32.add (local.get $c) (i32.const 32)))))))
      (array.set $Str (local.get $r) (local.get $i) (local.get $c))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (local.get $r))

;; process.argv: node's first two (given), then the arguments of `shapescape run`,
;; made once: node's is one array, which the program may change.
(global $argv (mut (ref null $Arr)) (ref.null $Arr))
(func $process_argv (param $node (ref $Str)) (param $script (ref $Str)) (result anyref)
  (local $i i32) (local $n i32) (local $a (ref $Arr))
  (if (ref.is_null (global.get $argv))
    (then
      (local.set $a (call $arr_of (array.new_fixed $Vals 2 (local.get $node) (local.get $script))))
      (block $done
        (loop $l
          (local.set $n (call $host_arg (local.get $i)))
          (br_if $done (i32.lt_s (local.get $n) (i32.const 0)))
          (call $arr_push (local.get $a) (call $from_mem (i32.const 0) (local.get $n)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
      (global.set $argv (local.get $a))))
  (global.get $argv))

;; Copy a string into linear memory at 0 (growing it), as UTF-16LE.
(func $to_mem (param $s (ref $Str)) (param $at i32) (result i32)
  (local $i i32) (local $n i32) (local $need i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $need (i32.add (local.get $at) (i32.shl (local.get $n) (i32.const 1))))
  (call $ensure (local.get $need))
  (block $done
    (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (i32.store16 (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 1)))
                   (array.get_u $Str (local.get $s) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (local.get $n))

(func $ensure (param $bytes i32)
  (local $have i32)
  (local.set $have (i32.shl (memory.size) (i32.const 16)))
  (if (i32.gt_u (local.get $bytes) (local.get $have))
    (then (if (i32.eq (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $bytes) (local.get $have)) (i32.const 16))
                                              (i32.const 1)))
                      (i32.const -1))
            (then unreachable)))))

(func $from_mem (param $at i32) (param $n i32) (result (ref $Str))
  (local $r (ref $Str)) (local $i i32)
  (local.set $r (array.new_default $Str (local.get $n)))
  (block $done
    (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (array.set $Str (local.get $r) (local.get $i)
                 (i32.load16_u (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 1)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (local.get $r))

;; The common number texts, read without the host: an optional sign, at most 15
;; digits with an optional point among them, nothing else (mode 0, Number(s)), or
;; followed by anything but an exponent (mode 1, parseFloat), or digits only
;; followed by anything (mode 2, parseInt with radix 10 or 0 and no "0x"). m digits
;; and k decimals are m / 10^k: one correctly rounded division of two exact
;; doubles (m < 2^53, k <= 15), which is the correctly rounded value JavaScript
;; reads. (value, 1), or (_, 0) when the text is anything else (whitespace,
;; exponents, hex, Infinity, more digits...): the host reads those.
(func $decimal_fast (param $s (ref $Str)) (param $mode i32) (param $radix i32) (result f64 i32)
  (local $i i32) (local $n i32) (local $c i32) (local $m f64) (local $digits i32) (local $k i32)
  (local $point i32) (local $neg i32)
  (local.set $n (array.len (local.get $s)))
  (if (i32.and (i32.eq (local.get $mode) (i32.const 2))
               (i32.and (i32.ne (local.get $radix) (i32.const 10)) (i32.ne (local.get $radix) (i32.const 0))))
    (then (return (f64.const 0) (i32.const 0))))
  (if (i32.eqz (local.get $n)) (then (return (f64.const 0) (i32.const 0))))
  (local.set $c (array.get_u $Str (local.get $s) (i32.const 0)))
  (if (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 43)))
    (then (local.set $neg (i32.eq (local.get $c) (i32.const 45))) (local.set $i (i32.const 1))))
  (block $end
    (loop $l
      (br_if $end (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
      (if (i32.and (i32.ge_u (local.get $c) (i32.const 48)) (i32.le_u (local.get $c) (i32.const 57)))
        (then
          (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
          (if (i32.gt_u (local.get $digits) (i32.const 15)) (then (return (f64.const 0) (i32.const 0))))
          (local.set $m (f64.add (f64.mul (local.get $m) (f64.const 10)) (f64.convert_i32_u (i32.sub (local.get $c) (i32.const 48)))))
          (if (local.get $point) (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
      (if (i32.and (i32.eq (local.get $c) (i32.const 46))
                   (i32.and (i32.eqz (local.get $point)) (i32.ne (local.get $mode) (i32.const 2))))
        (then (local.set $point (i32.const 1)) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))
      ;; another character: Number() wants none; parseFloat none that starts an exponent
      (if (i32.eqz (local.get $mode)) (then (return (f64.const 0) (i32.const 0))))
      (if (i32.and (i32.eq (local.get $mode) (i32.const 1))
                   (i32.or (i32.eq (local.get $c) (i32.const 101)) (i32.eq (local.get $c) (i32.const 69))))
        (then (return (f64.const 0) (i32.const 0))))
      ;; parseInt(s) / parseInt(s, 0): "0x" is hexadecimal
      (if (i32.and (i32.eq (local.get $mode) (i32.const 2))
                   (i32.and (i32.eqz (local.get $radix)) (i32.or (i32.eq (local.get $c) (i32.const 120)) (i32.eq (local.get $c) (i32.const 88)))))
        (then (return (f64.const 0) (i32.const 0))))))
  (if (i32.eqz (local.get $digits)) (then (return (f64.const 0) (i32.const 0))))
  (if (local.get $k) (then (local.set $m (f64.div (local.get $m) (call $pow10 (local.get $k))))))
  (if (result f64 i32) (local.get $neg) (then (f64.neg (local.get $m)) (i32.const 1)) (else (local.get $m) (i32.const 1))))

(func $str_to_num (param $s (ref $Str)) (param $mode i32) (param $radix i32) (result f64)
  (local $x f64) (local $ok i32)
  (call $decimal_fast (local.get $s) (local.get $mode) (local.get $radix))
  (local.set $ok) (local.set $x)
  (if (local.get $ok) (then (return (local.get $x))))
  (call $ensure (i32.const 65536))
  (call $host_str_to_num (i32.const 0) (call $to_mem (local.get $s) (i32.const 0)) (local.get $mode) (local.get $radix)))

(func $num_to_str (param $x f64) (result (ref $Str))
  (local $n i32) (local $neg i32) (local $v i64) (local $r (ref $Str)) (local $len i32) (local $t i64)
  ;; integers below 2^53 are printed here; everything else by the host
  (if (i32.and (f64.eq (local.get $x) (f64.trunc (local.get $x)))
               (f64.lt (f64.abs (local.get $x)) (f64.const 1e21)))
    (then
      (if (f64.lt (f64.abs (local.get $x)) (f64.const 9007199254740992))
        (then
          (local.set $v (i64.trunc_f64_s (local.get $x)))
          (if (i64.lt_s (local.get $v) (i64.const 0))
            (then (local.set $neg (i32.const 1)) (local.set $v (i64.sub (i64.const 0) (local.get $v)))))
          (local.set $len (local.get $neg))
          (local.set $t (local.get $v))
          (loop $count
            (local.set $len (i32.add (local.get $len) (i32.const 1)))
            (local.set $t (i64.div_u (local.get $t) (i64.const 10)))
            (br_if $count (i64.ne (local.get $t) (i64.const 0))))
          (local.set $r (array.new_default $Str (local.get $len)))
          (if (local.get $neg) (then (array.set $Str (local.get $r) (i32.const 0) (i32.const 45))))
          (local.set $n (local.get $len))
          (loop $digits
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (array.set $Str (local.get $r) (local.get $n)
                       (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
            (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
            (br_if $digits (i64.ne (local.get $v) (i64.const 0))))
          (return (local.get $r))))))
  (local.set $r (call $num_to_str_decimal (local.get $x)))
  (if (array.len (local.get $r)) (then (return (local.get $r))))
  (call $ensure (i32.const 256))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 0) (i32.const -1))))

;; x ** y (Math.pow). An integer x to an integer power 0..64 whose every partial
;; product stays below 2^53 is exact, so repeated multiplication gives the one
;; correct result, which V8's pow (fdlibm's) also gives for exact cases (checked
;; against codegen/v8math.py for |x| <= 2000 in tests/test_v8math.py); every
;; other case is JavaScript's own (a NaN y, y = 0, x = +-1 with an infinite y)
;; or fdlibm's pow as V8 computes it ($m_pow, codegen/fdlibm_pow.py).
(func $pow (param $x f64) (param $y f64) (result f64)
  (local $r f64) (local $n i32)
  (if (i32.and (i32.and (f64.eq (local.get $y) (f64.trunc (local.get $y))) (f64.ge (local.get $y) (f64.const 0)))
               (i32.and (f64.le (local.get $y) (f64.const 64))
                        (i32.and (f64.eq (local.get $x) (f64.trunc (local.get $x)))
                                 (f64.lt (f64.abs (local.get $x)) (f64.const 9007199254740992)))))
    (then
      (local.set $r (f64.const 1))
      (local.set $n (i32.trunc_f64_s (local.get $y)))
      (block $slow
        (loop $l
          (if (local.get $n)
            (then
              (local.set $r (f64.mul (local.get $r) (local.get $x)))
              (br_if $slow (f64.ge (f64.abs (local.get $r)) (f64.const 9007199254740992)))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br $l))))
        (return (local.get $r)))))
  (if (f64.ne (local.get $y) (local.get $y)) (then (return (f64.const nan))))
  (if (f64.eq (local.get $y) (f64.const 0)) (then (return (f64.const 1))))
  (if (i32.and (f64.eq (f64.abs (local.get $x)) (f64.const 1)) (f64.eq (f64.abs (local.get $y)) (f64.const inf)))
    (then (return (f64.const nan))))
  (call $m_pow (local.get $x) (local.get $y)))

;; Math.hypot(x, y) as V8's builtin computes it (codegen/v8math.py, hypot):
;; Infinity wins over NaN; otherwise each |v| is divided by the larger, the
;; squares are added with Kahan's compensated summation, and the square root
;; of the sum is scaled back by the larger.
(func $m_hypot (param $x f64) (param $y f64) (result f64)
  (local $big f64) (local $total f64) (local $comp f64) (local $n f64) (local $summand f64) (local $pre f64)
  (local.set $x (f64.abs (local.get $x)))
  (local.set $y (f64.abs (local.get $y)))
  (if (i32.or (f64.eq (local.get $x) (f64.const inf)) (f64.eq (local.get $y) (f64.const inf)))
    (then (return (f64.const inf))))
  (if (i32.or (f64.ne (local.get $x) (local.get $x)) (f64.ne (local.get $y) (local.get $y)))
    (then (return (f64.const nan))))
  (local.set $big (select (local.get $y) (local.get $x) (f64.gt (local.get $y) (local.get $x))))
  (if (f64.eq (local.get $big) (f64.const 0)) (then (return (f64.const 0))))
  (local.set $n (f64.div (local.get $x) (local.get $big)))
  (local.set $summand (f64.mul (local.get $n) (local.get $n)))
  (local.set $total (local.get $summand))
  (local.set $comp (f64.sub (local.get $total) (local.get $summand)))
  (local.set $n (f64.div (local.get $y) (local.get $big)))
  (local.set $summand (f64.sub (f64.mul (local.get $n) (local.get $n)) (local.get $comp)))
  (local.set $pre (f64.add (local.get $total) (local.get $summand)))
  (f64.mul (f64.sqrt (local.get $pre)) (local.get $big)))

;; Math.random: V8's generator, xorshift128+, whose top 52 bits of state0 are
;; the fraction of a double in [1, 2), less 1. It runs in the module (a host
;; call per number cost about 15 us); the host gives the seed, two numbers of
;; Python's generator, on the first call. (No program can ask for a seed, so no
;; output depends on which numbers these are, only on their being uniform.)
(global $rng0 (mut i64) (i64.const 0))
(global $rng1 (mut i64) (i64.const 0))
(func $m_random (result f64)
  (local $s1 i64) (local $s0 i64)
  (if (i64.eqz (i64.or (global.get $rng0) (global.get $rng1)))
    (then
      (global.set $rng0 (i64.trunc_sat_f64_u (f64.mul (call $host_math (i32.const 60) (f64.const 0) (f64.const 0))
                                                      (f64.const 18446744073709551616))))
      (global.set $rng1 (i64.or (i64.trunc_sat_f64_u (f64.mul (call $host_math (i32.const 60) (f64.const 0) (f64.const 0))
                                                              (f64.const 18446744073709551616)))
                                (i64.const 1)))))
  (local.set $s1 (global.get $rng0))
  (local.set $s0 (global.get $rng1))
  (global.set $rng0 (local.get $s0))
  (local.set $s1 (i64.xor (local.get $s1) (i64.shl (local.get $s1) (i64.const 23))))
  (local.set $s1 (i64.xor (local.get $s1) (i64.shr_u (local.get $s1) (i64.const 17))))
  (local.set $s1 (i64.xor (local.get $s1) (local.get $s0)))
  (local.set $s1 (i64.xor (local.get $s1) (i64.shr_u (local.get $s0) (i64.const 26))))
  (global.set $rng1 (local.get $s1))
  (f64.sub (f64.reinterpret_i64 (i64.or (i64.shr_u (global.get $rng0) (i64.const 12)) (i64.const 0x3FF0000000000000)))
           (f64.const 1)))

;; 10^k for k = 0..22: every one an exact double
(func $pow10 (param $k i32) (result f64)
  (local $p f64)
  (local.set $p (f64.const 1))
  (block $d (loop $l
    (br_if $d (i32.le_s (local.get $k) (i32.const 0)))
    (local.set $p (f64.mul (local.get $p) (f64.const 10)))
    (local.set $k (i32.sub (local.get $k) (i32.const 1)))
    (br $l)))
  (local.get $p))

;; A fraction printed as JavaScript prints it, without the host, when that is
;; easy to prove: with 1e-6 <= |x| < 2^53, the fewest decimals k (<= 22) for
;; which exactly one integer m < 2^53 makes m / 10^k round to x. m / 10^k is one
;; correctly rounded division of two exact doubles (Clinger's fast path), so it
;; is the value the text parses to; and the one shortest text that round-trips
;; is what Number::toString prints. Candidates lie within 1 of round(x * 10^k)
;; (x * 10^k < 2^53 bounds both rounding errors below 1.5). Otherwise, or when
;; two candidates round-trip, the empty string: the host prints it.
(func $num_to_str_decimal (param $x f64) (result (ref $Str))
  (local $a f64) (local $k i32) (local $p f64) (local $m f64) (local $c f64) (local $d i32) (local $found f64)
  (local $count i32) (local $digits (ref $Str)) (local $r (ref null $Str)) (local $l i32) (local $neg i32) (local $at i32)
  (local $i i32)
  (local.set $a (f64.abs (local.get $x)))
  (if (i32.or (f64.lt (local.get $a) (f64.const 1e-6)) (f64.ge (local.get $a) (f64.const 9007199254740992)))
    (then (return (array.new_default $Str (i32.const 0)))))
  (local.set $k (i32.const 1))
  (block $done (loop $l
    (if (i32.gt_s (local.get $k) (i32.const 22)) (then (return (array.new_default $Str (i32.const 0)))))
    (local.set $p (call $pow10 (local.get $k)))
    (local.set $m (f64.nearest (f64.mul (local.get $a) (local.get $p))))
    (if (f64.ge (f64.add (local.get $m) (f64.const 1)) (f64.const 9007199254740992))
      (then (return (array.new_default $Str (i32.const 0)))))
    (local.set $count (i32.const 0))
    (local.set $d (i32.const -1))
    (loop $cand
      (local.set $c (f64.add (local.get $m) (f64.convert_i32_s (local.get $d))))
      (if (i32.and (f64.gt (local.get $c) (f64.const 0)) (f64.eq (f64.div (local.get $c) (local.get $p)) (local.get $a)))
        (then (local.set $count (i32.add (local.get $count) (i32.const 1))) (local.set $found (local.get $c))))
      (local.set $d (i32.add (local.get $d) (i32.const 1)))
      (br_if $cand (i32.le_s (local.get $d) (i32.const 1))))
    (if (i32.gt_u (local.get $count) (i32.const 1)) (then (return (array.new_default $Str (i32.const 0)))))
    (br_if $done (i32.eq (local.get $count) (i32.const 1)))
    (local.set $k (i32.add (local.get $k) (i32.const 1)))
    (br $l)))
  ;; the digits of m, with the point k digits from the right (0.000ddd below 1)
  (local.set $digits (call $num_to_str (local.get $found)))
  (local.set $l (array.len (local.get $digits)))
  (local.set $neg (f64.lt (local.get $x) (f64.const 0)))
  (if (i32.gt_s (local.get $l) (local.get $k))
    (then
      (local.set $r (array.new $Str (i32.const 46) (i32.add (i32.add (local.get $l) (i32.const 1)) (local.get $neg))))
      (array.copy $Str $Str (local.get $r) (local.get $neg) (local.get $digits) (i32.const 0) (i32.sub (local.get $l) (local.get $k)))
      (array.copy $Str $Str (local.get $r) (i32.add (i32.add (local.get $neg) (i32.sub (local.get $l) (local.get $k))) (i32.const 1))
                  (local.get $digits) (i32.sub (local.get $l) (local.get $k)) (local.get $k)))
    (else
      ;; "0." then k - l zeros then the digits
      (local.set $r (array.new $Str (i32.const 48) (i32.add (i32.add (local.get $k) (i32.const 2)) (local.get $neg))))
      (array.set $Str (local.get $r) (i32.add (local.get $neg) (i32.const 1)) (i32.const 46))
      (array.copy $Str $Str (local.get $r) (i32.add (i32.add (local.get $neg) (i32.const 2)) (i32.sub (local.get $k) (local.get $l)))
                  (local.get $digits) (i32.const 0) (local.get $l))))
  (if (local.get $neg) (then (array.set $Str (local.get $r) (i32.const 0) (i32.const 45))))
  (ref.as_non_null (local.get $r)))

;; x.toFixed(digits): the n nearest |x| * 10^digits (ties: the larger), its last
;; `digits` digits after a point, "-" first when x < 0. Here when digits <= 22
;; (10^digits is an exact double p) and hi = |x| * p rounded is below 2^52:
;; Dekker's product gives the rounding error lo exactly (|x| * p = hi + lo), and
;; as hi is a multiple of ulp(hi) <= 1/2 and |lo| <= ulp(hi) / 2, the fraction f
;; of hi alone tells which side of one half |x| * p lies on, unless f is exactly
;; one half, when lo's sign does. Every other case (NaN, |x| >= 1e21, more
;; digits) is the host's exact algorithm (codegen/jsnum.py, to_fixed), about 70 us.
(func $num_fixed (param $x f64) (param $digits i32) (result (ref $Str))
  (local $a f64) (local $p f64) (local $hi f64) (local $lo f64) (local $n f64) (local $f f64) (local $m i64)
  (local $buf (ref null $Str)) (local $i i32) (local $r (ref null $Str))
  (local.set $a (f64.abs (local.get $x)))
  (block $host
    (br_if $host (i32.gt_u (local.get $digits) (i32.const 22)))
    (br_if $host (i32.eqz (f64.lt (local.get $a) (f64.const 1e21))))
    (local.set $p (call $pow10 (local.get $digits)))
    (local.set $hi (f64.mul (local.get $a) (local.get $p)))
    (br_if $host (f64.ge (local.get $hi) (f64.const 4503599627370496)))
    (local.set $lo (call $two_product_error (local.get $a) (local.get $p) (local.get $hi)))
    (local.set $n (f64.floor (local.get $hi)))
    (local.set $f (f64.sub (local.get $hi) (local.get $n)))
    (if (i32.or (f64.gt (local.get $f) (f64.const 0.5))
                (i32.and (f64.eq (local.get $f) (f64.const 0.5)) (f64.ge (local.get $lo) (f64.const 0))))
      (then (local.set $n (f64.add (local.get $n) (f64.const 1)))))
    ;; the digits from the last, at least digits + 1 of them, the point before the last `digits`
    (local.set $m (i64.trunc_f64_u (local.get $n)))
    (local.set $buf (array.new $Str (i32.const 48) (i32.const 48)))
    (local.set $i (i32.const 48))
    (loop $d
      (if (i32.and (i32.eq (i32.sub (i32.const 48) (local.get $i)) (local.get $digits)) (i32.ne (local.get $digits) (i32.const 0)))
        (then (local.set $i (i32.sub (local.get $i) (i32.const 1)))
              (array.set $Str (local.get $buf) (local.get $i) (i32.const 46))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (array.set $Str (local.get $buf) (local.get $i) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $m) (i64.const 10)))))
      (local.set $m (i64.div_u (local.get $m) (i64.const 10)))
      (br_if $d (i32.or (i64.ne (local.get $m) (i64.const 0))
                        (i32.le_u (i32.sub (i32.const 48) (local.get $i)) (local.get $digits)))))
    (if (f64.lt (local.get $x) (f64.const 0))
      (then (local.set $i (i32.sub (local.get $i) (i32.const 1)))
            (array.set $Str (local.get $buf) (local.get $i) (i32.const 45))))
    (local.set $r (array.new_default $Str (i32.sub (i32.const 48) (local.get $i))))
    (array.copy $Str $Str (local.get $r) (i32.const 0) (local.get $buf) (local.get $i) (array.len (local.get $r)))
    (return (ref.as_non_null (local.get $r))))
  (call $ensure (i32.const 1024))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 1) (local.get $digits))))

;; the exact error of hi = a * b rounded (Dekker's TwoProduct, Veltkamp's split
;; at 2^27 + 1): a * b = hi + the result, for products far from overflow and underflow
(func $two_product_error (param $a f64) (param $b f64) (param $hi f64) (result f64)
  (local $c f64) (local $ah f64) (local $al f64) (local $bh f64) (local $bl f64)
  (local.set $c (f64.mul (f64.const 134217729) (local.get $a)))
  (local.set $ah (f64.sub (local.get $c) (f64.sub (local.get $c) (local.get $a))))
  (local.set $al (f64.sub (local.get $a) (local.get $ah)))
  (local.set $c (f64.mul (f64.const 134217729) (local.get $b)))
  (local.set $bh (f64.sub (local.get $c) (f64.sub (local.get $c) (local.get $b))))
  (local.set $bl (f64.sub (local.get $b) (local.get $bh)))
  (f64.add (f64.add (f64.add (f64.sub (f64.mul (local.get $ah) (local.get $bh)) (local.get $hi))
                             (f64.mul (local.get $ah) (local.get $bl)))
                    (f64.mul (local.get $al) (local.get $bh)))
           (f64.mul (local.get $al) (local.get $bl))))

(func $num_precision (param $x f64) (param $digits i32) (result (ref $Str))
  (call $ensure (i32.const 1024))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 3) (local.get $digits))))

;; x.toString(radix): an integer below 2^53 in magnitude is written here (digits
;; from the lowest, into a 54-unit buffer: 53 binary digits and a sign); any other
;; number by the host's exact algorithm (codegen/jsnum.py)
(func $num_radix (param $x f64) (param $radix i32) (result (ref $Str))
  (local $n i64) (local $buf (ref $Str)) (local $i i32) (local $d i32) (local $neg i32) (local $r (ref $Str))
  (if (i32.eq (local.get $radix) (i32.const 10)) (then (return (call $num_to_str (local.get $x)))))
  (if (i32.and (f64.eq (f64.trunc (local.get $x)) (local.get $x)) (f64.lt (f64.abs (local.get $x)) (f64.const 9007199254740992)))
    (then
      (local.set $neg (f64.lt (local.get $x) (f64.const 0)))
      (local.set $n (i64.trunc_f64_s (f64.abs (local.get $x))))
      (local.set $buf (array.new_default $Str (i32.const 54)))
      (local.set $i (i32.const 54))
      (loop $l
        (local.set $d (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.extend_i32_u (local.get $radix)))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (array.set $Str (local.get $buf) (local.get $i)
                   (i32.add (local.get $d) (select (i32.const 48) (i32.const 87) (i32.lt_u (local.get $d) (i32.const 10)))))
        (local.set $n (i64.div_u (local.get $n) (i64.extend_i32_u (local.get $radix))))
        (br_if $l (i64.ne (local.get $n) (i64.const 0))))
      (if (local.get $neg)
        (then (local.set $i (i32.sub (local.get $i) (i32.const 1)))
              (array.set $Str (local.get $buf) (local.get $i) (i32.const 45))))
      (local.set $r (array.new_default $Str (i32.sub (i32.const 54) (local.get $i))))
      (array.copy $Str $Str (local.get $r) (i32.const 0) (local.get $buf) (local.get $i) (array.len (local.get $r)))
      (return (local.get $r))))
  (call $ensure (i32.const 2048))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 2) (local.get $radix))))

;; ------------------------------------------------------------------ conversions
(func $tostr (param $v anyref) (result (ref $Str))
  (if (ref.test (ref $Str) (local.get $v)) (then (return (ref.cast (ref $Str) (local.get $v)))))
  (if (ref.test (ref i31) (local.get $v))
    (then (return (call $num_to_str (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $v))))))))
  (if (ref.test (ref $Num) (local.get $v))
    (then (return (call $num_to_str (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v)))))))
  (if (ref.is_null (local.get $v)) (then (return (global.get $s_undefined))))
  (if (ref.test (ref $Null) (local.get $v)) (then (return (global.get $s_null))))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (return (select (result (ref $Str)) (global.get $s_true) (global.get $s_false)
                          (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $v)))))))
  (if (ref.test (ref $Arr) (local.get $v))
    (then (return (call $arr_join (ref.cast (ref $Arr) (local.get $v)) (global.get $s_comma)))))
  (if (ref.test (ref $Obj) (local.get $v))
    (then (return (call $tostr (call $to_primitive_str (local.get $v))))))
  (if (ref.test (ref $Fn) (local.get $v)) (then (return (call $fn_to_str (ref.cast (ref $Fn) (local.get $v))))))
  (throw $exn (call $unsupported_value (i32.const 2))))

;; A function as a string: the result of its own or inherited static `toString`
;; when the program gives it one (`class A { static toString() {...} }`), which is
;; what node calls for String(A), `${A}` and A + ""; otherwise its source text,
;; which the module does not hold. With a static `valueOf` too, A + "" would call
;; that first: refused rather than guessed.
(func $fn_to_str (param $f (ref $Fn)) (result (ref $Str))
  (local $m anyref) (local $r anyref)
  (local.set $m (call $fn_lookup (local.get $f) (global.get $s_toString) (i32.const 1)))
  (if (i32.or (ref.eq (ref.cast eqref (local.get $m)) (global.get $absent))
              (i32.eqz (ref.eq (ref.cast eqref (call $fn_lookup (local.get $f) (global.get $s_valueOf) (i32.const 1)))
                               (global.get $absent))))
    (then (throw $exn (call $unsupported_value (i32.const 19)))))
  (local.set $m (call $fn_value (local.get $f) (local.get $m)))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $m))) (then (throw $exn (call $unsupported_value (i32.const 19)))))
  (local.set $r (call $call_value (local.get $m) (local.get $f) (i32.const 0)
                      (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
  (if (i32.eqz (call $is_prim (local.get $r))) (then (throw $exn (call $unsupported_value (i32.const 19)))))
  (call $tostr (local.get $r)))

;; ToPrimitive for objects: a user toString/valueOf method, Error's toString, or "[object Object]";
;; valueOf first (hint "default" and "number": `+`, `==`, arithmetic)
(func $to_primitive (param $v anyref) (result anyref)
  (local $r anyref)
  ;; a Date's primitive is its local-time text (also for `d + 1`): not compiled
  (if (ref.test (ref $DateObj) (local.get $v)) (then (call $host_fail (i32.const 38)) (unreachable)))
  (if (ref.test (ref $JSMap) (local.get $v)) (then (return (global.get $s_object_Map))))
  (if (ref.test (ref $JSSet) (local.get $v)) (then (return (global.get $s_object_Set))))
  (local.set $r (call $call_to_prim (local.get $v) (global.get $s_valueOf)))
  (if (i32.eqz (ref.eq (ref.cast eqref (local.get $r)) (global.get $absent))) (then (return (local.get $r))))
  (local.set $r (call $call_to_prim (local.get $v) (global.get $s_toString)))
  (if (i32.eqz (ref.eq (ref.cast eqref (local.get $r)) (global.get $absent))) (then (return (local.get $r))))
  (if (call $is_error (local.get $v)) (then (return (call $error_to_string (local.get $v)))))
  (if (call $null_proto (local.get $v)) (then (call $no_primitive)))
  (global.get $s_object_Object))

;; an object with a null prototype (Object.create(null)): it inherits nothing
(func $null_proto (param $v anyref) (result i32)
  (if (result i32) (ref.test (ref $Obj) (local.get $v))
    (then (ref.eq (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $v))) (global.get $cls_NullProto)))
    (else (i32.const 0))))

;; ToPrimitive of an object with no toString or valueOf at all
(func $no_primitive
  (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_convert_primitive))))

;; ToPrimitive with hint "number" (ToNumber, `<`): as the default hint, except that a
;; Date gives its time value (with the default hint it gives its text)
(func $to_primitive_num (param $v anyref) (result anyref)
  (if (ref.test (ref $DateObj) (local.get $v))
    (then (return (call $box (struct.get $DateObj $t (ref.cast (ref $DateObj) (local.get $v)))))))
  (call $to_primitive (local.get $v)))

;; ToPrimitive with hint "string" (String(o), template literals, join, keys): toString first
(func $to_primitive_str (param $v anyref) (result anyref)
  (local $f anyref) (local $r anyref)
  (if (ref.test (ref $DateObj) (local.get $v)) (then (call $host_fail (i32.const 38)) (unreachable)))
  (if (ref.test (ref $JSMap) (local.get $v)) (then (return (global.get $s_object_Map))))
  (if (ref.test (ref $JSSet) (local.get $v)) (then (return (global.get $s_object_Set))))
  (local.set $f (call $get_generic (local.get $v) (global.get $s_toString)))
  (if (ref.test (ref $Fn) (local.get $f))
    (then
      (local.set $r (call $call_value (local.get $f) (local.get $v) (i32.const 0)
                          (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
      (if (i32.eqz (ref.test (ref $Obj) (local.get $r))) (then (return (local.get $r)))))
    (else   ;; the builtin toString of Object.prototype or Error.prototype; none at all with a null prototype
      (if (call $is_error (local.get $v)) (then (return (call $error_to_string (local.get $v)))))
      (if (i32.eqz (call $null_proto (local.get $v))) (then (return (global.get $s_object_Object))))))
  (local.set $r (call $call_to_prim (local.get $v) (global.get $s_valueOf)))
  (if (i32.eqz (ref.eq (ref.cast eqref (local.get $r)) (global.get $absent))) (then (return (local.get $r))))
  (call $no_primitive)
  (unreachable))

;; v[name]() when that is a function whose result is not an object; else $absent
(func $call_to_prim (param $v anyref) (param $name (ref $Str)) (result anyref)
  (local $f anyref) (local $r anyref)
  (local.set $f (call $get_generic (local.get $v) (local.get $name)))
  (if (ref.test (ref $Fn) (local.get $f))
    (then
      (local.set $r (call $call_value (local.get $f) (local.get $v) (i32.const 0)
                          (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
      (if (i32.eqz (ref.test (ref $Obj) (local.get $r))) (then (return (local.get $r))))))
  (global.get $absent))

(func $is_error (param $v anyref) (result i32)
  (local $c (ref null $Class))
  (if (i32.eqz (ref.test (ref $Obj) (local.get $v))) (then (return (i32.const 0))))
  (local.set $c (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $v))))
  (block $no
    (loop $l
      (br_if $no (ref.is_null (local.get $c)))
      (if (struct.get $Class $is_error (ref.as_non_null (local.get $c))) (then (return (i32.const 1))))
      (local.set $c (struct.get $Class $parent (ref.as_non_null (local.get $c))))
      (br $l)))
  (i32.const 0))

(func $error_to_string (param $v anyref) (result (ref $Str))
  (local $name (ref $Str)) (local $msg (ref $Str)) (local $m anyref)
  (local.set $name (call $tostr (call $get_generic (local.get $v) (global.get $s_name))))
  (local.set $m (call $get_generic (local.get $v) (global.get $s_message)))
  (local.set $msg (if (result (ref $Str)) (ref.is_null (local.get $m))
                    (then (global.get $s_empty)) (else (call $tostr (local.get $m)))))
  (if (i32.eqz (array.len (local.get $msg))) (then (return (local.get $name))))
  (if (i32.eqz (array.len (local.get $name))) (then (return (local.get $msg))))
  (call $concat (call $concat (local.get $name) (global.get $s_colon_space)) (local.get $msg)))

(func $truthy (param $v anyref) (result i32)
  (local $x f64)
  (if (ref.test (ref i31) (local.get $v))
    (then (return (i32.ne (i31.get_s (ref.cast (ref i31) (local.get $v))) (i32.const 0)))))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (return (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $v))))))
  (if (ref.is_null (local.get $v)) (then (return (i32.const 0))))
  (if (ref.test (ref $Num) (local.get $v))
    (then
      (local.set $x (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))))
      (return (i32.and (f64.ne (local.get $x) (f64.const 0)) (f64.eq (local.get $x) (local.get $x))))))
  (if (ref.test (ref $Null) (local.get $v)) (then (return (i32.const 0))))
  (if (ref.test (ref $Str) (local.get $v))
    (then (return (i32.ne (array.len (ref.cast (ref $Str) (local.get $v))) (i32.const 0)))))
  (i32.const 1))

(func $typeof (param $v anyref) (result (ref $Str))
  (if (ref.is_null (local.get $v)) (then (return (global.get $s_undefined))))
  (if (call $is_num (local.get $v)) (then (return (global.get $s_number))))
  (if (ref.test (ref $Str) (local.get $v)) (then (return (global.get $s_string))))
  (if (ref.test (ref $Bool) (local.get $v)) (then (return (global.get $s_boolean))))
  (if (ref.test (ref $Fn) (local.get $v)) (then (return (global.get $s_function))))
  (global.get $s_object))

(func $add (param $a anyref) (param $b anyref) (result anyref)
  (local $x f64) (local $y f64)
  ;; two numbers first, unboxed here with no call (as in $compare)
  (block $slow
    (local.set $x (if (result f64) (ref.test (ref i31) (local.get $a))
                    (then (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $a)))))
                    (else (if (result f64) (ref.test (ref $Num) (local.get $a))
                            (then (struct.get $Num 0 (ref.cast (ref $Num) (local.get $a))))
                            (else (br $slow))))))
    (local.set $y (if (result f64) (ref.test (ref i31) (local.get $b))
                    (then (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $b)))))
                    (else (if (result f64) (ref.test (ref $Num) (local.get $b))
                            (then (struct.get $Num 0 (ref.cast (ref $Num) (local.get $b))))
                            (else (br $slow))))))
    (return (call $box (f64.add (local.get $x) (local.get $y)))))
  (if (i32.and (call $is_prim (local.get $a)) (call $is_prim (local.get $b)))
    (then
      (if (i32.or (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
        (then (return (call $concat (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
      (return (call $box (f64.add (call $tonum (local.get $a)) (call $tonum (local.get $b)))))))
  ;; a function's primitive value is its source text, which the module does not
  ;; hold: $tostr refuses it
  (if (i32.or (ref.test (ref $Fn) (local.get $a)) (ref.test (ref $Fn) (local.get $b)))
    (then (return (call $concat (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
  (if (ref.test (ref $Obj) (local.get $a)) (then (local.set $a (call $to_primitive (local.get $a)))))
  (if (ref.test (ref $Obj) (local.get $b)) (then (local.set $b (call $to_primitive (local.get $b)))))
  (if (ref.test (ref $Arr) (local.get $a)) (then (local.set $a (call $tostr (local.get $a)))))
  (if (ref.test (ref $Arr) (local.get $b)) (then (local.set $b (call $tostr (local.get $b)))))
  (if (i32.or (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
    (then (return (call $concat (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
  (call $box (f64.add (call $tonum (local.get $a)) (call $tonum (local.get $b)))))

(func $strict_eq (param $a anyref) (param $b anyref) (result i32)
  (if (i32.and (call $is_num (local.get $a)) (call $is_num (local.get $b)))
    (then (return (f64.eq (call $tonum (local.get $a)) (call $tonum (local.get $b))))))
  (if (i32.and (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
    (then (return (call $str_eq (ref.cast (ref $Str) (local.get $a)) (ref.cast (ref $Str) (local.get $b))))))
  (if (i32.and (ref.test (ref $Bool) (local.get $a)) (ref.test (ref $Bool) (local.get $b)))
    (then (return (i32.eq (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $a)))
                          (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $b)))))))
  (if (i32.or (ref.is_null (local.get $a)) (ref.is_null (local.get $b)))
    (then (return (i32.and (ref.is_null (local.get $a)) (ref.is_null (local.get $b))))))
  (ref.eq (ref.cast eqref (local.get $a)) (ref.cast eqref (local.get $b))))

;; A primitive value: undefined, null, a boolean, a number or a string. Every test
;; here is against a final type or i31, which wasmtime answers inline; a test
;; against $Obj, which is not final, costs a call into wasmtime unless the value is
;; exactly $Obj (never), so the runtime's operations ask this first.
(func $is_prim (param $v anyref) (result i32)
  (if (ref.is_null (local.get $v)) (then (return (i32.const 1))))
  (if (ref.test (ref i31) (local.get $v)) (then (return (i32.const 1))))
  (if (ref.test (ref $Num) (local.get $v)) (then (return (i32.const 1))))
  (if (ref.test (ref $Str) (local.get $v)) (then (return (i32.const 1))))
  (i32.or (ref.test (ref $Bool) (local.get $v)) (ref.test (ref $Null) (local.get $v))))

(func $nullish (param $v anyref) (result i32)
  (i32.or (ref.is_null (local.get $v)) (ref.test (ref $Null) (local.get $v))))

(func $loose_eq (param $a anyref) (param $b anyref) (result i32)
  (if (i32.or (call $nullish (local.get $a)) (call $nullish (local.get $b)))
    (then (return (i32.and (call $nullish (local.get $a)) (call $nullish (local.get $b))))))
  (if (i32.and (i32.or (call $is_num (local.get $a)) (ref.test (ref $Str) (local.get $a)))
               (i32.or (call $is_num (local.get $b)) (ref.test (ref $Str) (local.get $b))))
    (then
      (if (i32.and (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
        (then (return (call $strict_eq (local.get $a) (local.get $b)))))
      (return (f64.eq (call $tonum (local.get $a)) (call $tonum (local.get $b))))))
  (if (ref.test (ref $Bool) (local.get $a)) (then (return (call $loose_eq (call $box (call $tonum (local.get $a))) (local.get $b)))))
  (if (ref.test (ref $Bool) (local.get $b)) (then (return (call $loose_eq (local.get $a) (call $box (call $tonum (local.get $b)))))))
  ;; a function against a string compares its source text, which $tostr refuses
  (if (i32.or (i32.and (ref.test (ref $Fn) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
              (i32.and (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Fn) (local.get $b))))
    (then (return (call $str_eq (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
  ;; two references (objects, arrays, functions) are equal when they are one
  (if (i32.eqz (i32.or (call $is_prim (local.get $a)) (call $is_prim (local.get $b))))
    (then (return (ref.eq (ref.cast eqref (local.get $a)) (ref.cast eqref (local.get $b))))))
  (if (i32.and (ref.test (ref $Obj) (local.get $a)) (i32.eqz (ref.test (ref $Obj) (local.get $b))))
    (then (return (call $loose_eq (call $to_primitive (local.get $a)) (local.get $b)))))
  (if (i32.and (ref.test (ref $Obj) (local.get $b)) (i32.eqz (ref.test (ref $Obj) (local.get $a))))
    (then (return (call $loose_eq (local.get $a) (call $to_primitive (local.get $b))))))
  ;; an array against a primitive: its primitive value is its string (`[1] == 1`)
  (if (i32.and (ref.test (ref $Arr) (local.get $a)) (i32.eqz (ref.test (ref $Arr) (local.get $b))))
    (then (if (i32.eqz (ref.test (ref $Fn) (local.get $b)))
            (then (return (call $loose_eq (call $tostr (local.get $a)) (local.get $b)))))))
  (if (i32.and (ref.test (ref $Arr) (local.get $b)) (i32.eqz (ref.test (ref $Arr) (local.get $a))))
    (then (if (i32.eqz (ref.test (ref $Fn) (local.get $a)))
            (then (return (call $loose_eq (local.get $a) (call $tostr (local.get $b))))))))
  (call $strict_eq (local.get $a) (local.get $b)))

;; Relational comparison: -1 (a<b), 0 (equal), 1 (a>b), 2 (unordered: NaN involved)
(func $compare (param $a anyref) (param $b anyref) (result i32)
  (local $x f64) (local $y f64)
  ;; two numbers first, with no call: most comparisons are of two numbers, and a
  ;; test against $Obj (not a final type) that fails costs a call into wasmtime
  (block $slow
    (local.set $x (if (result f64) (ref.test (ref i31) (local.get $a))
                    (then (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $a)))))
                    (else (if (result f64) (ref.test (ref $Num) (local.get $a))
                            (then (struct.get $Num 0 (ref.cast (ref $Num) (local.get $a))))
                            (else (br $slow))))))
    (local.set $y (if (result f64) (ref.test (ref i31) (local.get $b))
                    (then (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $b)))))
                    (else (if (result f64) (ref.test (ref $Num) (local.get $b))
                            (then (struct.get $Num 0 (ref.cast (ref $Num) (local.get $b))))
                            (else (br $slow))))))
    (if (f64.lt (local.get $x) (local.get $y)) (then (return (i32.const -1))))
    (if (f64.gt (local.get $x) (local.get $y)) (then (return (i32.const 1))))
    (return (select (i32.const 0) (i32.const 2) (f64.eq (local.get $x) (local.get $y)))))
  (if (ref.test (ref $Obj) (local.get $a)) (then (local.set $a (call $to_primitive_num (local.get $a)))))
  (if (ref.test (ref $Obj) (local.get $b)) (then (local.set $b (call $to_primitive_num (local.get $b)))))
  (if (ref.test (ref $Arr) (local.get $a)) (then (local.set $a (call $tostr (local.get $a)))))
  (if (ref.test (ref $Arr) (local.get $b)) (then (local.set $b (call $tostr (local.get $b)))))
  ;; a function against a string (or what an object or array gave) compares its
  ;; source text, which $tostr refuses; against anything else it is NaN (no source
  ;; text reads as a number)
  (if (i32.or (i32.and (ref.test (ref $Fn) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
              (i32.and (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Fn) (local.get $b))))
    (then (return (call $str_cmp (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
  (if (i32.and (ref.test (ref $Str) (local.get $a)) (ref.test (ref $Str) (local.get $b)))
    (then (return (call $str_cmp (ref.cast (ref $Str) (local.get $a)) (ref.cast (ref $Str) (local.get $b))))))
  (local.set $x (call $tonum (local.get $a)))
  (local.set $y (call $tonum (local.get $b)))
  (call $fcompare (local.get $x) (local.get $y)))

(func $fcompare (param $x f64) (param $y f64) (result i32)
  (if (f64.lt (local.get $x) (local.get $y)) (then (return (i32.const -1))))
  (if (f64.gt (local.get $x) (local.get $y)) (then (return (i32.const 1))))
  (if (f64.eq (local.get $x) (local.get $y)) (then (return (i32.const 0))))
  (i32.const 2))

;; ------------------------------------------------------------------ arrays
;; An empty array shares one empty backing store until its first element: many
;; arrays stay empty, and each backing store is an object for the collector.
;; Nothing writes into a backing store beyond the array's length without
;; $arr_grow, which replaces it.
(global $no_vals (ref $Vals) (array.new_fixed $Vals 0))

(func $arr_new (param $n i32) (result (ref $Arr))
  (if (i32.eqz (local.get $n)) (then (return (struct.new $Arr (global.get $no_vals) (i32.const 0) (i32.const 0) (ref.null $MapObj)))))
  (struct.new $Arr (array.new_default $Vals (local.get $n)) (local.get $n) (i32.const 0) (ref.null $MapObj)))

(func $arr_of (param $v (ref $Vals)) (result (ref $Arr))
  (struct.new $Arr (local.get $v) (array.len (local.get $v)) (i32.const 0) (ref.null $MapObj)))

;; an array of the numbers of a long literal of numbers (a data table), read from its
;; data segment as f64s and boxed as `$box` boxes each (codegen/lower.py, e_ArrayExpression)
(func $arr_of_f64s (param $d (ref $F64s)) (result (ref $Arr))
  (local $v (ref $Vals)) (local $i i32) (local $n i32)
  (local.set $n (array.len (local.get $d)))
  (local.set $v (array.new_default $Vals (local.get $n)))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (array.set $Vals (local.get $v) (local.get $i) (call $box (array.get $F64s (local.get $d) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $arr_of (local.get $v)))

;; An array given back for reuse (codegen/reuse.py): emptied, its elements cleared
;; so it keeps nothing alive (a slot past the length is always null); null when
;; its storage grew too big to keep.
(global $ARR_KEEP i32 (i32.const 65536))
(func $arr_scrub (param $a (ref null $Arr)) (result (ref null $Arr))
  (local $d (ref $Vals))
  (if (ref.is_null (local.get $a)) (then (return (ref.null $Arr))))
  (local.set $d (struct.get $Arr $data (local.get $a)))
  (if (i32.gt_u (array.len (local.get $d)) (global.get $ARR_KEEP)) (then (return (ref.null $Arr))))
  (array.fill $Vals (local.get $d) (i32.const 0) (ref.null any) (struct.get $Arr $len (local.get $a)))
  (struct.set $Arr $len (local.get $a) (i32.const 0))
  (local.get $a))

;; d (empty: a reused array, codegen/reuse.py) with the elements of s, holes
;; included: a whole copy `s.slice()` into an array kept for the purpose
(func $arr_copy_from (param $d (ref $Arr)) (param $s (ref $Arr)) (result (ref $Arr))
  (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $s)))
  (call $arr_grow (local.get $d) (local.get $n))
  (if (local.get $n)
    (then (array.copy $Vals $Vals (struct.get $Arr $data (local.get $d)) (i32.const 0)
                      (struct.get $Arr $data (local.get $s)) (i32.const 0) (local.get $n))))
  (struct.set $Arr $len (local.get $d) (local.get $n))
  (local.get $d))

(func $arr_grow (param $a (ref $Arr)) (param $n i32)
  (local $old (ref $Vals)) (local $new (ref $Vals)) (local $cap i32)
  (local.set $old (struct.get $Arr $data (local.get $a)))
  (local.set $cap (array.len (local.get $old)))
  (if (i32.le_u (local.get $n) (local.get $cap)) (then (return)))
  ;; grow by half plus 16, as V8 does: fewer reallocations of small arrays, each one a
  ;; new backing store for wasmtime's collector to free
  (local.set $cap (i32.add (i32.add (local.get $cap) (i32.shr_u (local.get $cap) (i32.const 1))) (i32.const 16)))
  (if (i32.lt_u (local.get $cap) (local.get $n)) (then (local.set $cap (local.get $n))))
  (local.set $new (array.new_default $Vals (local.get $cap)))
  (array.copy $Vals $Vals (local.get $new) (i32.const 0) (local.get $old) (i32.const 0)
              (struct.get $Arr $len (local.get $a)))
  (struct.set $Arr $data (local.get $a) (local.get $new)))

;; a.push(v) where a is known to be an array: the new length
(func $arr_push1 (param $a (ref $Arr)) (param $v anyref) (result f64)
  (call $arr_push (local.get $a) (local.get $v))
  (f64.convert_i32_u (struct.get $Arr $len (local.get $a))))

(func $arr_push (param $a (ref $Arr)) (param $v anyref)
  (local $n i32) (local $d (ref $Vals))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  ;; one read of the backing store when it has room (a reference read is a collector barrier)
  (local.set $d (struct.get $Arr $data (local.get $a)))
  (if (i32.ge_u (local.get $n) (array.len (local.get $d)))
    (then (call $arr_grow (local.get $a) (i32.add (local.get $n) (i32.const 1)))
          (local.set $d (struct.get $Arr $data (local.get $a)))))
  (array.set $Vals (local.get $d) (local.get $n) (local.get $v))
  (struct.set $Arr $len (local.get $a) (i32.add (local.get $n) (i32.const 1))))

(func $arr_pop (param $a (ref $Arr)) (result anyref)
  (local $n i32) (local $v anyref)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (if (i32.eqz (local.get $n)) (then (return (ref.null any))))
  (local.set $n (i32.sub (local.get $n) (i32.const 1)))
  (local.set $v (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $n)))
  (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $n) (ref.null any))
  (struct.set $Arr $len (local.get $a) (local.get $n))
  (call $unhole (local.get $v)))

;; Holes: `new Array(n)`, a `length` made longer and a write past the end leave
;; elements that do not exist, as in JS. Their slots hold `$hole`, which no program
;; value can be: reads give undefined, and the built-ins that skip holes (forEach,
;; map, filter, some, every, reduce, indexOf, Object.keys, `in`, flat) skip them;
;; console.log prints `<n empty items>`.
(func $unhole (param $v anyref) (result anyref)
  (if (result anyref) (ref.eq (ref.cast eqref (local.get $v)) (global.get $hole)) (then (ref.null any)) (else (local.get $v))))

(func $is_hole (param $a (ref $Arr)) (param $i i32) (result i32)
  (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole)))

;; does index i exist (in range, and not a hole)? -1 (not an index) never does
(func $arr_has (param $a (ref $Arr)) (param $i i32) (result i32)
  (if (i32.or (i32.lt_s (local.get $i) (i32.const 0)) (i32.ge_s (local.get $i) (struct.get $Arr $len (local.get $a))))
    (then (return (i32.const 0))))
  (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole))))

(func $arr_get (param $a (ref $Arr)) (param $i i32) (result anyref)
  (local $v anyref)
  (if (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))) (then (return (ref.null any))))
  (local.set $v (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)))
  (if (result anyref) (ref.eq (ref.cast eqref (local.get $v)) (global.get $hole)) (then (ref.null any)) (else (local.get $v))))

(func $arr_set (param $a (ref $Arr)) (param $i i32) (param $v anyref)
  (if (struct.get $Arr $kind (local.get $a))
    (then ;; a typed array (codegen/typed_arrays.wat): converted, and never past its end
      (if (i32.lt_u (local.get $i) (struct.get $Arr $len (local.get $a)))
        (then (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)
                         (call $ta_coerce (struct.get $Arr $kind (local.get $a)) (local.get $v)))))
      (return)))
  (if (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a)))
    (then
      (if (i32.gt_u (local.get $i) (i32.const 100000000)) (then (throw $exn (call $unsupported_value (i32.const 3)))))
      (call $arr_grow (local.get $a) (i32.add (local.get $i) (i32.const 1)))
      ;; writing past the end leaves holes in between
      (array.fill $Vals (struct.get $Arr $data (local.get $a)) (struct.get $Arr $len (local.get $a)) (global.get $hole)
                  (i32.sub (local.get $i) (struct.get $Arr $len (local.get $a))))
      (struct.set $Arr $len (local.get $a) (i32.add (local.get $i) (i32.const 1)))))
  (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $i) (local.get $v)))

(func $arr_set_length (param $a (ref $Arr)) (param $v anyref)
  (local $n i32) (local $old i32) (local $x f64)
  (if (struct.get $Arr $kind (local.get $a)) (then (drop (call $unsupported_value (i32.const 31)))))
  (local.set $x (call $tonum (local.get $v)))
  (if (i32.or (f64.ne (local.get $x) (f64.trunc (local.get $x)))
              (i32.or (f64.lt (local.get $x) (f64.const 0)) (f64.gt (local.get $x) (f64.const 4294967295))))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_invalid_length)))))
  (if (f64.gt (local.get $x) (f64.const 100000000)) (then (throw $exn (call $unsupported_value (i32.const 3)))))
  (local.set $n (i32.trunc_f64_u (local.get $x)))
  (local.set $old (struct.get $Arr $len (local.get $a)))
  (if (i32.lt_u (local.get $n) (local.get $old))
    (then (array.fill $Vals (struct.get $Arr $data (local.get $a)) (local.get $n) (ref.null any)
                      (i32.sub (local.get $old) (local.get $n)))))
  (call $arr_grow (local.get $a) (local.get $n))
  (if (i32.gt_u (local.get $n) (local.get $old))
    (then (array.fill $Vals (struct.get $Arr $data (local.get $a)) (local.get $old) (global.get $hole)
                      (i32.sub (local.get $n) (local.get $old)))))
  (struct.set $Arr $len (local.get $a) (local.get $n)))

;; a.join(sep). An array already being joined further out (it contains itself)
;; joins to "", as in V8: the arrays being joined are a stack, popped also when
;; a toString throws.
(global $joining (ref $Arr) (struct.new $Arr (global.get $no_vals) (i32.const 0) (i32.const 0) (ref.null $MapObj)))
(func $arr_join (param $a (ref $Arr)) (param $sep (ref $Str)) (result (ref $Str))
  (local $k i32) (local $r (ref null $Str)) (local $e exnref)
  ;; only strings (the common case): no conversion runs, so no program code; one
  ;; string is itself
  (local.set $r (call $join_strings (local.get $a) (local.get $sep)))
  (if (i32.eqz (ref.is_null (local.get $r))) (then (return (ref.as_non_null (local.get $r)))))
  (block $fresh (loop $l
    (br_if $fresh (i32.ge_u (local.get $k) (struct.get $Arr $len (global.get $joining))))
    (if (ref.eq (ref.cast (ref null eq) (array.get $Vals (struct.get $Arr $data (global.get $joining)) (local.get $k))) (local.get $a))
      (then (return (global.get $s_empty))))
    (local.set $k (i32.add (local.get $k) (i32.const 1)))
    (br $l)))
  (call $arr_push (global.get $joining) (local.get $a))
  (local.set $e (block $thrown (result exnref)
    (try_table (catch_all_ref $thrown)
      (local.set $r (call $join_parts (local.get $a) (local.get $sep))))
    (drop (call $arr_pop (global.get $joining)))
    (return (ref.as_non_null (local.get $r)))))
  (drop (call $arr_pop (global.get $joining)))
  (throw_ref (local.get $e)))

;; a.join(sep) when every element is a string, or null when one is not
(func $join_strings (param $a (ref $Arr)) (param $sep (ref $Str)) (result (ref null $Str))
  (local $data (ref $Vals)) (local $n i32) (local $i i32) (local $v anyref) (local $total i64)
  (local $r (ref $Str)) (local $s (ref $Str)) (local $pos i32) (local $ls i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $data (struct.get $Arr $data (local.get $a)))
  (if (i32.eqz (local.get $n)) (then (return (global.get $s_empty))))
  (local.set $ls (array.len (local.get $sep)))
  (local.set $total (i64.mul (i64.extend_i32_u (local.get $ls)) (i64.extend_i32_u (i32.sub (local.get $n) (i32.const 1)))))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $v (array.get $Vals (local.get $data) (local.get $i)))
    (if (i32.eqz (ref.test (ref $Str) (local.get $v))) (then (return (ref.null $Str))))
    (local.set $total (i64.add (local.get $total) (i64.extend_i32_u (array.len (ref.cast (ref $Str) (local.get $v))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (i32.eq (local.get $n) (i32.const 1)) (then (return (ref.cast (ref $Str) (array.get $Vals (local.get $data) (i32.const 0))))))
  (if (i64.gt_u (local.get $total) (i64.const 536870888))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_invalid_string_length)))))
  (local.set $r (array.new_default $Str (i32.wrap_i64 (local.get $total))))
  (local.set $i (i32.const 0))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (if (local.get $i)
      (then (array.copy $Str $Str (local.get $r) (local.get $pos) (local.get $sep) (i32.const 0) (local.get $ls))
            (local.set $pos (i32.add (local.get $pos) (local.get $ls)))))
    (local.set $s (ref.cast (ref $Str) (array.get $Vals (local.get $data) (local.get $i))))
    (array.copy $Str $Str (local.get $r) (local.get $pos) (local.get $s) (i32.const 0) (array.len (local.get $s)))
    (local.set $pos (i32.add (local.get $pos) (array.len (local.get $s))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; The join with conversions: each element read and converted in index order
;; (as the spec's loop does: a toString that changes the array is seen by the
;; later reads; undefined and null are ""), then the strings joined.
(func $join_parts (param $a (ref $Arr)) (param $sep (ref $Str)) (result (ref $Str))
  (local $parts (ref $Arr)) (local $i i32) (local $n i32) (local $v anyref)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $parts (call $arr_new (local.get $n)))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $v (call $arr_get (local.get $a) (local.get $i)))
    (array.set $Vals (struct.get $Arr $data (local.get $parts)) (local.get $i)
               (if (result (ref $Str)) (call $nullish (local.get $v)) (then (global.get $s_empty)) (else (call $tostr (local.get $v)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (ref.as_non_null (call $join_strings (local.get $parts) (local.get $sep))))

(func $arr_slice (param $a (ref $Arr)) (param $from i32) (param $to i32) (result (ref $Arr))
  (local $r (ref $Arr)) (local $n i32)
  (local.set $n (i32.sub (local.get $to) (local.get $from)))
  (if (i32.lt_s (local.get $n) (i32.const 0)) (then (local.set $n (i32.const 0))))
  (local.set $r (call $arr_new (local.get $n)))
  (if (local.get $n)
    (then (array.copy $Vals $Vals (struct.get $Arr $data (local.get $r)) (i32.const 0)
                      (struct.get $Arr $data (local.get $a)) (local.get $from) (local.get $n))))
  (local.get $r))

;; clamp a relative index (slice, substring with negative handling done by callers)
(func $rel_index (param $v anyref) (param $len i32) (param $default i32) (result i32)
  (local $x f64)
  (if (ref.is_null (local.get $v)) (then (return (local.get $default))))
  (local.set $x (f64.trunc (call $tonum (local.get $v))))
  (if (f64.ne (local.get $x) (local.get $x)) (then (return (i32.const 0))))
  (if (f64.lt (local.get $x) (f64.const 0))
    (then (local.set $x (f64.add (local.get $x) (f64.convert_i32_s (local.get $len))))
          (if (f64.lt (local.get $x) (f64.const 0)) (then (return (i32.const 0)))))
    (else (if (f64.gt (local.get $x) (f64.convert_i32_s (local.get $len))) (then (return (local.get $len))))))
  (i32.trunc_f64_s (local.get $x)))

(func $clamp_index (param $v anyref) (param $len i32) (param $default i32) (result i32)
  (local $x f64)
  (if (ref.is_null (local.get $v)) (then (return (local.get $default))))
  (local.set $x (f64.trunc (call $tonum (local.get $v))))
  (if (f64.ne (local.get $x) (local.get $x)) (then (return (i32.const 0))))
  (if (f64.lt (local.get $x) (f64.const 0)) (then (return (i32.const 0))))
  (if (f64.gt (local.get $x) (f64.convert_i32_s (local.get $len))) (then (return (local.get $len))))
  (i32.trunc_f64_s (local.get $x)))

(func $arr_index_of (param $a (ref $Arr)) (param $v anyref) (param $from i32) (result i32)
  (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $i (local.get $from))
  (block $done
    (loop $l
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (if (call $strict_eq (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)) (local.get $v))
        (then (return (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
  (i32.const -1))

(func $arr_fill (param $a (ref $Arr)) (param $v anyref) (param $from i32) (param $to i32)
  (local.set $v (call $ta_put (local.get $a) (local.get $v)))
  (if (i32.lt_s (local.get $from) (local.get $to))
    (then (array.fill $Vals (struct.get $Arr $data (local.get $a)) (local.get $from) (local.get $v)
                      (i32.sub (local.get $to) (local.get $from))))))

;; Array.prototype.sort. The elements other than undefined (and holes) are copied
;; to a work array and ordered there; then the array gets them back, followed by
;; the undefineds, then the holes. Without a comparator elements compare as strings.
;; As in V8, the array itself is left alone while the comparator runs.
(func $arr_sort (param $a (ref $Arr)) (param $cmp anyref)
  (local $n i32) (local $data (ref $Vals)) (local $work (ref $Vals)) (local $v anyref)
  (local $i i32) (local $k i32) (local $undef i32) (local $end i32) (local $len i32)
  (if (i32.eqz (i32.or (ref.is_null (local.get $cmp)) (ref.test (ref $Fn) (local.get $cmp))))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_bad_comparator)))))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return)))
  (local.set $data (struct.get $Arr $data (local.get $a)))
  (local.set $work (array.new_default $Vals (local.get $n)))
  (block $d0 (loop $l0
    (br_if $d0 (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $v (array.get $Vals (local.get $data) (local.get $i)))
    (if (ref.is_null (local.get $v))
      (then (local.set $undef (i32.add (local.get $undef) (i32.const 1))))
      (else
        (if (i32.eqz (ref.eq (ref.cast eqref (local.get $v)) (global.get $hole)))
          (then (array.set $Vals (local.get $work) (local.get $k) (local.get $v))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l0)))
  (call $ts_sort (local.get $cmp) (local.get $work) (local.get $k))
  ;; write back; the comparator may have changed the array's length meanwhile
  (local.set $end (i32.add (local.get $k) (local.get $undef)))
  (if (i32.lt_u (struct.get $Arr $len (local.get $a)) (local.get $end))
    (then (call $arr_set (local.get $a) (i32.sub (local.get $end) (i32.const 1)) (ref.null any))))
  (local.set $data (struct.get $Arr $data (local.get $a)))
  (if (local.get $k)
    (then (array.copy $Vals $Vals (local.get $data) (i32.const 0) (local.get $work) (i32.const 0) (local.get $k))))
  (array.fill $Vals (local.get $data) (local.get $k) (ref.null any) (local.get $undef))
  (local.set $len (struct.get $Arr $len (local.get $a)))
  (if (i32.lt_u (local.get $len) (local.get $n)) (then (local.set $n (local.get $len))))
  (if (i32.lt_u (local.get $end) (local.get $n))
    (then (array.fill $Vals (local.get $data) (local.get $end) (global.get $hole)
                      (i32.sub (local.get $n) (local.get $end))))))

;; ---- the ordering: V8's TimSort (a port of CPython's listsort), call for call
;;
;; Node's sort is observable through the comparator: which pairs it is asked about,
;; in which order, and (for a comparator that is not a consistent order) the result.
;; So the algorithm and every comparison below follow V8's array-sort.tq.
;;
;; Runs. The array is scanned left to right for runs: a longest non-descending
;; stretch, or a longest strictly descending one, which is reversed in place (strict,
;; so reversing keeps equal elements in order). A run shorter than `minrun` is
;; extended to minrun elements by binary insertion. minrun is n itself below 64
;; (the array is then one run plus binary insertion of the rest), else a number in
;; 32..64 that makes n / minrun just below a power of two.
;;
;; The run stack. Runs wait on a stack of (base, length) pairs, adjacent in the
;; array. After each push, neighbours are merged until, reading down from the top,
;; each length is greater than the one above it and greater than the sum of the two
;; above it: lengths then grow at least as fast as Fibonacci numbers, so the stack
;; is shallow (85 slots are plenty) and merges pair runs of similar sizes. What is
;; left at the end is merged down to one run.
;;
;; A merge of runs A (left) and B (right) first skips the head of A that is already
;; below B's first element and the tail of B already above A's last, then copies
;; the shorter of the remainders to a temp array and merges from the left (merge_lo,
;; A shorter) or from the right (merge_hi). It compares one pair at a time until one
;; side wins `min_gallop` times in a row; then it gallops: it finds where the other
;; side's next element belongs with an exponential search (1, 3, 7, 15, ... away)
;; refined by a binary search, and moves that whole stretch at once. It keeps
;; galloping while a stretch is at least 7 long. min_gallop starts at 7, drops by
;; one for each galloping round and rises when galloping stops, and carries over
;; from merge to merge; it is threaded through the functions as a value.

;; where key goes in arr[base, base + len), left of any equal element: the offset k
;; with arr[base + k - 1] < key <= arr[base + k], searching out from hint
(func $ts_gallop_left (param $cmp anyref) (param $key anyref) (param $arr (ref $Vals))
                      (param $base i32) (param $len i32) (param $hint i32) (result i32)
  (local $last i32) (local $ofs i32) (local $max i32) (local $t i32) (local $m i32)
  (local.set $ofs (i32.const 1))
  (if (i32.lt_s (call $sort_cmp (local.get $cmp)
                      (array.get $Vals (local.get $arr) (i32.add (local.get $base) (local.get $hint)))
                      (local.get $key))
                (i32.const 0))
    (then
      ;; arr[hint] < key: step right until arr[hint + last] < key <= arr[hint + ofs]
      (local.set $max (i32.sub (local.get $len) (local.get $hint)))
      (block $found (loop $step
        (br_if $found (i32.ge_s (local.get $ofs) (local.get $max)))
        (br_if $found (i32.ge_s (call $sort_cmp (local.get $cmp)
                                      (array.get $Vals (local.get $arr)
                                                 (i32.add (i32.add (local.get $base) (local.get $hint)) (local.get $ofs)))
                                      (local.get $key))
                                (i32.const 0)))
        (local.set $last (local.get $ofs))
        (local.set $ofs (i32.add (i32.shl (local.get $ofs) (i32.const 1)) (i32.const 1)))
        (if (i32.le_s (local.get $ofs) (i32.const 0)) (then (local.set $ofs (local.get $max))))
        (br $step)))
      (if (i32.gt_s (local.get $ofs) (local.get $max)) (then (local.set $ofs (local.get $max))))
      (local.set $last (i32.add (local.get $last) (local.get $hint)))
      (local.set $ofs (i32.add (local.get $ofs) (local.get $hint))))
    (else
      ;; key <= arr[hint]: step left until arr[hint - ofs] < key <= arr[hint - last]
      (local.set $max (i32.add (local.get $hint) (i32.const 1)))
      (block $found (loop $step
        (br_if $found (i32.ge_s (local.get $ofs) (local.get $max)))
        (br_if $found (i32.lt_s (call $sort_cmp (local.get $cmp)
                                      (array.get $Vals (local.get $arr)
                                                 (i32.sub (i32.add (local.get $base) (local.get $hint)) (local.get $ofs)))
                                      (local.get $key))
                                (i32.const 0)))
        (local.set $last (local.get $ofs))
        (local.set $ofs (i32.add (i32.shl (local.get $ofs) (i32.const 1)) (i32.const 1)))
        (if (i32.le_s (local.get $ofs) (i32.const 0)) (then (local.set $ofs (local.get $max))))
        (br $step)))
      (if (i32.gt_s (local.get $ofs) (local.get $max)) (then (local.set $ofs (local.get $max))))
      (local.set $t (local.get $last))
      (local.set $last (i32.sub (local.get $hint) (local.get $ofs)))
      (local.set $ofs (i32.sub (local.get $hint) (local.get $t)))))
  ;; binary search in (last, ofs]: arr[last] < key <= arr[ofs]
  (local.set $last (i32.add (local.get $last) (i32.const 1)))
  (block $done (loop $bin
    (br_if $done (i32.ge_s (local.get $last) (local.get $ofs)))
    (local.set $m (i32.add (local.get $last) (i32.shr_s (i32.sub (local.get $ofs) (local.get $last)) (i32.const 1))))
    (if (i32.lt_s (call $sort_cmp (local.get $cmp)
                        (array.get $Vals (local.get $arr) (i32.add (local.get $base) (local.get $m)))
                        (local.get $key))
                  (i32.const 0))
      (then (local.set $last (i32.add (local.get $m) (i32.const 1))))
      (else (local.set $ofs (local.get $m))))
    (br $bin)))
  (local.get $ofs))

;; the same, right of any equal element: arr[base + k - 1] <= key < arr[base + k];
;; here the key is the comparator's first argument
(func $ts_gallop_right (param $cmp anyref) (param $key anyref) (param $arr (ref $Vals))
                       (param $base i32) (param $len i32) (param $hint i32) (result i32)
  (local $last i32) (local $ofs i32) (local $max i32) (local $t i32) (local $m i32)
  (local.set $ofs (i32.const 1))
  (if (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $key)
                      (array.get $Vals (local.get $arr) (i32.add (local.get $base) (local.get $hint))))
                (i32.const 0))
    (then
      ;; key < arr[hint]: step left until arr[hint - ofs] <= key < arr[hint - last]
      (local.set $max (i32.add (local.get $hint) (i32.const 1)))
      (block $found (loop $step
        (br_if $found (i32.ge_s (local.get $ofs) (local.get $max)))
        (br_if $found (i32.ge_s (call $sort_cmp (local.get $cmp) (local.get $key)
                                      (array.get $Vals (local.get $arr)
                                                 (i32.sub (i32.add (local.get $base) (local.get $hint)) (local.get $ofs))))
                                (i32.const 0)))
        (local.set $last (local.get $ofs))
        (local.set $ofs (i32.add (i32.shl (local.get $ofs) (i32.const 1)) (i32.const 1)))
        (if (i32.le_s (local.get $ofs) (i32.const 0)) (then (local.set $ofs (local.get $max))))
        (br $step)))
      (if (i32.gt_s (local.get $ofs) (local.get $max)) (then (local.set $ofs (local.get $max))))
      (local.set $t (local.get $last))
      (local.set $last (i32.sub (local.get $hint) (local.get $ofs)))
      (local.set $ofs (i32.sub (local.get $hint) (local.get $t))))
    (else
      ;; arr[hint] <= key: step right until arr[hint + last] <= key < arr[hint + ofs]
      (local.set $max (i32.sub (local.get $len) (local.get $hint)))
      (block $found (loop $step
        (br_if $found (i32.ge_s (local.get $ofs) (local.get $max)))
        (br_if $found (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $key)
                                      (array.get $Vals (local.get $arr)
                                                 (i32.add (i32.add (local.get $base) (local.get $hint)) (local.get $ofs))))
                                (i32.const 0)))
        (local.set $last (local.get $ofs))
        (local.set $ofs (i32.add (i32.shl (local.get $ofs) (i32.const 1)) (i32.const 1)))
        (if (i32.le_s (local.get $ofs) (i32.const 0)) (then (local.set $ofs (local.get $max))))
        (br $step)))
      (if (i32.gt_s (local.get $ofs) (local.get $max)) (then (local.set $ofs (local.get $max))))
      (local.set $last (i32.add (local.get $last) (local.get $hint)))
      (local.set $ofs (i32.add (local.get $ofs) (local.get $hint)))))
  ;; binary search in (last, ofs]: arr[last] <= key < arr[ofs]
  (local.set $last (i32.add (local.get $last) (i32.const 1)))
  (block $done (loop $bin
    (br_if $done (i32.ge_s (local.get $last) (local.get $ofs)))
    (local.set $m (i32.add (local.get $last) (i32.shr_s (i32.sub (local.get $ofs) (local.get $last)) (i32.const 1))))
    (if (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $key)
                        (array.get $Vals (local.get $arr) (i32.add (local.get $base) (local.get $m))))
                  (i32.const 0))
      (then (local.set $ofs (local.get $m)))
      (else (local.set $last (i32.add (local.get $m) (i32.const 1)))))
    (br $bin)))
  (local.get $ofs))

;; sort data[low, high) by binary insertion, given that data[low, start) is sorted;
;; an element goes after the elements equal to it
(func $ts_binary_insertion (param $cmp anyref) (param $data (ref $Vals)) (param $low i32) (param $start i32) (param $high i32)
  (local $left i32) (local $right i32) (local $mid i32) (local $pivot anyref)
  (if (i32.eq (local.get $start) (local.get $low)) (then (local.set $start (i32.add (local.get $start) (i32.const 1)))))
  (block $done (loop $each
    (br_if $done (i32.ge_s (local.get $start) (local.get $high)))
    (local.set $pivot (array.get $Vals (local.get $data) (local.get $start)))
    (local.set $left (local.get $low))
    (local.set $right (local.get $start))
    (block $found (loop $bin
      (br_if $found (i32.ge_s (local.get $left) (local.get $right)))
      (local.set $mid (i32.add (local.get $left) (i32.shr_s (i32.sub (local.get $right) (local.get $left)) (i32.const 1))))
      (if (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $pivot) (array.get $Vals (local.get $data) (local.get $mid)))
                    (i32.const 0))
        (then (local.set $right (local.get $mid)))
        (else (local.set $left (i32.add (local.get $mid) (i32.const 1)))))
      (br $bin)))
    (if (i32.gt_s (local.get $start) (local.get $left))
      (then (array.copy $Vals $Vals (local.get $data) (i32.add (local.get $left) (i32.const 1))
                        (local.get $data) (local.get $left) (i32.sub (local.get $start) (local.get $left)))))
    (array.set $Vals (local.get $data) (local.get $left) (local.get $pivot))
    (local.set $start (i32.add (local.get $start) (i32.const 1)))
    (br $each))))

;; the length of the run at data[low, high) (low < high), reversed if descending
(func $ts_count_run (param $cmp anyref) (param $data (ref $Vals)) (param $low i32) (param $high i32) (result i32)
  (local $n i32) (local $desc i32) (local $i i32) (local $j i32) (local $prev anyref) (local $cur anyref)
  (if (i32.eq (i32.add (local.get $low) (i32.const 1)) (local.get $high)) (then (return (i32.const 1))))
  (local.set $n (i32.const 2))
  (local.set $prev (array.get $Vals (local.get $data) (i32.add (local.get $low) (i32.const 1))))
  (local.set $desc (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $prev)
                                   (array.get $Vals (local.get $data) (local.get $low)))
                             (i32.const 0)))
  (local.set $i (i32.add (local.get $low) (i32.const 2)))
  (block $end (loop $l
    (br_if $end (i32.ge_s (local.get $i) (local.get $high)))
    (local.set $cur (array.get $Vals (local.get $data) (local.get $i)))
    ;; a descending run ends at the first cur >= prev, an ascending one at cur < prev
    (br_if $end (i32.eq (i32.lt_s (call $sort_cmp (local.get $cmp) (local.get $cur) (local.get $prev)) (i32.const 0))
                        (i32.eqz (local.get $desc))))
    (local.set $prev (local.get $cur))
    (local.set $n (i32.add (local.get $n) (i32.const 1)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (local.get $desc)
    (then (local.set $i (local.get $low))
          (local.set $j (i32.sub (i32.add (local.get $low) (local.get $n)) (i32.const 1)))
          (block $rd (loop $rev
            (br_if $rd (i32.ge_s (local.get $i) (local.get $j)))
            (local.set $cur (array.get $Vals (local.get $data) (local.get $i)))
            (array.set $Vals (local.get $data) (local.get $i) (array.get $Vals (local.get $data) (local.get $j)))
            (array.set $Vals (local.get $data) (local.get $j) (local.get $cur))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $rev)))))
  (local.get $n))

;; merge the runs data[ba, ba + na) and data[bb, bb + nb) (bb = ba + na, na <= nb),
;; where data[bb] < data[ba] and data[ba + na - 1] belongs last: A is copied to tmp and
;; the merge fills data from the left. Returns the new min_gallop.
(func $ts_merge_lo (param $cmp anyref) (param $data (ref $Vals)) (param $tmp (ref $Vals))
                   (param $ba i32) (param $na i32) (param $bb i32) (param $nb i32) (param $mg i32) (result i32)
  (local $dest i32) (local $ct i32) (local $cb i32) (local $wa i32) (local $wb i32)
  (array.copy $Vals $Vals (local.get $tmp) (i32.const 0) (local.get $data) (local.get $ba) (local.get $na))
  (local.set $dest (local.get $ba))
  (local.set $cb (local.get $bb))
  (block $copy_b
    (block $succeed
      (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $cb)))
      (local.set $dest (i32.add (local.get $dest) (i32.const 1)))
      (local.set $cb (i32.add (local.get $cb) (i32.const 1)))
      (local.set $nb (i32.sub (local.get $nb) (i32.const 1)))
      (br_if $succeed (i32.eqz (local.get $nb)))
      (br_if $copy_b (i32.eq (local.get $na) (i32.const 1)))
      (loop $outer
        ;; one pair at a time, until a side wins min_gallop times in a row
        (local.set $wa (i32.const 0))
        (local.set $wb (i32.const 0))
        (block $to_gallop (loop $one
          (if (i32.lt_s (call $sort_cmp (local.get $cmp) (array.get $Vals (local.get $data) (local.get $cb))
                              (array.get $Vals (local.get $tmp) (local.get $ct)))
                        (i32.const 0))
            (then
              (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $cb)))
              (local.set $dest (i32.add (local.get $dest) (i32.const 1)))
              (local.set $cb (i32.add (local.get $cb) (i32.const 1)))
              (local.set $wb (i32.add (local.get $wb) (i32.const 1)))
              (local.set $wa (i32.const 0))
              (local.set $nb (i32.sub (local.get $nb) (i32.const 1)))
              (br_if $succeed (i32.eqz (local.get $nb)))
              (br_if $to_gallop (i32.ge_s (local.get $wb) (local.get $mg))))
            (else
              (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $tmp) (local.get $ct)))
              (local.set $dest (i32.add (local.get $dest) (i32.const 1)))
              (local.set $ct (i32.add (local.get $ct) (i32.const 1)))
              (local.set $wa (i32.add (local.get $wa) (i32.const 1)))
              (local.set $wb (i32.const 0))
              (local.set $na (i32.sub (local.get $na) (i32.const 1)))
              (br_if $copy_b (i32.eq (local.get $na) (i32.const 1)))
              (br_if $to_gallop (i32.ge_s (local.get $wa) (local.get $mg)))))
          (br $one)))
        ;; galloping, at least one round
        (local.set $mg (i32.add (local.get $mg) (i32.const 1)))
        (loop $gallop
          (local.set $mg (i32.sub (local.get $mg) (i32.const 1)))
          (if (i32.lt_s (local.get $mg) (i32.const 1)) (then (local.set $mg (i32.const 1))))
          (local.set $wa (call $ts_gallop_right (local.get $cmp) (array.get $Vals (local.get $data) (local.get $cb))
                               (local.get $tmp) (local.get $ct) (local.get $na) (i32.const 0)))
          (if (i32.gt_s (local.get $wa) (i32.const 0))
            (then
              (array.copy $Vals $Vals (local.get $data) (local.get $dest) (local.get $tmp) (local.get $ct) (local.get $wa))
              (local.set $dest (i32.add (local.get $dest) (local.get $wa)))
              (local.set $ct (i32.add (local.get $ct) (local.get $wa)))
              (local.set $na (i32.sub (local.get $na) (local.get $wa)))
              (br_if $copy_b (i32.eq (local.get $na) (i32.const 1)))
              ;; only an inconsistent comparator empties A here
              (br_if $succeed (i32.eqz (local.get $na)))))
          (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $cb)))
          (local.set $dest (i32.add (local.get $dest) (i32.const 1)))
          (local.set $cb (i32.add (local.get $cb) (i32.const 1)))
          (local.set $nb (i32.sub (local.get $nb) (i32.const 1)))
          (br_if $succeed (i32.eqz (local.get $nb)))
          (local.set $wb (call $ts_gallop_left (local.get $cmp) (array.get $Vals (local.get $tmp) (local.get $ct))
                               (local.get $data) (local.get $cb) (local.get $nb) (i32.const 0)))
          (if (i32.gt_s (local.get $wb) (i32.const 0))
            (then
              (array.copy $Vals $Vals (local.get $data) (local.get $dest) (local.get $data) (local.get $cb) (local.get $wb))
              (local.set $dest (i32.add (local.get $dest) (local.get $wb)))
              (local.set $cb (i32.add (local.get $cb) (local.get $wb)))
              (local.set $nb (i32.sub (local.get $nb) (local.get $wb)))
              (br_if $succeed (i32.eqz (local.get $nb)))))
          (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $tmp) (local.get $ct)))
          (local.set $dest (i32.add (local.get $dest) (i32.const 1)))
          (local.set $ct (i32.add (local.get $ct) (i32.const 1)))
          (local.set $na (i32.sub (local.get $na) (i32.const 1)))
          (br_if $copy_b (i32.eq (local.get $na) (i32.const 1)))
          (br_if $gallop (i32.or (i32.ge_s (local.get $wa) (i32.const 7)) (i32.ge_s (local.get $wb) (i32.const 7)))))
        ;; leaving galloping costs a point
        (local.set $mg (i32.add (local.get $mg) (i32.const 1)))
        (br $outer)))
    ;; B is used up: the rest of A goes at the end
    (if (i32.gt_s (local.get $na) (i32.const 0))
      (then (array.copy $Vals $Vals (local.get $data) (local.get $dest) (local.get $tmp) (local.get $ct) (local.get $na))))
    (return (local.get $mg)))
  ;; one element of A left, which belongs after the rest of B
  (array.copy $Vals $Vals (local.get $data) (local.get $dest) (local.get $data) (local.get $cb) (local.get $nb))
  (array.set $Vals (local.get $data) (i32.add (local.get $dest) (local.get $nb)) (array.get $Vals (local.get $tmp) (local.get $ct)))
  (local.get $mg))

;; the mirror image (na >= nb): B is copied to tmp and the merge fills data from the
;; right. Returns the new min_gallop.
(func $ts_merge_hi (param $cmp anyref) (param $data (ref $Vals)) (param $tmp (ref $Vals))
                   (param $ba i32) (param $na i32) (param $bb i32) (param $nb i32) (param $mg i32) (result i32)
  (local $dest i32) (local $ct i32) (local $ca i32) (local $wa i32) (local $wb i32) (local $k i32)
  (array.copy $Vals $Vals (local.get $tmp) (i32.const 0) (local.get $data) (local.get $bb) (local.get $nb))
  (local.set $dest (i32.sub (i32.add (local.get $bb) (local.get $nb)) (i32.const 1)))
  (local.set $ct (i32.sub (local.get $nb) (i32.const 1)))
  (local.set $ca (i32.sub (i32.add (local.get $ba) (local.get $na)) (i32.const 1)))
  (block $copy_a
    (block $succeed
      (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $ca)))
      (local.set $dest (i32.sub (local.get $dest) (i32.const 1)))
      (local.set $ca (i32.sub (local.get $ca) (i32.const 1)))
      (local.set $na (i32.sub (local.get $na) (i32.const 1)))
      (br_if $succeed (i32.eqz (local.get $na)))
      (br_if $copy_a (i32.eq (local.get $nb) (i32.const 1)))
      (loop $outer
        (local.set $wa (i32.const 0))
        (local.set $wb (i32.const 0))
        (block $to_gallop (loop $one
          (if (i32.lt_s (call $sort_cmp (local.get $cmp) (array.get $Vals (local.get $tmp) (local.get $ct))
                              (array.get $Vals (local.get $data) (local.get $ca)))
                        (i32.const 0))
            (then
              (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $ca)))
              (local.set $dest (i32.sub (local.get $dest) (i32.const 1)))
              (local.set $ca (i32.sub (local.get $ca) (i32.const 1)))
              (local.set $wa (i32.add (local.get $wa) (i32.const 1)))
              (local.set $wb (i32.const 0))
              (local.set $na (i32.sub (local.get $na) (i32.const 1)))
              (br_if $succeed (i32.eqz (local.get $na)))
              (br_if $to_gallop (i32.ge_s (local.get $wa) (local.get $mg))))
            (else
              (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $tmp) (local.get $ct)))
              (local.set $dest (i32.sub (local.get $dest) (i32.const 1)))
              (local.set $ct (i32.sub (local.get $ct) (i32.const 1)))
              (local.set $wb (i32.add (local.get $wb) (i32.const 1)))
              (local.set $wa (i32.const 0))
              (local.set $nb (i32.sub (local.get $nb) (i32.const 1)))
              (br_if $copy_a (i32.eq (local.get $nb) (i32.const 1)))
              (br_if $to_gallop (i32.ge_s (local.get $wb) (local.get $mg)))))
          (br $one)))
        (local.set $mg (i32.add (local.get $mg) (i32.const 1)))
        (loop $gallop
          (local.set $mg (i32.sub (local.get $mg) (i32.const 1)))
          (if (i32.lt_s (local.get $mg) (i32.const 1)) (then (local.set $mg (i32.const 1))))
          (local.set $k (call $ts_gallop_right (local.get $cmp) (array.get $Vals (local.get $tmp) (local.get $ct))
                              (local.get $data) (local.get $ba) (local.get $na) (i32.sub (local.get $na) (i32.const 1))))
          (local.set $wa (i32.sub (local.get $na) (local.get $k)))
          (if (i32.gt_s (local.get $wa) (i32.const 0))
            (then
              (local.set $dest (i32.sub (local.get $dest) (local.get $wa)))
              (local.set $ca (i32.sub (local.get $ca) (local.get $wa)))
              (array.copy $Vals $Vals (local.get $data) (i32.add (local.get $dest) (i32.const 1))
                          (local.get $data) (i32.add (local.get $ca) (i32.const 1)) (local.get $wa))
              (local.set $na (i32.sub (local.get $na) (local.get $wa)))
              (br_if $succeed (i32.eqz (local.get $na)))))
          (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $tmp) (local.get $ct)))
          (local.set $dest (i32.sub (local.get $dest) (i32.const 1)))
          (local.set $ct (i32.sub (local.get $ct) (i32.const 1)))
          (local.set $nb (i32.sub (local.get $nb) (i32.const 1)))
          (br_if $copy_a (i32.eq (local.get $nb) (i32.const 1)))
          (local.set $k (call $ts_gallop_left (local.get $cmp) (array.get $Vals (local.get $data) (local.get $ca))
                              (local.get $tmp) (i32.const 0) (local.get $nb) (i32.sub (local.get $nb) (i32.const 1))))
          (local.set $wb (i32.sub (local.get $nb) (local.get $k)))
          (if (i32.gt_s (local.get $wb) (i32.const 0))
            (then
              (local.set $dest (i32.sub (local.get $dest) (local.get $wb)))
              (local.set $ct (i32.sub (local.get $ct) (local.get $wb)))
              (array.copy $Vals $Vals (local.get $data) (i32.add (local.get $dest) (i32.const 1))
                          (local.get $tmp) (i32.add (local.get $ct) (i32.const 1)) (local.get $wb))
              (local.set $nb (i32.sub (local.get $nb) (local.get $wb)))
              (br_if $copy_a (i32.eq (local.get $nb) (i32.const 1)))
              ;; only an inconsistent comparator empties B here
              (br_if $succeed (i32.eqz (local.get $nb)))))
          (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $data) (local.get $ca)))
          (local.set $dest (i32.sub (local.get $dest) (i32.const 1)))
          (local.set $ca (i32.sub (local.get $ca) (i32.const 1)))
          (local.set $na (i32.sub (local.get $na) (i32.const 1)))
          (br_if $succeed (i32.eqz (local.get $na)))
          (br_if $gallop (i32.or (i32.ge_s (local.get $wa) (i32.const 7)) (i32.ge_s (local.get $wb) (i32.const 7)))))
        (local.set $mg (i32.add (local.get $mg) (i32.const 1)))
        (br $outer)))
    ;; A is used up: the rest of B goes at the front
    (if (i32.gt_s (local.get $nb) (i32.const 0))
      (then (array.copy $Vals $Vals (local.get $data) (i32.sub (local.get $dest) (i32.sub (local.get $nb) (i32.const 1)))
                        (local.get $tmp) (i32.const 0) (local.get $nb))))
    (return (local.get $mg)))
  ;; one element of B left, which belongs before the rest of A
  (local.set $dest (i32.sub (local.get $dest) (local.get $na)))
  (local.set $ca (i32.sub (local.get $ca) (local.get $na)))
  (array.copy $Vals $Vals (local.get $data) (i32.add (local.get $dest) (i32.const 1))
              (local.get $data) (i32.add (local.get $ca) (i32.const 1)) (local.get $na))
  (array.set $Vals (local.get $data) (local.get $dest) (array.get $Vals (local.get $tmp) (local.get $ct)))
  (local.get $mg))

;; the run stack: run i's base at slot 2i and length at 2i + 1, as i31 values
(func $ts_get (param $runs (ref $Vals)) (param $i i32) (result i32)
  (i31.get_s (ref.cast (ref i31) (array.get $Vals (local.get $runs) (local.get $i)))))

(func $ts_set (param $runs (ref $Vals)) (param $i i32) (param $v i32)
  (array.set $Vals (local.get $runs) (local.get $i) (ref.i31 (local.get $v))))

;; merge runs i and i + 1 of the `count` on the stack (i is the second or third from
;; the top); the caller drops the top slot. Returns the new min_gallop.
(func $ts_merge_at (param $cmp anyref) (param $data (ref $Vals)) (param $tmp (ref $Vals)) (param $runs (ref $Vals))
                   (param $count i32) (param $i i32) (param $mg i32) (result i32)
  (local $ba i32) (local $na i32) (local $bb i32) (local $nb i32) (local $k i32) (local $s i32)
  (local.set $s (i32.shl (local.get $i) (i32.const 1)))
  (local.set $ba (call $ts_get (local.get $runs) (local.get $s)))
  (local.set $na (call $ts_get (local.get $runs) (i32.add (local.get $s) (i32.const 1))))
  (local.set $bb (call $ts_get (local.get $runs) (i32.add (local.get $s) (i32.const 2))))
  (local.set $nb (call $ts_get (local.get $runs) (i32.add (local.get $s) (i32.const 3))))
  (call $ts_set (local.get $runs) (i32.add (local.get $s) (i32.const 1)) (i32.add (local.get $na) (local.get $nb)))
  (if (i32.eq (local.get $i) (i32.sub (local.get $count) (i32.const 3)))
    (then (call $ts_set (local.get $runs) (i32.add (local.get $s) (i32.const 2))
                (call $ts_get (local.get $runs) (i32.add (local.get $s) (i32.const 4))))
          (call $ts_set (local.get $runs) (i32.add (local.get $s) (i32.const 3))
                (call $ts_get (local.get $runs) (i32.add (local.get $s) (i32.const 5))))))
  ;; the head of A below B's first element stays where it is
  (local.set $k (call $ts_gallop_right (local.get $cmp) (array.get $Vals (local.get $data) (local.get $bb))
                      (local.get $data) (local.get $ba) (local.get $na) (i32.const 0)))
  (local.set $ba (i32.add (local.get $ba) (local.get $k)))
  (local.set $na (i32.sub (local.get $na) (local.get $k)))
  (if (i32.eqz (local.get $na)) (then (return (local.get $mg))))
  ;; so does the tail of B above A's last element
  (local.set $nb (call $ts_gallop_left (local.get $cmp)
                       (array.get $Vals (local.get $data) (i32.sub (i32.add (local.get $ba) (local.get $na)) (i32.const 1)))
                       (local.get $data) (local.get $bb) (local.get $nb) (i32.sub (local.get $nb) (i32.const 1))))
  (if (i32.eqz (local.get $nb)) (then (return (local.get $mg))))
  (if (result i32) (i32.le_s (local.get $na) (local.get $nb))
    (then (call $ts_merge_lo (local.get $cmp) (local.get $data) (local.get $tmp)
                (local.get $ba) (local.get $na) (local.get $bb) (local.get $nb) (local.get $mg)))
    (else (call $ts_merge_hi (local.get $cmp) (local.get $data) (local.get $tmp)
                (local.get $ba) (local.get $na) (local.get $bb) (local.get $nb) (local.get $mg)))))

;; sort data[0, n)
(func $ts_sort (param $cmp anyref) (param $data (ref $Vals)) (param $n i32)
  (local $minrun i32) (local $r i32) (local $low i32) (local $left i32) (local $run i32)
  (local $runs (ref $Vals)) (local $tmp (ref $Vals)) (local $count i32) (local $i i32) (local $mg i32)
  (if (i32.lt_s (local.get $n) (i32.const 2)) (then (return)))
  (local.set $minrun (local.get $n))
  (block $d (loop $l
    (br_if $d (i32.lt_s (local.get $minrun) (i32.const 64)))
    (local.set $r (i32.or (local.get $r) (i32.and (local.get $minrun) (i32.const 1))))
    (local.set $minrun (i32.shr_s (local.get $minrun) (i32.const 1)))
    (br $l)))
  (local.set $minrun (i32.add (local.get $minrun) (local.get $r)))
  (local.set $runs (array.new_default $Vals (i32.const 170)))
  ;; a merge copies the shorter run, at most n / 2 long (no merges below 64)
  (local.set $tmp (array.new_default $Vals (select (i32.shr_u (local.get $n) (i32.const 1)) (i32.const 0)
                                                   (i32.ge_s (local.get $n) (i32.const 64)))))
  (local.set $mg (i32.const 7))
  (local.set $left (local.get $n))
  (block $scanned (loop $scan
    (br_if $scanned (i32.eqz (local.get $left)))
    (local.set $run (call $ts_count_run (local.get $cmp) (local.get $data) (local.get $low)
                          (i32.add (local.get $low) (local.get $left))))
    (if (i32.lt_s (local.get $run) (local.get $minrun))
      (then (local.set $r (select (local.get $minrun) (local.get $left) (i32.lt_s (local.get $minrun) (local.get $left))))
            (call $ts_binary_insertion (local.get $cmp) (local.get $data) (local.get $low)
                  (i32.add (local.get $low) (local.get $run)) (i32.add (local.get $low) (local.get $r)))
            (local.set $run (local.get $r))))
    (call $ts_set (local.get $runs) (i32.shl (local.get $count) (i32.const 1)) (local.get $low))
    (call $ts_set (local.get $runs) (i32.add (i32.shl (local.get $count) (i32.const 1)) (i32.const 1)) (local.get $run))
    (local.set $count (i32.add (local.get $count) (i32.const 1)))
    ;; restore the stack invariants (i is the second run from the top)
    (block $ok (loop $collapse
      (br_if $ok (i32.lt_s (local.get $count) (i32.const 2)))
      (local.set $i (i32.sub (local.get $count) (i32.const 2)))
      (if (i32.or
            (if (result i32) (i32.gt_s (local.get $i) (i32.const 0))
              (then (i32.le_s (call $ts_len (local.get $runs) (i32.sub (local.get $i) (i32.const 1)))
                              (i32.add (call $ts_len (local.get $runs) (local.get $i))
                                       (call $ts_len (local.get $runs) (i32.add (local.get $i) (i32.const 1))))))
              (else (i32.const 0)))
            (if (result i32) (i32.gt_s (local.get $i) (i32.const 1))
              (then (i32.le_s (call $ts_len (local.get $runs) (i32.sub (local.get $i) (i32.const 2)))
                              (i32.add (call $ts_len (local.get $runs) (i32.sub (local.get $i) (i32.const 1)))
                                       (call $ts_len (local.get $runs) (local.get $i)))))
              (else (i32.const 0))))
        (then (if (i32.lt_s (call $ts_len (local.get $runs) (i32.sub (local.get $i) (i32.const 1)))
                            (call $ts_len (local.get $runs) (i32.add (local.get $i) (i32.const 1))))
                (then (local.set $i (i32.sub (local.get $i) (i32.const 1))))))
        (else (br_if $ok (i32.gt_s (call $ts_len (local.get $runs) (local.get $i))
                                   (call $ts_len (local.get $runs) (i32.add (local.get $i) (i32.const 1)))))))
      (local.set $mg (call $ts_merge_at (local.get $cmp) (local.get $data) (local.get $tmp) (local.get $runs)
                           (local.get $count) (local.get $i) (local.get $mg)))
      (local.set $count (i32.sub (local.get $count) (i32.const 1)))
      (br $collapse)))
    (local.set $low (i32.add (local.get $low) (local.get $run)))
    (local.set $left (i32.sub (local.get $left) (local.get $run)))
    (br $scan)))
  ;; merge what is left, the smaller neighbour of the top run first
  (block $one (loop $force
    (br_if $one (i32.lt_s (local.get $count) (i32.const 2)))
    (local.set $i (i32.sub (local.get $count) (i32.const 2)))
    (if (i32.gt_s (local.get $i) (i32.const 0))
      (then (if (i32.lt_s (call $ts_len (local.get $runs) (i32.sub (local.get $i) (i32.const 1)))
                          (call $ts_len (local.get $runs) (i32.add (local.get $i) (i32.const 1))))
              (then (local.set $i (i32.sub (local.get $i) (i32.const 1)))))))
    (local.set $mg (call $ts_merge_at (local.get $cmp) (local.get $data) (local.get $tmp) (local.get $runs)
                         (local.get $count) (local.get $i) (local.get $mg)))
    (local.set $count (i32.sub (local.get $count) (i32.const 1)))
    (br $force))))

;; the length of run i
(func $ts_len (param $runs (ref $Vals)) (param $i i32) (result i32)
  (call $ts_get (local.get $runs) (i32.add (i32.shl (local.get $i) (i32.const 1)) (i32.const 1))))

;; > 0 when a must come after b
(func $sort_cmp (param $cmp anyref) (param $a anyref) (param $b anyref) (result i32)
  (local $x f64)
  (if (ref.is_null (local.get $cmp))
    (then (return (call $str_cmp (call $tostr (local.get $a)) (call $tostr (local.get $b))))))
  (if (ref.test (ref i31) (local.get $cmp))   ;; a typed array's numeric order
    (then (return (call $ta_num_cmp (local.get $a) (local.get $b)))))
  (local.set $x (call $tonum (call $call_value (local.get $cmp) (ref.null any) (i32.const 2)
                                   (local.get $a) (local.get $b) (ref.null any) (ref.null $Vals))))
  (if (f64.gt (local.get $x) (f64.const 0)) (then (return (i32.const 1))))
  (if (f64.lt (local.get $x) (f64.const 0)) (then (return (i32.const -1))))
  (i32.const 0))

;; ------------------------------------------------------------------ calls
(func $call_value (param $f anyref) (param $this anyref) (param $argc i32)
                  (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals))
                  (result anyref)
  (local $fn (ref $Fn)) (local $c (ref null $Class))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f)))
    (then (throw $exn (call $not_a_function))))
  (local.set $fn (ref.cast (ref $Fn) (local.get $f)))
  ;; a class's function value runs its constructor, which only `new` may do (the
  ;; built-in constructors' shared code takes calls)
  (local.set $c (struct.get $Fn $cls (local.get $fn)))
  (if (i32.and (i32.eqz (ref.is_null (local.get $c)))
               (i32.ne (struct.get $Fn $code (local.get $fn)) (global.get $code_builtin_ctor)))
    (then (call $class_called (local.get $fn) (ref.as_non_null (local.get $c))) (return (ref.null any))))
  ;; the table call itself, not $construct_call's: one frame less on every call of a value
  (call_indirect $codes (type $Code) (local.get $fn) (local.get $this) (local.get $argc)
                 (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)
                 (struct.get $Fn $code (local.get $fn))))

;; A class called without `new`: node's TypeError. A constructor function the build
;; made a class (analysis/constructor_functions.py) runs as a function in node: one
;; that does nothing returns (undefined); any other stops the run.
(func $class_called (param $fn (ref $Fn)) (param $c (ref $Class))
  (if (i32.and (struct.get $Class $flags (local.get $c)) (i32.const 4)) (then (return)))
  (if (i32.and (struct.get $Class $flags (local.get $c)) (i32.const 1))
    (then (call $fail_named (i32.const 28) (struct.get $Fn $name (local.get $fn))) (unreachable)))
  (throw $exn (call $make_error (global.get $cls_TypeError) (call $class_call_message (local.get $fn)))))

;; f's code with `this` given: a class's constructor on an object `new` or `super`
;; made, or any other function
(func $construct_call (param $fn (ref $Fn)) (param $this anyref) (param $argc i32)
                      (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals))
                      (result anyref)
  (call_indirect $codes (type $Code) (local.get $fn) (local.get $this) (local.get $argc)
                  (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)
                  (struct.get $Fn $code (local.get $fn))))

(func $class_call_message (param $fn (ref $Fn)) (result (ref $Str))
  (if (i32.eqz (array.len (struct.get $Fn $name (local.get $fn))))
    (then (return (global.get $s_class_calls))))
  (call $concat (call $concat (global.get $s_class_call) (struct.get $Fn $name (local.get $fn)))
                (global.get $s_without_new)))

;; argument i of a call (i >= 3 reads the overflow array)
(func $arg_rest (param $rest (ref null $Vals)) (param $i i32) (result anyref)
  (if (ref.is_null (local.get $rest)) (then (return (ref.null any))))
  (if (i32.ge_u (local.get $i) (array.len (ref.as_non_null (local.get $rest)))) (then (return (ref.null any))))
  (array.get $Vals (ref.as_non_null (local.get $rest)) (local.get $i)))

;; the rest parameter array: arguments from index `from` on
(func $rest_array (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref)
                  (param $rest (ref null $Vals)) (param $from i32) (result (ref $Arr))
  (local $r (ref $Arr)) (local $i i32)
  (local.set $r (call $arr_new (i32.const 0)))
  (local.set $i (local.get $from))
  (block $done (loop $l
    (br_if $done (i32.ge_s (local.get $i) (local.get $argc)))
    (call $arr_push (local.get $r) (call $arg_n (local.get $i) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $arg_n (param $i i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (i32.eqz (local.get $i)) (then (return (local.get $a0))))
  (if (i32.eq (local.get $i) (i32.const 1)) (then (return (local.get $a1))))
  (if (i32.eq (local.get $i) (i32.const 2)) (then (return (local.get $a2))))
  (call $arg_rest (local.get $rest) (i32.sub (local.get $i) (i32.const 3))))

;; call with arguments in an array (spread calls, apply)
(func $call_spread (param $f anyref) (param $this anyref) (param $args (ref $Arr)) (result anyref)
  (call $call_value (local.get $f) (local.get $this) (call $spread_args (local.get $args))))

;; an argument array as the calling convention's (argc a0 a1 a2 rest)
(func $spread_args (param $args (ref $Arr)) (result i32 anyref anyref anyref (ref null $Vals))
  (local $n i32) (local $rest (ref null $Vals))
  (local.set $n (struct.get $Arr $len (local.get $args)))
  (if (i32.gt_u (local.get $n) (i32.const 3))
    (then (local.set $rest (array.new_default $Vals (i32.sub (local.get $n) (i32.const 3))))
          (array.copy $Vals $Vals (ref.as_non_null (local.get $rest)) (i32.const 0)
                      (struct.get $Arr $data (local.get $args)) (i32.const 3) (i32.sub (local.get $n) (i32.const 3)))))
  (local.get $n)
  (call $arr_get (local.get $args) (i32.const 0)) (call $arr_get (local.get $args) (i32.const 1))
  (call $arr_get (local.get $args) (i32.const 2)) (local.get $rest))

;; ------------------------------------------------------------------ dictionary objects
;; A dictionary object ($MapObj) keeps its own keys in JavaScript's order in
;; $keys/$vals (the first $n slots). Deleting a key that is not the last leaves
;; a hole ($map_hole, counted in $holes) in its slot; the holes are squeezed out
;; ($map_compact) when they are half the slots, and before anything reads the
;; keys in order (Object.keys, for-in, JSON) or inserts an integer-like key (those
;; form a sorted prefix, found by bisection).
;; A small dictionary is searched by a scan. From MAP_INDEXED slots on, a lookup
;; goes through a hash index built on first need: $ix, an open-addressing table
;; (linear probing) of 2 x the capacity of $keys (a power of two, so the load
;; stays at most 1/2), each entry a key's slot + 1, 0 for none. Adding keeps the
;; index; growing $keys or compacting drops it (rebuilt on the next lookup); an
;; integer-like key inserted before others renumbers the slots after it, and a
;; deletion takes its entry out by shifting back the entries after it in their
;; probe run, so the index itself needs no tombstones.
(global $MAP_INDEXED i32 (i32.const 8))
(global $map_hole (ref $Str) (array.new_fixed $Str 1 (i32.const 0)))

;; where key k hashes in index ix
(func $ix_home (param $ix (ref $I32s)) (param $k (ref $Str)) (result i32)
  (i32.and (call $mix (call $str_hash (local.get $k))) (i32.sub (array.len (local.get $ix)) (i32.const 1))))

(func $map_find (param $m (ref $MapObj)) (param $key (ref $Str)) (result i32)
  (local $i i32) (local $n i32) (local $keys (ref $Vals)) (local $k (ref $Str)) (local $len i32)
  (local $ix (ref null $I32s)) (local $mask i32) (local $h i32)
  (local.set $n (struct.get $MapObj $n (local.get $m)))
  (local.set $keys (struct.get $MapObj $keys (local.get $m)))
  (local.set $len (array.len (local.get $key)))
  (if (i32.ge_u (local.get $n) (global.get $MAP_INDEXED))
    (then
      (local.set $ix (struct.get $MapObj $ix (local.get $m)))
      (if (ref.is_null (local.get $ix)) (then (local.set $ix (call $map_index (local.get $m)))))
      (local.set $mask (i32.sub (array.len (local.get $ix)) (i32.const 1)))
      (local.set $h (call $ix_home (ref.as_non_null (local.get $ix)) (local.get $key)))
      (loop $probe
        (local.set $i (array.get $I32s (local.get $ix) (local.get $h)))
        (if (i32.eqz (local.get $i)) (then (return (i32.const -1))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (local.set $k (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $i))))
        (if (ref.eq (local.get $k) (local.get $key)) (then (return (local.get $i))))
        (if (i32.eq (array.len (local.get $k)) (local.get $len))
          (then (if (call $str_eq (local.get $k) (local.get $key)) (then (return (local.get $i))))))
        (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (local.get $mask)))
        (br $probe))
      (unreachable)))
  ;; keys written in the source are one string each: identity settles most probes,
  ;; a length mismatch most of the rest, without a call
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $k (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $i))))
    (if (ref.eq (local.get $k) (local.get $key)) (then (return (local.get $i))))
    (if (i32.eq (array.len (local.get $k)) (local.get $len))
      (then (if (i32.and (call $str_eq (local.get $k) (local.get $key))
                         (i32.eqz (ref.eq (local.get $k) (global.get $map_hole))))
              (then (return (local.get $i))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (i32.const -1))

;; squeeze m's holes out, keeping the order of its keys
(func $map_compact (param $m (ref $MapObj))
  (local $keys (ref $Vals)) (local $vals (ref $Vals)) (local $i i32) (local $j i32) (local $n i32) (local $k anyref)
  (if (i32.eqz (struct.get $MapObj $holes (local.get $m))) (then (return)))
  (local.set $keys (struct.get $MapObj $keys (local.get $m)))
  (local.set $vals (struct.get $MapObj $vals (local.get $m)))
  (local.set $n (struct.get $MapObj $n (local.get $m)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $k (array.get $Vals (local.get $keys) (local.get $i)))
    (if (i32.eqz (ref.eq (ref.cast eqref (local.get $k)) (global.get $map_hole)))
      (then
        (if (i32.ne (local.get $i) (local.get $j))
          (then (array.set $Vals (local.get $keys) (local.get $j) (local.get $k))
                (array.set $Vals (local.get $vals) (local.get $j) (array.get $Vals (local.get $vals) (local.get $i)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (array.fill $Vals (local.get $keys) (local.get $j) (ref.null any) (i32.sub (local.get $n) (local.get $j)))
  (array.fill $Vals (local.get $vals) (local.get $j) (ref.null any) (i32.sub (local.get $n) (local.get $j)))
  (struct.set $MapObj $n (local.get $m) (local.get $j))
  (struct.set $MapObj $holes (local.get $m) (i32.const 0))
  (struct.set $MapObj $ix (local.get $m) (ref.null $I32s)))

;; build m's index from its keys
(func $map_index (param $m (ref $MapObj)) (result (ref $I32s))
  (local $ix (ref $I32s)) (local $i i32) (local $n i32) (local $keys (ref $Vals))
  (local.set $keys (struct.get $MapObj $keys (local.get $m)))
  (local.set $ix (array.new_default $I32s (i32.shl (array.len (local.get $keys)) (i32.const 1))))
  (local.set $n (struct.get $MapObj $n (local.get $m)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $ix_put (local.get $ix) (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $i))) (local.get $i))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (struct.set $MapObj $ix (local.get $m) (local.get $ix))
  (local.get $ix))

;; enter key k, at slot i, into index ix (k is not in it)
(func $ix_put (param $ix (ref $I32s)) (param $k (ref $Str)) (param $i i32)
  (local $h i32) (local $mask i32)
  (local.set $mask (i32.sub (array.len (local.get $ix)) (i32.const 1)))
  (local.set $h (call $ix_home (local.get $ix) (local.get $k)))
  (block $free (loop $probe
    (br_if $free (i32.eqz (array.get $I32s (local.get $ix) (local.get $h))))
    (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (local.get $mask)))
    (br $probe)))
  (array.set $I32s (local.get $ix) (local.get $h) (i32.add (local.get $i) (i32.const 1))))

;; add d to every slot of ix at or after slot `from` (keys moved by an insertion or a deletion)
(func $ix_shift (param $ix (ref $I32s)) (param $from i32) (param $d i32)
  (local $h i32) (local $s i32)
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $h) (array.len (local.get $ix))))
    (local.set $s (array.get $I32s (local.get $ix) (local.get $h)))
    (if (i32.gt_u (local.get $s) (local.get $from))   ;; s is slot + 1
      (then (array.set $I32s (local.get $ix) (local.get $h) (i32.add (local.get $s) (local.get $d)))))
    (local.set $h (i32.add (local.get $h) (i32.const 1)))
    (br $l))))

;; take slot i (key k, still in $keys) out of index ix: empty its entry, then move
;; back every later entry of the probe run that its home position no longer reaches
(func $ix_remove (param $ix (ref $I32s)) (param $keys (ref $Vals)) (param $k (ref $Str)) (param $i i32)
  (local $p i32) (local $q i32) (local $r i32) (local $s i32) (local $mask i32)
  (local.set $mask (i32.sub (array.len (local.get $ix)) (i32.const 1)))
  (local.set $p (call $ix_home (local.get $ix) (local.get $k)))
  (block $found (loop $probe
    (br_if $found (i32.eq (array.get $I32s (local.get $ix) (local.get $p)) (i32.add (local.get $i) (i32.const 1))))
    (local.set $p (i32.and (i32.add (local.get $p) (i32.const 1)) (local.get $mask)))
    (br $probe)))
  (array.set $I32s (local.get $ix) (local.get $p) (i32.const 0))
  (local.set $q (local.get $p))
  (block $end (loop $run
    (local.set $q (i32.and (i32.add (local.get $q) (i32.const 1)) (local.get $mask)))
    (local.set $s (array.get $I32s (local.get $ix) (local.get $q)))
    (br_if $end (i32.eqz (local.get $s)))
    (local.set $r (call $ix_home (local.get $ix)
                    (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (i32.sub (local.get $s) (i32.const 1))))))
    ;; the entry stays when its home r lies cyclically in (p, q]
    (if (i32.eqz (if (result i32) (i32.le_u (local.get $p) (local.get $q))
                   (then (i32.and (i32.lt_u (local.get $p) (local.get $r)) (i32.le_u (local.get $r) (local.get $q))))
                   (else (i32.or (i32.lt_u (local.get $p) (local.get $r)) (i32.le_u (local.get $r) (local.get $q))))))
      (then (array.set $I32s (local.get $ix) (local.get $p) (local.get $s))
            (array.set $I32s (local.get $ix) (local.get $q) (i32.const 0))
            (local.set $p (local.get $q))))
    (br $run))))

(func $map_new (param $cls (ref $Class)) (result (ref $MapObj))
  (struct.new $MapObj (local.get $cls) (i32.const 0) (array.new_default $Vals (i32.const 4))
                      (array.new_default $Vals (i32.const 4)) (i32.const 0) (ref.null $I32s) (i32.const 0)))

;; an integer-like key as JavaScript orders keys ("0" up to "4294967294"): its value, or -1
(func $order_key (param $k (ref $Str)) (result i64)
  (local $i i32) (local $n i32) (local $c i32) (local $v i64)
  (local.set $n (array.len (local.get $k)))
  (if (i32.or (i32.eqz (local.get $n)) (i32.gt_u (local.get $n) (i32.const 10))) (then (return (i64.const -1))))
  (if (i32.and (i32.gt_u (local.get $n) (i32.const 1)) (i32.eq (array.get_u $Str (local.get $k) (i32.const 0)) (i32.const 48)))
    (then (return (i64.const -1))))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $c (i32.sub (array.get_u $Str (local.get $k) (local.get $i)) (i32.const 48)))
    (if (i32.gt_u (local.get $c) (i32.const 9)) (then (return (i64.const -1))))
    (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (i64.gt_u (local.get $v) (i64.const 4294967294)) (then (return (i64.const -1))))
  (local.get $v))

;; an array index key below 10^9 ("0", "17"; the build's arrays are no longer):
;; its value, or -1
(func $index_key (param $k (ref $Str)) (result i32)
  (local $v i64)
  (local.set $v (call $order_key (local.get $k)))   ;; -1 is above 10^9 unsigned
  (if (result i32) (i64.lt_u (local.get $v) (i64.const 1000000000))
    (then (i32.wrap_i64 (local.get $v))) (else (i32.const -1))))

(func $map_set (param $m (ref $MapObj)) (param $key (ref $Str)) (param $v anyref)
  (local $i i32) (local $n i32) (local $keys (ref $Vals)) (local $vals (ref $Vals)) (local $cap i32)
  (local $ki i64) (local $pos i32) (local $j i64) (local $lo i32) (local $hi i32) (local $mid i32)
  (local.set $i (call $map_find (local.get $m) (local.get $key)))
  (if (i32.ge_s (local.get $i) (i32.const 0))
    (then (array.set $Vals (struct.get $MapObj $vals (local.get $m)) (local.get $i) (local.get $v)) (return)))
  (local.set $n (struct.get $MapObj $n (local.get $m)))
  (local.set $cap (array.len (struct.get $MapObj $keys (local.get $m))))
  (if (i32.ge_u (local.get $n) (local.get $cap))
    (then
      (local.set $keys (array.new_default $Vals (i32.shl (local.get $cap) (i32.const 1))))
      (local.set $vals (array.new_default $Vals (i32.shl (local.get $cap) (i32.const 1))))
      (array.copy $Vals $Vals (local.get $keys) (i32.const 0) (struct.get $MapObj $keys (local.get $m)) (i32.const 0) (local.get $n))
      (array.copy $Vals $Vals (local.get $vals) (i32.const 0) (struct.get $MapObj $vals (local.get $m)) (i32.const 0) (local.get $n))
      (struct.set $MapObj $keys (local.get $m) (local.get $keys))
      (struct.set $MapObj $vals (local.get $m) (local.get $vals))
      (struct.set $MapObj $ix (local.get $m) (ref.null $I32s))))
  (local.set $keys (struct.get $MapObj $keys (local.get $m)))
  (local.set $vals (struct.get $MapObj $vals (local.get $m)))
  ;; integer keys come first, in ascending order, as in JavaScript: they are a
  ;; sorted prefix of the keys, so the first position past the smaller ones is
  ;; found by bisection
  (local.set $pos (local.get $n))
  (local.set $ki (call $order_key (local.get $key)))
  (if (i64.ge_s (local.get $ki) (i64.const 0))
    (then
      (call $map_compact (local.get $m))
      (local.set $n (struct.get $MapObj $n (local.get $m)))
      (local.set $pos (local.get $n))
      (local.set $lo (i32.const 0))
      (local.set $hi (local.get $n))
      (block $found (loop $bisect
        (br_if $found (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (local.set $j (call $order_key (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $mid)))))
        (if (i32.and (i64.ge_s (local.get $j) (i64.const 0)) (i64.lt_s (local.get $j) (local.get $ki)))
          (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
          (else (local.set $hi (local.get $mid))))
        (br $bisect)))
      (local.set $pos (local.get $lo))
      (if (i32.lt_u (local.get $pos) (local.get $n))
        (then
          (array.copy $Vals $Vals (local.get $keys) (i32.add (local.get $pos) (i32.const 1)) (local.get $keys) (local.get $pos) (i32.sub (local.get $n) (local.get $pos)))
          (array.copy $Vals $Vals (local.get $vals) (i32.add (local.get $pos) (i32.const 1)) (local.get $vals) (local.get $pos) (i32.sub (local.get $n) (local.get $pos)))
          (if (i32.eqz (ref.is_null (struct.get $MapObj $ix (local.get $m))))
            (then (call $ix_shift (ref.as_non_null (struct.get $MapObj $ix (local.get $m))) (local.get $pos) (i32.const 1))))))))
  (array.set $Vals (local.get $keys) (local.get $pos) (local.get $key))
  (array.set $Vals (local.get $vals) (local.get $pos) (local.get $v))
  (if (i32.eqz (ref.is_null (struct.get $MapObj $ix (local.get $m))))
    (then (call $ix_put (ref.as_non_null (struct.get $MapObj $ix (local.get $m))) (local.get $key) (local.get $pos))))
  (struct.set $MapObj $n (local.get $m) (i32.add (local.get $n) (i32.const 1))))

(func $map_delete (param $m (ref $MapObj)) (param $key (ref $Str))
  (local $i i32) (local $n i32) (local $keys (ref $Vals))
  (local.set $i (call $map_find (local.get $m) (local.get $key)))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return)))
  (local.set $keys (struct.get $MapObj $keys (local.get $m)))
  (if (i32.eqz (ref.is_null (struct.get $MapObj $ix (local.get $m))))
    (then (call $ix_remove (ref.as_non_null (struct.get $MapObj $ix (local.get $m))) (local.get $keys)
                (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $i))) (local.get $i))))
  (array.set $Vals (struct.get $MapObj $vals (local.get $m)) (local.get $i) (ref.null any))
  (local.set $n (struct.get $MapObj $n (local.get $m)))
  (if (i32.eq (local.get $i) (i32.sub (local.get $n) (i32.const 1)))
    (then
      ;; the last slot: it goes, and so do the holes before it
      (array.set $Vals (local.get $keys) (local.get $i) (ref.null any))
      (local.set $n (local.get $i))
      (block $d (loop $l
        (br_if $d (i32.eqz (local.get $n)))
        (br_if $d (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (local.get $keys) (i32.sub (local.get $n) (i32.const 1))))
                                   (global.get $map_hole))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (array.set $Vals (local.get $keys) (local.get $n) (ref.null any))
        (struct.set $MapObj $holes (local.get $m) (i32.sub (struct.get $MapObj $holes (local.get $m)) (i32.const 1)))
        (br $l)))
      (struct.set $MapObj $n (local.get $m) (local.get $n))
      (return)))
  (array.set $Vals (local.get $keys) (local.get $i) (global.get $map_hole))
  (struct.set $MapObj $holes (local.get $m) (i32.add (struct.get $MapObj $holes (local.get $m)) (i32.const 1)))
  (if (i32.gt_u (i32.shl (struct.get $MapObj $holes (local.get $m)) (i32.const 1)) (local.get $n))
    (then (call $map_compact (local.get $m)))))

;; ------------------------------------------------------------------ overflow dictionaries
;; A plan struct type with an overflow slot (analysis/overflow.py, codegen/overflow.py)
;; keeps the keys that are not its fields in a $MapObj made on the first such
;; write (null until then). The by-name functions generated per type
;; the value stored under key in m as stored (an accessor is not called), $absent when none
(func $map_raw (param $m (ref $MapObj)) (param $key (ref $Str)) (result anyref)
  (local $i i32)
  (local.set $i (call $map_find (local.get $m) (local.get $key)))
  (if (result anyref) (i32.ge_s (local.get $i) (i32.const 0))
    (then (array.get $Vals (struct.get $MapObj $vals (local.get $m)) (local.get $i)))
    (else (global.get $absent))))

;; An object literal's `get key() {...}` (setter 0) or `set key(v) {...}` (setter 1):
;; an $Accessor stored as the key's value, completing the other half of one the
;; literal defined before it; a data property of that key before it is replaced
;; (keeping its place in the key order, as JavaScript does)
(func $map_accessor (param $m (ref $MapObj)) (param $key (ref $Str)) (param $f anyref) (param $setter i32)
  (local $old anyref) (local $g anyref) (local $s anyref)
  (local.set $old (call $map_raw (local.get $m) (local.get $key)))
  (if (ref.test (ref $Accessor) (local.get $old))
    (then (local.set $g (struct.get $Accessor $get (ref.cast (ref $Accessor) (local.get $old))))
          (local.set $s (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $old))))))
  (if (local.get $setter) (then (local.set $s (local.get $f))) (else (local.set $g (local.get $f))))
  (call $map_set (local.get $m) (local.get $key) (struct.new $Accessor (local.get $g) (local.get $s) (i32.const 0))))

;; ($struct_get_by_name, $struct_set_by_name, $struct_keys, $struct_delete) look at
;; the fields first, then here.
(func $ovf_get (param $m anyref) (param $key (ref $Str)) (result anyref)
  (if (ref.is_null (local.get $m)) (then (return (global.get $absent))))
  (call $map_raw (ref.cast (ref $MapObj) (local.get $m)) (local.get $key)))

;; write `key` into the overflow m of an object of class cls
(func $ovf_put (param $m (ref $MapObj)) (param $cls (ref $Class)) (param $key (ref $Str)) (param $v anyref)
  (local $i i32)
  (local.set $i (call $map_find (local.get $m) (local.get $key)))
  (if (i32.ge_s (local.get $i) (i32.const 0))
    (then (array.set $Vals (struct.get $MapObj $vals (local.get $m)) (local.get $i) (local.get $v)) (return)))
  ;; a new own key that shadows a method: the build calls methods directly, so it stops
  (if (i32.eqz (ref.eq (ref.cast eqref (call $proto_lookup (local.get $cls) (local.get $key))) (global.get $absent)))
    (then (drop (call $unsupported_value (i32.const 15)))))
  (call $map_set (local.get $m) (local.get $key) (local.get $v)))

;; set `key` if the overflow m has it: 1 when it did
(func $ovf_update (param $m anyref) (param $key (ref $Str)) (param $v anyref) (result i32)
  (local $d (ref $MapObj)) (local $i i32)
  (if (ref.is_null (local.get $m)) (then (return (i32.const 0))))
  (local.set $d (ref.cast (ref $MapObj) (local.get $m)))
  (local.set $i (call $map_find (local.get $d) (local.get $key)))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const 0))))
  (array.set $Vals (struct.get $MapObj $vals (local.get $d)) (local.get $i) (local.get $v))
  (i32.const 1))

(func $ovf_delete (param $m anyref) (param $key (ref $Str))
  (if (ref.is_null (local.get $m)) (then (return)))
  (call $map_delete (ref.cast (ref $MapObj) (local.get $m)) (local.get $key)))

;; own keys of a struct with an overflow: r, the fields' keys (integer-like ones
;; first, ascending), and the overflow's (the same), in JavaScript's order: every
;; integer-like key ascending, then the other fields (created first), then the
;; other overflow keys in insertion order
(func $ovf_keys (param $r (ref $Arr)) (param $m anyref) (result (ref $Arr))
  (local $d (ref $MapObj)) (local $out (ref $Arr)) (local $keys (ref $Vals))
  (local $i i32) (local $j i32) (local $n i32) (local $rn i32) (local $a i64) (local $b i64)
  (if (ref.is_null (local.get $m)) (then (return (local.get $r))))
  (local.set $d (ref.cast (ref $MapObj) (local.get $m)))
  (call $map_compact (local.get $d))
  (local.set $n (struct.get $MapObj $n (local.get $d)))
  (if (i32.eqz (local.get $n)) (then (return (local.get $r))))
  (local.set $keys (struct.get $MapObj $keys (local.get $d)))
  (local.set $rn (struct.get $Arr $len (local.get $r)))
  (local.set $out (call $arr_new (i32.const 0)))
  (block $ints (loop $l
    (local.set $a (i64.const -1))
    (local.set $b (i64.const -1))
    (if (i32.lt_u (local.get $i) (local.get $rn))
      (then (local.set $a (call $order_key (ref.cast (ref $Str) (call $arr_get (local.get $r) (local.get $i)))))))
    (if (i32.lt_u (local.get $j) (local.get $n))
      (then (local.set $b (call $order_key (ref.cast (ref $Str) (array.get $Vals (local.get $keys) (local.get $j)))))))
    (br_if $ints (i32.and (i64.lt_s (local.get $a) (i64.const 0)) (i64.lt_s (local.get $b) (i64.const 0))))
    (if (i32.or (i64.lt_s (local.get $b) (i64.const 0))
                (i32.and (i64.ge_s (local.get $a) (i64.const 0)) (i64.lt_s (local.get $a) (local.get $b))))
      (then (call $arr_push (local.get $out) (call $arr_get (local.get $r) (local.get $i)))
            (local.set $i (i32.add (local.get $i) (i32.const 1))))
      (else (call $arr_push (local.get $out) (array.get $Vals (local.get $keys) (local.get $j)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))))
    (br $l)))
  (block $f (loop $l
    (br_if $f (i32.ge_u (local.get $i) (local.get $rn)))
    (call $arr_push (local.get $out) (call $arr_get (local.get $r) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (block $o (loop $l
    (br_if $o (i32.ge_u (local.get $j) (local.get $n)))
    (call $arr_push (local.get $out) (array.get $Vals (local.get $keys) (local.get $j)))
    (local.set $j (i32.add (local.get $j) (i32.const 1)))
    (br $l)))
  (local.get $out))

;; ------------------------------------------------------------------ generic property access
;; Looked up by name: only for dynamic keys, map objects, and what the static
;; dispatchers do not cover.
;; A key on a class chain's prototypes. Every chain ends at Object.prototype
;; ($cls_Object's), which a user base class's descriptor does not link to: it is
;; looked at last (again, harmlessly, for a chain that does reach it).
(func $proto_lookup (param $cls (ref null $Class)) (param $key (ref $Str)) (result anyref)
  (local $i i32) (local $p (ref $MapObj)) (local $top i32)
  ;; an object with a null prototype inherits nothing
  (if (ref.eq (local.get $cls) (global.get $cls_NullProto)) (then (return (global.get $absent))))
  (block $none (loop $l
    (br_if $none (ref.is_null (local.get $cls)))
    ;; (a chain through Object.prototype itself, a dictionary object's, ends there)
    (local.set $top (ref.eq (local.get $cls) (global.get $cls_Object)))
    (if (i32.eqz (ref.is_null (struct.get $Class $proto (ref.as_non_null (local.get $cls)))))
      (then
        (local.set $p (ref.as_non_null (struct.get $Class $proto (ref.as_non_null (local.get $cls)))))
        (local.set $i (call $map_find (local.get $p) (local.get $key)))
        (if (i32.ge_s (local.get $i) (i32.const 0))
          (then (return (array.get $Vals (struct.get $MapObj $vals (local.get $p)) (local.get $i)))))))
    (if (local.get $top) (then (return (global.get $absent))))
    (local.set $cls (struct.get $Class $parent (ref.as_non_null (local.get $cls))))
    (br $l)))
  (if (ref.is_null (struct.get $Class $proto (global.get $cls_Object))) (then (return (global.get $absent))))
  (call $map_raw (ref.as_non_null (struct.get $Class $proto (global.get $cls_Object))) (local.get $key)))

;; a method call's receiver the plan types as one struct type, null or undefined:
;; null and undefined throw
(func $req_obj (param $o anyref) (param $key (ref $Str)) (result anyref)
  (if (call $nullish (local.get $o))
    (then (throw $exn (call $read_error (local.get $o) (local.get $key)))))
  (local.get $o))

(func $get_generic (param $o anyref) (param $key (ref $Str)) (result anyref)
  (local $v anyref) (local $i i32) (local $m (ref $MapObj))
  (if (call $nullish (local.get $o))
    (then (throw $exn (call $read_error (local.get $o) (local.get $key)))))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then
      (local.set $m (ref.cast (ref $MapObj) (local.get $o)))
      (local.set $i (call $map_find (local.get $m) (local.get $key)))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (local.set $v (array.get $Vals (struct.get $MapObj $vals (local.get $m)) (local.get $i)))
              ;; an object literal's getter (`{ get x() {...} }`, $map_accessor)
              (if (ref.test (ref $Accessor) (local.get $v))
                (then (return (call $accessor_get (ref.cast (ref $Accessor) (local.get $v)) (local.get $o)))))
              (return (local.get $v))))
      (return (call $from_proto (local.get $o) (struct.get $MapObj 0 (local.get $m)) (local.get $key)))))
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (if (call $str_eq (local.get $key) (global.get $s_length))
        (then (return (call $box_i32 (struct.get $Arr $len (ref.cast (ref $Arr) (local.get $o)))))))
      (local.set $i (call $index_key (local.get $key)))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (return (call $arr_get (ref.cast (ref $Arr) (local.get $o)) (local.get $i)))))
      ;; a named property the runtime gave the array (a match's index, input and groups)
      (if (i32.eqz (ref.is_null (struct.get $Arr $props (ref.cast (ref $Arr) (local.get $o)))))
        (then (local.set $i (call $map_find (ref.as_non_null (struct.get $Arr $props (ref.cast (ref $Arr) (local.get $o)))) (local.get $key)))
              (if (i32.ge_s (local.get $i) (i32.const 0))
                (then (return (array.get $Vals (struct.get $MapObj $vals (ref.as_non_null (struct.get $Arr $props (ref.cast (ref $Arr) (local.get $o)))))
                                         (local.get $i)))))))
      ;; a typed array's other properties (buffer, subarray, ...) are not compiled;
      ;; a key that is a number's string (-1, 1.5) is an element that does not exist
      (if (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $o)))
        (then (if (call $ta_numeric_key (local.get $key)) (then (return (ref.null any))))
              (local.set $i (call $ta_property (local.get $key)))
              (if (i32.eqz (local.get $i)) (then (return (ref.null any))))   ;; push, pop, ...: none
              (if (i32.eq (local.get $i) (i32.const 2)) (then (call $fail_named (i32.const 33) (local.get $key)) (unreachable)))
              (if (i32.eq (local.get $i) (i32.const 3)) (then (call $host_fail (i32.const 7)) (unreachable)))))   ;; `set` as a value
      (return (call $builtin_method (local.get $o) (local.get $key)))))
  (if (ref.test (ref $Str) (local.get $o))
    (then
      (if (call $str_eq (local.get $key) (global.get $s_length))
        (then (return (call $box_i32 (array.len (ref.cast (ref $Str) (local.get $o)))))))
      (local.set $i (call $index_key (local.get $key)))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (if (i32.lt_u (local.get $i) (array.len (ref.cast (ref $Str) (local.get $o))))
                (then (return (call $char_at (ref.cast (ref $Str) (local.get $o)) (local.get $i)))))
              (return (ref.null any))))
      (return (call $builtin_method (local.get $o) (local.get $key)))))
  (if (ref.test (ref $Fn) (local.get $o))
    (then (return (call $fn_get (ref.cast (ref $Fn) (local.get $o)) (local.get $key)))))
  (if (ref.test (ref $Obj) (local.get $o))
    (then
      (if (i32.or (ref.test (ref $JSMap) (local.get $o)) (ref.test (ref $JSSet) (local.get $o)))
        (then (if (call $str_eq (local.get $key) (global.get $s_size))
                (then (return (call $box_i32 (call $coll_size (ref.cast (ref $Coll) (local.get $o)))))))
              (return (call $from_proto (local.get $o) (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key)))))
      (if (ref.test (ref $RegExpObj) (local.get $o))
        (then (local.set $v (call $re_property (ref.cast (ref $RegExpObj) (local.get $o)) (local.get $key)))
              (if (i32.eqz (ref.is_null (local.get $v))) (then (return (local.get $v))))
              (return (call $from_proto (local.get $o) (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key)))))
      (local.set $v (call $struct_get_by_name (local.get $o) (local.get $key)))
      (if (i32.eqz (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))) (then (return (local.get $v))))
      (return (call $from_proto (local.get $o) (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key)))))
  (call $builtin_method (local.get $o) (local.get $key)))

;; A function's own properties live in its `$props` dictionary; a class's static
;; methods and accessors are its first `$hidden` entries (not enumerable), and an
;; accessor is an `$Accessor` value called with the function the property was
;; read through (or written through) as `this`. Statics are inherited along the
;; class chain.
(func $fn_get (param $f (ref $Fn)) (param $key (ref $Str)) (result anyref)
  (local $v anyref)
  ;; `name` is every function's own property: never inherited from a parent class
  (if (call $str_eq (local.get $key) (global.get $s_name))
    (then
      (local.set $v (call $fn_lookup (local.get $f) (local.get $key) (i32.const 0)))
      (if (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))
        (then (return (struct.get $Fn $name (local.get $f)))))
      (return (call $fn_value (local.get $f) (local.get $v)))))
  (local.set $v (call $fn_lookup (local.get $f) (local.get $key) (i32.const 1)))
  (if (i32.eqz (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent)))
    (then (return (call $fn_value (local.get $f) (local.get $v)))))
  ;; what a function inherits from Object.prototype (hasOwnProperty, valueOf); its
  ;; toString is its source text, which the module does not hold
  (if (call $str_eq (local.get $key) (global.get $s_toString))
    (then (throw $exn (call $unsupported_value (i32.const 19)))))
  ;; its own `length`: the parameters before the first default or rest
  (if (call $str_eq (local.get $key) (global.get $s_length))
    (then (return (call $box_i32 (call $fn_length (local.get $f))))))
  (local.set $v (call $proto_lookup (global.get $cls_Object) (local.get $key)))
  (if (result anyref) (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))
    (then (ref.null any))
    (else (local.get $v))))

;; f.length, from the table the build writes ($fn_lengths, codegen/assemble.py
;; code_length): 0xFFFE marks f.bind(...)'s functions, 0xFFFF a length it does not know
(func $fn_length (param $f (ref $Fn)) (result i32)
  (local $n i32) (local $env (ref $Vals))
  (local.set $n (array.get_u $Str (global.get $fn_lengths) (struct.get $Fn $code (local.get $f))))
  (if (i32.eq (local.get $n) (i32.const 0xFFFE))
    (then
      (local.set $env (ref.as_non_null (struct.get $Fn $env (local.get $f))))
      (local.set $n (i32.sub (call $fn_length (ref.cast (ref $Fn) (array.get $Vals (local.get $env) (i32.const 0))))
                             (struct.get $Arr $len (ref.cast (ref $Arr) (array.get $Vals (local.get $env) (i32.const 2))))))
      (return (select (local.get $n) (i32.const 0) (i32.gt_s (local.get $n) (i32.const 0))))))
  (if (i32.eq (local.get $n) (i32.const 0xFFFF)) (then (throw $exn (call $unsupported_value (i32.const 21)))))
  (local.get $n))

;; the value stored for `key` on f or (with `inherit`) on the classes above f, as
;; stored (an accessor is not called); $absent when none has it
(func $fn_lookup (param $f (ref $Fn)) (param $key (ref $Str)) (param $inherit i32) (result anyref)
  (local $i i32) (local $m (ref null $MapObj)) (local $c (ref null $Class))
  (local.set $c (struct.get $Fn $cls (local.get $f)))
  (loop $up
    (local.set $m (struct.get $Fn $props (local.get $f)))
    (if (i32.eqz (ref.is_null (local.get $m)))
      (then
        (local.set $i (call $map_find (ref.as_non_null (local.get $m)) (local.get $key)))
        (if (i32.ge_s (local.get $i) (i32.const 0))
          (then (return (array.get $Vals (struct.get $MapObj $vals (ref.as_non_null (local.get $m))) (local.get $i)))))))
    ;; static members are inherited through the class chain
    (if (i32.and (local.get $inherit) (i32.eqz (ref.is_null (local.get $c))))
      (then
        (local.set $c (struct.get $Class $parent (ref.as_non_null (local.get $c))))
        (if (i32.eqz (ref.is_null (local.get $c)))
          (then (if (ref.test (ref $Fn) (struct.get $Class $ctor (ref.as_non_null (local.get $c))))
                  (then (local.set $f (ref.cast (ref $Fn) (struct.get $Class $ctor (ref.as_non_null (local.get $c)))))
                        (br $up))))))))
  (global.get $absent))

(func $fn_value (param $recv (ref $Fn)) (param $v anyref) (result anyref)
  (if (ref.test (ref $Accessor) (local.get $v))
    (then (return (call $accessor_get (ref.cast (ref $Accessor) (local.get $v)) (local.get $recv)))))
  (local.get $v))

;; reading a property that is an accessor: its getter's result, undefined when it has only a setter
(func $accessor_get (param $a (ref $Accessor)) (param $recv anyref) (result anyref)
  (if (ref.is_null (struct.get $Accessor $get (local.get $a))) (then (return (ref.null any))))
  (call $call_value (struct.get $Accessor $get (local.get $a))
        (local.get $recv) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))

;; the accessor a static property write must call, found along the class chain, or null
(func $fn_accessor (param $f (ref $Fn)) (param $key (ref $Str)) (result (ref null $Accessor))
  (local $v anyref)
  (local.set $v (call $fn_lookup (local.get $f) (local.get $key) (i32.const 1)))
  (if (ref.test (ref $Accessor) (local.get $v)) (then (return (ref.cast (ref $Accessor) (local.get $v)))))
  (ref.null $Accessor))

;; define an own property of a function (class definitions: no setter is called)
(func $fn_define (param $f anyref) (param $key (ref $Str)) (param $v anyref)
  (local $fn (ref $Fn))
  (local.set $fn (ref.cast (ref $Fn) (local.get $f)))
  (if (ref.is_null (struct.get $Fn $props (local.get $fn)))
    (then (struct.set $Fn $props (local.get $fn) (call $map_new (global.get $cls_Object)))))
  (call $map_set (ref.as_non_null (struct.get $Fn $props (local.get $fn))) (local.get $key) (local.get $v)))

(func $from_proto (param $o anyref) (param $cls (ref $Class)) (param $key (ref $Str)) (result anyref)
  (local $v anyref)
  (local.set $v (call $proto_lookup (local.get $cls) (local.get $key)))
  (if (ref.test (ref $Accessor) (local.get $v))
    (then (return (call $accessor_get (ref.cast (ref $Accessor) (local.get $v)) (local.get $o)))))
  (if (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))
    (then (return (call $builtin_method (local.get $o) (local.get $key)))))
  (local.get $v))

(func $set_generic (param $o anyref) (param $key (ref $Str)) (param $v anyref)
  (local $p anyref) (local $i i32)
  (if (call $nullish (local.get $o))
    (then (throw $exn (call $write_error (local.get $o) (local.get $key)))))
  ;; own properties of Maps, Sets and their iterators are not compiled
  (if (i32.or (i32.or (ref.test (ref $JSMap) (local.get $o)) (ref.test (ref $JSSet) (local.get $o))) (ref.test (ref $CIter) (local.get $o)))
    (then (throw $exn (call $unsupported_value (i32.const 17)))))
  (if (ref.test (ref $Obj) (local.get $o))
    (then
      ;; a setter on the class chain (a getter alone: see $set.<key> in assemble.py)
      (local.set $p (call $proto_lookup (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key)))
      ;; ... unless a class field made the key an own property, which shadows it
      (if (i32.and (ref.test (ref $Accessor) (local.get $p))
                   (i32.eqz (ref.eq (ref.cast eqref (call $struct_get_by_name (local.get $o) (local.get $key))) (global.get $absent))))
        (then (drop (call $struct_set_by_name (local.get $o) (local.get $key) (local.get $v))) (return)))
      ;; (the same on a dictionary object: an own data property of the key)
      (if (i32.and (ref.test (ref $Accessor) (local.get $p)) (ref.test (ref $MapObj) (local.get $o)))
        (then (local.set $i (call $map_find (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)))
              (if (i32.ge_s (local.get $i) (i32.const 0))
                (then (call $map_set (ref.cast (ref $MapObj) (local.get $o)) (local.get $key) (local.get $v)) (return)))))
      (if (ref.test (ref $Accessor) (local.get $p))
        (then (if (ref.is_null (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p))))
                (then (throw $exn (call $unsupported_value (i32.const 14)))))
              (drop (call $call_value (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p)))
                          (local.get $o) (i32.const 1) (local.get $v) (ref.null any) (ref.null any) (ref.null $Vals)))
              (return)))))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then
      ;; an own accessor of an object literal: its setter, with the object as `this`
      (local.set $p (call $map_raw (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)))
      (if (ref.test (ref $Accessor) (local.get $p))
        (then (if (ref.is_null (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p))))
                (then (throw $exn (call $unsupported_value (i32.const 14)))))
              (drop (call $call_value (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p)))
                          (local.get $o) (i32.const 1) (local.get $v) (ref.null any) (ref.null any) (ref.null $Vals)))
              (return)))
      (call $map_set (ref.cast (ref $MapObj) (local.get $o)) (local.get $key) (local.get $v)) (return)))
  (if (ref.test (ref $RegExpObj) (local.get $o))
    (then (if (call $str_eq (local.get $key) (global.get $s_lastIndex))
            (then (struct.set $RegExpObj $last (ref.cast (ref $RegExpObj) (local.get $o)) (local.get $v)) (return)))
          (call $fail_named (i32.const 39) (local.get $key)) (unreachable)))
  (if (ref.test (ref $Obj) (local.get $o))
    (then (if (call $struct_set_by_name (local.get $o) (local.get $key) (local.get $v)) (then (return)))
          (throw $exn (call $unsupported_value (i32.const 4)))))
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (if (call $str_eq (local.get $key) (global.get $s_length))
        (then (call $arr_set_length (ref.cast (ref $Arr) (local.get $o)) (local.get $v)) (return)))
      (local.set $i (call $index_key (local.get $key)))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (call $arr_set (ref.cast (ref $Arr) (local.get $o)) (local.get $i) (local.get $v)) (return)))
      ;; a typed array ignores a store to a number key that is no index (-1, 1.5)
      (if (i32.and (i32.ne (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $o))) (i32.const 0))
                   (call $ta_numeric_key (local.get $key)))
        (then (return)))
      (throw $exn (call $unsupported_value (i32.const 5)))))
  (if (ref.test (ref $Fn) (local.get $o))
    (then
      ;; a static setter on the class chain
      (local.set $p (call $fn_accessor (ref.cast (ref $Fn) (local.get $o)) (local.get $key)))
      (if (i32.eqz (ref.is_null (local.get $p)))
        (then
          (if (ref.is_null (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p))))
            (then (throw $exn (call $unsupported_value (i32.const 12)))))
          (drop (call $call_value (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p)))
                      (local.get $o) (i32.const 1) (local.get $v) (ref.null any) (ref.null any) (ref.null $Vals)))
          (return)))
      (call $fn_define (local.get $o) (local.get $key) (local.get $v))
      (return)))
  ;; primitives silently ignore property writes (sloppy mode)
  )

;; is key one of the named properties the runtime gave array a (a match's index, ...)?
(func $arr_prop_has (param $a (ref $Arr)) (param $key (ref $Str)) (result i32)
  (if (result i32) (ref.is_null (struct.get $Arr $props (local.get $a)))
    (then (i32.const 0))
    (else (i32.ge_s (call $map_find (ref.as_non_null (struct.get $Arr $props (local.get $a))) (local.get $key)) (i32.const 0)))))

(func $has_generic (param $o anyref) (param $key (ref $Str)) (result i32)
  (local $v anyref)
  (if (ref.test (ref $CIter) (local.get $o)) (then (return (call $str_eq (local.get $key) (global.get $s_next)))))
  (if (i32.eqz (i32.or (ref.test (ref $Obj) (local.get $o)) (i32.or (ref.test (ref $Arr) (local.get $o)) (ref.test (ref $Fn) (local.get $o)))))
    (then (throw $exn (call $make_error (global.get $cls_TypeError)
            (call $concat (call $concat (call $concat (global.get $s_in_search) (local.get $key)) (global.get $s_in_in))
                  (call $tostr (local.get $o)))))))
  (if (i32.or (ref.test (ref $JSMap) (local.get $o)) (ref.test (ref $JSSet) (local.get $o)))
    (then (if (call $coll_has_method (local.get $o) (local.get $key)) (then (return (i32.const 1))))
          (return (i32.eqz (ref.eq (ref.cast eqref (call $proto_lookup (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key))) (global.get $absent))))))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then (if (i32.ge_s (call $map_find (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)) (i32.const 0))
            (then (return (i32.const 1))))
          (return (i32.eqz (ref.eq (ref.cast eqref (call $proto_lookup (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key))) (global.get $absent))))))
  (if (ref.test (ref $Obj) (local.get $o))
    (then (local.set $v (call $struct_get_by_name (local.get $o) (local.get $key)))
          (if (i32.eqz (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))) (then (return (i32.const 1))))
          (return (i32.eqz (ref.eq (ref.cast eqref (call $proto_lookup (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $o))) (local.get $key))) (global.get $absent))))))
  (if (ref.test (ref $Arr) (local.get $o))
    (then (if (call $str_eq (local.get $key) (global.get $s_length)) (then (return (i32.const 1))))
          (if (call $arr_prop_has (ref.cast (ref $Arr) (local.get $o)) (local.get $key)) (then (return (i32.const 1))))
          (return (call $arr_has (ref.cast (ref $Arr) (local.get $o)) (call $index_key (local.get $key))))))
  (i32.eqz (ref.is_null (call $fn_get (ref.cast (ref $Fn) (local.get $o)) (local.get $key)))))

(func $delete_generic (param $o anyref) (param $key (ref $Str))
  (local $a (ref $Arr)) (local $i i32) (local $v anyref)
  (if (ref.test (ref $MapObj) (local.get $o))
    (then
      ;; a property defineProperty made not configurable (an exports object's
      ;; `__esModule`, an accessor): node answers false, or throws in strict code
      (local.set $v (call $map_raw (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)))
      (if (i32.or (i32.and (ref.test (ref $Accessor) (local.get $v))
                           (if (result i32) (ref.test (ref $Accessor) (local.get $v))
                             (then (struct.get $Accessor $fixed (ref.cast (ref $Accessor) (local.get $v))))
                             (else (i32.const 0))))
                  (i32.and (call $str_eq (local.get $key) (global.get $s___esModule))
                           (call $is_es_exports (ref.cast (ref $MapObj) (local.get $o)))))
        (then (drop (call $unsupported_value (i32.const 47)))))
      (call $map_delete (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)) (return)))
  ;; an array element becomes a hole (the length stays); an array has no other own
  ;; keys (a named one is refused where it is set) but its length, which cannot be
  ;; deleted (false in sloppy mode, a TypeError in strict mode): refused
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (local.set $a (ref.cast (ref $Arr) (local.get $o)))
      (local.set $i (call $index_key (local.get $key)))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (if (i32.lt_u (local.get $i) (struct.get $Arr $len (local.get $a)))
                (then (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $i) (global.get $hole))))
              (return)))
      (if (call $str_eq (local.get $key) (global.get $s_length))
        (then (drop (call $unsupported_value (i32.const 22)))))
      (if (call $arr_prop_has (local.get $a) (local.get $key))
        (then (call $map_delete (ref.as_non_null (struct.get $Arr $props (local.get $a))) (local.get $key))))
      (return)))
  (if (call $nullish (local.get $o))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_convert_undefined)))))
  (if (ref.test (ref $Obj) (local.get $o))
    (then (if (call $struct_delete (local.get $o) (local.get $key)) (then (return)))))
  (throw $exn (call $unsupported_value (i32.const 6))))

;; the property key of a computed access; `__proto__` would reach the object's
;; prototype (an accessor of Object.prototype), which the build does not model
(func $key (param $k anyref) (result (ref $Str))
  (local $s (ref $Str))
  (local.set $s (call $tostr (local.get $k)))
  (if (i32.eq (array.len (local.get $s)) (i32.const 9))
    (then (if (call $str_eq (local.get $s) (global.get $s___proto__))
            (then (throw $exn (call $unsupported_value (i32.const 44)))))))
  (local.get $s))

(func $get_index (param $o anyref) (param $k anyref) (result anyref)
  (local $i i32) (local $s (ref $Str)) (local $v anyref)
  (if (ref.test (ref i31) (local.get $k))
    (then
      (local.set $i (i31.get_s (ref.cast (ref i31) (local.get $k))))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then
          (if (ref.test (ref $Arr) (local.get $o))
            (then (return (call $arr_get (ref.cast (ref $Arr) (local.get $o)) (local.get $i)))))
          (if (ref.test (ref $Str) (local.get $o))
            (then (if (i32.lt_u (local.get $i) (array.len (ref.cast (ref $Str) (local.get $o))))
                    (then (return (call $char_at (ref.cast (ref $Str) (local.get $o)) (local.get $i)))))
                  (return (ref.null any))))))))
  (local.set $s (call $key (local.get $k)))
  (local.set $v (call $get_generic (local.get $o) (local.get $s)))
  ;; what the plan counts for a computed read is the object's own values and its
  ;; class chain's members, not Object.prototype's functions (analysis/constraints.py,
  ;; dyn_inherited): reading one so (`o[k]` with k "toString") stops the run
  (if (ref.test (ref $Fn) (local.get $v))
    (then (if (call $object_proto_member (local.get $o) (local.get $s) (local.get $v))
            (then (call $fail_named (i32.const 35) (local.get $s)) (unreachable)))))
  (local.get $v))

;; is v, read as o[key], Object.prototype's own function rather than o's?
(func $object_proto_member (param $o anyref) (param $key (ref $Str)) (param $v anyref) (result i32)
  (local $p (ref null $MapObj))
  (if (i32.eqz (ref.test (ref $Obj) (local.get $o))) (then (return (i32.const 0))))
  (local.set $p (struct.get $Class $proto (global.get $cls_Object)))
  (if (ref.is_null (local.get $p)) (then (return (i32.const 0))))
  (if (i32.eqz (ref.eq (ref.cast eqref (local.get $v))
                       (ref.cast eqref (call $map_raw (ref.as_non_null (local.get $p)) (local.get $key)))))
    (then (return (i32.const 0))))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then (return (ref.eq (ref.cast eqref (call $map_raw (ref.cast (ref $MapObj) (local.get $o)) (local.get $key)))
                          (global.get $absent)))))
  (ref.eq (ref.cast eqref (call $struct_get_by_name (local.get $o) (local.get $key))) (global.get $absent)))

(func $set_index (param $o anyref) (param $k anyref) (param $v anyref)
  (local $i i32)
  (if (i32.and (ref.test (ref i31) (local.get $k)) (ref.test (ref $Arr) (local.get $o)))
    (then
      (local.set $i (i31.get_s (ref.cast (ref i31) (local.get $k))))
      (if (i32.ge_s (local.get $i) (i32.const 0))
        (then (call $arr_set (ref.cast (ref $Arr) (local.get $o)) (local.get $i) (local.get $v)) (return)))))
  (call $set_generic (local.get $o) (call $key (local.get $k)) (local.get $v)))

;; an error's keys without `stack` and `message`, which the Error constructor
;; makes own but not enumerable (as $json_object skips them)
(func $keys_but_error_own (param $k (ref $Arr)) (result (ref $Arr))
  (local $r (ref $Arr)) (local $i i32) (local $key anyref)
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $k))))
    (local.set $key (call $arr_get (local.get $k) (local.get $i)))
    (if (i32.eqz (i32.or (i32.or (call $str_eq (ref.cast (ref $Str) (local.get $key)) (global.get $s_message))
                                 (call $str_eq (ref.cast (ref $Str) (local.get $key)) (global.get $s_stack)))
                         (call $str_eq (ref.cast (ref $Str) (local.get $key)) (global.get $s_cause))))
      (then (call $arr_push (local.get $r) (local.get $key))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; the name console.log shows for an object of class c: the nearest class up the chain
;; with a name (an anonymous class has none), as node's getConstructorName finds it
(func $shown_class_name (param $c (ref $Class)) (result (ref $Str))
  (local $k (ref null $Class))
  (local.set $k (local.get $c))
  (block $d (loop $l
    (br_if $d (ref.is_null (local.get $k)))
    (if (array.len (struct.get $Class $name (ref.as_non_null (local.get $k))))
      (then (return (struct.get $Class $name (ref.as_non_null (local.get $k))))))
    (local.set $k (struct.get $Class $parent (ref.as_non_null (local.get $k))))
    (br $l)))
  (struct.get $Class $name (global.get $cls_Object)))

;; own enumerable string keys, in order (Object.keys, for-in)
;; CommonJS exports objects with a non-enumerable `__esModule` (what TypeScript and
;; Babel write first in each file they compile to CommonJS:
;; `Object.defineProperty(exports, "__esModule", { value: true })`): an own
;; property every read finds, left out of the keys as node leaves it out
(global $es_exports (mut (ref null $Arr)) (ref.null $Arr))

(func $define_es_module (param $o anyref) (result anyref)
  (call $map_set (ref.cast (ref $MapObj) (local.get $o)) (global.get $s___esModule) (global.get $true))
  (if (ref.is_null (global.get $es_exports)) (then (global.set $es_exports (call $arr_new (i32.const 0)))))
  (call $arr_push (ref.as_non_null (global.get $es_exports)) (local.get $o))
  (local.get $o))

(func $is_es_exports (param $m (ref $MapObj)) (result i32)
  (local $i i32) (local $l (ref $Arr))
  (if (ref.is_null (global.get $es_exports)) (then (return (i32.const 0))))
  (local.set $l (ref.as_non_null (global.get $es_exports)))
  (block $d (loop $k
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $l))))
    (if (ref.eq (ref.cast eqref (call $arr_get (local.get $l) (local.get $i))) (local.get $m)) (then (return (i32.const 1))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $k)))
  (i32.const 0))

;; Property descriptors of dictionary objects ($MapObj), the ones TypeScript's
;; `export * from` helper (__exportStar, __createBinding) reads and writes: every
;; own property of a dictionary is a plain data property (writable, enumerable,
;; configurable) or an object literal's accessor (enumerable, configurable), but for
;; an exports object's `__esModule` (none of the three). Any other object, and any
;; other descriptor, stops the run naming the method.
(func $get_own_descriptor (param $o anyref) (param $k anyref) (result anyref)
  (local $m (ref $MapObj)) (local $key (ref $Str)) (local $v anyref) (local $d (ref $MapObj)) (local $plain i32)
  (if (i32.eqz (ref.test (ref $MapObj) (local.get $o)))
    (then (call $fail_named (i32.const 48) (global.get $s_get_own_descriptor)) (unreachable)))
  (local.set $m (ref.cast (ref $MapObj) (local.get $o)))
  (local.set $key (call $key (local.get $k)))
  (local.set $v (call $map_raw (local.get $m) (local.get $key)))
  (if (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent)) (then (return (ref.null any))))
  (local.set $d (call $map_new (global.get $cls_Object)))
  (if (ref.test (ref $Accessor) (local.get $v))
    (then
      (call $map_set (local.get $d) (global.get $s_get) (struct.get $Accessor $get (ref.cast (ref $Accessor) (local.get $v))))
      (call $map_set (local.get $d) (global.get $s_set) (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $v))))
      (call $map_set (local.get $d) (global.get $s_enumerable) (global.get $true))
      (call $map_set (local.get $d) (global.get $s_configurable)
            (call $bool (i32.eqz (struct.get $Accessor $fixed (ref.cast (ref $Accessor) (local.get $v))))))
      (return (local.get $d))))
  (local.set $plain (i32.eqz (i32.and (call $str_eq (local.get $key) (global.get $s___esModule))
                                      (call $is_es_exports (local.get $m)))))
  (call $map_set (local.get $d) (global.get $s_value) (local.get $v))
  (call $map_set (local.get $d) (global.get $s_writable) (call $bool (local.get $plain)))
  (call $map_set (local.get $d) (global.get $s_enumerable) (call $bool (local.get $plain)))
  (call $map_set (local.get $d) (global.get $s_configurable) (call $bool (local.get $plain)))
  (local.get $d))

;; Object.defineProperty(o, k, desc) on a dictionary object: an enumerable accessor
;; (`{ enumerable: true, get }`, what __createBinding and tsc's re-exports define;
;; not configurable unless the descriptor says so) or a plain data property
;; (`value` with writable, enumerable and configurable all true), for a key it does
;; not have or has as a configurable property (tsc writes `exports.x = void 0`
;; first), which keeps its place in the key order
(func $accessor_half (param $desc anyref) (param $name (ref $Str)) (param $old anyref) (param $setter i32) (result anyref)
  (if (call $has_generic (local.get $desc) (local.get $name))
    (then (return (call $get_generic (local.get $desc) (local.get $name)))))
  (if (i32.eqz (ref.test (ref $Accessor) (local.get $old))) (then (return (ref.null any))))
  (if (result anyref) (local.get $setter)
    (then (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $old))))
    (else (struct.get $Accessor $get (ref.cast (ref $Accessor) (local.get $old))))))

(func $define_property (param $o anyref) (param $k anyref) (param $desc anyref) (result anyref)
  (local $m (ref $MapObj)) (local $key (ref $Str)) (local $acc i32) (local $data i32) (local $old anyref)
  (block $refuse
    (br_if $refuse (i32.eqz (ref.test (ref $MapObj) (local.get $o))))
    (br_if $refuse (i32.eqz (ref.test (ref $Obj) (local.get $desc))))
    (local.set $m (ref.cast (ref $MapObj) (local.get $o)))
    (local.set $key (call $key (local.get $k)))
    (local.set $old (call $map_raw (local.get $m) (local.get $key)))
    (br_if $refuse (if (result i32) (ref.test (ref $Accessor) (local.get $old))
                     (then (struct.get $Accessor $fixed (ref.cast (ref $Accessor) (local.get $old))))
                     (else (i32.const 0))))
    (br_if $refuse (i32.and (call $str_eq (local.get $key) (global.get $s___esModule)) (call $is_es_exports (local.get $m))))
    (br_if $refuse (i32.eqz (call $strict_eq (call $get_generic (local.get $desc) (global.get $s_enumerable)) (global.get $true))))
    (local.set $acc (i32.or (call $has_generic (local.get $desc) (global.get $s_get))
                            (call $has_generic (local.get $desc) (global.get $s_set))))
    (local.set $data (i32.or (call $has_generic (local.get $desc) (global.get $s_value))
                             (call $has_generic (local.get $desc) (global.get $s_writable))))
    (if (local.get $acc)
      (then
        (br_if $refuse (local.get $data))
        (call $map_set (local.get $m) (local.get $key)
              ;; (a half the descriptor does not name keeps the accessor's it replaces)
              (struct.new $Accessor (call $accessor_half (local.get $desc) (global.get $s_get) (local.get $old) (i32.const 0))
                                    (call $accessor_half (local.get $desc) (global.get $s_set) (local.get $old) (i32.const 1))
                                    ;; configurable as the descriptor says; when it does not say, a new
                                    ;; property is not, and one it replaces stays configurable (as it was)
                                    (if (result i32) (call $has_generic (local.get $desc) (global.get $s_configurable))
                                      (then (i32.eqz (call $truthy (call $get_generic (local.get $desc) (global.get $s_configurable)))))
                                      (else (ref.eq (ref.cast eqref (local.get $old)) (global.get $absent))))))
        (return (local.get $o))))
    (br_if $refuse (i32.eqz (call $strict_eq (call $get_generic (local.get $desc) (global.get $s_writable)) (global.get $true))))
    (br_if $refuse (i32.eqz (call $strict_eq (call $get_generic (local.get $desc) (global.get $s_configurable)) (global.get $true))))
    (call $map_set (local.get $m) (local.get $key) (call $get_generic (local.get $desc) (global.get $s_value)))
    (return (local.get $o)))
  (call $fail_named (i32.const 46) (global.get $s_define_property))
  (unreachable))

(func $keys_but (param $k (ref $Arr)) (param $hidden (ref $Str)) (result (ref $Arr))
  (local $r (ref $Arr)) (local $i i32) (local $key anyref)
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $k))))
    (local.set $key (call $arr_get (local.get $k) (local.get $i)))
    (if (i32.eqz (call $str_eq (ref.cast (ref $Str) (local.get $key)) (local.get $hidden)))
      (then (call $arr_push (local.get $r) (local.get $key))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $own_keys (param $o anyref) (result (ref $Arr))
  (local $r (ref $Arr)) (local $i i32) (local $n i32) (local $m (ref $MapObj))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then
      (local.set $m (ref.cast (ref $MapObj) (local.get $o)))
      (call $map_compact (local.get $m))
      (local.set $n (struct.get $MapObj $n (local.get $m)))
      (local.set $r (call $arr_new (local.get $n)))
      (if (local.get $n)
        (then (array.copy $Vals $Vals (struct.get $Arr $data (local.get $r)) (i32.const 0)
                          (struct.get $MapObj $keys (local.get $m)) (i32.const 0) (local.get $n))))
      (if (call $is_error (local.get $o)) (then (return (call $keys_but_error_own (local.get $r)))))
      (if (call $is_es_exports (local.get $m)) (then (return (call $keys_but (local.get $r) (global.get $s___esModule)))))
      (return (local.get $r))))
  (if (ref.test (ref $Obj) (local.get $o))
    (then (if (call $is_error (local.get $o))
            (then (return (call $keys_but_error_own (call $struct_keys (local.get $o))))))
          (return (call $struct_keys (local.get $o)))))
  (local.set $r (call $arr_new (i32.const 0)))
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (local.set $n (struct.get $Arr $len (ref.cast (ref $Arr) (local.get $o))))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (if (call $is_hole (ref.cast (ref $Arr) (local.get $o)) (local.get $i))
          (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))
        (call $arr_push (local.get $r) (call $num_to_str (f64.convert_i32_u (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      ;; then its named properties (a match's index, input and groups), in order
      (if (i32.eqz (ref.is_null (struct.get $Arr $props (ref.cast (ref $Arr) (local.get $o)))))
        (then (call $arr_append (local.get $r)
                    (call $own_keys (struct.get $Arr $props (ref.cast (ref $Arr) (local.get $o)))))))))
  (if (ref.test (ref $Str) (local.get $o))
    (then
      (local.set $n (array.len (ref.cast (ref $Str) (local.get $o))))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (call $arr_push (local.get $r) (call $num_to_str (f64.convert_i32_u (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))))
  (if (ref.test (ref $Fn) (local.get $o))
    (then (if (i32.eqz (ref.is_null (struct.get $Fn $props (ref.cast (ref $Fn) (local.get $o)))))
            (then (return (call $fn_enumerable (ref.cast (ref $Fn) (local.get $o))
                                (call $own_keys (struct.get $Fn $props (ref.cast (ref $Fn) (local.get $o))))))))))
  (local.get $r))

;; for-in's keys: the object's own enumerable keys, then for a class constructor
;; the enumerable statics of each parent class in turn that no class lower in the
;; chain has as its own (every class has its own name, length and prototype)
(func $forin_keys (param $o anyref) (result (ref $Arr))
  (local $r (ref $Arr)) (local $f (ref $Fn)) (local $up (ref $Fn)) (local $next (ref null $Fn))
  (local $keys (ref $Arr)) (local $i i32) (local $k (ref $Str))
  (local.set $r (call $own_keys (local.get $o)))
  (if (ref.test (ref $Obj) (local.get $o)) (then (call $forin_methods_check (ref.cast (ref $Obj) (local.get $o)))))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $o))) (then (return (local.get $r))))
  (local.set $f (ref.cast (ref $Fn) (local.get $o)))
  (local.set $up (local.get $f))
  (block $top (loop $chain
    (local.set $next (call $parent_ctor (local.get $up)))
    (br_if $top (ref.is_null (local.get $next)))
    (local.set $up (ref.as_non_null (local.get $next)))
    (local.set $keys (call $own_keys (local.get $up)))
    (local.set $i (i32.const 0))
    (block $d (loop $l
      (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $keys))))
      (local.set $k (ref.cast (ref $Str) (call $arr_get (local.get $keys) (local.get $i))))
      (if (i32.eqz (i32.or (call $owned_below (local.get $f) (local.get $up) (local.get $k))
                           (i32.or (call $str_eq (local.get $k) (global.get $s_name))
                                   (i32.or (call $str_eq (local.get $k) (global.get $s_length))
                                           (call $str_eq (local.get $k) (global.get $s_prototype))))))
        (then (call $arr_push (local.get $r) (local.get $k))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (br $chain)))
  (local.get $r))

;; for-in over an object of a class whose methods a constructor function stored on
;; its prototype: in node those are enumerable and for-in lists them; refused
(func $forin_methods_check (param $o (ref $Obj))
  (local $c (ref null $Class))
  (local.set $c (struct.get $Obj $cls (local.get $o)))
  (block $d (loop $l
    (br_if $d (ref.is_null (local.get $c)))
    (if (i32.and (struct.get $Class $flags (ref.as_non_null (local.get $c))) (i32.const 2))
      (then (call $fail_named (i32.const 29) (call $shown_class_name (struct.get $Obj $cls (local.get $o)))) (unreachable)))
    (local.set $c (struct.get $Class $parent (ref.as_non_null (local.get $c))))
    (br $l))))

;; does a class constructor from f up to (not including) `up` have `key` as its own?
(func $owned_below (param $f (ref $Fn)) (param $up (ref $Fn)) (param $key (ref $Str)) (result i32)
  (local $next (ref null $Fn))
  (local.set $next (local.get $f))
  (block $top (loop $l
    (br_if $top (ref.is_null (local.get $next)))
    (local.set $f (ref.as_non_null (local.get $next)))
    (br_if $top (ref.eq (local.get $f) (local.get $up)))
    (if (i32.eqz (ref.eq (ref.cast eqref (call $fn_lookup (local.get $f) (local.get $key) (i32.const 0))) (global.get $absent)))
      (then (return (i32.const 1))))
    (local.set $next (call $parent_ctor (local.get $f)))
    (br $l)))
  (i32.const 0))

;; the constructor of the class f's class extends, or null (not a class, no
;; parent, or a built-in parent without one)
(func $parent_ctor (param $f (ref $Fn)) (result (ref null $Fn))
  (local $c (ref null $Class))
  (local.set $c (struct.get $Fn $cls (local.get $f)))
  (if (ref.is_null (local.get $c)) (then (return (ref.null $Fn))))
  (local.set $c (struct.get $Class $parent (ref.as_non_null (local.get $c))))
  (if (ref.is_null (local.get $c)) (then (return (ref.null $Fn))))
  (if (ref.test (ref $Fn) (struct.get $Class $ctor (ref.as_non_null (local.get $c))))
    (then (return (ref.cast (ref $Fn) (struct.get $Class $ctor (ref.as_non_null (local.get $c)))))))
  (ref.null $Fn))

;; is for-in's key still there when its turn comes? An array's index may be gone
;; (pop, splice, a shorter length); with `delete` in the program, any object's key
;; may be; a string's never is
(func $forin_has (param $o anyref) (param $key (ref $Str)) (param $deletes i32) (result i32)
  (if (ref.test (ref $Arr) (local.get $o))
    (then (return (i32.or (call $arr_has (ref.cast (ref $Arr) (local.get $o)) (call $index_key (local.get $key)))
                          (call $arr_prop_has (ref.cast (ref $Arr) (local.get $o)) (local.get $key))))))
  (if (i32.or (i32.eqz (local.get $deletes)) (ref.test (ref $Str) (local.get $o))) (then (return (i32.const 1))))
  (call $has_generic (local.get $o) (local.get $key)))

;; a function's own keys without its class's static methods and accessors (the first `$hidden`)
(func $fn_enumerable (param $f (ref $Fn)) (param $keys (ref $Arr)) (result (ref $Arr))
  (local $k i32) (local $r (ref $Arr)) (local $i i32)
  (if (i32.eqz (ref.is_null (struct.get $Fn $cls (local.get $f))))
    (then (local.set $k (struct.get $Class $hidden (ref.as_non_null (struct.get $Fn $cls (local.get $f)))))))
  (if (i32.eqz (local.get $k)) (then (return (local.get $keys))))
  (local.set $r (call $arr_new (i32.const 0)))
  (local.set $i (local.get $k))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $keys))))
    (call $arr_push (local.get $r) (call $arr_get (local.get $keys) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $own_values (param $o anyref) (result (ref $Arr))
  (local $k (ref $Arr)) (local $r (ref $Arr)) (local $i i32) (local $n i32)
  (local.set $k (call $own_keys (local.get $o)))
  (local.set $n (struct.get $Arr $len (local.get $k)))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $arr_push (local.get $r) (call $get_generic (local.get $o) (ref.cast (ref $Str) (call $arr_get (local.get $k) (local.get $i)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $own_entries (param $o anyref) (result (ref $Arr))
  (local $k (ref $Arr)) (local $r (ref $Arr)) (local $i i32) (local $n i32) (local $key anyref)
  (local.set $k (call $own_keys (local.get $o)))
  (local.set $n (struct.get $Arr $len (local.get $k)))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $key (call $arr_get (local.get $k) (local.get $i)))
    (call $arr_push (local.get $r) (call $arr_of (array.new_fixed $Vals 2 (local.get $key)
          (call $get_generic (local.get $o) (ref.cast (ref $Str) (local.get $key))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $assign (param $t anyref) (param $s anyref) (result anyref)
  (local $k (ref $Arr)) (local $i i32) (local $n i32) (local $key (ref $Str))
  (if (call $nullish (local.get $s)) (then (return (local.get $t))))
  (local.set $k (call $own_keys (local.get $s)))
  (local.set $n (struct.get $Arr $len (local.get $k)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $key (ref.cast (ref $Str) (call $arr_get (local.get $k) (local.get $i))))
    (call $set_generic (local.get $t) (local.get $key) (call $get_generic (local.get $s) (local.get $key)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $t))

;; ------------------------------------------------------------------ classes and errors
(func $instance_of (param $v anyref) (param $ctor anyref) (result i32)
  (local $c (ref null $Class)) (local $target (ref null $Class))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $ctor)))
    (then (throw $exn (call $make_error (global.get $cls_TypeError)
            (if (result (ref $Str)) (i32.or (ref.test (ref $Obj) (local.get $ctor)) (ref.test (ref $Arr) (local.get $ctor)))
              (then (global.get $s_instanceof_non_callable)) (else (global.get $s_instanceof_non_object)))))))
  (local.set $target (struct.get $Fn $cls (ref.cast (ref $Fn) (local.get $ctor))))
  (if (ref.is_null (local.get $target)) (then (return (i32.const 0))))
  (if (ref.test (ref $Arr) (local.get $v))   ;; (a typed array is no Array)
    (then (return (i32.or (i32.and (ref.eq (local.get $target) (global.get $cls_Array))
                                   (i32.eqz (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))))
                          (ref.eq (local.get $target) (global.get $cls_Object))))))
  (if (ref.test (ref $Fn) (local.get $v)) (then (return (i32.or (ref.eq (local.get $target) (global.get $cls_Function))
                                                                (ref.eq (local.get $target) (global.get $cls_Object))))))
  (if (i32.eqz (ref.test (ref $Obj) (local.get $v))) (then (return (i32.const 0))))
  (if (ref.eq (local.get $target) (global.get $cls_Object)) (then (return (i32.eqz (call $null_proto (local.get $v))))))
  (local.set $c (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $v))))
  (block $no (loop $l
    (br_if $no (ref.is_null (local.get $c)))
    (if (ref.eq (local.get $c) (local.get $target)) (then (return (i32.const 1))))
    (local.set $c (struct.get $Class $parent (ref.as_non_null (local.get $c))))
    (br $l)))
  (i32.const 0))

(func $make_error (param $cls (ref $Class)) (param $msg (ref $Str)) (result anyref)
  (local $m (ref $MapObj))
  (local.set $m (call $map_new (local.get $cls)))
  (call $map_set (local.get $m) (global.get $s_stack)
        (call $concat (call $concat (struct.get $Class $name (local.get $cls)) (global.get $s_colon_space)) (local.get $msg)))
  (call $map_set (local.get $m) (global.get $s_message) (local.get $msg))
  (local.get $m))

;; The site number ($op_at, set by the lowering just before a generic operation,
;; see ModuleBuilder.op_site) of the operation whose TypeError is being made,
;; moved to $throw_at as -2 - site for the report of an uncaught exception; with
;; no site known, no location (never an older one).
(global $op_at (export "op_at") (mut i32) (i32.const -1))
(func $at_op
  (global.set $throw_at (if (result i32) (i32.ge_s (global.get $op_at) (i32.const 0))
                          (then (i32.sub (i32.const -2) (global.get $op_at))) (else (i32.const -1))))
  (global.set $op_at (i32.const -1)))

(func $read_error (param $o anyref) (param $key (ref $Str)) (result anyref)
  (call $at_op)
  (call $make_error (global.get $cls_TypeError)
    (call $concat (call $concat (call $concat (call $concat (global.get $s_cannot_read)
          (call $tostr (local.get $o))) (global.get $s_reading)) (local.get $key)) (global.get $s_quote_paren))))

(func $write_error (param $o anyref) (param $key (ref $Str)) (result anyref)
  (call $at_op)
  (call $make_error (global.get $cls_TypeError)
    (call $concat (call $concat (call $concat (call $concat (global.get $s_cannot_set)
          (call $tostr (local.get $o))) (global.get $s_setting)) (local.get $key)) (global.get $s_quote_paren))))

;; a property write in strict code whose receiver may be a primitive: node throws
;; for a number, string or boolean (sloppy code ignores the write, see $set_generic):
;; "Cannot create property 'k' on number '2'", and for a string's index or length
;; "Cannot assign to read only property '0' of string 'abc'"
(func $set_strict (param $o anyref) (param $k anyref) (param $v anyref)
  (local $key (ref $Str)) (local $i i32)
  (if (i32.or (call $is_num (local.get $o)) (i32.or (ref.test (ref $Str) (local.get $o)) (ref.test (ref $Bool) (local.get $o))))
    (then
      (local.set $key (call $key (local.get $k)))
      (if (ref.test (ref $Str) (local.get $o))
        (then
          (local.set $i (call $index_key (local.get $key)))
          (if (i32.or (call $str_eq (local.get $key) (global.get $s_length))
                      (i32.and (i32.ge_s (local.get $i) (i32.const 0))
                               (i32.lt_s (local.get $i) (array.len (ref.cast (ref $Str) (local.get $o))))))
            (then (throw $exn (call $make_error (global.get $cls_TypeError)
                    (call $concat (call $concat (call $concat (call $concat (global.get $s_read_only) (local.get $key))
                      (global.get $s_of_string)) (ref.cast (ref $Str) (local.get $o))) (global.get $s_apos))))))))
      (throw $exn (call $make_error (global.get $cls_TypeError)
        (call $concat (call $concat (call $concat (call $concat (call $concat (call $concat (global.get $s_cannot_create) (local.get $key))
          (global.get $s_on_sp)) (call $typeof (local.get $o))) (global.get $s_sp_apos)) (call $tostr (local.get $o))) (global.get $s_apos))))))
  (call $set_index (local.get $o) (local.get $k) (local.get $v)))

;; Where the exception on its way was raised, as -2 - its site number
;; (ModuleBuilder.site_number), or -1: set by a `throw` statement as it throws
;; ($thrown_at) or by the runtime's error makers ($at_op), cleared where a catch
;; takes it; the report of an uncaught exception prints the site's text.
(global $throw_at (mut i32) (i32.const -1))
(func $thrown_at (param $site i32) (param $v anyref) (result anyref)
  (global.set $throw_at (i32.sub (i32.const -2) (local.get $site)))
  (local.get $v))

;; a construct met at run time that the build does not support: stop loudly
(func $unsupported_value (param $what i32) (result anyref)
  (call $host_fail (local.get $what))
  unreachable)

;; the TypeError of a call whose callee is not a function: named as node names it
;; ("o[k] is not a function") when the call's site has the callee's text, else
;; "value is not a function"
(func $not_a_function (result anyref)
  (local $t (ref null $Str))
  (local.set $t (call $callee_text))
  (if (result anyref) (ref.is_null (local.get $t))
    (then (call $make_error (global.get $cls_TypeError) (global.get $s_not_a_function)))
    (else (call $not_fn_error (ref.as_non_null (local.get $t))))))

(func $not_fn_error (param $text (ref $Str)) (result anyref)
  (call $at_op)
  (call $make_error (global.get $cls_TypeError) (call $concat (local.get $text) (global.get $s_is_not_a_function))))

(func $check_fn (param $f anyref) (param $text (ref $Str)) (result anyref)
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f))) (then (throw $exn (call $not_fn_error (local.get $text)))))
  (local.get $f))

;; How node names a value that Map's and Set's forEach cannot call: its type, and
;; for a primitive its value (`number 4`, `string "s"`, `object null`, `undefined`)
(func $typeof_and_value (param $v anyref) (result (ref $Str))
  (if (ref.is_null (local.get $v)) (then (return (global.get $s_undefined))))
  (if (ref.test (ref $Null) (local.get $v)) (then (return (global.get $s_object_null))))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (return (call $concat (global.get $s_boolean_sp) (call $tostr (local.get $v))))))
  (if (call $is_num (local.get $v))
    (then (return (call $concat (global.get $s_number_sp) (call $tostr (local.get $v))))))
  (if (ref.test (ref $Str) (local.get $v))
    (then (return (call $concat (call $concat (global.get $s_string_q) (ref.cast (ref $Str) (local.get $v)))
                                (global.get $s_quote)))))
  (global.get $s_object))

;; a callback that is not a function: node names the value, "5 is not a function",
;; "#<Object> is not a function" (an object by its class), "[object Array] ..."
(func $check_callback (param $f anyref)
  (local $name (ref null $Str))
  (if (ref.test (ref $Fn) (local.get $f)) (then (return)))
  (if (ref.test (ref $Arr) (local.get $f))
    (then (local.set $name (global.get $s_object_Array)))
    (else (if (ref.test (ref $Obj) (local.get $f))
      (then (local.set $name (call $concat (call $concat (global.get $s_hash_lt)
                                                        (struct.get $Class $name (struct.get $Obj $cls (ref.cast (ref $Obj) (local.get $f)))))
                                           (global.get $s_gt))))
      (else (local.set $name (call $tostr (local.get $f)))))))
  (global.set $op_at (i32.const -1))   ;; raised inside a built-in: its call's site is not known here
  (throw $exn (call $not_fn_error (ref.as_non_null (local.get $name)))))

;; ------------------------------------------------------------------ console
;; console.log arguments are serialised into linear memory for the host's
;; formatter (util.inspect rules): tag byte, then payload.
(func $ser_byte (param $b i32)
  (call $ensure (i32.add (global.get $buf) (i32.const 16)))
  (i32.store8 (global.get $buf) (local.get $b))
  (global.set $buf (i32.add (global.get $buf) (i32.const 1))))

(func $ser_u32 (param $v i32)
  (call $ensure (i32.add (global.get $buf) (i32.const 16)))
  (i32.store (global.get $buf) (local.get $v))
  (global.set $buf (i32.add (global.get $buf) (i32.const 4))))

(func $ser_str (param $s (ref $Str))
  (local $n i32)
  (local.set $n (array.len (local.get $s)))
  (call $ser_u32 (local.get $n))
  (drop (call $to_mem (local.get $s) (global.get $buf)))
  (global.set $buf (i32.add (global.get $buf) (i32.shl (local.get $n) (i32.const 1)))))

;; Circular structures, printed as node does (`<ref *1> { self: [Circular *1] }`):
;; `$ser_seen` holds the objects and arrays being serialised, outermost first; a
;; value that is one of them is written as tag 14 (its position there, and its
;; reference number). Objects found that way are the targets, numbered in the
;; order found (per console.log argument, like node's); a target met again later
;; is written with tag 15 and its number before it, so it is printed `<ref *n>` too.
(global $ser_seen (mut (ref null $Vals)) (ref.null $Vals))
(global $ser_sp (mut i32) (i32.const 0))
(global $ser_targets (mut (ref null $Vals)) (ref.null $Vals))
(global $ser_nt (mut i32) (i32.const 0))

(func $ser_target_of (param $v anyref) (result i32)
  (local $i i32)
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (global.get $ser_nt)))
    (if (ref.eq (ref.cast eqref (array.get $Vals (ref.as_non_null (global.get $ser_targets)) (local.get $i)))
                (ref.cast eqref (local.get $v)))
      (then (return (i32.add (local.get $i) (i32.const 1)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (i32.const 0))

(func $ser_new_target (param $v anyref) (result i32)
  (local $new (ref $Vals))
  (if (ref.is_null (global.get $ser_targets))
    (then (global.set $ser_targets (array.new_default $Vals (i32.const 8)))))
  (if (i32.ge_u (global.get $ser_nt) (array.len (ref.as_non_null (global.get $ser_targets))))
    (then
      (local.set $new (array.new_default $Vals (i32.shl (global.get $ser_nt) (i32.const 1))))
      (array.copy $Vals $Vals (local.get $new) (i32.const 0) (ref.as_non_null (global.get $ser_targets)) (i32.const 0) (global.get $ser_nt))
      (global.set $ser_targets (local.get $new))))
  (array.set $Vals (ref.as_non_null (global.get $ser_targets)) (global.get $ser_nt) (local.get $v))
  (global.set $ser_nt (i32.add (global.get $ser_nt) (i32.const 1)))
  (global.get $ser_nt))

(func $ser_enter (param $v anyref) (result i32)
  (local $i i32) (local $n i32)
  (if (ref.is_null (global.get $ser_seen))
    (then (global.set $ser_seen (array.new_default $Vals (i32.const 8)))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (global.get $ser_sp)))
    (br_if $d (i32.ge_u (local.get $i) (i32.const 8)))
    (if (ref.eq (ref.cast eqref (array.get $Vals (ref.as_non_null (global.get $ser_seen)) (local.get $i)))
                (ref.cast eqref (local.get $v)))
      (then
        (local.set $n (call $ser_target_of (local.get $v)))
        (if (i32.eqz (local.get $n)) (then (local.set $n (call $ser_new_target (local.get $v)))))
        (call $ser_byte (i32.const 14)) (call $ser_u32 (local.get $i)) (call $ser_u32 (local.get $n))
        (return (i32.const 0))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.set $n (call $ser_target_of (local.get $v)))
  (if (local.get $n) (then (call $ser_byte (i32.const 15)) (call $ser_u32 (local.get $n))))
  ;; depth is cut at 3 by node's rules, so the stack stays shallow
  (if (i32.lt_u (global.get $ser_sp) (i32.const 8))
    (then (array.set $Vals (ref.as_non_null (global.get $ser_seen)) (global.get $ser_sp) (local.get $v))))
  (global.set $ser_sp (i32.add (global.get $ser_sp) (i32.const 1)))
  (i32.const 1))

(func $ser_leave
  (global.set $ser_sp (i32.sub (global.get $ser_sp) (i32.const 1)))
  (if (i32.lt_u (global.get $ser_sp) (i32.const 8))
    (then (array.set $Vals (ref.as_non_null (global.get $ser_seen)) (global.get $ser_sp) (ref.null any)))))

(func $ser (param $v anyref) (param $depth i32)
  (local $a (ref $Arr)) (local $i i32) (local $n i32) (local $k (ref $Arr))
  (local $run i32)
  (if (ref.is_null (local.get $v)) (then (call $ser_byte (i32.const 0)) (return)))
  (if (ref.test (ref $Null) (local.get $v)) (then (call $ser_byte (i32.const 1)) (return)))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (call $ser_byte (i32.sub (i32.const 3) (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $v))))) (return)))
  (if (call $is_num (local.get $v))
    (then (call $ser_byte (i32.const 4))
          (call $ensure (i32.add (global.get $buf) (i32.const 16)))
          (f64.store (global.get $buf) (call $tonum (local.get $v)))
          (global.set $buf (i32.add (global.get $buf) (i32.const 8)))
          (return)))
  (if (ref.test (ref $Str) (local.get $v))
    (then (call $ser_byte (i32.const 5)) (call $ser_str (ref.cast (ref $Str) (local.get $v))) (return)))
  (if (ref.test (ref $Arr) (local.get $v))
    (then
      (local.set $a (ref.cast (ref $Arr) (local.get $v)))
      (local.set $n (struct.get $Arr $len (local.get $a)))
      ;; node cuts nested values past depth 2, but prints empty ones in full
      (if (i32.eqz (call $ser_enter (local.get $v))) (then (return)))
      (if (struct.get $Arr $kind (local.get $a))
        (then ;; a typed array: tag 20, its kind's name, its length and elements (all numbers)
          (if (i32.and (i32.gt_u (local.get $depth) (i32.const 2)) (i32.ne (local.get $n) (i32.const 0)))
            (then (call $ser_byte (i32.const 10)) (call $ser_str (call $ta_name (struct.get $Arr $kind (local.get $a))))
                  (call $ser_leave) (return)))
          (call $ser_byte (i32.const 20))
          (call $ser_str (call $ta_name (struct.get $Arr $kind (local.get $a))))
          (call $ser_u32 (local.get $n))
          (block $td (loop $tl
            (br_if $td (i32.ge_u (local.get $i) (local.get $n)))
            (call $ser (call $arr_get (local.get $a) (local.get $i)) (i32.add (local.get $depth) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $tl)))
          (call $ser_leave)
          (return)))
      (if (i32.and (i32.gt_u (local.get $depth) (i32.const 2)) (i32.ne (local.get $n) (i32.const 0)))
        (then (call $ser_byte (i32.const 9)) (call $ser_leave) (return)))
      ;; an array with named properties (a match's index, input and groups): tag 24,
      ;; the array, then their count and pairs
      (if (i32.eqz (ref.is_null (struct.get $Arr $props (local.get $a)))) (then (call $ser_byte (i32.const 24))))
      (call $ser_byte (i32.const 6))
      (call $ser_u32 (local.get $n))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (if (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole))
          (then
            ;; a run of holes: tag 16 and its length (it counts as that many elements)
            (call $ser_byte (i32.const 16))
            (local.set $run (i32.const 0))
            (block $hd (loop $hl
              (br_if $hd (i32.ge_u (local.get $i) (local.get $n)))
              (br_if $hd (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole))))
              (local.set $run (i32.add (local.get $run) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $hl)))
            (call $ser_u32 (local.get $run))
            (br $l)))
        (call $ser (call $arr_get (local.get $a) (local.get $i)) (i32.add (local.get $depth) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (if (i32.eqz (ref.is_null (struct.get $Arr $props (local.get $a))))
        (then (local.set $k (call $own_keys (ref.as_non_null (struct.get $Arr $props (local.get $a)))))
              (call $ser_u32 (struct.get $Arr $len (local.get $k)))
              (call $ser_props (local.get $v) (local.get $k) (local.get $depth))))
      (call $ser_leave)
      (return)))
  (if (ref.test (ref $Fn) (local.get $v))
    (then
      ;; own enumerable properties (`f.extra = 1`, a class's static fields): tag 19,
      ;; their count, the function, then each key and value; past depth 2, tag 10
      (local.set $k (call $own_keys (local.get $v)))
      (local.set $n (struct.get $Arr $len (local.get $k)))
      (if (local.get $n)
        (then
          (if (i32.eqz (call $ser_enter (local.get $v))) (then (return)))
          (if (i32.gt_u (local.get $depth) (i32.const 2))
            (then (call $ser_byte (i32.const 10)) (call $ser_str (struct.get $Class $name (global.get $cls_Function))) (call $ser_leave) (return)))
          (call $ser_byte (i32.const 19))
          (call $ser_u32 (local.get $n))
          (call $ser_fn (ref.cast (ref $Fn) (local.get $v)))
          (call $ser_props (local.get $v) (local.get $k) (local.get $depth))
          (call $ser_leave)
          (return)))
      (call $ser_fn (ref.cast (ref $Fn) (local.get $v)))
      (return)))
  (if (i32.or (ref.test (ref $JSMap) (local.get $v)) (ref.test (ref $JSSet) (local.get $v)))
    (then (call $ser_coll (ref.cast (ref $Coll) (local.get $v)) (local.get $depth)) (return)))
  ;; a regular expression: tag 23 and its text
  (if (ref.test (ref $RegExpObj) (local.get $v))
    (then (call $ser_byte (i32.const 23)) (call $ser_str (call $re_text (ref.cast (ref $RegExpObj) (local.get $v)))) (return)))
  ;; a Date: tag 22 and its time value (printed as its ISO text, codegen/inspect.py)
  (if (ref.test (ref $DateObj) (local.get $v))
    (then (call $ser_byte (i32.const 22))
          (call $ensure (i32.add (global.get $buf) (i32.const 16)))
          (f64.store (global.get $buf) (struct.get $DateObj $t (ref.cast (ref $DateObj) (local.get $v))))
          (global.set $buf (i32.add (global.get $buf) (i32.const 8)))
          (return)))
  (if (ref.test (ref $Obj) (local.get $v))
    (then
      (if (call $is_error (local.get $v))
        (then (call $ser_byte (i32.const 12))
              (call $ser_str (call $tostr (call $get_generic (local.get $v) (global.get $s_stack))))
              (return)))
      (if (i32.eqz (call $ser_enter (local.get $v))) (then (return)))
      (local.set $k (call $own_keys (local.get $v)))
      (local.set $n (struct.get $Arr $len (local.get $k)))
      (local.set $i (i32.and (i32.gt_u (local.get $depth) (i32.const 2)) (i32.ne (local.get $n) (i32.const 0))))
      (call $ser_byte (select (i32.const 10) (i32.const 7) (local.get $i)))
      (call $ser_str (call $shown_class_name (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $v)))))
      (if (local.get $i) (then (call $ser_leave) (return)))
      (call $ser_u32 (local.get $n))
      (call $ser_props (local.get $v) (local.get $k) (local.get $depth))
      (call $ser_leave)
      (return)))
  (if (ref.test (ref $CIter) (local.get $v)) (then (call $host_fail (i32.const 16)) (unreachable)))
  (call $ser_byte (i32.const 0)))

;; a function as tag 8 (a function), 11 (a class) or 13 (a class that extends
;; another: its name, then the parent's name) and its name
;; each of the keys of v and its value, one level deeper
(func $ser_props (param $v anyref) (param $keys (ref $Arr)) (param $depth i32)
  (local $i i32) (local $key (ref $Str)) (local $p anyref)
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $keys))))
    (local.set $key (ref.cast (ref $Str) (call $arr_get (local.get $keys) (local.get $i))))
    (call $ser_str (local.get $key))
    (block $value
      ;; an object literal's accessor prints as what it has (node does not call it): tag 21
      (if (ref.test (ref $MapObj) (local.get $v))
        (then (local.set $p (call $map_raw (ref.cast (ref $MapObj) (local.get $v)) (local.get $key)))
              (if (ref.test (ref $Accessor) (local.get $p))
                (then (call $ser_byte (i32.const 21))
                      (call $ser_byte (i32.or
                        (i32.eqz (ref.is_null (struct.get $Accessor $get (ref.cast (ref $Accessor) (local.get $p)))))
                        (i32.shl (i32.eqz (ref.is_null (struct.get $Accessor $set (ref.cast (ref $Accessor) (local.get $p)))))
                                 (i32.const 1))))
                      (br $value)))))
      (call $ser (call $get_generic (local.get $v) (local.get $key)) (i32.add (local.get $depth) (i32.const 1))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))))

(func $ser_fn (param $f (ref $Fn))
  (local $c (ref null $Class))
  (local.set $c (struct.get $Fn $cls (local.get $f)))
  (if (i32.eqz (ref.is_null (local.get $c)))   ;; a constructor function made a class prints as a function
    (then (if (i32.and (struct.get $Class $flags (ref.as_non_null (local.get $c))) (i32.const 1))
            (then (local.set $c (ref.null $Class))))))
  (if (i32.eqz (ref.is_null (local.get $c)))
    (then (if (i32.eqz (ref.is_null (struct.get $Class $parent (ref.as_non_null (local.get $c)))))
            (then (call $ser_byte (i32.const 13))
                  (call $ser_str (struct.get $Fn $name (local.get $f)))
                  (call $ser_str (struct.get $Class $name (ref.as_non_null (struct.get $Class $parent (ref.as_non_null (local.get $c))))))
                  (return)))))
  (call $ser_byte (select (i32.const 11) (i32.const 8) (i32.eqz (ref.is_null (local.get $c)))))
  (call $ser_str (struct.get $Fn $name (local.get $f))))

;; a Map (tag 17: size, then key and value of each entry) or a Set (tag 18: size,
;; then each value); past depth 2 a non-empty one is tag 10 with its class name
(func $ser_coll (param $c (ref $Coll)) (param $depth i32)
  (local $it (ref $CIter)) (local $map i32) (local $n i32)
  (local.set $map (ref.test (ref $JSMap) (local.get $c)))
  (local.set $n (call $coll_size (local.get $c)))
  (if (i32.eqz (call $ser_enter (local.get $c))) (then (return)))
  (if (i32.and (i32.gt_u (local.get $depth) (i32.const 2)) (i32.ne (local.get $n) (i32.const 0)))
    (then (call $ser_byte (i32.const 10)) (call $ser_str (struct.get $Class $name (struct.get $Coll $cls (local.get $c))))
          (call $ser_leave) (return)))
  (call $ser_byte (select (i32.const 17) (i32.const 18) (local.get $map)))
  (call $ser_u32 (local.get $n))
  (local.set $it (call $citer_new (local.get $c) (i32.const 3)))
  (block $d (loop $l
    (br_if $d (i32.eqz (call $citer_step (local.get $it))))
    (if (local.get $map) (then (call $ser (struct.get $CIter $key (local.get $it)) (i32.add (local.get $depth) (i32.const 1)))))
    (call $ser (struct.get $CIter $cur (local.get $it)) (i32.add (local.get $depth) (i32.const 1)))
    (br $l)))
  (call $ser_leave))

;; console.log / console.error: fd 1 or 2, the arguments as an array
(func $console (param $fd i32) (param $args (ref $Arr))
  (local $i i32) (local $n i32)
  (global.set $buf (i32.const 0))
  (global.set $ser_sp (i32.const 0))   ;; a getter that threw mid-way may have left entries
  (local.set $n (struct.get $Arr $len (local.get $args)))
  (call $ser_u32 (local.get $n))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (global.set $ser_nt (i32.const 0))   ;; node numbers references per argument
    (call $ser (call $arr_get (local.get $args) (local.get $i)) (i32.const 0))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $host_write (local.get $fd) (i32.const 0) (global.get $buf)))

;; process.stdout.write(s) / process.stderr.write(s) (fd 1 or 2): the string as it
;; is, no newline, in order with console output (host fds 4 and 5); true, as node
;; answers for a synchronous stream. A chunk that is not a string (node takes
;; Buffers and throws a TypeError for anything else) is refused at run time.
(func $stream_write (param $fd i32) (param $v anyref) (result i32)
  (if (i32.eqz (ref.test (ref $Str) (local.get $v))) (then (call $host_fail (i32.const 26)) (unreachable)))
  (call $console_str (i32.add (local.get $fd) (i32.const 3)) (ref.cast (ref $Str) (local.get $v)))
  (i32.const 1))

;; process.exit(code): the program ends here with that status (undefined: 0); no
;; finally block or later statement runs. A code that is not an integer number is
;; refused at run time (node coerces integer strings and throws for the rest).
(func $process_exit (param $v anyref)
  (local $x f64)
  (if (ref.is_null (local.get $v)) (then (call $host_exit (i32.const 0)) (unreachable)))
  (if (call $is_num (local.get $v))
    (then (local.set $x (call $tonum (local.get $v)))
          (if (i32.and (f64.eq (f64.trunc (local.get $x)) (local.get $x)) (f64.lt (f64.abs (local.get $x)) (f64.const 2147483648)))
            (then (call $host_exit (i32.and (i32.trunc_f64_s (local.get $x)) (i32.const 255))) (unreachable)))))
  (call $host_fail (i32.const 27))
  (unreachable))

;; console.log of one string: the common case, no array
(func $console_str (param $fd i32) (param $s (ref $Str))
  (global.set $buf (i32.const 0))
  (call $ser_u32 (i32.const 1))
  (call $ser_byte (i32.const 5))
  (call $ser_str (local.get $s))
  (call $host_write (local.get $fd) (i32.const 0) (global.get $buf)))

;; Built-in functions and methods of the runtime: what the programs call on
;; arrays, strings, numbers and functions, and the host globals. A dispatcher
;; `$call_<name>` tries `$bi_<kind>_<name>` when the receiver is of that kind.
;; Method signature: (receiver, argc, a0, a1, a2, rest) -> anyref.

(func $ftruthy (param $x f64) (result i32)
  (i32.and (f64.ne (local.get $x) (f64.const 0)) (f64.eq (local.get $x) (local.get $x))))

(func $unabsent (param $v anyref) (result anyref)
  (if (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent)) (then (return (ref.null any))))
  (local.get $v))

(func $is_nan_f (param $x f64) (result i32) (f64.ne (local.get $x) (local.get $x)))
(func $is_finite_f (param $x f64) (result i32)
  (f64.lt (f64.abs (local.get $x)) (f64.const inf)))
(func $number_isNaN (param $v anyref) (result i32)
  (if (result i32) (call $is_num (local.get $v)) (then (call $is_nan_f (call $tonum (local.get $v)))) (else (i32.const 0))))
(func $number_isFinite (param $v anyref) (result i32)
  (if (result i32) (call $is_num (local.get $v)) (then (call $is_finite_f (call $tonum (local.get $v)))) (else (i32.const 0))))
(func $number_isInteger (param $v anyref) (result i32)
  (local $x f64)
  (if (i32.eqz (call $is_num (local.get $v))) (then (return (i32.const 0))))
  (local.set $x (call $tonum (local.get $v)))
  (i32.and (call $is_finite_f (local.get $x)) (f64.eq (local.get $x) (f64.trunc (local.get $x)))))
(func $number_isSafeInteger (param $v anyref) (result i32)
  (i32.and (call $number_isInteger (local.get $v))
           (f64.le (f64.abs (call $tonum (local.get $v))) (f64.const 9007199254740991))))

(func $sign (param $x f64) (result f64)
  (if (f64.gt (local.get $x) (f64.const 0)) (then (return (f64.const 1))))
  (if (f64.lt (local.get $x) (f64.const 0)) (then (return (f64.const -1))))
  (local.get $x))

(func $object_is (param $a anyref) (param $b anyref) (result i32)
  (local $x f64) (local $y f64)
  (if (i32.and (call $is_num (local.get $a)) (call $is_num (local.get $b)))
    (then
      (local.set $x (call $tonum (local.get $a)))
      (local.set $y (call $tonum (local.get $b)))
      (if (i32.and (f64.ne (local.get $x) (local.get $x)) (f64.ne (local.get $y) (local.get $y))) (then (return (i32.const 1))))
      (return (i64.eq (i64.reinterpret_f64 (local.get $x)) (i64.reinterpret_f64 (local.get $y))))))
  (call $strict_eq (local.get $a) (local.get $b)))

(func $to_object (param $v anyref) (result anyref)
  (if (call $nullish (local.get $v))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_convert_undefined)))))
  (local.get $v))

(func $math_max_arr (param $a (ref $Arr)) (result f64)
  (local $i i32) (local $r f64)
  (local.set $r (f64.const -inf))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))))
    (local.set $r (f64.max (local.get $r) (call $tonum (call $arr_get (local.get $a) (local.get $i)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; Math.max (max = 1) or Math.min over the arguments of a call of the function
;; value (codegen/math_values.py): each one's ToNumber, in order
(func $math_fold (param $max i32) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref)
                 (param $rest (ref null $Vals)) (result f64)
  (local $r f64) (local $i i32) (local $x f64)
  (local.set $r (select (f64.const -inf) (f64.const inf) (local.get $max)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $argc)))
    (local.set $x (call $tonum
      (if (result anyref) (i32.eqz (local.get $i)) (then (local.get $a0))
        (else (if (result anyref) (i32.eq (local.get $i) (i32.const 1)) (then (local.get $a1))
          (else (if (result anyref) (i32.eq (local.get $i) (i32.const 2)) (then (local.get $a2))
            (else (array.get $Vals (ref.as_non_null (local.get $rest)) (i32.sub (local.get $i) (i32.const 3)))))))))))
    (local.set $r (select (f64.max (local.get $r) (local.get $x)) (f64.min (local.get $r) (local.get $x)) (local.get $max)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $math_min_arr (param $a (ref $Arr)) (result f64)
  (local $i i32) (local $r f64)
  (local.set $r (f64.const inf))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))))
    (local.set $r (f64.min (local.get $r) (call $tonum (call $arr_get (local.get $a) (local.get $i)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $from_char_codes (param $a (ref $Arr)) (result (ref $Str))
  (local $r (ref $Str)) (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $r (array.new_default $Str (local.get $n)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (array.set $Str (local.get $r) (local.get $i) (call $toint (call $arr_get (local.get $a) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; String.fromCodePoint: code points above 0xFFFF as surrogate pairs; an invalid one
;; (not an integer in 0..0x10FFFF) is a RangeError, as in JS
(func $from_code_points (param $a (ref $Arr)) (result (ref $Str))
  (local $r (ref $Str)) (local $i i32) (local $n i32) (local $x f64) (local $c i32) (local $o i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $r (array.new_default $Str (i32.shl (local.get $n) (i32.const 1))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $x (call $tonum (call $arr_get (local.get $a) (local.get $i))))
    (if (i32.or (f64.ne (local.get $x) (f64.trunc (local.get $x)))
                (i32.or (f64.lt (local.get $x) (f64.const 0)) (f64.gt (local.get $x) (f64.const 1114111))))
      (then (throw $exn (call $make_error (global.get $cls_RangeError)
                              (call $concat (global.get $s_bad_code_point) (call $num_to_str (local.get $x)))))))
    (local.set $c (i32.trunc_f64_u (local.get $x)))
    (if (i32.ge_u (local.get $c) (i32.const 0x10000))
      (then
        (local.set $c (i32.sub (local.get $c) (i32.const 0x10000)))
        (array.set $Str (local.get $r) (local.get $o) (i32.or (i32.const 0xD800) (i32.shr_u (local.get $c) (i32.const 10))))
        (array.set $Str (local.get $r) (i32.add (local.get $o) (i32.const 1)) (i32.or (i32.const 0xDC00) (i32.and (local.get $c) (i32.const 0x3FF))))
        (local.set $o (i32.add (local.get $o) (i32.const 2))))
      (else
        (array.set $Str (local.get $r) (local.get $o) (local.get $c))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $substr (local.get $r) (i32.const 0) (local.get $o)))

;; Object.fromEntries(pairs): a dictionary object, keys in order
(func $from_entries (param $v anyref) (result anyref)
  (local $src (ref $Arr)) (local $r (ref $MapObj)) (local $i i32) (local $e anyref)
  (local.set $src (call $iterable_array (local.get $v) (i32.const -1)))
  (local.set $r (call $map_new (global.get $cls_Object)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $src))))
    (local.set $e (call $arr_get (local.get $src) (local.get $i)))
    ;; an entry must be an object (a pair); node throws for a primitive
    (if (call $is_prim (local.get $e))
      (then (throw $exn (call $make_error (global.get $cls_TypeError)
              (call $concat (call $concat (global.get $s_iter_value) (call $tostr (local.get $e))) (global.get $s_not_entry))))))
    (call $set_generic (local.get $r) (call $key (call $get_index (local.get $e) (ref.i31 (i32.const 0))))
          (call $get_index (local.get $e) (ref.i31 (i32.const 1))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; for-of and spread: arrays, and strings by code point
;; [...xs.keys()], [...xs.values()], [...xs.entries()] of an array xs (kind 1, 0, 2):
;; what its iterator gives, read as the iterator reads (a hole is undefined)
(func $arr_iter_items (param $a (ref $Arr)) (param $kind i32) (result anyref)
  (local $r (ref $Arr)) (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $arr_push (local.get $r)
      (if (result anyref) (i32.eq (local.get $kind) (i32.const 1))
        (then (call $box_i32 (local.get $i)))
        (else (if (result anyref) (i32.eq (local.get $kind) (i32.const 2))
          (then (call $arr_of (array.new_fixed $Vals 2 (call $box_i32 (local.get $i))
                                                      (call $arr_get (local.get $a) (local.get $i)))))
          (else (call $arr_get (local.get $a) (local.get $i)))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $iterable_array (param $v anyref) (param $at i32) (result (ref $Arr))
  (local $u (ref null $CIter)) (local $s (ref $Str)) (local $r (ref $Arr)) (local $i i32) (local $n i32) (local $c i32) (local $len i32)
  (if (ref.test (ref $Arr) (local.get $v)) (then (return (ref.cast (ref $Arr) (local.get $v)))))
  ;; Map, Set and their iterators (codegen/collections.wat)
  (if (ref.test (ref $CIter) (local.get $v)) (then (return (call $citer_drain (ref.cast (ref $CIter) (local.get $v))))))
  (if (i32.or (ref.test (ref $JSMap) (local.get $v)) (ref.test (ref $JSSet) (local.get $v)))
    (then (return (call $citer_drain (call $coll_iter (ref.cast (ref $Coll) (local.get $v)))))))
  (if (ref.test (ref $Str) (local.get $v))
    (then
      (local.set $s (ref.cast (ref $Str) (local.get $v)))
      (local.set $n (array.len (local.get $s)))
      (local.set $r (call $arr_new (i32.const 0)))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
        (local.set $len (i32.const 1))
        (if (i32.and (i32.and (i32.ge_u (local.get $c) (i32.const 0xD800)) (i32.le_u (local.get $c) (i32.const 0xDBFF)))
                     (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
          (then (if (i32.and (i32.ge_u (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 1))) (i32.const 0xDC00))
                             (i32.le_u (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 1))) (i32.const 0xDFFF)))
                  (then (local.set $len (i32.const 2))))))
        (call $arr_push (local.get $r) (call $substr (local.get $s) (local.get $i) (i32.add (local.get $i) (local.get $len))))
        (local.set $i (i32.add (local.get $i) (local.get $len)))
        (br $l)))
      (return (local.get $r))))
  (local.set $u (call $user_iter (local.get $v)))
  (if (i32.eqz (ref.is_null (local.get $u))) (then (return (call $citer_drain (ref.as_non_null (local.get $u))))))
  (throw $exn (call $not_iterable (local.get $v) (local.get $at))))

;; node's TypeError for an object pattern's value that is undefined or null
;; (codegen/iter_messages.py, nullish_operands): $text and $key are string slots
;; (-1: none; no text names the value itself), $form which sentence
(func $destructure_error (param $v anyref) (param $text i32) (param $key i32) (param $form i32) (result anyref)
  (local $what (ref $Str)) (local $name (ref $Str)) (local $k (ref $Str))
  (local.set $what (if (result (ref $Str)) (ref.is_null (local.get $v)) (then (global.get $s_undefined)) (else (global.get $s_null))))
  (local.set $name (if (result (ref $Str)) (i32.ge_s (local.get $text) (i32.const 0))
                     (then (table.get $strs (local.get $text))) (else (local.get $what))))
  (local.set $k (if (result (ref $Str)) (i32.ge_s (local.get $key) (i32.const 0))
                  (then (table.get $strs (local.get $key))) (else (global.get $s_empty))))
  (call $make_error (global.get $cls_TypeError)
    (if (result (ref $Str)) (i32.eqz (local.get $form))
      (then (call $concat (call $concat (global.get $s_cannot_read) (local.get $what))
                          (if (result (ref $Str)) (i32.ge_s (local.get $key) (i32.const 0))
                            (then (call $concat (global.get $s_reading) (call $concat (local.get $k) (global.get $s_quote_paren))))
                            (else (global.get $s_empty)))))
      (else (call $concat
              (if (result (ref $Str)) (i32.eq (local.get $form) (i32.const 1))
                (then (call $concat (global.get $s_destructure_property)
                        (call $concat (local.get $k) (call $concat (global.get $s_quote_of_quote) (local.get $name)))))
                (else (call $concat (global.get $s_destructure_quote) (local.get $name))))
              (call $concat (global.get $s_quote_as_it_is) (call $concat (local.get $what) (global.get $s_dot))))))))

;; node's TypeError for a value that is not iterable (codegen/iter_messages.py): $at is
;; -1 (named by its type) or the slot of the expression's text times 4 plus the kind
(func $not_iterable (param $v anyref) (param $at i32) (result anyref)
  (local $text (ref null $Str)) (local $kind i32)
  (if (i32.ge_s (local.get $at) (i32.const 0))
    (then (local.set $text (table.get $strs (i32.shr_u (local.get $at) (i32.const 2))))
          (local.set $kind (i32.and (local.get $at) (i32.const 3)))))
  (if (i32.eq (local.get $kind) (i32.const 2))   ;; a call's spread
    (then (if (i32.eqz (call $nullish (local.get $v)))
            (then (return (call $make_error (global.get $cls_TypeError) (global.get $s_spread_not_iterable)))))
          (return (call $make_error (global.get $cls_TypeError)
                        (call $concat (ref.as_non_null (local.get $text))
                          (call $concat (global.get $s_not_iterable_read)
                            (call $concat (if (result (ref $Str)) (ref.is_null (local.get $v))
                                            (then (global.get $s_undefined)) (else (global.get $s_null)))
                                          (global.get $s_paren_close))))))))
  (if (i32.eqz (ref.is_null (local.get $text)))
    (then (return (call $make_error (global.get $cls_TypeError)
                        (call $concat (ref.as_non_null (local.get $text))
                          (if (result (ref $Str)) (i32.eqz (local.get $kind)) (then (global.get $s_not_iterable))
                            (else (if (result (ref $Str)) (i32.eq (local.get $kind) (i32.const 1))
                                    (then (global.get $s_not_fn_or_iterable)) (else (global.get $s_not_iterable_symbol))))))))))
  (call $make_error (global.get $cls_TypeError)
    (call $concat (if (result (ref $Str)) (ref.test (ref $Fn) (local.get $v))
                    (then (global.get $s_function)) (else (call $typeof_and_value (local.get $v))))
                  (global.get $s_not_iterable_symbol))))

(func $arr_append (param $a (ref $Arr)) (param $b (ref $Arr))
  (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $b)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $arr_push (local.get $a) (call $arr_get (local.get $b) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))))

;; the same, keeping holes (concat, splice): spread and for-of use $arr_append
(func $arr_append_raw (param $a (ref $Arr)) (param $b (ref $Arr))
  (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $b)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $arr_push (local.get $a) (array.get $Vals (struct.get $Arr $data (local.get $b)) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))))

(func $array_ctor1 (param $v anyref) (result anyref)
  (local $x f64) (local $a (ref $Arr))
  (if (call $is_num (local.get $v))
    (then
      (local.set $x (call $tonum (local.get $v)))
      (if (i32.or (f64.ne (local.get $x) (f64.trunc (local.get $x)))
                  (i32.or (f64.lt (local.get $x) (f64.const 0)) (f64.gt (local.get $x) (f64.const 4294967295))))
        (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_invalid_length)))))
      (if (f64.gt (local.get $x) (f64.const 100000000)) (then (call $host_fail (i32.const 3)) (unreachable)))
      (local.set $a (call $arr_new (i32.const 0)))
      (call $arr_grow (local.get $a) (i32.trunc_f64_u (local.get $x)))
      (array.fill $Vals (struct.get $Arr $data (local.get $a)) (i32.const 0) (global.get $hole) (i32.trunc_f64_u (local.get $x)))
      (struct.set $Arr $len (local.get $a) (i32.trunc_f64_u (local.get $x)))
      (return (local.get $a))))
  (call $arr_of (array.new_fixed $Vals 1 (local.get $v))))

;; Error(message) on a fresh error object (struct or dictionary)
(func $error_init (param $o anyref) (param $argc i32) (param $m anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals))
  (local $msg (ref $Str))
  (local.set $msg (global.get $s_empty))
  (if (i32.and (i32.gt_s (local.get $argc) (i32.const 0)) (i32.eqz (ref.is_null (local.get $m))))
    (then (local.set $msg (call $tostr (local.get $m)))
          (call $put_own (local.get $o) (global.get $s_message) (local.get $msg)))
    (else
      ;; a struct error has a message field; it reads as Error.prototype.message would
      (if (i32.eqz (ref.test (ref $MapObj) (local.get $o)))
        (then (call $put_own (local.get $o) (global.get $s_message) (global.get $s_empty))))))
  ;; new Error(message, { cause }): an own cause when the options have one
  (if (i32.and (i32.ge_s (local.get $argc) (i32.const 2)) (ref.test (ref $Obj) (local.get $a1)))
    (then (if (call $has_generic (local.get $a1) (global.get $s_cause))
            (then (call $put_own (local.get $o) (global.get $s_cause) (call $get_generic (local.get $a1) (global.get $s_cause)))))))
  (call $put_own (local.get $o) (global.get $s_stack)
        (call $concat (call $error_to_string (local.get $o)) (global.get $s_stack_at))))

;; `new` of an error class is done: its stack header with the name it has now
(func $error_finish (param $o anyref) (result anyref)
  (call $put_own (local.get $o) (global.get $s_stack)
        (call $concat (call $error_to_string (local.get $o)) (global.get $s_stack_at)))
  (local.get $o))

;; Error.captureStackTrace(o): an error's stack header made again with the name
;; and message it has now; another object would get a `stack` of its own
(func $capture_stack_trace (param $o anyref) (result anyref)
  (if (call $is_error (local.get $o))
    (then (drop (call $error_finish (local.get $o))) (return (ref.null any))))
  (throw $exn (call $unsupported_value (i32.const 43))))

;; the same for a class whose parent is known only at run time
(func $error_finish_if (param $o anyref) (result anyref)
  (if (result anyref) (call $is_error (local.get $o))
    (then (call $error_finish (local.get $o))) (else (local.get $o))))

;; define an own data property on a fresh object, whatever its representation
(func $put_own (param $o anyref) (param $k (ref $Str)) (param $v anyref)
  (if (ref.test (ref $MapObj) (local.get $o))
    (then (call $map_set (ref.cast (ref $MapObj) (local.get $o)) (local.get $k) (local.get $v)) (return)))
  (drop (call $struct_set_by_name (local.get $o) (local.get $k) (local.get $v))))

(func $builtin_ctor (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $o anyref) (local $c (ref null $Class))
  (local.set $c (struct.get $Fn $cls (local.get $self)))
  ;; `new M(...)` where M holds Map or Set
  (if (ref.eq (local.get $c) (global.get $cls_Map))
    (then (return (call $coll_fill (call $map_create) (local.get $a0)))))
  (if (ref.eq (local.get $c) (global.get $cls_Set))
    (then (return (call $coll_fill (call $set_create) (local.get $a0)))))
  (if (call $is_error_class (local.get $c))
    (then
      (local.set $o (call $map_new (ref.as_non_null (local.get $c))))
      (call $error_init (local.get $o) (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest))
      (return (local.get $o))))
  (call $host_fail (i32.const 8))
  (unreachable))

(func $is_error_class (param $c (ref null $Class)) (result i32)
  (if (ref.is_null (local.get $c)) (then (return (i32.const 0))))
  (struct.get $Class $is_error (ref.as_non_null (local.get $c))))

(func $construct_spread (param $f (ref $Fn)) (param $o anyref) (param $args (ref $Arr)) (result anyref)
  (drop (call $construct_call (local.get $f) (local.get $o) (call $spread_args (local.get $args))))
  (local.get $o))

(func $call_method_generic (param $o anyref) (param $k (ref $Str)) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $f anyref)
  ;; Boolean.prototype's two methods
  (if (ref.test (ref $Bool) (local.get $o))
    (then (if (call $str_eq (local.get $k) (global.get $s_toString)) (then (return (call $tostr (local.get $o)))))
          (if (call $str_eq (local.get $k) (global.get $s_valueOf)) (then (return (local.get $o))))))
  (local.set $f (call $get_generic (local.get $o) (local.get $k)))
  ;; a standard method of strings, arrays or numbers the build does not implement: say so,
  ;; do not throw (any other name throws node's TypeError below)
  (if (ref.is_null (local.get $f)) (then (call $builtin_missing (local.get $o) (local.get $k))))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f)))
    (then (throw $exn (call $not_fn_error (call $method_text (local.get $k))))))
  (call $call_value (local.get $f) (local.get $o) (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))

;; How node names a method call's callee in "X is not a function": the call's
;; text when its site has one ($site_callee, made by the build), else object.key
(func $method_text (param $k (ref $Str)) (result (ref $Str))
  (local $t (ref null $Str))
  (local.set $t (call $callee_text))
  (if (result (ref $Str)) (ref.is_null (local.get $t))
    (then (call $concat (global.get $s_obj_dot) (local.get $k)))
    (else (ref.as_non_null (local.get $t)))))

;; the callee's text of the call whose site $op_at holds, or null when it has none
(func $callee_text (result (ref null $Str))
  (local $i i32)
  (if (i32.ge_s (global.get $op_at) (i32.const 0))
    (then (local.set $i (call $site_callee (global.get $op_at)))
          (if (i32.ge_s (local.get $i) (i32.const 0)) (then (return (table.get $strs (local.get $i)))))))
  (ref.null $Str))

;; the value of an uncaught exception, printed like node's "Uncaught ..." to stderr
(func $report_uncaught (param $v anyref)
  (if (call $is_error (local.get $v))
    (then (call $console_str (i32.const 3) (call $error_to_string (local.get $v))) (return)))
  (call $console (i32.const 3) (call $arr_of (array.new_fixed $Vals 1 (local.get $v)))))

;; ------------------------------------------------------------------ array methods
(func $callback (param $f anyref) (param $x anyref) (param $i i32) (param $a anyref) (result anyref)
  (call $call_value (local.get $f) (ref.null any) (i32.const 3) (local.get $x) (call $box_i32 (local.get $i)) (local.get $a) (ref.null $Vals)))

(func $bi_arr_push (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32)
  (if (i32.eq (local.get $argc) (i32.const 1))
    (then (call $arr_push (local.get $a) (local.get $a0))
          (return (call $box_i32 (struct.get $Arr $len (local.get $a))))))
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (local.get $argc)))
    (call $arr_push (local.get $a) (call $arg_n (local.get $i) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $box_i32 (struct.get $Arr $len (local.get $a))))

(func $bi_arr_pop (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $arr_pop (local.get $a)))

(func $bi_arr_shift (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $v anyref) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (if (i32.eqz (local.get $n)) (then (return (ref.null any))))
  (local.set $v (array.get $Vals (struct.get $Arr $data (local.get $a)) (i32.const 0)))
  (array.copy $Vals $Vals (struct.get $Arr $data (local.get $a)) (i32.const 0) (struct.get $Arr $data (local.get $a)) (i32.const 1) (i32.sub (local.get $n) (i32.const 1)))
  (array.set $Vals (struct.get $Arr $data (local.get $a)) (i32.sub (local.get $n) (i32.const 1)) (ref.null any))
  (struct.set $Arr $len (local.get $a) (i32.sub (local.get $n) (i32.const 1)))
  (call $unhole (local.get $v)))

(func $bi_arr_unshift (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32) (local $i i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (call $arr_grow (local.get $a) (i32.add (local.get $n) (local.get $argc)))
  (array.copy $Vals $Vals (struct.get $Arr $data (local.get $a)) (local.get $argc) (struct.get $Arr $data (local.get $a)) (i32.const 0) (local.get $n))
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (local.get $argc)))
    (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $i) (call $arg_n (local.get $i) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (struct.set $Arr $len (local.get $a) (i32.add (local.get $n) (local.get $argc)))
  (call $box_i32 (struct.get $Arr $len (local.get $a))))

(func $bi_arr_slice (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (call $arr_as_like (local.get $a)
        (call $arr_slice (local.get $a) (call $rel_index (local.get $a0) (local.get $n) (i32.const 0))
                         (call $rel_index (local.get $a1) (local.get $n) (local.get $n)))))

(func $bi_arr_indexOf (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box_i32 (call $arr_index_of (local.get $a) (local.get $a0)
                       (call $rel_index (local.get $a1) (struct.get $Arr $len (local.get $a)) (i32.const 0)))))

(func $bi_arr_lastIndexOf (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32) (local $x f64) (local $last f64)
  (local.set $i (i32.sub (struct.get $Arr $len (local.get $a)) (i32.const 1)))
  (if (i32.ge_s (local.get $argc) (i32.const 2))
    (then ;; fromIndex (undefined counts as 0): negative counts from the end
      (local.set $last (f64.convert_i32_s (local.get $i)))
      (local.set $x (f64.trunc (call $tonum (local.get $a1))))
      (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $x (f64.const 0))))
      (if (f64.lt (local.get $x) (f64.const 0))
        (then (local.set $x (f64.add (local.get $x) (f64.add (local.get $last) (f64.const 1))))))
      (if (f64.lt (local.get $x) (f64.const 0)) (then (return (ref.i31 (i32.const -1)))))
      (if (f64.lt (local.get $x) (local.get $last)) (then (local.set $i (i32.trunc_f64_s (local.get $x)))))))
  (block $d (loop $l
    (br_if $d (i32.lt_s (local.get $i) (i32.const 0)))
    (if (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole)))
      (then (if (call $strict_eq (call $arr_get (local.get $a) (local.get $i)) (local.get $a0)) (then (return (call $box_i32 (local.get $i)))))))
    (local.set $i (i32.sub (local.get $i) (i32.const 1)))
    (br $l)))
  (ref.i31 (i32.const -1)))

(func $bi_arr_includes (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32) (local $v anyref)
  (local.set $i (call $rel_index (local.get $a1) (struct.get $Arr $len (local.get $a)) (i32.const 0)))   ;; fromIndex
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))))
    (local.set $v (call $arr_get (local.get $a) (local.get $i)))
    (if (call $strict_eq (local.get $v) (local.get $a0)) (then (return (global.get $true))))
    (if (i32.and (call $is_num (local.get $v)) (call $is_num (local.get $a0)))
      (then (if (i32.and (call $is_nan_f (call $tonum (local.get $v))) (call $is_nan_f (call $tonum (local.get $a0))))
              (then (return (global.get $true))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (global.get $false))

(func $bi_arr_join (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $arr_join (local.get $a) (if (result (ref $Str)) (ref.is_null (local.get $a0)) (then (global.get $s_comma)) (else (call $tostr (local.get $a0))))))

(func $bi_arr_toString (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $arr_join (local.get $a) (global.get $s_comma)))

(func $bi_arr_fill (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (call $arr_fill (local.get $a) (local.get $a0) (call $rel_index (local.get $a1) (local.get $n) (i32.const 0))
                  (call $rel_index (local.get $a2) (local.get $n) (local.get $n)))
  (local.get $a))

;; findLast / findLastIndex: from the end, every index below the length read
;; first (a missing one as undefined); the callback gets (element, index, array)
(func $find_last (param $a (ref $Arr)) (param $f anyref) (param $this anyref) (result i32)
  (local $i i32)
  (call $check_callback (local.get $f))
  (local.set $i (i32.sub (struct.get $Arr $len (local.get $a)) (i32.const 1)))
  (block $d (loop $l
    (br_if $d (i32.lt_s (local.get $i) (i32.const 0)))
    (if (call $truthy (call $call_value (local.get $f) (local.get $this) (i32.const 3)
                            (call $arr_get (local.get $a) (local.get $i)) (ref.i31 (local.get $i)) (local.get $a)
                            (ref.null $Vals)))
      (then (return (local.get $i))))
    (local.set $i (i32.sub (local.get $i) (i32.const 1)))
    (br $l)))
  (i32.const -1))

(func $bi_arr_findLast (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32)
  (local.set $i (call $find_last (local.get $a) (local.get $a0) (local.get $a1)))
  (if (result anyref) (i32.lt_s (local.get $i) (i32.const 0))
    (then (ref.null any)) (else (call $arr_get (local.get $a) (local.get $i)))))

(func $bi_arr_findLastIndex (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box_i32 (call $find_last (local.get $a) (local.get $a0) (local.get $a1))))

;; toSorted / toReversed: a new array (holes read as undefined), the receiver unchanged
(func $arr_dense_copy (param $a (ref $Arr)) (result (ref $Arr))
  (local $r (ref $Arr)) (local $i i32) (local $n i32)
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $r (call $arr_new (local.get $n)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (array.set $Vals (struct.get $Arr $data (local.get $r)) (local.get $i) (call $arr_get (local.get $a) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $bi_arr_toSorted (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref $Arr))
  (if (i32.eqz (i32.or (ref.is_null (local.get $a0)) (ref.test (ref $Fn) (local.get $a0))))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_bad_comparator)))))
  (local.set $r (call $arr_dense_copy (local.get $a)))
  (call $arr_sort (local.get $r) (local.get $a0))
  (local.get $r))

(func $bi_arr_toReversed (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref $Arr))
  (local.set $r (call $arr_dense_copy (local.get $a)))
  (drop (call $bi_arr_reverse (local.get $r) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
  (local.get $r))

(func $bi_arr_reverse (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32) (local $j i32) (local $t anyref) (local $d (ref $Vals))
  (local.set $d (struct.get $Arr $data (local.get $a)))
  (local.set $j (i32.sub (struct.get $Arr $len (local.get $a)) (i32.const 1)))
  (block $done (loop $l
    (br_if $done (i32.ge_s (local.get $i) (local.get $j)))
    (local.set $t (array.get $Vals (local.get $d) (local.get $i)))
    (array.set $Vals (local.get $d) (local.get $i) (array.get $Vals (local.get $d) (local.get $j)))
    (array.set $Vals (local.get $d) (local.get $j) (local.get $t))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (local.set $j (i32.sub (local.get $j) (i32.const 1)))
    (br $l)))
  (local.get $a))

(func $bi_arr_concat (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref $Arr)) (local $i i32) (local $v anyref)
  (local.set $r (call $arr_slice (local.get $a) (i32.const 0) (struct.get $Arr $len (local.get $a))))
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (local.get $argc)))
    (local.set $v (call $arg_n (local.get $i) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))
    (if (call $plain_arr (local.get $v))
      (then (call $arr_append_raw (local.get $r) (ref.cast (ref $Arr) (local.get $v))))
      (else (call $arr_push (local.get $r) (local.get $v))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; An Array (not a typed array): what concat spreads and flat flattens (a typed
;; array is no Array for IsArray, so it stays one element)
(func $plain_arr (param $v anyref) (result i32)
  (if (result i32) (ref.test (ref $Arr) (local.get $v))
    (then (i32.eqz (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))))
    (else (i32.const 0))))

;; `k in O` for an array: i is below the current length and not a hole. The methods
;; that call a callback (codegen/callbacks.py, reduceRight and flatMap below) visit an
;; index only while it is present.
(func $present (param $a (ref $Arr)) (param $i i32) (result i32)
  (if (result i32) (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a)))
    (then (i32.const 0))
    (else (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole))))))

;; `reduceRight`: reduce from the last element down; the length is read once, an
;; index the callback removed (or a hole) is skipped
(func $bi_arr_reduceRight (param $a (ref $Arr)) (param $argc i32) (param $f anyref) (param $init anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32) (local $acc anyref) (local $whole (ref null $Vals))
  (call $check_callback (local.get $f))
  (local.set $whole (array.new_fixed $Vals 1 (local.get $a)))
  (local.set $i (i32.sub (struct.get $Arr $len (local.get $a)) (i32.const 1)))
  (if (i32.ge_s (local.get $argc) (i32.const 2))
    (then (local.set $acc (local.get $init)))
    (else
      (block $found (loop $seek
        (if (i32.lt_s (local.get $i) (i32.const 0))
          (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_reduce_empty)))))
        (br_if $found (call $present (local.get $a) (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $seek)))
      (local.set $acc (call $arr_get (local.get $a) (local.get $i)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))))
  (block $d (loop $l
    (br_if $d (i32.lt_s (local.get $i) (i32.const 0)))
    (if (call $present (local.get $a) (local.get $i))
      (then
        (local.set $acc (call $call_value (local.get $f) (ref.null any) (i32.const 4) (local.get $acc)
                              (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)) (call $box_i32 (local.get $i))
                              (local.get $whole)))))
    (local.set $i (i32.sub (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $acc))

;; `flat(depth = 1)`: elements that are arrays are spread into the result, `depth`
;; levels down (Infinity: all the way; undefined depth is 1, NaN and negatives 0)
(func $bi_arr_flat (param $a (ref $Arr)) (param $argc i32) (param $d anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $depth f64) (local $r (ref $Arr))
  (local.set $depth (if (result f64) (ref.is_null (local.get $d)) (then (f64.const 1))
                        (else (f64.trunc (call $tonum (local.get $d))))))
  (if (f64.ne (local.get $depth) (local.get $depth)) (then (local.set $depth (f64.const 0))))
  (local.set $r (call $arr_new (i32.const 0)))
  (call $flat_into (local.get $r) (local.get $a) (local.get $depth))
  (local.get $r))

(func $flat_into (param $r (ref $Arr)) (param $a (ref $Arr)) (param $depth f64)
  (local $i i32) (local $v anyref)
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))))
    (if (ref.eq (ref.cast eqref (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i))) (global.get $hole)) (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))
    (local.set $v (call $arr_get (local.get $a) (local.get $i)))
    (if (i32.and (call $plain_arr (local.get $v)) (f64.gt (local.get $depth) (f64.const 0)))
      (then (call $flat_into (local.get $r) (ref.cast (ref $Arr) (local.get $v)) (f64.sub (local.get $depth) (f64.const 1))))
      (else (call $arr_push (local.get $r) (local.get $v))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))))

;; `flatMap(f)`: map, then flatten one level
(func $bi_arr_flatMap (param $a (ref $Arr)) (param $argc i32) (param $f anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32) (local $n i32) (local $r (ref $Arr)) (local $v anyref)
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f)))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_flatmap_not_callable)))))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (if (call $present (local.get $a) (local.get $i))
      (then
        (local.set $v (call $callback (local.get $f) (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)) (local.get $i) (local.get $a)))
        (if (call $plain_arr (local.get $v))
          (then (call $flat_into (local.get $r) (ref.cast (ref $Arr) (local.get $v)) (f64.const 0)))
          (else (call $arr_push (local.get $r) (local.get $v))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; Array.from(v[, f]): an array or string (by code points) as iterables, an object
;; with a `[Symbol.iterator]` method stepped one value at a time (f runs between
;; the steps, as in node), any other object as an array-like (its `length`, then
;; its index keys); f gets (value, index)
(func $array_from (param $v anyref) (param $f anyref) (param $has_f i32) (result (ref $Arr))
  (local $src (ref null $Arr)) (local $r (ref $Arr)) (local $i i32) (local $n i32) (local $len f64) (local $x anyref)
  (local $u (ref null $CIter))
  (if (local.get $has_f) (then (call $check_callback (local.get $f))))
  (if (i32.and (ref.test (ref $Obj) (local.get $v)) (i32.eqz (i32.or (ref.test (ref $JSMap) (local.get $v)) (ref.test (ref $JSSet) (local.get $v)))))
    (then (local.set $u (call $user_iter (local.get $v)))))
  (if (i32.eqz (ref.is_null (local.get $u)))
    (then
      (local.set $r (call $arr_new (i32.const 0)))
      (block $d (loop $l
        (br_if $d (i32.eqz (call $citer_step (ref.as_non_null (local.get $u)))))
        (local.set $x (struct.get $CIter $cur (ref.as_non_null (local.get $u))))
        (if (local.get $has_f)
          (then (local.set $x (call $call_value (local.get $f) (ref.null any) (i32.const 2) (local.get $x)
                                    (call $box_i32 (local.get $i)) (ref.null any) (ref.null $Vals)))))
        (call $arr_push (local.get $r) (local.get $x))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (return (local.get $r))))
  (if (i32.and (ref.test (ref $Obj) (local.get $v)) (i32.eqz (i32.or (ref.test (ref $JSMap) (local.get $v)) (ref.test (ref $JSSet) (local.get $v)))))
    (then
      (local.set $len (f64.trunc (call $tonum (call $get_generic (local.get $v) (global.get $s_length)))))
      (if (i32.eqz (f64.gt (local.get $len) (f64.const 0))) (then (local.set $len (f64.const 0))))
      (if (f64.gt (local.get $len) (f64.const 100000000)) (then (throw $exn (call $unsupported_value (i32.const 3)))))
      (local.set $n (i32.trunc_f64_u (local.get $len)))
      (local.set $src (call $arr_new (local.get $n)))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (array.set $Vals (struct.get $Arr $data (ref.as_non_null (local.get $src))) (local.get $i)
          (call $get_generic (local.get $v) (call $num_to_str (f64.convert_i32_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l))))
    (else (local.set $src
            ;; a number or a boolean is an array-like with no length: no elements
            (if (result (ref $Arr)) (i32.or (call $is_num (local.get $v)) (ref.test (ref $Bool) (local.get $v)))
              (then (call $arr_new (i32.const 0)))
              (else (call $iterable_array (local.get $v) (i32.const -1)))))))
  (local.set $n (struct.get $Arr $len (ref.as_non_null (local.get $src))))
  (local.set $r (call $arr_new (local.get $n)))
  (local.set $i (i32.const 0))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $x (call $arr_get (ref.as_non_null (local.get $src)) (local.get $i)))
    (if (local.get $has_f)
      (then (local.set $x (call $call_value (local.get $f) (ref.null any) (i32.const 2) (local.get $x)
                                (call $box_i32 (local.get $i)) (ref.null any) (ref.null $Vals)))))
    (array.set $Vals (struct.get $Arr $data (local.get $r)) (local.get $i) (local.get $x))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; String, Number and Boolean called as functions (as values: `xs.map(String)`)
(func $conv_String (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (result anyref) (local.get $argc) (then (call $tostr (local.get $a0))) (else (global.get $s_empty))))

(func $conv_Number (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (result anyref) (local.get $argc) (then (call $box (call $tonum (local.get $a0)))) (else (ref.i31 (i32.const 0)))))

(func $conv_Boolean (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $truthy (local.get $a0))))

;; the global functions as values, as their calls compile (codegen/calls.py):
;; `["1", "2"].map(parseInt)` passes the index as the radix, as in node
(func $conv_parseInt (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box (call $str_to_num (call $tostr (local.get $a0)) (i32.const 2) (call $toint (local.get $a1)))))

(func $conv_parseFloat (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box (call $str_to_num (call $tostr (local.get $a0)) (i32.const 1) (i32.const 10))))

(func $conv_isNaN (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $is_nan_f (call $tonum (local.get $a0)))))

(func $conv_isFinite (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $is_finite_f (call $tonum (local.get $a0)))))

(func $bi_arr_sort (param $a (ref $Arr)) (param $argc i32) (param $f anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (struct.get $Arr $kind (local.get $a)) (then (call $ta_sort (local.get $a) (local.get $f)) (return (local.get $a))))
  (call $arr_sort (local.get $a) (local.get $f))
  (local.get $a))

;; ------------------------------------------------------------------ string methods
(func $bi_str_charCodeAt (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box (call $str_code_at (local.get $s) (call $tonum (local.get $a0)))))

;; s.charCodeAt(pos) with pos a number: its integer part (NaN as 0), NaN outside s
(func $str_code_at (param $s (ref $Str)) (param $pos f64) (result f64)
  (local.set $pos (f64.trunc (local.get $pos)))
  (if (f64.ne (local.get $pos) (local.get $pos)) (then (local.set $pos (f64.const 0))))
  (if (i32.or (f64.lt (local.get $pos) (f64.const 0)) (f64.ge (local.get $pos) (f64.convert_i32_u (array.len (local.get $s)))))
    (then (return (f64.const nan))))
  (f64.convert_i32_u (array.get_u $Str (local.get $s) (i32.trunc_f64_u (local.get $pos)))))

(func $bi_str_charAt (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i f64)
  (local.set $i (if (result f64) (ref.is_null (local.get $a0)) (then (f64.const 0)) (else (f64.trunc (call $tonum (local.get $a0))))))
  (if (f64.ne (local.get $i) (local.get $i)) (then (local.set $i (f64.const 0))))
  (if (i32.or (f64.lt (local.get $i) (f64.const 0)) (f64.ge (local.get $i) (f64.convert_i32_u (array.len (local.get $s)))))
    (then (return (global.get $s_empty))))
  (call $char_at (local.get $s) (i32.trunc_f64_u (local.get $i))))

;; `at(i)`: a negative index counts from the end; out of range is undefined
(func $at_index (param $a0 anyref) (param $len i32) (result i32)
  (local $i f64)
  (local.set $i (if (result f64) (ref.is_null (local.get $a0)) (then (f64.const 0)) (else (f64.trunc (call $tonum (local.get $a0))))))
  (if (f64.ne (local.get $i) (local.get $i)) (then (local.set $i (f64.const 0))))
  (if (f64.lt (local.get $i) (f64.const 0)) (then (local.set $i (f64.add (local.get $i) (f64.convert_i32_u (local.get $len))))))
  (if (i32.or (f64.lt (local.get $i) (f64.const 0)) (f64.ge (local.get $i) (f64.convert_i32_u (local.get $len))))
    (then (return (i32.const -1))))
  (i32.trunc_f64_u (local.get $i)))

(func $bi_str_at (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32)
  (local.set $i (call $at_index (local.get $a0) (array.len (local.get $s))))
  (if (result anyref) (i32.lt_s (local.get $i) (i32.const 0)) (then (ref.null any))
    (else (call $char_at (local.get $s) (local.get $i)))))

(func $bi_arr_at (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32)
  (local.set $i (call $at_index (local.get $a0) (struct.get $Arr $len (local.get $a))))
  (if (result anyref) (i32.lt_s (local.get $i) (i32.const 0)) (then (ref.null any))
    (else (call $arr_get (local.get $a) (local.get $i)))))

(func $bi_str_substring (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32) (local $a i32) (local $b i32) (local $t i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $a (call $clamp_index (local.get $a0) (local.get $n) (i32.const 0)))
  (local.set $b (call $clamp_index (local.get $a1) (local.get $n) (local.get $n)))
  (if (i32.gt_s (local.get $a) (local.get $b)) (then (local.set $t (local.get $a)) (local.set $a (local.get $b)) (local.set $b (local.get $t))))
  (call $substr (local.get $s) (local.get $a) (local.get $b)))

;; substr(start, length): start counts from the end when negative
(func $bi_str_substr (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32) (local $a i32) (local $left i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $a (call $rel_index (local.get $a0) (local.get $n) (i32.const 0)))
  (local.set $left (i32.sub (local.get $n) (local.get $a)))
  (call $substr (local.get $s) (local.get $a)
                (i32.add (local.get $a) (call $clamp_index (local.get $a1) (local.get $left) (local.get $left)))))

(func $bi_str_slice (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32)
  (local.set $n (array.len (local.get $s)))
  (call $substr (local.get $s) (call $rel_index (local.get $a0) (local.get $n) (i32.const 0))
                (call $rel_index (local.get $a1) (local.get $n) (local.get $n))))

(func $bi_str_indexOf (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $from i32) (local $n i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $from (call $clamp_index (local.get $a1) (local.get $n) (i32.const 0)))
  (call $box_i32 (call $str_index_of (local.get $s) (call $tostr (local.get $a0)) (local.get $from))))

(func $bi_str_lastIndexOf (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $from f64)
  (local.set $from (if (result f64) (ref.is_null (local.get $a1)) (then (f64.const inf)) (else (call $tonum (local.get $a1)))))
  (if (f64.ne (local.get $from) (local.get $from)) (then (local.set $from (f64.const inf))))
  (if (f64.lt (local.get $from) (f64.const 0)) (then (local.set $from (f64.const 0))))
  (if (f64.gt (local.get $from) (f64.const 1e9)) (then (local.set $from (f64.const 1e9))))
  (call $box_i32 (call $str_last_index_of (local.get $s) (call $tostr (local.get $a0)) (i32.trunc_f64_s (local.get $from)))))

;; localeCompare as ICU's root collation orders printable ASCII text (with its
;; default, non-ignorable punctuation): first by primary weights, position by
;; position, which are distinct for every character but the two cases of a letter
;; (space < punctuation and symbols < digits < letters, a = A < b = B ...), a
;; longer string after its prefix; on a tie, lower case before upper case at the
;; first position where they differ. Any other character (controls such as tab or
;; newline, non-ASCII) stops the program (ICU's full rules are not implemented),
;; never a different order.
;; The primary weight of each of U+0020..U+007E; the order is node's
;; `localeCompare` of the characters (node 20, ICU 78), checked against node on random strings of
;; punctuation, digits and letters (tests/programs/c78).
(global $collate_rank (ref $Str) (array.new_fixed $Str 95
  (i32.const 1) (i32.const 7) (i32.const 11) (i32.const 23) (i32.const 33) (i32.const 24) (i32.const 22) (i32.const 10) (i32.const 12) (i32.const 13) (i32.const 19) (i32.const 27) (i32.const 4) (i32.const 3) (i32.const 9) (i32.const 20)
  (i32.const 34) (i32.const 35) (i32.const 36) (i32.const 37) (i32.const 38) (i32.const 39) (i32.const 40) (i32.const 41) (i32.const 42) (i32.const 43) (i32.const 6) (i32.const 5) (i32.const 28) (i32.const 29) (i32.const 30) (i32.const 8)
  (i32.const 18) (i32.const 44) (i32.const 45) (i32.const 46) (i32.const 47) (i32.const 48) (i32.const 49) (i32.const 50) (i32.const 51) (i32.const 52) (i32.const 53) (i32.const 54) (i32.const 55) (i32.const 56) (i32.const 57) (i32.const 58)
  (i32.const 59) (i32.const 60) (i32.const 61) (i32.const 62) (i32.const 63) (i32.const 64) (i32.const 65) (i32.const 66) (i32.const 67) (i32.const 68) (i32.const 69) (i32.const 14) (i32.const 21) (i32.const 15) (i32.const 26) (i32.const 2)
  (i32.const 25) (i32.const 44) (i32.const 45) (i32.const 46) (i32.const 47) (i32.const 48) (i32.const 49) (i32.const 50) (i32.const 51) (i32.const 52) (i32.const 53) (i32.const 54) (i32.const 55) (i32.const 56) (i32.const 57) (i32.const 58)
  (i32.const 59) (i32.const 60) (i32.const 61) (i32.const 62) (i32.const 63) (i32.const 64) (i32.const 65) (i32.const 66) (i32.const 67) (i32.const 68) (i32.const 69) (i32.const 16) (i32.const 31) (i32.const 17) (i32.const 32)))

(func $collate_primary (param $c i32) (result i32)
  (if (i32.and (i32.ge_u (local.get $c) (i32.const 32)) (i32.le_u (local.get $c) (i32.const 126)))
    (then (return (array.get_u $Str (global.get $collate_rank) (i32.sub (local.get $c) (i32.const 32))))))
  (call $fail_named (i32.const 12) (global.get $s_locale_compare))
  (unreachable))

(func $bi_str_localeCompare (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $t (ref $Str)) (local $i i32) (local $n i32) (local $m i32) (local $p i32) (local $q i32) (local $tie i32)
  (local $c i32) (local $d i32)
  (if (i32.ge_s (local.get $argc) (i32.const 2)) (then (call $fail_named (i32.const 12) (global.get $s_locale_compare)) (unreachable)))
  (local.set $t (call $tostr (local.get $a0)))
  (local.set $n (array.len (local.get $s)))
  (local.set $m (array.len (local.get $t)))
  (block $d0 (loop $l
    (br_if $d0 (i32.or (i32.ge_u (local.get $i) (local.get $n)) (i32.ge_u (local.get $i) (local.get $m))))
    (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
    (local.set $d (array.get_u $Str (local.get $t) (local.get $i)))
    (local.set $p (call $collate_primary (local.get $c)))
    (local.set $q (call $collate_primary (local.get $d)))
    (if (i32.lt_u (local.get $p) (local.get $q)) (then (return (ref.i31 (i32.const -1)))))
    (if (i32.gt_u (local.get $p) (local.get $q)) (then (return (ref.i31 (i32.const 1)))))
    ;; same letter: remember the first case difference (lower case first)
    (if (i32.and (i32.eqz (local.get $tie)) (i32.ne (local.get $c) (local.get $d)))
      (then (local.set $tie (select (i32.const -1) (i32.const 1) (i32.gt_u (local.get $c) (local.get $d))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  ;; the rest of the longer string must be checked too (it may hold other characters)
  (block $d1 (loop $l1
    (br_if $d1 (i32.ge_u (local.get $i) (local.get $n)))
    (drop (call $collate_primary (array.get_u $Str (local.get $s) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l1)))
  (local.set $i (local.get $n))
  (block $d2 (loop $l2
    (br_if $d2 (i32.ge_u (local.get $i) (local.get $m)))
    (drop (call $collate_primary (array.get_u $Str (local.get $t) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l2)))
  (if (i32.lt_u (local.get $n) (local.get $m)) (then (return (ref.i31 (i32.const -1)))))
  (if (i32.gt_u (local.get $n) (local.get $m)) (then (return (ref.i31 (i32.const 1)))))
  (ref.i31 (local.get $tie)))

(func $bi_str_includes (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (i32.ge_s (call $str_index_of (local.get $s) (call $tostr (local.get $a0))
                               (call $clamp_index (local.get $a1) (array.len (local.get $s)) (i32.const 0))) (i32.const 0))))

(func $bi_str_startsWith (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $t (ref $Str)) (local $from i32)
  (local.set $t (call $tostr (local.get $a0)))
  (local.set $from (call $clamp_index (local.get $a1) (array.len (local.get $s)) (i32.const 0)))
  (call $bool (call $str_eq (call $substr (local.get $s) (local.get $from) (i32.add (local.get $from) (array.len (local.get $t)))) (local.get $t))))

(func $bi_str_endsWith (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $t (ref $Str)) (local $end i32)
  (local.set $t (call $tostr (local.get $a0)))
  (local.set $end (call $clamp_index (local.get $a1) (array.len (local.get $s)) (array.len (local.get $s))))
  (if (i32.lt_s (i32.sub (local.get $end) (array.len (local.get $t))) (i32.const 0)) (then (return (global.get $false))))
  (call $bool (call $str_eq (call $substr (local.get $s) (i32.sub (local.get $end) (array.len (local.get $t))) (local.get $end)) (local.get $t))))

(func $bi_str_toUpperCase (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $str_case (local.get $s) (i32.const 1)))

(func $bi_str_toLowerCase (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $str_case (local.get $s) (i32.const 0)))

(func $bi_str_toString (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local.get $s))

(func $bi_str_concat (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $i i32)
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (local.get $argc)))
    (local.set $s (call $concat (local.get $s) (call $tostr (call $arg_n (local.get $i) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $s))

(func $bi_str_repeat (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n f64) (local $r (ref $Str)) (local $i i32) (local $given f64)
  (local.set $given (call $tonum (local.get $a0)))
  (local.set $n (f64.trunc (local.get $given)))
  (if (f64.ne (local.get $n) (local.get $n)) (then (local.set $n (f64.const 0))))
  (if (i32.or (f64.lt (local.get $n) (f64.const 0)) (f64.eq (local.get $n) (f64.const inf)))
    (then (throw $exn (call $make_error (global.get $cls_RangeError)
                            (call $concat (global.get $s_invalid_count) (call $num_to_str (local.get $given)))))))
  (local.set $r (global.get $s_empty))
  (block $d (loop $l
    (br_if $d (f64.ge (f64.convert_i32_u (local.get $i)) (local.get $n)))
    (local.set $r (call $concat (local.get $r) (local.get $s)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

(func $pad (param $s (ref $Str)) (param $len anyref) (param $fill anyref) (param $start i32) (result (ref $Str))
  (local $target i32) (local $f (ref $Str)) (local $p (ref $Str)) (local $need i32)
  (local.set $target (call $toint (local.get $len)))
  (local.set $f (if (result (ref $Str)) (ref.is_null (local.get $fill)) (then (array.new $Str (i32.const 32) (i32.const 1))) (else (call $tostr (local.get $fill)))))
  (local.set $need (i32.sub (local.get $target) (array.len (local.get $s))))
  (if (i32.or (i32.le_s (local.get $need) (i32.const 0)) (i32.eqz (array.len (local.get $f)))) (then (return (local.get $s))))
  (local.set $p (global.get $s_empty))
  (block $d (loop $l
    (br_if $d (i32.ge_s (array.len (local.get $p)) (local.get $need)))
    (local.set $p (call $concat (local.get $p) (local.get $f)))
    (br $l)))
  (local.set $p (call $substr (local.get $p) (i32.const 0) (local.get $need)))
  (if (result (ref $Str)) (local.get $start) (then (call $concat (local.get $p) (local.get $s))) (else (call $concat (local.get $s) (local.get $p)))))

(func $bi_str_padStart (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $pad (local.get $s) (local.get $a0) (local.get $a1) (i32.const 1)))

(func $bi_str_padEnd (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $pad (local.get $s) (local.get $a0) (local.get $a1) (i32.const 0)))

;; JavaScript's WhiteSpace and LineTerminator: tab to carriage return, space, NBSP,
;; U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, BOM
(func $is_space (param $c i32) (result i32)
  (if (i32.lt_u (local.get $c) (i32.const 0x1680))
    (then (return (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32))
                                  (i32.and (i32.ge_u (local.get $c) (i32.const 9)) (i32.le_u (local.get $c) (i32.const 13))))
                          (i32.eq (local.get $c) (i32.const 160))))))
  (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x1680))
                          (i32.and (i32.ge_u (local.get $c) (i32.const 0x2000)) (i32.le_u (local.get $c) (i32.const 0x200A))))
                  (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x2028)) (i32.eq (local.get $c) (i32.const 0x2029)))
                          (i32.or (i32.eq (local.get $c) (i32.const 0x202F)) (i32.eq (local.get $c) (i32.const 0x205F)))))
          (i32.or (i32.eq (local.get $c) (i32.const 0x3000)) (i32.eq (local.get $c) (i32.const 0xFEFF)))))

(func $bi_str_trim (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $a i32) (local $b i32)
  (local.set $b (array.len (local.get $s)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (local.get $b)))
    (br_if $d (i32.eqz (call $is_space (array.get_u $Str (local.get $s) (local.get $a)))))
    (local.set $a (i32.add (local.get $a) (i32.const 1)))
    (br $l)))
  (block $d (loop $l
    (br_if $d (i32.le_u (local.get $b) (local.get $a)))
    (br_if $d (i32.eqz (call $is_space (array.get_u $Str (local.get $s) (i32.sub (local.get $b) (i32.const 1))))))
    (local.set $b (i32.sub (local.get $b) (i32.const 1)))
    (br $l)))
  (call $substr (local.get $s) (local.get $a) (local.get $b)))

;; split(sep, limit): every piece, then the first ToUint32(limit) of them (the
;; same pieces node's early stop gives, as the separator is a string)
(func $bi_str_split (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref $Arr)) (local $lim i32)
  (if (ref.test (ref $RegExpObj) (local.get $a0))
    (then (return (call $re_split (ref.cast (ref $RegExpObj) (local.get $a0)) (local.get $s)
                        (if (result i32) (ref.is_null (local.get $a1)) (then (i32.const -1))
                          (else (call $toint32 (call $tonum (local.get $a1)))))))))
  (if (ref.is_null (local.get $a1)) (then (return (call $str_split (local.get $s) (local.get $a0)))))
  (local.set $lim (call $toint32 (call $tonum (local.get $a1))))   ;; as uint32: compared unsigned
  (if (i32.eqz (local.get $lim)) (then (return (call $arr_new (i32.const 0)))))
  (local.set $r (call $str_split (local.get $s) (local.get $a0)))
  (if (i32.lt_u (local.get $lim) (struct.get $Arr $len (local.get $r)))
    (then (call $arr_set_length (local.get $r) (call $box_i32 (local.get $lim)))))
  (local.get $r))

(func $str_split (param $s (ref $Str)) (param $a0 anyref) (result (ref $Arr))
  (local $r (ref $Arr)) (local $sep (ref $Str)) (local $i i32) (local $j i32) (local $n i32)
  (local.set $r (call $arr_new (i32.const 0)))
  (if (ref.is_null (local.get $a0)) (then (call $arr_push (local.get $r) (local.get $s)) (return (local.get $r))))
  (if (i32.eqz (ref.test (ref $Str) (local.get $a0))) (then (call $host_fail (i32.const 10)) (unreachable)))
  (local.set $sep (ref.cast (ref $Str) (local.get $a0)))
  (local.set $n (array.len (local.get $s)))
  (if (i32.eqz (array.len (local.get $sep)))
    (then
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (call $arr_push (local.get $r) (call $char_at (local.get $s) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (return (local.get $r))))
  (block $d (loop $l
    (local.set $j (call $str_index_of (local.get $s) (local.get $sep) (local.get $i)))
    (br_if $d (i32.lt_s (local.get $j) (i32.const 0)))
    (call $arr_push (local.get $r) (call $substr (local.get $s) (local.get $i) (local.get $j)))
    (local.set $i (i32.add (local.get $j) (array.len (local.get $sep))))
    (br $l)))
  (call $arr_push (local.get $r) (call $substr (local.get $s) (local.get $i) (local.get $n)))
  (local.get $r))

;; s.match(re) and s.search(re); a pattern that is not a regular expression would be
;; compiled from its text at run time, which the build does not do
(func $bi_str_match (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (i32.eqz (ref.test (ref $RegExpObj) (local.get $a0))) (then (call $host_fail (i32.const 40)) (unreachable)))
  (call $re_match_all_texts (ref.cast (ref $RegExpObj) (local.get $a0)) (local.get $s)))

(func $bi_str_search (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (i32.eqz (ref.test (ref $RegExpObj) (local.get $a0))) (then (call $host_fail (i32.const 40)) (unreachable)))
  (call $re_search (ref.cast (ref $RegExpObj) (local.get $a0)) (local.get $s)))

;; ------------------------------------------------------------------ number methods
(func $bi_num_toPrecision (param $x f64) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $d f64)
  (if (ref.is_null (local.get $a0)) (then (return (call $num_to_str (local.get $x)))))
  (local.set $d (f64.trunc (call $tonum (local.get $a0))))
  (if (i32.eqz (f64.eq (f64.sub (local.get $x) (local.get $x)) (f64.const 0)))   ;; NaN or an infinity
    (then (return (call $num_to_str (local.get $x)))))
  (if (i32.eqz (i32.and (f64.ge (local.get $d) (f64.const 1)) (f64.le (local.get $d) (f64.const 100))))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_precision_digits)))))
  (call $num_precision (local.get $x) (i32.trunc_f64_u (local.get $d))))

(func $bi_num_toExponential (param $x f64) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $d f64)
  (if (i32.eqz (ref.is_null (local.get $a0)))
    (then (local.set $d (f64.trunc (call $tonum (local.get $a0))))
          (if (f64.ne (local.get $d) (local.get $d)) (then (local.set $d (f64.const 0))))))
  (if (i32.eqz (f64.eq (f64.sub (local.get $x) (local.get $x)) (f64.const 0)))   ;; NaN or an infinity
    (then (return (call $num_to_str (local.get $x)))))
  (if (i32.or (f64.lt (local.get $d) (f64.const 0)) (f64.gt (local.get $d) (f64.const 100)))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_exponential_digits)))))
  (call $ensure (i32.const 1024))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 4)
    (if (result i32) (ref.is_null (local.get $a0)) (then (i32.const -1)) (else (i32.trunc_f64_u (local.get $d)))))))

;; en-US, as node formats a number without arguments (codegen/jsnum.py to_locale_string)
(func $bi_num_toLocaleString (param $x f64) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (i32.eqz (i32.and (ref.is_null (local.get $a0)) (ref.is_null (local.get $a1))))
    (then (call $fail_named (i32.const 1) (global.get $s_locale_args)) (unreachable)))
  (call $ensure (i32.const 1024))
  (call $from_mem (i32.const 0) (call $host_num_to_str (local.get $x) (i32.const 5) (i32.const 0))))

(func $bi_num_toFixed (param $x f64) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $d f64)
  (local.set $d (if (result f64) (ref.is_null (local.get $a0)) (then (f64.const 0)) (else (f64.trunc (call $tonum (local.get $a0))))))
  (if (f64.ne (local.get $d) (local.get $d)) (then (local.set $d (f64.const 0))))
  (if (i32.or (f64.lt (local.get $d) (f64.const 0)) (f64.gt (local.get $d) (f64.const 100)))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_fixed_digits)))))
  (call $num_fixed (local.get $x) (i32.trunc_f64_u (local.get $d))))

(func $bi_num_toString (param $x f64) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r i32)
  (if (ref.is_null (local.get $a0)) (then (return (call $num_to_str (local.get $x)))))
  (local.set $r (call $toint (local.get $a0)))
  (if (i32.or (i32.lt_s (local.get $r) (i32.const 2)) (i32.gt_s (local.get $r) (i32.const 36)))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_radix)))))
  (call $num_radix (local.get $x) (local.get $r)))

;; ------------------------------------------------------------------ function and object methods
(func $bi_fn_call (param $f (ref $Fn)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref null $Vals)) (local $n i32)
  (if (i32.gt_s (local.get $argc) (i32.const 4))
    (then
      (local.set $n (array.len (ref.as_non_null (local.get $rest))))
      (local.set $r (array.new_default $Vals (i32.sub (local.get $n) (i32.const 1))))
      (array.copy $Vals $Vals (ref.as_non_null (local.get $r)) (i32.const 0) (ref.as_non_null (local.get $rest)) (i32.const 1) (i32.sub (local.get $n) (i32.const 1)))))
  (call $call_value (local.get $f) (local.get $a0)
        (select (i32.sub (local.get $argc) (i32.const 1)) (i32.const 0) (i32.gt_s (local.get $argc) (i32.const 0)))
        (local.get $a1) (local.get $a2) (call $arg_rest (local.get $rest) (i32.const 0)) (local.get $r)))

(func $bi_fn_apply (param $f (ref $Fn)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (if (call $nullish (local.get $a1))
    (then (return (call $call_value (local.get $f) (local.get $a0) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))))
  (call $call_spread (local.get $f) (local.get $a0) (ref.cast (ref $Arr) (local.get $a1))))

;; f.bind(thisArg, ...args): a function named "bound f" whose environment holds f,
;; thisArg and the bound arguments; $bound_call calls f with them first
(func $bi_fn_bind (param $f (ref $Fn)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (struct.new $Fn (global.get $code_bound)
              (array.new_fixed $Vals 3 (local.get $f) (local.get $a0)
                               (call $rest_array (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest) (i32.const 1)))
              (ref.null $MapObj) (call $concat (global.get $s_bound) (struct.get $Fn $name (local.get $f))) (ref.null $Class)
              (ref.null any) (ref.null any) (ref.null any) (ref.null any)))

(func $bound_call (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $env (ref $Vals)) (local $args (ref $Arr))
  (local.set $env (ref.as_non_null (struct.get $Fn $env (local.get $self))))
  (local.set $args (call $arr_new (i32.const 0)))
  (call $arr_append (local.get $args) (ref.cast (ref $Arr) (array.get $Vals (local.get $env) (i32.const 2))))
  (call $arr_append (local.get $args) (call $rest_array (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest) (i32.const 0)))
  (call $call_spread (array.get $Vals (local.get $env) (i32.const 0)) (array.get $Vals (local.get $env) (i32.const 1)) (local.get $args)))

(func $bi_obj_hasOwnProperty (param $o (ref $Obj)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $k (ref $Str))
  (local.set $k (call $tostr (local.get $a0)))
  (if (ref.test (ref $MapObj) (local.get $o))
    (then (return (call $bool (i32.ge_s (call $map_find (ref.cast (ref $MapObj) (local.get $o)) (local.get $k)) (i32.const 0))))))
  (call $bool (i32.eqz (ref.eq (ref.cast eqref (call $struct_get_by_name (local.get $o) (local.get $k))) (global.get $absent)))))

;; an array's own properties: the indices that hold an element, and `length`
(func $bi_arr_hasOwnProperty (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $k (ref $Str))
  (local.set $k (call $tostr (local.get $a0)))
  (if (call $str_eq (local.get $k) (global.get $s_length)) (then (return (global.get $true))))
  (if (call $arr_prop_has (local.get $a) (local.get $k)) (then (return (global.get $true))))
  (call $bool (call $arr_has (local.get $a) (call $index_key (local.get $k)))))

;; a string's own properties: its indices, and `length`
(func $bi_str_hasOwnProperty (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $k (ref $Str)) (local $i i32)
  (local.set $k (call $tostr (local.get $a0)))
  (if (call $str_eq (local.get $k) (global.get $s_length)) (then (return (global.get $true))))
  (local.set $i (call $index_key (local.get $k)))
  (call $bool (i32.and (i32.ge_s (local.get $i) (i32.const 0)) (i32.lt_s (local.get $i) (array.len (local.get $s))))))

;; ------------------------------------------------------------------ classes known at run time
(func $ctor_of (param $v anyref) (param $text (ref $Str)) (result (ref $Fn))
  (if (ref.test (ref $Fn) (local.get $v))
    (then (if (i32.eqz (ref.is_null (struct.get $Fn $cls (ref.cast (ref $Fn) (local.get $v)))))
            (then (return (ref.cast (ref $Fn) (local.get $v)))))
          ;; a function that is not a class: node constructs with it (an arrow throws); the build does neither
          (drop (call $unsupported_value (i32.const 18)))))
  (throw $exn (call $make_error (global.get $cls_TypeError) (call $concat (local.get $text) (global.get $s_not_a_constructor)))))

(func $class_of_ctor (param $v anyref) (result (ref $Class))
  (if (ref.test (ref $Fn) (local.get $v))
    (then (if (i32.eqz (ref.is_null (struct.get $Fn $cls (ref.cast (ref $Fn) (local.get $v)))))
            (then (return (ref.as_non_null (struct.get $Fn $cls (ref.cast (ref $Fn) (local.get $v)))))))))
  (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_bad_extends))))

;; ------------------------------------------------------------------ Object.prototype and Error.prototype
(func $proto_toString (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (global.get $s_object_Object))

(func $proto_error_toString (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $error_to_string (local.get $this)))

(func $proto_valueOf (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local.get $this))

(func $proto_hasOwnProperty (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $k (ref $Str))
  (if (ref.test (ref $Fn) (local.get $this))
    (then
      ;; a function's own properties: its statics and own keys, `name` and `length`
      (local.set $k (call $tostr (local.get $a0)))
      (if (call $str_eq (local.get $k) (global.get $s_prototype))
        (then (throw $exn (call $unsupported_value (i32.const 20)))))
      (if (i32.or (call $str_eq (local.get $k) (global.get $s_name)) (call $str_eq (local.get $k) (global.get $s_length)))
        (then (return (global.get $true))))
      (return (call $bool (i32.eqz (ref.eq (ref.cast eqref (call $fn_lookup (ref.cast (ref $Fn) (local.get $this)) (local.get $k) (i32.const 0)))
                                           (global.get $absent)))))))
  (if (i32.eqz (ref.test (ref $Obj) (local.get $this))) (then (return (global.get $false))))
  (call $bi_obj_hasOwnProperty (ref.cast (ref $Obj) (local.get $this)) (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))

;; Object.hasOwn(o, k): ToObject(o) (null and undefined throw), then whether k is
;; one of its own properties, as o.hasOwnProperty(k) answers for each kind of value
(func $object_has_own (param $o anyref) (param $k anyref) (result anyref)
  (local.set $o (call $to_object (local.get $o)))
  (if (ref.test (ref $Arr) (local.get $o))
    (then (return (call $bi_arr_hasOwnProperty (ref.cast (ref $Arr) (local.get $o)) (i32.const 1) (local.get $k)
                        (ref.null any) (ref.null any) (ref.null $Vals)))))
  (if (ref.test (ref $Str) (local.get $o))
    (then (return (call $bi_str_hasOwnProperty (ref.cast (ref $Str) (local.get $o)) (i32.const 1) (local.get $k)
                        (ref.null any) (ref.null any) (ref.null $Vals)))))
  (call $proto_hasOwnProperty (global.get $fn_Object) (local.get $o) (i32.const 1) (local.get $k)
        (ref.null any) (ref.null any) (ref.null $Vals)))

;; `const {a, ...rest} = o`: the own keys of o except those taken, in a new dictionary
(func $obj_rest (param $o anyref) (param $taken (ref $Arr)) (result anyref)
  (local $r (ref $MapObj)) (local $k (ref $Arr)) (local $i i32) (local $j i32) (local $key (ref $Str)) (local $skip i32)
  (local.set $r (call $map_new (global.get $cls_Object)))
  (local.set $k (call $own_keys (local.get $o)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $k))))
    (local.set $key (ref.cast (ref $Str) (call $arr_get (local.get $k) (local.get $i))))
    (local.set $skip (i32.const 0))
    (local.set $j (i32.const 0))
    (block $d2 (loop $l2
      (br_if $d2 (i32.ge_u (local.get $j) (struct.get $Arr $len (local.get $taken))))
      (if (call $str_eq (local.get $key) (ref.cast (ref $Str) (call $arr_get (local.get $taken) (local.get $j))))
        (then (local.set $skip (i32.const 1))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $l2)))
    (if (i32.eqz (local.get $skip))
      (then (call $map_set (local.get $r) (local.get $key) (call $get_generic (local.get $o) (local.get $key)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $r))

;; ------------------------------------------------------------------ fast paths for numbers known statically
(func $get_index_f (param $o anyref) (param $k f64) (result anyref)
  (local $i i32) (local $a (ref $Arr)) (local $v anyref)
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (if (i32.and (f64.ge (local.get $k) (f64.const 0)) (f64.lt (local.get $k) (f64.const 2147483647)))
        (then
          (local.set $i (i32.trunc_f64_s (local.get $k)))
          (if (f64.eq (f64.convert_i32_s (local.get $i)) (local.get $k))
            (then
              (local.set $a (ref.cast (ref $Arr) (local.get $o)))
              (if (i32.lt_u (local.get $i) (struct.get $Arr $len (local.get $a)))
                (then
                  (local.set $v (array.get $Vals (struct.get $Arr $data (local.get $a)) (local.get $i)))
                  (if (ref.eq (ref.cast eqref (local.get $v)) (global.get $hole)) (then (return (ref.null any))))
                  (return (local.get $v))))
              (return (ref.null any))))))))
  (call $get_index (local.get $o) (call $box (local.get $k))))

;; o[k] = v for a number k: an index inside an array's length is stored in place,
;; anything else (past the end, not an integer, not an array) takes $set_index
(func $set_index_f (param $o anyref) (param $k f64) (param $v anyref)
  (local $i i32) (local $a (ref $Arr))
  (if (ref.test (ref $Arr) (local.get $o))
    (then
      (local.set $a (ref.cast (ref $Arr) (local.get $o)))
      (local.set $i (i32.trunc_sat_f64_s (local.get $k)))
      (if (i32.and (i32.and (f64.eq (f64.convert_i32_s (local.get $i)) (local.get $k))
                            (i32.lt_u (local.get $i) (struct.get $Arr $len (local.get $a))))
                   (i32.eqz (struct.get $Arr $kind (local.get $a))))
        (then (array.set $Vals (struct.get $Arr $data (local.get $a)) (local.get $i) (local.get $v)) (return)))))
  (call $set_index (local.get $o) (call $box (local.get $k)) (local.get $v)))

;; v === x for a number x
(func $strict_eq_num (param $v anyref) (param $x f64) (result i32)
  (if (ref.test (ref i31) (local.get $v))
    (then (return (f64.eq (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $v)))) (local.get $x)))))
  (if (ref.test (ref $Num) (local.get $v))
    (then (return (f64.eq (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))) (local.get $x)))))
  (i32.const 0))

(func $bi_str_replace (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $pat (ref $Str)) (local $i i32) (local $with (ref null $Str))
  (if (ref.test (ref $RegExpObj) (local.get $a0))
    (then (return (call $re_replace (ref.cast (ref $RegExpObj) (local.get $a0)) (local.get $s) (local.get $a1) (i32.const 0)))))
  ;; a string pattern; the replacement, when it is not a function, is made a string
  ;; before the search, as the spec orders it
  (local.set $pat (call $tostr (local.get $a0)))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $a1))) (then (local.set $with (call $tostr (local.get $a1)))))
  (local.set $i (call $str_index_of (local.get $s) (local.get $pat) (i32.const 0)))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (local.get $s))))
  (call $concat (call $concat (call $substr (local.get $s) (i32.const 0) (local.get $i))
                              (call $replacement (local.get $a1) (local.get $with) (local.get $s) (local.get $i) (array.len (local.get $pat))))
                (call $substr (local.get $s) (i32.add (local.get $i) (array.len (local.get $pat))) (array.len (local.get $s)))))

;; the text that replaces a match of n units at pos in s: the template `with` filled
;; in ($substitute), or, when `with` is null, the result of calling the function f
;; with (the match, its position, s), made a string
(func $replacement (param $f anyref) (param $with (ref null $Str)) (param $s (ref $Str)) (param $pos i32) (param $n i32) (result (ref $Str))
  (if (ref.is_null (local.get $with))
    (then (return (call $tostr (call $call_value (local.get $f) (ref.null any) (i32.const 3)
                                     (call $substr (local.get $s) (local.get $pos) (i32.add (local.get $pos) (local.get $n)))
                                     (ref.i31 (local.get $pos)) (local.get $s) (ref.null $Vals))))))
  (call $substitute (ref.as_non_null (local.get $with)) (local.get $s) (local.get $pos) (local.get $n)))

;; the text a match of n units at pos in s is replaced with: the template t with its
;; `$` patterns (GetSubstitution) filled in: $$ is "$", $& the match, $` what precedes
;; it, $' what follows it; a string pattern has no captures, so `$1` and `$<` (and
;; any other `$`) stay as written
(func $substitute (param $t (ref $Str)) (param $s (ref $Str)) (param $pos i32) (param $n i32) (result (ref $Str))
  (local $out (ref $Str)) (local $i i32) (local $j i32) (local $c i32) (local $len i32) (local $put (ref null $Str))
  (local.set $j (call $str_index_of (local.get $t) (global.get $s_dollar) (i32.const 0)))
  (if (i32.lt_s (local.get $j) (i32.const 0)) (then (return (local.get $t))))
  (local.set $len (array.len (local.get $t)))
  (local.set $out (global.get $s_empty))
  (block $done (loop $l
    (br_if $done (i32.or (i32.lt_s (local.get $j) (i32.const 0))
                         (i32.ge_s (i32.add (local.get $j) (i32.const 1)) (local.get $len))))
    (local.set $c (array.get_u $Str (local.get $t) (i32.add (local.get $j) (i32.const 1))))
    (local.set $put (ref.null $Str))
    (if (i32.eq (local.get $c) (i32.const 36))   ;; $$
      (then (local.set $put (global.get $s_dollar))))
    (if (i32.eq (local.get $c) (i32.const 38))   ;; $&
      (then (local.set $put (call $substr (local.get $s) (local.get $pos) (i32.add (local.get $pos) (local.get $n))))))
    (if (i32.eq (local.get $c) (i32.const 96))   ;; $`
      (then (local.set $put (call $substr (local.get $s) (i32.const 0) (local.get $pos)))))
    (if (i32.eq (local.get $c) (i32.const 39))   ;; $'
      (then (local.set $put (call $substr (local.get $s) (i32.add (local.get $pos) (local.get $n)) (array.len (local.get $s))))))
    (if (ref.is_null (local.get $put))
      (then (local.set $j (call $str_index_of (local.get $t) (global.get $s_dollar) (i32.add (local.get $j) (i32.const 1)))))
      (else
        (local.set $out (call $concat (call $concat (local.get $out) (call $substr (local.get $t) (local.get $i) (local.get $j)))
                              (ref.as_non_null (local.get $put))))
        (local.set $i (i32.add (local.get $j) (i32.const 2)))
        (local.set $j (call $str_index_of (local.get $t) (global.get $s_dollar) (local.get $i)))))
    (br $l)))
  (call $concat (local.get $out) (call $substr (local.get $t) (local.get $i) (local.get $len))))

(func $bi_str_replaceAll (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $pat (ref $Str)) (local $with (ref null $Str)) (local $i i32) (local $from i32) (local $out (ref $Str))
  (if (ref.test (ref $RegExpObj) (local.get $a0))
    (then (return (call $re_replace (ref.cast (ref $RegExpObj) (local.get $a0)) (local.get $s) (local.get $a1) (i32.const 1)))))
  (local.set $pat (call $tostr (local.get $a0)))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $a1))) (then (local.set $with (call $tostr (local.get $a1)))))
  (local.set $out (global.get $s_empty))
  (if (i32.eqz (array.len (local.get $pat)))
    (then
      ;; an empty pattern matches before every code unit and at the end
      (block $d (loop $l
        (local.set $out (call $concat (local.get $out) (call $replacement (local.get $a1) (local.get $with) (local.get $s) (local.get $from) (i32.const 0))))
        (br_if $d (i32.ge_u (local.get $from) (array.len (local.get $s))))
        (local.set $out (call $concat (local.get $out) (call $substr (local.get $s) (local.get $from) (i32.add (local.get $from) (i32.const 1)))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $l)))
      (return (local.get $out))))
  (block $d (loop $l
    (local.set $i (call $str_index_of (local.get $s) (local.get $pat) (local.get $from)))
    (br_if $d (i32.lt_s (local.get $i) (i32.const 0)))
    (local.set $out (call $concat (call $concat (local.get $out) (call $substr (local.get $s) (local.get $from) (local.get $i)))
                              (call $replacement (local.get $a1) (local.get $with) (local.get $s) (local.get $i) (array.len (local.get $pat)))))
    (local.set $from (i32.add (local.get $i) (array.len (local.get $pat))))
    (br $l)))
  (call $concat (local.get $out) (call $substr (local.get $s) (local.get $from) (array.len (local.get $s)))))

(func $bi_str_trimStart (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $a i32)
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $a) (array.len (local.get $s))))
    (br_if $d (i32.eqz (call $is_space (array.get_u $Str (local.get $s) (local.get $a)))))
    (local.set $a (i32.add (local.get $a) (i32.const 1)))
    (br $l)))
  (call $substr (local.get $s) (local.get $a) (array.len (local.get $s))))

(func $bi_str_trimEnd (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $b i32)
  (local.set $b (array.len (local.get $s)))
  (block $d (loop $l
    (br_if $d (i32.eqz (local.get $b)))
    (br_if $d (i32.eqz (call $is_space (array.get_u $Str (local.get $s) (i32.sub (local.get $b) (i32.const 1))))))
    (local.set $b (i32.sub (local.get $b) (i32.const 1)))
    (br $l)))
  (call $substr (local.get $s) (i32.const 0) (local.get $b)))

;; codePointAt(i): a surrogate pair's code point at its first half; undefined out of range
(func $bi_str_codePointAt (param $s (ref $Str)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $x f64) (local $i i32) (local $c i32) (local $d i32)
  (local.set $x (if (result f64) (ref.is_null (local.get $a0)) (then (f64.const 0)) (else (f64.trunc (call $tonum (local.get $a0))))))
  (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $x (f64.const 0))))
  (if (i32.or (f64.lt (local.get $x) (f64.const 0)) (f64.ge (local.get $x) (f64.convert_i32_u (array.len (local.get $s)))))
    (then (return (ref.null any))))
  (local.set $i (i32.trunc_f64_u (local.get $x)))
  (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
  (if (i32.and (i32.eq (i32.and (local.get $c) (i32.const 0xFC00)) (i32.const 0xD800))
               (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (array.len (local.get $s))))
    (then
      (local.set $d (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 1))))
      (if (i32.eq (i32.and (local.get $d) (i32.const 0xFC00)) (i32.const 0xDC00))
        (then (return (call $box_i32 (i32.add (i32.const 0x10000)
                                              (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x3FF)) (i32.const 10))
                                                      (i32.and (local.get $d) (i32.const 0x3FF))))))))))
  (call $box_i32 (local.get $c)))

(func $bi_arr_splice (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $n i32) (local $start i32) (local $del i32) (local $removed (ref $Arr)) (local $ins i32) (local $i i32) (local $tail (ref $Arr))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (local.set $start (call $rel_index (local.get $a0) (local.get $n) (i32.const 0)))
  (local.set $del (i32.sub (local.get $n) (local.get $start)))
  (if (i32.ge_s (local.get $argc) (i32.const 2))
    (then (local.set $del (call $clamp_index (local.get $a1) (i32.sub (local.get $n) (local.get $start)) (i32.const 0)))))
  (if (i32.eqz (local.get $argc)) (then (local.set $del (i32.const 0))))
  (local.set $removed (call $arr_slice (local.get $a) (local.get $start) (i32.add (local.get $start) (local.get $del))))
  (local.set $tail (call $arr_slice (local.get $a) (i32.add (local.get $start) (local.get $del)) (local.get $n)))
  (call $arr_set_length (local.get $a) (call $box_i32 (local.get $start)))
  (local.set $ins (i32.sub (local.get $argc) (i32.const 2)))
  (local.set $i (i32.const 0))
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (local.get $ins)))
    (call $arr_push (local.get $a) (call $arg_n (i32.add (local.get $i) (i32.const 2)) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $arr_append_raw (local.get $a) (local.get $tail))
  (local.get $removed))

;; a built-in the build does not implement, met at run time: stop, naming it
(func $fail_named (param $code i32) (param $name (ref $Str))
  (call $ensure (i32.const 65536))
  (call $host_fail (i32.add (local.get $code) (i32.shl (call $to_mem (local.get $name) (i32.const 0)) (i32.const 8)))))

;; ------------------------------------------------------------------ Date (a time value)
;; `new Date()` and `new Date(ms)` make a $DateObj holding the time value (ms since
;; the epoch, NaN for an invalid date). Its methods on $cls_Date's prototype
;; ($init_builtins): getTime and valueOf (the number), toISOString and toJSON (UTC
;; text, computed here). Local-time methods and text depend on the time zone and
;; are refused by name ($builtin_missing); a Date converts to a primitive as a
;; string first (`d + 1` is text in JavaScript), which is refused too.
(func $date_new (param $argc i32) (param $a0 anyref) (result (ref $DateObj))
  (local $t f64)
  (local.set $t (call $host_now (i32.const 0)))
  (if (local.get $argc)
    (then
      (if (i32.or (ref.test (ref $Str) (local.get $a0)) (ref.test (ref $Obj) (local.get $a0)))
        (then (call $host_fail (i32.const 36)) (unreachable)))
      (local.set $t (call $time_clip (call $tonum (local.get $a0))))))
  (struct.new $DateObj (global.get $cls_Date) (i32.const 0) (local.get $t)))

;; TimeClip: NaN past +-8.64e15 ms, else the integer toward zero (+0 for -0)
(func $time_clip (param $t f64) (result f64)
  (if (i32.eqz (f64.le (f64.abs (local.get $t)) (f64.const 8.64e15))) (then (return (f64.const nan))))
  (f64.add (f64.trunc (local.get $t)) (f64.const 0)))

(func $date_value (param $this anyref) (result f64)
  (if (i32.eqz (ref.test (ref $DateObj) (local.get $this)))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_this_not_date)))))
  (struct.get $DateObj $t (ref.cast (ref $DateObj) (local.get $this))))

(func $date_getTime (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $box (call $date_value (local.get $this))))

(func $date_toISOString (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $t f64)
  (local.set $t (call $date_value (local.get $this)))
  (if (f64.ne (local.get $t) (local.get $t))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_invalid_time)))))
  (call $iso_text (local.get $t)))

;; toJSON: null for an invalid date, else the ISO text
(func $date_toJSON (type $Code) (param $self (ref $Fn)) (param $this anyref) (param $argc i32) (param $a0 anyref)
      (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $t f64)
  (local.set $t (call $date_value (local.get $this)))
  (if (f64.ne (local.get $t) (local.get $t)) (then (return (global.get $null))))
  (call $iso_text (local.get $t)))

;; YYYY-MM-DDTHH:mm:ss.sssZ of a valid time value (years 0 to 9999; others, which
;; node writes with six digits and a sign, are refused)
(func $iso_text (param $t f64) (result (ref $Str))
  (local $days i64) (local $ms i64) (local $z i64) (local $era i64) (local $doe i64) (local $yoe i64)
  (local $y i64) (local $doy i64) (local $mp i64) (local $d i64) (local $m i64) (local $r (ref $Str))
  (local.set $ms (i64.trunc_f64_s (local.get $t)))
  (local.set $days (i64.div_s (local.get $ms) (i64.const 86400000)))
  (local.set $ms (i64.rem_s (local.get $ms) (i64.const 86400000)))
  (if (i64.lt_s (local.get $ms) (i64.const 0))
    (then (local.set $ms (i64.add (local.get $ms) (i64.const 86400000)))
          (local.set $days (i64.sub (local.get $days) (i64.const 1)))))
  ;; civil from days (the proleptic Gregorian calendar, eras of 400 years)
  (local.set $z (i64.add (local.get $days) (i64.const 719468)))
  (local.set $era (i64.div_s (select (result i64) (local.get $z) (i64.sub (local.get $z) (i64.const 146096))
                                     (i64.ge_s (local.get $z) (i64.const 0))) (i64.const 146097)))
  (local.set $doe (i64.sub (local.get $z) (i64.mul (local.get $era) (i64.const 146097))))
  (local.set $yoe (i64.div_s (i64.sub (i64.add (i64.sub (local.get $doe) (i64.div_s (local.get $doe) (i64.const 1460)))
                                               (i64.div_s (local.get $doe) (i64.const 36524)))
                                      (i64.div_s (local.get $doe) (i64.const 146096))) (i64.const 365)))
  (local.set $y (i64.add (local.get $yoe) (i64.mul (local.get $era) (i64.const 400))))
  (local.set $doy (i64.sub (local.get $doe) (i64.sub (i64.add (i64.mul (i64.const 365) (local.get $yoe))
                                                              (i64.div_s (local.get $yoe) (i64.const 4)))
                                                     (i64.div_s (local.get $yoe) (i64.const 100)))))
  (local.set $mp (i64.div_s (i64.add (i64.mul (i64.const 5) (local.get $doy)) (i64.const 2)) (i64.const 153)))
  (local.set $d (i64.add (i64.sub (local.get $doy) (i64.div_s (i64.add (i64.mul (i64.const 153) (local.get $mp)) (i64.const 2))
                                                               (i64.const 5))) (i64.const 1)))
  (local.set $m (select (result i64) (i64.add (local.get $mp) (i64.const 3)) (i64.sub (local.get $mp) (i64.const 9))
                        (i64.lt_s (local.get $mp) (i64.const 10))))
  (if (i64.le_s (local.get $m) (i64.const 2)) (then (local.set $y (i64.add (local.get $y) (i64.const 1)))))
  (if (i32.or (i64.lt_s (local.get $y) (i64.const 0)) (i64.gt_s (local.get $y) (i64.const 9999)))
    (then (call $host_fail (i32.const 37)) (unreachable)))
  (local.set $r (array.new $Str (i32.const 48) (i32.const 24)))
  (call $put_digits (local.get $r) (i32.const 0) (i32.wrap_i64 (local.get $y)) (i32.const 4))
  (array.set $Str (local.get $r) (i32.const 4) (i32.const 45))
  (call $put_digits (local.get $r) (i32.const 5) (i32.wrap_i64 (local.get $m)) (i32.const 2))
  (array.set $Str (local.get $r) (i32.const 7) (i32.const 45))
  (call $put_digits (local.get $r) (i32.const 8) (i32.wrap_i64 (local.get $d)) (i32.const 2))
  (array.set $Str (local.get $r) (i32.const 10) (i32.const 84))
  (call $put_digits (local.get $r) (i32.const 11) (i32.wrap_i64 (i64.div_s (local.get $ms) (i64.const 3600000))) (i32.const 2))
  (array.set $Str (local.get $r) (i32.const 13) (i32.const 58))
  (call $put_digits (local.get $r) (i32.const 14) (i32.wrap_i64 (i64.rem_s (i64.div_s (local.get $ms) (i64.const 60000)) (i64.const 60))) (i32.const 2))
  (array.set $Str (local.get $r) (i32.const 16) (i32.const 58))
  (call $put_digits (local.get $r) (i32.const 17) (i32.wrap_i64 (i64.rem_s (i64.div_s (local.get $ms) (i64.const 1000)) (i64.const 60))) (i32.const 2))
  (array.set $Str (local.get $r) (i32.const 19) (i32.const 46))
  (call $put_digits (local.get $r) (i32.const 20) (i32.wrap_i64 (i64.rem_s (local.get $ms) (i64.const 1000))) (i32.const 3))
  (array.set $Str (local.get $r) (i32.const 23) (i32.const 90))
  (local.get $r))

;; n (>= 0) as `width` decimal digits from position `at` of s (s holds zeros there)
(func $put_digits (param $s (ref $Str)) (param $at i32) (param $n i32) (param $width i32)
  (local $i i32)
  (local.set $i (i32.add (local.get $at) (local.get $width)))
  (block $d (loop $l
    (br_if $d (i32.le_s (local.get $i) (local.get $at)))
    (local.set $i (i32.sub (local.get $i) (i32.const 1)))
    (array.set $Str (local.get $s) (local.get $i) (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
    (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
    (br $l))))

;; ------------------------------------------------------------------ URI encoding
;; encodeURI / encodeURIComponent (ECMAScript's Encode): each unit outside the
;; unescaped set as %XX of its code point's UTF-8 bytes (uppercase hex); a lone
;; surrogate throws URIError. $uri: 1 for encodeURI, which also leaves ;/?:@&=+$,#
(func $uri_unescaped (param $c i32) (param $uri i32) (result i32)
  (if (i32.or (i32.or (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
                      (i32.and (i32.ge_u (local.get $c) (i32.const 65)) (i32.le_u (local.get $c) (i32.const 90))))
              (i32.and (i32.ge_u (local.get $c) (i32.const 48)) (i32.le_u (local.get $c) (i32.const 57))))
    (then (return (i32.const 1))))
  ;; - _ . ! ~ * ' ( )
  (if (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 95)))
                      (i32.or (i32.eq (local.get $c) (i32.const 46)) (i32.eq (local.get $c) (i32.const 33))))
              (i32.or (i32.or (i32.eq (local.get $c) (i32.const 126)) (i32.eq (local.get $c) (i32.const 42)))
                      (i32.or (i32.eq (local.get $c) (i32.const 39))
                              (i32.or (i32.eq (local.get $c) (i32.const 40)) (i32.eq (local.get $c) (i32.const 41))))))
    (then (return (i32.const 1))))
  (i32.and (local.get $uri) (call $uri_reserved (local.get $c))))

;; ; / ? : @ & = + $ , #
(func $uri_reserved (param $c i32) (result i32)
  (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 59)) (i32.eq (local.get $c) (i32.const 47)))
                  (i32.or (i32.eq (local.get $c) (i32.const 63)) (i32.eq (local.get $c) (i32.const 58))))
          (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 64)) (i32.eq (local.get $c) (i32.const 38)))
                          (i32.or (i32.eq (local.get $c) (i32.const 61)) (i32.eq (local.get $c) (i32.const 43))))
                  (i32.or (i32.or (i32.eq (local.get $c) (i32.const 36)) (i32.eq (local.get $c) (i32.const 44)))
                          (i32.eq (local.get $c) (i32.const 35))))))

(func $uri_malformed (result anyref)
  (call $make_error (global.get $cls_URIError) (global.get $s_uri_malformed)))

;; put %XX of byte b at o of out; the next position
(func $uri_put_byte (param $out (ref $Str)) (param $o i32) (param $b i32) (result i32)
  (array.set $Str (local.get $out) (local.get $o) (i32.const 37))
  (array.set $Str (local.get $out) (i32.add (local.get $o) (i32.const 1)) (call $hex_upper (i32.shr_u (local.get $b) (i32.const 4))))
  (array.set $Str (local.get $out) (i32.add (local.get $o) (i32.const 2)) (call $hex_upper (i32.and (local.get $b) (i32.const 15))))
  (i32.add (local.get $o) (i32.const 3)))

(func $hex_upper (param $d i32) (result i32)
  (select (i32.add (local.get $d) (i32.const 48)) (i32.add (local.get $d) (i32.const 55)) (i32.lt_u (local.get $d) (i32.const 10))))

(func $uri_encode (param $s (ref $Str)) (param $uri i32) (result (ref $Str))
  (local $out (ref $Str)) (local $i i32) (local $o i32) (local $n i32) (local $c i32) (local $d i32) (local $cp i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $out (array.new_default $Str (i32.mul (local.get $n) (i32.const 9))))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (if (call $uri_unescaped (local.get $c) (local.get $uri))
      (then (array.set $Str (local.get $out) (local.get $o) (local.get $c))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (br $l)))
    (local.set $cp (local.get $c))
    (if (i32.and (i32.ge_u (local.get $c) (i32.const 0xDC00)) (i32.le_u (local.get $c) (i32.const 0xDFFF)))
      (then (throw $exn (call $uri_malformed))))
    (if (i32.and (i32.ge_u (local.get $c) (i32.const 0xD800)) (i32.le_u (local.get $c) (i32.const 0xDBFF)))
      (then (if (i32.ge_u (local.get $i) (local.get $n)) (then (throw $exn (call $uri_malformed))))
            (local.set $d (array.get_u $Str (local.get $s) (local.get $i)))
            (if (i32.or (i32.lt_u (local.get $d) (i32.const 0xDC00)) (i32.gt_u (local.get $d) (i32.const 0xDFFF)))
              (then (throw $exn (call $uri_malformed))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $cp (i32.add (i32.const 0x10000)
                                    (i32.or (i32.shl (i32.sub (local.get $c) (i32.const 0xD800)) (i32.const 10))
                                            (i32.sub (local.get $d) (i32.const 0xDC00)))))))
    (if (i32.lt_u (local.get $cp) (i32.const 0x80))
      (then (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (local.get $cp))) (br $l)))
    (if (i32.lt_u (local.get $cp) (i32.const 0x800))
      (then (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0xC0) (i32.shr_u (local.get $cp) (i32.const 6)))))
            (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $cp) (i32.const 63)))))
            (br $l)))
    (if (i32.lt_u (local.get $cp) (i32.const 0x10000))
      (then (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0xE0) (i32.shr_u (local.get $cp) (i32.const 12)))))
            (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $cp) (i32.const 6)) (i32.const 63)))))
            (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $cp) (i32.const 63)))))
            (br $l)))
    (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0xF0) (i32.shr_u (local.get $cp) (i32.const 18)))))
    (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $cp) (i32.const 12)) (i32.const 63)))))
    (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $cp) (i32.const 6)) (i32.const 63)))))
    (local.set $o (call $uri_put_byte (local.get $out) (local.get $o) (i32.or (i32.const 0x80) (i32.and (local.get $cp) (i32.const 63)))))
    (br $l)))
  (call $substr (local.get $out) (i32.const 0) (local.get $o)))

;; the byte of %XX at i of s, or -1 when there is no such escape there
(func $uri_byte_at (param $s (ref $Str)) (param $i i32) (result i32)
  (local $h i32) (local $l i32)
  (if (i32.gt_u (i32.add (local.get $i) (i32.const 3)) (array.len (local.get $s))) (then (return (i32.const -1))))
  (if (i32.ne (array.get_u $Str (local.get $s) (local.get $i)) (i32.const 37)) (then (return (i32.const -1))))
  (local.set $h (call $hex_value (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 1)))))
  (local.set $l (call $hex_value (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 2)))))
  (if (i32.or (i32.lt_s (local.get $h) (i32.const 0)) (i32.lt_s (local.get $l) (i32.const 0))) (then (return (i32.const -1))))
  (i32.or (i32.shl (local.get $h) (i32.const 4)) (local.get $l)))

(func $hex_value (param $c i32) (result i32)
  (if (i32.and (i32.ge_u (local.get $c) (i32.const 48)) (i32.le_u (local.get $c) (i32.const 57))) (then (return (i32.sub (local.get $c) (i32.const 48)))))
  (if (i32.and (i32.ge_u (local.get $c) (i32.const 65)) (i32.le_u (local.get $c) (i32.const 70))) (then (return (i32.sub (local.get $c) (i32.const 55)))))
  (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 102))) (then (return (i32.sub (local.get $c) (i32.const 87)))))
  (i32.const -1))

;; decodeURI / decodeURIComponent (ECMAScript's Decode): each %XX sequence of a
;; UTF-8 encoded code point as that code point; a malformed one throws URIError.
;; decodeURI ($uri 1) leaves the escape of a reserved character (;/?:@&=+$,#) as written
(func $uri_decode (param $s (ref $Str)) (param $uri i32) (result (ref $Str))
  (local $out (ref $Str)) (local $i i32) (local $o i32) (local $n i32) (local $b i32) (local $k i32) (local $j i32)
  (local $cp i32) (local $x i32) (local $min i32)
  (local.set $n (array.len (local.get $s)))
  (local.set $out (array.new_default $Str (local.get $n)))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (if (i32.ne (array.get_u $Str (local.get $s) (local.get $i)) (i32.const 37))
      (then (array.set $Str (local.get $out) (local.get $o) (array.get_u $Str (local.get $s) (local.get $i)))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $l)))
    (local.set $b (call $uri_byte_at (local.get $s) (local.get $i)))
    (if (i32.lt_s (local.get $b) (i32.const 0)) (then (throw $exn (call $uri_malformed))))
    (if (i32.lt_u (local.get $b) (i32.const 0x80))
      (then (if (i32.and (local.get $uri) (call $uri_reserved (local.get $b)))
              (then (array.copy $Str $Str (local.get $out) (local.get $o) (local.get $s) (local.get $i) (i32.const 3))
                    (local.set $o (i32.add (local.get $o) (i32.const 3))))
              (else (array.set $Str (local.get $out) (local.get $o) (local.get $b))
                    (local.set $o (i32.add (local.get $o) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 3)))
            (br $l)))
    ;; a lead byte: 110xxxxx, 1110xxxx or 11110xxx, then that many continuation bytes
    (local.set $k (i32.const 0))
    (if (i32.eq (i32.and (local.get $b) (i32.const 0xE0)) (i32.const 0xC0))
      (then (local.set $k (i32.const 1)) (local.set $cp (i32.and (local.get $b) (i32.const 0x1F))) (local.set $min (i32.const 0x80))))
    (if (i32.eq (i32.and (local.get $b) (i32.const 0xF0)) (i32.const 0xE0))
      (then (local.set $k (i32.const 2)) (local.set $cp (i32.and (local.get $b) (i32.const 0x0F))) (local.set $min (i32.const 0x800))))
    (if (i32.eq (i32.and (local.get $b) (i32.const 0xF8)) (i32.const 0xF0))
      (then (local.set $k (i32.const 3)) (local.set $cp (i32.and (local.get $b) (i32.const 0x07))) (local.set $min (i32.const 0x10000))))
    (if (i32.eqz (local.get $k)) (then (throw $exn (call $uri_malformed))))
    (local.set $j (i32.const 1))
    (block $cd (loop $cl
      (br_if $cd (i32.gt_u (local.get $j) (local.get $k)))
      (local.set $x (call $uri_byte_at (local.get $s) (i32.add (local.get $i) (i32.mul (local.get $j) (i32.const 3)))))
      (if (i32.or (i32.lt_s (local.get $x) (i32.const 0)) (i32.ne (i32.and (local.get $x) (i32.const 0xC0)) (i32.const 0x80)))
        (then (throw $exn (call $uri_malformed))))
      (local.set $cp (i32.or (i32.shl (local.get $cp) (i32.const 6)) (i32.and (local.get $x) (i32.const 0x3F))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $cl)))
    ;; overlong, a surrogate, or beyond U+10FFFF: malformed
    (if (i32.or (i32.lt_u (local.get $cp) (local.get $min))
                (i32.or (i32.and (i32.ge_u (local.get $cp) (i32.const 0xD800)) (i32.le_u (local.get $cp) (i32.const 0xDFFF)))
                        (i32.gt_u (local.get $cp) (i32.const 0x10FFFF))))
      (then (throw $exn (call $uri_malformed))))
    (local.set $i (i32.add (local.get $i) (i32.mul (i32.add (local.get $k) (i32.const 1)) (i32.const 3))))
    (if (i32.lt_u (local.get $cp) (i32.const 0x10000))
      (then (array.set $Str (local.get $out) (local.get $o) (local.get $cp))
            (local.set $o (i32.add (local.get $o) (i32.const 1))))
      (else (local.set $cp (i32.sub (local.get $cp) (i32.const 0x10000)))
            (array.set $Str (local.get $out) (local.get $o) (i32.add (i32.const 0xD800) (i32.shr_u (local.get $cp) (i32.const 10))))
            (array.set $Str (local.get $out) (i32.add (local.get $o) (i32.const 1)) (i32.add (i32.const 0xDC00) (i32.and (local.get $cp) (i32.const 0x3FF))))
            (local.set $o (i32.add (local.get $o) (i32.const 2)))))
    (br $l)))
  (call $substr (local.get $out) (i32.const 0) (local.get $o)))

;; Object.prototype.toString of any value (codegen/object_method_call.py): "[object T]"
;; with T its builtin tag (Undefined, Null, Array, Function, Error, Boolean, Number,
;; String, Date, RegExp) or its toStringTag (Map, Set, a typed array's name), else Object
(func $object_tag (param $v anyref) (result (ref $Str))
  (local $t (ref $Str))
  (local.set $t (global.get $s_Object))
  (if (ref.is_null (local.get $v)) (then (local.set $t (global.get $s_Undefined_tag))))
  (if (ref.test (ref $Null) (local.get $v)) (then (local.set $t (global.get $s_Null_tag))))
  (if (ref.test (ref $Arr) (local.get $v))
    (then (local.set $t (if (result (ref $Str)) (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))
                          (then (call $ta_name (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))))
                          (else (global.get $s_Array))))))
  (if (ref.test (ref $Fn) (local.get $v)) (then (local.set $t (global.get $s_Function))))
  (if (ref.test (ref $Bool) (local.get $v)) (then (local.set $t (global.get $s_Boolean))))
  (if (call $is_num (local.get $v)) (then (local.set $t (global.get $s_Number))))
  (if (ref.test (ref $Str) (local.get $v)) (then (local.set $t (global.get $s_String))))
  (if (ref.test (ref $DateObj) (local.get $v)) (then (local.set $t (global.get $s_Date))))
  (if (ref.test (ref $RegExpObj) (local.get $v)) (then (local.set $t (global.get $s_RegExp))))
  (if (ref.test (ref $JSMap) (local.get $v)) (then (local.set $t (global.get $s_Map))))
  (if (ref.test (ref $JSSet) (local.get $v)) (then (local.set $t (global.get $s_Set))))
  (if (ref.test (ref $CIter) (local.get $v)) (then (call $host_fail (i32.const 41)) (unreachable)))
  (if (call $is_error (local.get $v)) (then (local.set $t (global.get $s_Error))))
  (call $concat (call $concat (global.get $s_object_open) (local.get $t)) (global.get $s_bracket_close)))

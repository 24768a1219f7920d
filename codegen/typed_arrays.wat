;; Typed arrays (Int8Array ... Float64Array) in the build.
;;
;; A typed array is an $Arr whose $kind is not 0: 1 Int8, 2 Uint8, 3 Uint8Clamped,
;; 4 Int16, 5 Uint16, 6 Int32, 7 Uint32, 8 Float32, 9 Float64 (TYPED_KINDS in
;; codegen/module.py). Its elements are numbers in the $Vals storage an array has,
;; so every read path of arrays (indexing, length, for-of, spread, join, the
;; callback methods) reads it unchanged. What differs is confined to the places
;; that write or describe one:
;;   - a store converts the value to the element type (ToNumber, then the kind's
;;     conversion: ToInt32 wrapped to 8 or 16 bits, ToUint32, clamping for
;;     Uint8Clamped, rounding to float32); a store at an index past the end is
;;     dropped, and the length never changes ($ta_coerce, $arr_set);
;;   - the methods that change an array's length do not exist on typed arrays;
;;     map, filter and slice make a typed array of the receiver's kind; sort
;;     without a comparator orders numerically; fill converts its value once;
;;     `set` copies an array in;
;;   - console.log writes `Float64Array(3) [ ... ]`, JSON.stringify an object
;;     with the indices as keys, Array.isArray says false.
;; No ArrayBuffer is modelled: `buffer`, `subarray` and views of one storage as
;; another kind are refused by the build.

;; a value stored into a typed array of `kind`, converted to its element type
(func $ta_coerce (param $kind i32) (param $v anyref) (result anyref)
  (local $x f64) (local $i i32)
  (if (i32.and (ref.test (ref i31) (local.get $v)) (i32.ne (local.get $kind) (i32.const 8)))
    (then (local.set $i (i31.get_s (ref.cast (ref i31) (local.get $v))))
          (if (i32.ge_u (local.get $kind) (i32.const 6)) (then (if (i32.ge_s (local.get $i) (i32.const 0)) (then (return (local.get $v)))))))
    (else (local.set $x (call $tonum (local.get $v)))
          (if (i32.eq (local.get $kind) (i32.const 9)) (then (return (call $box (local.get $x)))))
          (if (i32.eq (local.get $kind) (i32.const 8))
            (then (return (call $box (f64.promote_f32 (f32.demote_f64 (local.get $x)))))))
          (if (i32.eq (local.get $kind) (i32.const 3))
            (then ;; Uint8Clamped: NaN is 0, then clamped, then rounded half to even
              (if (f64.ne (local.get $x) (local.get $x)) (then (return (ref.i31 (i32.const 0)))))
              (if (f64.le (local.get $x) (f64.const 0)) (then (return (ref.i31 (i32.const 0)))))
              (if (f64.ge (local.get $x) (f64.const 255)) (then (return (ref.i31 (i32.const 255)))))
              (return (ref.i31 (i32.trunc_f64_s (f64.nearest (local.get $x)))))))
          (local.set $i (call $toint32 (local.get $x)))))
  (if (i32.eq (local.get $kind) (i32.const 1)) (then (return (ref.i31 (i32.extend8_s (local.get $i))))))
  (if (i32.eq (local.get $kind) (i32.const 2)) (then (return (ref.i31 (i32.and (local.get $i) (i32.const 255))))))
  (if (i32.eq (local.get $kind) (i32.const 3))   ;; (an int31 here)
    (then (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (ref.i31 (i32.const 0)))))
          (if (i32.gt_s (local.get $i) (i32.const 255)) (then (return (ref.i31 (i32.const 255)))))
          (return (ref.i31 (local.get $i)))))
  (if (i32.eq (local.get $kind) (i32.const 4)) (then (return (ref.i31 (i32.extend16_s (local.get $i))))))
  (if (i32.eq (local.get $kind) (i32.const 5)) (then (return (ref.i31 (i32.and (local.get $i) (i32.const 65535))))))
  (if (i32.eq (local.get $kind) (i32.const 6)) (then (return (call $box_i32 (local.get $i)))))
  (if (i32.eq (local.get $kind) (i32.const 7)) (then (return (call $box (f64.convert_i32_u (local.get $i))))))
  ;; Float32 / Float64 of an int31: exact in both
  (local.get $v))

;; a value stored into the array a: converted when a is a typed array
(func $ta_put (param $a (ref $Arr)) (param $v anyref) (result anyref)
  (if (result anyref) (struct.get $Arr $kind (local.get $a))
    (then (call $ta_coerce (struct.get $Arr $kind (local.get $a)) (local.get $v)))
    (else (local.get $v))))

;; a typed array of `kind` and n zeros
(func $ta_new (param $kind i32) (param $n i32) (result (ref $Arr))
  (struct.new $Arr (array.new $Vals (ref.i31 (i32.const 0)) (local.get $n)) (local.get $n) (local.get $kind) (ref.null $MapObj)))

;; an array's storage given the typed kind of `like` (plain when like is plain)
(func $arr_new_like (param $like (ref $Arr)) (param $n i32) (result (ref $Arr))
  (if (result (ref $Arr)) (struct.get $Arr $kind (local.get $like))
    (then (call $ta_new (struct.get $Arr $kind (local.get $like)) (local.get $n)))
    (else (call $arr_new (local.get $n)))))

;; r (a new plain array, elements numbers) as a typed array of like's kind; r when like is plain
(func $arr_as_like (param $like (ref $Arr)) (param $r (ref $Arr)) (result (ref $Arr))
  (if (result (ref $Arr)) (struct.get $Arr $kind (local.get $like))
    (then (struct.new $Arr (struct.get $Arr $data (local.get $r)) (struct.get $Arr $len (local.get $r))
                      (struct.get $Arr $kind (local.get $like)) (ref.null $MapObj)))
    (else (local.get $r))))

;; new <Kind>Array(argument?): a length, an array or typed array to copy, or nothing
(func $ta_construct (param $kind i32) (param $argc i32) (param $a0 anyref) (result anyref)
  (local $x f64) (local $src (ref $Arr)) (local $r (ref $Arr)) (local $i i32) (local $n i32)
  (if (i32.or (i32.eqz (local.get $argc)) (ref.is_null (local.get $a0)))
    (then (return (call $ta_new (local.get $kind) (i32.const 0)))))
  (if (ref.test (ref $Arr) (local.get $a0))
    (then
      (local.set $src (ref.cast (ref $Arr) (local.get $a0)))
      (local.set $n (struct.get $Arr $len (local.get $src)))
      (local.set $r (call $ta_new (local.get $kind) (local.get $n)))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
        (array.set $Vals (struct.get $Arr $data (local.get $r)) (local.get $i)
                   (call $ta_coerce (local.get $kind) (call $arr_get (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (return (local.get $r))))
  (if (i32.eqz (i32.or (call $is_num (local.get $a0))
                       (i32.or (ref.test (ref $Bool) (local.get $a0)) (ref.test (ref $Str) (local.get $a0)))))
    (then (return (call $unsupported_value (i32.const 32)))))
  ;; ToIndex: the integer part; negative or past 2^53 is a RangeError
  (local.set $x (f64.trunc (call $tonum (local.get $a0))))
  (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $x (f64.const 0))))
  (if (i32.or (f64.lt (local.get $x) (f64.const 0)) (f64.gt (local.get $x) (f64.const 9007199254740991)))
    (then (throw $exn (call $make_error (global.get $cls_RangeError)
                            (call $concat (global.get $s_invalid_typed_length) (call $tostr (local.get $a0)))))))
  (if (f64.gt (local.get $x) (f64.const 100000000)) (then (return (call $unsupported_value (i32.const 3)))))
  (call $ta_new (local.get $kind) (i32.trunc_f64_u (local.get $x))))

;; ta.set(source, offset?): source's elements converted into ta from offset on
(func $ta_set (param $a (ref $Arr)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $x f64) (local $src (ref $Arr)) (local $off i32) (local $n i32) (local $i i32) (local $copy (ref $Vals))
  (local.set $x (if (result f64) (ref.is_null (local.get $a1)) (then (f64.const 0)) (else (f64.trunc (call $tonum (local.get $a1))))))
  (if (f64.ne (local.get $x) (local.get $x)) (then (local.set $x (f64.const 0))))
  (if (f64.lt (local.get $x) (f64.const 0))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_offset_bounds)))))
  (if (i32.eqz (ref.test (ref $Arr) (local.get $a0))) (then (return (call $unsupported_value (i32.const 32)))))
  (local.set $src (ref.cast (ref $Arr) (local.get $a0)))
  (local.set $n (struct.get $Arr $len (local.get $src)))
  (if (f64.gt (f64.add (local.get $x) (f64.convert_i32_u (local.get $n))) (f64.convert_i32_u (struct.get $Arr $len (local.get $a))))
    (then (throw $exn (call $make_error (global.get $cls_RangeError) (global.get $s_offset_bounds)))))
  (local.set $off (i32.trunc_f64_u (local.get $x)))
  ;; the source's elements first (it may be the target itself, overlapping)
  (local.set $copy (array.new_default $Vals (local.get $n)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (array.set $Vals (local.get $copy) (local.get $i) (call $arr_get (local.get $src) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.set $i (i32.const 0))
  (block $d2 (loop $l2
    (br_if $d2 (i32.ge_u (local.get $i) (local.get $n)))
    (array.set $Vals (struct.get $Arr $data (local.get $a)) (i32.add (local.get $off) (local.get $i))
               (call $ta_coerce (struct.get $Arr $kind (local.get $a)) (array.get $Vals (local.get $copy) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l2)))
  (ref.null any))

;; sort() of a typed array without a comparator: numeric, -0 before +0, NaN last
(func $ta_num_cmp (param $a anyref) (param $b anyref) (result i32)
  (local $x f64) (local $y f64)
  (local.set $x (call $tonum (local.get $a)))
  (local.set $y (call $tonum (local.get $b)))
  (if (f64.ne (local.get $x) (local.get $x)) (then (return (f64.eq (local.get $y) (local.get $y)))))
  (if (f64.ne (local.get $y) (local.get $y)) (then (return (i32.const -1))))
  (if (f64.lt (local.get $x) (local.get $y)) (then (return (i32.const -1))))
  (if (f64.gt (local.get $x) (local.get $y)) (then (return (i32.const 1))))
  (if (i32.and (f64.eq (local.get $x) (f64.const 0)) (f64.eq (local.get $y) (f64.const 0)))
    (then (return (i32.sub (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $y)) (i64.const 63)))
                           (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 63)))))))
  (i32.const 0))

;; the comparator $sort_cmp takes for the numeric order (no function is an i31)
(global $ta_numeric (ref i31) (ref.i31 (i32.const 0)))

(func $ta_sort (param $a (ref $Arr)) (param $cmp anyref)
  (local $n i32) (local $work (ref $Vals))
  (if (i32.eqz (i32.or (ref.is_null (local.get $cmp)) (ref.test (ref $Fn) (local.get $cmp))))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_bad_comparator)))))
  (if (ref.is_null (local.get $cmp)) (then (local.set $cmp (global.get $ta_numeric))))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return)))
  ;; a work copy, so the comparator sees the array unchanged, as in V8
  (local.set $work (array.new_default $Vals (local.get $n)))
  (array.copy $Vals $Vals (local.get $work) (i32.const 0) (struct.get $Arr $data (local.get $a)) (i32.const 0) (local.get $n))
  (call $ts_sort (local.get $cmp) (local.get $work) (local.get $n))
  (array.copy $Vals $Vals (struct.get $Arr $data (local.get $a)) (i32.const 0) (local.get $work) (i32.const 0) (local.get $n)))

;; the name console.log and Object.prototype.toString give a kind
(func $ta_name (param $kind i32) (result (ref $Str))
  (if (i32.eq (local.get $kind) (i32.const 1)) (then (return (global.get $s_Int8Array))))
  (if (i32.eq (local.get $kind) (i32.const 2)) (then (return (global.get $s_Uint8Array))))
  (if (i32.eq (local.get $kind) (i32.const 3)) (then (return (global.get $s_Uint8ClampedArray))))
  (if (i32.eq (local.get $kind) (i32.const 4)) (then (return (global.get $s_Int16Array))))
  (if (i32.eq (local.get $kind) (i32.const 5)) (then (return (global.get $s_Uint16Array))))
  (if (i32.eq (local.get $kind) (i32.const 6)) (then (return (global.get $s_Int32Array))))
  (if (i32.eq (local.get $kind) (i32.const 7)) (then (return (global.get $s_Uint32Array))))
  (if (i32.eq (local.get $kind) (i32.const 8)) (then (return (global.get $s_Float32Array))))
  (global.get $s_Float64Array))

;; Array.isArray(v): a typed array is not an array
(func $is_array (param $v anyref) (result i32)
  (if (result i32) (ref.test (ref $Arr) (local.get $v))
    (then (i32.eqz (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))))
    (else (i32.const 0))))

;; v instanceof <Kind>Array
(func $is_typed (param $v anyref) (param $kind i32) (result i32)
  (if (result i32) (ref.test (ref $Arr) (local.get $v))
    (then (i32.eq (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v))) (local.get $kind)))
    (else (i32.const 0))))

;; is key the string of a number (CanonicalNumericIndexString: "-1", "1.5", "-0",
;; "NaN", "Infinity")? A typed array has no such property: reads give undefined,
;; writes are dropped
(func $ta_numeric_key (param $key (ref $Str)) (result i32)
  (if (call $str_eq (local.get $key) (global.get $s_minus_zero)) (then (return (i32.const 1))))
  (call $str_eq (call $tostr (call $box (call $str_to_num (local.get $key) (i32.const 0) (i32.const 10)))) (local.get $key)))

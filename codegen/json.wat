;; JSON.stringify and JSON.parse, inside the module (no host call per value).
;;
;; stringify walks the value as V8's JsonStringifier does: for an object, its
;; `toJSON` method (if any) is called with the key, then the replacer function
;; (if any) with the holder as `this`; the result is written by kind. Objects
;; are either representation the build has: dictionaries ($MapObj, keys in JS
;; order) and plan structs (own keys from $struct_keys, in JS order; getters
;; live on the class and are not own data). A property whose value is
;; undefined, a function or absent is skipped in objects and written `null` in
;; arrays; the key is written before the value and taken back (the output
;; length rewound) when the value writes nothing. The objects being written are
;; on a stack (with the key each was reached by) for the cycle check, whose
;; TypeError message is V8's multi-line one. Output goes to a growable $Str in
;; a $JsonOut, one per call, so a toJSON or replacer that calls JSON.stringify
;; again is safe.
;;
;; parse is a recursive descent over the UTF-16 code units of the text; it runs
;; no user code, so its position lives in globals. Objects become dictionaries
;; of class Object ($map_set keeps integer-like keys first, ascending), arrays
;; $Arr. Numbers of at most 15 significant digits and a decimal exponent within
;; 22 are computed here exactly (Clinger's fast path); every other number goes
;; to the host's string-to-number (exactly JS's Number(), which is exactly
;; JSON's number value once the grammar is checked here). Syntax errors
;; are SyntaxErrors with V8's (node 20's) messages and positions.

(type $JsonOut (struct (field $buf (mut (ref $Str))) (field $n (mut i32)) (field $gap (ref null $Str))
                       (field $indent (mut i32)) (field $stack (ref $Arr)) (field $keys (ref $Arr))
                       (field $plist (ref null $Arr)) (field $replacer anyref)))

;; ------------------------------------------------------------------ output buffer
(func $jo_new (param $gap (ref null $Str)) (param $plist (ref null $Arr)) (param $replacer anyref) (result (ref $JsonOut))
  (struct.new $JsonOut (array.new_default $Str (i32.const 64)) (i32.const 0) (local.get $gap) (i32.const 0)
              (call $arr_new (i32.const 0)) (call $arr_new (i32.const 0)) (local.get $plist) (local.get $replacer)))

;; room for `need` more code units
(func $jo_reserve (param $o (ref $JsonOut)) (param $need i32)
  (local $b (ref $Str)) (local $nb (ref $Str)) (local $cap i32) (local $want i32)
  (local.set $b (struct.get $JsonOut $buf (local.get $o)))
  (local.set $want (i32.add (struct.get $JsonOut $n (local.get $o)) (local.get $need)))
  (local.set $cap (array.len (local.get $b)))
  (if (i32.le_u (local.get $want) (local.get $cap)) (then (return)))
  (local.set $cap (i32.add (i32.shl (local.get $cap) (i32.const 1)) (i32.const 16)))
  (if (i32.lt_u (local.get $cap) (local.get $want)) (then (local.set $cap (local.get $want))))
  (local.set $nb (array.new_default $Str (local.get $cap)))
  (array.copy $Str $Str (local.get $nb) (i32.const 0) (local.get $b) (i32.const 0) (struct.get $JsonOut $n (local.get $o)))
  (struct.set $JsonOut $buf (local.get $o) (local.get $nb)))

(func $jo_char (param $o (ref $JsonOut)) (param $c i32)
  (local $n i32)
  (local.set $n (struct.get $JsonOut $n (local.get $o)))
  (if (i32.ge_u (local.get $n) (array.len (struct.get $JsonOut $buf (local.get $o))))
    (then (call $jo_reserve (local.get $o) (i32.const 1))))
  (array.set $Str (struct.get $JsonOut $buf (local.get $o)) (local.get $n) (local.get $c))
  (struct.set $JsonOut $n (local.get $o) (i32.add (local.get $n) (i32.const 1))))

;; code units [from, to) of s
(func $jo_range (param $o (ref $JsonOut)) (param $s (ref $Str)) (param $from i32) (param $to i32)
  (local $m i32) (local $n i32)
  (local.set $m (i32.sub (local.get $to) (local.get $from)))
  (if (i32.le_s (local.get $m) (i32.const 0)) (then (return)))
  (call $jo_reserve (local.get $o) (local.get $m))
  (local.set $n (struct.get $JsonOut $n (local.get $o)))
  (array.copy $Str $Str (struct.get $JsonOut $buf (local.get $o)) (local.get $n) (local.get $s) (local.get $from) (local.get $m))
  (struct.set $JsonOut $n (local.get $o) (i32.add (local.get $n) (local.get $m))))

(func $jo_str (param $o (ref $JsonOut)) (param $s (ref $Str))
  (call $jo_range (local.get $o) (local.get $s) (i32.const 0) (array.len (local.get $s))))

;; the text written so far, as a string of its own
(func $jo_text (param $o (ref $JsonOut)) (result (ref $Str))
  (local $r (ref $Str)) (local $n i32)
  (local.set $n (struct.get $JsonOut $n (local.get $o)))
  (local.set $r (array.new_default $Str (local.get $n)))
  (array.copy $Str $Str (local.get $r) (i32.const 0) (struct.get $JsonOut $buf (local.get $o)) (i32.const 0) (local.get $n))
  (local.get $r))

(func $jo_hex4 (param $o (ref $JsonOut)) (param $c i32)
  (local $k i32) (local $d i32)
  (call $jo_char (local.get $o) (i32.const 92))
  (call $jo_char (local.get $o) (i32.const 117))
  (local.set $k (i32.const 12))
  (loop $l
    (local.set $d (i32.and (i32.shr_u (local.get $c) (local.get $k)) (i32.const 15)))
    (call $jo_char (local.get $o) (select (i32.add (local.get $d) (i32.const 48)) (i32.add (local.get $d) (i32.const 87))
                                          (i32.lt_u (local.get $d) (i32.const 10))))
    (local.set $k (i32.sub (local.get $k) (i32.const 4)))
    (br_if $l (i32.ge_s (local.get $k) (i32.const 0)))))

;; a string as a JSON string literal, escaped as V8 does (well-formed JSON.stringify:
;; a surrogate that is not part of a pair is written as a \u escape)
(func $jo_quote (param $o (ref $JsonOut)) (param $s (ref $Str))
  (local $i i32) (local $n i32) (local $c i32) (local $d i32) (local $start i32) (local $e i32)
  (local.set $n (array.len (local.get $s)))
  (call $jo_char (local.get $o) (i32.const 34))
  (block $done (loop $l
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $c (array.get_u $Str (local.get $s) (local.get $i)))
    ;; most characters are copied as they are, a run at a time
    (if (i32.and (i32.ge_u (local.get $c) (i32.const 32))
                 (i32.and (i32.and (i32.ne (local.get $c) (i32.const 34)) (i32.ne (local.get $c) (i32.const 92)))
                          (i32.ne (i32.and (local.get $c) (i32.const 0xF800)) (i32.const 0xD800))))
      (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l)))
    (call $jo_range (local.get $o) (local.get $s) (local.get $start) (local.get $i))
    (block $written
      (if (i32.eq (i32.and (local.get $c) (i32.const 0xF800)) (i32.const 0xD800))
        (then
          ;; a lead surrogate followed by a trail surrogate is a pair: both as they are
          (if (i32.and (i32.lt_u (local.get $c) (i32.const 0xDC00))
                       (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
            (then
              (local.set $d (array.get_u $Str (local.get $s) (i32.add (local.get $i) (i32.const 1))))
              (if (i32.eq (i32.and (local.get $d) (i32.const 0xFC00)) (i32.const 0xDC00))
                (then (call $jo_char (local.get $o) (local.get $c))
                      (call $jo_char (local.get $o) (local.get $d))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br $written)))))
          (call $jo_hex4 (local.get $o) (local.get $c))
          (br $written)))
      (local.set $e (i32.const 0))
      (if (i32.eq (local.get $c) (i32.const 34)) (then (local.set $e (i32.const 34))))
      (if (i32.eq (local.get $c) (i32.const 92)) (then (local.set $e (i32.const 92))))
      (if (i32.eq (local.get $c) (i32.const 8)) (then (local.set $e (i32.const 98))))
      (if (i32.eq (local.get $c) (i32.const 12)) (then (local.set $e (i32.const 102))))
      (if (i32.eq (local.get $c) (i32.const 10)) (then (local.set $e (i32.const 110))))
      (if (i32.eq (local.get $c) (i32.const 13)) (then (local.set $e (i32.const 114))))
      (if (i32.eq (local.get $c) (i32.const 9)) (then (local.set $e (i32.const 116))))
      (if (local.get $e)
        (then (call $jo_char (local.get $o) (i32.const 92)) (call $jo_char (local.get $o) (local.get $e)))
        (else (call $jo_hex4 (local.get $o) (local.get $c)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (local.set $start (local.get $i))
    (br $l)))
  (call $jo_range (local.get $o) (local.get $s) (local.get $start) (local.get $n))
  (call $jo_char (local.get $o) (i32.const 34)))

;; a line break and the indentation, when there is a gap
(func $jo_newline (param $o (ref $JsonOut))
  (local $i i32) (local $g (ref null $Str))
  (local.set $g (struct.get $JsonOut $gap (local.get $o)))
  (if (ref.is_null (local.get $g)) (then (return)))
  (call $jo_char (local.get $o) (i32.const 10))
  (block $d (loop $l
    (br_if $d (i32.ge_s (local.get $i) (struct.get $JsonOut $indent (local.get $o))))
    (call $jo_str (local.get $o) (ref.as_non_null (local.get $g)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))))

;; ------------------------------------------------------------------ JSON.stringify
(func $json_stringify (param $v anyref) (param $replacer anyref) (param $space anyref) (result anyref)
  (local $o (ref $JsonOut)) (local $gap (ref null $Str)) (local $plist (ref null $Arr)) (local $fn anyref)
  (local $holder (ref null $MapObj)) (local $x f64) (local $s (ref $Str))
  (if (ref.test (ref $Fn) (local.get $replacer))
    (then (local.set $fn (local.get $replacer)))
    (else (if (ref.test (ref $Arr) (local.get $replacer))
            (then (local.set $plist (call $json_property_list (ref.cast (ref $Arr) (local.get $replacer))))))))
  ;; the gap: up to 10 spaces, or the first 10 code units of a string
  (if (call $is_num (local.get $space))
    (then
      (local.set $x (f64.trunc (call $tonum (local.get $space))))
      (if (f64.ge (local.get $x) (f64.const 1))
        (then (local.set $gap (call $substr (global.get $s_json_spaces) (i32.const 0)
                                    (i32.trunc_f64_s (f64.min (local.get $x) (f64.const 10)))))))))
  (if (ref.test (ref $Str) (local.get $space))
    (then
      (local.set $s (call $substr (ref.cast (ref $Str) (local.get $space)) (i32.const 0) (i32.const 10)))
      (if (array.len (local.get $s)) (then (local.set $gap (local.get $s))))))
  (local.set $o (call $jo_new (local.get $gap) (local.get $plist) (local.get $fn)))
  ;; a replacer function sees the value first as the "" property of a wrapper object
  (if (i32.eqz (ref.is_null (local.get $fn)))
    (then (local.set $holder (call $map_new (global.get $cls_Object)))
          (call $map_set (ref.as_non_null (local.get $holder)) (global.get $s_empty) (local.get $v))))
  (if (i32.eqz (call $json_value (local.get $o) (local.get $holder) (global.get $s_empty) (local.get $v)))
    (then (return (ref.null any))))
  (call $jo_text (local.get $o)))

;; the replacer array as a list of keys: strings and numbers (as strings), each once
(func $json_property_list (param $r (ref $Arr)) (result (ref $Arr))
  (local $out (ref $Arr)) (local $i i32) (local $n i32) (local $j i32) (local $v anyref) (local $k (ref null $Str))
  (local.set $out (call $arr_new (i32.const 0)))
  (local.set $n (struct.get $Arr $len (local.get $r)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $v (call $arr_get (local.get $r) (local.get $i)))
    (local.set $k (ref.null $Str))
    (if (ref.test (ref $Str) (local.get $v)) (then (local.set $k (ref.cast (ref $Str) (local.get $v)))))
    (if (call $is_num (local.get $v)) (then (local.set $k (call $num_to_str (call $tonum (local.get $v))))))
    (if (i32.eqz (ref.is_null (local.get $k)))
      (then
        (local.set $j (i32.const 0))
        (block $dup (loop $find
          (if (i32.ge_u (local.get $j) (struct.get $Arr $len (local.get $out)))
            (then (call $arr_push (local.get $out) (local.get $k)) (br $dup)))
          (br_if $dup (call $str_eq (ref.cast (ref $Str) (call $arr_get (local.get $out) (local.get $j)))
                                    (ref.as_non_null (local.get $k))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $find)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $out))

;; the key a value was reached by, as toJSON and the replacer get it
(func $json_key_str (param $key anyref) (result (ref $Str))
  (if (ref.test (ref i31) (local.get $key))
    (then (return (call $num_to_str (f64.convert_i32_s (i31.get_s (ref.cast (ref i31) (local.get $key))))))))
  (ref.cast (ref $Str) (local.get $key)))

;; write one value; 0 when it writes nothing (undefined, a function)
(func $json_value (param $o (ref $JsonOut)) (param $holder anyref) (param $key anyref) (param $v anyref) (result i32)
  (local $f anyref) (local $x f64)
  (if (i32.or (ref.test (ref $Obj) (local.get $v)) (ref.test (ref $Fn) (local.get $v)))
    (then
      (local.set $f (call $get_generic (local.get $v) (global.get $s_toJSON)))
      (if (ref.test (ref $Fn) (local.get $f))
        (then (local.set $v (call $call_value (local.get $f) (local.get $v) (i32.const 1) (call $json_key_str (local.get $key))
                                  (ref.null any) (ref.null any) (ref.null $Vals)))))))
  (if (i32.eqz (ref.is_null (struct.get $JsonOut $replacer (local.get $o))))
    (then (local.set $v (call $call_value (struct.get $JsonOut $replacer (local.get $o)) (local.get $holder) (i32.const 2)
                              (call $json_key_str (local.get $key)) (local.get $v) (ref.null any) (ref.null $Vals)))))
  (if (ref.is_null (local.get $v)) (then (return (i32.const 0))))
  (if (ref.test (ref $Str) (local.get $v))
    (then (call $jo_quote (local.get $o) (ref.cast (ref $Str) (local.get $v))) (return (i32.const 1))))
  (if (ref.test (ref i31) (local.get $v))
    (then (call $jo_str (local.get $o) (call $tostr (local.get $v))) (return (i32.const 1))))
  (if (ref.test (ref $Num) (local.get $v))
    (then
      (local.set $x (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))))
      (if (i32.and (f64.eq (local.get $x) (local.get $x)) (f64.ne (f64.abs (local.get $x)) (f64.const inf)))
        (then (call $jo_str (local.get $o) (call $num_to_str (local.get $x))))
        (else (call $jo_str (local.get $o) (global.get $s_null))))
      (return (i32.const 1))))
  (if (ref.test (ref $Bool) (local.get $v))
    (then (call $jo_str (local.get $o) (call $tostr (local.get $v))) (return (i32.const 1))))
  (if (ref.test (ref $Null) (local.get $v))
    (then (call $jo_str (local.get $o) (global.get $s_null)) (return (i32.const 1))))
  (if (ref.test (ref $Arr) (local.get $v))
    (then
      ;; a typed array is written as an object: its indices are its keys
      (if (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $v)))
        (then (call $json_object (local.get $o) (local.get $v) (local.get $key)) (return (i32.const 1))))
      (call $json_array (local.get $o) (ref.cast (ref $Arr) (local.get $v)) (local.get $key)) (return (i32.const 1))))
  (if (ref.test (ref $Obj) (local.get $v))
    (then (call $json_object (local.get $o) (local.get $v) (local.get $key)) (return (i32.const 1))))
  ;; a Map or Set iterator has no own enumerable keys
  (if (ref.test (ref $CIter) (local.get $v))
    (then (call $jo_str (local.get $o) (global.get $s_empty_object)) (return (i32.const 1))))
  ;; functions
  (i32.const 0))

;; push an object on the stack of objects being written; one already there is a cycle
(func $json_enter (param $o (ref $JsonOut)) (param $v anyref) (param $key anyref)
  (local $i i32) (local $n i32) (local $stack (ref $Arr))
  (local.set $stack (struct.get $JsonOut $stack (local.get $o)))
  (local.set $n (struct.get $Arr $len (local.get $stack)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (if (ref.eq (ref.cast eqref (call $arr_get (local.get $stack) (local.get $i))) (ref.cast eqref (local.get $v)))
      (then (throw $exn (call $make_error (global.get $cls_TypeError)
                              (call $json_circular_message (local.get $o) (local.get $i) (local.get $key))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $arr_push (local.get $stack) (local.get $v))
  (call $arr_push (struct.get $JsonOut $keys (local.get $o)) (local.get $key)))

(func $json_leave (param $o (ref $JsonOut))
  (drop (call $arr_pop (struct.get $JsonOut $stack (local.get $o))))
  (drop (call $arr_pop (struct.get $JsonOut $keys (local.get $o)))))

;; V8's message: the object where the circle starts, at most two objects after it,
;; "..." when more are left out, the last object, and the key that closes the circle
(func $json_circular_message (param $o (ref $JsonOut)) (param $start i32) (param $key anyref) (result (ref $Str))
  (local $m (ref $JsonOut)) (local $i i32) (local $n i32) (local $end i32)
  (local.set $m (call $jo_new (ref.null $Str) (ref.null $Arr) (ref.null any)))
  (local.set $n (struct.get $Arr $len (struct.get $JsonOut $stack (local.get $o))))
  (call $jo_str (local.get $m) (global.get $s_json_circular))
  (call $jo_str (local.get $m) (global.get $s_json_circ_start))
  (call $json_ctor_name (local.get $m) (call $arr_get (struct.get $JsonOut $stack (local.get $o)) (local.get $start)))
  (local.set $i (i32.add (local.get $start) (i32.const 1)))
  (local.set $end (i32.add (local.get $i) (i32.const 2)))
  (if (i32.gt_u (local.get $end) (local.get $n)) (then (local.set $end (local.get $n))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $end)))
    (call $json_circular_line (local.get $m) (local.get $o) (local.get $i))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (i32.gt_u (local.get $n) (i32.add (local.get $i) (i32.const 1)))
    (then (call $jo_str (local.get $m) (global.get $s_json_circ_line))
          (call $jo_str (local.get $m) (global.get $s_json_ellipsis))))
  (if (i32.lt_u (local.get $i) (i32.sub (local.get $n) (i32.const 1)))
    (then (local.set $i (i32.sub (local.get $n) (i32.const 1)))))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (call $json_circular_line (local.get $m) (local.get $o) (local.get $i))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (call $jo_str (local.get $m) (global.get $s_json_circ_end))
  (call $json_key_text (local.get $m) (local.get $key))
  (call $jo_str (local.get $m) (global.get $s_json_circ_closes))
  (call $jo_text (local.get $m)))

(func $json_circular_line (param $m (ref $JsonOut)) (param $o (ref $JsonOut)) (param $i i32)
  (call $jo_str (local.get $m) (global.get $s_json_circ_line))
  (call $json_key_text (local.get $m) (call $arr_get (struct.get $JsonOut $keys (local.get $o)) (local.get $i)))
  (call $jo_str (local.get $m) (global.get $s_json_circ_object))
  (call $json_ctor_name (local.get $m) (call $arr_get (struct.get $JsonOut $stack (local.get $o)) (local.get $i))))

(func $json_key_text (param $m (ref $JsonOut)) (param $key anyref)
  (if (ref.test (ref i31) (local.get $key))
    (then (call $jo_str (local.get $m) (global.get $s_json_index))
          (call $jo_str (local.get $m) (call $json_key_str (local.get $key)))
          (return)))
  (if (i32.eqz (array.len (ref.cast (ref $Str) (local.get $key))))
    (then (call $jo_str (local.get $m) (global.get $s_json_anonymous)) (return)))
  (call $jo_str (local.get $m) (global.get $s_json_property))
  (call $jo_str (local.get $m) (ref.cast (ref $Str) (local.get $key)))
  (call $jo_char (local.get $m) (i32.const 39)))

(func $json_ctor_name (param $m (ref $JsonOut)) (param $v anyref)
  (call $jo_char (local.get $m) (i32.const 39))
  (if (ref.test (ref $Arr) (local.get $v))
    (then (call $jo_str (local.get $m) (struct.get $Class $name (global.get $cls_Array))))
    (else (call $jo_str (local.get $m) (struct.get $Class $name (struct.get $Obj 0 (ref.cast (ref $Obj) (local.get $v)))))))
  (call $jo_char (local.get $m) (i32.const 39)))

(func $json_array (param $o (ref $JsonOut)) (param $a (ref $Arr)) (param $key anyref)
  (local $i i32) (local $n i32)
  (call $json_enter (local.get $o) (local.get $a) (local.get $key))
  (local.set $n (struct.get $Arr $len (local.get $a)))
  (call $jo_char (local.get $o) (i32.const 91))
  (struct.set $JsonOut $indent (local.get $o) (i32.add (struct.get $JsonOut $indent (local.get $o)) (i32.const 1)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (if (local.get $i) (then (call $jo_char (local.get $o) (i32.const 44))))
    (call $jo_newline (local.get $o))
    (if (i32.eqz (call $json_value (local.get $o) (local.get $a) (ref.i31 (local.get $i)) (call $arr_get (local.get $a) (local.get $i))))
      (then (call $jo_str (local.get $o) (global.get $s_null))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (struct.set $JsonOut $indent (local.get $o) (i32.sub (struct.get $JsonOut $indent (local.get $o)) (i32.const 1)))
  (if (local.get $n) (then (call $jo_newline (local.get $o))))
  (call $jo_char (local.get $o) (i32.const 93))
  (call $json_leave (local.get $o)))

(func $json_object (param $o (ref $JsonOut)) (param $obj anyref) (param $key anyref)
  (local $keys (ref $Arr)) (local $i i32) (local $n i32) (local $k (ref $Str)) (local $mark i32)
  (local $written i32) (local $err i32) (local $m (ref null $MapObj)) (local $v anyref)
  (call $json_enter (local.get $o) (local.get $obj) (local.get $key))
  (local.set $keys
    (if (result (ref $Arr)) (ref.is_null (struct.get $JsonOut $plist (local.get $o)))
      (then
        ;; an error's message and stack are not enumerable in JavaScript
        (local.set $err (call $is_error (local.get $obj)))
        (if (ref.test (ref $MapObj) (local.get $obj)) (then (local.set $m (ref.cast (ref $MapObj) (local.get $obj)))))
        (call $own_keys (local.get $obj)))
      (else (ref.as_non_null (struct.get $JsonOut $plist (local.get $o))))))
  (local.set $n (struct.get $Arr $len (local.get $keys)))
  (call $jo_char (local.get $o) (i32.const 123))
  (struct.set $JsonOut $indent (local.get $o) (i32.add (struct.get $JsonOut $indent (local.get $o)) (i32.const 1)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (block $next
      (local.set $k (ref.cast (ref $Str) (call $arr_get (local.get $keys) (local.get $i))))
      (if (local.get $err)
        (then (br_if $next (i32.or (call $str_eq (local.get $k) (global.get $s_message))
                                   (call $str_eq (local.get $k) (global.get $s_stack))))))
      ;; a dictionary's value is where its key was, unless toJSON or a replacer changed the object
      (if (if (result i32) (ref.is_null (local.get $m)) (then (i32.const 0))
            (else (if (result i32) (i32.lt_u (local.get $i) (struct.get $MapObj $n (ref.as_non_null (local.get $m))))
                    (then (ref.eq (ref.cast eqref (array.get $Vals (struct.get $MapObj $keys (ref.as_non_null (local.get $m))) (local.get $i)))
                                  (local.get $k)))
                    (else (i32.const 0)))))
        (then (local.set $v (array.get $Vals (struct.get $MapObj $vals (ref.as_non_null (local.get $m))) (local.get $i)))
              ;; an object literal's getter: called, as JSON.stringify reads the property
              (if (ref.test (ref $Accessor) (local.get $v))
                (then (local.set $v (call $accessor_get (ref.cast (ref $Accessor) (local.get $v)) (local.get $obj))))))
        (else (local.set $v (call $get_generic (local.get $obj) (local.get $k)))))
      (local.set $mark (struct.get $JsonOut $n (local.get $o)))
      (if (local.get $written) (then (call $jo_char (local.get $o) (i32.const 44))))
      (call $jo_newline (local.get $o))
      (call $jo_quote (local.get $o) (local.get $k))
      (call $jo_char (local.get $o) (i32.const 58))
      (if (i32.eqz (ref.is_null (struct.get $JsonOut $gap (local.get $o)))) (then (call $jo_char (local.get $o) (i32.const 32))))
      (if (call $json_value (local.get $o) (local.get $obj) (local.get $k) (local.get $v))
        (then (local.set $written (i32.const 1)))
        (else (struct.set $JsonOut $n (local.get $o) (local.get $mark)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (struct.set $JsonOut $indent (local.get $o) (i32.sub (struct.get $JsonOut $indent (local.get $o)) (i32.const 1)))
  (if (local.get $written) (then (call $jo_newline (local.get $o))))
  (call $jo_char (local.get $o) (i32.const 125))
  (call $json_leave (local.get $o)))

;; ------------------------------------------------------------------ JSON.parse
(global $jp_s (mut (ref null $Str)) (ref.null $Str))
(global $jp_i (mut i32) (i32.const 0))
(global $jp_n (mut i32) (i32.const 0))
(global $jp_out (mut (ref null $JsonOut)) (ref.null $JsonOut))

(func $json_parse (param $text anyref) (result anyref)
  (local $v anyref)
  (global.set $jp_s (call $tostr (local.get $text)))
  (global.set $jp_i (i32.const 0))
  (global.set $jp_n (array.len (ref.as_non_null (global.get $jp_s))))
  (local.set $v (call $jp_value))
  (call $jp_ws)
  (if (i32.lt_u (global.get $jp_i) (global.get $jp_n))
    (then (call $jp_throw (call $concat (global.get $s_jp_after)
                                (call $num_to_str (f64.convert_i32_u (global.get $jp_i)))))))
  (local.get $v))

;; the code unit at i, or -1 past the end
(func $jp_at (param $i i32) (result i32)
  (if (i32.ge_u (local.get $i) (global.get $jp_n)) (then (return (i32.const -1))))
  (array.get_u $Str (ref.as_non_null (global.get $jp_s)) (local.get $i)))

(func $jp_peek (result i32)
  (call $jp_at (global.get $jp_i)))

(func $jp_digit (param $c i32) (result i32)
  (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)))

(func $jp_ws
  (local $c i32)
  (block $d (loop $l
    (local.set $c (call $jp_peek))
    (br_if $d (i32.eqz (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
                               (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13))))))
    (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
    (br $l))))

(func $jp_throw (param $msg (ref $Str))
  (throw $exn (call $make_error (global.get $cls_SyntaxError) (local.get $msg))))

;; "<what> in JSON at position <pos>"
(func $jp_fail_at (param $what (ref $Str)) (param $pos i32)
  (call $jp_throw (call $concat (call $concat (local.get $what) (global.get $s_jp_at))
                               (call $num_to_str (f64.convert_i32_u (local.get $pos))))))

;; V8's report of an unexpected character at pos (its token decides the message)
(func $jp_unexpected (param $pos i32)
  (local $c i32) (local $s (ref $Str)) (local $n i32) (local $ctx (ref null $Str))
  (local.set $c (call $jp_at (local.get $pos)))
  (local.set $s (ref.as_non_null (global.get $jp_s)))
  (local.set $n (global.get $jp_n))
  (if (i32.eq (local.get $c) (i32.const -1)) (then (call $jp_throw (global.get $s_jp_eos))))
  (if (i32.or (call $jp_digit (local.get $c)) (i32.eq (local.get $c) (i32.const 45)))
    (then (call $jp_fail_at (global.get $s_jp_number) (local.get $pos))))
  (if (i32.eq (local.get $c) (i32.const 34))
    (then (call $jp_fail_at (global.get $s_jp_string) (local.get $pos))))
  ;; the whole text is NaN, Infinity, undefined or [object Object]
  (if (i32.or (i32.or (call $str_eq (local.get $s) (global.get $s_jp_nan)) (call $str_eq (local.get $s) (global.get $s_jp_infinity)))
              (i32.or (call $str_eq (local.get $s) (global.get $s_undefined)) (call $str_eq (local.get $s) (global.get $s_object_Object))))
    (then (call $jp_throw (call $concat (call $jp_quoted (local.get $s) (i32.const 0) (local.get $n) (i32.const 0) (i32.const 0)) (global.get $s_jp_not_valid)))))
  ;; the text, or up to 10 code units either side of the character
  (if (i32.lt_u (local.get $n) (i32.const 21))
    (then (local.set $ctx (call $jp_quoted (local.get $s) (i32.const 0) (local.get $n) (i32.const 0) (i32.const 0))))
    (else
      (if (i32.lt_u (local.get $pos) (i32.const 10))
        (then (local.set $ctx (call $jp_quoted (local.get $s) (i32.const 0) (i32.add (local.get $pos) (i32.const 10)) (i32.const 0) (i32.const 1))))
        (else
          (if (i32.lt_u (local.get $pos) (i32.sub (local.get $n) (i32.const 10)))
            (then (local.set $ctx (call $jp_quoted (local.get $s) (i32.sub (local.get $pos) (i32.const 10))
                                        (i32.add (local.get $pos) (i32.const 10)) (i32.const 1) (i32.const 1))))
            (else (local.set $ctx (call $jp_quoted (local.get $s) (i32.sub (local.get $pos) (i32.const 10))
                                        (local.get $n) (i32.const 1) (i32.const 0)))))))))
  (call $jp_throw (call $concat (call $concat (call $concat (call $concat (global.get $s_jp_token)
        (call $from_char_code (local.get $c))) (global.get $s_jp_token_end)) (ref.as_non_null (local.get $ctx))) (global.get $s_jp_not_valid))))

;; "s[from, to)" with "..." before and after when asked
(func $jp_quoted (param $s (ref $Str)) (param $from i32) (param $to i32) (param $pre i32) (param $post i32) (result (ref $Str))
  (local $r (ref $Str))
  (local.set $r (call $concat (call $concat (global.get $s_jp_quote) (call $substr (local.get $s) (local.get $from) (local.get $to)))
                      (global.get $s_jp_quote)))
  (if (local.get $pre) (then (local.set $r (call $concat (global.get $s_json_ellipsis) (local.get $r)))))
  (if (local.get $post) (then (local.set $r (call $concat (local.get $r) (global.get $s_json_ellipsis)))))
  (local.get $r))

(func $jp_value (result anyref)
  (local $c i32)
  (call $jp_ws)
  (local.set $c (call $jp_peek))
  (if (i32.eq (local.get $c) (i32.const 34)) (then (return (call $jp_string))))
  (if (i32.or (i32.eq (local.get $c) (i32.const 45)) (call $jp_digit (local.get $c))) (then (return (call $jp_number))))
  (if (i32.eq (local.get $c) (i32.const 123)) (then (return (call $jp_object))))
  (if (i32.eq (local.get $c) (i32.const 91)) (then (return (call $jp_array))))
  (if (i32.eq (local.get $c) (i32.const 116)) (then (call $jp_literal (global.get $s_true)) (return (global.get $true))))
  (if (i32.eq (local.get $c) (i32.const 102)) (then (call $jp_literal (global.get $s_false)) (return (global.get $false))))
  (if (i32.eq (local.get $c) (i32.const 110)) (then (call $jp_literal (global.get $s_null)) (return (global.get $null))))
  (call $jp_unexpected (global.get $jp_i))
  (unreachable))

;; true, false, null: the first character is already known
(func $jp_literal (param $word (ref $Str))
  (local $i i32) (local $j i32) (local $m i32)
  (local.set $m (array.len (local.get $word)))
  (local.set $i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.set $j (i32.const 1))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $j) (local.get $m)))
    (if (i32.ne (call $jp_at (local.get $i)) (array.get_u $Str (local.get $word) (local.get $j)))
      (then (call $jp_unexpected (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (local.set $j (i32.add (local.get $j) (i32.const 1)))
    (br $l)))
  (global.set $jp_i (local.get $i)))

(func $jp_digits
  (block $d (loop $l
    (br_if $d (i32.eqz (call $jp_digit (call $jp_peek))))
    (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
    (br $l))))

(func $jp_number (result anyref)
  (local $start i32) (local $neg i32) (local $c i32) (local $end i32) (local $x f64)
  (local.set $start (global.get $jp_i))
  (if (i32.eq (call $jp_peek) (i32.const 45))
    (then (local.set $neg (i32.const 1)) (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))))
  (local.set $c (call $jp_peek))
  (if (i32.eq (local.get $c) (i32.const 48))
    (then
      (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
      ;; a leading zero is the whole integer part
      (if (call $jp_digit (call $jp_peek)) (then (call $jp_unexpected (global.get $jp_i)))))
    (else
      (if (i32.eqz (call $jp_digit (local.get $c))) (then (call $jp_fail_at (global.get $s_jp_minus) (global.get $jp_i))))
      (call $jp_digits)))
  (if (i32.eq (call $jp_peek) (i32.const 46))
    (then
      (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
      (if (i32.eqz (call $jp_digit (call $jp_peek))) (then (call $jp_fail_at (global.get $s_jp_fraction) (global.get $jp_i))))
      (call $jp_digits)))
  (if (i32.eq (i32.or (call $jp_peek) (i32.const 32)) (i32.const 101))
    (then
      (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
      (local.set $c (call $jp_peek))
      (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
        (then (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))))
      (if (i32.eqz (call $jp_digit (call $jp_peek))) (then (call $jp_fail_at (global.get $s_jp_exponent) (global.get $jp_i))))
      (call $jp_digits)))
  (local.set $end (global.get $jp_i))
  (local.set $x (call $jp_number_value (i32.add (local.get $start) (local.get $neg)) (local.get $end)))
  (if (f64.ne (local.get $x) (local.get $x))
    ;; not provably exact here: the host's string-to-number
    (then (local.set $x (call $str_to_num (call $substr (ref.as_non_null (global.get $jp_s)) (local.get $start) (local.get $end))
                              (i32.const 0) (i32.const 10))))
    (else (if (local.get $neg) (then (local.set $x (f64.neg (local.get $x)))))))
  (call $box (local.get $x)))

;; The value of the checked number text [from, to) (no sign), when Clinger's fast
;; path gives it exactly: at most 15 significant digits (an exact integer m) and
;; a decimal exponent e with |e| <= 22 (10^|e| exact), so m * 10^e or m / 10^-e is
;; one correctly rounded operation. NaN when the host must convert it.
(func $jp_number_value (param $from i32) (param $to i32) (result f64)
  (local $i i32) (local $c i32) (local $m i64) (local $sig i32) (local $frac i32) (local $in_frac i32)
  (local $e i32) (local $eneg i32) (local $edigits i32)
  (local.set $i (local.get $from))
  (block $mantissa (loop $l
    (br_if $mantissa (i32.ge_u (local.get $i) (local.get $to)))
    (local.set $c (call $jp_at (local.get $i)))
    (br_if $mantissa (i32.eq (i32.or (local.get $c) (i32.const 32)) (i32.const 101)))
    (if (i32.eq (local.get $c) (i32.const 46))
      (then (local.set $in_frac (i32.const 1)))
      (else
        (if (i32.or (i64.ne (local.get $m) (i64.const 0)) (i32.ne (local.get $c) (i32.const 48)))
          (then (local.set $sig (i32.add (local.get $sig) (i32.const 1)))))
        (local.set $m (i64.add (i64.mul (local.get $m) (i64.const 10)) (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))
        (if (i32.gt_u (local.get $sig) (i32.const 15)) (then (return (f64.const nan))))
        (local.set $frac (i32.add (local.get $frac) (local.get $in_frac)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (i32.lt_u (local.get $i) (local.get $to))
    (then
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (local.set $c (call $jp_at (local.get $i)))
      (if (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.eq (local.get $c) (i32.const 45)))
        (then (local.set $eneg (i32.eq (local.get $c) (i32.const 45))) (local.set $i (i32.add (local.get $i) (i32.const 1)))))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $to)))
        (local.set $e (i32.add (i32.mul (local.get $e) (i32.const 10)) (i32.sub (call $jp_at (local.get $i)) (i32.const 48))))
        (local.set $edigits (i32.add (local.get $edigits) (i32.const 1)))
        (if (i32.gt_u (local.get $edigits) (i32.const 4)) (then (return (f64.const nan))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (if (local.get $eneg) (then (local.set $e (i32.sub (i32.const 0) (local.get $e)))))))
  (local.set $e (i32.sub (local.get $e) (local.get $frac)))
  (if (i64.eqz (local.get $m)) (then (return (f64.const 0))))
  (if (i32.gt_s (local.get $e) (i32.const 22)) (then (return (f64.const nan))))
  (if (i32.lt_s (local.get $e) (i32.const -22)) (then (return (f64.const nan))))
  (if (i32.ge_s (local.get $e) (i32.const 0))
    (then (return (f64.mul (f64.convert_i64_u (local.get $m)) (call $pow10 (local.get $e))))))
  (f64.div (f64.convert_i64_u (local.get $m)) (call $pow10 (i32.sub (i32.const 0) (local.get $e)))))

(func $jp_hex (param $c i32) (result i32)
  (if (call $jp_digit (local.get $c)) (then (return (i32.sub (local.get $c) (i32.const 48)))))
  (local.set $c (i32.or (local.get $c) (i32.const 32)))
  (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 102)))
    (then (return (i32.sub (local.get $c) (i32.const 87)))))
  (i32.const -1))

;; a string literal (at its opening quote); escapes are decoded into $jp_out
(func $jp_string (result (ref $Str))
  (local $s (ref $Str)) (local $i i32) (local $start i32) (local $c i32) (local $o (ref $JsonOut)) (local $k i32)
  (local $d i32) (local $v i32) (local $e i32)
  (local.set $s (ref.as_non_null (global.get $jp_s)))
  (local.set $i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.set $start (local.get $i))
  ;; without escapes the string is a copy of the text
  (block $slow (loop $l
    (local.set $c (call $jp_at (local.get $i)))
    (if (i32.eq (local.get $c) (i32.const -1)) (then (call $jp_fail_at (global.get $s_jp_unterminated) (global.get $jp_n))))
    (if (i32.eq (local.get $c) (i32.const 34))
      (then (global.set $jp_i (i32.add (local.get $i) (i32.const 1)))
            (return (call $substr (local.get $s) (local.get $start) (local.get $i)))))
    (br_if $slow (i32.eq (local.get $c) (i32.const 92)))
    (if (i32.lt_u (local.get $c) (i32.const 32)) (then (call $jp_fail_at (global.get $s_jp_control) (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (if (ref.is_null (global.get $jp_out))
    (then (global.set $jp_out (call $jo_new (ref.null $Str) (ref.null $Arr) (ref.null any)))))
  (local.set $o (ref.as_non_null (global.get $jp_out)))
  (struct.set $JsonOut $n (local.get $o) (i32.const 0))
  (call $jo_range (local.get $o) (local.get $s) (local.get $start) (local.get $i))
  (loop $l
    (local.set $c (call $jp_at (local.get $i)))
    (if (i32.eq (local.get $c) (i32.const -1)) (then (call $jp_fail_at (global.get $s_jp_unterminated) (global.get $jp_n))))
    (if (i32.eq (local.get $c) (i32.const 34))
      (then (global.set $jp_i (i32.add (local.get $i) (i32.const 1)))
            (return (call $jo_text (local.get $o)))))
    (if (i32.lt_u (local.get $c) (i32.const 32)) (then (call $jp_fail_at (global.get $s_jp_control) (local.get $i))))
    (if (i32.eq (local.get $c) (i32.const 92))
      (then
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $c (call $jp_at (local.get $i)))
        ;; the end, or a character past Latin-1, is reported as an unexpected character
        (if (i32.gt_u (local.get $c) (i32.const 255)) (then (call $jp_unexpected (local.get $i))))
        (local.set $e (i32.const -1))
        (if (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.or (i32.eq (local.get $c) (i32.const 92)) (i32.eq (local.get $c) (i32.const 47))))
          (then (local.set $e (local.get $c))))
        (if (i32.eq (local.get $c) (i32.const 98)) (then (local.set $e (i32.const 8))))
        (if (i32.eq (local.get $c) (i32.const 102)) (then (local.set $e (i32.const 12))))
        (if (i32.eq (local.get $c) (i32.const 110)) (then (local.set $e (i32.const 10))))
        (if (i32.eq (local.get $c) (i32.const 114)) (then (local.set $e (i32.const 13))))
        (if (i32.eq (local.get $c) (i32.const 116)) (then (local.set $e (i32.const 9))))
        (if (i32.eq (local.get $c) (i32.const 117))
          (then
            (local.set $v (i32.const 0))
            (local.set $k (i32.const 0))
            (loop $hex
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $d (call $jp_hex (call $jp_at (local.get $i))))
              (if (i32.lt_s (local.get $d) (i32.const 0)) (then (call $jp_fail_at (global.get $s_jp_unicode) (local.get $i))))
              (local.set $v (i32.add (i32.shl (local.get $v) (i32.const 4)) (local.get $d)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br_if $hex (i32.lt_u (local.get $k) (i32.const 4))))
            (local.set $e (local.get $v))))
        (if (i32.lt_s (local.get $e) (i32.const 0)) (then (call $jp_fail_at (global.get $s_jp_escape) (local.get $i))))
        (call $jo_char (local.get $o) (local.get $e)))
      (else (call $jo_char (local.get $o) (local.get $c))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l))
  (unreachable))

(func $jp_object (result anyref)
  (local $m (ref $MapObj)) (local $k (ref $Str)) (local $c i32)
  (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.set $m (call $map_new (global.get $cls_Object)))
  (call $jp_ws)
  (if (i32.eq (call $jp_peek) (i32.const 125))
    (then (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1))) (return (local.get $m))))
  (if (i32.ne (call $jp_peek) (i32.const 34)) (then (call $jp_fail_at (global.get $s_jp_prop_or_brace) (global.get $jp_i))))
  (loop $l
    (local.set $k (call $jp_string))
    (call $jp_ws)
    (if (i32.ne (call $jp_peek) (i32.const 58)) (then (call $jp_fail_at (global.get $s_jp_colon) (global.get $jp_i))))
    (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
    (call $map_set (local.get $m) (local.get $k) (call $jp_value))
    (call $jp_ws)
    (local.set $c (call $jp_peek))
    (if (i32.eq (local.get $c) (i32.const 44))
      (then
        (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
        (call $jp_ws)
        (if (i32.ne (call $jp_peek) (i32.const 34)) (then (call $jp_fail_at (global.get $s_jp_quoted_prop) (global.get $jp_i))))
        (br $l)))
    (if (i32.ne (local.get $c) (i32.const 125)) (then (call $jp_fail_at (global.get $s_jp_comma_brace) (global.get $jp_i)))))
  (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.get $m))

(func $jp_array (result anyref)
  (local $a (ref $Arr)) (local $c i32)
  (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.set $a (call $arr_new (i32.const 0)))
  (call $jp_ws)
  (if (i32.eq (call $jp_peek) (i32.const 93))
    (then (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1))) (return (local.get $a))))
  (loop $l
    (call $arr_push (local.get $a) (call $jp_value))
    (call $jp_ws)
    (local.set $c (call $jp_peek))
    (if (i32.eq (local.get $c) (i32.const 44))
      (then (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1))) (br $l)))
    (if (i32.ne (local.get $c) (i32.const 93)) (then (call $jp_fail_at (global.get $s_jp_comma_bracket) (global.get $jp_i)))))
  (global.set $jp_i (i32.add (global.get $jp_i) (i32.const 1)))
  (local.get $a))

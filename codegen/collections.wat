;; Map and Set inside the module.
;;
;; Model. A collection ($JSMap or $JSSet, both a final subtype of $Coll, which is
;; an $Obj whose class is Map or Set) points to its current table, a $CTab:
;;   - the entries in insertion order: parallel arrays of keys and values (a
;;     Set's values are its keys), $cap slots (a power of two) of which the first
;;     $used are taken; a deleted entry's key is `$hole`, which no program value
;;     can be;
;;   - a hash index in one i32 array ($idx, so a lookup reads one reference
;;     besides the keys): $cap bucket heads (the first entry of the bucket's
;;     chain, -1 for none), then per entry its hash and the next entry of its
;;     chain (at $cap + 2i and $cap + 2i + 1).
;; Deleting leaves the slot (so iteration order and positions stay); when the
;; slots run out the table is rebuilt: grown in place when nothing was deleted,
;; otherwise compacted into a new table, and the old one's $succ points to it.
;; An iterator ($CIter) holds a table and a position; when it finds its table
;; replaced it moves to the successor, at the number of live entries before its
;; position (compaction keeps their order) -- so iterating while adding,
;; deleting or clearing visits what JavaScript visits. `clear` replaces the table
;; after marking every old entry deleted (iterators continue at 0).
;;
;; Keys are compared with SameValueZero. They are normalised first: a number is
;; an i31 when it is an integer in 31 bits (also a boxed one, and -0 becomes 0),
;; so equal numbers are equal references or two boxes of NaN or of the same
;; double. Hashes: strings by content (FNV-1a over the UTF-16 units), numbers by
;; value, undefined/null/booleans by kind, objects by their identity hash
;; (WasmGC has none, so every $Obj carries one in its field $oid, given from a
;; counter the first time it is a key). Arrays and functions have no such field
;; (in every array it cost deltablue 8% of its time): each kind shares one hash,
;; so many array or function keys in one collection are found by a scan of their
;; chain.

(rec
  (type $CTab (struct (field $keys (mut (ref $Vals))) (field $vals (mut (ref $Vals))) (field $idx (mut (ref $I32s)))
                      (field $cap (mut i32)) (field $used (mut i32)) (field $live (mut i32)) (field $succ (mut (ref null $CTab))))))
;; one recursion group: types are structural in WasmGC, and only their places in
;; a group tell $JSMap and $JSSet apart. "Is it a Map or a Set?" is asked as two tests
;; against these final types, never as a test against $Coll: a test against a non-final
;; type is a call into wasmtime whenever the object is of another struct type, and the
;; generic paths ask it of every object that reaches them.
(rec
  (type $Coll (sub $Obj (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $tab (mut (ref $CTab))))))
  (type $JSMap (sub final $Coll (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $tab (mut (ref $CTab))))))
  (type $JSSet (sub final $Coll (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $tab (mut (ref $CTab)))))))
;; kind: 0 keys, 1 values, 2 entries ([key, value] arrays; a Set's are [v, v]),
;; 3 (inside the runtime: forEach, printing) the value in $cur and the key in
;; $key, no array; 4 a user iterator ($user_iter: the iterator object in $key,
;; its `next` method in $next, an empty table); 5 the elements of the array in
;; $key, in order (matchAll's matches, codegen/regexp.wat); $i is -1 once the
;; iterator is done (it stays done)
(type $CIter (struct (field $tab (mut (ref $CTab))) (field $i (mut i32)) (field $kind i32) (field $cur (mut anyref))
                     (field $key (mut anyref)) (field $next anyref)))

(global $no_i32s (ref $I32s) (array.new_fixed $I32s 0))

(func $ctab_new (param $cap i32) (result (ref $CTab))
  (if (i32.eqz (local.get $cap))
    (then (return (struct.new $CTab (global.get $no_vals) (global.get $no_vals) (global.get $no_i32s)
                                    (i32.const 0) (i32.const 0) (i32.const 0) (ref.null $CTab)))))
  (struct.new $CTab (array.new_default $Vals (local.get $cap)) (array.new_default $Vals (local.get $cap))
                    (array.new $I32s (i32.const -1) (i32.mul (local.get $cap) (i32.const 3)))
                    (local.get $cap) (i32.const 0) (i32.const 0) (ref.null $CTab)))

(func $map_create (result (ref $JSMap))
  (struct.new $JSMap (global.get $cls_Map) (i32.const 0) (call $ctab_new (i32.const 0))))
(func $set_create (result (ref $JSSet))
  (struct.new $JSSet (global.get $cls_Set) (i32.const 0) (call $ctab_new (i32.const 0))))

;; ------------------------------------------------------------------ keys
(func $ckey (param $v anyref) (result anyref)
  (local $x f64)
  (if (ref.test (ref $Num) (local.get $v))
    (then
      (local.set $x (struct.get $Num 0 (ref.cast (ref $Num) (local.get $v))))
      (if (f64.eq (local.get $x) (f64.const 0)) (then (return (ref.i31 (i32.const 0)))))
      (if (i32.and (f64.eq (local.get $x) (f64.trunc (local.get $x)))
                   (i32.and (f64.ge (local.get $x) (f64.const -1073741824)) (f64.le (local.get $x) (f64.const 1073741823))))
        (then (return (ref.i31 (i32.trunc_f64_s (local.get $x))))))))
  (local.get $v))

(func $mix (param $h i32) (result i32)
  (local.set $h (i32.mul (local.get $h) (i32.const 0x9E3779B1)))
  (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))))

(func $str_hash (param $s (ref $Str)) (result i32)
  (local $h i32) (local $i i32) (local $n i32)
  (local.set $h (i32.const 0x811C9DC5))
  (local.set $n (array.len (local.get $s)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $h (i32.mul (i32.xor (local.get $h) (array.get_u $Str (local.get $s) (local.get $i))) (i32.const 0x01000193)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $h))

;; the hash of a normalised key
(func $chash (param $k anyref) (result i32)
  (local $x f64) (local $b i64)
  (if (ref.test (ref i31) (local.get $k))
    (then (return (call $mix (i31.get_s (ref.cast (ref i31) (local.get $k)))))))
  (if (ref.test (ref $Str) (local.get $k))
    (then (return (call $mix (call $str_hash (ref.cast (ref $Str) (local.get $k)))))))
  (if (ref.test (ref $Num) (local.get $k))
    (then
      (local.set $x (struct.get $Num 0 (ref.cast (ref $Num) (local.get $k))))
      (if (f64.ne (local.get $x) (local.get $x)) (then (return (i32.const 0x7FF80001))))
      (local.set $b (i64.reinterpret_f64 (local.get $x)))
      (return (call $mix (i32.xor (i32.wrap_i64 (local.get $b)) (i32.wrap_i64 (i64.shr_u (local.get $b) (i64.const 32))))))))
  (if (ref.is_null (local.get $k)) (then (return (i32.const 1))))
  (if (ref.test (ref $Bool) (local.get $k))
    (then (return (i32.add (i32.const 2) (struct.get $Bool 0 (ref.cast (ref $Bool) (local.get $k)))))))
  (if (ref.test (ref $Null) (local.get $k)) (then (return (i32.const 4))))
  (if (ref.test (ref $Obj) (local.get $k)) (then (return (call $mix (call $obj_id (ref.cast (ref $Obj) (local.get $k)))))))
  ;; arrays carry no identity hash (a field in every array costs more than it saves): one chain
  (if (ref.test (ref $Arr) (local.get $k)) (then (return (i32.const 1))))
  (i32.const 5))

;; an object's or array's identity hash: a number from a counter, given the first
;; time it is asked for (never 0, which means "none yet")
(global $next_oid (mut i32) (i32.const 0))
(func $new_oid (result i32)
  (global.set $next_oid (i32.add (global.get $next_oid) (i32.const 1)))
  (if (i32.eqz (global.get $next_oid)) (then (global.set $next_oid (i32.const 1))))
  (global.get $next_oid))
(func $obj_id (param $o (ref $Obj)) (result i32)
  (local $id i32)
  (local.set $id (struct.get $Obj $oid (local.get $o)))
  (if (local.get $id) (then (return (local.get $id))))
  (local.set $id (call $new_oid))
  (struct.set $Obj $oid (local.get $o) (local.get $id))
  (local.get $id))
;; SameValueZero of two normalised keys
(func $ckey_eq (param $a anyref) (param $b anyref) (result i32)
  (local $x f64) (local $y f64)
  (if (ref.is_null (local.get $a)) (then (return (ref.is_null (local.get $b)))))
  (if (ref.is_null (local.get $b)) (then (return (i32.const 0))))
  (if (ref.eq (ref.cast eqref (local.get $a)) (ref.cast eqref (local.get $b))) (then (return (i32.const 1))))
  (if (ref.test (ref $Str) (local.get $a))
    (then (return (if (result i32) (ref.test (ref $Str) (local.get $b))
                    (then (call $str_eq (ref.cast (ref $Str) (local.get $a)) (ref.cast (ref $Str) (local.get $b))))
                    (else (i32.const 0))))))
  (if (i32.and (ref.test (ref $Num) (local.get $a)) (ref.test (ref $Num) (local.get $b)))
    (then
      (local.set $x (struct.get $Num 0 (ref.cast (ref $Num) (local.get $a))))
      (local.set $y (struct.get $Num 0 (ref.cast (ref $Num) (local.get $b))))
      (return (i32.or (f64.eq (local.get $x) (local.get $y))
                      (i32.and (f64.ne (local.get $x) (local.get $x)) (f64.ne (local.get $y) (local.get $y)))))))
  (i32.const 0))

;; ------------------------------------------------------------------ the table
;; the entry index of normalised key k (hash h), or -1
(func $ctab_find (param $t (ref $CTab)) (param $k anyref) (param $h i32) (result i32)
  (local $i i32) (local $cap i32) (local $p i32) (local $idx (ref $I32s))
  (local.set $cap (struct.get $CTab $cap (local.get $t)))
  (if (i32.eqz (local.get $cap)) (then (return (i32.const -1))))
  (local.set $idx (struct.get $CTab $idx (local.get $t)))
  (local.set $i (array.get $I32s (local.get $idx) (i32.and (local.get $h) (i32.sub (local.get $cap) (i32.const 1)))))
  (block $d (loop $l
    (br_if $d (i32.lt_s (local.get $i) (i32.const 0)))
    (local.set $p (i32.add (local.get $cap) (i32.shl (local.get $i) (i32.const 1))))
    (if (i32.eq (array.get $I32s (local.get $idx) (local.get $p)) (local.get $h))
      (then (if (call $ckey_eq (array.get $Vals (struct.get $CTab $keys (local.get $t)) (local.get $i)) (local.get $k))
              (then (return (local.get $i))))))
    (local.set $i (array.get $I32s (local.get $idx) (i32.add (local.get $p) (i32.const 1))))
    (br $l)))
  (i32.const -1))

;; link entry i (its hash already stored) into its bucket's chain
(func $ctab_link_one (param $idx (ref $I32s)) (param $cap i32) (param $i i32)
  (local $p i32) (local $b i32)
  (local.set $p (i32.add (local.get $cap) (i32.shl (local.get $i) (i32.const 1))))
  (local.set $b (i32.and (array.get $I32s (local.get $idx) (local.get $p)) (i32.sub (local.get $cap) (i32.const 1))))
  (array.set $I32s (local.get $idx) (i32.add (local.get $p) (i32.const 1)) (array.get $I32s (local.get $idx) (local.get $b)))
  (array.set $I32s (local.get $idx) (local.get $b) (local.get $i)))

;; make room for one more entry: grow in place when nothing was deleted,
;; otherwise compact into a new table that the old one points to
(func $coll_room (param $c (ref $Coll))
  (local $t (ref $CTab)) (local $n (ref $CTab)) (local $cap i32) (local $ncap i32) (local $i i32) (local $j i32)
  (local $k anyref) (local $used i32)
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (local.set $cap (struct.get $CTab $cap (local.get $t)))
  (local.set $used (struct.get $CTab $used (local.get $t)))
  (if (i32.lt_u (local.get $used) (local.get $cap)) (then (return)))
  (if (i32.eq (struct.get $CTab $live (local.get $t)) (local.get $used))
    (then
      (local.set $ncap (select (i32.shl (local.get $cap) (i32.const 1)) (i32.const 8) (local.get $cap)))
      (if (i32.gt_u (local.get $ncap) (i32.const 100000000)) (then (drop (call $unsupported_value (i32.const 3)))))
      (local.set $n (call $ctab_new (local.get $ncap)))
      (array.copy $Vals $Vals (struct.get $CTab $keys (local.get $n)) (i32.const 0) (struct.get $CTab $keys (local.get $t)) (i32.const 0) (local.get $used))
      (array.copy $Vals $Vals (struct.get $CTab $vals (local.get $n)) (i32.const 0) (struct.get $CTab $vals (local.get $t)) (i32.const 0) (local.get $used))
      (block $d (loop $l
        (br_if $d (i32.ge_u (local.get $i) (local.get $used)))
        (array.set $I32s (struct.get $CTab $idx (local.get $n)) (i32.add (local.get $ncap) (i32.shl (local.get $i) (i32.const 1)))
          (array.get $I32s (struct.get $CTab $idx (local.get $t)) (i32.add (local.get $cap) (i32.shl (local.get $i) (i32.const 1)))))
        (call $ctab_link_one (struct.get $CTab $idx (local.get $n)) (local.get $ncap) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (struct.set $CTab $keys (local.get $t) (struct.get $CTab $keys (local.get $n)))
      (struct.set $CTab $vals (local.get $t) (struct.get $CTab $vals (local.get $n)))
      (struct.set $CTab $idx (local.get $t) (struct.get $CTab $idx (local.get $n)))
      (struct.set $CTab $cap (local.get $t) (local.get $ncap))
      (return)))
  ;; compact: the live entries, in order, into a table twice their number (at least 8)
  (local.set $ncap (i32.const 8))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $ncap) (i32.shl (struct.get $CTab $live (local.get $t)) (i32.const 1))))
    (local.set $ncap (i32.shl (local.get $ncap) (i32.const 1)))
    (br $l)))
  (local.set $n (call $ctab_new (local.get $ncap)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (local.get $used)))
    (local.set $k (array.get $Vals (struct.get $CTab $keys (local.get $t)) (local.get $i)))
    (if (i32.eqz (ref.eq (ref.cast eqref (local.get $k)) (global.get $hole)))
      (then
        (array.set $Vals (struct.get $CTab $keys (local.get $n)) (local.get $j) (local.get $k))
        (array.set $Vals (struct.get $CTab $vals (local.get $n)) (local.get $j) (array.get $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i)))
        (array.set $I32s (struct.get $CTab $idx (local.get $n)) (i32.add (local.get $ncap) (i32.shl (local.get $j) (i32.const 1)))
          (array.get $I32s (struct.get $CTab $idx (local.get $t)) (i32.add (local.get $cap) (i32.shl (local.get $i) (i32.const 1)))))
        (call $ctab_link_one (struct.get $CTab $idx (local.get $n)) (local.get $ncap) (local.get $j))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (struct.set $CTab $used (local.get $n) (local.get $j))
  (struct.set $CTab $live (local.get $n) (local.get $j))
  (struct.set $CTab $succ (local.get $t) (local.get $n))
  (struct.set $Coll $tab (local.get $c) (local.get $n)))

(func $coll_get (param $c (ref $Coll)) (param $k anyref) (result anyref)
  (local $t (ref $CTab)) (local $i i32)
  (local.set $k (call $ckey (local.get $k)))
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (local.set $i (call $ctab_find (local.get $t) (local.get $k) (call $chash (local.get $k))))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (ref.null any))))
  (array.get $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i)))

(func $coll_has (param $c (ref $Coll)) (param $k anyref) (result i32)
  (local.set $k (call $ckey (local.get $k)))
  (i32.ge_s (call $ctab_find (struct.get $Coll $tab (local.get $c)) (local.get $k) (call $chash (local.get $k))) (i32.const 0)))

;; set (Map) / add (Set: v is the key)
(func $coll_put (param $c (ref $Coll)) (param $k anyref) (param $v anyref)
  (local $t (ref $CTab)) (local $i i32) (local $h i32) (local $cap i32) (local $idx (ref $I32s))
  (local.set $k (call $ckey (local.get $k)))
  (local.set $h (call $chash (local.get $k)))
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (local.set $i (call $ctab_find (local.get $t) (local.get $k) (local.get $h)))
  (if (i32.ge_s (local.get $i) (i32.const 0))
    (then (array.set $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i) (local.get $v)) (return)))
  (call $coll_room (local.get $c))
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (local.set $i (struct.get $CTab $used (local.get $t)))
  (local.set $cap (struct.get $CTab $cap (local.get $t)))
  (local.set $idx (struct.get $CTab $idx (local.get $t)))
  (array.set $Vals (struct.get $CTab $keys (local.get $t)) (local.get $i) (local.get $k))
  (array.set $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i) (local.get $v))
  (array.set $I32s (local.get $idx) (i32.add (local.get $cap) (i32.shl (local.get $i) (i32.const 1))) (local.get $h))
  (call $ctab_link_one (local.get $idx) (local.get $cap) (local.get $i))
  (struct.set $CTab $used (local.get $t) (i32.add (local.get $i) (i32.const 1)))
  (struct.set $CTab $live (local.get $t) (i32.add (struct.get $CTab $live (local.get $t)) (i32.const 1))))

(func $coll_delete (param $c (ref $Coll)) (param $k anyref) (result i32)
  (local $t (ref $CTab)) (local $i i32)
  (local.set $k (call $ckey (local.get $k)))
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (local.set $i (call $ctab_find (local.get $t) (local.get $k) (call $chash (local.get $k))))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const 0))))
  (array.set $Vals (struct.get $CTab $keys (local.get $t)) (local.get $i) (global.get $hole))
  (array.set $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i) (ref.null any))
  (struct.set $CTab $live (local.get $t) (i32.sub (struct.get $CTab $live (local.get $t)) (i32.const 1)))
  (i32.const 1))

(func $coll_clear (param $c (ref $Coll))
  (local $t (ref $CTab))
  (local.set $t (struct.get $Coll $tab (local.get $c)))
  (if (i32.eqz (struct.get $CTab $used (local.get $t))) (then (return)))
  (array.fill $Vals (struct.get $CTab $keys (local.get $t)) (i32.const 0) (global.get $hole) (struct.get $CTab $used (local.get $t)))
  (struct.set $CTab $live (local.get $t) (i32.const 0))
  (struct.set $CTab $succ (local.get $t) (call $ctab_new (i32.const 0)))
  (struct.set $Coll $tab (local.get $c) (ref.as_non_null (struct.get $CTab $succ (local.get $t)))))

(func $coll_size (param $c (ref $Coll)) (result i32)
  (struct.get $CTab $live (struct.get $Coll $tab (local.get $c))))

;; ------------------------------------------------------------------ iteration
(func $citer_new (param $c (ref $Coll)) (param $kind i32) (result (ref $CIter))
  (struct.new $CIter (struct.get $Coll $tab (local.get $c)) (i32.const 0) (local.get $kind) (ref.null any) (ref.null any)
                     (ref.null any)))

;; the default iterator: a Map's entries, a Set's values
(func $coll_iter (param $c (ref $Coll)) (result (ref $CIter))
  (call $citer_new (local.get $c) (select (i32.const 2) (i32.const 1) (ref.test (ref $JSMap) (local.get $c)))))

;; advance: 1 and the value in $cur, or 0 when done
(func $citer_step (param $it (ref $CIter)) (result i32)
  (local $t (ref $CTab)) (local $i i32) (local $j i32) (local $live i32) (local $k anyref) (local $v anyref)
  (local.set $i (struct.get $CIter $i (local.get $it)))
  (if (i32.lt_s (local.get $i) (i32.const 0)) (then (return (i32.const 0))))
  (if (i32.eq (struct.get $CIter $kind (local.get $it)) (i32.const 4)) (then (return (call $user_step (local.get $it)))))
  (if (i32.eq (struct.get $CIter $kind (local.get $it)) (i32.const 5))
    (then (if (i32.ge_u (local.get $i) (struct.get $Arr $len (ref.cast (ref $Arr) (struct.get $CIter $key (local.get $it)))))
            (then (struct.set $CIter $i (local.get $it) (i32.const -1))
                  (struct.set $CIter $cur (local.get $it) (ref.null any))
                  (return (i32.const 0))))
          (struct.set $CIter $cur (local.get $it) (call $arr_get (ref.cast (ref $Arr) (struct.get $CIter $key (local.get $it))) (local.get $i)))
          (struct.set $CIter $i (local.get $it) (i32.add (local.get $i) (i32.const 1)))
          (return (i32.const 1))))
  (local.set $t (struct.get $CIter $tab (local.get $it)))
  ;; the table was replaced: continue in its successor at the same live entry
  (block $d (loop $l
    (br_if $d (ref.is_null (struct.get $CTab $succ (local.get $t))))
    (local.set $live (i32.const 0))
    (local.set $j (i32.const 0))
    (block $cd (loop $cl
      (br_if $cd (i32.ge_u (local.get $j) (local.get $i)))
      (br_if $cd (i32.ge_u (local.get $j) (struct.get $CTab $used (local.get $t))))
      (if (i32.eqz (ref.eq (ref.cast eqref (array.get $Vals (struct.get $CTab $keys (local.get $t)) (local.get $j))) (global.get $hole)))
        (then (local.set $live (i32.add (local.get $live) (i32.const 1)))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $cl)))
    (local.set $i (local.get $live))
    (local.set $t (ref.as_non_null (struct.get $CTab $succ (local.get $t))))
    (br $l)))
  (struct.set $CIter $tab (local.get $it) (local.get $t))
  (block $d (loop $l
    (if (i32.ge_u (local.get $i) (struct.get $CTab $used (local.get $t)))
      (then (struct.set $CIter $i (local.get $it) (i32.const -1))
            (struct.set $CIter $cur (local.get $it) (ref.null any))
            (return (i32.const 0))))
    (local.set $k (array.get $Vals (struct.get $CTab $keys (local.get $t)) (local.get $i)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br_if $l (ref.eq (ref.cast eqref (local.get $k)) (global.get $hole)))))
  (struct.set $CIter $i (local.get $it) (local.get $i))
  (local.set $i (i32.sub (local.get $i) (i32.const 1)))
  (local.set $v (array.get $Vals (struct.get $CTab $vals (local.get $t)) (local.get $i)))
  (struct.set $CIter $key (local.get $it) (local.get $k))
  (struct.set $CIter $cur (local.get $it)
    (if (result anyref) (i32.eqz (struct.get $CIter $kind (local.get $it)))
      (then (local.get $k))
      (else (if (result anyref) (i32.eq (struct.get $CIter $kind (local.get $it)) (i32.const 2))
        (then (call $arr_of (array.new_fixed $Vals 2 (local.get $k) (local.get $v))))
        (else (local.get $v))))))
  (i32.const 1))

(func $citer_cur (param $it (ref $CIter)) (result anyref)
  (struct.get $CIter $cur (local.get $it)))

;; the rest of an iterator, or a whole collection, as an array (spread, Array.from)
(func $citer_drain (param $it (ref $CIter)) (result (ref $Arr))
  (local $r (ref $Arr))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.eqz (call $citer_step (local.get $it))))
    (call $arr_push (local.get $r) (struct.get $CIter $cur (local.get $it)))
    (br $l)))
  (local.get $r))

;; for-of: an array is read in place (the first result), a collection or one of
;; its iterators, or an object with a `[Symbol.iterator]` method, step by step
;; (the second), anything else as $iterable_array makes it
(func $forof_begin (param $v anyref) (param $at i32) (result (ref null $Arr) (ref null $CIter))
  (local $u (ref null $CIter))
  (if (ref.test (ref $Arr) (local.get $v)) (then (return (ref.cast (ref $Arr) (local.get $v)) (ref.null $CIter))))
  (if (ref.test (ref $CIter) (local.get $v)) (then (return (ref.null $Arr) (ref.cast (ref $CIter) (local.get $v)))))
  (if (i32.or (ref.test (ref $JSMap) (local.get $v)) (ref.test (ref $JSSet) (local.get $v))) (then (return (ref.null $Arr) (call $coll_iter (ref.cast (ref $Coll) (local.get $v))))))
  (local.set $u (call $user_iter (local.get $v)))
  (if (i32.eqz (ref.is_null (local.get $u))) (then (return (ref.null $Arr) (local.get $u))))
  (call $iterable_array (local.get $v) (local.get $at)) (ref.null $CIter))

;; User iterables (codegen/user_iterables.py). An object whose class has a
;; `[Symbol.iterator]` method (the build names it "@@iterator", as the analysis
;; does) is iterated as JavaScript does: the method is called once, with the
;; object as `this`; its result's `next` is read once; each step calls it and
;; reads `done`, then, while not done, `value`. The iterator is a $CIter of kind
;; 4, so every loop that steps collections steps it too. Null when v has no
;; such method (the caller goes on to its other cases).
(func $user_iter (param $v anyref) (result (ref null $CIter))
  (local $f anyref) (local $it anyref)
  (if (call $is_prim (local.get $v)) (then (return (ref.null $CIter))))
  (if (i32.eqz (ref.test (ref $Obj) (local.get $v))) (then (return (ref.null $CIter))))
  (local.set $f (call $get_generic (local.get $v) (global.get $s_at_iterator)))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f))) (then (return (ref.null $CIter))))
  (local.set $it (call $call_value (local.get $f) (local.get $v) (i32.const 0)
                       (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
  (if (call $is_prim (local.get $it))
    (then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_iterator_not_object)))))
  (struct.new $CIter (call $ctab_new (i32.const 0)) (i32.const 0) (i32.const 4) (ref.null any) (local.get $it)
                     (call $get_generic (local.get $it) (global.get $s_next))))

;; one step of a user iterator: 1 and the value in $cur, or 0 once done
(func $user_step (param $it (ref $CIter)) (result i32)
  (local $f anyref) (local $r anyref)
  (local.set $f (struct.get $CIter $next (local.get $it)))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f)))
    (then (throw $exn (call $not_fn_error (call $tostr (local.get $f))))))
  (local.set $r (call $call_value (local.get $f) (struct.get $CIter $key (local.get $it)) (i32.const 0)
                      (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
  (if (call $is_prim (local.get $r))
    (then (throw $exn (call $make_error (global.get $cls_TypeError)
                            (call $concat (global.get $s_iterator_result)
                                  (call $concat (call $tostr (local.get $r)) (global.get $s_is_not_object)))))))
  (if (call $truthy (call $get_generic (local.get $r) (global.get $s_done)))
    (then (struct.set $CIter $i (local.get $it) (i32.const -1))
          (struct.set $CIter $cur (local.get $it) (ref.null any))
          (return (i32.const 0))))
  (struct.set $CIter $cur (local.get $it) (call $get_generic (local.get $r) (global.get $s_value)))
  (i32.const 1))

;; the values an array pattern takes from a value that is not an array: from an
;; iterator only the first n (all when n is -1), as JavaScript steps it; from
;; anything else $iterable_array's array (which throws for what is not iterable)
(func $pattern_array (param $v anyref) (param $n i32) (param $at i32) (result (ref $Arr))
  (local $it (ref null $CIter)) (local $r (ref $Arr))
  (if (ref.test (ref $CIter) (local.get $v))
    (then (local.set $it (ref.cast (ref $CIter) (local.get $v))))
    (else (if (i32.eqz (ref.test (ref $Arr) (local.get $v))) (then (local.set $it (call $user_iter (local.get $v)))))
          (if (ref.is_null (local.get $it)) (then (return (call $iterable_array (local.get $v) (local.get $at)))))))
  (local.set $r (call $arr_new (i32.const 0)))
  (block $d (loop $l
    (br_if $d (i32.eq (struct.get $Arr $len (local.get $r)) (local.get $n)))
    (br_if $d (i32.eqz (call $citer_step (ref.as_non_null (local.get $it)))))
    (call $arr_push (local.get $r) (struct.get $CIter $cur (ref.as_non_null (local.get $it))))
    (br $l)))
  (local.get $r))

;; fill a new collection from an iterable (the constructor's argument)
(func $coll_fill (param $c (ref $Coll)) (param $src anyref) (result (ref $Coll))
  (local $a (ref $Arr)) (local $i i32) (local $e anyref) (local $map i32)
  (if (call $nullish (local.get $src)) (then (return (local.get $c))))
  (local.set $map (ref.test (ref $JSMap) (local.get $c)))
  (local.set $a (call $iterable_array (local.get $src) (i32.const -1)))
  (block $d (loop $l
    (br_if $d (i32.ge_u (local.get $i) (struct.get $Arr $len (local.get $a))))
    (local.set $e (call $arr_get (local.get $a) (local.get $i)))
    (if (local.get $map)
      (then
        (if (i32.eqz (i32.or (ref.test (ref $Obj) (local.get $e)) (ref.test (ref $Arr) (local.get $e))))
          (then (throw $exn (call $make_error (global.get $cls_TypeError)
                                  (call $concat (global.get $s_iterator_value)
                                        (call $concat (call $tostr (local.get $e)) (global.get $s_not_entry)))))))
        (call $coll_put (local.get $c) (call $get_index (local.get $e) (ref.i31 (i32.const 0)))
                                       (call $get_index (local.get $e) (ref.i31 (i32.const 1)))))
      (else (call $coll_put (local.get $c) (local.get $e) (call $ckey (local.get $e)))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $l)))
  (local.get $c))

;; forEach: f(value, key, collection) for each entry, entries added meanwhile included
(func $coll_for_each (param $c (ref $Coll)) (param $f anyref) (param $this anyref)
  (local $it (ref $CIter))
  (if (i32.eqz (ref.test (ref $Fn) (local.get $f)))
    (then (global.set $op_at (i32.const -1))
          (throw $exn (call $not_fn_error (call $typeof_and_value (local.get $f))))))
  (local.set $it (call $citer_new (local.get $c) (i32.const 3)))
  (block $d (loop $l
    (br_if $d (i32.eqz (call $citer_step (local.get $it))))
    (drop (call $call_value (local.get $f) (local.get $this) (i32.const 3)
                (struct.get $CIter $cur (local.get $it)) (struct.get $CIter $key (local.get $it))
                (local.get $c) (ref.null $Vals)))
    (br $l))))

;; ------------------------------------------------------------------ methods
(func $bi_map_get (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_get (local.get $m) (local.get $a0)))
(func $bi_map_set (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_put (local.get $m) (local.get $a0) (local.get $a1))
  (local.get $m))
(func $bi_map_has (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $coll_has (local.get $m) (local.get $a0))))
(func $bi_map_delete (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $coll_delete (local.get $m) (local.get $a0))))
(func $bi_map_clear (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_clear (local.get $m))
  (ref.null any))
(func $bi_map_forEach (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_for_each (local.get $m) (local.get $a0) (local.get $a1))
  (ref.null any))
(func $bi_map_keys (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $m) (i32.const 0)))
(func $bi_map_values (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $m) (i32.const 1)))
(func $bi_map_entries (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $m) (i32.const 2)))

(func $bi_set_add (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_put (local.get $s) (local.get $a0) (call $ckey (local.get $a0)))
  (local.get $s))
(func $bi_set_has (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $coll_has (local.get $s) (local.get $a0))))
(func $bi_set_delete (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $bool (call $coll_delete (local.get $s) (local.get $a0))))
(func $bi_set_clear (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_clear (local.get $s))
  (ref.null any))
(func $bi_set_forEach (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $coll_for_each (local.get $s) (local.get $a0) (local.get $a1))
  (ref.null any))
(func $bi_set_keys (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $s) (i32.const 1)))
(func $bi_set_values (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $s) (i32.const 1)))
(func $bi_set_entries (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (call $citer_new (local.get $s) (i32.const 2)))

;; it.next(): { value, done }
(func $bi_citer_next (param $it (ref $CIter)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (local $r (ref $MapObj)) (local $more i32)
  (local.set $more (call $citer_step (local.get $it)))
  (local.set $r (call $map_new (global.get $cls_Object)))
  (call $map_set (local.get $r) (global.get $s_value) (struct.get $CIter $cur (local.get $it)))
  (call $map_set (local.get $r) (global.get $s_done) (call $bool (i32.eqz (local.get $more))))
  (local.get $r))

(func $bi_map_toString (param $m (ref $JSMap)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (global.get $s_object_Map))
(func $bi_set_toString (param $s (ref $JSSet)) (param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals)) (result anyref)
  (global.get $s_object_Set))

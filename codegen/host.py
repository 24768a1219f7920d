"""Running a built module under wasmtime: the host imports (output, time,
number conversions, libm) and the limits (time, memory). The module gets no
file system and no network: these imports are all it can reach."""
from __future__ import annotations

import json
import math
import os
import random
import struct
import sys
import threading
import time
from typing import Optional, TextIO

import wasmtime

from . import jsnum
from .inspect import FormatUnsupported, decode, format_args
from .sections import SITES_SECTION, custom_json

FAIL_MESSAGES = {
    1: "toUpperCase/toLowerCase of a string with non-ASCII characters (no longer refused; kept for modules built before)",
    2: "converting this kind of value to a string",
    3: "an array longer than 100,000,000 elements",
    4: "adding a property the plan did not prove to a struct object (please report: the plan and the program disagree)",
    5: "a non-index property on an array",
    6: "`delete` on an object that is not a map site",
    7: "a built-in method used as a value (call it directly instead)",
    8: "calling this built-in constructor",
    9: "`lastIndexOf` with a start position",
    10: "`split` with a regular expression",
    11: "printing a fractional number in a radix other than 10 (no longer refused; kept for modules built before)",
    12: "assigning to a static accessor that has no setter",
    13: "`this` of a sloppy-mode function called without a receiver (the global object)",
    14: "assigning to a property that has a getter and no setter",
    15: ("adding an own property that shadows a method of the object's class or prototype to a struct with an "
         "overflow dictionary (the build calls such methods directly)"),
    16: "printing an iterator of a Map, a Set or `matchAll` (spread it into an array first: `[...m.keys()]`)",
    17: "a property written to a Map, a Set or one of their iterators (entries go in with `set` / `add`)",
    18: "`new` of a function that is not a class (use class syntax)",
    19: "a function's source text (a function converted to a string)",
    20: "whether a function has its own `prototype` (hasOwnProperty(\"prototype\") of a function)",
    21: "the `length` of a built-in constructor",
    22: "`delete` of an array's `length`",
    23: "`process.hrtime(time)` with a `time` that is not an array",
    26: "`process.stdout.write` / `process.stderr.write` of a value that is not a string (node takes Buffers too)",
    27: "`process.exit(code)` with a code that is not an integer number",
    28: "calling a constructor function without `new` (the build compiles it as a class)",
    29: "`for`-`in` over an object whose class's methods were stored on a prototype (enumerable in JavaScript)",
    30: "a constructor function's prototype made with `Object.create(P.prototype)` where P is a class or a built-in",
    31: "assigning the `length` of a typed array",
    32: "this argument to a typed array constructor or to `set` (an ArrayBuffer, or an object that is not an array)",
    36: "`new Date(text)` or `new Date(object)` (parsing dates; `new Date()` and `new Date(ms)` are compiled)",
    37: "the ISO text of a date outside the years 0 to 9999",
    38: ("a Date converted to a string or a primitive (its text is local time, which depends on the time zone; "
         "use `d.getTime()` or `d.toISOString()`)"),
    39: "a property other than `lastIndex` written to a regular expression",
    40: ("`match` or `search` with a pattern that is neither a regular expression nor a string literal (a "
         "pattern made at run time: write a literal, `s.match(/x/)` or `s.match(\"x\")`)"),
    41: "`Object.prototype.toString` of an iterator (node names its kind: `[object Map Iterator]`, ...)",
    42: ("a primitive `this` of a sloppy-mode function (`f.call(5)`: node wraps it in an object, a Number, "
         "String or Boolean; add \"use strict\" to keep it a primitive)"),
    43: "`Error.captureStackTrace` of an object that is not an error (node gives it a `stack` of its own)",
    44: "`__proto__` as a computed key (`o[k]`: node reads or sets the object's prototype there)",
    47: ("`delete` of a property `Object.defineProperty` made not configurable (node answers false, or throws a "
         "TypeError in strict code)"),
}

# Math functions the host computes. V8 computes them with its own port of
# fdlibm, not the C library; `v8math` repeats those algorithms bit for bit.
LIBM_NAMES = {1: "sin", 2: "cos", 3: "tan", 4: "exp", 5: "log", 6: "atan", 7: "asin", 8: "acos",
              9: "log2", 10: "log10", 11: "sinh", 12: "cosh", 13: "tanh", 14: "cbrt", 15: "expm1",
              16: "log1p"}


class ProgramExit(Exception):
    """process.exit(status) in the program: the run ends with that status."""
    def __init__(self, status: int):
        super().__init__(f"process.exit({status})")
        self.status = status


class RunFailure(Exception):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class RunResult:
    """How a run ended. A plain class: importing `dataclasses` costs every run ~8 ms
    (codegen/inspect.py)."""
    __slots__ = ("status", "message", "counts")

    def __init__(self, status: int, message: str = "", counts: Optional[list] = None):
        self.status = status
        self.message = message
        self.counts = counts   # allocation counters of a `--stats` module (codegen/stats.py)

    def __repr__(self) -> str:
        return f"RunResult({self.status!r}, {self.message!r})"


# Compiled-code cache. Cranelift needs about 0.3 s to compile even the module of
# an empty program (the runtime is part of every module), which is most of
# `shapescape run`'s fixed cost. wasmtime's own cache keeps the machine code in
# files named by a hash of the module bytes, the engine's settings and wasmtime's
# version, so a later run of the same module skips the compile; an entry that
# does not decode is compiled again and replaced. Those files are loaded as
# machine code, so the cache lives in a directory of the user's own that no one
# else may write to (created 0700); a directory that is not the user's or that
# others can write to is not used. SHAPESCAPE_CACHE=0 turns the cache off,
# SHAPESCAPE_CACHE_DIR moves it (default: $XDG_CACHE_HOME/shapescape, else
# ~/.cache/shapescape). Any problem with it means a run without the cache.
CACHE_SIZE_LIMIT = "512Mi"   # wasmtime's cleanup keeps the cache about this size


def cache_dir() -> Optional[str]:
    if os.environ.get("SHAPESCAPE_CACHE", "1") == "0":
        return None
    chosen = os.environ.get("SHAPESCAPE_CACHE_DIR")
    if not chosen:
        root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        if root.startswith("~"):   # no home directory
            return None
        chosen = os.path.join(root, "shapescape")
    return os.path.abspath(chosen)


def cache_config() -> Optional[str]:
    """The wasmtime cache configuration file for this user, written when missing
    or stale; None when the cache is off or its directory is not safe to use."""
    base = cache_dir()
    if base is None:
        return None
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        st = os.stat(base)
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None
        path = os.path.join(base, "wasmtime-cache.toml")
        text = (f"[cache]\ndirectory = {json.dumps(os.path.join(base, 'wasmtime'), ensure_ascii=False)}\n"
                f'files-total-size-soft-limit = "{CACHE_SIZE_LIMIT}"\n')
        try:
            with open(path, encoding="utf-8") as fh:
                current = fh.read()
        except OSError:
            current = None
        if current != text:
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        return path
    except OSError:
        return None


def engine(cache: bool = False) -> wasmtime.Engine:
    """The engine every module runs on; `cache`: with the compiled-code cache."""
    cfg = wasmtime.Config()
    cfg.wasm_gc = True
    cfg.wasm_function_references = True
    cfg.wasm_reference_types = True
    cfg.wasm_exceptions = True
    cfg.wasm_threads = True   # for the atomic load of the timeout poll (codegen/lower.py HALT_CHECK)
    # node allows about 10,000 JavaScript frames; wasm frames of the build are
    # larger than V8's, so give the module a deep stack (run on a thread to match)
    cfg.max_wasm_stack = WASM_STACK
    profiler = os.environ.get("SHAPESCAPE_WASM_PROFILER")
    if profiler:   # "perfmap" or "jitdump": lets `perf record` name the compiled functions
        cfg.profiler = profiler
    config = cache_config() if cache else None
    if config is not None:
        try:
            cfg.cache = config
        except wasmtime.WasmtimeError:
            pass   # a configuration wasmtime does not take: run without the cache
    return wasmtime.Engine(cfg)


WASM_STACK = 2 * 1024 * 1024 - 64 * 1024   # must stay below wasmtime's async stack size (2 MiB)
THREAD_STACK = 128 * 1024 * 1024


def run_module(wasm: bytes, timeout: float = 10.0, max_memory_mb: int = 1024,
               stdout: Optional[TextIO] = None, stderr: Optional[TextIO] = None,
               stats: bool = False, argv: tuple = ()) -> RunResult:
    """Run on a thread with a stack deep enough for the module's wasm stack. With
    `stats`, the result carries the module's allocation counters (None when the
    module was built without them); `argv`: the program's arguments, after node's
    first two in `process.argv`."""
    box: dict = {}

    def target() -> None:
        try:
            box["result"] = _run_module(wasm, timeout, max_memory_mb, stdout, stderr, stats, tuple(argv))
        except BaseException as exc:   # re-raised on the caller's thread
            box["error"] = exc
    old = threading.stack_size()
    threading.stack_size(THREAD_STACK)
    try:
        t = threading.Thread(target=target, name="shapescape-run")
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def _js_pow(x: float, y: float) -> float:
    if y != y:
        return math.nan
    if y == 0:
        return 1.0
    if (x == 1 or x == -1) and math.isinf(y):
        return math.nan
    from . import v8math
    return v8math.pow(x, y)


def _math(op: int, x: float, y: float) -> float:
    # v8math is imported here, on a program's first Math call the module does not
    # compute itself: most programs make none, and every run pays its import
    from . import v8math
    try:
        if op in LIBM_NAMES:
            return getattr(v8math, LIBM_NAMES[op])(x)
        if op == 50:
            return v8math.atan2(x, y)
        if op == 51:
            return _js_pow(x, y)
        if op == 52:
            return v8math.hypot(x, y)
        if op == 60:
            return random.random()
        if op == 100:
            return math.fmod(x, y)
    except (ValueError, OverflowError):
        if op == 4 and x > 0:
            return math.inf
        if op in (5, 9, 10) and x == 0:
            return -math.inf
        return math.nan
    return math.nan


def _run_module(wasm: bytes, timeout: float, max_memory_mb: int,
                stdout: Optional[TextIO], stderr: Optional[TextIO], stats: bool = False,
                argv: tuple = ()) -> RunResult:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    eng = engine(cache=True)
    module = wasmtime.Module(eng, wasm)
    store = wasmtime.Store(eng)
    store.set_limits(memory_size=max_memory_mb * 1024 * 1024)
    mem_holder: dict = {}
    failure: dict = {}
    t0 = time.perf_counter()

    def memory() -> wasmtime.Memory:
        return mem_holder["m"]

    def read(ptr: int, n: int) -> bytes:
        return bytes(memory().read(store, ptr, ptr + n))

    def write_utf16(text: str) -> int:
        data = text.encode("utf-16-le", errors="surrogatepass")
        mem = memory()
        if len(data) > mem.data_len(store):
            mem.grow(store, (len(data) - mem.data_len(store)) // 65536 + 1)
        mem.write(store, data, 0)
        return len(data) // 2

    def h_site(k: int) -> None:
        """Where the uncaught exception was raised: operation site k (codegen/sections.py)."""
        sites = custom_json(wasm, SITES_SECTION)
        if isinstance(sites, list) and 0 <= k < len(sites):
            err.write(f"    at {sites[k]}\n")

    def h_arg(i: int) -> int:
        """The i-th program argument at 0 (its length in UTF-16 units), -1 past the last."""
        return write_utf16(argv[i]) if 0 <= i < len(argv) else -1

    def h_write(fd: int, ptr: int, n: int) -> None:
        """fd 1, 2: console.log / console.error of the arguments; 3: an uncaught
        exception; 4, 5: process.stdout.write / process.stderr.write of one string."""
        args = decode(read(ptr, n))
        if fd >= 4:
            text = args[0]
        else:
            try:
                text = format_args(args) + "\n"
            except FormatUnsupported as e:
                raise RunFailure(f"not supported by the WasmGC build: {e}", 2)
        if fd == 3:
            text = "Uncaught " + text
        stream = out if fd in (1, 4) else err
        stream.write(text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))

    def h_num_to_str(x: float, mode: int, digits: int) -> int:
        if mode == 0:
            return write_utf16(jsnum.to_string(x))
        if mode == 1:
            return write_utf16(jsnum.to_fixed(x, digits))
        if mode == 3:
            return write_utf16(jsnum.to_precision(x, digits))
        if mode == 4:   # digits -1: as many as it takes
            return write_utf16(jsnum.to_exponential(x, digits))
        if mode == 5:
            return write_utf16(jsnum.to_locale_string(x))
        return write_utf16(jsnum.to_radix(x, digits))

    def h_str_case(n: int, upper: int) -> int:
        """toUpperCase/toLowerCase of the n UTF-16 units at 0 (Unicode's full case mappings, as JS)."""
        text = read(0, 2 * n).decode("utf-16-le", errors="surrogatepass")
        return write_utf16(text.upper() if upper else text.lower())

    def h_str_to_num(ptr: int, n: int, mode: int, radix: int) -> float:
        s = read(ptr, 2 * n).decode("utf-16-le", errors="surrogatepass")
        if mode == 0:
            return jsnum.string_to_number(s)
        if mode == 1:
            return jsnum.parse_float(s)
        return jsnum.parse_int(s, radix)

    hr = [0]   # the last reading of the monotonic clock in nanoseconds, for process.hrtime

    def h_now(kind: int) -> float:
        """0: Date.now(); 1: performance.now(); 2, 3: the seconds and the nanoseconds
        of a new monotonic reading (2 reads the clock, 3 the same reading's rest),
        exact as two numbers where one f64 of nanoseconds would not be."""
        if kind == 0:
            return float(int(time.time() * 1000))
        if kind == 1:
            return (time.perf_counter() - t0) * 1000.0
        if kind == 2:
            hr[0] = time.monotonic_ns()
            return float(hr[0] // 1_000_000_000)
        return float(hr[0] % 1_000_000_000)

    def near() -> str:
        """Where the program was: the last operation site it entered (the global
        $op_at, exported), as a line for the message; "" when none is known."""
        g = mem_holder.get("op_at")
        k = g.value(store) if g is not None else -1
        sites = custom_json(wasm, SITES_SECTION) if k >= 0 else None
        if isinstance(sites, list) and k < len(sites):
            return f"\n    at {sites[k]} (the last operation the program started)"
        return ""

    def fail(code: int):
        failure["code"] = code
        raise RunFailure(f"not supported by the WasmGC build: {FAIL_MESSAGES.get(code, f'feature #{code}')}{near()}", 2)

    def h_fail(code: int) -> None:
        if code >= 256:   # a name follows in memory: code + (length << 8)
            name = read(0, 2 * (code >> 8)).decode("utf-16-le", errors="replace")
            what = {12: f"`{name}`", 13: f"the built-in method `{name}`",
                    35: f"`{name}` of an object read through a computed key (`o[k]`): the build's plan counts an "
                        "object's own values and its class's members there, not Object.prototype's functions "
                        f"(write `o.{name}`)",
                    46: f"`Object.{name}` other than TypeScript's `__esModule` marker, or an enumerable accessor "
                        "(`{ enumerable: true, get }`) or a plain data property (`value` with `writable`, "
                        "`enumerable` and `configurable` true) defined on a dictionary object (not over a property "
                        "defined so before without `configurable: true`)",
                    48: f"`Object.{name}` of an object that is not a dictionary (the build gives the descriptors "
                        "of a module's exports and of map sites; a struct's, an array's or a function's are not "
                        "compiled)",
                    45: f"`Array.prototype.{name}.apply` with an argument list that is not an array (an "
                        "array-like object: node would read its `length` and indexed properties)",
                    34: f"`Array.prototype.{name}.call` with a receiver that is not an array, or is a typed "
                        "array (the build compiles it as the array's own method; strings, array-likes and typed "
                        "arrays would take the specification's generic algorithm, which makes an Array)",
                    33: f"`{name}` of a typed array (the build implements its elements, `length`, `set` and the "
                        "array methods that do not change the length; `push` and the others that do are not "
                        "functions on a typed array)",
                    39: f"the property `{name}` written to a regular expression (the build keeps its `lastIndex` "
                        "and reads its flags and source; other properties are not compiled)",
                    24: f"`require('{name}')`: a path the computed require was not built with (its "
                        "dynamic-require diagnostic lists the files it can load)",
                    28: f"calling the constructor function `{name}` without `new` (as `{name}(...)`, `.call` or "
                        "`.apply`): the build compiles it as a class, since the rest of the program uses it as one "
                        "(write the call as `new`, or the class with class syntax)",
                    29: f"`for`-`in` over a `{name}` object: its class's methods were stored on a prototype "
                        "(`F.prototype.m = function ...`), which makes them enumerable, and the build compiles them as "
                        "class methods (iterate over `Object.keys(...)` instead)",
                    30: f"a constructor function's prototype made with `Object.create({name}.prototype)` where "
                        f"`{name}` is a class or a built-in, not a constructor function (`{name}.call(this)` would not "
                        "run as `super()` does)",
                    25: f"a class definition evaluated a second time ({name}): in JavaScript each evaluation "
                        "makes a new class, with its own statics and `instanceof`; the build makes one class per "
                        "definition (define it once, at the top level of a file)"}.get(code & 255, name)
            failure["code"] = code
            failure["text"] = what
            raise RunFailure(f"not supported by the WasmGC build: {what}{near()}", 2)
        fail(code)

    def h_exit(status: int) -> None:
        """process.exit(status): unwinds the module (a trap, which no wasm catch sees)."""
        failure["exit"] = status
        raise ProgramExit(status)

    i32, f64 = wasmtime.ValType.i32(), wasmtime.ValType.f64()
    FT = wasmtime.FuncType
    imports = {
        "write": wasmtime.Func(store, FT([i32, i32, i32], []), h_write),
        "num_to_str": wasmtime.Func(store, FT([f64, i32, i32], [i32]), h_num_to_str),
        "str_to_num": wasmtime.Func(store, FT([i32, i32, i32, i32], [f64]), h_str_to_num),
        "str_case": wasmtime.Func(store, FT([i32, i32], [i32]), h_str_case),
        "math": wasmtime.Func(store, FT([i32, f64, f64], [f64]), _math),
        "now": wasmtime.Func(store, FT([i32], [f64]), h_now),
        "fail": wasmtime.Func(store, FT([i32], []), h_fail),
        "arg": wasmtime.Func(store, FT([i32], [i32]), h_arg),
        "site": wasmtime.Func(store, FT([i32], []), h_site),
        "exit": wasmtime.Func(store, FT([i32], []), h_exit),
    }
    ordered = []
    for imp in module.imports:   # (a module built before "arg" and "site" existed imports fewer)
        if imp.module != "host" or imp.name not in imports:
            raise RunFailure(f"the module imports {imp.module}.{imp.name}, which shapescape does not provide", 2)
        ordered.append(imports[imp.name])
    instance = wasmtime.Instance(store, module, ordered)
    exports = instance.exports(store)
    mem_holder["m"] = exports["memory"]
    mem_holder["op_at"] = exports.get("op_at")   # (a module built before it was exported has none)
    main = exports["main"]
    try:
        halt = exports["halt"].data_ptr(store)   # the byte user code polls (codegen/lower.py HALT_CHECK)
    except KeyError:
        raise RunFailure("the module was built by an older shapescape (it has no timeout poll); build it again", 2)
    timed_out = threading.Event()
    done = threading.Event()

    def watchdog():
        if not done.wait(timeout):
            timed_out.set()
            halt[0] = 1   # the running code traps at its next function entry or loop iteration
    threading.Thread(target=watchdog, daemon=True).start()
    failure["max_memory_mb"] = max_memory_mb
    result = _call_main(main, store, timed_out, timeout, failure, done, out)
    if stats:
        halt[0] = 0   # the counters are read by calling into the module
        from .stats import read_counts   # only a --stats run needs the counters' reader
        result.counts = read_counts(instance, store)
    return result


def _call_main(main, store, timed_out, timeout: float, failure: dict, done, out) -> RunResult:
    try:
        status = main(store)
    except ProgramExit as exc:
        return RunResult(exc.status)
    except RunFailure as exc:
        return RunResult(exc.status, str(exc))
    except (wasmtime.Trap, wasmtime.WasmtimeError) as exc:
        if "exit" in failure:   # process.exit, however wasmtime passed the host's exception on
            return RunResult(failure["exit"])
        return _stopped(exc, timed_out, timeout, failure)
    finally:
        done.set()
        out.flush()
    return RunResult(int(status))


def _stopped(exc, timed_out, timeout: float, failure: dict) -> RunResult:
    """A run that trapped: the timeout, a refusal at run time, or a real trap."""
    if isinstance(exc, wasmtime.Trap) and timed_out.is_set():
        return RunResult(124, f"stopped: the program ran longer than the {timeout:g} s time limit (--timeout)")
    if "code" in failure:
        return RunResult(2, f"not supported by the WasmGC build: {failure.get('text') or FAIL_MESSAGES.get(failure['code'], '?')}")
    if "GC heap out of memory" in str(exc):
        return RunResult(70, f"out of memory: the program's objects need more than the {failure.get('max_memory_mb')} MB "
                             "that --max-memory allows (wasmtime's collector counts references and does not reclaim "
                             "garbage objects that refer to one another, a cycle: a program that keeps making "
                             "such cycles runs out of memory where node does not)")
    if isinstance(exc, wasmtime.Trap):
        return RunResult(70, f"the program trapped: {_trap_text(exc)}")
    return RunResult(70, f"the program stopped: {exc}")


def _trap_text(exc: Exception) -> str:
    text = str(exc)
    if "call stack exhausted" in text:
        return "Maximum call stack size exceeded (the wasm stack ran out)"
    if "out of bounds memory" in text or "memory" in text and "grow" in text:
        return "out of memory (--max-memory)"
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    reason = next((l for l in reversed(lines) if not l[0].isdigit() and "backtrace" not in l), "trap")
    frames = [l.split(" - ", 1)[1] for l in lines if " - " in l][:4]
    return reason + (f" (in {', '.join(frames)})" if frames else "")

"""console.log formatting with node's util.inspect rules (depth 2, breakLength
80, compact 3, array grouping), for the values a built module serialises:
undefined, null, booleans, numbers, strings, arrays, plain and class objects,
Maps and Sets, functions and errors."""
from __future__ import annotations

import math
import re
import datetime
import struct
import unicodedata
from typing import Any

from .jsnum import to_string

BREAK = 80
MAX_STRING = 10_000   # node's maxStringLength: longer strings inside what is printed are cut
IDENT = re.compile(r"^[a-zA-Z_][a-zA-Z_0-9]*$")


def key_text(k: str) -> str:
    """A property key as node prints it: bare when an identifier, else quoted; an
    own `__proto__` (JSON.parse makes one) in brackets, `['__proto__']`, so that
    it does not read as the prototype."""
    if k == "__proto__":
        return "['__proto__']"
    return k if IDENT.match(k) else quote(k)


class Undefined:
    pass


UNDEF = Undefined()


# The decoded values are plain classes, not dataclasses: `shapescape run` imports
# this module on every run, and importing `dataclasses` (it imports `inspect`
# and `ast`) cost about 8 ms of a run's start.
class Obj:
    __slots__ = ("cls", "keys", "values")

    def __init__(self, cls: str):
        self.cls = cls
        self.keys: list = []
        self.values: list = []


class Coll:
    """A Map (keys and values) or a Set (values only)."""
    __slots__ = ("is_map", "size", "keys", "values")

    def __init__(self, is_map: bool, size: int):
        self.is_map = is_map
        self.size = size
        self.keys: list = []
        self.values: list = []


class PropList(list):
    """An array with named properties after its elements (a match's index, input
    and groups), printed after them as `key: value`."""
    def __init__(self, items, keys, values):
        super().__init__(items)
        self.keys = keys
        self.values = values


class Cut:
    __slots__ = ("what",)

    def __init__(self, what: str):
        self.what = what   # "[Array]" / "[Object]" / "[Name]"


class Fn:
    __slots__ = ("name", "is_class", "parent", "keys", "values")

    def __init__(self, name: str, is_class: bool, parent: str = ""):
        self.name = name
        self.is_class = is_class
        self.parent = parent   # a class that extends another: its name
        self.keys: list = []     # own enumerable properties, shown after it
        self.values: list = []


class Holes:
    """A run of missing array elements (`new Array(3)`): `<3 empty items>`."""
    __slots__ = ("n",)

    def __init__(self, n: int):
        self.n = n


class Typed:
    """A typed array (`Float64Array(3) [ 1, 2, 3 ]`): its kind's name and elements."""
    __slots__ = ("name", "items")

    def __init__(self, name: str, items: list):
        self.name = name
        self.items = items


class Circular:
    """A value that is one of the objects or arrays it is printed inside."""
    __slots__ = ("n",)

    def __init__(self, n: int):
        self.n = n


class Ref:
    """An object or array that some value refers back to: printed `<ref *n> ...`."""
    __slots__ = ("n", "value")

    def __init__(self, n: int, value: Any):
        self.n = n
        self.value = value


class Err:
    __slots__ = ("stack",)

    def __init__(self, stack: str):
        self.stack = stack


def decode(buf: bytes) -> list:
    pos = 0
    open_: list = []   # the containers being decoded, outermost first (tag 14 refers to them)
    marks: dict = {}   # id(container) -> its reference number

    def marked(container):
        n = marks.get(id(container))
        return Ref(n, container) if n is not None else container

    def u32():
        nonlocal pos
        v = struct.unpack_from("<I", buf, pos)[0]
        pos += 4
        return v

    def string():
        nonlocal pos
        n = u32()
        s = buf[pos:pos + 2 * n].decode("utf-16-le", errors="surrogatepass")
        pos += 2 * n
        return s

    def pairs(o, n: int):
        """n keys and values into o (an object or a function), open while they are read."""
        open_.append(o)
        for _ in range(n):
            o.keys.append(string())
            o.values.append(value())
        open_.pop()
        return o

    def value():
        nonlocal pos
        tag = buf[pos]
        pos += 1
        if tag == 0:
            return UNDEF
        if tag == 1:
            return None
        if tag == 2:
            return True
        if tag == 3:
            return False
        if tag == 4:
            v = struct.unpack_from("<d", buf, pos)[0]
            pos += 8
            return v
        if tag == 5:
            return string()
        if tag == 6:
            n = u32()
            items: list = []
            open_.append(items)
            count = 0
            while count < n:
                v = value()
                items.append(v)
                count += v.n if isinstance(v, Holes) else 1
            open_.pop()
            return marked(items)
        if tag == 16:
            return Holes(u32())
        if tag == 20:
            name = string()
            return Typed(name, [value() for _ in range(u32())])
        if tag == 7:
            cls = string()
            n = u32()
            return marked(pairs(Obj(cls), n))
        if tag == 17 or tag == 18:
            c = Coll(tag == 17, u32())
            open_.append(c)
            for _ in range(c.size):
                if c.is_map:
                    c.keys.append(value())
                c.values.append(value())
            open_.pop()
            return marked(c)
        if tag == 8 or tag == 11:
            return Fn(string(), tag == 11)
        if tag == 13:
            name = string()
            return Fn(name, True, string())
        if tag == 19:   # a function with own properties: their count, the function, the pairs
            n = u32()
            return marked(pairs(value(), n))
        if tag == 14:
            target = open_[u32()]
            marks[id(target)] = u32()
            return Circular(marks[id(target)])
        if tag == 15:   # a container found circular earlier: the next value, marked
            n = u32()
            v = value()
            return v if isinstance(v, Ref) else Ref(n, v)
        if tag == 9:
            return Cut("[Array]")
        if tag == 10:
            cls = string()
            return Cut(f"[{cls}]")
        if tag == 12:
            return Err(string())
        if tag == 23:   # a regular expression: its text
            return Cut(string())
        if tag == 24:   # an array with named properties: the array, then their count and pairs
            items = value()
            o = Obj("")
            pairs(o, u32())
            return PropList(items, o.keys, o.values)
        if tag == 22:   # a Date: its time value
            t = struct.unpack_from("<d", buf, pos)[0]
            pos += 8
            return Cut(iso_date(t))
        if tag == 21:   # an object literal's accessor: 1 a getter, 2 a setter, 3 both
            kind = buf[pos]
            pos += 1
            return Cut({1: "[Getter]", 2: "[Setter]", 3: "[Getter/Setter]"}[kind])
        raise ValueError(f"bad value tag {tag}")

    n = u32()
    return [value() for _ in range(n)]


def iso_date(t: float) -> str:
    """How node prints a Date: its ISO text in UTC, or `Invalid Date`."""
    if t != t:
        return "Invalid Date"
    ms = int(t)
    days, rest = divmod(ms, 86_400_000)
    d = datetime.date(1970, 1, 1) + datetime.timedelta(days=days) if -719162 <= days <= 2932896 else None
    if d is None:
        return "Invalid Date" if abs(t) > 8.64e15 else f"{t}"
    h, rest = divmod(rest, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{h:02d}:{m:02d}:{s:02d}.{milli:03d}Z"


def fmt_number(x: float) -> str:
    if x == 0 and math.copysign(1, x) < 0:
        return "-0"
    return to_string(x)


def width(s: str) -> int:
    """Columns s takes on a terminal, as node's getStringWidth counts them (ICU's
    East Asian width): wide and fullwidth characters 2; control, format and
    combining characters 0 (not the soft hyphen); an emoji right after a
    zero-width joiner 0 (it joins the one before); anything else 1."""
    n = 0
    for i, ch in enumerate(s):   # the ASCII start as is, the rest composed (NFC) first
        if ch >= "\x7f":
            s = unicodedata.normalize("NFC", s[i:])
            break
        n += ch >= " "
    else:
        return n
    prev = ""
    for ch in s:
        eaw = unicodedata.east_asian_width(ch)
        if prev == "\u200d" and eaw == "W":
            pass
        elif eaw in ("W", "F"):
            n += 2
        elif ch != "\u00ad" and unicodedata.category(ch) in ("Cc", "Cf", "Me", "Mn"):
            pass
        else:
            n += 1
        prev = ch
    return n


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def utf16_prefix(s: str, units: int) -> str:
    """The first `units` UTF-16 code units of s (a pair cut in two leaves its lead)."""
    out = []
    n = 0
    for ch in s:
        w = 2 if ord(ch) > 0xFFFF else 1
        if n + w > units:
            if n < units:   # half a pair: its high surrogate
                out.append(chr(0xD800 + ((ord(ch) - 0x10000) >> 10)))
            break
        out.append(ch)
        n += w
    return "".join(out)


_META = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", "\\": "\\\\"}


def quote(s: str) -> str:
    q = "'"
    if "'" in s:
        if '"' not in s:
            q = '"'
        elif "`" not in s and "${" not in s:
            q = "`"
    out = []
    for ch in s:
        if ch == q:
            out.append("\\" + ch)
        elif ch in _META:
            out.append(_META[ch])
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f:
            out.append(f"\\x{ord(ch):02X}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            # a lone surrogate (a pair was decoded into one character)
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return q + "".join(out) + q


class FormatUnsupported(Exception):
    """A console.log format directive the build does not reproduce."""


def format_args(args: list) -> str:
    """node's util.format: a first argument that is a string and has more
    arguments after it is a format (%s %d %i %f %O %c %%); what the directives do
    not consume is appended, strings as they are, the rest inspected."""
    if len(args) > 1 and isinstance(args[0], str) and "%" in args[0]:
        head, used = apply_format(args[0], args[1:])
        rest = args[1 + used:]
        return " ".join([head] + [a if isinstance(a, str) else Inspector().value(a, 0) for a in rest])
    return " ".join(a if isinstance(a, str) else Inspector().value(a, 0) for a in args)


def _primitive_text(v: Any) -> str:
    """String(v) for the primitives; -0 is written `-0`, as %s does."""
    if isinstance(v, str):
        return v
    if v is UNDEF or v is None or v is True or v is False or isinstance(v, float):
        return Inspector().value(v, 0)
    raise FormatUnsupported("a console.log format directive (%s, %d, %i, %f) applied to an object")


def _to_number(v: Any) -> float:
    if isinstance(v, float):
        return v
    if isinstance(v, str):
        from .jsnum import string_to_number
        return string_to_number(v)
    if v is True or v is False:
        return 1.0 if v else 0.0
    if v is None:
        return 0.0
    if v is UNDEF:
        return math.nan
    raise FormatUnsupported("a console.log format directive (%s, %d, %i, %f) applied to an object")


def apply_format(fmt: str, args: list) -> tuple[str, int]:
    """(the formatted text, how many of args the directives consumed)."""
    from .jsnum import parse_float, parse_int
    out = []
    a = 0
    i = 0
    last = 0
    while i < len(fmt) - 1:
        if fmt[i] != "%":
            i += 1
            continue
        c = fmt[i + 1]
        if a < len(args):
            v = args[a]
            if c == "s":
                text = _primitive_text(v)
            elif c == "d":
                text = fmt_number(_to_number(v))
            elif c == "i":
                text = fmt_number(parse_int(_primitive_text(v), 0))
            elif c == "f":
                text = fmt_number(parse_float(_primitive_text(v)))
            elif c == "O":
                text = Inspector().value(v, 0)
            elif c == "c":
                text = ""
            elif c in "oj":
                raise FormatUnsupported(f"the console.log format directive %{c}")
            elif c == "%":
                out.append(fmt[last:i])
                last = i + 1
                i += 2
                continue
            else:
                i += 1
                continue
            out.append(fmt[last:i])
            out.append(text)
            last = i + 2
            a += 1
            i += 2
            continue
        if c == "%":
            out.append(fmt[last:i])
            last = i + 1
        i += 2
    out.append(fmt[last:])
    return "".join(out), a


class Inspector:
    def __init__(self) -> None:
        self.indent = 0
        self.current_depth = 0
        self.base = ""   # `<ref *n>` for the container being formatted

    def value(self, v: Any, depth: int) -> str:
        if v is UNDEF:
            return "undefined"
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, float):
            return fmt_number(v)
        if isinstance(v, str):
            return self.string(v)
        if isinstance(v, Cut):
            return v.what
        if isinstance(v, Circular):
            return f"[Circular *{v.n}]"
        if isinstance(v, Holes):
            return f"<{v.n} empty item{'s' if v.n > 1 else ''}>"
        if isinstance(v, Ref):
            inner = v.value
            if isinstance(inner, Cut):
                return f"<ref *{v.n}> {inner.what}"
            self.base = f"<ref *{v.n}>"
            return self.value(inner, depth)
        if isinstance(v, Fn):
            if v.is_class:
                extends = f" extends {v.parent}" if v.parent else ""
                text = f"[class {v.name or '(anonymous)'}{extends}]"
            else:
                text = f"[Function: {v.name}]" if v.name else "[Function (anonymous)]"
            if not v.keys:
                return text
            base = self.take_base()
            return self.props(v, depth, f"{base} {text}" if base else text, "{")
        if isinstance(v, Err):
            return v.stack
        if isinstance(v, list):
            return self.array(v, depth)
        if isinstance(v, Typed):
            return self.array(v.items, depth, f"{v.name}({len(v.items)}) ")
        if isinstance(v, Obj):
            return self.obj(v, depth)
        if isinstance(v, Coll):
            return self.coll(v, depth)
        raise TypeError(type(v))

    def string(self, s: str) -> str:
        """A string inside what is printed, as node's formatPrimitive writes it:
        past 10,000 UTF-16 units cut, with the rest counted; one longer than 16
        units and than the line has room for split after each newline into
        quoted pieces joined by ` +`, each on its own line."""
        units = utf16_len(s)
        trailer = ""
        if units > MAX_STRING:
            more = units - MAX_STRING
            s = utf16_prefix(s, MAX_STRING)
            units = MAX_STRING
            trailer = f"... {more} more character{'s' if more > 1 else ''}"
        if units > 16 and units > BREAK - self.indent - 4:
            lines = re.split(r"(?<=\n)", s)
            if len(lines) > 1 and lines[-1] == "":
                lines.pop()
            return f" +\n{' ' * (self.indent + 2)}".join(quote(line) for line in lines) + trailer
        return quote(s) + trailer

    def take_base(self) -> str:
        base, self.base = self.base, ""
        return base

    def array(self, arr: list, depth: int, prefix: str = "") -> str:
        """An array, or with `prefix` a typed array's elements (node's formatList
        for both; the prefix is part of the opening brace)."""
        base = self.take_base()
        if not arr:
            return f"{base} {prefix}[]" if base else f"{prefix}[]"
        depth += 1
        self.current_depth = depth
        out = []
        shown = arr[:100]
        for x in shown:
            self.indent += 2
            out.append(self.value(x, depth))
            self.indent -= 2
        # the elements one by one (a run of holes as that many undefineds), which
        # node's column layout looks at by position
        raw = [x for v in arr for x in ([UNDEF] * v.n if isinstance(v, Holes) else [v])]
        if len(arr) > 100:   # 100 entries shown (a run of holes is one); the rest counted in elements
            covered = sum(v.n if isinstance(v, Holes) else 1 for v in shown)
            more = len(raw) - covered
            out.append(f"... {more} more item{'s' if more > 1 else ''}")
        for k, v in zip(getattr(arr, "keys", ()), getattr(arr, "values", ())):
            self.indent += 2
            out.append(f"{key_text(k)}: {self.value(v, depth)}")
            self.indent -= 2
        return self.reduce(out, base, (f"{prefix}[", "]"), True, depth, (raw, len(arr) > 100))

    def obj(self, o: Obj, depth: int) -> str:
        base = self.take_base()
        prefix = "" if o.cls == "Object" else f"{o.cls} "
        if not o.keys:
            return f"{base} {prefix}{{}}" if base else f"{prefix}{{}}"
        return self.props(o, depth, base, f"{prefix}{{")

    def props(self, o, depth: int, base: str, brace: str) -> str:
        """An object's (or a function's) keys and values after `base`, in braces."""
        depth += 1
        self.current_depth = depth
        out = []
        for k, v in zip(o.keys, o.values):
            self.indent += 2
            s = self.value(v, depth)
            self.indent -= 2
            out.append(f"{key_text(k)}: {s}")
        return self.reduce(out, base, (brace, "}"), False, depth, None)

    def coll(self, c: Coll, depth: int) -> str:
        """node's formatMap / formatSet: `Map(n) { k => v, ... }`, `Set(n) { v, ... }`,
        the first 100 entries, laid out as an object's properties (no grouping)."""
        base = self.take_base()
        prefix = f"{'Map' if c.is_map else 'Set'}({c.size}) "
        if not c.size:
            return f"{base} {prefix}{{}}" if base else f"{prefix}{{}}"
        depth += 1
        self.current_depth = depth
        out = []
        self.indent += 2
        for i, v in enumerate(c.values[:100]):
            if c.is_map:
                out.append(f"{self.value(c.keys[i], depth)} => {self.value(v, depth)}")
            else:
                out.append(self.value(v, depth))
        self.indent -= 2
        if c.size > 100:
            more = c.size - 100
            out.append(f"... {more} more item{'s' if more > 1 else ''}")
        return self.reduce(out, base, (f"{prefix}{{", "}"), False, depth, None)

    def reduce(self, output: list, base: str, braces: tuple, is_array: bool, depth: int, value) -> str:
        entries = len(output)
        if is_array and entries > 6:
            output = self.group(output, value)
        if self.current_depth - depth < 3 and entries == len(output):
            start = len(output) + self.indent + len(braces[0]) + len(base) + 10
            if self.below_break(output, start, base):
                joined = ", ".join(output)
                if "\n" not in joined:
                    return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
        ind = "\n" + " " * self.indent
        return f"{base + ' ' if base else ''}{braces[0]}{ind}  {(',' + ind + '  ').join(output)}{ind}{braces[1]}"

    def below_break(self, output: list, start: int, base: str) -> bool:
        total = len(output) + start
        if total + len(output) > BREAK:
            return False
        for s in output:
            total += utf16_len(s)
            if total > BREAK:
                return False
        return base == "" or "\n" not in base

    def group(self, output: list, value: list) -> list:
        total = 0
        max_len = 0
        out_len = len(output)
        raw, more = value if value is not None else (None, False)
        if more:
            out_len -= 1
        sep = 2
        data_len = []
        for i in range(out_len):
            n = width(output[i])
            data_len.append(n)
            total += n + sep
            max_len = max(max_len, n)
        actual_max = max_len + sep
        if actual_max * 3 + self.indent < BREAK and (total / actual_max > 5 or max_len <= 6):
            average_bias = math.sqrt(actual_max - total / len(output))
            biased_max = max(actual_max - 3 - average_bias, 1)
            columns = min(round_half_up(math.sqrt(2.5 * biased_max * out_len) / biased_max),
                          (BREAK - self.indent) // actual_max, 3 * 4, 15)
            if columns <= 1:
                return output
            max_line = []
            for i in range(columns):
                line = 0
                for j in range(i, len(output), columns):
                    if j < len(data_len) and data_len[j] > line:
                        line = data_len[j]
                max_line.append(line + sep)
            numeric = raw is not None and all(isinstance(x, float) for x in raw[:len(output)])
            tmp = []
            for i in range(0, out_len, columns):
                mx = min(i + columns, out_len)
                s = ""
                j = i
                while j < mx - 1:   # padded to the column's width on screen
                    cell = output[j] + ", "
                    spaces = " " * max(max_line[j - i] - data_len[j] - sep, 0)
                    s += spaces + cell if numeric else cell + spaces
                    j += 1
                if numeric:
                    s += " " * max(max_line[j - i] - sep - data_len[j], 0) + output[j]
                else:
                    s += output[j]
                tmp.append(s)
            if more:
                tmp.append(output[out_len])
            return tmp
        return output


def round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))

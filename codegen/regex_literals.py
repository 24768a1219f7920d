"""Regular expression literals in the build: each evaluation makes a $RegExpObj
(codegen/regexp.wat) over the literal's program, compiled once at build time
(codegen/regex_compile.py) into an immutable global; `new RegExp("text", "flags")`
with literal arguments is the same as the literal, and so is the pattern a string's
`match("text")`, `matchAll("text")` or `search("text")` makes (codegen/calls.py). A pattern the matcher does
not implement is refused at the literal, naming the construct; one node rejects
is refused as the SyntaxError node would throw before running anything."""
from __future__ import annotations

from typing import Any

from .regex_compile import RegexSyntaxError, RegexUnsupported, compile_pattern, scan
from .resolve import Unsupported

FLAG_BITS = {"g": 1, "i": 2, "m": 4, "s": 8, "y": 16}


def regex_value(mod, e: Any, pattern: str, flags: str) -> str:
    """The code that makes a new regular expression object for (pattern, flags)."""
    key = (pattern, flags)
    got = mod.regex_programs.get(key)
    if got is None:
        try:
            c = compile_pattern(pattern, flags)
        except RegexUnsupported as exc:
            raise Unsupported(e, exc.what) from None
        except RegexSyntaxError as exc:
            raise Unsupported(e, f"an invalid regular expression (/{pattern}/: {exc})") from None
        name = f"$re_prog_{len(mod.regex_programs)}"
        got = mod.regex_programs[key] = (name, c)
    name, c = got
    bits = sum(FLAG_BITS[f] for f in flags)
    canonical = "".join(f for f in "dgimsuvy" if f in flags)   # node's `flags` order
    source = escape_source(pattern) if pattern else "(?:)"
    names = f"(global.get {name}_names)" if c.names else "(ref.null $Vals)"
    return (f"(call $re_new (global.get {name}) {mod.string(source)} {mod.string(canonical)} "
            f"(i32.const {c.slots}) (i32.const {c.groups}) (i32.const {bits}) {names})")


def escape_source(pattern: str) -> str:
    """The `source` of a pattern as V8 writes it (EscapeRegExpPattern): a `/` outside
    a class and a line terminator escaped, so `/${source}/` reads back as the same
    expression (a literal has neither; `new RegExp("a/b")` does)."""
    escapes = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}
    return "".join(escapes.get(t) or ("\\/" if t == "/" and not in_class else t) for _, t, in_class in scan(pattern))


def program_globals(mod) -> list[str]:
    """The globals holding the programs of the module's regular expressions."""
    out = []
    for name, c in mod.regex_programs.values():
        words = " ".join(f"(i32.const {w})" for w in c.program)
        out.append(f"(global {name} (ref $ReProg) (array.new_fixed $ReProg {len(c.program)} {words}))")
        if c.names:   # each group's name by its number (0, the whole match, has none)
            texts = " ".join(mod.string_init(n) if n is not None else "(ref.null any)" for n in [None] + c.names)
            out.append(f"(global {name}_names (ref $Vals) (array.new_fixed $Vals {len(c.names) + 1} {texts}))")
    return out


def new_regexp(mod, fl, e: Any) -> str:
    """`new RegExp("text", "flags")` with literal strings: the literal /text/flags."""
    args = e.arguments
    texts = [a.value for a in args if a.type == "Literal" and isinstance(a.value, str)]
    if len(texts) != len(args) or not 1 <= len(args) <= 2:
        raise Unsupported(e, "`new RegExp` of a pattern made at run time (write a regular expression literal)")
    return text_regexp(mod, e, texts[0], texts[1] if len(texts) > 1 else "")


def text_regexp(mod, e: Any, pattern: str, flags: str) -> str:
    """A regular expression made from a string's text (`new RegExp("text")`,
    `s.match("text")`), refused at e when the build cannot take it."""
    if "(?<" in pattern.replace("(?<=", "").replace("(?<!", ""):
        # (the analysis learns the groups' names from literals)
        raise Unsupported(e, "named groups in a pattern written as a string (write a regular expression literal)")
    return regex_value(mod, e, pattern, flags)

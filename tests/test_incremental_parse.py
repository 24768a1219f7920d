"""Incremental re-parsing (analysis/incremental.py) gives exactly a full parse.

The property: after any sequence of random edits (insertions and deletions of
snippets full of `;`, brackets, comment and string delimiters, newlines) to
real programs, what `parse` returns through a cache is identical to a fresh
full parse of the same text: node types, every field, every position
(`_start`, `_end`, `_line`, `_column`, `range`), the comments, the source type,
or the same error. The cache must also have actually spliced often enough for
that to mean something, and each reason to fall back is checked on its own.
"""
from __future__ import annotations

import glob
import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import incremental
from analysis.parse import Parsed, ParseError, parse, run_deep
from analysis.pipeline import run_analysis
from analysis.source import SourceText

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "tests", "programs", "*.js"))) + \
    sorted(glob.glob(os.path.join(ROOT, "benchmarks", "programs", "*.js")))

MODULE = """\
import { a } from './a.js';
// a module: strict, with exports
export const x = 1;
export function f(y) { return y + x; }
/* a block
   comment */
export class C { constructor() { this.v = a; } }
const list = [1, 2, 3];
for (const v of list) { f(v); }
export default f;
"""

STRICT = """\
#!/usr/bin/env node
'use strict';
"another directive";
// script, strict by its prologue
var n = 10;
function fib(k) { return k < 2 ? k : fib(k - 1) + fib(k - 2); }
label: for (let i = 0; i < 3; i++) { if (i) continue label; }
console.log(fib(n));
"""

SNIPPETS = [";", "(", ")", "[", "]", "{", "}", "/*", "*/", "//", "'", '"', "`", "${", "\n", " ", "\n\n",
            "a", "x = 1", "x = 1;", "(0)", "[0]", "`t`", "/re/g", ".p", "++", "-->", "<!--",
            "let z = 2;\n", "var v;\n", "const k = {};\n", "function g() {}\n", "class K {}\n",
            "if (a) b;\n", "else", "else {}", "}\n", "return;", "'use strict';\n", "\"s\";\n",
            "/* c */", "// c\n", "é", "\U0001F600", "import y from './y';\n", "export {};\n",
            "do {} while (0)\n", "\u2028"]


def _text(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def dump(n):
    """Every field of every node, positions included, in a comparable form."""
    if isinstance(n, list):
        return [dump(x) for x in n]
    if hasattr(n, "__dict__"):
        return {k: dump(v) for k, v in n.__dict__.items()}
    if isinstance(n, float) and n != n:
        return "NaN"
    return n


def outcome(r):
    if isinstance(r, Parsed):
        return ("parsed", r.source_type, dump(r.tree), dump(r.comments))
    assert isinstance(r, ParseError)
    return ("error", r.code, r.message, r.offset, r.line, r.column)


def full(path: str, text: str, package_type=None):
    return outcome(parse(SourceText.of(path, text), package_type))


class Session:
    """One cache and the texts parsed through it, as the server does."""

    def __init__(self, path: str, package_type=None):
        self.path = path
        self.package_type = package_type
        self.cache = incremental.ParseCache()

    def parse(self, text: str):
        with incremental.using(self.cache):
            return outcome(parse(SourceText.of(self.path, text), self.package_type))

    def check(self, text: str) -> str:
        """Parse through the cache; it must equal a full parse. Returns what the cache did."""
        got = self.parse(text)
        assert got == full(self.path, text, self.package_type), (self.cache.last, text)
        return self.cache.last


def apply(text: str, pos: float, op: str, snippet: str, length: int) -> str:
    i = int(pos * len(text))
    if op == "insert":
        return text[:i] + snippet + text[i:]
    if op == "delete":
        return text[:i] + text[i + length:]
    return text[:i] + snippet + text[i + length:]


EDITS = st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete", "replace"]),
                           st.sampled_from(SNIPPETS), st.integers(1, 12), st.booleans()),
                 min_size=1, max_size=8)

COUNTS: dict = {}


@settings(max_examples=80, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(PROGRAMS + ["<module>", "<strict>"]), EDITS)
def test_random_edits_give_exactly_a_full_parse(program, edits):
    if program == "<module>":
        path, text = os.path.join(ROOT, "m.mjs"), MODULE
    elif program == "<strict>":
        path, text = os.path.join(ROOT, "s.js"), STRICT
    else:
        path, text = program, _text(program)

    def run():
        s = Session(path)
        s.check(text)
        current, good = text, text
        for pos, op, snippet, length, from_good in edits:
            base = good if from_good else current   # editors go on typing from a broken text too
            current = apply(base, pos, op, snippet, length)
            what = s.check(current)
            COUNTS[what.split(" (")[0]] = COUNTS.get(what.split(" (")[0], 0) + 1
            if s.parse(current)[0] == "parsed":
                good = current
    run_deep(run)


def test_the_property_exercised_the_splice():
    """Many of the property's edits must have been spliced, or it proved
    little (it runs the property itself when run alone)."""
    if not COUNTS:
        test_random_edits_give_exactly_a_full_parse()
    assert COUNTS.get("incremental", 0) >= 20, COUNTS


def test_edits_of_every_program_statement_by_statement_are_spliced():
    """Deterministic: in each real program, change a number or an identifier in
    many statements one after the other; every result equals a full parse and
    nearly all are spliced."""
    rng = random.Random(6)

    def run():
        spliced = total = 0
        for path in PROGRAMS:
            text = _text(path)
            s = Session(path)
            s.check(text)
            for _ in range(6):
                spots = [i for i in range(len(text)) if text[i].isdigit() and not text[i - 1].isalnum()]
                if not spots:
                    break
                i = rng.choice(spots)
                text = text[:i] + "7" + text[i:]
                what = s.check(text)
                total += 1
                spliced += what == "incremental"
        assert total > 100
        assert spliced >= 0.6 * total, (spliced, total)
    run_deep(run)


# ---------------------------------------------------------------- each fallback, on its own
def _session_after(old: str, name: str = "t.js", package_type=None) -> Session:
    s = Session(os.path.join(ROOT, name), package_type)
    assert s.parse(old)[0] == "parsed"
    return s


def check_fallback(old: str, new: str, reason: str, name: str = "t.js") -> tuple:
    s = _session_after(old, name)
    what = s.check(new)
    assert what.startswith("fallback: " + reason), what
    return s.parse(new)


def test_a_small_edit_is_spliced_and_positions_move():
    old = "a();\n// one\nb();\nfunction f() { return 1; }\n/* two */ c(\n  2);\n"
    s = _session_after(old)
    new = old.replace("b();", "bb(1, 2);\nb2();")
    assert s.check(new) == "incremental"
    tree = s.parse(new)[2]
    assert [st["type"] for st in tree["body"]] == ["ExpressionStatement"] * 3 + \
        ["FunctionDeclaration", "ExpressionStatement"]


def test_fallback_when_the_fragment_does_not_parse():
    got = check_fallback("a();\nb();\nc();\n", "a();\nb(;\nc();\n", "the fragment does not parse")
    assert got[0] == "error"


def test_fallback_when_the_statement_before_could_be_continued():
    # `x = f` and `(b)()` join into `x = f(b)()` without a semicolon
    got = check_fallback("x = f\nfoo();\nbar();\n", "x = f\n(foo)();\nbar();\n",
                         "the statement before the change does not end")
    assert len(got[2]["body"]) == 2


def test_fallback_when_the_fragment_could_continue_into_the_next_statement():
    got = check_fallback("a();\nb();\n(c)();\n", "a();\nb = g\n(c)();\n",
                         "the fragment's last statement does not end")
    assert len(got[2]["body"]) == 2


def test_fallback_when_the_fragment_ends_in_a_line_comment():
    got = check_fallback("a(); b(); c();\n", "a(); // b(); c();\n", "the fragment ends in a line comment")
    assert len(got[2]["body"]) == 1


def test_fallback_when_the_change_touches_the_directive_prologue():
    check_fallback("'use strict';\n'x';\nfoo();\nbar();\n", "'use strict';\n'y';\nfoo();\nbar();\n",
                   "the change touches the directive prologue")


def test_fallback_when_the_fragment_could_extend_the_prologue():
    # after the change `with` is in strict code: a full parse rejects it
    got = check_fallback("'x';\nfoo();\nwith (o) {}\n", "'x';\n'use strict';\nwith (o) {}\n",
                         "the change could extend the directive prologue")
    assert got[0] == "error"


def test_fallback_when_the_change_spans_the_whole_program():
    check_fallback("foo(1);\n", "foo(2);\n", "the change spans the whole program")


def test_fallback_on_a_program_wide_early_error():
    got = check_fallback("let a = 1;\nfoo();\nbar();\n", "let a = 1;\nlet a = 2;\nbar();\n",
                         "program-wide early error")
    assert got[0] == "error" and "already been declared" in got[2]


def test_fallback_when_a_module_might_now_be_a_script():
    old = "foo();\nimport a from './a';\nbar();\n"
    s = _session_after(old)
    assert s.parse(old)[1] == "module"
    assert s.check(old.replace("foo", "goo")).startswith("fallback: the file might parse as a script")
    # after the import, the text still cannot be a script: spliced
    assert s.check(old.replace("foo", "goo").replace("bar", "baz")) == "incremental"


def test_fallback_when_the_source_type_rules_differ():
    s = _session_after("a();\nb();\nc();\n")
    s.package_type = "module"
    assert s.check("a();\nb(2);\nc();\n").startswith("fallback: source type rules differ")


def test_no_splice_after_the_commonjs_return_wrapper():
    s = _session_after("a();\nif (x) return;\nb();\n")
    assert s.check("a();\nif (x) return;\nb(2);\n") == "fallback: no previous tree"


def test_a_failed_splice_keeps_the_last_good_tree_as_the_base():
    old = "a();\nb();\nc();\n"
    s = _session_after(old)
    assert s.check("a();\nb(;\nc();\n").startswith("fallback")
    assert s.check("a();\nb(1);\nc();\n") == "incremental"


def test_analysis_does_not_write_to_the_tree_and_plans_match(tmp_path):
    """Trees are reused between versions, so the analysis must leave them as
    parsed; and an analysis through the cache gives the plan a full one gives."""
    src = _text(os.path.join(ROOT, "benchmarks", "programs", "deltablue.js"))
    path = str(tmp_path / "d.js")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(src)
    cache = incremental.ParseCache()

    def run():
        with incremental.using(cache):
            run_analysis([path], {path: src})
        [entry] = cache.entries.values()
        assert dump(entry.tree) == full(entry.tree and path, src)[2]
        i = src.index("function ", len(src) // 2)
        new = src[:i] + "var extra = { p: 1 };\n" + src[i:]
        with incremental.using(cache):
            spliced = run_analysis([path], {path: new})
        assert cache.last == "incremental"
        plain = run_analysis([path], {path: new})
        a, b = spliced.to_json(), plain.to_json()
        a.pop("timings", None), b.pop("timings", None)
        assert a == b
    run_deep(run)


def test_removing_text_before_the_first_statement_moves_the_program():
    # (found by the property above) a change only before the first statement
    # leaves the fragment empty; the program starts where its first statement does
    s = Session(os.path.join(ROOT, "lead.js"))
    s.check("\n;\n// a comment\nlet a = 1;\n")
    s.check(";\n// a comment\nlet a = 1;\n")
    s.check("\n\n  ;\n// a comment\nlet a = 1;\n")

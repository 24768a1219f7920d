"""Regular expressions: a pattern compiled to a program for the backtracking matcher.

Model. A regular expression literal is parsed here, at build time, into a tree
(characters, classes, sequences, alternatives, groups, repetitions, assertions,
lookaheads, backreferences) and compiled into a flat program of i32 words that
the runtime's matcher ($re_run, codegen/regexp.wat) interprets with an explicit
backtracking stack, as ECMAScript's pattern semantics specify: alternatives and
greedy repetitions try their first choice first and come back to the others on
failure; lazy repetitions the other way round.

Instructions (operands follow the opcode):

    MATCH                    the match ends here
    CHAR c                   the code unit c
    ANY / ANY_ALL            any unit but a line terminator / any unit (flag s)
    CLASS neg n lo hi ...    a unit in (neg: not in) the n ranges [lo, hi]
    SPLIT a b                go on at a; on failure come back and go on at b
    JMP a
    SAVE k                   capture slot k := the position (undone on backtracking)
    BOL / MBOL, EOL / MEOL   ^ and $ (M: flag m, at line terminators too)
    WORDB / NWORDB           \\b and \\B
    BACKREF k                the text group k captured (nothing when it did not take part)
    LOOK neg len             a lookahead or lookbehind: the next len words are its
                             program (ending in MATCH), run at this position; a
                             lookbehind's program matches right to left, with the
                             backward forms CHAR_B, ANY_B, ANY_ALL_B, CLASS_B and
                             BACKREF_B of the consuming instructions (they take the
                             unit before the position), its sequences reversed and
                             its groups' ends saved first, as the spec's
                             direction -1 does
    RESET a b                slots a..b-1 := unset (a repetition's groups, at each iteration)
    MARK k / CHECK k         slot k := the position / fail if it is still the position:
                             an iteration beyond a repetition's minimum that matched
                             nothing fails (the spec's empty check)

Slots 0 and 1 hold the whole match; group g's are 2g and 2g+1; MARK slots
follow. With flag i, a letter matches either case and a class holds both cases
of its ASCII letters: for a pattern of ASCII characters that is ECMAScript's
Canonicalize (non-unicode mode never maps a unit beyond ASCII to one within).
What the matcher does not implement is refused here, at the literal, with the
construct named: the flags u, d and v, a class or character
beyond ASCII with flag i, backreferences with flag i, more than MAX_GROUPS
groups, and legacy octal escapes. Named groups `(?<name>...)` are numbered
groups with a name (`names`); `\\k<name>` is a backreference to one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

MATCH, CHAR, ANY, ANY_ALL, CLASS, SPLIT, JMP, SAVE, BOL, MBOL, EOL, MEOL, WORDB, NWORDB, BACKREF, LOOK, \
    RESET, MARK, CHECK, CHAR_B, ANY_B, ANY_ALL_B, CLASS_B, BACKREF_B = range(24)
# the backward form of each consuming instruction (inside a lookbehind)
BACKWARD = {CHAR: CHAR_B, ANY: ANY_B, ANY_ALL: ANY_ALL_B, CLASS: CLASS_B, BACKREF: BACKREF_B}

INF = -1
# the groups a replacer function's parameters are modelled with (analysis/builtins.py,
# REPLACER_ARGS, less the position and the string)
MAX_GROUPS = 10
MAX_PROGRAM = 8000   # words (array.new_fixed takes at most 10,000 operands): a repetition count that would make more is refused

DIGITS = [(48, 57)]
WORD = [(48, 57), (65, 90), (95, 95), (97, 122)]
SPACE = [(9, 13), (32, 32), (160, 160), (5760, 5760), (8192, 8202), (8232, 8233), (8239, 8239),
         (8287, 8287), (12288, 12288), (65279, 65279)]


class RegexUnsupported(Exception):
    """A pattern the matcher does not implement: `what` names the construct."""
    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


class RegexSyntaxError(Exception):
    """A pattern node rejects: the message is V8's SyntaxError's ending."""


@dataclass
class Node:
    kind: str                       # char class seq alt group repeat assert look backref any
    value: int = 0                  # char: the unit; group/backref: the number; assert: the opcode
    ranges: list = field(default_factory=list)
    neg: bool = False
    items: list = field(default_factory=list)
    lo: int = 0
    hi: int = 0
    greedy: bool = True


@dataclass
class Compiled:
    program: list
    groups: int          # capture groups, without the whole match
    slots: int           # capture slots and MARK slots
    names: list = field(default_factory=list)   # each group's name (None: unnamed), when any is named


def compile_pattern(pattern: str, flags: str) -> Compiled:
    for f in flags:
        if f in "uvd":
            raise RegexUnsupported(f"the regular expression flag `{f}`")
        if f not in "gimsy" or flags.count(f) > 1:
            raise RegexSyntaxError(f"Invalid flags supplied to RegExp constructor '{flags}'")
    p = _Parser(pattern, "i" in flags)
    tree = p.parse()
    if p.groups > MAX_GROUPS:
        raise RegexUnsupported(f"a regular expression with more than {MAX_GROUPS} capture groups")
    c = _Compiler(p.groups, "i" in flags, "m" in flags, "s" in flags)
    code = [SAVE, 0] + c.emit(tree) + [SAVE, 1, MATCH]
    if len(code) > MAX_PROGRAM:
        raise RegexUnsupported(f"a regular expression whose program would be longer than {MAX_PROGRAM} steps "
                               "(large repetition counts, nested)")
    names = [p.names.get(k) for k in range(1, p.groups + 1)] if p.names else []
    return Compiled(code, p.groups, c.next_slot, names)


def scan(pattern: str):
    """The pattern's pieces in order: (position, text, inside a class?), an escape
    (a backslash and the character after it) being one piece."""
    i, in_class = 0, False
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            yield i, pattern[i:i + 2], in_class
            i += 2
            continue
        ch = pattern[i]
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        yield i, ch, in_class
        i += 1


class _Parser:
    def __init__(self, src: str, icase: bool):
        self.s = src
        self.i = 0
        self.icase = icase
        self.groups = 0
        self.names: dict = {}          # group number -> name
        self.named_refs: list = []     # (name) of each \\k<name>
        self.backrefs: list = []
        # the number of groups, for telling \\N (a backreference) from other escapes,
        # and whether any is named (then \\k<name> is a reference, else the letter k)
        self.total = self._count_groups()
        self.has_names = re.search(r"\(\?<[^=!]", src) is not None

    def _count_groups(self) -> int:
        s = self.s
        return sum(1 for i, t, in_class in scan(s) if t == "(" and not in_class and (
            not s.startswith("(?", i) or (s.startswith("(?<", i) and not s.startswith(("(?<=", "(?<!"), i))))

    def parse(self) -> Node:
        node = self.disjunction()
        if self.i < len(self.s):
            raise RegexSyntaxError("Unmatched ')'")
        for k in self.backrefs:
            if k > self.groups:
                raise RegexUnsupported("a backreference to a group that does not exist (a legacy octal escape)")
        by_name = {v: k for k, v in self.names.items()}
        for ref in self.named_refs:
            if ref.name not in by_name:
                raise RegexSyntaxError("Invalid named capture referenced")
            ref.value = by_name[ref.name]
        return node

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def disjunction(self) -> Node:
        alts = [self.alternative()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.alternative())
        return alts[0] if len(alts) == 1 else Node("alt", items=alts)

    def alternative(self) -> Node:
        items = []
        while self.i < len(self.s) and self.peek() not in "|)":
            items.append(self.term())
        return Node("seq", items=items)

    def term(self) -> Node:
        s, ch = self.s, self.peek()
        if ch == "^":
            self.i += 1
            return Node("assert", value=BOL)
        if ch == "$":
            self.i += 1
            return Node("assert", value=EOL)
        if s.startswith("\\b", self.i) or s.startswith("\\B", self.i):
            self.i += 2
            return Node("assert", value=WORDB if ch == "\\" and s[self.i - 1] == "b" else NWORDB)
        if s.startswith("(?=", self.i) or s.startswith("(?!", self.i):
            neg = s[self.i + 2] == "!"
            self.i += 3
            body = self.disjunction()
            self.expect(")")
            look = Node("look", neg=neg, items=[body])
            # (Annex B: a lookahead may be quantified; it then matches as if it were not)
            if self.quantifier_at():
                self.quantifier()
            return look
        if s.startswith("(?<=", self.i) or s.startswith("(?<!", self.i):
            neg = s[self.i + 3] == "!"
            self.i += 4
            body = self.disjunction()
            self.expect(")")
            return Node("look", neg=neg, items=[body], lo=1)   # (lo 1: behind)
        atom = self.atom()
        if self.quantifier_at():
            lo, hi, greedy = self.quantifier()
            return Node("repeat", items=[atom], lo=lo, hi=hi, greedy=greedy)
        return atom

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise RegexSyntaxError("Unterminated group" if ch == ")" else f"expected {ch}")
        self.i += 1

    def quantifier_at(self) -> bool:
        ch = self.peek()
        return ch in ("*", "+", "?") or (ch == "{" and self._braces() is not None)

    def _braces(self) -> Optional[tuple]:
        m = re.match(r"\{(\d+)(,(\d*))?\}", self.s[self.i:])
        if m is None:
            return None
        lo = int(m.group(1))
        hi = lo if m.group(2) is None else (INF if m.group(3) == "" else int(m.group(3)))
        return lo, hi, m.end()

    def quantifier(self) -> tuple:
        ch = self.peek()
        if ch == "*":
            lo, hi, n = 0, INF, 1
        elif ch == "+":
            lo, hi, n = 1, INF, 1
        elif ch == "?":
            lo, hi, n = 0, 1, 1
        else:
            lo, hi, n = self._braces()
            if hi != INF and hi < lo:
                raise RegexSyntaxError("numbers out of order in {} quantifier")
        self.i += n
        greedy = True
        if self.peek() == "?":
            greedy = False
            self.i += 1
        if self.quantifier_at() and self.peek() != "{":
            raise RegexSyntaxError("Nothing to repeat")
        return lo, hi, greedy

    def atom(self) -> Node:
        s, ch = self.s, self.peek()
        if ch == "(":
            if s.startswith("(?:", self.i):
                self.i += 3
                body = self.disjunction()
                self.expect(")")
                return body
            name = None
            if s.startswith("(?<", self.i):
                m = re.match(r"\(\?<([A-Za-z_$][\w$]*)>", s[self.i:])
                if m is None:
                    raise RegexUnsupported("a group name beyond ASCII letters, digits, _ and $ in a regular expression")
                name = m.group(1)
                if name in self.names.values():
                    raise RegexSyntaxError("Duplicate capture group name")
                self.i += m.end() - 1
            elif s.startswith("(?", self.i):
                raise RegexSyntaxError("Invalid group")
            self.i += 1
            self.groups += 1
            k = self.groups
            if name is not None:
                self.names[k] = name
            body = self.disjunction()
            self.expect(")")
            return Node("group", value=k, items=[body])
        if ch in ("*", "+", "?"):
            raise RegexSyntaxError("Nothing to repeat")
        if ch == "{" and self._braces() is not None:
            raise RegexSyntaxError("Nothing to repeat")
        if ch == ".":
            self.i += 1
            return Node("any")
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        self.i += 1
        return self.char(ord(ch))

    def char(self, c: int) -> Node:
        if self.icase and c > 127 and chr(c).upper() != chr(c).lower():
            raise RegexUnsupported("a letter beyond ASCII in a regular expression with the flag `i`")
        return Node("char", value=c)

    def escape(self) -> Node:
        s = self.s
        self.i += 1
        if self.i >= len(s):
            raise RegexSyntaxError("\\ at end of pattern")
        ch = s[self.i]
        got = self.class_escape()
        if got is not None:
            return Node("class", ranges=got[0], neg=got[1])
        if ch == "k" and self.has_names:
            m = re.match(r"k<([A-Za-z_$][\w$]*)>", s[self.i:])
            if m is None:
                raise RegexSyntaxError("Invalid named reference")
            if self.icase:
                raise RegexUnsupported("a backreference in a regular expression with the flag `i`")
            self.i += m.end()
            ref = Node("backref")
            ref.name = m.group(1)
            self.named_refs.append(ref)
            return ref
        if ch.isdigit() and ch != "0":
            j = self.i
            while j < len(s) and s[j].isdigit():
                j += 1
            k = int(s[self.i:j])
            if k > self.total:
                raise RegexUnsupported("a legacy octal escape in a regular expression")
            if self.icase:
                raise RegexUnsupported("a backreference in a regular expression with the flag `i`")
            self.i = j
            self.backrefs.append(k)
            return Node("backref", value=k)
        return self.char(self.escaped_unit(in_class=False))

    def escaped_unit(self, in_class: bool) -> int:
        """The unit of an escape at self.i (after the backslash), which it consumes."""
        s = self.s
        ch = s[self.i]
        self.i += 1
        simple = {"n": 10, "r": 13, "t": 9, "v": 11, "f": 12}
        if ch in simple:
            return simple[ch]
        if ch == "b" and in_class:
            return 8
        if ch == "0":
            if self.i < len(s) and s[self.i].isdigit():
                raise RegexUnsupported("a legacy octal escape in a regular expression")
            return 0
        if ch == "x" and _hex(s[self.i:self.i + 2], 2):
            self.i += 2
            return int(s[self.i - 2:self.i], 16)
        if ch == "u" and _hex(s[self.i:self.i + 4], 4):
            self.i += 4
            return int(s[self.i - 4:self.i], 16)
        if ch == "c" and self.i < len(s) and s[self.i].isalpha() and s[self.i].isascii():
            self.i += 1
            return ord(s[self.i - 1]) % 32
        if ch in "pPk" and (self.i < len(s) and s[self.i] in "{<"):
            raise RegexUnsupported(f"the escape `\\{ch}` in a regular expression")
        if ch.isdigit():
            raise RegexUnsupported("a legacy octal escape in a regular expression")
        return ord(ch)   # an identity escape: the character itself

    def char_class(self) -> Node:
        s = self.s
        self.i += 1
        neg = False
        if self.peek() == "^":
            neg = True
            self.i += 1
        ranges: list = []
        escaped: set = set()   # the ranges that came from class escapes
        while True:
            if self.i >= len(s):
                raise RegexSyntaxError("Unterminated character class")
            if s[self.i] == "]":
                self.i += 1
                break
            lo = self.class_atom()
            if isinstance(lo, int) and self.peek() == "-" and self.i + 1 < len(s) and s[self.i + 1] != "]":
                self.i += 1
                hi = self.class_atom()
                if isinstance(hi, int):
                    if hi < lo:
                        raise RegexSyntaxError("Range out of order in character class")
                    ranges.append((lo, hi))
                    continue
                ranges.append((lo, lo))   # (Annex B: `[a-\\d]` is a, -, and the digits)
                ranges.append((45, 45))
                ranges.extend(hi)
                escaped.update(hi)
                continue
            if isinstance(lo, int):
                ranges.append((lo, lo))
            else:
                ranges.extend(lo)
                escaped.update(lo)
        if self.icase:
            # the class escapes' sets (\\s, \\W, ...) hold both cases of every letter
            # they hold; a unit written beyond ASCII might not
            written = [r for r in ranges if r not in escaped]
            if any(h > 127 for _, h in written):
                raise RegexUnsupported("a class beyond ASCII in a regular expression with the flag `i`")
            ranges = ranges + _other_case(ranges)
        return Node("class", ranges=ranges, neg=neg)

    def class_atom(self):
        """A unit, or the ranges of a class escape (\\d, \\w, \\s and their negations)."""
        s = self.s
        ch = s[self.i]
        if ch != "\\":
            self.i += 1
            return ord(ch)
        self.i += 1
        if self.i >= len(s):
            raise RegexSyntaxError("\\ at end of pattern")
        got = self.class_escape()
        if got is not None:
            return _complement(got[0]) if got[1] else got[0]
        return self.escaped_unit(in_class=True)

    def class_escape(self) -> Optional[tuple]:
        """(ranges, negated) of \\d \\w \\s \\D \\W \\S at self.i (after the
        backslash), which it consumes; None for any other escape."""
        e = self.s[self.i]
        if e not in "dDwWsS":
            return None
        self.i += 1
        return list({"d": DIGITS, "w": WORD, "s": SPACE}[e.lower()]), e.isupper()


def _hex(t: str, n: int) -> bool:
    return len(t) == n and all(c in "0123456789abcdefABCDEF" for c in t)


def _complement(ranges: list) -> list:
    out, at = [], 0
    for lo, hi in sorted(ranges):
        if lo > at:
            out.append((at, lo - 1))
        at = max(at, hi + 1)
    if at <= 0xFFFF:
        out.append((at, 0xFFFF))
    return out


def _other_case(ranges: list) -> list:
    """The ASCII letters of the ranges in their other case."""
    out = []
    for lo, hi in ranges:
        for a, b, d in ((65, 90, 32), (97, 122, -32)):
            x, y = max(lo, a), min(hi, b)
            if x <= y:
                out.append((x + d, y + d))
    return out


class _Compiler:
    def __init__(self, groups: int, icase: bool, multiline: bool, dotall: bool):
        self.icase = icase
        self.multiline = multiline
        self.dotall = dotall
        self.next_slot = 2 * (groups + 1)
        self.backward = False   # inside a lookbehind: matching right to left

    def emit(self, n: Node) -> list:
        out = self.emit_forward(n)
        if self.backward and n.kind in ("char", "any", "class", "backref"):
            out[0] = BACKWARD[out[0]]   # (a letter with the flag i is a CLASS)
        return out

    def emit_forward(self, n: Node) -> list:
        k = n.kind
        if k == "char":
            c = n.value
            if self.icase and (65 <= c <= 90 or 97 <= c <= 122):
                other = c ^ 32
                return [CLASS, 0, 2, c, c, other, other]
            return [CHAR, c]
        if k == "any":
            return [ANY_ALL if self.dotall else ANY]
        if k == "class":
            rs = _merge(n.ranges)
            out = [CLASS, 1 if n.neg else 0, len(rs)]
            for lo, hi in rs:
                out += [lo, hi]
            return out
        if k == "seq":
            out = []
            for x in (reversed(n.items) if self.backward else n.items):
                out += self.emit(x)
            return out
        if k == "alt":
            return self.alternatives([self.emit(x) for x in n.items])
        if k == "group":
            first, last = 2 * n.value, 2 * n.value + 1
            if self.backward:   # (its end is reached first)
                first, last = last, first
            return [SAVE, first] + self.emit(n.items[0]) + [SAVE, last]
        if k == "backref":
            return [BACKREF, n.value]
        if k == "assert":
            op = n.value
            if self.multiline and op in (BOL, EOL):
                op = MBOL if op == BOL else MEOL
            return [op]
        if k == "look":
            outer, self.backward = self.backward, n.lo == 1
            body = self.emit(n.items[0]) + [MATCH]
            self.backward = outer
            return [LOOK, 1 if n.neg else 0, len(body)] + body
        if k == "repeat":
            return self.repeat(n)
        raise AssertionError(k)

    def alternatives(self, progs: list) -> list:
        """SPLIT chains: each alternative tried in order."""
        if len(progs) == 1:
            return progs[0]
        first, rest = progs[0], self.alternatives(progs[1:])
        # SPLIT +3 +(3 + len(first) + 2); first; JMP +(2 + len(rest)); rest (jumps are
        # relative to their instruction, so code is placed anywhere as it is)
        return [SPLIT, 3, 3 + len(first) + 2] + first + [JMP, 2 + len(rest)] + rest

    def repeat(self, n: Node) -> list:
        body_node = n.items[0]
        body = self.emit(body_node)
        lo_slot, hi_slot = _group_slots(body_node)
        reset = [RESET, lo_slot, hi_slot] if hi_slot > lo_slot else []
        once = reset + body
        count = n.lo + (1 if n.hi == INF else n.hi - n.lo)
        if len(once) * max(count, 1) > MAX_PROGRAM:
            raise RegexUnsupported("a repetition count that makes the regular expression too large "
                                   f"(more than {MAX_PROGRAM} steps)")
        out = []
        for _ in range(n.lo):
            out += once
        # an iteration beyond the minimum that matches nothing fails (the spec's
        # RepeatMatcher): MARK the position before it, CHECK that it moved
        mark, check = [], []
        if _nullable(body_node) and n.hi != n.lo:
            slot = self.next_slot
            self.next_slot += 1
            mark, check = [MARK, slot], [CHECK, slot]
        if n.hi == INF:
            # L: SPLIT body, end ; [MARK] body [CHECK] ; JMP L
            loop_body = mark + once + check
            total = 3 + len(loop_body) + 2
            split = [SPLIT, 3, total] if n.greedy else [SPLIT, total, 3]
            out += split + loop_body + [JMP, -(3 + len(loop_body))]
        else:
            tail: list = []
            for _ in range(n.hi - n.lo):
                inner = mark + once + check + tail
                split = [SPLIT, 3, 3 + len(inner)] if n.greedy else [SPLIT, 3 + len(inner), 3]
                tail = split + inner
            out += tail
        return out


def _merge(ranges: list) -> list:
    out: list = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _group_slots(n: Node) -> tuple:
    """The capture slots of the groups inside n: (first, end) or (0, 0)."""
    ks = []

    def walk(x):
        if x.kind == "group":
            ks.append(x.value)
        for y in x.items:
            walk(y)
    walk(n)
    return (2 * min(ks), 2 * max(ks) + 2) if ks else (0, 0)


def _nullable(n: Node) -> bool:
    """Can n match the empty string?"""
    k = n.kind
    if k in ("char", "class", "any"):
        return False
    if k in ("assert", "look", "backref"):
        return True
    if k == "seq":
        return all(_nullable(x) for x in n.items)
    if k == "alt":
        return any(_nullable(x) for x in n.items)
    if k == "group":
        return _nullable(n.items[0])
    if k == "repeat":
        return n.lo == 0 or _nullable(n.items[0])
    raise AssertionError(k)

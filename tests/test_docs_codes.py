"""docs/diagnostics.md documents every diagnostic code, and only real ones.

Tools link to `docs/diagnostics.md#<code>`, so each code needs a level-2
heading that is exactly the code name in backticks.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.codes import CODES

DOC = Path(__file__).parent.parent / "docs" / "diagnostics.md"
HEADING = re.compile(r"^## `([^`]+)`\s*$")


def _sections() -> list[tuple[str, str]]:
    """(code name, section text) for each `## \\`name\\`` heading, in order.

    Lines inside fenced code blocks are not headings.
    """
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith("## "):
            m = HEADING.match(line)
            assert m, f"level-2 heading is not a code name in backticks: {line!r}"
            sections.append((m.group(1), []))
            continue
        if sections:
            sections[-1][1].append(line)
    return [(name, "\n".join(body)) for name, body in sections]


SECTIONS = _sections()
SECTION = dict(SECTIONS)


def test_headings_are_unique():
    names = [name for name, _ in SECTIONS]
    assert len(names) == len(set(names)), "a code has two sections"


@pytest.mark.parametrize("name", list(CODES))
def test_every_code_is_documented(name):
    assert name in SECTION, f"docs/diagnostics.md has no '## `{name}`' heading"


def test_no_stale_sections():
    stale = [name for name, _ in SECTIONS if name not in CODES]
    assert not stale, f"sections for codes that do not exist: {stale}"


def test_sections_follow_catalogue_order():
    assert [name for name, _ in SECTIONS] == list(CODES)


@pytest.mark.parametrize("name", list(CODES))
def test_section_states_default_severity(name):
    severity = CODES[name].severity.value
    assert f"Default severity: **{severity}**" in SECTION.get(name, ""), name


@pytest.mark.parametrize("name", list(CODES))
def test_section_has_fix(name):
    assert "Fix:" in SECTION.get(name, ""), name


@pytest.mark.parametrize("name", [n for n, c in CODES.items() if c.category != "input"])
def test_section_has_js_example(name):
    assert "```js" in SECTION.get(name, ""), f"section `{name}` has no ```js example"

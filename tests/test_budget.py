"""The two limits that keep the analysis linear on very dynamic code: a call
with too many possible targets is treated as unknown code, and a fixed point
that takes more work than the program's size warrants stops with a safe
answer (every object a map, every site heap) and one warning."""
import analysis.pipeline as pipeline
from analysis import analyze
from analysis.constraints import MAX_TARGETS


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def test_call_with_too_many_targets_is_unresolved(tmp_path):
    n = MAX_TARGETS + 6
    handlers = "\n".join(f"  h{i}(e) {{ return e.k + {i}; }}," for i in range(n))
    src = (f"const table = {{\n{handlers}\n}};\n"
           "function dispatch(name) {\n"
           "  const event = { k: 1 };\n"
           "  return table[name](event);\n"
           "}\n"
           "console.log(dispatch(process.argv[2]));\n")
    path = write(tmp_path, "dispatch.js", src)
    plan = analyze([path])
    [event] = [s for s in plan.sites if s.location.line == n + 4 and s.kind == "object"]
    assert event.representation == "map"
    assert [d.code for d in event.deopt] == ["unresolved-call"]
    assert event.deopt[0].location.line == n + 5          # at the call
    assert "more than" in event.deopt[0].message
    assert event.locality == "heap"


def test_few_targets_are_followed(tmp_path):
    handlers = "\n".join(f"  h{i}(e) {{ return e.k + {i}; }}," for i in range(5))
    src = (f"const table = {{\n{handlers}\n}};\n"
           "function dispatch(name) {\n"
           "  const event = { k: 1 };\n"
           "  return table[name](event);\n"
           "}\n"
           "console.log(dispatch(process.argv[2]));\n")
    plan = analyze([write(tmp_path, "dispatch.js", src)])
    [event] = [s for s in plan.sites if s.location.line == 9 and s.kind == "object"]
    assert event.representation in ("struct", "scalar")
    assert event.deopt == ()


def test_work_budget_gives_a_safe_answer_and_one_warning(tmp_path, monkeypatch):
    src = ("class P { constructor(x) { this.x = x; } }\n"
           "function make(i) { return new P(i); }\n"
           "const all = [];\n"
           "for (let i = 0; i < 10; i++) all.push(make(i));\n"
           "console.log(all.length);\n")
    path = write(tmp_path, "small.js", src)
    normal = analyze([path])
    assert any(s.representation == "struct" for s in normal.sites)
    assert not [d for d in normal.diagnostics if d.code == "analysis-budget"]

    monkeypatch.setattr(pipeline, "WORK_BASE", 0)
    monkeypatch.setattr(pipeline, "WORK_PER_LINE", 1)
    starved = analyze([path])
    budget = [d for d in starved.diagnostics if d.code == "analysis-budget"]
    assert len(budget) == 1 and budget[0].severity == "warning"
    assert [d.code for d in starved.diagnostics] == ["analysis-budget"]     # nothing partial is claimed
    assert len(starved.sites) == len(normal.sites)                          # every site still listed
    for s in starved.sites:
        assert s.locality == "heap"
        if s.kind in ("object", "new", "array"):
            assert s.representation == "map"
            assert [d.code for d in s.deopt] == ["analysis-budget"]
    assert starved.types == []

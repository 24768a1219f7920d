"""Static dispatch at polymorphic call sites (codegen/calls.py poly_call): where
the plan types a receiver as one class hierarchy whose classes have different
methods of the called name, the call is a chain of type tests, each calling its
class's own method through the unboxed entry, instead of the per-name
dispatcher. Output equal to node's is checked by c92 and the benchmark programs
of the differential suite."""
from __future__ import annotations

import re
from pathlib import Path

from codegen.build import build   # (inline=False: the lowering's own code, codegen/inline.py)

PROGRAMS = Path(__file__).resolve().parent / "programs"


def poly_blocks(wat: str) -> list[str]:
    """Each `(block $polyN ...)` of the module, up to its closing parenthesis."""
    out = []
    for m in re.finditer(r"\(block \$poly\d+ ", wat):
        depth, i = 0, m.start()
        while True:
            c = wat[i]
            depth += c == "("
            depth -= c == ")"
            i += 1
            if depth == 0:
                break
        out.append(wat[m.start():i])
    return out


def calls_of(block: str) -> set[str]:
    return set(re.findall(r"\(call (\$f\d+_\w+(?:\.d)?) ", block))


def test_each_class_gets_its_own_method_unboxed() -> None:
    wat = build(str(PROGRAMS / "c92_polymorphic_typed_calls.js"), inline=False).wat
    blocks = poly_blocks(wat)
    area = [b for b in blocks if any(c.endswith("_area.d") for c in calls_of(b))]
    assert area, "s.area() is not a chain of direct calls"
    b = area[0]
    names = {re.sub(r"^\$f\d+_", "", c) for c in calls_of(b)}
    assert {"Circle_area.d", "Rect_area.d", "Square_area.d"} <= names
    # the methods return numbers: so does the chain, nothing is boxed on the way
    assert b.startswith("(block $poly") and "(result f64)" in b[:40]
    assert "$box" not in b.split("$call.area")[0]


def test_a_subclass_is_tested_before_its_instantiated_parent() -> None:
    wat = build(str(PROGRAMS / "c92_polymorphic_typed_calls.js"), inline=False).wat
    scale = [b for b in poly_blocks(wat) if any(c.endswith("_Square_scale") or c.endswith("_Square_scale.d")
                                                 for c in calls_of(b))]
    assert scale
    b = scale[0]
    # Rect has instances and a subclass: a Square meets its own row first
    assert b.index("(ref.test (ref $js.Square)") < b.index("(ref.test (ref $js.Rect)")
    # a receiver no row takes still has the per-name dispatcher
    assert "(call $call.scale)" in b


def test_object_prototype_names_keep_the_dispatcher() -> None:
    wat = build(str(PROGRAMS / "c92_polymorphic_typed_calls.js"), inline=False).wat
    assert not [b for b in poly_blocks(wat) if any("toString" in c for c in calls_of(b))]


def test_deltablue_constraint_calls_go_to_each_class() -> None:
    wat = build(str(PROGRAMS / "b02_deltablue.js"), inline=False).wat
    chains = [{re.sub(r"^\$f\d+_", "", c) for c in calls_of(b)} for b in poly_blocks(wat)]
    # c.isSatisfied() on a Constraint: the unary and binary methods, both unboxed
    assert {"UnaryConstraint_isSatisfied.d", "BinaryConstraint_isSatisfied.d"} in chains
    # a three-way override: ScaleConstraint's own below BinaryConstraint's
    assert {"UnaryConstraint_markInputs.d", "BinaryConstraint_markInputs.d", "ScaleConstraint_markInputs.d"} in chains


def test_receivers_of_unrelated_classes_get_a_chain() -> None:
    # c121: Circle, Rect (with its subclass Square) and Label share no superclass;
    # the plan's read union makes `s.area()` a chain over all four, unboxed
    wat = build(str(PROGRAMS / "c121_union_receivers.js"), inline=False).wat
    area = [b for b in poly_blocks(wat) if any(c.endswith("_Label_area.d") for c in calls_of(b))]
    assert area, "s.area() on a union receiver is not a chain of direct calls"
    b = area[0]
    names = {re.sub(r"^\$f\d+_", "", c) for c in calls_of(b)}
    assert {"Circle_area.d", "Rect_area.d", "Label_area.d"} <= names
    assert "(result f64)" in b[:40] and "$box" not in b.split("$call.area")[0]
    assert b.index("(ref.test (ref $js.Square)") < b.index("(ref.test (ref $js.Rect)")
    # name() returns a string in two classes and a number in one: the chain's
    # result is a dynamic value, each row still a direct call
    name = [b for b in poly_blocks(wat) if any(c.endswith("_Label_name") or c.endswith("_Label_name.d")
                                               for c in calls_of(b))]
    assert name and "(result anyref)" in name[0][:40]

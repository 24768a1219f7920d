"""shapescape's analysis: JavaScript source -> the plan.

    from analysis import analyze
    plan = analyze(["src/"])          # files or folders; the closed world grows from them
    plan.to_json()                    # the documented JSON form

Pure library: no LSP, no wasm. `overrides` maps paths to unsaved editor text.
Everything runs on one deep-stack thread (see parse.run_deep) so deeply nested
input fails with a diagnostic, not a RecursionError.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .plan import Plan


def analyze(paths: list[str], overrides: Optional[dict[str, str]] = None) -> "Plan":
    from .parse import run_deep
    from .pipeline import run_analysis
    return run_deep(lambda: run_analysis(paths, overrides))


def __getattr__(name: str):
    # The package loads its passes when first asked: `shapescape run` of a built
    # module imports only analysis.jsnumber (the host prints numbers with it).
    if name == "Plan":
        from .plan import Plan
        return Plan
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


__all__ = ["analyze", "Plan"]

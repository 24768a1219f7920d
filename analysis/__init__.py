"""shapescape's analysis: JavaScript source -> the plan.

    from analysis import analyze
    plan = analyze(["src/"])          # files or folders; the closed world grows from them
    plan.to_json()                    # the documented JSON form

Pure library: no LSP, no wasm. `overrides` maps paths to unsaved editor text.
Everything runs on one deep-stack thread (see parse.run_deep) so deeply nested
input fails with a diagnostic, not a RecursionError.
"""
from __future__ import annotations

from typing import Optional

from .plan import Plan
from .pipeline import run_analysis


def analyze(paths: list[str], overrides: Optional[dict[str, str]] = None) -> Plan:
    from .parse import run_deep
    return run_deep(lambda: run_analysis(paths, overrides))


__all__ = ["analyze", "Plan"]

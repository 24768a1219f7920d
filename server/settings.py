"""The server's settings: one JSON object, read leniently.

The client sends it in `initializationOptions` and again, under the key
`shapescape`, in `workspace/didChangeConfiguration`; the object itself at the
top level is accepted too. Unknown keys are ignored. A value of the wrong type
falls back to its default, and `parse` returns a warning saying so (the server
logs it). The keys and defaults are documented in docs/server.md.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

CATEGORIES = ("deopt", "annotations", "info", "facts")
_CATEGORY_DEFAULTS = {"deopt": True, "annotations": True, "info": True, "facts": False}


@dataclass(frozen=True)
class Settings:
    debounce_ms: int = 100
    build_on_save: bool = True
    output_dir: str = "build"
    run_timeout: float = 10.0
    diagnostics: dict = field(default_factory=lambda: dict(_CATEGORY_DEFAULTS))
    inlay_hints: bool = True
    code_lens: bool = True

    def shows(self, category: str) -> bool:
        return bool(self.diagnostics.get(category, _CATEGORY_DEFAULTS.get(category, True)))


# key in the JSON object -> (attribute, accepted types, check, what a valid value is)
_SCALARS = {
    "debounceMs": ("debounce_ms", lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 60_000,
                   "an integer number of milliseconds between 0 and 60000"),
    "buildOnSave": ("build_on_save", lambda v: isinstance(v, bool), "true or false"),
    "outputDir": ("output_dir", lambda v: isinstance(v, str) and v.strip() != "" and "\x00" not in v,
                  "a folder name relative to the workspace root"),
    "runTimeout": ("run_timeout", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 3600,
                   "a number of seconds greater than 0 (at most 3600)"),
    "inlayHints": ("inlay_hints", lambda v: isinstance(v, bool), "true or false"),
    "codeLens": ("code_lens", lambda v: isinstance(v, bool), "true or false"),
}


def unwrap(obj: Any) -> Any:
    """The settings object from whatever the client sent: `{"shapescape": {...}}`
    or the object itself."""
    if isinstance(obj, dict) and isinstance(obj.get("shapescape"), dict):
        return obj["shapescape"]
    return obj


def parse(obj: Any, base: Settings | None = None) -> tuple[Settings, list[str]]:
    """Settings from a JSON value, starting from the defaults (or `base` for
    keys the object does not mention), and the warnings for values refused."""
    obj = unwrap(obj)
    settings = base or Settings()
    warnings: list[str] = []
    if obj is None:
        return settings, warnings
    if not isinstance(obj, dict):
        return settings, [f"settings: expected a JSON object, got {type(obj).__name__}; using the defaults"]
    changes: dict = {}
    for key, (attr, ok, what) in _SCALARS.items():
        if key not in obj:
            continue
        value = obj[key]
        if ok(value):
            changes[attr] = float(value) if attr == "run_timeout" else value
        else:
            default = getattr(Settings(), attr)
            warnings.append(f"settings: `{key}` should be {what}, got {value!r}; using the default {default!r}")
            changes[attr] = default
    if "diagnostics" in obj:
        value = obj["diagnostics"]
        cats = dict(_CATEGORY_DEFAULTS)
        if isinstance(value, dict):
            for name in CATEGORIES:
                if name in value:
                    if isinstance(value[name], bool):
                        cats[name] = value[name]
                    else:
                        warnings.append(f"settings: `diagnostics.{name}` should be true or false, got "
                                        f"{value[name]!r}; using the default {_CATEGORY_DEFAULTS[name]}")
        else:
            warnings.append(f"settings: `diagnostics` should be an object such as {{\"facts\": true}}, got "
                            f"{value!r}; using the defaults")
        changes["diagnostics"] = cats
    return replace(settings, **changes), warnings


def output_folder(settings: Settings, root: str | None) -> tuple[str | None, str | None]:
    """(absolute output folder inside the workspace root, warning or reason).
    A setting that leads outside the root (`..`, an absolute path elsewhere, a
    symbolic link out) falls back to the default `build` with a warning: nothing
    is ever written outside the workspace. Without a workspace folder there is
    no output folder at all: (None, why)."""
    if root is None:
        return None, "there is no workspace folder, and the server writes build output only inside one"
    real_root = os.path.realpath(root)
    target = os.path.realpath(os.path.join(real_root, settings.output_dir))
    if os.path.commonpath([real_root, target]) == real_root and target != real_root:
        return target, None
    default = os.path.join(real_root, Settings().output_dir)
    return default, (f"settings: `outputDir` {settings.output_dir!r} is not a folder inside the workspace "
                     f"folder {root}; writing to {default} instead")

"""`Object.freeze(x)` calls the build may compile as `x`.

Model
-----
Freezing changes nothing anyone sees until something writes to the object
afterwards: node then ignores the write (sloppy code) or throws a TypeError
(strict code), and `Object.isFrozen` tells. The build keeps no frozen flag, so
it compiles a freeze only where no write can follow it: every object the
argument may be (the solved points-to set) is an object or array literal of the
program, built as a struct or an array (never a map, which is what escaping to
code outside the closed world, `delete` or a dynamic key makes it), and no
node that may hold it is ever written through (`o.k = v`, `o[i] = v`,
`o.k++`, `Object.assign(o, ...)`: Builder.written_through) or is the receiver
of an array method that changes the array (builtins.ARRAY_MUTATORS) or of a method called by
a computed name (`a[m](...)`, which may be one of them). Writes before the freeze
are writes too: the test is flow-insensitive, so building an object up and then
freezing it is refused with the rest. A `new C(...)` object is refused as well:
its constructor writes it, and a subclass's constructor may write it after a
freeze in the base one. No fixed point: a check over the solved sets.
"""
from __future__ import annotations

from .builtins import ARRAY_MUTATORS
from .graph import AObj


def freezable(b, containers: dict, site_by_obj: dict) -> list:
    """The locations of the `Object.freeze(x)` calls the build compiles as `x`."""
    mutated_via: set = set()
    for recv, key in b.method_recvs:
        if key is None or key in ARRAY_MUTATORS:   # (a computed method name may be any of them)
            mutated_via.add(id(recv))
    out = []
    for loc, arg in b.freeze_calls:
        ok = True
        for v in arg.pts:
            if not isinstance(v, AObj):
                continue   # a primitive is returned as it is
            site = site_by_obj.get(v.id)
            # (a typed array with elements cannot be frozen: node throws)
            if v.kind not in ("object", "array") or v.typed is not None or site is None \
                    or site.representation not in ("struct", "scalar", "array"):
                ok = False
                break
            holders = containers.get(v.id, ())
            if any(id(n) in b.written_through or id(n) in mutated_via for n in holders):
                ok = False
                break
        if ok:
            out.append(loc)
    return out

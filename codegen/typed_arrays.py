"""Typed arrays in the build: which constructors it compiles and which of their
methods the runtime implements. The representation and the runtime functions
are described at the top of codegen/typed_arrays.wat."""
from __future__ import annotations

from analysis.builtins import TYPED_ARRAYS

# constructor name -> the $Arr $kind of its arrays (0 is a plain array)
TYPED_KINDS = {name: k for k, name in enumerate(TYPED_ARRAYS, start=1)}

# the array methods typed arrays have and the runtime implements for them; any
# other array method called on a typed array stops the run with a message
TYPED_METHODS = frozenset("at every fill filter find findIndex findLast findLastIndex forEach includes indexOf join "
                          "lastIndexOf map reduce reduceRight reverse slice some sort toString".split())

# the array methods a typed array does not have at all: calling one is node's
# TypeError "x.push is not a function"
ARRAY_ONLY_METHODS = frozenset("concat flat flatMap pop push shift splice unshift".split())

"""Patterns compiled on first use, for the rules that most documents never reach.

Takes a compile function (`regex.compile`, `re.compile`) and its arguments; gives an
object that stands for the compiled pattern and compiles it when one of its attributes
(`match`, `search`, `pattern`, ...) is first read. `import quotekit` compiled some two
hundred module-level patterns, most of its cost and the larger part of what a one-off
`python -m quotekit article.txt` waits for, while most of those patterns serve rare
paths that one document in five or fewer takes.

It deliberately does not: stand in for a pattern where the pattern itself is handed
to other code (`regex.sub(PATTERN, ...)`, `isinstance`): only attribute reads are
forwarded; make a hot pattern lazy (each read of one of its attributes goes through
this object's attribute look-up, a little dearer than the pattern's own). It is not
compiled with mypyc (benchmarks/compile.py), which builds classes without an instance
dict.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar, cast

_P = TypeVar("_P")


class _LazyPattern:
    def __init__(self, compile: Callable[[], object], pattern: str) -> None:
        self._compile = compile
        self.pattern = pattern  # the source, read without compiling (to build other patterns)

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet in the instance: the first read compiles the
        # pattern, and each attribute read is kept on the instance, so that the next read
        # of it is a plain look-up (the pattern's attributes and bound methods never change).
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = self._compile()
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def lazy(compile: Callable[..., _P], pattern: str, flags: int = 0, **named_lists: Any) -> _P:
    """`compile(pattern, flags, **named_lists)`, done when the result is first used."""
    return cast(_P, _LazyPattern(partial(compile, pattern, flags, **named_lists), pattern))

"""Patterns compiled on first use, for the rules that most documents never reach.

Takes a compile function (`regex.compile`, `re.compile`) and its arguments; gives an
object that stands for the compiled pattern and compiles it when one of its methods
(`match`, `search`, ...) is first called. `import quotekit` compiled some two hundred
module-level patterns, most of its cost and the larger part of what a one-off
`python -m quotekit article.txt` waits for, while most of those patterns serve paths
that many documents never take (120 of them one train document in five or fewer).

It deliberately does not: stand in for a pattern where the pattern itself is handed
to other code (`regex.sub(PATTERN, ...)`, `isinstance`): it has the pattern's methods
that the rules call (`_METHODS`), `pattern` and `groupindex`, nothing else. After the
first call the pattern's own bound methods sit on the instance, so a call costs one
instance-dict look-up more than on the pattern (some 30 ns). It is not compiled with
mypyc (benchmarks/compile.py), which builds classes without an instance dict.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar, cast

_P = TypeVar("_P")


# The pattern methods the rules call on a lazy pattern.
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class _LazyPattern:
    def __init__(self, compile: Callable[[], Any], pattern: str | None) -> None:
        self._compile = compile
        self._compiled: Any = None
        if pattern is not None:
            self.pattern = pattern  # the source, read without compiling (to build other patterns)

    def _ready(self) -> Any:
        """The compiled pattern, compiled by the first call, whose bound methods then
        shadow the class's forwarding ones on the instance (no `__getattr__`: a class with
        one pays for it on every attribute read, three times this look-up)."""
        if self._compiled is None:
            self._compiled = self._compile()
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    @property
    def groupindex(self) -> Any:
        return self._ready().groupindex


def _forwarding(name: str) -> Callable[..., Any]:
    def method(self: _LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._ready(), name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in _METHODS:
    setattr(_LazyPattern, _name, _forwarding(_name))


def lazy(compile: Callable[..., _P], pattern: str, flags: int = 0, **named_lists: Any) -> _P:
    """`compile(pattern, flags, **named_lists)`, done when the result is first used."""
    return cast(_P, _LazyPattern(partial(compile, pattern, flags, **named_lists), pattern))


def built_on_first_use(build: Callable[[], _P]) -> _P:
    """`build()` (a function that writes a pattern and compiles it), called when the result is first used."""
    return cast(_P, _LazyPattern(build, None))

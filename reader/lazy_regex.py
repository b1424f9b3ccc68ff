"""Regular expressions compiled the first time they are used, not when their module is
imported.

Compiling the analysis's patterns took about 0.4 s of CPU at every start, a quarter of a
first `crossread align`; many of them (other languages' number words, clock times, HTML
and Markdown markup) are never used on a given pair of articles.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use: ``search``, ``match``,
    ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` as a compiled
    pattern's; :attr:`compiled` where a real ``re.Pattern`` is needed. ``pattern`` (the
    text) is there without compiling, for building other patterns from this one.

    Once compiled, the compiled pattern's own methods stand on the instance, so later
    calls cost what they cost on a compiled pattern.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = compiled = re.compile(self.pattern, self._flags)
            # instance attributes hide the methods below from now on
            self.__dict__.update(
                search=compiled.search,
                match=compiled.match,
                fullmatch=compiled.fullmatch,
                finditer=compiled.finditer,
                findall=compiled.findall,
                sub=compiled.sub,
                subn=compiled.subn,
                split=compiled.split,
            )
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` for an alternation: the longest first, so that "Sept" is tried before
    "Sep"; words of one length in alphabetical order, so that a pattern built from a set
    is the same text in every run (reader.regex_cache keeps patterns by their text)."""
    return sorted(words, key=lambda word: (-len(word), word))

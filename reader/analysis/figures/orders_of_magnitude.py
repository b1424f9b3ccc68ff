"""Orders of magnitude told in words: "dozens", "several hundred", "thousands", "tens of
thousands", "hundreds of thousands", "tens of millions". Each is one vague figure, read
with the value of its lowest count ("dozens" 24, "tens of thousands" 20,000), that holds
the figures from that value up to the next order's ("tens of thousands": 20,000 to
99,999): no count to contradict with a figure inside it. Read word by word, "tens of
thousands" was "thousands" (2,000) and "hundreds of thousands" two figures (200 and
2,000)."""

from __future__ import annotations

import re

from reader.analysis.figures.hundreds_in_words import WordedNumber
from reader.lazy_regex import LazyPattern

# "tens of thousands", "hundreds of millions": one order, of its lowest count's value
_ORDERS_OF = LazyPattern(
    r"(?<![\w-])(?P<times>tens|hundreds)\s+of\s+(?P<order>thousands|millions)(?![\w-])",
    re.IGNORECASE,
)
_TIMES = {"tens": 20.0, "hundreds": 200.0}
_ORDER_VALUES = {"thousands": 1e3, "millions": 1e6}
# the order as written, its words lowered and one space apart: "dozens", "tens of
# thousands"; the bare plurals ("dozens", "hundreds", "thousands") are read by
# reader.analysis.figures.worded_mentions
_ORDER = LazyPattern(
    r"(?:several|a\s+few|a\s+couple\s+of|few|many|einige|mehrere|ein\s+paar|wenige)\s+"
    r"(?P<few>dozen|hundred|thousand|dutzend|hundert|tausend)s?"
    r"|(?:(?P<times>tens|hundreds)\s+of\s+)?(?P<plural>dozen|hundred|thousand|million)s",
    re.IGNORECASE,
)
# the order above each: a figure of "dozens" is under 200, of "thousands" under 20,000
_NEXT_ORDER = {
    "dozen": 200.0,
    "hundred": 2000.0,
    "thousand": 20000.0,
    "million": 2e7,
    "dutzend": 200.0,
    "hundert": 2000.0,
    "tausend": 20000.0,
}
# of "tens of ..." and "hundreds of ...": the next power of ten times the order
_NEXT_TIMES = {"tens": 100.0, "hundreds": 1000.0}
_ORDER_OF = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6}


def orders_of(text: str) -> list[WordedNumber]:
    """The orders of magnitude of several words ``text`` tells ("tens of thousands",
    "hundreds of millions"), each one vague figure."""
    return [
        WordedNumber(
            m.start(),
            m.end(),
            _TIMES[m.group("times").lower()] * _ORDER_VALUES[m.group("order").lower()],
            vague=True,
        )
        for m in _ORDERS_OF.finditer(text)
    ]


def order_word(surface: str) -> str:
    """``surface``'s order of magnitude in words, lowered and one space apart ("tens of
    thousands", "several hundred") when it is one; else ''."""
    return " ".join(surface.lower().split()) if _ORDER.fullmatch(surface) else ""


def order_range(surface: str, value: float) -> tuple[float, float] | None:
    """The figures an order of magnitude written ``surface`` and read ``value`` holds,
    from ``value`` up to (not including) the second; None when ``surface`` is no order."""
    told = _ORDER.fullmatch(surface)
    if told is None:
        return None
    if told.group("times"):
        times = told.group("times").lower()
        return value, _NEXT_TIMES[times] * _ORDER_OF[told.group("plural").lower()]
    order = (told.group("few") or told.group("plural")).lower()
    return value, _NEXT_ORDER[order]

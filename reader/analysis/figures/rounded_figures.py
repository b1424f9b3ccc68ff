"""A figure that is another rounded: "85 percent" and "84.6%", "$41 million" and "$40.8
million" tell one value, written to a coarser place on one side."""

from __future__ import annotations

import math
import re

from reader.analysis.mention import Mention

# the digits of a figure as written: "84.6", "2,6", "1,200" (a thousands separator when
# three digits follow it)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def one_rounded(a: Mention, b: Mention) -> bool:
    """Figure ``a`` is ``b`` rounded to the place ``a`` is written to, or ``b`` is ``a``
    so rounded, the other written to a finer place ("85 percent" and "84.6%"; not "84
    percent" and "84.6%"). The rounded figure keeps two digits at least: "$2 billion" and
    "$1.8 billion" differ by a tenth, more than a rounding. A half is no rounding ("3.5
    percent" is told as such). Figures written in words, or to the same place, are exact."""
    pa, pb = figure_place(a), figure_place(b)
    if pa is None or pb is None or pa == pb:
        return False
    coarse, fine, place = (a, b, pa) if pa > pb else (b, a, pb)
    x, y = _value(coarse), _value(fine)
    return abs(x) >= 10 * place and abs(x - y) < place / 2 * (1 - 1e-9)


def _value(m: Mention) -> float:
    return float(m.key.split(":", 1)[1])


def figure_place(m: Mention) -> float | None:
    """The place value of the last digit ``m`` is written with (1 for "85", 0.1 for
    "84.6", 100,000 for "2.6 million"), None when it is written without digits."""
    found = _DIGITS.search(m.surface)
    if found is None:
        return None
    parts = re.split(r"[.,]", found.group())
    decimals = len(parts[-1]) if len(parts) > 1 and len(parts[-1]) < 3 else 0
    written = int("".join(parts)) / 10**decimals
    if written == 0:
        return None
    # a power of ten, whatever the floating point ("84.6" / 846)
    return 10.0 ** round(math.log10(abs(_value(m) / written) / 10**decimals))

"""A figure that is another rounded: "85 percent" and "84.6%", "$41 million" and "$40.8
million" tell one value, written to a coarser place on one side; so do "a crowd of 52,341"
and "52,000 fans", a round count a reporter gave for the exact one (:func:`_round_for`)."""

from __future__ import annotations

import math
import re

from reader.analysis.mention import Mention

# the digits of a figure as written: "84.6", "2,6", "1,200" (a thousands separator when
# three digits follow it)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def one_rounded(a: Mention, b: Mention, one_digit: bool = True) -> bool:
    """Figure ``a`` is ``b`` rounded to the place ``a`` is written to, or ``b`` is ``a``
    so rounded, the other written to a finer place ("85 percent" and "84.6%"; not "84
    percent" and "84.6%"). A rounded figure of one digit is within a twentieth of the
    other: "fell 2%" and "fell 2.1%" are one move, "$2 billion" and "$1.8 billion" differ
    by a tenth, more than a rounding; not ``one_digit`` when a side is bounded ("more than
    7 per cent" holds no "6.9%"). A half is no rounding ("3.5
    percent" is told as such). Figures written in words, or to the same place, are exact
    but for a round count given for an exact one (:func:`_round_for`)."""
    if _round_for(a, b) or _round_for(b, a):
        return True
    pa, pb = figure_place(a), figure_place(b)
    if pa is None or pb is None or pa == pb:
        return False
    coarse, fine, place = (a, b, pa) if pa > pb else (b, a, pb)
    x, y = _value(coarse), _value(fine)
    if abs(x) < 10 * place:  # one digit: "2%" of "2.1%", not of "1.8%"
        return one_digit and within_a_rounding(x, y) and abs(x - y) < place / 2
    return abs(x - y) < place / 2 * (1 - 1e-9)


# a figure of one digit (but its zeros) told for one within this share of it is that
# figure rounded: "fell 2%" for "2.1%", "more than 400,000" for 412,000; "$2 billion" for
# "$1.8 billion" (a tenth off) is another figure
_ONE_DIGIT_GAP = 0.05


def within_a_rounding(x: float, y: float) -> bool:
    """``y`` is within a twentieth of ``x``, a figure of one digit but its zeros, as a
    reporter rounding ``y`` to that digit may tell it."""
    return abs(x - y) <= _ONE_DIGIT_GAP * abs(x) * (1 + 1e-9)


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


# a count ending in this many zeros at least is round ("52,000", "3,000", "2 million"),
# or in _HUNDREDS_ZEROS when under a thousand ("500"): "1,200" tells its hundreds
_ROUND_ZEROS = 3
_HUNDREDS_ZEROS = 2
# a round count within this share of the exact one is told for it: "52,000" of 52,341
# (0.7% off), not of 57,341 nor "100" of 140, nor "100" of 98 (2.04%)
_ROUNDING_GAP = 0.02


def _round_for(a: Mention, b: Mention) -> bool:
    """Count ``a`` is a round figure a reporter gave for ``b``, told exactly: "52,000 fans"
    for "a crowd of 52,341", with no "more than" or "about". ``a`` ends in three zeros at
    least, or two when under a thousand ("500"; not "1,200", which tells its hundreds,
    nor "17"), ``b`` in fewer; ``b`` rounded to ``a``'s last digit but its zeros is ``a``
    (52,341 to the thousand; not 52,600, which rounds to 53,000), and the two are within
    2% of ``b``: at a thousand or a hundred a few off ("100" and "98 people") are two
    counts, not one rounded. ``a`` may be written in words ("Fifty-two thousand fans"),
    ``b`` in digits. Counts only: a percentage ("100%" and "99%") is told as meant."""
    if not (a.key.startswith("num:") and b.key.startswith("num:")) or figure_place(b) is None:
        return False
    x, y = _value(a), _value(b)
    if x != int(x) or x <= 0 or y <= 0:
        return False
    zeros = _zeros(int(x))
    if zeros < (_HUNDREDS_ZEROS if x < 1000 else _ROUND_ZEROS) or (
        y == int(y) and _zeros(int(y)) >= zeros
    ):
        return False
    place = 10**zeros
    return abs(x - y) < place / 2 and abs(x - y) <= _ROUNDING_GAP * y


def _zeros(n: int) -> int:
    """How many zeros ``n`` ends in."""
    digits = str(n)
    return len(digits) - len(digits.rstrip("0"))

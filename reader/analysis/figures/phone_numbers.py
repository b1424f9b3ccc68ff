"""A telephone number is no figure: "1-800-555-0199", "0800 151 2026", "(555) 014-2290",
"+44 20 7946 0958" tell whom to call, not 800, 555 and 199 of anything, and two outlets
giving one hotline share no figures to compare. Three groups of digits at least (an area
code in brackets one of them), joined by one kind of hyphen, dot or space, ten digits or
more in all; groups spaced as thousands are ("1 200 300 400", each after the first of
three digits) are a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.lazy_regex import LazyPattern

# an optional "+44 " or "(555) " before groups of digits joined by one separator
_PHONE = LazyPattern(
    r"(?<![\w.,+-])(?:\+\d{1,3}[ -]?|\(\d{2,5}\)\s?)?"
    r"(?P<first>\d{1,5})(?P<sep>[-. ])\d{2,5}(?:(?P=sep)\d{2,5})*(?![\w%]|[.,-]\d)"
)
_MIN_DIGITS = 10
_MIN_GROUPS = 3
_GROUPS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")


def phone_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Where each telephone number of ``text`` starts and ends."""
    for m in _PHONE.finditer(text):
        told = m.group()
        if len(_GROUPS.findall(told)) < _MIN_GROUPS or len(_DIGIT.findall(told)) < _MIN_DIGITS:
            continue
        if m.group("sep") == " " and _THOUSANDS.fullmatch(text, m.start("first"), m.end()):
            continue  # "1 200 300 400": thousands spaced, one figure
        yield m.start(), m.end()

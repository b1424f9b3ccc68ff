"""A temperature below zero told with its sign or the word for it: "-14C", "−3°F" (the
minus sign folded to a hyphen), "lows of -16 degrees", "minus 14 degrees", "minus 14C".
Its figure is read negative, from the sign on, so that "-14C" is 6.8F, not 57.2F, and
meets "7 degrees Fahrenheit" (reader.analysis.figures.unit_conversions). A hyphen after a
figure, a letter or a bracket is no sign but a range's or a word's ("10-14C", "a
24-degree"), nor is a figure without a temperature's unit signed ("-5 and"; "minus 0.3%")."""

from __future__ import annotations

import re

from reader.analysis.figures.written_units import UNITS, unit_at

# the sign right before a figure: a hyphen opening a word ("lows of -16C", "(-14C)"), or
# the word "minus"
_SIGN = re.compile(r"(?:(?<![\w.,)\]/-])-|\bminus\s+)$", re.IGNORECASE)
# "degrees" or a degree sign alone after a figure, a temperature in an article's scale
_DEGREES = re.compile(r"[\s-]?(?:°|º|degrees?(?![\w-]))", re.IGNORECASE)
_SIGN_REACH = 8  # characters before a figure its sign may take ("minus  ")


def signed_start(text: str, start: int, end: int) -> int | None:
    """Where the sign of the temperature below zero whose figure is ``text[start:end]``
    begins ("-" of "-14C", "minus" of "minus 14 degrees"); None when the figure is no
    temperature or has no sign."""
    unit = unit_at(text, end)
    told = UNITS[unit].dimension == "temperature" if unit is not None else False
    if not told and _DEGREES.match(text, end) is None:
        return None
    found = _SIGN.search(text, max(0, start - _SIGN_REACH), start)
    return None if found is None else found.start()

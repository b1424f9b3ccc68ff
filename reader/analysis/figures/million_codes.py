"""Millions of a currency written as "M" glued to its ISO code, as Nordic business copy
writes them: "MNOK 400", "400 MNOK", "MSEK 12,5", "MDKK 80", "MEUR 3". Each is the
figure's millions in that currency, one sum with "NOK 400m", "400 millioner kroner" and
"SEK 400 million"; on main "MNOK 400" was 400 of nothing (and "MNOK" a name), "400 MNOK"
400 of "mnok". Only the Nordic crowns, the euro and the dollar are read so ("400 mils"
is no sum of shekels). The Swedish press's "mkr" and "mdkr" are read by
reader.analysis.figures.numerals and money_words."""

from __future__ import annotations

import re

from reader.analysis.figures.currency_codes import ISO_CODES

_CODES = ("SEK", "NOK", "DKK", "ISK", "EUR", "USD")
# the magnitudes a figure may be followed by (reader.analysis.figures.numerals), in lower
# case as those are looked up: "400 MNOK"
MILLION_CODES = {f"m{code.lower()}": 1e6 for code in _CODES}
_ALTERNATIVES = "|".join(_CODES)
# "MNOK" right before a figure ("MNOK 400", "MNOK400"), not in a longer word
_BEFORE = re.compile(rf"(?<![^\W\d_])M(?P<code>{_ALTERNATIVES}) ?$")
# "MNOK" ending a figure's magnitude ("400 MNOK"), in capitals
_AFTER = re.compile(rf"(?<![^\W\d_])M(?P<code>{_ALTERNATIVES})$")
# "MNOK" as a name's word (reader.analysis.names.figure_units)
WORDS = frozenset(f"M{code}" for code in _CODES)


def million_code_before(text: str, start: int) -> tuple[int, str] | None:
    """Where "MNOK" or its like right before the figure starting at ``start`` of ``text``
    starts, and its currency's code ("nok"); None when none."""
    found = _BEFORE.search(text, max(0, start - 5), start)
    return None if found is None else (found.start(), ISO_CODES[found.group("code")])


def million_code_ending(text: str, end: int) -> str:
    """The currency's code of "MNOK" or its like ending at ``end`` of ``text``, a figure's
    magnitude ("400 MNOK": "nok"); '' when none."""
    found = _AFTER.search(text, max(0, end - 4), end)
    return "" if found is None else ISO_CODES[found.group("code")]

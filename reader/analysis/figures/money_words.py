"""Money told in words after its figure, in six languages: "5 million dollars", "5
Millionen Dollar", "2 millions de dollars", "5 millones de dólares", "5 milioni di
dollari", "5 milhões de dólares", "300.000 euros", "2 millions d'euros", "85 million
pounds" (sterling when scaled and not "of" a thing), "20 Mio. Franken", "5 trillion won"
(only when scaled: "won 3 games" is a verb), "2.5 million CHF" (the names and codes:
reader.analysis.figures.currency_codes); and a count in
words scaled by a magnitude word ("two million", "dos millones", "zwei Millionen"). A
figure so told is an amount of its currency, not a count of the preposition or of the
word's stem ("di", "dolar", "dól")."""

from __future__ import annotations

import re

from reader.analysis.figures.currency_codes import NAMES as _CURRENCY_NAMES
from reader.analysis.figures.currency_codes import code_after
from reader.analysis.figures.million_codes import million_code_ending
from reader.analysis.figures.numerals import MAGNITUDES
from reader.lazy_regex import longest_first

# the preposition between a magnitude and what it counts: "millions de", "millones de",
# "milioni di", "milhões de" ("of" in "millions of people" too)
_OF = r"(?:(?:de|di|of)\s+|d['\u2019])"
# after a magnitude abbreviated with a point ("20 Mio. Franken", "3 Mrd. Euro", "400 mio.
# kr.", "4 mia. kr.", "400 mill. kroner")
_CURRENCY_AFTER = re.compile(
    rf"(?:(?:(?<=mio|mrd|mia)|(?<=mill))\.)?\s+{_OF}?(?:"
    + "|".join(f"(?P<{code}>{names})" for code, names in _CURRENCY_NAMES.items())
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# a currency's sign after its figure, as Europe writes it: "150 €", "20 M€"
_SIGN_AFTER = re.compile(r"\s?([€£])")
_SIGN_CODES = {"€": "eur", "£": "gbp"}
# a preposition after a magnitude word, before a word ("5 milioni di persone")
_OF_AFTER = re.compile(r"\s+(?:de|di|of)(?=\s)", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(
    r"\s+(?P<mag>" + "|".join(longest_first(map(re.escape, MAGNITUDES))) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


# "pounds" after a figure scaled in words is sterling ("85 million pounds", "£80m" told
# by a wire) unless it weighs a thing ("2 million pounds of beef")
_SCALED_BEFORE = re.compile(r"(?<![^\W\d_])(?:million|billion|trillion|bn|tn|m)$", re.IGNORECASE)
_POUNDS_AFTER = re.compile(r"\s+pounds(?![^\W\d_])(?!\s+(?:of|per)\b)", re.IGNORECASE)
# the Swedish press's magnitude and crowns in one word: "2,5 mkr" (miljoner kronor),
# "1,2 mdkr" (miljarder kronor)
_CROWNS_IN_MAGNITUDE = re.compile(r"(?<![^\W\d_])(?:mkr|mdkr)$", re.IGNORECASE)
# "won" after a figure scaled in words is the Korean currency ("5 trillion won"), not the
# verb of "they won 3 games" or "the 3 games won"
_WON_AFTER = re.compile(r"\s+won(?![^\W\d_])")


def currency_after(text: str, end: int) -> str:
    """The currency code of the money word right after a figure ending at ``end`` of
    ``text`` ("5 millones de dólares": usd, "300.000 euros": eur, "85 million pounds":
    gbp, "20 M€": eur), '' when none."""
    sign = _SIGN_AFTER.match(text, end)
    if sign is not None:  # "20 M€", "150 €"
        return _SIGN_CODES[sign.group(1)]
    found = _CURRENCY_AFTER.match(text, end)
    if found is not None:
        return next(code for code in _CURRENCY_NAMES if found.group(code))
    if _CROWNS_IN_MAGNITUDE.search(text, max(0, end - 5), end):
        return "sek"  # "2,5 mkr", "1,2 mdkr": Swedish millions, billions of crowns
    if million := million_code_ending(text, end):
        return million  # "400 MNOK": millions of Norwegian crowns
    scaled = _SCALED_BEFORE.search(text, max(0, end - 8), end) is not None
    if scaled and _POUNDS_AFTER.match(text, end):
        return "gbp"
    if scaled and _WON_AFTER.match(text, end):
        return "krw"
    return code_after(text, end)  # "2.5 million CHF"


def past_preposition(text: str, end: int) -> int:
    """Where what a scaled figure counts is told: past the preposition after its
    magnitude ("5 milioni di persone" counts "persone"), else ``end``."""
    found = _OF_AFTER.match(text, end)
    return end if found is None else found.end()


def scale_after(text: str, end: int) -> tuple[float, int]:
    """The magnitude word right after a count in words ending at ``end`` ("two million",
    "dos millones", "zwei Millionen", "tre milioni") and where it ends: (1, ``end``)
    when none."""
    found = _MAGNITUDE_AFTER.match(text, end)
    if found is None:
        return 1.0, end
    return MAGNITUDES[found.group("mag").lower()], found.end()


_MAGNITUDE_WORD = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(longest_first(map(re.escape, MAGNITUDES))) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def scaled(surface: str) -> bool:
    """A figure as written (``surface``) is scaled by a magnitude word: "25 Millionen",
    "2 millions", "dos millones"."""
    return _MAGNITUDE_WORD.search(surface) is not None

"""Units written in capitals after a figure, which are no names: "2,000 IU of vitamin D a
day", "600 to 800 IU", "a 500 MW plant", "3 GW", "1.2 TWh", "16 GB of memory", "5 GHz".
Read as names, "IU" was an entity both sides of a study pair shared (twice) and the name
before a figure, taken for whose figure it was (a follow-up of "7.4 years" was the IU's,
another article's "six years" Caldermoor University's, so never compared). So are ISO
currency codes beside a figure ("fined Nordbank NOK 400m", "400m SEK", "SEK 400m was
paid"): "Nordbank NOK" was one name, and "SEK" a name two reports of one fine shared.
Nor are a currency's millions as Nordic copy writes them ("MNOK 400", "400 MNOK":
reader.analysis.figures.million_codes), nor a launch's countdown ("T-10" of "T-10
minutes": reader.analysis.times.countdowns)."""

from __future__ import annotations

from reader.analysis.figures.currency_codes import ISO_CODES
from reader.analysis.figures.million_codes import WORDS as MILLION_WORDS
from reader.analysis.figures.numerals import GLUED_MAGNITUDES
from reader.analysis.times.countdowns import countdown_word
from reader.analysis.words.lexicon import MULTIPLIERS
from reader.lazy_regex import LazyPattern, longest_first

_UNITS = frozenset(
    """
    IU IUs MW GW KW kW TW MWh GWh TWh kWh KWh MB GB TB KB Mbps Gbps MHz GHz kHz dB PPM ppm
    """.split()  # noqa: SIM905
)
# a figure right before: "2,000 IU", "600 to 800 IU", "4.5GW"
_FIGURE_BEFORE = LazyPattern(r"\d[\d,.]*\s?$")
_DIGIT_AFTER = LazyPattern(r"\s?\d")
# a figure's magnitude, glued or a word: "400m", "1.2bn", "12 million" (as
# reader.analysis.figures.numerals reads them)
_MAGNITUDE = "(?:" + "|".join(longest_first([*GLUED_MAGNITUDES, *MULTIPLIERS])) + ")"
# a sum right after a currency code: "NOK 400m", "SEK 1.2bn", "USD 12 million", "EUR 500";
# not a version ("PHP 8.3")
_FIGURE_AFTER = LazyPattern(rf"\s?(?:\d[\d,.]*\s?{_MAGNITUDE}\b|\d{{3}}|\d{{1,3}},\d{{3}})")
# a figure and its magnitude right before a currency code: "400m SEK", "2.5 million CHF"
_SUM_BEFORE = LazyPattern(rf"\d[\d,.]*\s?(?:{_MAGNITUDE}\s)?\s*$")


def figure_unit(text: str, start: int, word: str) -> bool:
    """True when ``word``, a name's only word at ``start`` of ``text``, is a unit written
    in capitals right after a figure ("2,000 IU", "a 500 MW plant") or a currency code
    beside a sum ("400m SEK", "SEK 400m"), or a countdown ("T-10 minutes")."""
    if countdown_word(text, start, word):
        return True
    if word in MILLION_WORDS and (
        _FIGURE_BEFORE.search(text, max(0, start - 20), start)
        or _DIGIT_AFTER.match(text, start + 4)
    ):
        return True  # "MNOK 400", "400 MNOK": millions of crowns
    if word in ISO_CODES and _sum_beside(text, start, word):
        return True
    return word in _UNITS and _FIGURE_BEFORE.search(text, max(0, start - 20), start) is not None


def without_currency_code(
    text: str, offset: int, words: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A run of ``text`` (at ``offset``, its words at their offsets from it) less a
    currency code ending it before a figure ("Nordbank NOK 400m": "Nordbank")."""
    if len(words) < 2:
        return words
    at, last = words[-1]
    return words[:-1] if last in ISO_CODES and _sum_beside(text, offset + at, last) else words


def _sum_beside(text: str, start: int, code: str) -> bool:
    """Currency code ``code`` at ``start`` of ``text`` tells a sum: a figure follows it
    ("NOK 400m") or a figure and its magnitude come right before it ("400m SEK")."""
    end = start + len(code)
    if _FIGURE_AFTER.match(text, end) is not None:
        return True
    return _SUM_BEFORE.search(text, max(0, start - 30), start) is not None

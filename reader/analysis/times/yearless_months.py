"""Months a sentence tells without a year or a day: "The trial began in January", "O
julgamento começou em janeiro", "im Januar", "en janvier", "en enero", "a gennaio".
Such a month is read after its preposition only ("in May", not "may"), and not when a
day or a year follows it (those are dates: reader.analysis.figures.number_mentions)."""

from __future__ import annotations

import re
from functools import cache

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import MONTHS
from reader.ingest.calendar_words import months_of
from reader.lazy_regex import longest_first
from reader.model import Span


def yearless_months(f: UnitFeatures) -> list[Mention]:
    """The months ``f`` tells with no year nor day, each as a ``month:MM`` date."""
    text, base = f.unit.text, f.unit.span.start
    names = _names(f.language)
    out: list[Mention] = []
    for m in _pattern(f.language).finditer(text):
        word = m.group("month")
        if f.language is None and not word[0].isupper():
            continue  # "in may be": English writes its months with a capital
        number = names[word.lower().rstrip(".")]
        span = Span(base + m.start("month"), base + m.end("month"))
        out.append(Mention("date", f"month:{number:02d}", span, word))
    return out


def _names(language: str | None) -> dict[str, int]:
    return MONTHS if language is None else months_of(language)


@cache
def _pattern(language: str | None) -> re.Pattern[str]:
    names = "|".join(longest_first(map(re.escape, _names(language))))
    words = _PREPOSITIONS.get(language or "English", _PREPOSITIONS["English"])
    return re.compile(
        rf"(?i)\b(?:{words})\s+(?P<month>{names})\.?(?![^\W\d_])"
        r"(?!\s*,?\s*(?:de\s+|del\s+|of\s+)?\d)"
    )


_PREPOSITIONS = {
    "English": r"in|during|early|late",
    "French": r"en|début|fin|au\s+mois\s+de",
    "German": r"im|Anfang|Ende|Mitte",
    "Spanish": r"en|a\s+finales\s+de|a\s+principios\s+de|a\s+mediados\s+de",
    "Italian": r"a|in|nel\s+mese\s+di|fine|inizio|metà",
    "Portuguese": r"em|no\s+mês\s+de|no\s+final\s+de|no\s+início\s+de",
}

"""A century told as a length of time with no figure: "a century", "more than a
century", "a full century", "ein Jahrhundert", "un siècle", "un siglo", "un secolo", "um
século", each 100 years, so that "más de un siglo" agrees with "120 años" and "a
century" differs from "50 years" (reader.analysis.times.durations reads those told by a
figure, "two centuries", "dos siglos", and reader.analysis.times.half_lengths half of one,
"half a century", "medio siglo"). Not a period of history: "the 19th century", "el siglo
XIX", "im 19. Jahrhundert" name no length (no article of one before them), nor "a century-old
bridge", which tells what kind of bridge."""

from __future__ import annotations

import re

from reader.analysis.times.half_lengths import HalfLength

CENTURY = "century"
# the words of a century by language, singular and plural, lower case: the units of the
# lengths told by a figure ("two centuries", "zwei Jahrhunderte", "deux siècles")
CENTURY_WORDS: dict[str | None, tuple[str, ...]] = {
    None: ("century", "centuries"),
    "German": ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"),
    "French": ("siècle", "siècles"),
    "Spanish": ("siglo", "siglos"),
    "Italian": ("secolo", "secoli"),
    "Portuguese": ("século", "séculos"),
}
# the article of one before the century's word, by language
_ONE = {
    None: r"a|one",
    "German": r"ein|eine[mns]?",
    "French": r"un",
    "Spanish": r"un",
    "Italian": r"un",
    "Portuguese": r"um",
}
# between the article and the word, an adjective of a whole one ("a full century", "a
# whole century", "ein ganzes Jahrhundert"); Romance languages tell it after the word
# ("un siècle entier", "un siglo entero"), outside the length's words
_WHOLE = {
    None: r"(?:(?:full|whole|entire)\s+)?",
    "German": r"(?:(?:ganze[mns]?|volle[mns]?)\s+)?",
}
# after the word: a hyphen ("a century-old bridge") or a numeral naming the period ("un
# siglo XIX convulso"), which make it no length
_NO_LENGTH = r"(?![\w-])(?!\s+(?:[IVXLC]+\b|\d))"
_PATTERNS = {
    language: re.compile(
        rf"\b(?:{one})\s+{_WHOLE.get(language, '')}(?:{'|'.join(CENTURY_WORDS[language])})"
        rf"{_NO_LENGTH}",
        re.IGNORECASE,
    )
    for language, one in _ONE.items()
}


def one_century(text: str, language: str | None) -> list[HalfLength]:
    """The centuries told with an article of one and no figure in ``text`` (in
    ``language``, None for English), each a count of 1 of the unit CENTURY, in order."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    return [HalfLength(m.start(), m.end(), 1.0, CENTURY) for m in pattern.finditer(text)]

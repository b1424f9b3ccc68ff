"""The counts in words of a unit as mentions: "five", "twenty-three", "two hundred",
"several dozen", "two million dollars", "half a million", "two and a half million", "five
percent", and in the article's language ("drei Tote", "trois morts", "zweihundert"), each
with what it counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from reader.analysis.figures.counted_words import money
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.hundreds_in_words import vague_start, worded_numbers
from reader.analysis.figures.money_words import scale_after
from reader.analysis.figures.numerals import Writing
from reader.analysis.figures.orders_of_magnitude import orders_of
from reader.analysis.figures.parts_and_ranges import part_or_range, whole_after
from reader.analysis.figures.worded_magnitudes import worded_magnitudes
from reader.analysis.figures.written_units import prefix_after, unit_word_after
from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, NUMBER_WORDS
from reader.analysis.words.rough_counts import is_rough_count
from reader.lazy_regex import longest_first

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "Twenty-three personnel" is 23, not 20 and 3
_NUMBER_WORD = re.compile(
    rf"\b((?:{_TENS})-(?:{_ONES})|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE
)
# "dozens", "hundreds", "thousands": an order of magnitude, not a count to contradict
# (reader.analysis.figures.orders_of_magnitude)
VAGUE_COUNTS = frozenset(("dozens", "hundreds", "thousands", "millions"))
_PERCENT_AFTER = re.compile(r"\s*(?:percent|per cent|%)(?![\w-])", re.IGNORECASE)


def read_worded(found: FoundMentions, writing: Writing, stem_word: Callable[[str], str]) -> None:
    """Adds to ``found`` the counts in words of its text, in English and in the language
    its document counts in (``writing``), what each counts stemmed by ``stem_word``."""
    text = found.text

    def add_in_words(
        start: int, word_end: int, value: float, vague: bool = False, scaled: bool = False
    ) -> None:
        """A count in words ("five", "two hundred", "trois morts"), scaled by a magnitude
        word after it ("two million dollars", "dos millones de euros") or in it
        (``scaled``: "half a million")."""
        scale, end = scale_after(text, word_end)
        scaled = scaled or scale != 1.0
        # "una ventina di famiglie" counts families, past the preposition, as a scaled one
        past_of = scaled or is_rough_count(text[start:word_end])
        _, following = money(text, end, end, stem_word, past_of, writing.counts_in)
        if not scaled and following not in CURRENCIES:
            # a unit of measure counts one thing however spelt and whatever the figure is
            # written in: "zestig meter" as "40 meter", "sechzig Meter" as "40 Metern"
            following = unit_word_after(text, end) or following
            value *= prefix_after(text, end)
        if vague or part_or_range(text, start, end):
            following = ""
            of_whole = None if vague or scale != 1.0 else whole_after(text, start, end)
            if of_whole is not None:
                # "three of five counts" counts counts, as its whole would
                following = money(text, *of_whole, stem_word, False, writing.counts_in)[1]
        percent = _PERCENT_AFTER.match(text, end)
        if percent is not None:  # "five percent" is "5 percent"
            found.add("number", f"pct:{value * scale:g}", start, percent.end(), "percent")
        else:
            found.add("number", f"num:{value * scale:g}", start, end, following)

    # "tens of thousands", "half a million", "two and a half million", "half a dozen": one
    # figure each
    for w in (*orders_of(text), *worded_magnitudes(text)):
        if found.free(w.start, w.end):
            add_in_words(w.start, w.end, w.value, w.vague, scaled=True)
    # "two hundred", "a thousand", "deux cents", "zweihundert": one figure each
    worded = worded_numbers(text)
    if writing.counts_in is not None:
        worded += worded_numbers(text, writing.counts_in)
    for w in worded:
        if found.free(w.start, w.end):
            add_in_words(w.start, w.end, w.value, w.vague)
    for m in _NUMBER_WORD.finditer(text):
        if not found.free(m.start(), m.end()):
            continue
        word = m.group(1).lower()
        if word == "one" and _one_counts_nothing(text, m.end(), stem_word):
            continue  # "one of", "a one-year deal", "one round where": no count
        value = sum(NUMBER_WORDS[part] for part in word.split("-"))
        vague = vague_start(text, m.start()) if word == "dozen" else None
        if vague is not None:  # "several dozen people": as "dozens"
            add_in_words(vague, m.end(), 2 * value, vague=True)
        else:
            add_in_words(m.start(), m.end(), value, vague=word in VAGUE_COUNTS)
    if writing.counts_in is not None:  # "drei Tote", "trois morts", "tres muertos"
        words = FOREIGN_NUMBER_WORDS[writing.counts_in]
        for m in _foreign_number_words(writing.counts_in).finditer(text):
            if found.free(m.start(), m.end()):
                add_in_words(m.start(), m.end(), words[m.group().lower()])


def _one_counts_nothing(text: str, end: int, stem_word: Callable[[str], str]) -> bool:
    """ "one" ending at ``end`` counts nothing: nothing after it is counted ("one of"),
    it qualifies with a hyphen ("a one-year deal") or tells one particular thing ("one
    round where")."""
    scale, after = scale_after(text, end)
    return (
        not money(text, after, after, stem_word, scale != 1.0)[1]
        or text[end : end + 1] == "-"
        or _ONE_WHERE.match(text, end) is not None
    )


@cache
def _foreign_number_words(language: str) -> re.Pattern[str]:
    """The words for counts of ``language`` (FOREIGN_NUMBER_WORDS), longest first, so that
    "dix-sept" is one count."""
    words = longest_first(FOREIGN_NUMBER_WORDS[language])
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)


# "one round where he ...", "one night when", "one game in which": one particular thing,
# as "a round where", not a count of rounds
_ONE_WHERE = re.compile(
    r"\s+[^\W\d_]+\s+(?:where|when|in\s+which|during\s+which|on\s+which)\b", re.IGNORECASE
)

"""The cheap searches that spare a sentence the costly readings of its figures: a ratio's
connecting word before a figure (reader/analysis/figures/ratio_words.py), "half",
"quarter" or "illion" for the magnitudes in words (worded_magnitudes.py) and a digit for
the dates, ages, times, figures and numbers (found_mentions.FoundMentions.digits). Each
must hold wherever the full reading finds something: a sentence it turns away is one
the full reading would have read nothing in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.figures import worded_magnitudes as wm
from reader.analysis.figures.age_mentions import read_ages
from reader.analysis.figures.digit_mentions import read_figures
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.numbered_names import read_numbered
from reader.analysis.figures.numerals import ENGLISH, Writing
from reader.analysis.figures.ratio_words import _connector, _pattern, _values, ratios
from reader.analysis.times.date_mentions import read_dates
from reader.analysis.times.time_mentions import read_times
from reader.analysis.words.stems import stem

_SPACES = [" ", "  ", "\u00a0", "\t", "\n", " \u202f"]
_CASES = [str.lower, str.upper, str.title]


@st.composite
def _text(draw: st.DrawFn, phrases: st.SearchStrategy[list[str]], filler: list[str]) -> str:
    """A phrase drawn from ``phrases`` among words of ``filler``, each word in any case,
    with any white space (a stop, a comma, a hyphen or nothing at times) between them."""
    words = [
        *draw(st.lists(st.sampled_from(filler), max_size=4)),
        *draw(phrases),
        *draw(st.lists(st.sampled_from(filler), max_size=4)),
    ]
    gaps = st.sampled_from([*_SPACES, *_SPACES, ", ", ". ", "-", ""])
    return "".join(draw(st.sampled_from(_CASES))(w) + draw(gaps) for w in words)


def _one_of(*words: list[str]) -> st.SearchStrategy[list[str]]:
    """Phrases of one word (or none: "") of each list in turn."""
    return st.tuples(*(st.sampled_from(w) for w in words)).map(lambda ws: [w for w in ws if w])


_FIGURES = ["1", "3", "10", "99", "100", "250", *sorted(_values())[::7], "one", "un", "una"]
_RATIOS = _one_of(
    _FIGURES,
    ["", "", "trains", "TGV Intercités"],
    ["sur", "in", "in every", "de cada", "out of", "of", "every"],
    _FIGURES,
    ["", "days", "0", "people"],
)


@given(_text(_RATIOS, ["the", "in", "of", "trains", "2019", "sur", "one"]))
def test_no_ratio_is_turned_away(text: str) -> None:
    for out_of in (False, True):
        if _pattern(out_of).search(text) is not None:
            assert _connector(out_of).search(text) is not None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Un TGV\u00a0sur\u00a0trois circulait.", [(1, 3)]),
        ("Deux trains Intercités sur cinq", [(2, 5)]),
        ("ONE IN EVERY FOUR patients", [(1, 4)]),
        ("dos de cada cinco trenes", [(2, 5)]),
        ("The rally drew one in the morning.", []),
    ],
)  # fmt: skip
def test_ratios_read_past_the_prefilter(text: str, read: list[tuple[int, int]]) -> None:
    assert [(r.part, r.whole) for r in ratios(text)] == read


_MAGNITUDES = _one_of(
    ["", "a", "one", "two", "twenty-one", "in"],
    ["", "and a", "a", "half", "quarter", "three-quarters", "three quarters"],
    ["", "of", "a", "half", "an"],
    ["", "a", "one"],
    ["dozen", "thousand", "million", "billion", "trillion", "point", "percentage points"],
    ["", "and a half", "people"],
)


@given(_text(_MAGNITUDES, ["a", "half", "of", "the", "million", "people"]))
def test_no_magnitude_in_words_is_turned_away(text: str) -> None:
    for rx in (wm._AND_A_HALF, wm._PART, wm._PART_OF_A_POINT):
        if rx.search(text) is not None:
            assert wm._HALF_OR_QUARTER.search(text) is not None
    if wm._ONE.search(text) is not None:
        assert wm._ILLION.search(text) is not None


def test_a_half_million_is_still_read() -> None:
    read = [(w.value, w.vague) for w in wm.worded_magnitudes("Half a million people fled.")]
    assert read == [(500_000, False)]


# the words the readers of dates, ages, times and numbers look for, without their figures
_FIGURE_WORDS = [
    "June", "Jun.", "March", "Juni", "mars", "de", "le", "du", "au", "el", "aged", "age", "of",
    "at", "the", "died", "he", "she", "was", "years", "year-old", "old", "Jahre", "alt", "ans",
    "âgé", "homme", "Mann", "(", ")", "/", ":", "a.m.", "pm", "h", "Uhr", "heures", "à", "dès",
    "GMT", "hrs", "No.", "No", "number", "#", "Nr.", "n°", "%", "per", "cent", "million",
    "年", "月", "日", "people", "over", "in", "their", "s",
]  # fmt: skip


def _unguarded(text: str) -> FoundMentions:
    found = FoundMentions(text, 0)
    found.digits = True  # read as though it held a digit
    return found


@given(_text(st.lists(st.sampled_from(_FIGURE_WORDS), max_size=8), _FIGURE_WORDS))
def test_readers_of_figures_find_nothing_without_a_digit(text: str) -> None:
    assert not FoundMentions(text, 0).digits
    found = _unguarded(text)
    for day_first in (False, True):
        read_dates(found, day_first)
    for language in (None, "German", "French", "Spanish", "Dutch", "Italian", "Portuguese"):
        read_ages(found, language)
    for english in (True, False):
        read_times(found, english)
    read_numbered(found)
    for writing in (ENGLISH, Writing(True, "German"), Writing(True, "French")):
        read_figures(found, writing, stem)
    assert (found.out, found.taken) == ([], [])


@pytest.mark.parametrize(
    ("text", "digits"),
    [("Born on June 5.", True), ("Né le ٣ juin.", True), ("Seven died on Tuesday.", False)],
)  # fmt: skip
def test_a_text_with_a_digit_is_read_for_figures(text: str, digits: bool) -> None:
    assert FoundMentions(text, 0).digits is digits

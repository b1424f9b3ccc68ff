"""One definition of what ends a clause (reader.analysis.words.clause_marks), read by every rule
that reads a clause: a hyphen set off by spaces ends a clause before a weekday of saying
(reader.analysis.times.weekdays) and before a day told by the article's date
(reader.analysis.times.told_days), and an unspaced dash ends one before a year told earlier
(reader.analysis.conflicts.told_times), as the other dashes do; a word's hyphen ends none."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.told_times import year_conflicts
from reader.analysis.times.told_days import told_days
from reader.analysis.words.clause_marks import CLAUSE_MARK, clause_before
from tests.analysis.sentence_pairs import details, feats

THURSDAY_JUNE_20 = date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("put at 41 - the toll now stands at ", "the toll now stands at "),
        ("put at 41 -- the toll now stands at ", "the toll now stands at "),
        ("put at 41--the toll now stands at ", "the toll now stands at "),
        ("put at 41—the toll now stands at ", "the toll now stands at "),
        ("put at 41 – the toll now stands at ", " the toll now stands at "),
        ("a three-storey house and a 41-year-old owner at ", None),
    ],
)
def test_a_clause_ends_at_a_dash_or_a_spaced_hyphen_not_a_words(
    text: str, clause: str | None
) -> None:
    assert clause_before(text, len(text)).lstrip() == (clause or text).lstrip()
    assert (CLAUSE_MARK.search(text) is None) == (clause is None)


def _days(text: str) -> list[str]:
    f = feats(text)
    return [m.key for m in told_days(f, THURSDAY_JUNE_20)]


@pytest.mark.parametrize("mark", [" - ", " -- ", "—", " – "])
def test_a_day_after_a_clause_of_what_is_to_come_set_off_by_a_dash_is_gone(mark: str) -> None:
    """The clause before Saturday is "the treaty was signed on": a Saturday gone (June 15),
    not the one to come of "will fly" (June 22)."""
    text = f"Putin will fly to Hanoi next{mark}the treaty was signed on Saturday."
    assert _days(text) == ["date:06-15"]


def test_a_words_hyphen_leaves_the_clause_of_what_is_to_come_whole() -> None:
    assert _days("Putin will fly to Hanoi for a two-day visit on Saturday.") == ["date:06-22"]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("Spanish", "La policía informó - el tren descarriló el martes en Toledo.",
         "El tren descarriló el miércoles en Toledo.", "martes vs miércoles"),
        ("French", "La police a indiqué - le train a déraillé mardi près de Lyon.",
         "Le train a déraillé mercredi près de Lyon.", "mardi vs mercredi"),
        ("German", "Die Polizei teilte mit -- der Zug entgleiste am Dienstag bei Passau.",
         "Der Zug entgleiste am Mittwoch bei Passau.", "Dienstag vs Mittwoch"),
        ("Italian", "La polizia ha riferito - il treno è deragliato martedì vicino a Pisa.",
         "Il treno è deragliato mercoledì vicino a Pisa.", "martedì vs mercoledì"),
        ("Portuguese", "A polícia informou - o trem descarrilou na terça-feira em Braga.",
         "O trem descarrilou na quarta-feira em Braga.", "terça-feira vs quarta-feira"),
    ],
)  # fmt: skip
def test_a_word_of_saying_before_a_spaced_hyphen_does_not_make_the_day_its(
    language: str, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_a_day_of_saying_in_its_own_clause_is_still_the_sayings() -> None:
    a = "La policía informó el martes que el tren descarriló en Toledo."
    assert details(a, "El tren descarriló el miércoles en Toledo.", "Spanish") == []


def test_a_word_told_earlier_before_an_unspaced_dash_does_not_tell_the_years_clause() -> None:
    """ "previously" tells the firm, not the founding of 1996: the two years disagree."""
    a = "The company was founded in 1998."
    b = "The company was previously a family firm—it was founded in 1996."
    assert [c.detail for c in year_conflicts(feats(a), feats(b))] == ["1998 vs 1996"]


def test_a_word_told_earlier_in_the_years_clause_still_tells_it() -> None:
    a = "The company was founded in 1998."
    b = "The company was previously founded in 1996."
    assert year_conflicts(feats(a), feats(b)) == []


# were clauses' ends: "960 megawatts set in " was the clause of "January 2024"
@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("beating the previous high of 20,960 megawatts set in ",
         "beating the previous high of 20,960 megawatts set in "),
        ("the line tripped at 4:17 p.m. and the units at ",
         "the line tripped at 4:17 p.m. and the units at "),
        ("on June 12, 2024, the units tripped at ", " the units tripped at "),
    ],
)  # fmt: skip
def test_a_comma_or_colon_inside_a_figure_or_a_time_ends_no_clause(text: str, clause: str) -> None:
    assert clause_before(text, len(text)) == clause

"""Tests of reader/analysis/times/yesterdays.py: "gisteren", "gestern", "hier", "ayer",
"ieri", "ontem" and the day before are read as "yesterday" is, each in its language."""

from __future__ import annotations

import pytest

from tests.analysis.times.test_last_weekdays import days_of


# each was no date: "yesterday" was read in English alone (the article is of Monday,
# November 30)
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Dutch", "Gisteren mochten de eerste bewoners terug."),
        ("Dutch", "De burgemeester sprak gisteravond met de bewoners."),
        ("German", "Die Feuerwehr kam gestern am Nachmittag."),
        ("French", "Les pompiers sont intervenus hier soir."),
        ("Spanish", "La policía detuvo ayer a tres personas."),
        ("Italian", "Il prefetto ha riunito ieri il comitato."),
        ("Portuguese", "Os bombeiros chegaram ontem à aldeia."),
    ],
)
def test_yesterday_is_the_day_before_the_articles_date(language: str, text: str) -> None:
    assert days_of(text, language) == ["date:11-29"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Dutch", "De dijk brak eergisteren door."),
        ("Spanish", "El museo cerró anteayer."),
        ("Italian", "Il ponte è stato chiuso l'altro ieri."),
    ],
)
def test_the_day_before_yesterday_is_two_days_back(language: str, text: str) -> None:
    assert days_of(text, language) == ["date:11-28"]


def test_a_word_for_yesterday_is_read_in_its_own_language_alone() -> None:
    assert days_of("Het water staat hier nog tot de vensterbank.", "Dutch") == []


# was no date: Swedish "i går", "i förrgår"
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Färjan gick på grund i går eftermiddag.", "date:11-29"),
        ("I går bogserades färjan loss.", "date:11-29"),
        ("Stormen började i förrgår.", "date:11-28"),
    ],
)
def test_swedish_yesterday_is_the_day_before(text: str, key: str) -> None:
    assert days_of(text, "Swedish") == [key]

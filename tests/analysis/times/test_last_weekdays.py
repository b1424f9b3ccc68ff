"""Tests of reader/analysis/times/last_weekdays.py: "el pasado domingo", "dimanche
dernier", "am vergangenen Sonntag", "afgelopen zondag" are read as "last Sunday" is."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.features import extract
from reader.analysis.times.told_days import told_days
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span

MONDAY_NOVEMBER_30 = date(2026, 11, 30)


def days_of(text: str, language: str | None, published: date = MONDAY_NOVEMBER_30) -> list[str]:
    """The keys of the days ``text``, a sentence in ``language``, tells by ``published``."""
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    f.language = language
    return [m.key for m in told_days(f, published)]


# each was no date: weekdays are told by the article's date in English alone
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Spanish", "Un grupo de ladrones asaltó el pasado domingo el museo."),
        ("Spanish", "Los ladrones asaltaron el museo el domingo pasado."),
        ("Spanish", "El último domingo asaltaron el museo."),
        ("French", "Des voleurs ont attaqué le musée dimanche dernier."),
        ("German", "Diebe überfielen am vergangenen Sonntag das Museum."),
        ("German", "Diebe überfielen letzten Sonntag das Museum."),
        # tests/data/pages/dijk_*: "toen de Oeverdijk afgelopen zaterdag bezweek"
        ("Dutch", "Dieven overvielen afgelopen zondag het museum."),
        ("Dutch", "Dieven overvielen zondag jongstleden het museum."),
    ],
)
def test_the_last_weekday_is_the_one_before_the_articles_date(language: str, text: str) -> None:
    assert days_of(text, language) == ["date:11-29"]


def test_the_last_weekday_on_that_weekday_is_a_week_back() -> None:
    text = "Un grupo de ladrones asaltó el pasado lunes el museo."
    assert days_of(text, "Spanish") == ["date:11-23"]


def test_a_weekday_in_an_english_sentence_is_read_in_english_alone() -> None:
    assert days_of("Thieves struck the museum el pasado domingo.", None) == []


# was no date: Swedish tells the last weekday as "i fredags", "i söndags" (the article of
# Monday, November 30)
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("I fredags gick färjan på grund vid Kalvgrundet.", "date:11-27"),
        ("Färjan bogserades loss i söndags.", "date:11-29"),
        ("Det hände förra fredagen.", "date:11-27"),
    ],
)
def test_a_swedish_last_weekday_is_the_one_before(text: str, key: str) -> None:
    assert days_of(text, "Swedish") == [key]


def test_a_swedish_weekday_alone_is_left_unread() -> None:
    assert days_of("Färjan går på fredag igen.", "Swedish") == []

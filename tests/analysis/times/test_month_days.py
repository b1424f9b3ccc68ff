"""Tests of reader/analysis/times/month_days.py: a day of the month told without its month
("sábado, dia 8", "el día 8", "il giorno 8") is a date of the month nearest the article's
date, no count."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.times.month_days import month_days
from tests.analysis.sentence_pairs import feats

MONDAY_AUGUST_10 = date(2026, 8, 10)


def days_of(text: str, language: str | None, published: date = MONDAY_AUGUST_10) -> list[str]:
    """The surface and key of each day of the month ``text`` (a sentence in ``language``)
    tells without its month, by ``published``."""
    return [f"{m.surface} {m.key}" for m in month_days(feats(text, language), published)]


# were counts of 8 (or 30)
@pytest.mark.parametrize(
    ("language", "text", "told"),
    [
        ("Portuguese", "O alerta foi dado às 03h40 de sábado, dia 8.", "dia 8 date:08-08"),
        ("Portuguese", "A estrada está cortada desde o dia 8.", "dia 8 date:08-08"),
        ("Spanish", "Los hechos ocurrieron el día 8 por la noche.", "día 8 date:08-08"),
        ("Italian", "Il ponte è chiuso dal giorno 8.", "giorno 8 date:08-08"),
        # the month before, nearer than this one's
        ("Portuguese", "O prazo terminou no dia 31.", "dia 31 date:07-31"),
    ],
)  # fmt: skip
def test_a_day_told_without_its_month_is_the_nearest_date(
    language: str, text: str, told: str
) -> None:
    assert days_of(text, language) == [told]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # more than ten days from the article's date either way
        ("Portuguese", "A feira abre no dia 27."),
        # told with its weekday, which is not the 8th's (a Saturday)
        ("Portuguese", "O alerta foi dado na sexta-feira, dia 8."),
        # "dia" is no English word
        (None, "The dia 8 valve failed."),
        # its month told: a date already
        ("Portuguese", "O alerta foi dado no dia 8 de agosto."),
    ],
)  # fmt: skip
def test_no_day_of_the_month_is_read(language: str | None, text: str) -> None:
    assert days_of(text, language) == []

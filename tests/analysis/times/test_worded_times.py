"""Clock times told in words (reader/analysis/times/worded_times.py): "las tres de la
madrugada", "trois heures du matin", "um drei Uhr nachts" are one time each, their
number word no count."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


# each was a count of the hour ("num:3"), or of nothing it was read as
@pytest.mark.parametrize(
    ("language", "text", "surface", "key"),
    [
        ("Spanish", "Los ladrones entraron pasadas las tres de la madrugada.",
         "tres de la madrugada", "time:03:00"),
        ("Spanish", "El vigilante llegó a las diez de la noche.",
         "diez de la noche", "time:22:00"),
        ("Spanish", "La alarma sonó a las cinco y media de la tarde.",
         "cinco y media de la tarde", "time:17:30"),
        ("French", "Les voleurs sont entrés vers trois heures du matin.",
         "trois heures du matin", "time:03:00"),
        ("French", "Le gardien est parti à six heures du soir.",
         "six heures du soir", "time:18:00"),
        ("German", "Die Diebe kamen um drei Uhr nachts.", "drei Uhr nachts", "time:03:00"),
        ("German", "Der Wächter ging um zehn Uhr abends.", "zehn Uhr abends", "time:22:00"),
        ("German", "Die Diebe kamen gegen vier Uhr.", "vier Uhr", "time:04:00"),
    ],
)  # fmt: skip
def test_a_clock_time_in_words_is_a_time(language: str, text: str, surface: str, key: str) -> None:
    found = feats(text, language).numbers
    assert [(m.kind, m.surface, m.key) for m in found] == [("time", surface, key)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Spanish", "La policía detuvo a las tres mujeres."),
        ("French", "La grève a duré trois heures."),
    ],
)
def test_an_hour_in_words_with_no_part_of_the_day_stays_a_count(language: str, text: str) -> None:
    assert [m.key for m in feats(text, language).numbers] == ["num:3"]

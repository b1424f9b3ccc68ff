"""Tests of reader/analysis/times/hour_fractions.py: Dutch and German clock times told by
the hour they lead up to ("half vier" is 3:30, "kwart voor vier" 3:45, "halb drei" 2:30)
are one time each, their number words no count."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_figures


def times(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.surface, m.key) for m in feats(text, language).numbers]


# each was a count of its hour ("num:4"), or of its minutes and its hour
@pytest.mark.parametrize(
    ("language", "text", "surface", "key"),
    [
        ("Dutch", "Het waterschap sloeg rond half vier ’s nachts alarm.",
         "half vier 's nachts", "time:03:30"),
        ("Dutch", "Het water stond om kwart voor vier in de straten.", "kwart voor vier",
         "time:03:45"),
        ("Dutch", "Vanaf kwart over vier trokken agenten langs de deuren.", "kwart over vier",
         "time:04:15"),
        ("Dutch", "Het was rond twintig voor vier ’s nachts toen de dijk bezweek.",
         "twintig voor vier 's nachts", "time:03:40"),
        ("Dutch", "De dijk brak om tien over half vier.", "tien over half vier",
         "time:03:40"),
        ("Dutch", "De sirenes gingen om vijf voor half vier.", "vijf voor half vier",
         "time:03:25"),
        ("Dutch", "De minister kwam om vier uur ’s middags.", "vier uur 's middags",
         "time:16:00"),
        ("Dutch", "De vergadering begon om half acht ’s avonds.", "half acht 's avonds",
         "time:19:30"),
        ("Dutch", "De raad kwam om half een ’s middags bijeen.", "half een 's middags",
         "time:12:30"),
        ("Dutch", "Het alarm ging om kwart over twaalf ’s nachts.",
         "kwart over twaalf 's nachts", "time:00:15"),
        ("German", "Gegen halb drei am Nachmittag erreichte der Pegel seinen Höchststand.",
         "halb drei am Nachmittag", "time:14:30"),
        ("German", "Die Feuerwehr kam um Viertel nach vier.", "Viertel nach vier",
         "time:04:15"),
    ],
)  # fmt: skip
def test_a_time_told_by_the_coming_hour_is_a_time(
    language: str, text: str, surface: str, key: str
) -> None:
    assert times(text, language) == [("time", surface, key)]


# no clock without a word that sets a moment or a part of the day: the eleventh hour,
# four hours
@pytest.mark.parametrize(
    "text", ["Het is vijf voor twaalf voor de dijken.", "De evacuatie duurde vier uur."]
)
def test_minutes_before_an_hour_or_hours_alone_are_no_time(text: str) -> None:
    assert "time" not in [kind for kind, _, _ in times(text, "Dutch")]


# was "vier · 04": the hour "half vier" leads up to matched a time half an hour on
def test_half_four_is_half_past_three() -> None:
    a = "Het waterschap sloeg rond half vier ’s nachts alarm."
    b = "Om 03.30 uur had het waterschap alarm geslagen."
    assert shared_figures(a, b, "Dutch") == [("half vier 's nachts", "03.30 uur")]


# were counts ("tre", "fyra"): Swedish tells a time by the hour it leads up to, as German
# does ("halv tre" is 2:30), "i" before the hour, "över" after it
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Klockan var halv tre på eftermiddagen när färjan slog i grundet.",
         "halv tre på eftermiddagen", "time:14:30"),
        ("Larmet kom vid kvart i fyra på morgonen.", "kvart i fyra på morgonen", "time:03:45"),
        ("Båtarna var framme kvart över fyra.", "kvart över fyra", "time:04:15"),
        ("Mötet började klockan fem.", "klockan fem", "time:05:00"),
    ],
)  # fmt: skip
def test_a_swedish_time_told_by_the_coming_hour_is_a_time(
    text: str, surface: str, key: str
) -> None:
    assert times(text, "Swedish") == [("time", surface, key)]


# was no match: "halv tre" a count of three
def test_half_three_in_the_afternoon_is_half_past_two() -> None:
    a = "Färjan gick på grund vid Kalvgrundet kl. 14.30 i går."
    b = "Klockan var halv tre på eftermiddagen när färjan slog i Kalvgrundet."
    assert ("14.30", "halv tre på eftermiddagen") in shared_figures(a, b, "Swedish")

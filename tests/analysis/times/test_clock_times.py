"""Reading clock times: "10:15 a.m.", "9. 25 am", "shortly after 3 p.m.", "about 1100 hrs
IST", the 24-hour times of other languages; and what is no time of an act (a span's
ends, a timestamp, "midnight rules")."""

from __future__ import annotations

import pytest

from reader.analysis.times.clock_times import Reading, clock_times
from tests.analysis.sentence_pairs import feats

# a reading's window, zone, and whether rough and its weekday when told
_Told = tuple[int, int, str] | tuple[int, int, str, bool] | tuple[int, int, str, bool, int]


def read(text: str, language: str | None = None) -> list[tuple[str, tuple[Reading, ...]]]:
    return [(t.mention.surface, t.readings) for t in clock_times(feats(text, language))]


@pytest.mark.parametrize(
    ("text", "language", "surface", "readings"),
    [
        ("The quake struck at 10:15 a.m.", None, "10:15 a.m.", [(610, 620, "")]),
        # written without a.m. or p.m. in English: either half of the day
        ("The quake struck at 10:15.", None, "10:15", [(610, 620, ""), (1330, 1340, "")]),
        ("The incident occurred around 9. 25 am when five boats were seen.", None,
         "around 9. 25 am", [(535, 595, "", True)]),
        # a weekday right after a zoned time is its day there (Monday 0)
        ("It hit shortly after 3 p.m. EST on Monday.", None,
         "shortly after 3 p.m. EST on Monday", [(885, 930, "est", False, 0)]),
        ("Pirates attacked the ship about 1100 hrs IST, 150 miles west of Aden.", None,
         "about 1100 hrs IST", [(630, 690, "ist", True)]),
        ("The pirates surrounded the vessel around noon, when INS Mysore intervened.", None,
         "around noon", [(690, 750, "", True)]),
        ("The bomb went off just before 5:30 p.m.", None, "just before 5:30 p.m.",
         [(1020, 1055, "")]),
        # one moment told in two zones; local time is the place's, as a time with no zone
        ("Voting closed at 6:00 p.m. local time (1300 GMT) Sunday.", None,
         "6:00 p.m. local time (1300 GMT)", [(1075, 1085, ""), (775, 785, "gmt")]),
        ("Le séisme a frappé la région à 14h30.", "French", "14h30", [(865, 875, "")]),
        ("Das Beben ereignete sich gegen 14 Uhr.", "German", "gegen 14 Uhr",
         [(810, 870, "", True)]),
        ("El terremoto ocurrió a las 14:30.", "Spanish", "14:30", [(865, 875, "")]),
        ("Il terremoto è avvenuto alle 14.30.", "Italian", "14.30", [(865, 875, "")]),
        ("O terremoto ocorreu às 14h30.", "Portuguese", "14h30", [(865, 875, "")]),
        # "por volta das", "alrededor de las": bounds, not a span's "das", "de las"
        ("O terremoto ocorreu por volta das 14h30.", "Portuguese", "por volta das 14h30",
         [(840, 900, "", True)]),
        ("El terremoto ocurrió alrededor de las 14:30.", "Spanish",
         "alrededor de las 14:30", [(840, 900, "", True)]),
    ],
)  # fmt: skip
def test_reads_a_clock_time(
    text: str,
    language: str | None,
    surface: str,
    readings: list[_Told],
) -> None:
    assert read(text, language) == [(surface, tuple(Reading(*r) for r in readings))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Polls were open from 9 a.m. until 11 a.m.", None),  # a span's ends
        ("May 2, 2013 1:35 pm.", None),  # a timestamp
        ("Posted August 2nd, 2013 at 5:19 pm", None),
        ("These midnight regulations are part of a pattern.", None),
        ("Der Zug hielt am 3 am Bahnhof.", "German"),  # German "am" is "on the"
        ("Il premio è andato alle 14 vittime.", "Italian"),  # a count after "alle"
        ("Se entregó ayuda a las 14 familias.", "Spanish"),
    ],
)
def test_reads_no_clock_time(text: str, language: str | None) -> None:
    assert read(text, language) == []

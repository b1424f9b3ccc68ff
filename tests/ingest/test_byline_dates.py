"""Tests of reader/ingest/byline_dates.py: a date stamp set off after a byline on its line
is cut from it, in each language Crossread reads bylines in; a date inside prose or an
agency after a comma is not."""

from __future__ import annotations

import pytest

from reader.ingest.byline_dates import SetOffDate, set_off_date

DATED_BYLINES = [
    ("Von Anna Müller (dpa) | 12.03.2024, 06:40 Uhr", "Von Anna Müller (dpa)"),
    ("Par Jean Dupont (AFP) - 12 mars 2024 à 06h40", "Par Jean Dupont (AFP)"),
    ("By Jane Doe, AP | March 12, 2024 6:40 AM", "By Jane Doe, AP"),
    ("Por María López (EFE) | 12 de marzo de 2024, 06:40", "Por María López (EFE)"),
    ("di Marco Rossi (ANSA) - 12 marzo 2024, 06:40", "di Marco Rossi (ANSA)"),
    ("Por João Silva (Lusa) | 12 de março de 2024 às 06h40", "Por João Silva (Lusa)"),
    ("Door Jan de Vries (ANP) | 12 maart 2024, 06:40", "Door Jan de Vries (ANP)"),
    ("Von Anna Müller, 12.03.2024", "Von Anna Müller"),
    ("Par Jean Dupont — Publié le 12 mars 2024 à 06h40", "Par Jean Dupont"),
    ("Von Anna-Lena Schmidt (dpa) · Stand: 12.03.2024", "Von Anna-Lena Schmidt (dpa)"),
]


@pytest.mark.parametrize(("line", "before"), DATED_BYLINES)
def test_a_stamp_after_a_byline_is_cut_from_it(line: str, before: str) -> None:
    dated = set_off_date(line)
    assert dated is not None
    assert dated.before == before
    assert line.endswith(dated.date)


def test_the_agency_after_a_comma_stays_with_the_byline() -> None:
    """The agency ("AP") opens no stamp: the stamp begins at the month after the bar."""
    assert set_off_date("By Jane Doe, AP | March 12, 2024") == SetOffDate(
        "By Jane Doe, AP", "March 12, 2024"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Von Anna Müller (dpa)",
        "By Jane Doe, AP",
        "12.03.2024, 06:40 Uhr",
        "The council met on March 12, 2024 and voted.",
        "Par ailleurs, le conseil a voté - 12 mars 2024 - la fermeture du pont.",
        "Von Anna Müller | Politik",
    ],
)
def test_a_line_ending_in_no_stamp_is_left_whole(line: str) -> None:
    assert set_off_date(line) is None

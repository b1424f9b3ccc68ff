"""Tests of reader/ingest/byline_dates.py: a date stamp set off after a byline on its line
is cut from it, in each language Crossread reads bylines in; a date inside prose or an
agency after a comma is not; the stamp of an article's byline, in a text, a Markdown
file or a web page's byline element the extractor drops, dates the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
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


# A byline and its date stamp, as an article in each format prints them under its
# headline: the date is the document's, the line is dimmed as a byline.
STAMPED_BYLINES = [
    ("By Maria Delgado, Staff Writer — Published March 12, 2026", "2026-03-12"),
    ("By Maria Delgado, Staff Writer | Updated 12 March 2026 14:05", "2026-03-12"),
    ("By Maria Delgado, Staff Writer - March 12, 2026", "2026-03-12"),
    ("By Maria Delgado — Published: March 12, 2026", "2026-03-12"),
]
_HEADLINE = "River plan passes after a long night"
_PARAGRAPHS = (
    "The city council voted 6-3 on Tuesday to approve a flood plan for the river after a "
    "debate that ran past midnight.",
    "Residents who had waited for hours applauded when the vote was read out, and the "
    "mayor thanked them for staying.",
    "The plan raises the levee along the east bank and buys out forty homes in the "
    "lowest streets over five years.",
)
_CROSSHEAD = "A long night"


def _article(fmt: str, byline: str) -> str:
    first, *rest = _PARAGRAPHS
    if fmt == "html":
        later = "\n".join(f"<p>{p}</p>" for p in rest)
        return (
            f'<html><head><meta charset="utf-8"></head><body><article><h1>{_HEADLINE}</h1>\n'
            f'<p class="byline">{byline}</p>\n<p>{first}</p>\n<h2>{_CROSSHEAD}</h2>\n'
            f"{later}\n</article></body></html>\n"
        )
    head = f"# {_HEADLINE}" if fmt == "md" else _HEADLINE
    cross = f"## {_CROSSHEAD}" if fmt == "md" else _CROSSHEAD
    return "\n\n".join([head, byline, first, cross, *rest]) + "\n"


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize(("byline", "date"), STAMPED_BYLINES)
def test_a_byline_s_date_stamp_dates_the_article(
    tmp_path: Path, fmt: str, byline: str, date: str
) -> None:
    path = tmp_path / f"article.{fmt}"
    path.write_text(_article(fmt, byline), encoding="utf-8")
    doc = load_document(path)
    assert doc.date == date


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_byline_with_its_date_stamp_stays_dimmed(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"article.{fmt}"
    path.write_text(_article(fmt, STAMPED_BYLINES[0][0]), encoding="utf-8")
    doc = load_document(path)
    dimmed = [doc.slice(b) for b in doc.boilerplate]
    assert [line[:30] for line in dimmed] == ["By Maria Delgado, Staff Writer"]
    assert doc.title == _HEADLINE

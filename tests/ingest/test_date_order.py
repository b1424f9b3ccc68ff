"""Tests of reader/ingest/date_order.py: a numeric date ("12/03/2024") is read day first
or month first as its document writes its dates, else as its language or its site's
country does, else month first."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ingest.date_order import DateHints, DateOrder, date_order
from reader.ingest.metadata import parse_date

DAY, MONTH = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST


@pytest.mark.parametrize(
    ("text", "hints", "expected"),
    [
        # the document's own dates decide, whatever the hints
        ("Posted 12/03/2024. Updated 24/03/2024.", DateHints(language="en-US"), DAY),
        ("Posted 12/03/2024. Updated 03/24/2024.", DateHints(language="en-GB"), MONTH),
        ("Posted 12/03/2024. Updated 03/24/24 4:10 PM.", DateHints(address="x.co.uk"), MONTH),
        # then the page's language
        ("Posted 12/03/2024.", DateHints(language="en-GB"), DAY),
        ("Posted 12/03/2024.", DateHints(language="en-AU"), DAY),
        ("Posted 12/03/2024.", DateHints(language="en-IN"), DAY),
        ("Posted 12/03/2024.", DateHints(language="fr"), DAY),
        ("Posted 12/03/2024.", DateHints(language="de-DE"), DAY),
        ("Posted 12/03/2024.", DateHints(language="en-US"), MONTH),
        ("Posted 12/03/2024.", DateHints(language="en-US", address="x.co.uk"), MONTH),
        ("Posted 12/03/2024.", DateHints(language="en", address="x.co.uk"), DAY),
        # then the site's address
        ("Posted 12/03/2024.", DateHints(address="https://www.bbc.co.uk/news/1"), DAY),
        ("Posted 12/03/2024.", DateHints(address="www.abc.net.au"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://timesofindia.indiatimes.in/a"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://www.irishtimes.ie/"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://www.nzherald.co.nz/a"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://europa.eu/news"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://www.spiegel.de/a"), DAY),
        ("Posted 12/03/2024.", DateHints(address="https://www.example.com/a"), MONTH),
        ("Posted 12/03/2024.", DateHints(address="https://city.example.us/a"), MONTH),
        # then a site's stamp in another language
        ("Publié le 12/03/2024 à 14h30", None, DAY),
        ("Stand: 12.03.2024 14:30 Uhr", None, DAY),
        ("Actualizado: 12/03/2024 - 14:30", None, DAY),
        # a first publication's stamp, the word for "first" before or after the label
        ("Erstveröffentlichung: 03.05.2013, 10:20 Uhr", None, DAY),
        ("Zuerst veröffentlicht am 03/05/2013", None, DAY),
        ("Première publication le 03/05/2013 à 10h20", None, DAY),
        ("Publié initialement le 03/05/2013", None, DAY),
        ("Publicado originalmente em 03/05/2013 às 10h20", None, DAY),
        ("Pubblicato per la prima volta il 03/05/2013", None, DAY),
        ("Originally published 05/03/2013 at 10:20 AM EDT", None, MONTH),
        ("Publié le 12/03/2024.", DateHints(address="https://city.example.us/a"), MONTH),
        ("The law was published 12/03/2024.", None, MONTH),
        # else month first
        ("Posted 12/03/2024.", DateHints(), MONTH),
        ("Posted 12/03/2024.", None, MONTH),
    ],
)
def test_date_order(text: str, hints: DateHints | None, expected: DateOrder) -> None:
    assert date_order(text, hints) is expected


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12/03/2024", DAY, "2024-03-12"),
        ("12/03/2024", MONTH, "2024-12-03"),
        ("24/02/2013", MONTH, "2013-02-24"),  # cannot be month first
        ("12/16/08 1:30 AM EST", DAY, "2008-12-16"),  # cannot be day first
        ("2024-03-12", DAY, "2024-03-12"),  # ISO is unambiguous
        ("7 July 2012", DAY, "2012-07-07"),
    ],
)
def test_parse_date_in_an_order(text: str, order: DateOrder, expected: str) -> None:
    assert parse_date(text, order) == expected


PAGE = """<!DOCTYPE html><html{lang}><head><title>Council approves new library</title>
</head><body><article><h1>Council approves new library</h1>
<p class="meta">Published 12/03/2024</p>
<p>The city council voted on Tuesday night to approve plans for a new central library,
ending a debate that had lasted more than two years.</p>
<p>Construction is expected to begin in the autumn and to take about eighteen months,
the council's planning committee said.</p></article></body></html>
"""


def _page(tmp_path: Path, lang: str, name: str = "library.html") -> Path:
    path = tmp_path / name
    path.write_text(PAGE.format(lang=lang), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (' lang="en-GB"', "2024-03-12"),
        (' lang="fr"', "2024-03-12"),
        (' lang="en-US"', "2024-12-03"),
        ("", "2024-12-03"),
    ],
)
def test_a_web_page_is_dated_as_its_language_writes_dates(
    tmp_path: Path, lang: str, expected: str
) -> None:
    assert load_document(_page(tmp_path, lang)).date == expected


def test_a_page_saved_from_a_british_site_is_dated_day_first(tmp_path: Path) -> None:
    path = tmp_path / "library.html"
    saved = "<!-- saved from url=(0040)https://www.localnews.co.uk/news/library -->\n"
    path.write_text(saved + PAGE.format(lang=""), encoding="utf-8")
    assert load_document(path).date == "2024-03-12"


def test_a_pasted_article_with_a_british_address_is_dated_day_first(tmp_path: Path) -> None:
    path = tmp_path / "library.txt"
    path.write_text(
        "https://www.localnews.co.uk/news/library\nCouncil approves new library\n"
        "Published 12/03/2024\nThe city council voted on Tuesday night to approve plans "
        "for a new central library.\n",
        encoding="utf-8",
    )
    assert load_document(path).date == "2024-03-12"


def test_a_pasted_article_follows_its_own_day_first_dates(tmp_path: Path) -> None:
    path = tmp_path / "library.txt"
    path.write_text(
        "Council approves new library\nPublished 12/03/2024\nThe city council voted on "
        "Tuesday night to approve plans first put forward on 28/11/2022.\n",
        encoding="utf-8",
    )
    assert load_document(path).date == "2024-03-12"


def test_a_pasted_article_without_hints_is_dated_month_first(tmp_path: Path) -> None:
    path = tmp_path / "library.txt"
    path.write_text(
        "Council approves new library\nPublished 12/03/2024\nThe city council voted.\n",
        encoding="utf-8",
    )
    assert load_document(path).date == "2024-12-03"


def test_a_clipped_markdown_article_is_dated_as_its_site_writes_dates(tmp_path: Path) -> None:
    path = tmp_path / "library.md"
    path.write_text(
        "---\nsource: https://www.abc.net.au/news/library\npublished: 12/03/2024\n---\n\n"
        "# Council approves new library\n\nThe city council voted on Tuesday night.\n",
        encoding="utf-8",
    )
    assert load_document(path).date == "2024-03-12"


def test_a_page_dated_in_its_metadata_keeps_that_date(tmp_path: Path) -> None:
    """An ISO date in the page's metadata is unambiguous, whatever its text writes."""
    page = PAGE.format(lang=' lang="en-US"').replace(
        "</title>",
        '</title><meta property="article:published_time" content="2024-03-12T09:00:00Z">',
    )
    path = tmp_path / "library.html"
    path.write_text(page, encoding="utf-8")
    assert load_document(path).date == "2024-03-12"

"""Tests of reader/ingest/markdown.py: Markdown syntax stripped, title from the heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import document_from_text, load_document
from reader.ingest.markdown import strip_markdown

CASES: list[tuple[str, str]] = [
    ("# Title", "Title"),
    ("## Sub heading ##", "Sub heading"),
    ("Some **bold** and __strong__ text", "Some bold and strong text"),
    ("Some *italic* and _emphasis_ text", "Some italic and emphasis text"),
    ("A [link](http://example.com) here", "A link here"),
    ('A [link](http://example.com "Title") here', "A link here"),
    ("A [ref link][1] here\n\n[1]: http://example.com", "A ref link here"),
    ("An image ![alt text](pic.png) here", "An image  here"),
    ("Code `x = 1` inline", "Code x = 1 inline"),
    ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
    ("Escaped \\*stars\\* and \\_under\\_", "Escaped *stars* and _under_"),
    ("~~struck~~ text", "struck text"),
    ("- item one\n- item two", "item one\n\nitem two"),
    ("1. first\n2. second", "first\n\nsecond"),
    ("> quoted\n> more", "quoted more"),
    ("line one\nline two\n\nnext para", "line one line two\n\nnext para"),
    ("above\n\n---\n\nbelow", "above\n\nbelow"),
    ("Heading\n=======\n\nBody", "Heading\n\nBody"),
    ("```\ncode line\n```", "code line"),
    ("---\ntitle: x\n---\nBody", "Body"),
    ("Visit <http://example.com> now", "Visit http://example.com now"),
    ("Kim’s “treaty” — signed", "Kim’s “treaty” — signed"),
]


@pytest.mark.parametrize(("markdown", "plain"), CASES)
def test_strip_markdown(markdown: str, plain: str) -> None:
    assert strip_markdown(markdown)[0] == plain


TITLE_CASES: list[tuple[str, str | None]] = [
    ("# The *Big* Title\n\nBody.", "The Big Title"),
    ("Intro.\n\n# Heading later\n\nBody.", "Heading later"),
    ("## Only level two\n\nBody.", None),
    ("Setext title\n===\n\nBody.", "Setext title"),
]


@pytest.mark.parametrize(("markdown", "title"), TITLE_CASES)
def test_markdown_title(markdown: str, title: str | None) -> None:
    assert strip_markdown(markdown)[1] == title


def test_heading_wins_over_first_line() -> None:
    doc = document_from_text("Some line first\n\n# The heading\n\nBody text.", fmt="md")
    assert doc.title == "The heading"


def test_markdown_offsets_index_the_output_text() -> None:
    doc = document_from_text("# Title\n\nA **bold** claim. Another [one](u).", fmt="md")
    assert [doc.slice(s) for s in doc.sentences] == ["Title", "A bold claim.", "Another one."]


# An article saved by a web clipper (Obsidian Web Clipper, MarkDownload): the address and
# the publication date are in the front matter.
CLIPPED = """---
title: "Rail strike halts trains across the north"
source: "https://www.northernpost.example/news/2024/05/02/rail-strike"
author:
  - "[[Sam Lee]]"
published: 2024-05-02T06:00:00+01:00
created: 2024-05-03
tags:
  - "clippings"
---
# Rail strike halts trains across the north

No trains ran on most lines in the north on Thursday as drivers began a 48-hour strike.
"""


@pytest.fixture
def clipped(tmp_path: Path) -> Path:
    path = tmp_path / "Rail strike.md"
    path.write_text(CLIPPED, encoding="utf-8")
    return path


def test_a_clipped_article_is_dated_by_its_front_matter(clipped: Path) -> None:
    assert load_document(clipped).date == "2024-05-02"


def test_a_clipped_article_names_the_site_of_its_address(clipped: Path) -> None:
    assert load_document(clipped).source == "northernpost.example"


def test_front_matter_never_reaches_the_text(clipped: Path) -> None:
    assert "clippings" not in load_document(clipped).text


def _table_article(tmp_path: Path, delimiter: str) -> Path:
    path = tmp_path / "casualties.md"
    path.write_text(
        "# Flood toll rises\n\nThe toll by town:\n\n"
        f"| Town | Dead |\n{delimiter}\n| Ely | 3 |\n| **Leek** | 5 |\n\nRescuers worked on.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("delimiter", ["|---|---|", "|:---:|---:|", ":-- | --", "| - | :-: |"])
def test_a_markdown_tables_delimiter_row_is_left_out(tmp_path: Path, delimiter: str) -> None:
    text = load_document(_table_article(tmp_path, delimiter)).text
    assert "-" not in text


def test_a_markdown_table_row_is_one_line_of_its_cells(tmp_path: Path) -> None:
    text = load_document(_table_article(tmp_path, "|---|---|")).text
    assert text.split("\n\n") == [
        "Flood toll rises",
        "The toll by town:",
        "Town | Dead",
        "Ely | 3",
        "Leek | 5",
        "Rescuers worked on.",
    ]


HEADING_CASES: list[tuple[str, tuple[str, ...]]] = [
    ("# Title\n\nBody.\n\n## Part one\n\nMore.", ("Part one",)),
    ("# Title\n\nBody.\n\nPart *two*\n---\n\nMore.", ("Part two",)),
    ("Setext title\n===\n\nBody.\n\n# A second first level\n\nMore.", ("A second first level",)),
    ("Body.\n\n#### Deep ####\n\n- not a heading", ("Deep",)),
    ("Body with a # in it.\n\n#hashtag", ()),
]


@pytest.mark.parametrize(("markdown", "headings"), HEADING_CASES)
def test_markdown_headings_but_the_title(markdown: str, headings: tuple[str, ...]) -> None:
    assert strip_markdown(markdown)[2] == headings

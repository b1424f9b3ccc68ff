"""Tests of reader/ingest/release_matter.py: a press release's own matter is dimmed (its
"FOR IMMEDIATE RELEASE" line, "About ..." section and media contact block), its news
never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import document_from_text, load_document
from reader.ingest.boilerplate import is_boilerplate_line
from reader.ingest.release_matter import is_release_line, release_blocks
from reader.model.document import Document


def dimmed(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.boilerplate]


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release",
        "FOR IMMEDIATE RELEASE: Nov. 17, 2026",
        "NEWS RELEASE",
        "Press Release",
        "EMBARGOED UNTIL 9 A.M. ET, NOV. 17, 2026",
        "For release on Tuesday, Nov. 17",
        "-30-",
        "- 30 -",
    ],
)
def test_a_release_s_own_line_is_boilerplate(line: str) -> None:
    assert is_release_line(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The hospital said the press release was sent in error.",
        "For release of the hostages, the group demanded $2 million.",
        "Embargoed data showed a rise.",
        "News release schedules shifted after the flood, officials said, and the mayor "
        "apologised to reporters for the delay.",
    ],
)
def test_a_sentence_naming_a_release_is_none(line: str) -> None:
    assert not is_release_line(line)


RELEASE = [
    "Mobile Stroke Unit Cuts Treatment Times by 40 Percent",  # 0
    "The unit treated 312 patients in its first year.",  # 1
    "About Lakeshore Regional Medical Center",  # 2
    "Lakeshore Regional Medical Center is a 420-bed nonprofit hospital.",  # 3
    "Media contact:",  # 4
    "Jenna Morales",  # 5
    "Director of Communications",  # 6
    "jmorales@lakeshoreregional.org",  # 7
    "(419) 555-0142",  # 8
    "###",  # 9
]


def test_the_about_section_and_the_contact_block_are_the_release_s() -> None:
    assert release_blocks(RELEASE, lambda i: i in (7, 8, 9)) == [2, 3, 4, 5, 6, 7, 8, 9]


def test_a_contact_block_at_the_top_ends_before_the_headline() -> None:
    lines = [
        "Contact: Jenna Morales, (419) 555-0142",
        "FOR IMMEDIATE RELEASE",
        "Lakeshore stroke unit cuts treatment times",
        "The unit treated 312 patients in its first year.",
    ]
    assert release_blocks(lines, lambda i: i == 1) == [0]


@pytest.mark.parametrize(
    "lines",
    [
        # the section's paragraph names another than its heading
        ["About the victims", "Most of them were campers from Dallas.", "Two were guides."],
        # more paragraphs than an organisation's boilerplate: the article's own
        ["About Mill Creek", *["Mill Creek is a small town on the river."] * 4],
    ],
)
def test_an_about_heading_over_the_article_s_own_paragraphs_is_read(lines: list[str]) -> None:
    assert release_blocks(lines, lambda i: False) == []


def test_a_press_release_page_dims_its_own_matter_and_not_its_news(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / "release_lakeshore_stroke_unit.html")
    shown = dimmed(doc)
    assert "FOR IMMEDIATE RELEASE" in shown
    assert "About Lakeshore Regional Medical Center" in shown
    assert any(s.startswith("Lakeshore Regional Medical Center is a 420-bed") for s in shown)
    assert {"Media contact:", "Jenna Morales", "(419) 555-0142", "###"} <= set(shown)
    assert not any("preliminary" in s or "open house" in s for s in shown)  # its caveat


def test_a_headline_below_the_release_line_opens_the_text_once(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / "release_lakeshore_stroke_unit.html")
    lines = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert lines[:2] == [doc.title, "FOR IMMEDIATE RELEASE"]
    assert lines.count(doc.title) == 1


def test_a_release_pasted_as_text_dims_its_own_matter() -> None:
    doc = document_from_text("\n".join(["FOR IMMEDIATE RELEASE", *RELEASE]))
    assert dimmed(doc) == ["FOR IMMEDIATE RELEASE", *RELEASE[2:]]


DISCLAIMER = (
    "This press release contains forward-looking statements within the meaning of the"
    " Private Securities Litigation Reform Act of 1995. Actual results could differ"
    " materially."
)


@pytest.mark.parametrize(
    "lines",
    [
        ["Revenue rose 12%.", "Forward-Looking Statements", DISCLAIMER, "About Norvane",
         "Norvane Systems, Inc. provides cloud software."],
        ["Revenue rose 12%.", "Safe Harbor Statement", DISCLAIMER],
        ["Revenue rose 12%.", "Cautionary Statement Regarding Forward-Looking Statements",
         DISCLAIMER],
        ["Revenue rose 12%.", DISCLAIMER],
        ["Revenue rose 12%.", "Certain statements in this news release, including the"
         " outlook, are forward-looking statements."],
    ],
)  # fmt: skip
def test_a_disclaimer_of_forward_looking_statements_is_the_release_s(lines: list[str]) -> None:
    assert 0 not in release_blocks(lines, lambda i: False)
    assert 1 in release_blocks(lines, lambda i: False)
    assert len(lines) - 1 in release_blocks(lines, lambda i: False)


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own words on a forecast, under a heading or not
        ["Forward-looking statements", "Analysts doubt the company's outlook, which rests on"
         " a recovery in China.", "They expect revenue to fall."],
        ["The company's forward-looking statements proved wrong, the regulator said."],
    ],
)  # fmt: skip
def test_words_on_forecasts_are_not_a_disclaimer(lines: list[str]) -> None:
    assert release_blocks(lines, lambda i: False) == []


def test_a_results_release_page_dims_its_disclaimer_and_not_its_outlook(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / "results_norvane_release.html")
    shown = dimmed(doc)
    assert "Forward-Looking Statements" in shown
    assert any(s.startswith("This press release contains forward-looking") for s in shown)
    assert {"Investor contact:", "Helen Ostrowski", "About Norvane Systems"} <= set(shown)
    assert not any("$17 billion to $17.5 billion" in s for s in shown)  # its outlook

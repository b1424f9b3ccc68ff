"""Tests of reader/ingest/line_joins.py: a text wrapped at a fixed width (an e-mail, text
copied from a PDF viewer) read as its paragraphs, and any other text left as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.ingest import document_from_text, load_document
from reader.ingest.line_joins import joined, set_apart, unwrapped, words_of

ECB = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "ecbplus-dev"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"

# as a mail program wraps a press release at 72 characters
WRAPPED = """\
Ministry welcomes the treaty

The ministry said on Wednesday that the treaty signed in Pyongyang
holds, and that parliament would ratify it before the end of the
month. Officials said the text had been agreed in three rounds of
talks.

"We welcome it," the minister said. "It is a day for the whole
region."
"""


def test_a_wrapped_texts_paragraphs_are_one_line_each() -> None:
    assert unwrapped(WRAPPED).split("\n\n") == [
        "Ministry welcomes the treaty",
        "The ministry said on Wednesday that the treaty signed in Pyongyang holds, and that "
        "parliament would ratify it before the end of the month. Officials said the text had "
        "been agreed in three rounds of talks.",
        '"We welcome it," the minister said. "It is a day for the whole region."',
    ]


def test_a_wrapped_text_files_sentences_are_whole(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    doc = load_document(path)
    assert "The ministry said on Wednesday that the treaty signed in Pyongyang holds, and " \
        "that parliament would ratify it before the end of the month." in [
            doc.slice(s) for s in doc.sentences
        ]  # fmt: skip


def test_pasted_wrapped_text_is_read_as_its_paragraphs() -> None:
    doc = document_from_text(WRAPPED)
    assert len(doc.paragraphs) == 3


def test_a_paragraph_ending_short_of_the_width_ends_without_a_blank_line() -> None:
    text = (
        "The ministry said on Wednesday that the treaty signed in Pyongyang\n"
        "holds for ten years.\n"
        "Officials said the text had been agreed in three rounds of talks and\n"
        "would be published on Friday.\n"
    )
    assert unwrapped(text).split("\n") == [
        "The ministry said on Wednesday that the treaty signed in Pyongyang holds for ten years.",
        "Officials said the text had been agreed in three rounds of talks and would be "
        "published on Friday.",
    ]


def test_a_word_cut_by_a_hyphen_is_joined_keeping_it() -> None:
    text = (
        "The deal was signed by the two leaders in the North Korean capital, Pyong-\n"
        "yang, on Wednesday after talks at the Kumsusan guesthouse that lasted\n"
        "three hours.\n"
    )
    assert unwrapped(text) == (
        "The deal was signed by the two leaders in the North Korean capital, Pyong-yang, on "
        "Wednesday after talks at the Kumsusan guesthouse that lasted three hours."
    )


def test_a_word_cut_by_a_hyphen_is_joined_whole_when_the_text_writes_it_whole() -> None:
    text = (
        "The talks continued on Wednesday, and the two delegations said they had con-\n"
        "tinued them into the night in the capital before the leaders met at dawn to\n"
        "sign the treaty.\n"
    )
    assert "they had continued them into the night" in unwrapped(text)


def test_joined_keeps_the_hyphen_of_a_word_the_text_writes_with_one() -> None:
    lines = ["a well-", "known figure"]
    assert joined(lines, words_of("a well-known figure")) == "a well-known figure"
    assert joined(["the con-", "tinued talks"], words_of("continued")) == "the continued talks"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence per line (ECB+)
        "Lohan checks into rehab\nLindsay Lohan has checked into a rehab facility.\n"
        "The actress, 26, checked in late Thursday.\nHer lawyer confirmed it.\n",
        # a paragraph per line
        (SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt").read_text("utf-8"),
        # a list, one item a line
        "Killed: 3\nInjured: 12\nMissing: 1\n",
    ],
)
def test_a_text_not_wrapped_is_left_as_it_is(text: str) -> None:
    assert unwrapped(text) == text


@pytest.mark.skipif(not ECB.is_dir(), reason="ECB+ development corpus not present")
def test_no_ecb_article_is_taken_for_a_wrapped_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*/*.txt"))]
    assert [t for t in texts if unwrapped(t) != t] == []


@given(st.text(st.sampled_from("ab -\n.A"), max_size=300))
def test_unwrapping_moves_only_white_space(text: str) -> None:
    assert re.sub(r"\s", "", unwrapped(text)) == re.sub(r"\s", "", text)


# Lines a paragraph of their own by their words (a PDF's page) ------------------------------

CAPTION = ["Kim and Putin walk side-by-side at a", "welcome ceremony in Pyongyang. (AFP/Yonhap)"]


@pytest.mark.parametrize(
    ("lines", "apart"),
    [
        pytest.param(
            ["Putin, Kim pledge mutual assistance", "Posted on : 2024-06-20 17:30 KST", "North"],
            [
                "Putin, Kim pledge mutual assistance",
                "",
                "Posted on : 2024-06-20 17:30 KST",
                "",
                "North",
            ],
            id="a date line",
        ),
        pytest.param(
            ["North Korea and Russia forged ties", *CAPTION, *CAPTION, "Kim Jong-un signed"],
            [
                "North Korea and Russia forged ties",
                "",
                *CAPTION,
                "",
                *CAPTION,
                "",
                "Kim Jong-un signed",
            ],
            id="a caption printed twice, each copy",
        ),
        pytest.param(
            ["The treaty was signed on Wednesday,", "June 19, 2024", "in Pyongyang, they said."],
            ["The treaty was signed on Wednesday,", "June 19, 2024", "in Pyongyang, they said."],
            id="a date in a sentence",
        ),
        pytest.param(
            ["Last Updated: Jul 07, 2012 8:44 PM", "ET Wladimir Klitschko stopped Tony Thompson"],
            ["Last Updated: Jul 07, 2012 8:44 PM", "ET Wladimir Klitschko stopped Tony Thompson"],
            id="a date line going on on the next line",
        ),
        pytest.param(
            ["More stories", "Advertisement", "Advertisement", "The summit ended."],
            ["More stories", "Advertisement", "Advertisement", "The summit ended."],
            id="a line of few words printed twice",
        ),
        pytest.param(
            ["Posted on : 2024-06-20 17:30 KST", "", "North Korea and Russia forged ties"],
            ["Posted on : 2024-06-20 17:30 KST", "", "North Korea and Russia forged ties"],
            id="a date line apart already",
        ),
    ],
)
def test_lines_that_are_a_paragraph_by_their_words_are_set_apart(
    lines: list[str], apart: list[str]
) -> None:
    assert set_apart(lines) == apart

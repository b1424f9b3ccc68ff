"""Tests of reader/analysis/linking/relatedness.py and reader/analysis/__init__.py: the
notice of a pair in two languages says, when the installed sentence model (English only)
matched it, what the reader can do (a multilingual model folder); not for a model folder
of the reader's own, nor for a pair of one language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, pair_notice
from reader.ingest import load_document
from reader.model import Alignment, Document
from reader.report import text_summary
from tests.session.samples import sample_alignment

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"


@pytest.fixture(scope="module")
def derailment() -> tuple[Document, Document]:
    """A German and an English report of one derailment."""
    return (
        load_document(PAGES / "derailment_allgaeuer_rundschau.html"),
        load_document(PAGES / "derailment_alpine_herald.html"),
    )


@pytest.mark.parametrize("method", ["auto", "semantic"])
def test_the_installed_model_on_two_languages_says_what_to_do(
    derailment: tuple[Document, Document], method: str
) -> None:
    al = align(*derailment, method=method)
    assert al.method == "semantic"
    assert ENGLISH_ONLY_MODEL in al.notices
    notice = pair_notice(al)
    assert notice is not None
    assert notice.startswith("Article A is written in German and article B in English:")
    assert notice.endswith(ENGLISH_ONLY_MODEL)


def test_the_text_summary_says_it_in_its_note(derailment: tuple[Document, Document]) -> None:
    summary = text_summary(align(*derailment, method="auto"))
    note = next(line for line in summary.splitlines() if line.startswith("note: "))
    assert note.endswith(ENGLISH_ONLY_MODEL)
    assert summary.count("multilingual model folder") == 1


def test_words_alone_say_nothing_of_the_model(derailment: tuple[Document, Document]) -> None:
    al = align(*derailment, method="lexical")
    assert ENGLISH_ONLY_MODEL not in al.notices
    assert "multilingual" not in (pair_notice(al) or "")


@pytest.mark.usefixtures("chosen_model")
def test_a_model_folder_of_the_readers_own_says_nothing_of_english(
    derailment: tuple[Document, Document],
) -> None:
    al = align(*derailment, method="auto")
    assert al.method == "semantic"
    assert ENGLISH_ONLY_MODEL not in al.notices
    notice = pair_notice(al)
    assert notice is not None and notice.startswith("Article A is written in German")
    assert "English only" not in notice


def test_an_english_pair_matched_by_the_installed_model_says_nothing(
    seed_a_path: Path, seed_b_path: Path
) -> None:
    al = align(load_document(seed_a_path), load_document(seed_b_path), method="auto")
    assert al.method == "semantic"
    assert ENGLISH_ONLY_MODEL not in al.notices


def test_the_notice_says_it_only_when_the_aligner_noted_it() -> None:
    """A saved session keeps the aligner's notices: the pair's notice follows them."""
    base = sample_alignment()
    german = replace(base.a, text=_GERMAN, content_hash="a")
    english = replace(base.b, text=_ENGLISH, content_hash="b")
    bare = Alignment(german, english)
    assert pair_notice(bare) is not None
    assert ENGLISH_ONLY_MODEL not in (pair_notice(bare) or "")
    noted = bare.with_notices((ENGLISH_ONLY_MODEL,))
    assert (pair_notice(noted) or "").endswith(ENGLISH_ONLY_MODEL)


_GERMAN = (
    "Der Zug war mit rund 180 Fahrgästen von Kempten nach Ulm unterwegs, als ein vom "
    "Hochwasser unterspülter Bahndamm nachgab. Die Verletzten wurden in Krankenhäuser "
    "gebracht, und die Polizei sperrte das Gelände ab, wie ein Sprecher der Stadt sagte."
)
_ENGLISH = (
    "The train was carrying about 180 passengers from Kempten to Ulm when an embankment "
    "undermined by floodwater gave way. The injured were taken to hospitals, and the police "
    "sealed off the area, a spokesman for the town said."
)

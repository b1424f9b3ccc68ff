"""Correction notes: a paragraph opening as the outlet's note on what an earlier version
got wrong, in four languages, and the figures it puts right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.correction_notes import (
    Fix,
    correction_notes,
    fixes_in,
    notes_told,
    opens_note,
    pair_corrections,
)
from reader.analysis.pipeline import align
from reader.ingest import load_document
from reader.model import Document

PAGES = Path(__file__).parents[1] / "data" / "pages"


@pytest.mark.parametrize(
    "paragraph",
    [
        "An earlier version of this article misstated the number of firefighters. "
        "It was 60, not 80.",
        "Correction: A photo caption misidentified the mayor.",
        "CORRECTION: The vote was on Tuesday.",
        "Correction (Oct. 12): The fund raised $148,000.",
        "Correction, Oct. 12, 2026: The fund raised $148,000.",
        "This article has been updated to include the fire marshal's findings.",
        "This story was corrected to fix the year the library was built.",
        "This story was updated on Dec. 3 to correct the year the library was built.",
        "This article has been changed to remove a photograph.",
        "Editor's note: An earlier version of this article misstated the year.",
        "Editor’s Note — The year was 1891.",
        "Clarification: The fire began in the basement, not the reading room.",
        "*Correction: the library was built in 1891.*",
        "“Correction: the library was built in 1891.”",
        "Korrektur: In einer früheren Version hieß es, 80 Feuerwehrleute seien im Einsatz gewesen.",
        "In einer früheren Version dieses Artikels hieß es, es seien 80 Feuerwehrleute gewesen.",
        "Anmerkung der Redaktion: Der Text wurde ergänzt.",
        "Rectificatif : la bibliothèque a été construite en 1891.",
        "Une version précédente de cet article indiquait 80 pompiers.",
        "Note de la rédaction : cet article a été mis à jour.",
        "Fe de errores: la biblioteca se construyó en 1891.",
        "Una versión anterior de este artículo decía que eran 80 bomberos.",
        "Este artículo ha sido actualizado con la versión de los bomberos.",
        # a live page's entry, named by its time
        "An earlier version of the 16:10 post said 12 people had died; the figure was 11.",
        "A previous version of this entry misstated the toll.",
        "An earlier version of the 2.45pm GMT update gave the wrong time.",
    ],
)
def test_a_paragraph_opening_as_a_correction_note_is_one(paragraph: str) -> None:
    assert opens_note(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The correction in stock prices wiped out a year of gains.",
        "Correction in stock prices wiped out a year of gains, analysts said.",
        "A clarification from the ministry said the rule applies only to new homes.",
        "Clarification from the ministry came on Monday.",
        "Officials issued a correction: the fire began in the basement.",
        "The editor's note on the front page drew complaints.",
        "An earlier version of the plan called for 80 firefighters.",
        "An earlier version of the report said 12 people had died.",
        "An earlier version of the update to the software crashed.",
        "Die Korrektur der Prognose kam am Montag.",
        "La rectification des comptes a pris trois mois.",
        "La corrección del mercado continuó el martes.",
        "Updated figures show the fund raised $148,000.",
    ],
)
def test_a_paragraph_merely_using_the_word_is_none(paragraph: str) -> None:
    assert not opens_note(paragraph)


@pytest.mark.parametrize(
    ("text", "fixes"),
    [
        ("It was 60, not 80.", (Fix("60", "80"),)),
        (
            "It was 60, not 80. It also misstated the year. It was 1891, not 1881.",
            (Fix("60", "80"), Fix("1891", "1881")),
        ),
        ("The fund raised $148,000 rather than $184,000.", (Fix("$148,000", "$184,000"),)),
        ("The fire was on Oct. 11, not Oct. 12.", (Fix("Oct. 11", "Oct. 12"),)),
        ("Es waren 60, nicht 80 Feuerwehrleute.", (Fix("60", "80"),)),
        ("Il y avait 60 pompiers et non 80.", ()),  # a noun between: not read
        ("Il y avait 60, et non 80, pompiers.", (Fix("60", "80"),)),
        ("Eran 60, no 80.", (Fix("60", "80"),)),
        ("It misstated the number of firefighters.", ()),
    ],
)
def test_the_values_a_note_puts_right(text: str, fixes: tuple[Fix, ...]) -> None:
    assert fixes_in(text) == fixes


def test_the_feature_pages_note_is_its_last_paragraph() -> None:
    doc = load_document(PAGES / "feature_ashbury_library_fire.html")
    notes = correction_notes(doc)
    assert len(notes) == 1
    assert notes[0].span == doc.paragraphs[-1]
    assert doc.slice(notes[0].span).startswith("Editor's note: An earlier version")
    assert notes[0].fixes == (Fix("60", "80"), Fix("1891", "1881"))


def test_the_brief_has_no_note() -> None:
    assert correction_notes(load_document(PAGES / "brief_ashbury_library_fire.html")) == ()


def test_a_note_in_the_body_of_a_sentence_is_none(doc: Callable[[str], Document]) -> None:
    text = (
        "Markets slide\n\n"
        "The correction in stock prices continued on Friday.\n\n"
        "Analysts said a correction: was overdue.\n"
    )
    assert correction_notes(doc(text)) == ()


WRONG = (
    "Library fire destroys maps\n\n"
    "A fire destroyed the Ashbury Public Library on Sunday.\n\n"
    "About 80 firefighters from six towns fought the blaze for five hours, "
    "Fire Chief Dana Whitcomb said.\n"
)
RIGHT = (
    "Ashbury library burns\n\n"
    "Fire destroyed the Ashbury Public Library early on Sunday.\n\n"
    "About 60 firefighters from six towns fought the blaze for five hours, "
    "Fire Chief Dana Whitcomb said.\n\n"
    "Correction: An earlier version of this article misstated the number of "
    "firefighters. It was 60, not 80.\n"
)


def test_the_other_article_still_giving_the_wrong_figure_is_told(
    article_file: Callable[[str], Document],
) -> None:
    al = align(article_file(WRONG), article_file(RIGHT), method="lexical")
    (told,) = pair_corrections(al)
    assert told.side == "b"
    assert told.stale == ("A still gives 80, which B's correction says was wrong",)
    assert told.said().endswith("A still gives 80, which B's correction says was wrong.")


def test_an_article_giving_the_right_figure_is_not_told(
    article_file: Callable[[str], Document],
) -> None:
    al = align(article_file(WRONG.replace("80", "60")), article_file(RIGHT), method="lexical")
    (told,) = pair_corrections(al)
    assert told.stale == ()


def test_the_status_words(article_file: Callable[[str], Document]) -> None:
    al = align(article_file(WRONG), article_file(RIGHT), method="lexical")
    assert notes_told(al) == "B has a correction note"
    swapped = align(article_file(RIGHT), article_file(WRONG), method="lexical")
    assert notes_told(swapped) == "A has a correction note"
    none = align(article_file(WRONG), article_file(WRONG), method="lexical")
    assert notes_told(none) == ""


@pytest.mark.parametrize(
    "paragraph",
    [
        "This story was updated throughout the day. Follow our live blog",
        "This story has been updated with the latest containment figures.",
        "This article has been updated.",
        "This story was updated throughout the day. Follow our live blog to read more",
    ],
)
def test_a_live_story_s_notice_of_updates_is_no_note(paragraph: str) -> None:
    assert not opens_note(paragraph)

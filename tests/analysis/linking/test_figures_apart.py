"""A figure two sentences share is evidence for their link only when it counts one thing
on both sides (reader/analysis/figures/counted_apart.py, linking/lexical.py): "nine homes
had been destroyed" and "nine people have died" share a value, not a fact; "Hundreds
evacuated" (an order of magnitude, read as 200) and "200 rescuers" share no figure; nor
is such a figure shown as the evidence two linked sentences share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.counted_apart import figure_apart
from reader.analysis.linking.lexical import LexicalIndex, build_index, terms
from reader.analysis.linking.word_forms import ENGLISH_FORMS, WordForms, word_forms
from reader.analysis.units import document_units
from reader.model import Document, MatchKind

Make = Callable[[str], Document]


def feats(doc: Make, text: str, forms: WordForms = ENGLISH_FORMS) -> UnitFeatures:
    return extract(document_units(doc(text))[0], forms=forms)


def index(doc: Make, a: str, b: str) -> LexicalIndex:
    return build_index([feats(doc, a)], [feats(doc, b)])


# tests/data/pages/liveblog_*: the wire's houses destroyed and the blog's toll at 12:40
HOMES = "Holt said nine homes had been destroyed."
DEAD = "The fire service has confirmed that nine people have died."


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (HOMES, DEAD, True),
        ("Die Flut zerstörte 9 Häuser.", "Dort starben 9 Menschen.", True),
        ("Die Flut dauerte 9 Stunden.", "Dort starben 9 Menschen.", True),
        ("The storm lasted 24 hours.", "The storm killed 24 people.", True),
        ("The fine was $12 million.", "The blast destroyed 12 million homes.", True),
        # a noun of no kind told apart may count one thing told two ways
        ("It was signed by 250,000 people.", "The petition had 250,000 signatures.", False),
        ("Rescuers found 12 cars under the mud.", "The slide killed 12 people.", False),
        # people of any kind are one thing; one noun however written; a class and its kind
        ("The blast killed 12 workers.", "Twelve people died in the blast.", False),
        ("Police said 14 victims were named.", "Fourteen people have died.", False),
        ("The quake left at least 27 dead.", "It struck, killing at least 27 people.", False),
        ("The port held 38 vessels.", "Some 38 container ships were waiting.", False),
        # a count that names nothing may count anything
        ("Earlier officials had put the toll at nine.", DEAD, False),
        # a function word read after a figure names nothing ("38 der 60 Wahlkreise")
        ("Die CDU gewann 38 der 60 Wahlkreise.", "Die CDU hat 38 Sitze.", False),
    ],
)
def test_a_figure_counting_two_things_is_told_apart(doc: Make, a: str, b: str, apart: bool) -> None:
    forms = word_forms("German") if "Die " in a else ENGLISH_FORMS
    fa, fb = feats(doc, a, forms), feats(doc, b, forms)
    keys = {m.key for m in fa.numbers} & {m.key for m in fb.numbers}
    assert len(keys) == 1
    assert figure_apart(fa, fb, keys.pop()) == apart


# was 0.44: the figure (and its word "nine") the two share weighed most of it, and the
# semantic method linked them (score 0.66)
def test_a_figure_counting_two_things_adds_nothing_to_the_words_score(doc: Make) -> None:
    ix = index(doc, HOMES, DEAD)
    assert ix.similarity(0, 0) == 0.0
    assert ix.matrix_rows([0])[0, 0] == 0.0
    assert not ix.content_rows([0])[0, 0]


def test_a_figure_counting_one_thing_stays_evidence(doc: Make) -> None:
    ix = index(doc, "The fire service said nine people had died.", DEAD)
    assert ix.similarity(0, 0) > 0.3
    assert ix.matrix_rows([0])[0, 0] == pytest.approx(ix.similarity(0, 0))


# was one term, "#:num:200": the semantic method linked the live blog's heading "Hundreds
# evacuated" with the wire's "More than 200 rescuers" (score 0.77)
def test_an_order_of_magnitude_is_no_exact_figure(doc: Make) -> None:
    rescuers = "More than 200 rescuers were working on the slope."
    ix = index(doc, rescuers, "Hundreds evacuated")
    assert ix.similarity(0, 0) == 0.0
    hundreds = {t for t in terms(feats(doc, "Hundreds of residents fled.")) if t[:2] == "#:"}
    assert hundreds & {t for t in terms(feats(doc, "Hundreds evacuated")) if t[:2] == "#:"}


# was shown as evidence the two share ("Maren Holt, Ardmoyle, nine, landslide")
def test_a_figure_counting_two_things_is_not_shown_as_shared(doc: Make) -> None:
    a = doc("Fire chief Maren Holt said nine homes in Ardmoyle had been destroyed.")
    b = doc("Fire chief Maren Holt said nine people in Ardmoyle had died.")
    claims = [m for m in align(a, b, method="lexical").matches if m.kind is MatchKind.CLAIM]
    assert len(claims) == 1
    assert "Maren Holt" in claims[0].evidence
    assert "nine" not in claims[0].evidence

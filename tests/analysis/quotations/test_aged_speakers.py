"""Tests of reader/analysis/quotations/aged_speakers.py: a person told by an age and not
named ("säger en 67-årig man", "sagte ein 67-jähriger Mann", "zegt een 67-jarige man",
"a déclaré un homme de 67 ans", "dijo un hombre de 67 años") is the quotation's unnamed
speaker, in the article's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.figures.numerals import Writing
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document
from tests.analysis.quotations.test_dialogue import said

HEADLINE = "Ferry runs aground\n"


# each was "(no speaker named)", or the place the person is from ("Köln", "Sevilla")
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("”Det small till”, säger en 67-årig man från Uppsala som var på väg hem.",
         "en 67-årig man från Uppsala"),
        ("„Es hat plötzlich geknallt“, sagte ein 67-jähriger Mann aus Köln.",
         "ein 67-jähriger Mann aus Köln"),
        ('"Het schip helde ineens over", zegt een 67-jarige man.', "een 67-jarige man"),
        ("« Le bateau a penché d'un coup », a déclaré un homme de 67 ans.",
         "un homme de 67 ans"),
        ('"El barco se inclinó de golpe", dijo una mujer de 45 años de Sevilla.',
         "una mujer de 45 años de Sevilla"),
    ],
)  # fmt: skip
def test_a_person_told_by_an_age_after_the_verb_speaks(
    doc: Callable[[str], Document], line: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + line))] == [speaker]


# was "(no speaker named)": German nouns are no names (features, read as German)
def test_a_person_told_by_an_age_before_the_verb_speaks(doc: Callable[[str], Document]) -> None:
    d = doc(HEADLINE + "Ein 67-jähriger Mann sagte: „Es hat plötzlich geknallt.“")
    forms = word_forms("German")
    names = [m for u in document_units(d) for m in extract(u, Writing(True, "German"), forms).names]
    assert [q.speaker for q in find_quotations(d, names)] == ["ein 67-jähriger Mann"]


# guards (pass on main too): a named speaker after the verb, an age with no person
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("„Es hat plötzlich geknallt“, sagte Hans Braun, ein 67-jähriger Rentner.",
         "Hans Braun"),
        ('"It tilted," said a 67-year-old man from Boston.', "a 67-year-old man from Boston"),
    ],
)  # fmt: skip
def test_other_speakers_are_as_they_were(
    doc: Callable[[str], Document], line: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + line))] == [speaker]

"""Who says a quotation that a participle of saying brings in after its clause (ECB+
and the seed pair, shortened)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document


def speakers(doc: Document) -> list[tuple[str | None, bool]]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [(q.speaker, q.unnamed) for q in find_quotations(doc, names)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Greek President Carolos Papoulias condemned the violence, saying the country "
            'had "reached the edge of the abyss".',
            "Carolos Papoulias",
        ),
        (
            "Greek prime minister George Papandreou condemned the killings, saying: "
            '"A demonstration is one thing and murder is quite another".',
            "George Papandreou",
        ),
        (
            "Vladimir Putin was quoted by the Kremlin as saying that he and others in Russia "
            '"highly value" the support.',
            "Vladimir Putin",
        ),
        (
            "Ellen DeGeneres also earned praise for her performance, lightening the mood by "
            'asking, "What would bug the Taliban more?"',
            "Ellen DeGeneres",
        ),
    ],
)
def test_a_participle_of_saying_brings_in_the_words_of_its_clauses_subject(
    doc: Callable[[str], Document], sentence: str, expected: str
) -> None:
    assert speakers(doc("Title line\n" + sentence)) == [(expected, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On March 3, President Barack Obama directed the departments to review it, stating "
            'that "we should be looking at ways to strengthen it, not weaken it."',
            "Barack Obama",
        ),
        (
            "Though she did not want to re-enter the public arena, Bettie Page sent me a letter "
            'praising the piece, calling us "kindred spirits."',
            "Bettie Page",
        ),
    ],
)
def test_stating_and_calling_bring_in_the_words_of_the_clauses_subject(
    doc: Callable[[str], Document], sentence: str, expected: str
) -> None:
    assert speakers(doc("Title line\n" + sentence)) == [(expected, False)]


def test_a_participle_of_saying_after_an_unnamed_subject_brings_in_its_words(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nA government official downplayed the unrest saying that "
        '"for years there\'s been strikes and protests in this country."'
    )
    assert speakers(d) == [("a government official", True)]


def test_a_participle_of_saying_does_not_speak_for_a_quotation_another_verb_brings_in(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nAnna Berg left the meeting early, saying nothing, and the minutes "
        'noted that "talks have stalled."'
    )
    assert speakers(d) == [(None, False)]


def test_a_participle_of_saying_speaks_for_each_quotation_it_brings_in(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nVladimir Putin was quoted by the Kremlin as saying that he and others "
        'in Russia "highly value" North Korea\'s "consistent and unwavering support."'
    )
    assert speakers(d) == [("Vladimir Putin", False), ("Vladimir Putin", False)]


def test_a_participle_with_its_own_subject_brings_in_that_subjects_words(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nAt the time, Barack Obama stated that he opposed the rule changes with a "
        'spokesman stating: "As president, Senator Obama will fight to undo this proposal."'
    )
    assert speakers(d) == [("a spokesman", True)]

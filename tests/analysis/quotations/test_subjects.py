"""Where a verb of saying names its subject: past an office "of" something, past a
bracket and a clause set off by commas (ECB+ sentences, shortened)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.quotations.subjects import before_subject
from reader.analysis.units import document_units
from reader.model import Document


def speakers(doc: Document) -> list[str | None]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [q.speaker for q in find_quotations(doc, names)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"The rule strengthens the regulations," said Secretary of the Interior Dirk '
         "Kempthorne.", "Dirk Kempthorne"),
        ('"We are ready," said Minister of Defence Rajnath Singh.', "Rajnath Singh"),
        ('"That person is dangerous," said Lt. Gregg Hastings of the Oregon State Police.',
         "Gregg Hastings"),
    ],
)  # fmt: skip
def test_an_inverted_subject_is_named_past_an_office_of_something(
    doc: Callable[[str], Document], sentence: str, expected: str
) -> None:
    assert speakers(doc(f"Title line\n{sentence}")) == [expected]


def test_a_subject_is_named_past_a_bracket_and_a_clause_set_off_by_commas(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nCommittee Chairman Nick J. Rahall II (D-W. Va.), who had been seeking to "
        'overturn the rule, called the announcement "one more indication of change."'
    )
    assert speakers(d) == ["Nick J. Rahall II"]


# was (no speaker named): "wrote" in the apposition's relative clause read as a verb of
# saying of its own, which ended the apposition (tests/data/pages/senate_beltway_ledger)
@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega, a New Mexico Democrat who wrote the bill, told colleagues on the floor that "
        'every family "deserves to turn on the tap without fear."',
        'Ortega, who said she was tired, told reporters the bill "is done."',
    ],
)
def test_a_verb_of_saying_in_an_appositions_relative_clause_keeps_the_subject(
    doc: Callable[[str], Document], sentence: str
) -> None:
    assert speakers(doc(f"Title line\nSen. Maria Ortega spoke.\n{sentence}")) == ["Maria Ortega"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [("La alcaldesa", True), ("Le Premier ministre", True), ("Bundeskanzler", True),
     ("Die Bürgermeisterin", True), ("Il ministro", True), ("A prefeita", True),
     ("German Chancellor", True), ("the former", True),
     # an article with no office after it, a word that is none
     ("La", False), ("A", False), ("La vecina", False), ("Les pompiers", False)],
)  # fmt: skip
def test_what_may_come_before_a_subject(words: str, expected: bool) -> None:
    assert before_subject(words.split()) is expected

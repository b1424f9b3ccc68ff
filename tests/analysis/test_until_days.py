"""A weekday told as a deadline ("until Monday") against another deadline day (audit
F14): one bound of one act, two values; no alarm for a deadline against a day of
another act, or a deadline in a clause of another occasion."""

from __future__ import annotations

import pytest

from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("The road will stay closed until Monday.", "The road will stay closed until Tuesday.",
         None, "Monday vs Tuesday"),
        ("Die Strecke bleibt bis Montag gesperrt.", "Die Strecke bleibt bis Dienstag gesperrt.",
         "German", "Montag vs Dienstag"),
        ("La route restera fermée jusqu'à lundi.", "La route restera fermée jusqu'à mardi.",
         "French", "lundi vs mardi"),
        ("La carretera seguirá cerrada hasta el lunes.",
         "La carretera seguirá cerrada hasta el martes.", "Spanish", "lunes vs martes"),
        ("La strada resterà chiusa fino a lunedì.", "La strada resterà chiusa fino a martedì.",
         "Italian", "lunedì vs martedì"),
        ("A estrada ficará fechada até segunda-feira.",
         "A estrada ficará fechada até terça-feira.", "Portuguese",
         "segunda-feira vs terça-feira"),
    ],
)  # fmt: skip
def test_two_deadlines(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.DATE.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a deadline is not the day of another act
        ("The road will stay closed until Monday.", "The road was closed on Tuesday."),
        # a deadline in a clause of another occasion
        ("Traffic resumed, after the road stayed closed until Monday.",
         "Traffic resumed, after the road stayed closed until Tuesday."),
    ],
)  # fmt: skip
def test_no_alarm(a: str, b: str) -> None:
    assert details(a, b) == []

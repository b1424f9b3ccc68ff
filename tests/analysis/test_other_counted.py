"""A count with "other" or "more" between the figure and its noun counts that noun, in
six languages (audit F15): "Outros dois arguidos" and "Três outros arguidos" count the
accused, not "outros"."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Two other defendants were acquitted.", "Three other defendants were acquitted.",
         None, "Two vs Three"),
        ("Outros dois arguidos foram absolvidos.", "Três outros arguidos foram absolvidos.",
         "Portuguese", "dois vs Três"),
        ("Deux autres accusés ont été acquittés.", "Trois autres accusés ont été acquittés.",
         "French", "Deux vs Trois"),
        ("Otros dos acusados fueron absueltos.", "Tres otros acusados fueron absueltos.",
         "Spanish", "dos vs Tres"),
        ("Altri due imputati sono stati assolti.", "Altri tre imputati sono stati assolti.",
         "Italian", "due vs tre"),
        ("Zwei weitere Angeklagte wurden freigesprochen.",
         "Drei Angeklagte wurden freigesprochen.", "German", "Zwei vs Drei"),
    ],
)  # fmt: skip
def test_other_counts_of_one_thing(a: str, b: str, language: str | None, detail: str) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("Três outros arguidos foram absolvidos.", "Portuguese", "argu"),
        ("Tres otros acusados fueron absueltos.", "Spanish", "acus"),
        ("Zwei weitere Angeklagte wurden freigesprochen.", "German", "angeklagt"),
    ],
)
def test_the_noun_after_other_is_counted(text: str, language: str, counted: str) -> None:
    assert [m.unit_word for m in feats(text, language).numbers] == [counted]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # other accused against witnesses: two things counted
        ("Deux autres accusés ont été acquittés.", "Trois autres témoins ont été entendus.",
         "French"),
        ("Outros dois arguidos foram absolvidos.", "Três outras testemunhas foram ouvidas.",
         "Portuguese"),
        ("Zwei weitere Angeklagte wurden freigesprochen.", "Drei weitere Zeugen wurden gehört.",
         "German"),
    ],
)  # fmt: skip
def test_other_counts_of_different_things_agree(a: str, b: str, language: str) -> None:
    assert details(a, b, language) == []

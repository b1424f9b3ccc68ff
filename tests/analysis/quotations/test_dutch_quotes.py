"""Quotations as Dutch papers attribute them (reader/analysis/words/saying.py,
quotations/pronoun_speakers.py, subjects.py): "zei", "zegt", "aldus", "vertelt", "laat
... weten" with its subject between, "volgens"; a pronoun after the verb or before it
("vertelt hij", "laat zij weten", "Hij vertelt:", "volgens haar"); and a name's "van"
that is the name's ("Anouk van der Meulen") against one that ends the phrase ("Hendrik
ter Horst van Waterschap Maasvallei")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.quotations.test_dialogue import said

HEADLINE = "Dijk bezweken bij Wessemaar\n"


# each was "(no speaker named)": no Dutch verb of saying was known
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('"We hebben gedaan wat we konden," zei burgemeester Anouk van der Meulen zaterdag '
         "op een persconferentie.", "Anouk van der Meulen"),
        ("‘We hebben gedaan wat we konden’, zegt burgemeester Van der Meulen.",
         "Van der Meulen"),
        ("‘Zo gaat dat hier’, aldus voorzitter Lieke Hermans.", "Lieke Hermans"),
        ("‘Mijn kelder staat vol’, vertelt Ans Peeters uit de Molenstraat.", "Ans Peeters"),
        ("‘De dijk voldeed aan alle normen’, laat dijkgraaf Ter Horst weten.", "Ter Horst"),
    ],
)  # fmt: skip
def test_a_dutch_verb_of_saying_names_its_speaker(
    doc: Callable[[str], Document], line: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + line))] == [speaker]


# was "Hendrik ter Horst van Waterschap Maasvallei": "van" after a whole name is its "of"
def test_the_phrase_of_an_inverted_subject_ends_at_van(doc: Callable[[str], Document]) -> None:
    line = '"De dijk voldeed aan alle normen," aldus dijkgraaf Hendrik ter Horst van Waterschap.'
    assert said(doc(HEADLINE + line)) == [
        ('"De dijk voldeed aan alle normen,"', "Hendrik ter Horst")
    ]


# a pronoun stands for the one just named; the story writes "hij", "zij" in small letters
# elsewhere, so that the one opening a sentence is no name
@pytest.mark.parametrize(
    ("lines", "speaker"),
    [
        ('Gerrit Jansen zag het water komen, zei hij. "Ik hoorde de sirenes," vertelt hij.',
         "Gerrit Jansen"),
        ("Gerrit Jansen zag het water komen, zei hij. Hij vertelt: ‘Ik hoorde de sirenes.’",
         "Gerrit Jansen"),
        ('Sanne de Wit is woordvoerder, zei zij. "Het water zakt," laat zij weten.',
         "Sanne de Wit"),
        ("Anouk van der Meulen was opgelucht, zei zij. Volgens haar is het ‘een wonder’.",
         "Anouk van der Meulen"),
    ],
)  # fmt: skip
def test_a_dutch_pronoun_is_the_one_just_named(
    doc: Callable[[str], Document], lines: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + lines))] == [speaker]


# "ze" of a verb in the plural is "they"; "volgens haar advocaat" names her lawyer, not her
@pytest.mark.parametrize(
    "line",
    [
        'Gerrit Jansen kwam ook, zei hij. "We gaan door," zeiden ze.',
        'Anouk van der Meulen kwam ook. Volgens haar advocaat is het "een schande".',
    ],
)
def test_they_and_her_lawyer_are_not_the_one_just_named(
    doc: Callable[[str], Document], line: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + line))] == [None]

"""Quotations as Swedish papers attribute them (reader/analysis/words/saying.py,
quotations/pronoun_speakers.py, subjects.py; reader/ingest/segment.py): "säger", "sa",
"uppger ... till TT", "berättar", "enligt"; a pronoun after the verb ("säger hon", "sa
han") standing for the one just named; a line of dialogue opened with a dash; and a
quotation opened with ” (Swedish sets the same mark at both ends)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.words.saying import SAYING
from reader.model import Document
from tests.analysis.quotations.test_dialogue import said

HEADLINE = "Färja gick på grund i skärgården\n"


# each was "(no speaker named)": no Swedish verb of saying was known, and the phrase after
# an inverted verb ran on over "till TT"
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("”Oljan har inte nått land ännu”, säger Johan Ekberg på Kustbevakningen.",
         "Johan Ekberg"),
        ("”Oljan har inte nått land ännu”, uppger Kustbevakningens presschef Johan Ekberg "
         "till TT.", "Johan Ekberg"),
        ("”Det var kaos”, berättar Lars-Göran Nyberg från Uppsala.", "Lars-Göran Nyberg"),
        ("”Det var kaos”, sa Eva Holmgren.", "Eva Holmgren"),
    ],
)  # fmt: skip
def test_a_swedish_verb_of_saying_names_its_speaker(
    doc: Callable[[str], Document], line: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + line))] == [speaker]


# was "(no speaker named)": "säger" unknown, so the dash opened no line of dialogue
def test_a_swedish_line_of_dialogue_is_its_speaker_s(doc: Callable[[str], Document]) -> None:
    line = "– Oljan har inte nått land ännu, men vi följer läget noga, säger Johan Ekberg."
    assert said(doc(HEADLINE + line)) == [
        ("– Oljan har inte nått land ännu, men vi följer läget noga,", "Johan Ekberg")
    ]


# "hon" stands for the one just named; was "Statens" (the next sentence's first word):
# "hon." was the abbreviation "Hon." and the next sentence ran on
def test_she_is_the_one_just_named(doc: Callable[[str], Document]) -> None:
    text = (
        HEADLINE + "Vd Karin af Ekenstam säger till tidningen att rederiet ser allvarligt på "
        "det som hänt. ”Vi beklagar djupt det som har hänt”, säger hon. Statens "
        "haverikommission utreder olyckan."
    )
    assert [who for _, who in said(doc(text))] == ["Karin af Ekenstam"]


# "han", "hon" are pronouns in small letters only: "Han" after "said" is a name
def test_han_capitalised_after_said_is_a_name(doc: Callable[[str], Document]) -> None:
    text = 'Talks resume in Beijing\n"We will talk again," said Han Zheng on Friday.'
    assert [who for _, who in said(doc(text))] == ["Han Zheng"]


# "sa" is "said" only before its subject: French "sa" is "his"
@pytest.mark.parametrize(
    ("text", "verb"),
    [("”Det var kaos”, sa han.", "sa"), ("”Det var kaos”, sa Eva Holmgren.", "sa"),
     ("« Nous irons », sa femme l'a répété.", None)],
)  # fmt: skip
def test_sa_is_said_before_its_subject_alone(text: str, verb: str | None) -> None:
    found = SAYING.search(text)
    assert (found.group() if found else None) == verb

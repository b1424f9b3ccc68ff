"""Tests of reader/analysis/names/nationality_leads.py: a nationality before a person's
name ("American Tyler Nuñez scores late winner") is read apart from the name when the pair
names that person in full and by the surname alone; an institution holding a nationality
stays whole."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Document
from tests.analysis.name_keys import pair_keys

MakeDoc = Callable[[str], Document]

WIRE = (
    "American Tyler Nuñez scores late winner as Harwick beats Kestrel Bay\n"
    "American forward Tyler Nuñez scored in the 78th minute on Saturday.\n"
    "Nuñez, a 24-year-old from San Diego, side-footed in a low cross.\n"
)
PAPER = (
    "Nuñez's late winner ends Harwick's wait\n"
    "Tyler Nuñez's 78th-minute winner gave Harwick Rovers a 2-1 victory on Saturday.\n"
)


def test_a_nationality_before_a_person_named_in_full_and_alone_is_read_apart(
    doc: MakeDoc,
) -> None:
    keys, _ = pair_keys(doc(WIRE), doc(PAPER))
    assert "american tyler nuñez" not in keys
    assert {"american", "tyler nuñez"} <= keys


def test_a_person_never_named_by_the_surname_alone_keeps_the_run(doc: MakeDoc) -> None:
    wire = WIRE.replace("Nuñez, a 24-year-old", "He, a 24-year-old")
    paper = PAPER.replace("Nuñez's late", "A late")
    keys, _ = pair_keys(doc(wire), doc(paper))
    assert "american tyler nuñez" in keys


def test_an_institution_holding_a_nationality_stays_whole(doc: MakeDoc) -> None:
    a = (
        "The American Red Cross sent 200 volunteers on Tuesday.\n"
        "The Red Cross said its shelters were full.\n"
    )
    b = "Volunteers of the Red Cross arrived on Tuesday.\n"
    keys, _ = pair_keys(doc(a), doc(b))
    assert "american red cross" in keys

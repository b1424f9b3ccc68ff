"""Tests of reader/ingest/agency_credits.py: an agency's credit after a story in the six
languages Crossread reads is told from a sentence or a line of other names that opens
with the same words."""

from __future__ import annotations

import pytest

from reader.ingest.agency_credits import is_agency_credit
from reader.ingest.boilerplate import is_boilerplate_line

AGENCY_CREDITS = [
    "Mit Material von dpa",
    "Mit Material der Nachrichtenagenturen dpa und AFP",
    "Mit Material von dpa und Reuters.",
    "(dpa/AFP)",
    "(dpa)",
    "(AFP, Reuters)",
    "Avec AFP",
    "Avec l'AFP",
    "Avec agences",
    "(Avec AFP et Reuters)",
    "Con información de EFE",
    "Con información de agencias",
    "Con información de EFE y Europa Press",
    "Con informazioni di ANSA",
    "Con informazioni dell'ANSA",
    "Con agenzie",
    "Com informações da Lusa",
    "Com informações da Agência Brasil",
    "Com agências",
    "With agencies",
    "With AFP",
]


@pytest.mark.parametrize("line", AGENCY_CREDITS)
def test_an_agency_s_credit_is_one(line: str) -> None:
    assert is_agency_credit(line)


@pytest.mark.parametrize("line", AGENCY_CREDITS)
def test_an_agency_s_credit_is_dimmed(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Avec ses enfants",
        "Avec Emmanuel Macron",
        "Avec AFP, le gouvernement a dit que la réforme passerait",
        "Con información de la Policía Nacional",
        "Mit Material von der Baustelle",
        "Com o apoio da Lusa e de outros parceiros",
        "With Jane Smith",
        "(Berlin)",
        "(dpa, Berlin)",
    ],
)
def test_a_line_naming_no_agency_or_saying_more_is_no_credit(line: str) -> None:
    assert not is_agency_credit(line)

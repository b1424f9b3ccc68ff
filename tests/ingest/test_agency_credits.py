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
    # an agency with its regional service's code (was no credit, a passage "only in" A)
    "mit Material von dpa/lno",
    "(dpa/lno)",
    # the agency with the broadcaster's initials (was a passage "only in B" of
    # tests/data/pages/wahl_*)
    "dpa/RMR",
    "dpa/NDR",
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
    # Dutch (was a passage "only in A" of tests/data/pages/dijk_*)
    "Met medewerking van ANP",
    "Met materiaal van ANP en Belga",
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
        "Met medewerking van de Politie Limburg",
        "Met medewerking van de brandweer",
        "(Berlin)",
        "(dpa, Berlin)",
        "EU/USA",
        "CDU/CSU",
    ],
)
def test_a_line_naming_no_agency_or_saying_more_is_no_credit(line: str) -> None:
    assert not is_agency_credit(line)


# credits of news services that are no agencies, of a paper with an agency, and of the
# writers' initials with the agencies
SERVICE_CREDITS = [
    "Com informações do G1",
    "Com informações da Folhapress",
    "– Com informações da Agência Brasil",
    "Mit Material von Reuters und eigenen Recherchen",
    "Mit Informationen von Anna Müller, ARD-Studio Washington",
    "Con información de medios locales",
    "Con información de El País",
    "Con informazioni di agenzie",
    "With reporting by The Associated Press",
    "Le Monde avec AFP",
    "Le Figaro avec AFP et Reuters",
    "ntv.de mit dpa",
    "mes/dpa/AFP",
    "ntv.de, mau/dpa",
    "Agencias",
    "Europa Press",
    "(mit dpa)",
]


@pytest.mark.parametrize("line", SERVICE_CREDITS)
def test_a_news_service_s_credit_is_one_and_dimmed(line: str) -> None:
    assert is_agency_credit(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He worked with AFP for years.",
        "Com informações da Polícia Militar",
        "Con información de la Policía Nacional, los agentes cerraron tres carreteras.",
        "Le Monde avec ses lecteurs",
        "La France avec l'Allemagne",
        "Jean Dupont avec AFP",
        "Mit dpa sprach er über die Lage.",
        "und/oder",
    ],
)
def test_a_sentence_or_a_writer_with_an_agency_is_no_service_s_credit(line: str) -> None:
    assert not is_agency_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: dpa",
        "Quelle: ntv.de, mau/dpa/AFP",
        "Fuente: EFE",
        "Fonte: Agência Brasil",
        "Fonte: ANSA",
        "Bron: ANP",
    ],
)
def test_a_source_line_in_another_language_is_dimmed(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_headline_opening_with_sources_stays_read() -> None:
    """An ECB+ headline: "Sources:" opens a claim, not a credit."""
    assert not is_boilerplate_line("Sources: Sox May Not Be Out Of Teixeira Chase")

"""Tests of reader/ingest/collaboration_credits.py: the credits of those who worked on a
story with its writer, in six languages, told from sentences opening with their words."""

from __future__ import annotations

import pytest

from reader.ingest.boilerplate import is_boilerplate_line
from reader.ingest.collaboration_credits import is_collaboration_credit

CREDITS = [
    "Mitarbeit: Anna Müller",
    "Mitarbeit: Anna Müller, Tom Schmidt",
    "Unter Mitarbeit von Tom Schmidt",
    "Redaktion: Anna Müller",
    "Avec la collaboration de Marie Martin",
    "Collaboration : Marie Martin à Kiev",
    "Colaboración: María López",
    "Con la colaboración de Carlos Ruiz",
    "Ha collaborato Giulia Bianchi",
    "Hanno collaborato Marco Rossi e Giulia Bianchi",
    "A cura di Marco Rossi",
    "Colaborou Ana Souza",
    "Colaboraram Ana Souza e Pedro Lima, em Brasília",
    "Colaboração: Ana Souza",
    "Contributing: Jane Doe, USA TODAY",
    "Contributing: The Associated Press",
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_collaborators_credit_is_one_and_dimmed(line: str) -> None:
    assert is_collaboration_credit(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Redaktion: Die Bundesregierung plant neue Gesetze",
        "Mitarbeit: Eine Frage der Zeit",
        "Ha collaborato con la polizia per anni.",
        "A cura di Marco Rossi, l'inchiesta ha rivelato che i fondi mancavano.",
        "Colaborou para o resultado a chuva dos últimos dias.",
        "Mitarbeit ist für ihn selbstverständlich.",
    ],
)
def test_a_sentence_opening_with_a_credit_s_words_is_none(line: str) -> None:
    assert not is_collaboration_credit(line)
    assert not is_boilerplate_line(line)

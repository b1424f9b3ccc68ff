"""Quotations as Portuguese papers attribute them: the verbs of saying besides "disse"
("adiantou", "referiu", "contou", "diz": reader/analysis/words/saying.py), whom the verb
was told before its subject ("afirmou ao Diário da Capital o comandante"), dialogue after
a dash with a space after the incise's dash too ("— ... — adiantou André Meireles":
reader/analysis/quotations/dialogue.py), and "o autarca", the mayor named "o presidente
da câmara" (reader/analysis/quotations/office_speakers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.model import Document
from tests.analysis.quotations.test_dialogue import said
from tests.analysis.quotations.test_office_speakers import last_speaker

HEADLINE = "Incêndio em Montalvão da Serra\n"


# were "(no speaker named)": none of these was a verb of saying
@pytest.mark.parametrize("verb", ["adiantou", "referiu", "contou", "lamentou", "garantiu", "diz"])
def test_a_portuguese_verb_of_saying_names_its_speaker(
    doc: Callable[[str], Document], verb: str
) -> None:
    line = f"«Nunca tinha visto o fogo tão perto», {verb} Maria de Lurdes Gonçalves."
    assert said(doc(HEADLINE + line)) == [
        ("«Nunca tinha visto o fogo tão perto»", "Maria de Lurdes Gonçalves")
    ]


# was "Proteção Civil" (or the outlet): whom it was told stood before the subject
@pytest.mark.parametrize(
    "told",
    ["ao Diário da Capital", "à agência Lusa", "aos jornalistas", "ao Público"],
)
def test_whom_it_was_told_is_not_who_spoke(doc: Callable[[str], Document], told: str) -> None:
    line = (
        f"«O incêndio está dominado», afirmou {told} o comandante da Proteção Civil, "
        "André dos Santos Meireles."
    )
    assert said(doc(HEADLINE + line)) == [
        ("«O incêndio está dominado»", "André dos Santos Meireles")
    ]


# was no quotation: a space after the incise's dash, and "adiantou" no verb of saying
def test_a_line_of_dialogue_with_spaced_dashes_is_its_speakers(
    doc: Callable[[str], Document],
) -> None:
    line = "— O incêndio está dominado — adiantou André Meireles, no posto de comando."
    assert said(doc(HEADLINE + line)) == [("— O incêndio está dominado", "André Meireles")]


def test_a_spaced_dash_before_no_verb_of_saying_is_no_incise(
    doc: Callable[[str], Document],
) -> None:
    assert said(doc(HEADLINE + "— Água, pão e mantas — a lista era curta.")) == []


# was "(no speaker named)": "o autarca" was no office any holder was named with
@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("O presidente da câmara, Joaquim das Neves Tavares, visitou o local de manhã.",
         "Joaquim das Neves Tavares"),
        ("O presidente da Câmara Municipal, Joaquim Tavares, visitou o local de manhã.",
         "Joaquim Tavares"),
    ],
)  # fmt: skip
def test_the_local_official_is_the_mayor_named_before(
    tmp_path: Path, named: str, speaker: str
) -> None:
    said_line = "«Perdemos floresta e casas», disse o autarca."
    assert last_speaker(tmp_path, "Portuguese", named, said_line) == speaker


# was "(no speaker named)": the conjunction before the second verb read as its subject
@pytest.mark.parametrize(
    ("lines", "speaker"),
    [
        ("Mayor Ana Ruiz visited the site.\nThe mayor lamented the loss of "
         '"homes of people with nowhere to go" and promised help.', "Ana Ruiz"),
        ("O presidente da câmara, Joaquim Tavares, visitou o local.\nO autarca lamentou a "
         'perda de "casas de pessoas sem ter para onde ir" e garantiu apoio.', "Joaquim Tavares"),
    ],
)  # fmt: skip
def test_a_quotation_told_before_a_second_verb_is_the_first_verbs_subjects(
    doc: Callable[[str], Document], lines: str, speaker: str
) -> None:
    assert [who for _, who in said(doc(HEADLINE + lines))] == [speaker]

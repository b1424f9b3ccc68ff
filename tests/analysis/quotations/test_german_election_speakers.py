"""Speakers of a German election story (tests/data/pages/wahl_*): an office named with its
holder long before and the holder named again just before ("Ministerpräsidentin Katrin
Albers" in the lead, "Albers räumte die Niederlage ein. „...“, erklärte die
Ministerpräsidentin"), one told by age alone ("so die 58-Jährige"), a candidate's title
("Spitzenkandidat Matthias Wendler"), and a speaker's body after "von der" ("Ulrich
Brandes von der Universität Lorstadt sagte")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.quotations.test_pronoun_speakers import _OPENINGS, article_speakers

_GERMAN = _OPENINGS["German"]
_NAMED = "Die SPD von Ministerpräsidentin Katrin Albers verlor deutlich."
_SAID = "„Das ist ein bitterer Abend“, erklärte die Ministerpräsidentin im Landtag."
_BETWEEN = [
    "Die Grünen fielen auf 9,7 Prozent.",
    "Die FDP scheiterte an der Hürde.",
    "Die Wahlbeteiligung stieg deutlich.",
    "Im Landtag hat die CDU nun 41 Sitze.",
    "Für eine Mehrheit sind 61 Sitze nötig.",
]


# was "(no speaker named)": the office's holder was named eight sentences before
def test_an_office_is_its_holder_named_again_since(tmp_path: Path) -> None:
    lines = [*_GERMAN, _NAMED, *_BETWEEN, "Albers räumte die Niederlage ein.", _SAID]
    assert article_speakers(tmp_path, lines)[-1] == "Katrin Albers"


# the only holder of the office the article names speaks, however long before she was
# named (quotations/office_speakers.only_holder)
def test_an_office_named_long_before_is_its_only_holder_s(tmp_path: Path) -> None:
    lines = [*_GERMAN, _NAMED, *_BETWEEN, "Die Stimmung in der Partei war gedrückt.", _SAID]
    assert article_speakers(tmp_path, lines)[-1] == "Katrin Albers"


# the guard: two holders named long before and neither since, the office is nobody's
def test_an_office_of_two_holders_named_long_before_is_nobody_s(tmp_path: Path) -> None:
    other = "Auch die frühere Ministerpräsidentin Ute Berg war gekommen."
    lines = [*_GERMAN, _NAMED, other, *_BETWEEN, "Die Stimmung war gedrückt.", _SAID]
    assert article_speakers(tmp_path, lines)[-1] is None


# was "Jährige" (a name) and then nobody: the age told after the verb, as a pronoun
@pytest.mark.parametrize(
    "said",
    [
        "„Das ist ein bitterer Abend“, so die 58-Jährige.",
        "„Das ist ein bitterer Abend“, sagte die 58-Jährige am Abend.",
    ],
)
def test_one_told_by_age_after_the_verb_is_the_one_just_named(tmp_path: Path, said: str) -> None:
    lines = [*_GERMAN, "Ministerpräsidentin Katrin Albers gestand die Niederlage ein.", said]
    assert article_speakers(tmp_path, lines)[-1] == "Katrin Albers"


# was "Spitzenkandidat Matthias Wendler": "-kandidat" is a title German glues to its race
@pytest.mark.parametrize("title", ["Spitzenkandidat", "Kanzlerkandidat", "Wahlsieger"])
def test_a_candidate_s_title_is_no_part_of_his_name(tmp_path: Path, title: str) -> None:
    lines = [*_GERMAN, f"{title} Matthias Wendler kam am Abend.",
             "„Das ist ein klarer Auftrag“, sagte Wendler."]  # fmt: skip
    assert article_speakers(tmp_path, lines)[-1] == "Matthias Wendler"


# was "Lorstadt": the town ending the subject after "von der Universität"
@pytest.mark.parametrize(
    "body", ["von der Universität Lorstadt", "vom Institut Lorstadt", "aus dem Landtag Lorstadt"]
)
def test_a_subject_s_body_after_von_der_is_not_the_speaker(tmp_path: Path, body: str) -> None:
    said = f"Der Parteienforscher Ulrich Brandes {body} sagte, die Wahl sei „eine Abrechnung“."
    assert article_speakers(tmp_path, [*_GERMAN, said])[-1] == "Ulrich Brandes"

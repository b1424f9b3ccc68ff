"""A verb after a figure is not what it counts: German puts its participles last ("nachdem
die Piraten 25 Millionen gefordert hatten" counted "gefordert"), and in every language an
asking participle may follow a sum ("25 millions réclamés"). A sum told by its magnitude
alone and asked for is a sum sought, compared with another such."""

from __future__ import annotations

import pytest

from reader.analysis.figures import count_terms
from tests.analysis.sentence_pairs import details, feats

ASKED = "Die Reederei zahlte, nachdem die Piraten 25 Millionen gefordert hatten."


def _counts(text: str, language: str | None) -> list[tuple[str, str]]:
    return [(m.key, m.unit_word) for m in feats(text, language).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("German", ASKED),
        ("German", "Die Piraten sollen 25 Millionen verlangt haben, hieß es."),
        ("German", "Die Reederei wollte nach Angaben der Polizei 25 Millionen zahlen."),
        ("French", "Les pirates ont obtenu moins que les 25 millions réclamés."),
        ("Spanish", "Los piratas recibieron menos que los 25 millones exigidos."),
        ("Italian", "I pirati hanno ricevuto meno dei 25 milioni chiesti."),
        ("Portuguese", "Os piratas receberam menos do que os 25 milhões exigidos."),
        (None, "The pirates got less than the 25 million demanded."),
    ],
)
def test_a_verb_after_a_figure_is_not_what_it_counts(language: str | None, text: str) -> None:
    assert _counts(text, language) == [("num:2.5e+07", "")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a noun, capitalised, is counted; a currency is the sum's
        ("Die Flut vertrieb 25 Millionen Menschen aus ihren Häusern.", "mensch"),
        ("Die Piraten hatten 25 Millionen Dollar gefordert.", "usd"),
        # a word in small letters before the noun is no verb: the clause goes on
        ("Die Polizei zählte 25 verletzte Demonstranten.", "verletzt"),
    ],
)
def test_a_german_noun_after_a_figure_is_still_what_it_counts(text: str, counted: str) -> None:
    ((_, unit),) = _counts(text, "German")
    assert unit == counted


def test_a_sum_told_by_its_magnitude_before_an_asking_verb_is_sought() -> None:
    f = feats(ASKED, "German")
    (figure,) = f.numbers
    assert count_terms.sought(f, figure)


def test_two_sums_asked_for_by_their_magnitudes_alone_disagree() -> None:
    other = "Die Reederei zahlte, nachdem die Piraten 20 Millionen gefordert hatten."
    assert details(ASKED, other, "German") == ["25 Millionen vs 20 Millionen"]


@pytest.mark.parametrize(
    "other",
    [
        # a sum paid is not the sum asked for; a sum in a currency may be another currency
        "Die Reederei zahlte 3 Millionen Dollar Lösegeld.",
        "Die Piraten hatten 20 Millionen Dollar gefordert.",
    ],
)
def test_a_sum_asked_for_without_currency_leaves_other_sums_alone(other: str) -> None:
    assert details(ASKED, other, "German") == []

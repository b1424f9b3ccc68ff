"""An auxiliary verb right after a figure is no noun it counts (figures/auxiliaries_after):
"6 hanno colpito" was read as counting "hann", "6 ha segnato" hectares."""

from __future__ import annotations

import pytest

from reader.analysis.figures.fated_counts import fated_counts
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Secondo la polizia, 6 hanno colpito la città.", "Italian"),  # was "hann"
        ("Dei feriti, 6 sono gravi.", "Italian"),  # was "son"
        ("Dei giocatori, 6 ha segnato.", "Italian"),  # was "hectar"
        ("De los heridos, 6 han muerto.", "Spanish"),  # was "han"
        ("De ellos, 6 fueron detenidos.", "Spanish"),  # was "deten"
        ("Parmi eux, 6 ont été arrêtés.", "French"),  # was "arrêt"
        ("Parmi eux, 6 sont morts.", "French"),  # was "mort"
        ("Davon 6 sind gestorben.", "German"),  # was "sind"
    ],
)  # fmt: skip
def test_an_auxiliary_after_a_figure_is_no_counted_noun(sentence: str, language: str) -> None:
    assert [m.unit_word for m in feats(sentence, language).numbers] == [""]


# the guards (as on main): a noun before the auxiliary, a hectare, the fate still read
@pytest.mark.parametrize(
    ("sentence", "language", "unit"),
    [
        ("6 persone hanno colpito la città.", "Italian", "person"),
        ("Il fuoco ha distrutto 600 ha di bosco.", "Italian", "hectar"),
        ("600 ha bruciati.", "Italian", "hectar"),
        ("El fuego quemó 600 ha de bosque.", "Spanish", "hectar"),
        ("The fire burned 600 ha of forest.", None, "hectar"),
    ],
)  # fmt: skip
def test_a_noun_or_hectare_after_a_figure_is_counted(
    sentence: str, language: str | None, unit: str
) -> None:
    assert [m.unit_word for m in feats(sentence, language).numbers] == [unit]


def test_the_fate_after_the_auxiliary_is_still_read() -> None:
    f = feats("De los heridos, 6 han muerto.", "Spanish")
    assert list(fated_counts(f).values()) == ["dead"]
    assert details("Parmi eux, 6 sont morts.", "Parmi eux, 7 sont morts.", "French") == ["6 vs 7"]

"""A rate told in words as a hertz's own in other languages too (fifty-fifth session,
figures/device_units): "120-mal pro Sekunde", "120 fois par seconde", "120 veces por
segundo", "120 volte al secondo" are the "120Hz" another outlet writes, as "120 times a
second" was made one last session; "3 fois par semaine" stays a count of times."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, numbers, shared_figures

_HZ = "The screen has a 120Hz refresh rate."


# was no shared figure: "120" counted "mal", "fois", "veces", "volte", "120Hz" hertz
@pytest.mark.parametrize(
    "told",
    [
        "Der Bildschirm wird 120-mal pro Sekunde aufgefrischt.",
        "Der Bildschirm wird 120 Mal pro Sekunde aufgefrischt.",
        "L'écran se rafraîchit 120 fois par seconde.",
        "La pantalla se actualiza 120 veces por segundo.",
        "Lo schermo si aggiorna 120 volte al secondo.",
    ],
)
def test_times_a_second_abroad_is_the_rate_in_hertz(told: str) -> None:
    assert shared_figures(_HZ, told) == [("120", "120")]


# was no discrepancy
def test_another_rate_a_second_abroad_differs() -> None:
    assert details(_HZ, "L'écran se rafraîchit 90 fois par seconde.") == [
        "120Hz vs 90 fois par seconde"
    ]


# the guard (as on main): a count of times in a week stays one
def test_fois_par_semaine_stays_a_count_of_times() -> None:
    assert [m.unit_word for m in numbers("Il s'entraîne 3 fois par semaine.")] != ["hertz"]

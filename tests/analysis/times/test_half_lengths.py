"""Lengths of time told with a half and no figure (reader/analysis/times/half_lengths.py):
"an hour and a half", "dreieinhalb Stunden", "une heure et demie" read in minutes, so
that one told as "90 minutes" agrees and one told as "three hours" does not."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("language", "text", "minutes"),
    [
        (None, "The rescue operation lasted an hour and a half.", 90),
        (None, "The rescue operation lasted one and a half hours.", 90),
        (None, "The hostages were held for a day and a half.", 2160),
        (None, "The road was closed for half an hour.", 30),
        ("German", "Die Rettungsaktion dauerte dreieinhalb Stunden.", 210),
        ("German", "Die Rettungsaktion dauerte anderthalb Stunden.", 90),
        ("German", "Die Geiseln wurden eineinhalb Tage festgehalten.", 2160),
        ("German", "Die Straße war eine halbe Stunde gesperrt.", 30),
        ("French", "L'opération de sauvetage a duré une heure et demie.", 90),
        ("French", "La route a été fermée pendant une demi-heure.", 30),
        ("Spanish", "La operación de rescate duró una hora y media.", 90),
        ("Spanish", "La carretera estuvo cortada durante media hora.", 30),
        ("Italian", "L'operazione di soccorso è durata un'ora e mezza.", 90),
        ("Italian", "La strada è rimasta chiusa per mezz'ora.", 30),
        ("Portuguese", "A operação de resgate durou uma hora e meia.", 90),
        ("Portuguese", "A estrada esteve cortada durante meia hora.", 30),
    ],
)
def test_a_length_with_a_half_in_words_is_read_in_minutes(
    language: str | None, text: str, minutes: float
) -> None:
    assert [float(d.mention.key[4:]) for d in durations(feats(text, language))] == [minutes]


def test_half_a_day_in_spanish_is_no_length() -> None:
    # "medio día" is also noon
    text = "Los manifestantes se concentraron a medio día frente al Congreso."
    assert durations(feats(text, "Spanish")) == []


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "The rescue operation at the mine lasted an hour and a half.",
         "The rescue operation at the mine lasted 90 minutes."),
        (None, "The hostages in the embassy were held for a day and a half.",
         "The hostages in the embassy were held for 36 hours."),
        ("German", "Die Rettungsaktion in der Grube dauerte anderthalb Stunden.",
         "Die Rettungsaktion in der Grube dauerte 90 Minuten."),
        ("German", "Die Rettungsaktion in der Grube dauerte dreieinhalb Stunden.",
         "Die Rettungsaktion in der Grube dauerte 210 Minuten."),
        ("French", "L'opération de sauvetage dans la mine a duré une heure et demie.",
         "L'opération de sauvetage dans la mine a duré 90 minutes."),
        ("Spanish", "La operación de rescate en la mina duró una hora y media.",
         "La operación de rescate en la mina duró 90 minutos."),
        ("Italian", "L'operazione di soccorso nella miniera è durata un'ora e mezza.",
         "L'operazione di soccorso nella miniera è durata 90 minuti."),
        ("Portuguese", "A operação de resgate na mina durou uma hora e meia.",
         "A operação de resgate na mina durou 90 minutos."),
    ],
)  # fmt: skip
def test_a_length_with_a_half_agrees_with_its_minutes(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "The rescue operation at the mine lasted an hour and a half.",
         "The rescue operation at the mine lasted three hours.",
         "an hour and a half vs three hours"),
        ("German", "Die Rettungsaktion in der Grube dauerte dreieinhalb Stunden.",
         "Die Rettungsaktion in der Grube dauerte zwei Stunden.",
         "dreieinhalb Stunden vs zwei Stunden"),
        ("French", "L'opération de sauvetage dans la mine a duré une heure et demie.",
         "L'opération de sauvetage dans la mine a duré trois heures.",
         "une heure et demie vs trois heures"),
        ("Spanish", "La operación de rescate en la mina duró una hora y media.",
         "La operación de rescate en la mina duró tres horas.",
         "una hora y media vs tres horas"),
        ("Italian", "L'operazione di soccorso nella miniera è durata un'ora e mezza.",
         "L'operazione di soccorso nella miniera è durata tre ore.",
         "un'ora e mezza vs tre ore"),
        ("Portuguese", "A operação de resgate na mina durou uma hora e meia.",
         "A operação de resgate na mina durou três horas.",
         "uma hora e meia vs três horas"),
    ],
)  # fmt: skip
def test_a_length_with_a_half_disagrees_with_another(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]

"""The adjective German makes of a place, before a noun ("die Pariser Anschläge", "die
Berliner Polizei", reader/analysis/names/place_adjectives.py), is read as that place; alone or
before a verb ("Die Berliner gedachten der Opfer") it names the people, no place."""

from __future__ import annotations

import pytest

from reader.analysis.names.place_adjectives import adjective_places
from tests.analysis.sentence_pairs import feats


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Pariser Anschläge von 2015 forderten 130 Tote.", "paris"),
        ("Die Berliner Polizei sperrte den Platz ab.", "berlin"),
        ("Der Münchner Flughafen blieb am Montag geschlossen.", "münchen"),
        ("Die Londoner U-Bahn stand am Morgen still.", "london"),
        ("Die New Yorker Börse schloss am Freitag im Plus.", "new york"),
        ("Der Zürcher Stadtrat stimmte am Mittwoch zu.", "zürich"),
    ],
)
def test_an_adjective_before_a_noun_names_its_place(text: str, place: str) -> None:
    assert place in adjective_places(feats(text, "German"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the people of the place, before a verb or alone
        ("Die Berliner gedachten am Montag der Opfer.", "German"),
        ("Viele Pariser verließen die Stadt im August.", "German"),
        # a title before a name
        ("Der Bürgermeister Klaus Wowereit sprach am Montag.", "German"),
        # another language
        ("The Berliner Zeitung reported the attack on Monday.", None),
    ],
)
def test_no_place_without_a_noun_after_it(text: str, language: str | None) -> None:
    assert adjective_places(feats(text, language)) == frozenset()

from __future__ import annotations

import pytest

from reader.analysis.names.office_places import place_words


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("Milano Giuseppe Sala", 1),
        ("Intérieur Gérald Darmanin", 1),
        ("New York Eric Adams", 2),  # a word opening a place of several, a first name
        ("New York", 2),
        ("New York City Bill", 3),
        ("San Sebastián Eneko Goia", 2),
        ("Foreign Affairs Sergei Lavrov", 2),  # a department of two words
        ("Homeland Security Jeh Johnson", 2),
        ("Los Angeles Eric Garcetti", 2),
        # the particles of a name read whole go with the place
        ("Rio de Janeiro Eduardo Paes", 3),
        ("Banco de España", 3),
    ],
)  # fmt: skip
def test_the_words_naming_what_the_office_is_of(words: str, count: int) -> None:
    assert place_words(words.split()) == count

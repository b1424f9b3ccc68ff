"""Tests of the keys reader/analysis/names/cased_names.py gives names written with and without
their accents ("São Paulo" and "Sao Paulo"): one name, and no two names made one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.name_keys import pair_keys

MakeDoc = Callable[[str], Document]

# one place, written with its accents in the first report and without in the second:
# (first, second, the key both give)
ACCENTED_AND_PLAIN = [
    ("Um incêndio destruiu na terça-feira um armazém na zona norte de São Paulo.",
     "Um incêndio destruiu na terça-feira um armazém na zona norte de Sao Paulo.",
     "sao paulo"),  # a given name keyed whole (fifty-second session)
    ("Le séisme a été ressenti mardi soir jusqu'à Zürich, selon les autorités.",
     "Le séisme a été ressenti mardi soir jusqu'à Zurich, selon les autorités.",
     "zurich"),
    ("El temblor se sintió el martes por la noche en Bogotá, según las autoridades.",
     "El temblor se sintió el martes por la noche en Bogota, según las autoridades.",
     "bogot"),
]  # fmt: skip


@pytest.mark.parametrize(("accented", "plain", "key"), ACCENTED_AND_PLAIN)
def test_a_name_with_and_without_its_accents_is_one_name(
    doc: MakeDoc, accented: str, plain: str, key: str
) -> None:
    a, b = pair_keys(doc(accented), doc(plain))
    assert key in a & b


def test_sao_is_keyed_whole_not_cut_by_the_stemmer(doc: MakeDoc) -> None:
    text = "Um incêndio destruiu na terça-feira um armazém na zona norte de São Paulo."
    a, _ = pair_keys(doc(text), doc(text))
    assert "sao paulo" in a
    assert not [k for k in a if k.startswith("sã ")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Um incêndio destruiu na terça-feira um armazém na zona norte de São Paulo.",
         "Um incêndio destruiu na terça-feira um armazém na zona norte de São Luís."),
        ("El temblor se sintió el martes por la noche en Bogotá, según las autoridades.",
         "El temblor se sintió el martes por la noche en Medellín, según las autoridades."),
    ],
)  # fmt: skip
def test_two_places_stay_two_names(doc: MakeDoc, first: str, second: str) -> None:
    a, b = pair_keys(doc(first), doc(second))
    assert not (a & b)


def test_a_russian_name_keeps_its_letters(doc: MakeDoc) -> None:
    # "й" is a letter of its own: "Шойгу" is not read as "Шоигу"
    text = "Министр обороны России Сергей Шойгу прибыл в Пхеньян во вторник вечером."
    a, _ = pair_keys(doc(text), doc(text))
    assert any(key.endswith("серг шойг") for key in a)

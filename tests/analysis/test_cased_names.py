"""Tests of reader/analysis/cased_names.py: names in Russian, German, French and Spanish
pairs (hand-written reports of one event, tests/analysis/foreign_pairs.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.joined_names import join_split_names
from reader.analysis.opening_words import drop_common_openers
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Document, MatchKind
from tests.analysis import foreign_pairs

MakeDoc = Callable[[str], Document]


def pair_names(doc: MakeDoc, text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    """The names of each side, as the pipeline reads them against the pair."""
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_a))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_b))]
    join_split_names(fa, fb)
    drop_common_openers(fa, fb)
    return [m.surface for f in fa for m in f.names], [m.surface for f in fb for m in f.names]


def test_russian_names_are_found(doc: MakeDoc) -> None:
    a, b = pair_names(doc, foreign_pairs.RU_A, foreign_pairs.RU_B)
    assert a == [
        "Путин", "Ким Чен Ын", "России", "Владимир Путин", "КНДР", "Ким Чен Ын", "Пхеньяне",
        "Путин", "Ким Чен Ына", "Россию", "Ким Чен Ын", "Путина", "Пхеньян", "Сергей Лавров",
    ]  # fmt: skip
    assert b == [
        "Москва", "Пхеньян", "Владимир Путин", "Пхеньян", "Ким Чен Ын", "Путин", "ТАСС",
        "Сергей Лавров", "Россию", "Ким Чен Ын",
    ]  # fmt: skip


def test_german_nouns_and_articles_are_no_names(doc: MakeDoc) -> None:
    a, b = pair_names(doc, foreign_pairs.DE_A, foreign_pairs.DE_B)
    # "Beistandspakt", a noun only the headline writes, is the one left over
    assert a == [
        "Putin", "Kim", "Beistandspakt", "Wladimir Putin", "Kim Jong Un", "Pjöngjang", "Putin",
        "Berlin", "Olaf Scholz", "Europa", "Scholz", "Putins", "Nordkorea",
    ]  # fmt: skip
    assert b == [
        "Russland", "Nordkorea", "Wladimir Putin", "Nordkorea", "Kim Jong Un", "Pjöngjang",
        "Putin", "Scholz", "Europa", "Olaf Scholz", "Berlin",
    ]  # fmt: skip


def test_french_and_spanish_openers_and_accented_capitals(doc: MakeDoc) -> None:
    a, b = pair_names(doc, foreign_pairs.FR_A, foreign_pairs.FR_B)
    assert "Élysée" in a and "Élysée" in b
    assert "Kim Jong-un" in a  # not "Selon Kim Jong-un"
    assert b[0] == "Russie"  # not "La Russie"
    a, b = pair_names(doc, foreign_pairs.ES_A, foreign_pairs.ES_B)
    assert "Kim Jong-un" in a and "Según Kim Jong-un" not in a
    assert "Ángel Núñez" in b and "Moscú" in b


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a German title, at the start or inside: the person is the name
        ("Außenministerin Annalena Baerbock ist nach Kiew gereist, und sie wird dort mit "
         "der Regierung über die Hilfe für das Land sprechen, die auch von der EU kommt.\n",
         "Die Außenministerin hat in der Stadt auch mit dem Bürgermeister gesprochen, und "
         "sie ist mit einer Delegation der Regierung und des Bundestags gereist.\n",
         ["Annalena Baerbock", "Kiew"]),
        # a name German writes with an article stays one
        ("Der Angriff auf die Ukraine geht weiter, und die Lage ist nach Angaben der "
         "Regierung in der Nacht noch schlimmer geworden als in den Tagen davor.\n",
         "Die Ukraine wehrt sich, und die Armee hat in der Nacht mit dem Einsatz der "
         "Flugabwehr auf die Angriffe reagiert, die auch das Land treffen.\n",
         ["Ukraine"]),
        # a group German names with its article too
        ("Die Taliban haben sich zu dem Anschlag in Kabul bekannt, und die Polizei hat "
         "nach Angaben der Regierung in der Nacht mehrere Verdächtige festgenommen.\n",
         "Der Anschlag in Kabul geht nach Angaben der Polizei auf die Taliban zurück, die "
         "in der Nacht auch die Regierung in der Stadt angegriffen haben.\n",
         ["Taliban", "Kabul"]),
        # Greek: the article opening the sentence is no part of the name
        ("Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε στην Αθήνα για την οικονομία και τους "
         "μισθούς, ενώ η κυβέρνηση και οι υπουργοί της ήταν εκεί.\n",
         "Ο Κυριάκος Μητσοτάκης και η κυβέρνηση είναι στην Αθήνα για τους μισθούς και την "
         "οικονομία με τους υπουργούς.\n", ["Κυριάκος Μητσοτάκης", "Αθήνα"]),
    ],
)  # fmt: skip
def test_cased_names_table(doc: MakeDoc, text_a: str, text_b: str, expected: list[str]) -> None:
    a, _ = pair_names(doc, text_a, text_b)
    assert a[: len(expected)] == expected


def test_an_english_pair_is_read_as_before(doc: MakeDoc) -> None:
    text = (
        "The president of the Republic of Korea met Vladimir Putin in the capital.\n"
        "La Russa said that the team was ready, and that the Los Angeles fans were loud.\n"
    ) * 3
    a, _ = pair_names(doc, text, text)
    assert a[:4] == ["Republic of Korea", "Vladimir Putin", "La Russa", "Los Angeles"]


@pytest.mark.parametrize("lang", ["RU", "DE", "FR", "ES"])
def test_the_pair_shares_its_people_as_entities(tmp_path: Path, lang: str) -> None:
    paths = []
    for side in "AB":
        path = tmp_path / f"{lang.lower()}_{side.lower()}.txt"
        path.write_text(getattr(foreign_pairs, f"{lang}_{side}"), encoding="utf-8")
        paths.append(path)
    a, b = load_document(paths[0]), load_document(paths[1])
    al = align(a, b, method="lexical")
    entities = {a.text[m.a.start : m.a.end] for m in al.matches if m.kind is MatchKind.ENTITY}
    people = {
        "RU": {"Путин", "Ким Чен Ын", "Сергей Лавров", "Пхеньян"},
        "DE": {"Putin", "Kim Jong Un", "Olaf Scholz", "Berlin"},
        "FR": {"Poutine", "Kim Jong-un", "Emmanuel Macron", "Élysée"},
        "ES": {"Putin", "Kim Jong-un", "José Manuel Albares", "Pyongyang"},
    }[lang]
    assert people <= entities
    # no article, pronoun or common noun matched as a name
    common = {"Die", "Der", "Vertrag", "Dokument", "Le", "La", "El", "Selon Kim Jong-un",
              "Según Kim Jong-un", "Это", "Договор", "Wir", "Es"}  # fmt: skip
    assert not entities & common

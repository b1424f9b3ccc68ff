"""Tests of reader/analysis/names/german_papers.py and how the pair reads it: a German fixed
name declined opening a sentence ("Der Linken zufolge"), a paper told something in the
dative ("sagte Braun dem Spiegel", "Dem Spiegel sagte er"), a paper named by words German
reads as nouns ("der Süddeutschen Zeitung"), and the speaker, not the paper, told."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.linking.word_forms import side_forms
from reader.analysis.names.german_papers import addressed, fronted_paper, told_to
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.analysis.words.article_names import held_article
from reader.model import Document
from tests.analysis.name_keys import pair_keys

MakeDoc = Callable[[str], Document]
# the other report of the pair: a fire in Hamburg's port, told by the papers
OTHER = (
    "Lagerhalle im Hamburger Hafen abgebrannt\n"
    "Im Hamburger Hafen ist am Dienstagabend eine Lagerhalle niedergebrannt.\n"
    "Die Linke und die Grünen verlangten am Mittwoch Aufklärung.\n"
    "Der Spiegel und die Süddeutsche Zeitung berichteten über Mängel an der Halle.\n"
)
OPENING = (
    "Großbrand im Hamburger Hafen\nEin Großbrand hat am Dienstagabend eine Lagerhalle zerstört.\n"
)


def keys_with_other(doc: MakeDoc, sentence: str) -> tuple[set[str], set[str]]:
    return pair_keys(doc(OPENING + sentence), doc(OTHER))


def speakers_in_pair(doc: MakeDoc, sentence: str) -> list[str | None]:
    a, b = doc(OPENING + sentence), doc(OTHER)
    fa, _ = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    return [q.speaker for q in find_quotations(a, [m for f in fa for m in f.names])]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Der Linken zufolge hat die Stadt die Mängel seit Jahren gekannt.", "die link"),
        ("Den Grünen zufolge fehlte in der Halle eine Sprinkleranlage.", "die grun"),
        ("Dem Spiegel sagte der Einsatzleiter, die Lage sei unter Kontrolle.", "der spiegel"),
    ],
)
def test_a_fixed_name_declined_opening_a_sentence_is_keyed_as_the_name(
    doc: MakeDoc, sentence: str, key: str
) -> None:
    a, b = keys_with_other(doc, sentence)
    assert key in a and key in b
    assert not {k for k in a if k.split()[0] in ("der", "den", "dem") and k != "der spiegel"}


def test_a_common_noun_after_an_article_opening_a_sentence_is_no_paper(doc: MakeDoc) -> None:
    a, _ = keys_with_other(
        doc, "Der Welt droht nach Ansicht der Vereinten Nationen eine Hungersnot."
    )
    assert "die welt" not in a


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("„Die Halle war seit Jahren marode“, sagte Braun am Dienstag dem Spiegel.",
         "der spiegel"),
        ("Der Hafenchef sagte der Süddeutschen Zeitung, die Halle werde abgerissen.",
         "suddeutsch zeitung"),
    ],
)  # fmt: skip
def test_a_paper_told_something_shares_the_name_the_other_report_gives_it(
    doc: MakeDoc, sentence: str, key: str
) -> None:
    a, b = keys_with_other(doc, sentence)
    assert key in a and key in b


def test_a_mirror_in_front_of_which_someone_stands_is_no_paper(doc: MakeDoc) -> None:
    a, _ = keys_with_other(doc, "Der Einsatzleiter stand lange vor dem Spiegel und sagte nichts.")
    assert "der spiegel" not in a


@pytest.mark.parametrize(
    ("text", "word", "article"),
    [
        ("Der Linken zufolge", "Linken", "die"),
        ("Den Grünen zufolge", "Grünen", "die"),
        ("sagte Braun dem Spiegel", "Spiegel", "der"),
        ("Dem Spiegel sagte er", "Spiegel", "der"),
        ("sagte er am Dienstag gegenüber der Welt", "Welt", "die"),
        ("Das geht aus Unterlagen hervor, die der Zeit zufolge vorliegen", "Zeit", "die"),
        ("sagte er dem Tagesspiegel", "Tagesspiegel", "der"),
        # a mirror, the world, the time
        ("Er stand vor dem Spiegel und sagte nichts", "Spiegel", None),
        ("Der Welt droht eine Hungersnot", "Welt", None),
        ("die Politik der Zeit", "Zeit", None),
        # a capitalised article inside a sentence is a title's
        ("Er las Der Linken Geschichte", "Linken", None),
    ],
)
def test_the_article_a_german_fixed_name_declined_holds(
    text: str, word: str, article: str | None
) -> None:
    assert held_article(text, text.index(word), word, "German") == article


def test_a_paper_is_told_only_with_a_verb_of_telling_in_its_clause() -> None:
    text = "Er sagte, er habe dem Spiegel nie vertraut"
    at = text.index("dem")
    assert not told_to(text, at, text.index("Spiegel") + len("Spiegel"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("„Die Halle war seit Jahren marode“, sagte Braun dem Spiegel.", ["Braun"]),
        ("„Die Halle war seit Jahren marode“, sagte Braun der Süddeutschen Zeitung.",
         ["Braun"]),
        ("„Die Halle war marode“, sagte Braun gegenüber dem Handelsblatt.", ["Braun"]),
        ("Dem Spiegel sagte Braun am Dienstag, die Halle sei „seit Jahren marode“ gewesen.",
         ["Braun"]),
        ("Der Süddeutschen Zeitung sagte Braun, die Halle sei „seit Jahren marode“.",
         ["Braun"]),
        # a person after the article is the subject: "der Spiegel-Reporter Peter Müller"
        ("„Die Halle war marode“, sagte der Spiegel-Reporter Peter Müller.", ["Peter Müller"]),
    ],
)  # fmt: skip
def test_the_speaker_is_the_one_who_tells_the_paper(
    doc: MakeDoc, sentence: str, expected: list[str]
) -> None:
    assert speakers_in_pair(doc, sentence) == expected


def test_a_paper_the_subject_of_its_verb_is_not_told() -> None:
    text = "Wie der Spiegel berichtete, sagte Braun nichts."
    start = text.index("Spiegel")
    assert not addressed(text, start, start + len("Spiegel"))
    assert not fronted_paper(text, 0, text.index("sagte"))

"""Tests of reader/analysis/words/german_nouns.py: German nouns told from names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import Writing
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import Unit, document_units
from reader.analysis.words.german_nouns import (
    capitalised_inside,
    german_noun,
    german_nouns,
    opening_adjective,
)
from reader.ingest.normalize import fold
from reader.model import Document, Span

GERMAN = word_forms("German")


def stem(word: str) -> str:
    """A German word's stem, whatever its case (as names are read)."""
    return GERMAN.stem(word.lower())


def nouns_of(doc: Callable[[str], Document], text: str) -> set[str]:
    return german_nouns([extract(u) for u in document_units(doc(text))], stem)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Der Vertrag sieht gegenseitigen Beistand vor.", "Beistand"),  # an adjective
        ("Es ist der erste Besuch seit 24 Jahren.", "Jahren"),  # a figure
        ("Beide Staaten wollen zusammenarbeiten.", "Staaten"),  # a quantifier
        ("Das ist Russlands militärische Strategie.", "Strategie"),  # an adjective after a genitive
        ("Mit militärischen Mitteln drohen sie nicht.", "Mitteln"),  # after a preposition
    ],
)
def test_a_word_the_text_writes_as_a_noun(
    doc: Callable[[str], Document], text: str, noun: str
) -> None:
    assert stem(noun) in nouns_of(doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Westliche Regierungen beschuldigen Nordkorea, Munition zu liefern.",
        "Sie beschuldigen Nordkorea, Munition zu liefern.",
        "Heute beschuldigen Nordkorea und Russland einander.",
    ],
)
def test_a_verb_after_its_subject_makes_no_noun(doc: Callable[[str], Document], text: str) -> None:
    assert stem("Nordkorea") not in nouns_of(doc, text)


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Angaben", True),  # written without an article: "Nach Angaben der Polizei"
        ("Journalisten", True),
        ("Regierung", True),  # an ending of nouns made from other words
        ("Partnerschaft", True),
        ("Außenministerin", True),  # a title
        ("Jung", False),  # too short for the ending to make a noun
        ("Ukraine", False),  # a name German writes with an article
        ("USA", False),  # an acronym
        ("Pjöngjang", False),
    ],
)
def test_a_word_known_as_a_noun(word: str, noun: bool) -> None:
    assert german_noun(word, stem, set()) is noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # after a place's adjective, which German never inflects
        ("Das Feuer brach in der Passauer Altstadt aus.", "Altstadt"),
        ("Die Berliner Polizei ermittelt.", "Polizei"),
        # after a preposition joined with its article
        ("Drei Menschen sind ums Leben gekommen.", "Leben"),
    ],
)
def test_a_noun_after_a_place_or_a_joined_article(
    doc: Callable[[str], Document], text: str, noun: str
) -> None:
    assert stem(noun) in nouns_of(doc, text)


def test_a_name_after_a_title_ending_in_er_stays_a_name(doc: Callable[[str], Document]) -> None:
    text = "Putin traf dem Machthaber Kim Jong Un in Pjöngjang."
    assert stem("Kim") not in nouns_of(doc, text)


def test_a_place_adjective_makes_no_noun_of_its_place(doc: Callable[[str], Document]) -> None:
    nouns = nouns_of(doc, "In einem Bremer Chemiewerk ist ein Arbeiter gestorben.")
    assert stem("Bremen") not in nouns
    assert german_noun("Bremer", stem, nouns)  # the adjective itself stays no name


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Auf dem Gelände lagerten rund 40 Tonnen Chlor.", "Chlor"),
        ("Die Polizei fand zwei Kilo Kokain im Kofferraum.", "Kokain"),
    ],
)
def test_what_a_figure_and_a_measure_weigh_is_a_noun(
    doc: Callable[[str], Document], text: str, noun: str
) -> None:
    assert stem(noun) in nouns_of(doc, text)


def test_a_name_after_a_counted_noun_that_is_no_measure_stays_a_name(
    doc: Callable[[str], Document],
) -> None:
    assert stem("Merkel") not in nouns_of(doc, "Nach 16 Jahren Merkel beginnt eine neue Zeit.")


def sentence_names(text: str) -> list[str]:
    """The names of one German sentence, read alone (no pair to read them against)."""
    return [n.surface for n in extract_german(text).names]


def extract_german(text: str) -> UnitFeatures:
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return extract(unit, Writing(True, "German"), GERMAN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count opening the sentence, a noun after it and after an article
        ("Vier Menschen starben.", []),
        ("Drei Menschen starben in dem Haus.", []),
        ("Zwölf Bewohner wurden aus dem Gebäude gerettet.", []),
        ("Die Polizei ermittelt in Berlin.", ["Berlin"]),
        # the names stay names
        ("Olaf Scholz besuchte am Montag Siemens in Berlin.", ["Olaf Scholz", "Siemens", "Berlin"]),
        ("Bundeskanzler Olaf Scholz sprach mit den Arbeitern.", ["Olaf Scholz"]),
        ("Siemens streicht 5000 Stellen.", ["Siemens"]),
        # nouns written without an article after a preposition, and in advice to residents
        ("Die Einsatzkräfte waren vor Ort.", []),
        ("Die Briten an Bord wurden gerettet.", []),
        ("Die Lage ist unter Kontrolle.", []),
        ("Anwohner sollten Fenster und Türen geschlossen halten.", []),
        # a name that holds its article opening the sentence ("Die Linke")
        ("Die Linke forderte eine Untersuchung.", ["Die Linke"]),
    ],
)
def test_a_german_sentence_alone_names_no_noun(text: str, expected: list[str]) -> None:
    assert sentence_names(text) == expected


def test_an_english_sentence_is_not_read_as_german() -> None:
    text = "Die Antwoord played in Cape Town."
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    assert [n.surface for n in extract(unit).names] == ["Die Antwoord", "Cape Town"]


def test_a_german_noun_is_shown_as_written() -> None:
    surfaces = extract_german("Dabei starben vier Menschen in dem Haus.").surfaces
    assert surfaces[GERMAN.stem("menschen")] == "Menschen"
    assert surfaces[GERMAN.stem("dabei")] == "dabei"  # the first word, as in English


@pytest.mark.parametrize("noun", ["Euro", "Soforthilfe"])
def test_a_sum_counted_by_an_order_of_magnitude_and_its_use_are_nouns(
    doc: Callable[[str], Document], noun: str
) -> None:
    text = "Die Regierung stellte 3,5 Millionen Euro Soforthilfe bereit."
    assert stem(noun) in nouns_of(doc, text)


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("Nach Angaben der Deutschen Bahn fahren die Züge wieder.", "Deutschen"),
        ("Die Europäische Union verurteilte den Angriff.", "Europäische"),
    ],
)
def test_an_adjective_capitalised_after_an_article_before_a_noun_names(
    doc: Callable[[str], Document], text: str, adjective: str
) -> None:
    nouns = nouns_of(doc, text)
    assert stem(adjective) not in nouns and adjective.lower() not in nouns


def test_a_capitalised_adjective_alone_after_an_article_is_a_noun(
    doc: Callable[[str], Document],
) -> None:
    """ "die Verletzten": an adjective made a noun, no name's."""
    assert stem("Verletzten") in nouns_of(doc, "Die Ärzte versorgten die Verletzten vor Ort.")


@pytest.mark.parametrize(
    ("word", "inside", "adjective"),
    [
        ("Westliche", frozenset(), True),  # "Westliche Regierungen beschuldigen"
        ("Russische", frozenset(), True),
        ("Russische", frozenset({"russische"}), False),  # "die Russische Föderation"
        ("Deutsche", frozenset(), False),  # no adjective's ending of its own: "Deutsche Bahn"
        ("Kempten", frozenset(), False),
    ],
)
def test_an_adjective_opening_a_sentence(
    word: str, inside: frozenset[str], adjective: bool
) -> None:
    assert opening_adjective(word, inside) is adjective


def test_the_words_capitalised_inside_a_sentence() -> None:
    """After a word in small letters: "Russische" of "lobte die Russische Föderation", not
    "Föderation" (after a capital) nor "Die" (opening the sentence)."""
    assert capitalised_inside(["Die Regierung lobte die Russische Föderation."]) == {"russische"}


def _names(sentence: str) -> list[str]:
    """The names of ``sentence``, read as a German article's."""
    from reader.analysis.figures.numerals import writing_of
    from reader.ingest import document_from_text

    doc = document_from_text(f"Landtagswahl in der Rheinmark\n{sentence}")
    unit = document_units(doc)[-1]
    f = extract(unit, writing_of(doc.text, "German"), GERMAN)
    return [n.surface for n in f.names]


# were no names ("die AfD", read as a noun after its article) and "Kraft" a name (after a
# superlative, not read as an adjective)
@pytest.mark.parametrize(
    ("sentence", "names", "nouns"),
    [
        ("Die AfD kam auf 18,9 Prozent und ist drittstärkste Kraft.", ["AfD"], ["Kraft"]),
        ("Das ist ein Erfolg für die AfD und die SPD.", ["AfD", "SPD"], []),
        ("Die BaFin prüft den Fall.", ["BaFin"], []),
        ("Die CDU wird stärkste Kraft vor der SPD.", ["CDU", "SPD"], ["Kraft"]),
        ("Es war der größten Erfolg der Partei Volt.", ["Volt"], ["Erfolg"]),
    ],
)
def test_an_acronym_is_a_name_and_a_noun_after_a_superlative_is_not(
    sentence: str, names: list[str], nouns: list[str]
) -> None:
    found = _names(sentence)
    assert all(any(n in f for f in found) for n in names), found
    assert not [f for f in found if any(n in f for n in nouns)], found


# was "Jährige", a name: a word glued to a figure by a hyphen names nothing
@pytest.mark.parametrize(
    "sentence",
    [
        "Eine Zusammenarbeit schloss der 52-Jährige erneut aus.",
        "Die 58-Jährige gestand die Niederlage ein.",
        "Der Verein kaufte ein 5-Sterne-Hotel.",
    ],
)
def test_a_word_glued_to_a_figure_is_no_name(sentence: str) -> None:
    assert not [n for n in _names(sentence) if "Jährige" in n or "Sterne" in n]


def test_a_designation_glued_before_a_figure_is_still_a_name() -> None:
    assert any("G7" in n for n in _names("Der G7-Gipfel begann in Elmau."))

"""One quotation given to two different people by two reports is a discrepancy of kind
name ("said by Angela Merkel vs said by Nicolas Sarkozy")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.quotations.misattributed import a_letter_apart, may_be_one_person
from reader.model import Discrepancy, DiscrepancyKind, Document, MatchKind

QUOTE = '"The future of Europe and the future of Germany within Europe is at stake,"'


def said(doc: Callable[[str], Document], intro: str, attribution: str) -> Document:
    return doc(f"Europe backs Greek loan\n\n{intro}\n\n{QUOTE} {attribution}")


def name_discrepancies(a: Document, b: Document) -> list[Discrepancy]:
    return [d for d in align(a, b).discrepancies if d.kind is DiscrepancyKind.NAME]


def test_one_quotation_given_to_two_people_is_a_name_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    a = said(doc, "German Chancellor Angela Merkel spoke to parliament.", "Merkel said.")
    b = said(doc, "French President Nicolas Sarkozy spoke to lawmakers.", "Sarkozy said.")
    [found] = name_discrepancies(a, b)
    assert found.detail == "said by Angela Merkel vs said by Nicolas Sarkozy"
    assert a.text[found.a.start : found.a.end] == QUOTE
    assert b.text[found.b.start : found.b.end] == QUOTE


@pytest.mark.parametrize(
    ("intro_b", "attribution_b"),
    [
        # one person, named in full on one side only
        ("German Chancellor Angela Merkel spoke.", "Angela Merkel told parliament."),
        # a source the article does not name, or names by a role, may be that person
        ("A government spokesman spoke to reporters.", "the spokesman said."),
        ("Merkel's spokesman Steffen Seibert briefed reporters.", "Merkel's spokesman said."),
    ],
)
def test_a_quotation_that_may_be_the_same_persons_raises_nothing(
    doc: Callable[[str], Document], intro_b: str, attribution_b: str
) -> None:
    a = said(doc, "German Chancellor Angela Merkel spoke to parliament.", "Merkel said.")
    assert name_discrepancies(a, said(doc, intro_b, attribution_b)) == []


def test_a_phrase_both_quote_from_two_people_raises_nothing(
    doc: Callable[[str], Document],
) -> None:
    a = doc('The rule is one of the "midnight rules" of the outgoing government, Obama said.')
    b = doc('Dirk Kempthorne defended the "midnight rules" of the outgoing government.')
    assert name_discrepancies(a, b) == []


def test_the_quote_match_names_both_speakers(doc: Callable[[str], Document]) -> None:
    a = said(doc, "German Chancellor Angela Merkel spoke to parliament.", "Merkel said.")
    b = said(doc, "French President Nicolas Sarkozy spoke to lawmakers.", "Sarkozy said.")
    [quote] = [m for m in align(a, b).matches if m.kind is MatchKind.QUOTE]
    assert quote.speaker == "Angela Merkel / Nicolas Sarkozy"


@pytest.mark.parametrize(
    "paragraph_a",
    [
        # a spokesman reading the leader's words, one speaker repeating another's
        f"{QUOTE} Steffen Seibert said, reading a statement from Chancellor Angela Merkel.",
        f"{QUOTE} Sarkozy said, repeating the words of Merkel.",
        f"Sarkozy echoed Merkel's words: {QUOTE}",
    ],
)
def test_a_quotation_told_beside_the_other_reports_speaker_raises_nothing(
    doc: Callable[[str], Document], paragraph_a: str
) -> None:
    a = doc(f"Europe backs Greek loan\n\n{paragraph_a}")
    b = said(doc, "German Chancellor Angela Merkel spoke to parliament.", "Merkel said.")
    assert name_discrepancies(a, b) == []


@pytest.mark.parametrize("carrier", ["KCNA", "Xinhua"])
def test_a_quotation_given_to_a_news_agency_raises_nothing(
    doc: Callable[[str], Document], carrier: str
) -> None:
    # an agency carries someone's words: the text it published may be Merkel's
    a = doc(f"Europe backs Greek loan\n\n{QUOTE} according to the text published by {carrier}.")
    b = said(doc, "German Chancellor Angela Merkel spoke to parliament.", "Merkel said.")
    assert name_discrepancies(a, b) == []


def test_a_speaker_whose_name_is_misspelt_is_one_person(doc: Callable[[str], Document]) -> None:
    a = said(doc, "Playboy founder Hugh Hefner spoke to the AP.", "Heffner said.")
    b = said(doc, "Playboy founder Hugh Hefner spoke to reporters.", "Hefner said.")
    assert name_discrepancies(a, b) == []


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        ("hefner", "heffner", True),
        ("ketsoyan", "ketsoyen", True),
        ("merkel", "merkel", True),
        ("sarkozy", "merkel", False),
        ("kim", "kin", False),  # short names a letter apart are often two people
        ("hefner", "hefnerss", False),
    ],
)
def test_namesa_letter_apart(x: str, y: str, apart: bool) -> None:
    assert a_letter_apart(x, y) is apart


# a quotation one report gives by the office alone ("a déclaré le maire"), after naming
# its holder, and the other gives by name (thirty-first session)
_BY_OFFICE = {
    "French": ("Le maire Benoît Payan s'est rendu sur place dans la matinée.",
               "« Nous reconstruirons chaque immeuble de la rue », a déclaré le maire.",
               "Benoît Payan",
               "« Nous reconstruirons chaque immeuble de la rue », a déclaré {}."),
    "German": ("Bürgermeister Jürgen Dupper besuchte am Morgen die Brandstelle.",
               "„Wir bauen jedes Haus der Straße wieder auf“, sagte der Bürgermeister.",
               "Jürgen Dupper",
               "„Wir bauen jedes Haus der Straße wieder auf“, sagte {}."),
    "Spanish": ("La alcaldesa Ana Torres visitó el edificio por la mañana.",
                "«Reconstruiremos cada edificio de la calle», dijo la alcaldesa.",
                "Ana Torres",
                "«Reconstruiremos cada edificio de la calle», dijo {}."),
    "Italian": ("Il sindaco Giuseppe Sala si è recato sul posto in mattinata.",
                "«Ricostruiremo ogni palazzo della via», ha detto il sindaco.",
                "Giuseppe Sala",
                "«Ricostruiremo ogni palazzo della via», ha detto {}."),
    "Portuguese": ("A prefeita Ana Costa visitou o local de manhã.",
                   "“Vamos reconstruir cada prédio da rua”, disse a prefeita.",
                   "Ana Costa",
                   "“Vamos reconstruir cada prédio da rua”, disse {}."),
}  # fmt: skip


def _by_office(doc: Callable[[str], Document], language: str, other: str) -> list[Discrepancy]:
    named, said, _, by_name = _BY_OFFICE[language]
    a = doc(f"Fire in the old town\n\n{named}\n\n{said}")
    b = doc(f"Fire in the old town\n\n{by_name.format(other)}")
    return name_discrepancies(a, b)


@pytest.mark.parametrize("language", sorted(_BY_OFFICE))
def test_a_quotation_told_by_office_is_its_holders_against_another_person(
    doc: Callable[[str], Document], language: str
) -> None:
    [found] = _by_office(doc, language, "Pedro Almeida")
    assert found.detail == f"said by {_BY_OFFICE[language][2]} vs said by Pedro Almeida"


@pytest.mark.parametrize("language", sorted(_BY_OFFICE))
def test_a_quotation_told_by_office_is_its_holders_named_in_the_other(
    doc: Callable[[str], Document], language: str
) -> None:
    assert _by_office(doc, language, _BY_OFFICE[language][2]) == []


@pytest.mark.parametrize(
    ("x", "y", "one"),
    [
        ("Kim Jong-un", "Kim Jong Un", True),
        ("Kim", "Kim Jong Un", True),
        ("Hugh Hefner", "Heffner", True),
        # umlauts spelt out, or left off (was two people: "said by Jörg Müller vs said by
        # Joerg Mueller")
        ("Jörg Müller", "Joerg Mueller", True),
        ("Jürgen Köhler", "Jurgen Kohler", True),
        ("Markus Brandt", "Jutta Steinruck", False),
        ("Ludwig van Beethoven", "Vincent van Gogh", False),
    ],
)
def test_two_speakers_names_that_may_name_one_person(x: str, y: str, one: bool) -> None:
    assert may_be_one_person(x, y) is one

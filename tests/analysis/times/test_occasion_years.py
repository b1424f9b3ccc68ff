"""A year that names an occasion ("the 2008 election", "l'élection de 2008") is part of
that occasion's name: two sentences naming occasions of one kind with different years
tell two occasions, and nothing in them is compared, unless they name one event that
happens once ("the 2008 Mumbai attacks" vs "the 2009 Mumbai attacks") and tell nothing
else differently. A year of an act ("founded in 1998") or a time ("the summer of 1957")
is compared as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.times.occasion_years import occasion_named
from reader.model import Document
from tests.analysis.sentence_pairs import details, feats, only_conflict


def _named(text: str, language: str | None = None) -> list[frozenset[str]]:
    f = feats(text, language)
    return [occasion_named(f, m) for m in f.numbers if m.kind == "year"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Obama won the 2008 election.", "Obama won the 2012 election.", None),
        (
            "Obama won 365 electoral votes in the 2008 presidential election.",
            "Obama won 332 electoral votes in the 2012 presidential election.",
            None,
        ),
        (
            "Phelps won eight gold medals at the 2008 Olympics.",
            "Phelps won four gold medals at the 2012 Olympics.",
            None,
        ),
        ("Obama a remporté l'élection de 2008.", "Obama a remporté l'élection de 2012.", "French"),
        ("Obama gewann die Wahl von 2008.", "Obama gewann die Wahl von 2012.", "German"),
        ("Obama ganó las elecciones de 2008.", "Obama ganó las elecciones de 2012.", "Spanish"),
        (
            "Obama ha vinto le elezioni del 2008.",
            "Obama ha vinto le elezioni del 2012.",
            "Italian",
        ),
        ("Obama venceu as eleições de 2008.", "Obama venceu as eleições de 2012.", "Portuguese"),
    ],
)
def test_occasions_of_one_kind_named_with_other_years_are_two_occasions(
    a: str, b: str, language: str | None
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The company was founded in 1998.", "The company was founded in 1996.", "1998 vs 1996"),
        (
            "Page disappeared from the spotlight in the summer of 1957.",
            "Page disappeared from the spotlight in the summer of 1958.",
            "1957 vs 1958",
        ),
        # one occasion, named alike on both sides: its counts still compare
        (
            "Phelps won eight gold medals at the 2008 Olympics.",
            "Phelps won seven gold medals at the 2008 Olympics in Beijing.",
            "eight vs seven",
        ),
    ],
)
def test_years_of_an_act_or_a_time_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("Obama won the 2008 presidential election.", None, {"presidenti", "elect"}),
        ("Obama's 2008 campaign raised record sums.", None, {"campaign"}),
        ("He won the election of 2008.", None, {"elect"}),
        ("Il a gagné l'élection de 2008.", "French", {"élection"}),
        ("He was founded in 2008.", None, set()),
        ("It happened in the summer of 2008.", None, set()),
        ("À la fin de 2008, la crise a éclaté.", "French", set()),
        ("It happened on June 3, 2008 in Paris.", None, set()),
        # words between the article and the noun, a place between the noun and its "of"
        ("The Mumbai attacks of 2008 killed 166 people.", None, {"mumbai", "attack"}),
        ("He won the presidential election of 2008.", None, {"presidenti", "elect"}),
        (
            "Il a remporté l'élection présidentielle de 2008.",
            "French",
            {"élection", "présidentiell"},
        ),
        ("Les attentats de Paris de 2015 ont fait 130 morts.", "French", {"attentat", "pari"}),
        ("On pleure les victimes des attentats de Paris de 2015.", "French", {"attentat", "pari"}),
        ("Die Pariser Anschläge von 2015 forderten 130 Tote.", "German", {"paris", "anschläg"}),
        ("Los atentados de Madrid de 2004 dejaron 191 muertos.", "Spanish", {"atentado", "madrid"}),
        (
            "Gli attentati di Parigi del 2015 hanno causato 130 morti.",
            "Italian",
            {"attentati", "parigi"},
        ),
        ("Os atentados de Paris de 2015 fizeram 130 mortos.", "Portuguese", {"atentado", "pari"}),
        # a time, not an occasion, though words come between the article and the "of"
        ("He was hired at the end of the summer of 2008.", None, set()),
        ("Sales fell in the first half of 2008.", None, set()),
        ("He was Employee of the Month in January of 1955.", None, set()),
        ("The attacks in January of 2009 shocked the city.", None, set()),
        # a year opening a clause before its verb names nothing
        ("He said that 2008 marks the anniversary.", None, set()),
    ],
)
def test_a_year_names_the_occasion_its_words_name(
    text: str, language: str | None, named: set[str]
) -> None:
    assert [set(x) for x in _named(text, language)] == [named]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        # one event that happens once, named alike with two years, all else told alike
        (None, "The 2008 Mumbai attacks killed 166 people.",
         "The 2009 Mumbai attacks killed 166 people.", "2008 vs 2009"),
        (None, "A court convicted the last gunman of the 2008 Mumbai attacks.",
         "A court convicted the last gunman of the attacks of 2009 in Mumbai.", "2008 vs 2009"),
        ("French", "Les attentats de 2015 à Paris ont fait 130 morts.",
         "Les attentats de 2016 à Paris ont fait 130 morts.", "2015 vs 2016"),
        ("German", "Die Anschläge von 2015 in Paris forderten 130 Tote.",
         "Die Anschläge von 2016 in Paris forderten 130 Tote.", "2015 vs 2016"),
        ("Spanish", "Los atentados de 2015 en París dejaron 130 muertos.",
         "Los atentados de 2016 en París dejaron 130 muertos.", "2015 vs 2016"),
        ("Italian", "Gli attentati del 2015 a Parigi hanno causato 130 morti.",
         "Gli attentati del 2016 a Parigi hanno causato 130 morti.", "2015 vs 2016"),
        ("Portuguese", "Os atentados de 2015 em Paris fizeram 130 mortos.",
         "Os atentados de 2016 em Paris fizeram 130 mortos.", "2015 vs 2016"),
        # the year after the noun, its "of" and its place ("of 2009", "de Paris de 2015")
        (None, "The Mumbai attacks of 2009 killed 166 people.",
         "The 2008 Mumbai attacks killed 166 people.", "2009 vs 2008"),
        (None, "A court convicted the last gunman of the Mumbai attacks of 2008.",
         "A court convicted the last gunman of the 2009 Mumbai attacks.", "2008 vs 2009"),
        ("French", "Les attentats de Paris de 2015 ont fait 130 morts.",
         "Les attentats de 2016 à Paris ont fait 130 morts.", "2015 vs 2016"),
        ("German", "Der Prozess um die Anschläge von Paris von 2015 begann am Mittwoch.",
         "Der Prozess um die Anschläge von 2016 in Paris begann am Mittwoch.", "2015 vs 2016"),
        ("Spanish", "Los atentados de París de 2015 dejaron 130 muertos.",
         "Los atentados de 2016 en París dejaron 130 muertos.", "2015 vs 2016"),
        ("Italian", "Gli attentati di Parigi del 2015 hanno causato 130 morti.",
         "Gli attentati del 2016 a Parigi hanno causato 130 morti.", "2015 vs 2016"),
        ("Portuguese", "Os atentados de Paris de 2015 fizeram 130 mortos.",
         "Os atentados de 2016 em Paris fizeram 130 mortos.", "2015 vs 2016"),
        # a place named by its German adjective on one side or both
        ("German", "Die Pariser Anschläge von 2015 forderten 130 Tote.",
         "Die Anschläge von 2016 in Paris forderten 130 Tote.", "2015 vs 2016"),
        ("German", "Die Pariser Anschläge von 2015 forderten 130 Tote.",
         "Die Pariser Anschläge von 2016 forderten 130 Tote.", "2015 vs 2016"),
        ("German", "Der Berliner Anschlag von 2016 forderte zwölf Tote.",
         "Der Anschlag von 2017 in Berlin forderte zwölf Tote.", "2016 vs 2017"),
        ("German", "Der Münchner Amoklauf von 2016 forderte neun Tote.",
         "Der Amoklauf von 2017 in München forderte neun Tote.", "2016 vs 2017"),
        ("German", "Die Londoner Anschläge von 2005 forderten 52 Tote.",
         "Die Anschläge von 2006 in London forderten 52 Tote.", "2005 vs 2006"),
        ("German", "Die New Yorker Anschläge von 2001 forderten fast 3000 Tote.",
         "Die Anschläge von 2002 in New York forderten fast 3000 Tote.", "2001 vs 2002"),
        # a year opening a clause after "that", before its verb
        (None, "He said that 2008 marks the anniversary of the Mumbai attacks.",
         "He said that 2009 marks the anniversary of the Mumbai attacks.", "2008 vs 2009"),
    ],
)  # fmt: skip
def test_one_event_named_with_two_years_is_a_date_discrepancy(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert only_conflict(a, b, language) == ("date", detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an occasion that recurs: two elections, two games
        ("Obama won the 2008 election in Ohio.", "Obama won the 2012 election in Ohio."),
        (
            "Phelps won gold in the 2008 Olympics in the pool.",
            "Phelps won gold in the 2012 Olympics in the pool.",
        ),
        # one place, two attacks: each told with its own toll
        (
            "The 2008 Mumbai attacks killed 166 people.",
            "The 2011 Mumbai attacks killed 26 people.",
        ),
        # two places
        (
            "The 2008 Mumbai attacks killed 166 people.",
            "The 2009 Delhi attacks killed 166 people.",
        ),
        # no name in common: two floods the sentences cannot tell apart
        ("The 2013 floods damaged 400 homes.", "The 2016 floods damaged 400 homes."),
        # the same with the year after the noun
        (
            "The Mumbai attacks of 2011 killed 26 people.",
            "The 2008 Mumbai attacks killed 166 people.",
        ),
        (
            "The Delhi attacks of 2009 killed 166 people in India.",
            "The 2008 Mumbai attacks killed 166 people in India.",
        ),
        (
            "Obama won the presidential election of 2008 in Ohio.",
            "Obama won the 2012 presidential election in Ohio.",
        ),
    ],
)
def test_two_occasions_named_with_two_years_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two places, one named by its adjective
        (
            "Die Pariser Anschläge von 2015 forderten 130 Tote.",
            "Die Anschläge von 2016 in Brüssel forderten 130 Tote.",
        ),
        # "die Berliner", the people of Berlin, name no place
        (
            "Die Berliner gedachten am Montag der Opfer des Anschlags von 2016.",
            "Am Montag gedachte man in Berlin der Opfer des Anschlags von 2017.",
        ),
    ],
)
def test_german_events_in_two_places_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b, "German") == []


def test_one_event_named_with_two_years_in_two_articles(doc: Callable[[str], Document]) -> None:
    opening = "Mumbai remembers\n\nThe city held a memorial service on Wednesday. "
    a = opening + "The 2008 Mumbai attacks killed 166 people in hotels and a railway station."
    b = opening + "The 2009 Mumbai attacks killed 166 people in hotels and a railway station."
    found = align(doc(a), doc(b), method="lexical")
    assert [(d.kind.value, d.detail) for d in found.discrepancies] == [("date", "2008 vs 2009")]

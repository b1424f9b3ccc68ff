"""Weekdays in German, French, Spanish, Italian, Portuguese and Dutch articles: two linked
sentences putting one event on two days disagree, as "on Tuesday" and "on Wednesday" do;
a day of saying is no event's; other languages' day names are read only in an article of
that language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.pipeline import WEEKDAY_LINK_SCORE, WORDS_ONLY_WEEKDAY_LINK_SCORE
from reader.analysis.times.weekdays import weekday_mentions
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Document, Span
from tests.analysis.foreign_pairs import DE_DERAILMENT_A, DE_DERAILMENT_B


def feats(text: str, language: str | None = None) -> UnitFeatures:
    """``text``'s features as a sentence of an article in ``language`` (None: English)."""
    return extract(Unit(0, Span(0, len(text)), text, fold(text)), forms=word_forms(language))


def details(a: str, b: str, language: str | None) -> list[str]:
    return [c.detail for c in conflicts(feats(a, language), feats(b, language))]


# per language: one event on two days; the same event on one day told two ways; a day of
# saying against the event's
DISAGREEING = [
    ("German", "Das Erdbeben erschütterte die Region am Dienstag.",
     "Das Erdbeben erschütterte die Region am Mittwoch.", "Dienstag vs Mittwoch"),
    ("German", "Das Erdbeben erschütterte die Region am Dienstagabend.",
     "Das Erdbeben erschütterte die Region am Mittwochmorgen.",
     "Dienstagabend vs Mittwochmorgen"),
    ("French", "Le séisme a frappé la région mardi.", "Le séisme a frappé la région mercredi.",
     "mardi vs mercredi"),
    ("French", "Le séisme a frappé la région mardi soir.",
     "Le séisme a frappé la région jeudi.", "mardi vs jeudi"),
    ("Spanish", "El terremoto sacudió la región el martes.",
     "El terremoto sacudió la región el miércoles.", "martes vs miércoles"),
    ("Spanish", "El terremoto sacudió la región el sabado.",
     "El terremoto sacudió la región el viernes.", "sabado vs viernes"),
    ("Italian", "Il terremoto ha colpito la regione martedì.",
     "Il terremoto ha colpito la regione mercoledì.", "martedì vs mercoledì"),
    ("Portuguese", "O terremoto atingiu a região na terça-feira.",
     "O terremoto atingiu a região na quarta-feira.", "terça-feira vs quarta-feira"),
    ("Dutch", "De dijk bij Oudeweert brak zaterdag rond vier uur.",
     "De dijk bij Oudeweert brak vrijdag rond vier uur.", "zaterdag vs vrijdag"),
]  # fmt: skip
AGREEING = [
    ("German", "Das Erdbeben erschütterte die Region am Dienstag.",
     "Das Erdbeben erschütterte die Region am Dienstagnachmittag."),
    ("French", "Le séisme a frappé la région mardi.", "Mardi soir, le séisme a frappé la région."),
    ("Spanish", "El terremoto sacudió la región el miércoles.",
     "El terremoto sacudió la región el miercoles por la tarde."),
    ("Italian", "Il terremoto ha colpito la regione martedì.",
     "Il terremoto ha colpito martedì mattina la regione."),
    ("Portuguese", "O terremoto atingiu a região na terça-feira.",
     "O terremoto atingiu a região nesta terça-feira."),
    ("Dutch", "De dijk bij Oudeweert brak zaterdag.", "Zaterdag brak de dijk bij Oudeweert."),
]  # fmt: skip
SAID_ON_ANOTHER_DAY = [
    ("German", "Der Minister sagte am Dienstag, das Beben sei schwer gewesen.",
     "Am Mittwoch ereignete sich das schwere Beben."),
    ("German", "Das Beben war schwer, teilte die Polizei am Dienstag mit.",
     "Am Mittwoch ereignete sich das schwere Beben."),
    ("German", "Das Beben war schwer, wie die Polizei am Dienstag mitteilte.",
     "Am Mittwoch ereignete sich das schwere Beben."),
    ("French", "Le ministre a déclaré mardi que le séisme était violent.",
     "Le séisme violent a frappé mercredi."),
    ("French", "Le gouvernement a annoncé mardi un séisme violent.",
     "Le séisme violent a frappé mercredi."),
    ("Spanish", "El ministro dijo el martes que el terremoto fue violento.",
     "El violento terremoto sacudió la región el miércoles."),
    ("Spanish", "El terremoto fue violento, informó el martes el Gobierno.",
     "El violento terremoto sacudió la región el miércoles."),
    ("Italian", "Il ministro ha detto martedì che il terremoto è stato violento.",
     "Il violento terremoto ha colpito la regione mercoledì."),
    ("Portuguese", "O ministro disse na terça-feira que o terremoto foi violento.",
     "O violento terremoto atingiu a região na quarta-feira."),
    ("Dutch", "De burgemeester zei zaterdag dat de dijk was gebroken.",
     "De dijk brak vrijdag bij Oudeweert."),
    ("Dutch", "De dijk was gebroken, liet het waterschap zaterdag weten.",
     "De dijk brak vrijdag bij Oudeweert."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b", "detail"), DISAGREEING)
def test_one_event_on_two_weekdays_is_a_date_discrepancy(
    language: str, a: str, b: str, detail: str
) -> None:
    [found] = conflicts(feats(a, language), feats(b, language))
    assert (found.kind, found.detail, found.by_weekday) == (DiscrepancyKind.DATE, detail, True)


@pytest.mark.parametrize(("language", "a", "b"), AGREEING)
def test_one_weekday_told_two_ways_is_no_discrepancy(language: str, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(("language", "a", "b"), SAID_ON_ANOTHER_DAY)
def test_a_weekday_of_saying_is_not_the_events(language: str, a: str, b: str) -> None:
    assert details(a, b, language) == []


def test_a_day_named_in_a_clause_of_what_was_said_is_the_events() -> None:
    a = "Le ministre a déclaré que le séisme avait frappé la région mardi."
    assert details(a, "Le séisme a frappé la région mercredi.", "French") == ["mardi vs mercredi"]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("German", "Das Beben erschütterte die Region in der Nacht zum Mittwoch.",
         "Das Beben erschütterte die Region am Dienstagabend."),
        ("German", "Das Beben erschütterte die Region am Dienstagnacht.",
         "Das Beben erschütterte die Region am Mittwoch."),
        ("German", "Das Beben erschütterte die Region am Dienstag um 23.40 Uhr.",
         "Das Beben erschütterte die Region am Mittwoch."),
        ("French", "Le séisme a frappé la région mardi vers 23h30.",
         "Le séisme a frappé la région mercredi."),
        ("Spanish", "El terremoto sacudió la región el martes por la noche.",
         "El terremoto sacudió la región el miércoles."),
        ("Portuguese", "O terremoto atingiu a região na quarta-feira de madrugada.",
         "O terremoto atingiu a região na terça-feira."),
        ("French", "Le séisme a frappé la région mardi à 15 h GMT.",
         "Le séisme a frappé la région mercredi."),
    ],
)  # fmt: skip
def test_adjacent_weekdays_one_told_at_night_are_no_discrepancy(
    language: str, a: str, b: str
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        # "est" ("is") and "et" ("and") are no EST and ET
        ("French", "Le TER a déraillé mardi matin près de la gare de Vénissieux.",
         "Le TER est sorti des rails mercredi et a bloqué la gare de Vénissieux.",
         "mardi vs mercredi"),
        # nor "est", the first letters of "estación" where the words read around a day end
        ("Spanish", "Un tren de Cercanías descarriló el martes por la mañana cerca de la "
         "estación de Dos Hermanas, al sur de Sevilla.",
         "Un tren se salió de la vía el miércoles por la mañana en Dos Hermanas.",
         "martes vs miércoles"),
    ],
)  # fmt: skip
def test_a_small_word_like_a_time_zone_is_none(language: str, a: str, b: str, detail: str) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a"),
    [
        ("German", "Seit Dienstag erschüttern Nachbeben die Region."),
        ("French", "Le séisme de mardi a frappé la région."),
        ("Spanish", "La región, que tembló hasta el martes, sigue en alerta."),
        ("French", "Le séisme a frappé la région le vendredi saint."),
    ],
)
def test_a_weekday_of_another_occasion_or_a_feast_is_no_discrepancy(language: str, a: str) -> None:
    b = {
        "German": "Am Donnerstag erschütterten Nachbeben die Region.",
        "French": "Le séisme a frappé la région jeudi.",
        "Spanish": "La región tembló el jueves y sigue en alerta.",
    }[language]
    assert details(a, b, language) == []


def test_an_english_and_a_spanish_report_disagree_on_their_days() -> None:
    a = feats("The quake struck the region on Tuesday.")
    b = feats("El terremoto sacudió la región el miércoles.", "Spanish")
    assert [c.detail for c in conflicts(a, b)] == ["Tuesday vs miércoles"]


def test_domingo_as_a_name_in_english_is_no_day() -> None:
    a = "Placido Domingo sang in Madrid."
    assert weekday_mentions(feats(a)) == []
    assert details(a, "Placido Domingo sang in Madrid on Tuesday.", None) == []


def test_mardi_as_a_name_in_german_is_no_day() -> None:
    a = "Der Sänger Mardi trat in Berlin auf."
    assert weekday_mentions(feats(a, "German")) == []
    assert details(a, "Der Sänger trat am Mittwoch in Berlin auf.", "German") == []


def test_a_capitalised_weekday_inside_a_spanish_sentence_is_a_name() -> None:
    a = "Plácido Domingo cantó en Madrid."
    assert weekday_mentions(feats(a, "Spanish")) == []
    assert details(a, "Plácido Domingo cantó en Madrid el martes.", "Spanish") == []


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("German", "Am Sonnabend und am Mittwochfrüh", ["weekday:saturday", "weekday:wednesday"]),
        ("French", "Dimanche, puis lundi", ["weekday:sunday", "weekday:monday"]),
        ("Spanish", "el miercoles y el sábado", ["weekday:wednesday", "weekday:saturday"]),
        ("Italian", "lunedi e domenica", ["weekday:monday", "weekday:sunday"]),
        ("Portuguese", "Segunda-feira e sábado", ["weekday:monday", "weekday:saturday"]),
        (None, "Monday or lundi or Montag", ["weekday:monday"]),
        ("German", "Montag or Monday or lundi", ["weekday:monday"]),
    ],
)
def test_weekdays_are_read_in_their_articles_language_only(
    language: str | None, text: str, keys: list[str]
) -> None:
    assert [m.key for m in weekday_mentions(feats(text, language))] == keys


GERMAN_A = """Explosion im BASF-Werk Ludwigshafen

Ludwigshafen, 23. Oktober 2023

Bei einer Explosion im BASF-Werk in Ludwigshafen sind am Dienstag drei Menschen ums Leben gekommen.

Die Staatsanwaltschaft Frankenthal hat Ermittlungen aufgenommen, teilte ein Sprecher mit.
"""
GERMAN_B = """Tödliches Unglück bei BASF

Ludwigshafen, 23. Oktober 2023

Bei einer Explosion im BASF-Werk in Ludwigshafen sind am Mittwoch drei Menschen ums Leben gekommen.

Die Staatsanwaltschaft Frankenthal ermittelt, wie ein Sprecher am Donnerstag mitteilte.
"""


def test_a_german_pair_disagreeing_on_the_day_is_a_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    al = align(doc(GERMAN_A), doc(GERMAN_B), method="lexical")
    assert [(d.kind, al.a.slice(d.a), al.b.slice(d.b)) for d in al.discrepancies] == [
        (DiscrepancyKind.DATE, "Dienstag", "Mittwoch")
    ]


def test_a_weekday_clash_on_a_words_only_link_is_told_on_its_scale(
    doc: Callable[[str], Document],
) -> None:
    # two reports of a derailment, matched on words alone (the sentence model reads only
    # English): "am Dienstagmorgen" against "Am Mittwoch", on a link under the gate of the
    # sentence model's scale but over the words-only one
    b = DE_DERAILMENT_B.replace(
        "Ein Regionalzug ist am Dienstag gegen 7 Uhr bei der Einfahrt in den Bahnhof "
        "Gersthofen entgleist.",
        "Am Mittwoch gegen 7 Uhr sprang ein Regionalzug bei der Einfahrt in Gersthofen aus "
        "den Gleisen.",
    )
    al = align(doc(DE_DERAILMENT_A), doc(b), method="auto")
    assert [d.detail for d in al.discrepancies] == ["Dienstagmorgen vs Mittwoch"]
    score = next(m.score for m in al.matches if m.id == al.discrepancies[0].match)
    assert WORDS_ONLY_WEEKDAY_LINK_SCORE <= score < WEEKDAY_LINK_SCORE

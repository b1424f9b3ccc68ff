"""Denials in French, German, Spanish, Italian and Portuguese (reader.analysis.conflicts.negation
with reader.analysis.words.negation_words): the pairs reported, the negations left alone, and
the audit's quotation denied in Portuguese."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.negation import denial
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import Unit
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Span


def feats(text: str, language: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)), forms=word_forms(language))


def denied(language: str, a: str, b: str) -> str | None:
    found = denial(feats(a, language), feats(b, language))
    return None if found is None else found.detail


def vs(a: str, b: str) -> str:
    return f"\u201c{a}\u201d vs \u201c{b}\u201d"


DENIALS = [
    (
        "French",
        "Le ministre a confirmé la fermeture de l'usine.",
        "Le ministre n'a pas confirmé la fermeture de l'usine.",
        vs("a confirmé", "n'a pas confirmé"),
    ),
    (
        "French",
        "Le président se rendra à Kiev la semaine prochaine.",
        "Le président ne se rendra pas à Kiev la semaine prochaine.",
        vs("se rendra à Kiev", "ne se rendra pas à Kiev"),
    ),
    (
        "German",
        "Die Regierung hat den Plan gebilligt.",
        "Die Regierung hat den Plan nicht gebilligt.",
        vs("gebilligt", "nicht gebilligt"),
    ),
    (
        "German",
        "Es gab eine Einigung in der Nacht.",
        "Es gab keine Einigung in der Nacht.",
        vs("eine Einigung", "keine Einigung"),
    ),
    (
        "Spanish",
        "El Gobierno ha confirmado la cifra de muertos.",
        "El Gobierno no ha confirmado la cifra de muertos.",
        vs("ha confirmado", "no ha confirmado"),
    ),
    (
        "Spanish",
        "Vamos a recurrir la decisión del juez.",
        "No vamos a recurrir la decisión del juez.",
        vs("Vamos a recurrir", "No vamos a recurrir"),
    ),
    (
        "Italian",
        "Il governo ha approvato la riforma delle pensioni.",
        "Il governo non ha mai approvato la riforma delle pensioni.",
        vs("ha approvato", "non ha mai approvato"),
    ),
    (
        "Portuguese",
        "O advogado vai recorrer da decisão do tribunal.",
        "O advogado não vai recorrer da decisão do tribunal.",
        vs("vai recorrer", "não vai recorrer"),
    ),
]


@pytest.mark.parametrize(("language", "a", "b", "detail"), DENIALS)
def test_a_denial_in_another_language_is_reported(
    language: str, a: str, b: str, detail: str
) -> None:
    assert denied(language, a, b) == detail


@pytest.mark.parametrize(("language", "a", "b", "detail"), DENIALS[::3])
def test_the_denial_is_found_whichever_side_denies(
    language: str, a: str, b: str, detail: str
) -> None:
    assert denied(language, b, a) is not None


NOT_DENIALS = {
    "ne ... que is only": ("French", "L'usine emploie deux cents personnes.",
                           "L'usine n'emploie que deux cents personnes."),
    "another negative word": ("French", "Le ministre a confirmé la fermeture.",
                              "Le ministre n'a rien confirmé sur la fermeture."),
    "nicht nur": ("German", "Die Polizei hat den Verdächtigen festgenommen.",
                  "Die Polizei hat nicht nur den Verdächtigen festgenommen."),
    "nicht mehr als": ("German", "Der Zug hatte 30 Fahrgäste.",
                       "Der Zug hatte nicht mehr als 30 Fahrgäste."),
    "no ... hasta": ("Spanish", "El presidente viajará a Lima el lunes.",
                     "El presidente no viajará a Lima hasta el lunes."),
    "an answer": ("Spanish", "Vamos a recurrir la decisión del juez.",
                  "No, vamos a recurrir la decisión del juez."),
    "non solo": ("Italian", "Il governo ha approvato la riforma.",
                 "Il governo non solo ha approvato la riforma."),
    "nem": ("Portuguese", "O advogado vai recorrer da decisão.",
            "Nem o advogado vai recorrer da decisão."),
}  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), NOT_DENIALS.values(), ids=NOT_DENIALS.keys())
def test_a_negation_that_denies_nothing_is_left_alone(language: str, a: str, b: str) -> None:
    assert (denied(language, a, b), denied(language, b, a)) == (None, None)


def test_two_languages_are_not_compared() -> None:
    fa = feats("O advogado vai recorrer da decisão do tribunal.", "Portuguese")
    fb = feats("O advogado não vai recorrer da decisão do tribunal.", "Spanish")
    assert denial(fa, fb) is None


PORTUGUESE = """Antigo ministro condenado a oito anos de prisão

O Tribunal de Lisboa condenou esta sexta-feira o antigo ministro Joaquim Costa a oito
anos de prisão por corrupção e branqueamento de capitais.

O advogado de Costa, Rui Matos, anunciou que vai recorrer da sentença.

"{quote} da decisão", afirmou Matos à saída do tribunal.
"""


def test_a_quotation_and_its_denial_are_a_quote_discrepancy(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, quote in zip(paths, ("Vamos recorrer", "Não vamos recorrer"), strict=True):
        path.write_text(PORTUGUESE.format(quote=quote), encoding="utf-8")
    al = align(*(load_document(p) for p in paths), method="lexical")
    found = [(d.kind, d.detail) for d in al.discrepancies]
    assert found == [(DiscrepancyKind.QUOTE, vs("Vamos", "Não vamos"))]


# an opening, then "still" and "no longer" with what they say
STILL_AND_NO_LONGER = [
    ("French", "Selon sa famille, le journaliste", "est toujours en vie", "n'est plus en vie"),
    ("French", "Selon sa famille, le journaliste", "est encore en vie", "n'est plus en vie"),
    ("Spanish", "Según su familia, el periodista", "todavía está vivo", "ya no está vivo"),
    ("Italian", "Secondo la famiglia, il giornalista", "è ancora in vita", "non è più in vita"),
    ("German", "Nach Angaben der Familie ist der Journalist", "noch am Leben",
     "nicht mehr am Leben"),
    ("Portuguese", "Segundo a família, o jornalista", "ainda está vivo", "já não está vivo"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "opening", "still", "no_longer"), STILL_AND_NO_LONGER)
def test_still_against_no_longer_is_a_denial(
    language: str, opening: str, still: str, no_longer: str
) -> None:
    a, b = f"{opening} {still}.", f"{opening} {no_longer}."
    assert (denied(language, a, b), denied(language, b, a)) == (
        vs(still, no_longer),
        vs(no_longer, still),
    )


def test_french_pas_toujours_is_not_always_and_denies_nothing() -> None:
    a = "Selon l'inspection, l'usine a respecté les règles de sécurité."
    b = "Selon l'inspection, l'usine n'a pas toujours respecté les règles de sécurité."
    assert (denied("French", a, b), denied("French", b, a)) == (None, None)

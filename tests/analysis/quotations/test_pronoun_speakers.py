"""Tests of reader/analysis/quotations/pronoun_speakers.py: a quotation going on after "he added" in
another language ("a-t-il déclaré", "sagte er", "añadió", "ha aggiunto", "acrescentou")
is the speaker's just named, as it is in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.analysis.quotations.pronoun_speakers import (
    carried_pronoun,
    dropped_subject,
    opens_without_subject,
    pronoun_after,
)
from reader.analysis.words.saying import SAYING


def verb(text: str) -> re.Match[str]:
    """The first verb of saying of ``text``."""
    found = SAYING.search(text)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [('", a-t-il déclaré.', "he"), ('", a-t-elle ajouté.', "she"), ('", ajoute-t-elle.', "she"),
     ('", dit-il.', "he"), ('", a déclaré Macron.', None)],
)  # fmt: skip
def test_a_french_verb_carries_its_pronoun(text: str, expected: str | None) -> None:
    assert carried_pronoun(verb(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('", sagte er.', "he"), ('", fügte sie hinzu.', "she"), ('", dijo ella.', "she"),
     ('", ha aggiunto lui.', "he"), ('", acrescentou ela.', "she"), ('," said he.', "he"),
     ('", sagten sie.', None), ('", ha detto il sindaco.', None), ('", dijo el alcalde.', None)],
)  # fmt: skip
def test_a_pronoun_after_an_inverted_verb_is_its_subject(text: str, expected: str | None) -> None:
    v = verb(text)
    assert pronoun_after(text, v, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("selon lui, c'est", "he"), ("selon elle, c'est", "she"), ("según él, es", "he"),
     ("secondo lei, è", "she"), ("segundo ele, é", "he"), ("according to her, it", "she"),
     ("according to him.", "he"), ("according to her lawyer, it", None)],
)  # fmt: skip
def test_according_to_a_pronoun_is_the_one_it_stands_for(text: str, expected: str | None) -> None:
    v = verb(text)
    assert pronoun_after(text, v, len(text), objective=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('", añadió.', True), ('", añadió a los periodistas.', True), ('", ha aggiunto.', True),
     ('", ha aggiunto ai giornalisti.', True), ('", acrescentou aos jornalistas.', True),
     ('", añadió el delegado.', False), ('", dijo ayer la ministra.', False),
     ('", acrescentou a ministra.', False), ('", dijo en Madrid Pedro Sánchez.', False),
     ('", ha aggiunto il sindaco.', False), ('", sagte er.', False),
     # an elided article opens a subject; joined to a preposition it does not
     ('", ha detto l\'allenatore.', False), ('", ha aggiunto all\'uscita.', True)],
)  # fmt: skip
def test_a_dropped_subject_is_read_where_nothing_after_the_verb_is_one(
    text: str, expected: bool
) -> None:
    assert dropped_subject(text, verb(text), len(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Añadió: ", True), ("Y añadió que ", True), ("Poi ha aggiunto: ", True),
     ("Depois acrescentou: ", True), ("El alcalde añadió: ", False)],
)  # fmt: skip
def test_a_verb_opening_its_clause_has_its_subject_dropped(text: str, expected: bool) -> None:
    assert opens_without_subject(text, 0, verb(text)) is expected


def article_speakers(tmp_path: Path, lines: list[str]) -> list[str | None]:
    """The speakers of the quotations of an article of ``lines``, read as the window
    reads it: in a pair with an article of its first three lines."""
    from reader.analysis.pair_analysis import analyse
    from reader.analysis.quotations.quotes import find_quotations
    from reader.ingest import load_document

    docs = []
    for side, text in (("a", "\n".join(lines)), ("b", "\n".join(lines[:3]))):
        (tmp_path / f"{side}.txt").write_text(text, encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    found = find_quotations(docs[0], [m for f in analyse(*docs).feats_a for m in f.names])
    return [q.speaker for q in found]


_OPENINGS = {
    "French": ["Incendie meurtrier à Marseille",
               "Un incendie a fait trois morts dans la nuit à Marseille, selon les pompiers.",
               "Le feu s'est déclaré vers deux heures dans un immeuble du centre-ville."],
    "German": ["Großbrand in Passauer Altstadt",
               "Bei einem Brand in der Passauer Altstadt sind drei Menschen gestorben.",
               "Das Feuer war nach Angaben der Polizei gegen zwei Uhr ausgebrochen."],
    "Spanish": ["Incendio mortal en Madrid",
                "Un incendio causó tres muertos en la madrugada en el centro de Madrid.",
                "El fuego comenzó hacia las dos de la mañana en un edificio de viviendas."],
    "Italian": ["Incendio mortale a Milano",
                "Un incendio ha causato tre morti nella notte nel centro di Milano.",
                "Il fuoco è scoppiato verso le due in un palazzo di via Padova."],
    "Portuguese": ["Incêndio mortal em Lisboa",
                   "Um incêndio causou três mortos durante a noite no centro de Lisboa.",
                   "O fogo começou por volta das duas horas num prédio de habitação."],
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "said", "going_on", "speaker"),
    [
        ("French", "« Nous allons reconstruire », a déclaré le maire Benoît Payan.",
         "« Les familles seront relogées », a-t-il ajouté.", "Benoît Payan"),
        ("French", "« C'est un drame », a déclaré la maire Michèle Rubirola.",
         "« Nous ferons tout », ajoute-t-elle.", "Michèle Rubirola"),
        ("French", "« C'est un drame », a déclaré la maire Michèle Rubirola.",
         "Selon elle, la situation est « sous contrôle ».", "Michèle Rubirola"),
        ("French", "« Nous allons reconstruire », a déclaré le maire Benoît Payan.",
         "Il a ajouté : « Les familles seront relogées. »", "Benoît Payan"),
        ("German", "„Wir bauen wieder auf“, sagte Bürgermeister Jürgen Dupper.",
         "Er fügte hinzu: „Die Ursache ist unklar.“", "Jürgen Dupper"),
        ("German", "„Wir bauen wieder auf“, sagte Bürgermeister Jürgen Dupper.",
         "„Die Ursache ist unklar“, sagte er am Morgen.", "Jürgen Dupper"),
        ("Spanish", "«Hicimos todo lo posible», dijo la alcaldesa, Ana Torres.",
         "«Las familias serán realojadas», añadió.", "Ana Torres"),
        ("Spanish", "«Hicimos todo lo posible», dijo la alcaldesa, Ana Torres.",
         "Según ella, la situación está «bajo control».", "Ana Torres"),
        ("Italian", "«Faremo di tutto», ha detto il sindaco Giuseppe Sala.",
         "Poi ha aggiunto: «Le famiglie saranno aiutate».", "Giuseppe Sala"),
        ("Italian", "«Faremo di tutto», ha detto il sindaco Giuseppe Sala.",
         "«Le famiglie saranno aiutate», ha aggiunto lui.", "Giuseppe Sala"),
        ("Portuguese", "“Vamos reconstruir”, disse o prefeito Carlos Moedas.",
         "“As famílias serão realojadas”, acrescentou aos jornalistas.", "Carlos Moedas"),
        ("Portuguese", "“Vamos reconstruir”, disse o prefeito Carlos Moedas.",
         "Segundo ele, a situação está “sob controlo”.", "Carlos Moedas"),
    ],
)  # fmt: skip
def test_a_quotation_going_on_with_a_pronoun_or_no_subject_is_the_last_speakers(
    tmp_path: Path, language: str, said: str, going_on: str, speaker: str
) -> None:
    lines = [*_OPENINGS[language], said, going_on, "La investigación sigue."]
    assert article_speakers(tmp_path, lines) == [speaker, speaker]


@pytest.mark.parametrize(
    ("language", "said", "going_on"),
    [
        ("Spanish", "«Hicimos todo lo posible», dijo la alcaldesa, Ana Torres.",
         "«Es una tragedia», dijo ayer el ministro."),
        ("Portuguese", "“Vamos reconstruir”, disse o prefeito Carlos Moedas.",
         "“É uma tragédia”, acrescentou a ministra."),
        ("German", "„Wir bauen wieder auf“, sagte Bürgermeister Jürgen Dupper.",
         "„Wir sind erschöpft“, sagten sie."),
    ],
)  # fmt: skip
def test_a_quotation_going_on_with_another_subject_is_not_the_last_speakers(
    tmp_path: Path, language: str, said: str, going_on: str
) -> None:
    lines = [*_OPENINGS[language], said, going_on]
    assert article_speakers(tmp_path, lines)[1] is None


@pytest.mark.parametrize(
    ("language", "named", "going_on", "speaker"),
    [
        # the audit's sentences (F18)
        ("Spanish", "El jefe del gabinete, Gustavo Adrianzén, se trasladó a la zona.",
         '"No vamos a abandonar a ninguna familia", afirmó.', "Gustavo Adrianzén"),
        ("Spanish", "Ana Torres visitó el edificio por la mañana.",
         "«Las familias serán realojadas», añadió.", "Ana Torres"),
        ("Italian", "Il sindaco, Giuseppe Sala, si è recato sul posto.",
         "«Le famiglie saranno aiutate», ha aggiunto.", "Giuseppe Sala"),
        ("Portuguese", "O presidente da câmara, Carlos Moedas, deslocou-se ao local.",
         "“As famílias serão realojadas”, acrescentou.", "Carlos Moedas"),
        # the subject after an office and its article (thirty-first session)
        ("Spanish", "La alcaldesa Ana Torres visitó el edificio por la mañana.",
         "«Las familias serán realojadas», añadió.", "Ana Torres"),
        ("Italian", "Il ministro Carlo Rossi ha visitato il palazzo.",
         "Poi ha aggiunto: «Le famiglie saranno aiutate».", "Carlo Rossi"),
        ("Italian", "La sindaca Chiara Appendino si è recata sul posto.",
         "«Le famiglie saranno aiutate», ha aggiunto.", "Chiara Appendino"),
        ("Portuguese", "A prefeita Ana Costa visitou o local de manhã.",
         "“As famílias serão realojadas”, acrescentou.", "Ana Costa"),
    ],
)  # fmt: skip
def test_a_dropped_subject_after_a_sentence_naming_its_subject_is_that_person(
    tmp_path: Path, language: str, named: str, going_on: str, speaker: str
) -> None:
    lines = [*_OPENINGS[language], named, going_on]
    assert article_speakers(tmp_path, lines) == [speaker]


@pytest.mark.parametrize(
    ("language", "named", "going_on"),
    [
        # two people named: whose the words are is not told
        ("Spanish", "Gustavo Adrianzén y Ana Torres se trasladaron a la zona.",
         '"No vamos a abandonar a ninguna familia", afirmó.'),
        # the person is the object, not the subject
        ("Italian", "I soccorritori hanno accompagnato Giuseppe Sala sul posto.",
         "«Le famiglie saranno aiutate», ha aggiunto."),
    ],
)  # fmt: skip
def test_a_dropped_subject_after_no_one_subject_names_nobody(
    tmp_path: Path, language: str, named: str, going_on: str
) -> None:
    lines = [*_OPENINGS[language], named, going_on]
    assert article_speakers(tmp_path, lines) == [None]


def opening_of(tmp_path: Path, language: str, sentence: str) -> str | None:
    """The person ``sentence``, after the opening of ``language``, opens with as its
    subject (:func:`reader.analysis.quotations.opening_subject.opening_subject`)."""
    from reader.analysis.pair_analysis import analyse
    from reader.analysis.quotations.opening_subject import opening_subject
    from reader.ingest import load_document
    from reader.ingest.normalize import fold

    lines = [*_OPENINGS[language], sentence]
    docs = []
    for side, text in (("a", "\n".join(lines)), ("b", "\n".join(lines[:3]))):
        (tmp_path / f"{side}.txt").write_text(text, encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    names = [m for f in analyse(*docs).feats_a for m in f.names]
    return opening_subject(fold(docs[0].text), docs[0].sentences[-1], names)


@pytest.mark.parametrize(
    ("language", "sentence", "subject"),
    [
        ("French", "Le ministre Jean Dupont a affirmé que l'enquête serait rapide.",
         "Jean Dupont"),
        ("French", "La maire Michèle Rubirola s'est rendue sur place.", "Michèle Rubirola"),
        ("German", "Bundeskanzler Olaf Scholz sagte, die Regierung werde helfen.",
         "Olaf Scholz"),
        ("German", "Die Bürgermeisterin Anna Weber besuchte am Morgen die Brandstelle.",
         "Anna Weber"),
        ("Spanish", "La alcaldesa Ana Torres visitó el edificio por la mañana.", "Ana Torres"),
        ("Italian", "Il ministro Carlo Rossi ha detto che l'indagine sarà rapida.",
         "Carlo Rossi"),
        ("Portuguese", "A prefeita Ana Costa visitou o local de manhã.", "Ana Costa"),
        # not after an office: a word that is none, or the person is the object
        ("Spanish", "La vecina Ana Torres visitó el edificio por la mañana.", None),
        ("French", "Les pompiers ont évacué Jean Dupont dans la nuit.", None),
    ],
)  # fmt: skip
def test_a_sentence_opens_with_its_subject_after_an_office_in_another_language(
    tmp_path: Path, language: str, sentence: str, subject: str | None
) -> None:
    assert opening_of(tmp_path, language, sentence) == subject

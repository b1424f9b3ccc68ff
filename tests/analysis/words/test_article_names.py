"""Tests of reader/analysis/words/article_names.py: an article opening a French, Spanish,
Italian, Portuguese or German sentence is no part of the name after it, unless the name
holds it ("Le Monde", "Los Angeles"); and how the features and the pair read it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.linking.word_forms import side_forms
from reader.analysis.pair_analysis import shared_evidence
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.analysis.words.article_names import (
    ARTICLES,
    fixed,
    held_article,
    inner_articles,
    opening_article,
)
from reader.model import Document
from tests.analysis.name_keys import pair_keys
from tests.analysis.sentence_pairs import feats

MakeDoc = Callable[[str], Document]


def doc_keys(doc: MakeDoc, text_a: str, text_b: str) -> tuple[set[str], set[str]]:
    return pair_keys(doc(text_a), doc(text_b))


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        # the article is no part of the name
        ("French", "Les Britanniques ont quitté Athènes mardi.", "britanniques"),
        ("Spanish", "Los Británicos abandonaron Atenas el martes.", "británicos"),
        ("Italian", "Gli Abruzzesi hanno lasciato Atene martedì.", "abruzzesi"),
        ("Portuguese", "Os Britânicos deixaram Atenas na terça-feira.", "britânicos"),
        ("German", "Der Kreml teilte am Dienstag mit, Athen sei informiert.", "kreml"),
        ("French", 'Il a dit : "Les Britanniques sont partis".', "britanniques"),
        # unless the name holds it
        ("French", "Le Monde a révélé l'affaire mardi.", "le monde"),
        ("French", "Le Havre a été touché par la tempête.", "le havre"),
        ("Spanish", "Los Ángeles sufrió un terremoto el martes.", "los ángeles"),
        ("Spanish", "El Salvador envió ayuda.", "el salvador"),
        ("Spanish", "La Paz condenó el ataque.", "la paz"),
        ("Italian", "La Repubblica riferisce di due dispersi.", "la repubblica"),
        ("Portuguese", "O Globo informou que o armazém guardava açúcar.", "o globo"),
        ("German", "Die Linke forderte eine Untersuchung.", "die linke"),
    ],
)  # fmt: skip
def test_an_article_opening_a_sentence_is_part_of_a_name_only_that_holds_it(
    language: str, sentence: str, key: str
) -> None:
    keys = feats(sentence, language).name_keys
    assert key in keys
    assert all(k == key for k in keys if k.split()[0] in ARTICLES[language])


def test_an_article_alone_opening_a_sentence_is_no_name() -> None:
    assert feats("Les habitants doivent rester chez eux.", "French").name_keys == set()


def test_an_english_sentence_is_read_as_before() -> None:
    # English has no such articles: "La Jolla" and "Des Moines" stay whole
    assert "des moines" in feats("Des Moines police said it was closed.").name_keys


def test_an_article_written_capitalised_inside_a_sentence_is_held_by_the_name() -> None:
    inner = inner_articles(
        ["Le feu a touché la ville de La Gazette.", "On lit Le Rire Des Enfants."]
    )
    assert "la_gazette" in inner
    assert "des_enfants" not in inner  # after a capitalised word: a title's words, no sign


def test_the_pair_tells_a_name_that_holds_its_article() -> None:
    inner = inner_articles(["Le rapport est paru dans La Gazette lundi."])
    assert fixed("La", "Gazette", inner)
    assert not opening_article("La Gazette a publié", 0, ["La", "Gazette"], "French", inner)


def test_a_name_opening_a_sentence_is_keyed_as_the_pair_writes_it_inside_one(
    doc: MakeDoc,
) -> None:
    # "La Gazette" is in no table: the other article's "dans La Gazette" tells it
    a, b = doc_keys(
        doc,
        "La Gazette a révélé mardi que le maire avait démissionné.",
        "Le maire a démissionné mardi, selon La Gazette.",
    )
    assert "la gazet" in a and "la gazet" in b


@pytest.mark.parametrize(
    ("text_a", "text_b", "key"),
    [
        ("Los Ángeles sufrió un terremoto el martes por la mañana.",
         "Un terremoto sacudió el martes a Los Ángeles.", "los angel"),
        ("Le Monde a révélé l'affaire mardi soir à Paris.",
         "Selon Le Monde, l'affaire date de mardi soir.", "le mond"),
        # a preposition holding the article: "du Havre" is "Le Havre"
        ("Un incendie a ravagé mardi un entrepôt du port du Havre.",
         "Le Havre a été touché mardi par un violent incendie.", "le havr"),
        ("La course a eu lieu samedi au Mans, sous la pluie.",
         "Le Mans a accueilli la course samedi sous la pluie.", "le man"),
        ("Il sindaco della Spezia ha parlato martedì dell'alluvione.",
         "La Spezia è stata colpita martedì da una grave alluvione.", "la spez"),
        ("Lo ha scritto martedì la Repubblica, citando la procura.",
         "La Repubblica riferisce martedì di due dispersi.", "la repubbl"),
        ("A informação foi publicada na terça-feira pelo site do Globo.",
         "O Globo informou na terça-feira que o armazém guardava açúcar.", "o glob"),
        ("El avión llegó al Cairo el martes por la noche.",
         "El Cairo recibió el avión el martes por la noche.", "el cair"),
        ("El presidente de El Salvador llegó el martes.",
         "El Salvador envió su presidente el martes.", "el salvador"),
        ("La delegación de La Paz llegó el martes.",
         "La Paz envió una delegación el martes.", "la paz"),
        # a name that holds no article keeps its key: "o Porto", "do Porto"
        ("O armazém do Porto guardava açúcar, disse a polícia.",
         "A polícia disse que o armazém no Porto guardava açúcar.", "port"),
        # German writes the article capitalised, whatever the preposition
        ("Der Gipfel fand am Dienstag in Den Haag statt.",
         "Die Delegation reiste am Dienstag aus Den Haag ab.", "den haag"),
    ],
)  # fmt: skip
def test_a_fixed_name_has_one_key_wherever_the_pair_writes_it(
    doc: MakeDoc, text_a: str, text_b: str, key: str
) -> None:
    a, b = doc_keys(doc, text_a, text_b)
    assert key in a and key in b
    assert not any(key.endswith(f" {k}") for k in a | b)  # nor without its article


def test_a_nationality_read_against_the_pair_is_no_shared_name(doc: MakeDoc) -> None:
    # stemmed as a name ("britann"), it was no DEMONYM, and the event gate counted it
    a, b = (
        doc("Mogadiscio a vu les Britanniques libérés hier."),
        doc("Les Britanniques sont arrivés hier à Mogadiscio."),
    )
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert {n.key for f in fa for n in f.names} == {"mogadiscio", "britanniques"}
    assert shared_evidence(fa, fb) == 1


@pytest.mark.parametrize(
    ("language", "text", "word", "article"),
    [
        ("French", "le port du Havre", "Havre", "le"),
        ("French", "Selon le Monde", "Monde", "le"),  # after the sentence's first word
        ("French", "les élus des Républicains", "Républicains", "les"),
        ("Italian", "il sindaco della Spezia", "Spezia", "la"),
        ("Portuguese", "segundo a Bola", "Bola", "a"),
        ("Spanish", "llegó al Cairo", "Cairo", "el"),
        # a title's words, not a fixed name: "la Coupe du Monde"
        ("French", "il a gagné la Coupe du Monde", "Monde", None),
        # no fixed name: "du Louvre"
        ("French", "le musée du Louvre", "Louvre", None),
        # German fixed names are common nouns after a preposition: "zur Zeit", "am Freitag"
        ("German", "Er war zur Zeit in Berlin", "Zeit", None),
        ("German", "Sie kam am Freitag", "Freitag", None),
        # German: a fixed name declined after an article in small letters
        ("German", "der Antrag der Linken", "Linken", "die"),
        ("German", "mit den Stimmen der Grünen", "Grünen", "die"),
        ("German", "nach Informationen des Spiegels", "Spiegels", "der"),
        # ... but not after a preposition written with the article, nor a common noun
        ("German", "Er sah sich im Spiegel an", "Spiegel", None),
        ("German", "Er stand vor dem Spiegel", "Spiegel", None),
        ("German", "die Politik der Zeit", "Zeit", None),
        ("German", "die Hälfte der Welt", "Welt", None),
        ("German", "die Chefs des Bundes", "Bundes", None),
        # English has none
        (None, "the port du Havre", "Havre", None),
    ],
)  # fmt: skip
def test_the_article_a_word_before_a_fixed_name_holds(
    language: str | None, text: str, word: str, article: str | None
) -> None:
    start = text.index(word)
    assert held_article(text, start, word, language) == article


def test_the_features_key_a_fixed_name_after_a_preposition_with_its_article() -> None:
    keys = feats("Le feu a détruit un entrepôt du port du Havre.", "French").name_keys
    assert keys == {"le havre"}


@pytest.mark.parametrize(
    ("text_a", "text_b", "key"),
    [
        ("Die Linke hat am Dienstag in Berlin einen Antrag gegen das Gesetz gestellt.",
         "Der Antrag der Linken gegen das Gesetz wurde am Dienstag in Berlin gestellt.",
         "die link"),
        ("Die Grünen stimmten am Dienstag in Berlin gegen das Gesetz.",
         "Das Gesetz wurde am Dienstag in Berlin mit den Stimmen der Grünen abgelehnt.",
         "die grun"),
        ("Der Spiegel berichtete am Dienstag über den Rücktritt des Ministers in Berlin.",
         "Nach Informationen des Spiegels trat der Minister am Dienstag in Berlin zurück.",
         "der spiegel"),
        ("Der Tagesspiegel berichtete am Dienstag über den Rücktritt in Berlin.",
         "Wie der Tagesspiegel am Dienstag berichtete, trat der Minister in Berlin zurück.",
         "der tagesspiegel"),
    ],
)  # fmt: skip
def test_a_german_fixed_name_declined_has_the_key_of_the_name(
    doc: MakeDoc, text_a: str, text_b: str, key: str
) -> None:
    a, b = doc_keys(doc, text_a, text_b)
    assert key in a and key in b


def test_a_mirror_is_no_newspaper(doc: MakeDoc) -> None:
    a, _ = doc_keys(
        doc,
        "Er sah sich am Dienstag in Berlin im Spiegel an, sagte der Minister.",
        "Der Spiegel berichtete am Dienstag aus Berlin über den Minister.",
    )
    assert "der spiegel" not in a

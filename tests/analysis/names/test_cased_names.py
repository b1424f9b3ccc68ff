"""Tests of reader/analysis/names/cased_names.py: names in Russian, German, French and Spanish
pairs (hand-written reports of one event, tests/analysis/foreign_pairs.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.names.joined_names import join_split_names
from reader.analysis.units import document_units
from reader.analysis.words.opening_words import drop_common_openers
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
        # what an office is of is no name: "chef de l'État" and "secrétaire d'État"
        ("« Nous rebâtirons Notre-Dame », a déclaré le chef de l'État, et le secrétaire "
         "d'État Laurent Nuñez a salué le travail des pompiers pendant toute la nuit.\n",
         "Les pompiers ont travaillé toute la nuit, a indiqué le ministère, et le "
         "président a promis de rebâtir la cathédrale dans les cinq années à venir.\n",
         ["Notre-Dame", "Laurent Nuñez"]),
        ("«Lo reconstruiremos», dijo el presidente del Gobierno, y el ministro del "
         "Interior, Fernando Grande-Marlaska, visitó la zona durante toda la noche.\n",
         "Los bomberos trabajaron toda la noche, y el presidente prometió que la zona "
         "será reconstruida en los próximos cinco años con ayuda del Estado.\n",
         ["Interior", "Fernando Grande-Marlaska"]),
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


# a German pair's second side: the names used alone, and nouns the pair writes as nouns
DE_OTHER = (
    "Putin und Kim Jong Un haben sich in Pjöngjang getroffen, und Russland und Nordkorea "
    "wollen nach dem Besuch noch enger zusammenarbeiten als bisher.\n"
)


@pytest.mark.parametrize(
    ("text_a", "expected"),
    [
        # a genitive place and a title before a name say whose office it is, as "der
        # russische Präsident" does: the person is the name
        ("Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un haben "
         "in Pjöngjang einen Vertrag unterzeichnet, der auch die Hilfe im Krieg regelt.\n",
         ["Wladimir Putin", "Kim Jong Un", "Pjöngjang"]),
        ("Der Vertrag wurde in Pjöngjang von Russlands Staatschef Wladimir Putin und dem "
         "Machthaber Kim Jong Un unterzeichnet, der ihn auch als einen großen Schritt sieht.\n",
         ["Pjöngjang", "Wladimir Putin", "Kim Jong Un"]),
        # a month or a day, which German capitalises, is no name
        ("Am 19. Juni ist Putin in Pjöngjang gelandet, und am Mittwoch hat er mit Kim "
         "über den Vertrag gesprochen, der seit Juni in Russland diskutiert wird.\n",
         ["Putin", "Pjöngjang", "Kim", "Russland"]),
        ("Ende Juni reist Putin nach Pjöngjang, und Kim wird ihn dort am Flughafen "
         "empfangen, wie es auch in Russland schon vor dem Besuch geheißen hat.\n",
         ["Putin", "Pjöngjang", "Kim", "Russland"]),
        # a sentence opening with a preposition and a noun written without an article
        ("Nach Angaben der Polizei ist Putin am Abend in Pjöngjang gelandet, und Kim hat "
         "ihn dort mit einer Zeremonie empfangen, die auch in Russland gezeigt wurde.\n",
         ["Putin", "Pjöngjang", "Kim", "Russland"]),
        ("Seit Jahren hat Putin das Land nicht besucht, und vor Journalisten sagte er in "
         "Pjöngjang, dass Russland und Nordkorea nun enger zusammenarbeiten.\n",
         ["Putin", "Pjöngjang", "Russland", "Nordkorea"]),
        # an adverb or a quantifier opening the sentence, and a noun after a quantifier
        ("Zuletzt hatte Putin Nordkorea im Jahr 2000 besucht, und beide Staaten wollen "
         "nun auch bei der Hilfe im Krieg enger zusammenarbeiten als bisher.\n",
         ["Putin", "Nordkorea"]),
        ("Beide Staaten wollen enger zusammenarbeiten, sagte Putin, und Kim nannte die "
         "Beziehungen zu Russland so eng wie nie zuvor in der Geschichte.\n",
         ["Putin", "Kim", "Russland"]),
        # a noun written right after a name, coordinated with a noun, is no part of it
        ("Die USA werfen Nordkorea vor, Russland Artilleriegranaten und Raketen für den "
         "Krieg zu liefern, und Putin hat die Raketen bei dem Besuch in Pjöngjang bestritten.\n",
         ["USA", "Nordkorea", "Russland", "Putin", "Pjöngjang"]),
        # a verb of an adjective's form after its subject: Nordkorea is a name; the
        # adjective opening the sentence before its noun names nothing
        ("Westliche Regierungen beschuldigen Nordkorea, Munition an Russland zu liefern, "
         "und Putin hat das bei dem Besuch in Pjöngjang nicht bestritten.\n",
         ["Nordkorea", "Munition", "Russland", "Putin", "Pjöngjang"]),
        # a genitive before the noun or the title it qualifies: the name alone
        ("Merkels Sprecher sagte, Putin und Kim hätten sich in Pjöngjang getroffen, und "
         "Russland werde den Vertrag prüfen.\n",
         ["Merkels", "Putin", "Kim", "Pjöngjang", "Russland"]),
        ("Bayerns Polizei sagte, Putin sei in Pjöngjang gelandet, und Russland und "
         "Nordkorea hätten den Vertrag unterzeichnet.\n",
         ["Bayerns", "Putin", "Pjöngjang", "Russland", "Nordkorea"]),
        # a company, a party: names after an article, opening a sentence, after a preposition
        ("Die Deutsche Bahn sagte, Putin sei in Pjöngjang gelandet, und Kim habe ihn "
         "dort empfangen.\n",
         ["Deutsche Bahn", "Putin", "Pjöngjang", "Kim"]),
        ("Allianz zahlt, sagte Putin in Pjöngjang, und bei Allianz habe Kim nichts "
         "versichert.\n",
         ["Allianz", "Putin", "Pjöngjang", "Allianz", "Kim"]),
        ("Die Linke forderte, Putin und Kim sollten den Vertrag von Pjöngjang offenlegen.\n",
         ["Die Linke", "Putin", "Kim", "Pjöngjang"]),
    ],
)  # fmt: skip
def test_german_offices_months_openings_and_genitives_name_nothing(
    doc: MakeDoc, text_a: str, expected: list[str]
) -> None:
    a, _ = pair_names(doc, text_a, DE_OTHER)
    assert a == expected


def test_a_german_genitive_is_keyed_as_the_name(doc: MakeDoc) -> None:
    text = (
        "Die Zukunft Nordkoreas hängt an dem Vertrag, den Putin und Kim in Pjöngjang "
        "unterzeichnet haben, und an der Hilfe aus Russland.\n"
    )
    fa = [extract(u) for u in document_units(doc(text))]
    fb = [extract(u) for u in document_units(doc(DE_OTHER))]
    drop_common_openers(fa, fb)
    keys = {m.surface: m.key for f in (*fa, *fb) for m in f.names}
    assert keys["Nordkoreas"] == keys["Nordkorea"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # French and Spanish write months and days in small letters: opening a
        # sentence, one alone names nothing (the other side writes none of them)
        ("Mardi, les pompiers ont annoncé que l'incendie de Notre-Dame était éteint, "
         "selon le ministère, et Emmanuel Macron a promis de la reconstruire.\n",
         "Le feu a été déclaré éteint dans la matinée, et Emmanuel Macron a parlé devant la "
         "cathédrale Notre-Dame avec les pompiers de Paris.\n",
         ["Notre-Dame", "Emmanuel Macron"]),
        ("Domingo, el rey visitó Marrakech y habló con los equipos de rescate que "
         "trabajan en las aldeas de la región desde el viernes por la noche.\n",
         "El rey de Marruecos visitó la ciudad de Marrakech y las aldeas de "
         "la región, donde trabajan los equipos de rescate.\n",
         ["Marrakech"]),
        # ... but a given name that is a month stays a name
        ("Julio Iglesias cantó en Madrid el domingo por la noche ante miles de personas "
         "que llegaron desde toda España para escucharlo.\n",
         "El cantante Julio Iglesias actuó en Madrid ante miles de personas, según los "
         "organizadores del concierto en la capital.\n",
         ["Julio Iglesias", "Madrid", "España"]),
    ],
)  # fmt: skip
def test_french_and_spanish_months_opening_a_sentence(
    doc: MakeDoc, text_a: str, text_b: str, expected: list[str]
) -> None:
    a, _ = pair_names(doc, text_a, text_b)
    assert a == expected


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


@pytest.fixture(scope="module")
def german_entities(data_dir: Path) -> set[tuple[str, str]]:
    """The entity matches of the German test pair (tests/data/languages), as the text
    each side shows."""
    folder = data_dir / "languages"
    a, b = load_document(folder / "de_a.txt"), load_document(folder / "de_b.txt")
    al = align(a, b)
    return {
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in al.matches
        if m.kind is MatchKind.ENTITY
    }


def test_the_german_pair_matches_no_month(german_entities: set[tuple[str, str]]) -> None:
    assert not any("Juni" in side for pair in german_entities for side in pair)


def test_the_german_pair_matches_its_people_and_places(
    german_entities: set[tuple[str, str]],
) -> None:
    for name in ("Wladimir Putin", "Kim Jong Un", "Pjöngjang", "Russland", "Nordkorea"):
        assert (name, name) in german_entities
    assert not any("Präsident" in a or "Machthaber" in a for a, _ in german_entities)


# a second report for each language, long enough to tell it
OTHER_REPORT = {
    "Spanish": "El incendio del edificio de Valencia ha dejado diez muertos y la ciudad "
    "está de luto, según el alcalde, que habló con los vecinos por la tarde.\n",
    "Italian": "L'incendio del palazzo di Milano ha fatto diversi feriti e la città è "
    "sotto choc, secondo il sindaco, che ha parlato con i residenti nel pomeriggio.\n",
    "Portuguese": "O incêndio do prédio de Lisboa deixou vários feridos e a cidade está de "
    "luto, segundo o presidente da câmara, que falou com os moradores à tarde.\n",
    "French": "L'incendie de l'immeuble de Lyon a fait plusieurs blessés et la ville est sous "
    "le choc, selon le maire, qui a parlé avec les habitants dans l'après-midi.\n",
    "German": "Der Brand in dem Hochhaus in Köln hat mehrere Verletzte gefordert, und die "
    "Stadt ist nach Angaben des Bürgermeisters in der Nacht noch geschockt gewesen.\n",
}


def names_in_a_report(doc: MakeDoc, language: str, sentence: str) -> list[str]:
    """The names of a report opening with ``sentence``, read against another report."""
    other = OTHER_REPORT[language]
    return pair_names(doc, sentence + "\n" + other, other)[0]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("Spanish", "Cinco personas siguen desaparecidas en Valencia.", ["Valencia"]),
        ("Spanish", "Siete bomberos resultaron heridos en Campanar.", ["Campanar"]),
        ("Spanish", '"Vamos a investigar todo", dijo Pedro Sánchez.', ["Pedro Sánchez"]),
        ("Spanish", "Segundo día de luto oficial en Valencia.", ["Valencia"]),
        ("Italian", "Dopo l'incendio, il sindaco Giuseppe Sala ha parlato.", ["Giuseppe Sala"]),
        ("Italian", "Sette vigili del fuoco sono rimasti feriti a Milano.", ["Milano"]),
        ("Portuguese", "Depois do incêndio, Carlos Moedas visitou o local.", ["Carlos Moedas"]),
        ("Portuguese", "Cinco pessoas ficaram feridas em Lisboa.", ["Lisboa"]),
        ("French", "Quelques habitants ont été relogés à Lyon.", ["Lyon"]),
        ("French", "Deux jours plus tard, Grégory Doucet a parlé.", ["Grégory Doucet"]),
        ("German", "Fünf Menschen wurden in Köln verletzt.", ["Köln"]),
        # sixth to twelfth: the ordinals the counts are read with (lexicon.FOREIGN_ORDINALS)
        ("Spanish", "Séptima jornada de búsqueda en Valencia.", ["Valencia"]),
        ("Spanish", "Sexto día de luto oficial en Valencia.", ["Valencia"]),
        ("Italian", "Sesto giorno di ricerche a Milano.", ["Milano"]),
        ("Italian", "Decima vittima identificata a Milano.", ["Milano"]),
        ("Portuguese", "Sexto dia de buscas em Lisboa.", ["Lisboa"]),
        ("Portuguese", "Oitava vítima identificada em Lisboa.", ["Lisboa"]),
        ("French", "Sixième jour de recherches à Lyon.", ["Lyon"]),
        ("French", "Huitième victime identifiée à Lyon.", ["Lyon"]),
        ("German", "Sechster Tag der Suche in Köln.", ["Köln"]),
        ("German", "Zehnter Tag der Suche in Köln.", ["Köln"]),
    ],
)  # fmt: skip
def test_a_count_an_ordinal_or_a_common_word_opening_a_sentence_names_nothing(
    doc: MakeDoc, language: str, text: str, expected: list[str]
) -> None:
    a = names_in_a_report(doc, language, text)
    assert a[: len(expected)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("Italian", "Primo Levi è stato ricordato in Senato.", "Primo Levi"),
        ("Italian", "Conte ha detto che il governo non cadrà.", "Conte"),
        ("Spanish", "Nueva York acogerá la cumbre en junio.", "Nueva York"),
        ("Spanish", "Ramos presentó su dimisión el lunes.", "Ramos"),
        ("Portuguese", "Costa disse que o governo não vai cair.", "Costa"),
    ],
)
def test_a_name_opening_a_sentence_stays_a_name(
    doc: MakeDoc, language: str, text: str, expected: str
) -> None:
    a = names_in_a_report(doc, language, text)
    assert a[0] == expected


def test_a_count_opening_a_sentence_in_both_reports_is_no_shared_entity(tmp_path: Path) -> None:
    texts = (
        "Incendio en Valencia\n\nCinco personas siguen desaparecidas tras el incendio del "
        "edificio de Campanar, según el alcalde de la ciudad.\n",
        "Valencia, de luto\n\nCinco personas están desaparecidas después del fuego en el "
        "barrio de Campanar, informó el ayuntamiento.\n",
    )
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, texts, strict=True):
        path.write_text(text, encoding="utf-8")
    al = align(load_document(paths[0]), load_document(paths[1]), method="auto")
    entities = {al.a.slice(m.a) for m in al.matches if m.kind is MatchKind.ENTITY}
    assert "Valencia" in entities and "Cinco" not in entities


@pytest.fixture(scope="module")
def derailment_names() -> list[str]:
    """The names of the German derailment page, read against the English one."""
    pages = Path(__file__).resolve().parents[2] / "data" / "pages"
    a = load_document(pages / "derailment_allgaeuer_rundschau.html")
    b = load_document(pages / "derailment_alpine_herald.html")
    fa, fb = (list(map(extract, document_units(d))) for d in (a, b))
    join_split_names(fa, fb)
    drop_common_openers(fa, fb)
    return [m.surface for f in fa for m in f.names]


@pytest.mark.parametrize(
    "noun",
    ["Bahndamm", "Euro Soforthilfe", "Euro", "Soforthilfe", "Krankenhäuser", "Lebensgefahr"],
)
def test_german_compounds_and_a_sum_are_no_names(derailment_names: list[str], noun: str) -> None:
    assert noun not in derailment_names


@pytest.mark.parametrize(
    "name",
    ["Lindenau", "Kempten", "Ulm", "Memmingen", "Jürgen Müller", "Anna Schäfer",
     "Wolodymyr Selenskyj", "Stefan Krüger", "Markus Söder", "Bayern"],
)  # fmt: skip
def test_the_german_page_keeps_its_names(derailment_names: list[str], name: str) -> None:
    assert name in derailment_names


# was "Mar" · "Maria": the Portuguese stemmer cut "Maria" to the "mar" of an institute
@pytest.mark.parametrize(
    "told",
    [
        "A moradora Maria contou que o vento soprou forte durante a noite em Montalvão.",
        "Segundo Maria, o vento soprou forte durante a noite em Montalvão.",
    ],
)
def test_a_romance_given_name_is_keyed_whole(doc: MakeDoc, told: str) -> None:
    a = doc(
        "Incêndio em Montalvão\n"
        "O Instituto do Mar prevê que o vento sopre forte durante a noite em Montalvão.\n"
    )
    b = doc(f"Fogo em Montalvão\n{told}\n")
    found = [
        (a.slice(m.a), b.slice(m.b)) for m in align(a, b).matches if m.kind is MatchKind.ENTITY
    ]
    assert not [p for p in found if p[1] == "Maria"]


# was "Melkveehouder Gerrit Jansen" (tests/data/pages/dijk_*): a Dutch noun for what a
# person does, capitalised as a sentence's first word before a given name; a surname such
# as "Bakker" stays
DUTCH_REPORT = (
    "De dijk bij Wessemaar is zaterdag bezweken en het water stond in de straten, volgens "
    "het waterschap, dat de schade nog niet kent.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Melkveehouder Gerrit Jansen zag het water komen.", "Gerrit Jansen"),
        ("Buurtbewoner Anouk de Vries vluchtte naar zolder.", "Anouk"),
        ("Bakker zag het water komen.", "Bakker"),
        ("Pieter Jansen zag het water komen.", "Pieter Jansen"),
    ],
)
def test_a_dutch_trade_opening_a_sentence_is_no_part_of_the_name(
    doc: MakeDoc, sentence: str, expected: str
) -> None:
    assert pair_names(doc, sentence + "\n" + DUTCH_REPORT, DUTCH_REPORT)[0][0] == expected


# were "Enligt Kustbevakningen", "Vd Karin", "Ombord" (tests/data/pages/svensk_*): Swedish
# function words and offices opening a sentence capitalised, Swedish being read as English
SWEDISH_REPORT = (
    "Färjan gick på grund i går och alla passagerare var i land strax efter klockan 17, "
    "enligt räddningstjänsten, som inte kunde säga varför.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Enligt Kustbevakningen har diesel läckt ut.", ["Kustbevakningen"]),
        ("Vd Karin af Ekenstam ber passagerarna om ursäkt.", ["Karin", "Ekenstam"]),
        ("Ombord fanns 148 passagerare.", []),
        ("Kommunalrådet Eva Holmgren vill ha ersättning.", ["Eva Holmgren"]),
    ],
)
def test_a_swedish_word_opening_a_sentence_is_no_part_of_the_name(
    doc: MakeDoc, sentence: str, expected: list[str]
) -> None:
    names = pair_names(doc, sentence + "\n" + SWEDISH_REPORT, SWEDISH_REPORT)[0]
    assert [n for n in names if n not in ("Färjan",)] == expected

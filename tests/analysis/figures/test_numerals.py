"""Figures and dates as other languages write them (reader/analysis/figures/numerals.py, read
through ``features.extract``), and the discrepancies they make between two articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import (
    _BEFORE,
    GLUED_SCRIPTS,
    NUMBER_POINT,
    Writing,
    uses_decimal_comma,
    writing_of,
)
from reader.analysis.units import Unit
from reader.analysis.words.letters import characters
from reader.ingest.load import load_document
from reader.ingest.normalize import fold
from reader.model import Span
from tests.analysis.linking.test_relatedness import ENGLISH_BRIEF, FRENCH
from tests.analysis.sentence_pairs import details as sentence_details
from tests.analysis.sentence_pairs import feats as sentence_feats
from tests.analysis.sentence_pairs import shared_figures


def features(text: str, decimal_comma: bool = False, counts_in: str | None = None) -> UnitFeatures:
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return extract(unit, Writing(decimal_comma, counts_in))


def figures(
    text: str, decimal_comma: bool = False, counts_in: str | None = None
) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in features(text, decimal_comma, counts_in).numbers]


@pytest.mark.parametrize(
    ("text", "comma", "expected"),
    [
        # a decimal comma is one figure, with its magnitude word
        ("Soforthilfe von 3,5 Millionen Euro.", True, [("3,5 Millionen", "num:3.5e+06")]),
        ("3,8 millions de voyageurs", True, [("3,8 millions", "num:3.8e+06")]),
        ("пользоваться 3,5 млн пассажиров", True, [("3,5 млн", "num:3.5e+06")]),
        ("обошлось в 95 млрд рублей", True, [("95 млрд", "num:9.5e+10")]),
        ("Der Pegel erreichte 12,4 Meter.", True, [("12,4", "num:12.4")]),
        # thousands set off by a dot or a space
        ("rund 1.200 Haushalte", True, [("1.200", "num:1200")]),
        ("1 200 trains ont été annulés", True, [("1 200", "num:1200")]),
        ("62 % des contrôleurs", True, [("62 %", "pct:62")]),
        # English grouping stays as it was
        ("some 1,200 households and 3.5 million euros", False,
         [("1,200", "num:1200"), ("3.5 million", "num:3.5e+06")]),
        # Arabic separators and digits
        ("زلزال بقوة ٦٫٢ درجات", False, [("٦٫٢", "num:6.2")]),
        ("خصصت ٢٫٥ مليون درهم", False, [("٢٫٥ مليون", "num:2.5e+06")]),
        ("مقتل ١٢ شخصاً", False, [("١٢", "num:12")]),
        ("1٬200 منزل", False, [("1٬200", "num:1200")]),
        # Hebrew: a prefix letter and a hyphen before the figure
        ("ו-2,500 תושבים פונו", False, [("2,500", "num:2500")]),
        # Chinese: figures glued to the characters around them, full-width digits
        ("全省已紧急转移群众３５万人。", False, [("35万", "num:350000")]),
        ("全省共取消航班1200个", False, [("1200", "num:1200")]),
        ("拨款２.５亿元", False, [("2.5亿", "num:2.5e+08")]),
    ],
)  # fmt: skip
def test_figures_as_written(text: str, comma: bool, expected: list[tuple[str, str]]) -> None:
    assert [f for f in figures(text, comma) if f[1].startswith(("num:", "pct:"))] == expected


# business copy glues its magnitude to the figure: "bn", "tn" anywhere, "m", "k", "b" after
# a currency sign only ("5m" alone is five metres)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose to $4.2bn.", [("$4.2bn", "num:4.2e+09")]),
        ("It bought the firm for £3.1bn ($3.9bn).",
         [("£3.1bn", "num:3.1e+09"), ("$3.9bn", "num:3.9e+09")]),
        ("Profit fell to $512m.", [("$512m", "num:5.12e+08")]),
        # the London financial press's millions (was 475: "mn" read as no magnitude)
        ("It expects savings of £475mn a year.", [("£475mn", "num:4.75e+08")]),
        ("It would owe a break fee of $560mn.", [("$560mn", "num:5.6e+08")]),
        ("The race took 15mn.", [("15", "num:15")]),
        ("It expects $17bn-$17.5bn.", [("$17bn", "num:1.7e+10"), ("$17.5bn", "num:1.75e+10")]),
        ("Salaries start at €40k.", [("€40k", "num:40000")]),
        ("The debt stands at 1.5tn yen.", [("1.5tn", "num:1.5e+12")]),
        # not a magnitude: a length, a race, a word going on
        ("The wave was 5m high.", [("5", "num:5")]),
        ("She ran the 10k on Sunday.", [("10", "num:10")]),
        ("It cost $5 more.", [("$5", "num:5")]),
    ],
)  # fmt: skip
def test_magnitudes_glued_as_business_copy_writes_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [f for f in figures(text) if f[1].startswith("num:")] == expected


def test_chinese_counts_name_their_counter_word() -> None:
    (three,) = features("目前，已有３人在台风中受伤。").numbers
    assert (three.key, three.unit_word) == ("num:3", "人")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Berlin, 20. Juni 2024", "date:06-20"),
        ("le 25 juin au siège", "date:06-25"),
        ("le 1er juin", "date:06-01"),
        ("el 20 de junio de 2024", "date:06-20"),
        ("20 июня 2024 года", "date:06-20"),
        ("٢٠ يونيو ٢٠٢٤", "date:06-20"),
        ("20 ביוני 2024", "date:06-20"),
        ("2024年7月25日", "date:07-25"),
        ("台风于７月２５日晚登陆", "date:07-25"),
    ],
)
def test_dates_in_other_languages(text: str, date: str) -> None:
    assert [m.key for m in features(text).numbers if m.kind == "date"] == [date]


def test_a_year_with_a_foreign_date() -> None:
    keys = {m.key for m in features("٢٠ يونيو ٢٠٢٤").numbers}
    assert keys == {"date:06-20", "year:2024"}


@pytest.mark.parametrize(
    ("text", "comma"),
    [
        ("Die Bundesregierung hat am Donnerstag beschlossen, dass die Hilfe für die "
         "Menschen in der Region aufgestockt wird. " * 10, True),
        ("Le gouvernement a annoncé jeudi que les aides pour les habitants de la région "
         "seront augmentées dans les prochains jours. " * 4, True),
        ("Правительство в четверг объявило о выделении помощи жителям региона.", True),
        # a brief with no decimal in it: its language tells, so "1.200" is 1200
        ("Nach Angaben der Stadt sind rund 1.200 Haushalte von dem Hochwasser betroffen. Die "
         "Feuerwehr ist mit 850 Einsatzkräften im Einsatz, auch das Hilfswerk hilft.", True),
        # Polish, Indonesian, Turkish briefs group thousands as German does
        ("Według miasta powódź dotknęła około 1.200 gospodarstw domowych. Na miejscu jest "
         "850 strażaków, a pomoc wysłało też wojsko.", True),
        ("Menurut pemerintah kota, sekitar 1.200 rumah terendam banjir yang terjadi pada hari "
         "Senin. Sebanyak 850 petugas dikerahkan untuk membantu warga yang mengungsi dari "
         "rumah mereka, dan bantuan juga akan dikirim oleh pemerintah pusat.", True),
        ("Belediyeye göre selden yaklaşık 1.200 hane etkilendi. Bölgeye 850 itfaiyeci "
         "gönderildi ve arama çalışmaları gece boyunca devam etti. Vali, hasarın daha "
         "sonra belirleneceğini ve ailelere yardım yapılacağını söyledi.", True),
        ("The government said on Thursday that it would increase aid for the people of "
         "the region and that it had been asked to do so. " * 4, False),
        ("قالت الحكومة يوم الخميس إنها ستزيد المساعدات لسكان المنطقة", False),
    ],
)  # fmt: skip
def test_which_texts_write_decimal_commas(text: str, comma: bool) -> None:
    assert uses_decimal_comma(text) is comma


GERMAN_A = """Hochwasser in Bayern: 3,5 Millionen Euro Soforthilfe für Passau
Von Katrin Müller
20. Juni 2024
Die bayerische Staatsregierung hat am Donnerstag eine Soforthilfe von 3,5 Millionen Euro \
für die vom Hochwasser betroffene Stadt Passau beschlossen.
Die Feuerwehr war mit 850 Einsatzkräften im Einsatz, der Pegel der Donau erreichte 12,4 Meter.
Die Versicherungswirtschaft schätzt den Gesamtschaden auf 45 Millionen Euro und sagt, \
dass die Schäden in der Stadt noch nicht vollständig erfasst seien.
"""
GERMAN_B = """Passau erhält 3,8 Millionen Euro nach Jahrhundertflut
Von Thomas Weber
20. Juni 2024
Das bayerische Kabinett hat am Donnerstag 3,8 Millionen Euro Soforthilfe für Passau bewilligt.
Rund 850 Feuerwehrleute waren im Einsatz, die Donau stieg auf 12,4 Meter.
Versicherer rechnen mit Schäden in Höhe von 45 Millionen Euro, wie die \
Versicherungswirtschaft am Freitag mitteilte, und die Stadt prüft die Schäden noch.
"""
ARABIC_A = """زلزال بقوة ٦٫٢ درجات يضرب جنوب المغرب
ضرب زلزال بقوة ٦٫٢ درجات منطقة الحوز جنوب المغرب فجر الخميس، ما أدى إلى مقتل ١٢ شخصاً.
وخصصت السلطات ٢٫٥ مليون درهم للإغاثة في منطقة الحوز.
"""
ARABIC_B = """زلزال بقوة 6.2 درجات يضرب جنوب المغرب
ضرب زلزال بقوة 6.2 درجات إقليم الحوز في المغرب صباح الخميس، ما أدى إلى مقتل 15 شخصاً.
وخصصت السلطات 3.5 مليون درهم للإغاثة في منطقة الحوز.
"""


def _details(tmp_path: Path, a: str, b: str) -> set[str]:
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    doc_a = load_document(tmp_path / "a.txt")
    doc_b = load_document(tmp_path / "b.txt")
    return {d.detail for d in align(doc_a, doc_b, method="lexical").discrepancies}


def test_decimal_commas_differ_as_whole_figures(tmp_path: Path) -> None:
    details = _details(tmp_path, GERMAN_A, GERMAN_B)
    assert "3,5 Millionen vs 3,8 Millionen" in details
    # "3,5" is not read as 3 and 5, nor "12,4" as 12 and 4
    assert not any(d.startswith(("5 ", "3 ", "4 ")) for d in details), details


def test_arabic_decimals_are_read_whole(tmp_path: Path) -> None:
    details = _details(tmp_path, ARABIC_A, ARABIC_B)
    assert "١٢ vs 15" in details
    assert "٢٫٥ مليون vs 3.5 مليون" in details
    # ٦٫٢ is 6.2, as B's 6.2: no "٢ vs 6.2"
    assert not any("6.2" in d for d in details), details


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In der Nacht starben drei Menschen.", "German", [("drei", "num:3")]),
        ("Zwölf Bewohner wurden gerettet.", "German", [("Zwölf", "num:12")]),
        ("L'incendie a fait trois morts.", "French", [("trois", "num:3")]),
        ("Dix-sept personnes ont été blessées.", "French", [("Dix-sept", "num:17")]),
        ("El incendio dejó tres muertos.", "Spanish", [("tres", "num:3")]),
        ("L'incendio ha causato tre morti.", "Italian", [("tre", "num:3")]),
        ("O incêndio matou duas pessoas.", "Portuguese", [("duas", "num:2")]),
        ("Bij de brand vielen vier doden.", "Dutch", [("vier", "num:4")]),
    ],
)
def test_counts_in_words_are_read_in_the_articles_language(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(text, True, language) == expected


def test_another_languages_count_words_are_not_read_in_english() -> None:
    assert figures("The report is due once the inquiry ends, the elf said.") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [(GERMAN_A, "German"), (FRENCH, "French"), (ENGLISH_BRIEF, None)],
)
def test_a_brief_is_enough_to_tell_whose_count_words_to_read(
    text: str, language: str | None
) -> None:
    assert writing_of(text).counts_in == language


COUNTED_A = """Drei Tote bei Brand in Passauer Wohnhaus
Bei einem Brand in einem Wohnhaus in der Passauer Altstadt sind in der Nacht zum Donnerstag drei Menschen ums Leben gekommen.
Das Feuer war nach Angaben der Polizei gegen zwei Uhr im Erdgeschoss des Hauses ausgebrochen.
Die Feuerwehr war mit 80 Einsatzkräften vor Ort und konnte zwölf Bewohner aus dem Gebäude retten.
"""  # noqa: E501
COUNTED_B = """Vier Menschen sterben bei Feuer in Passau
In Passau sind bei einem Feuer in einem Wohnhaus in der Altstadt vier Menschen gestorben.
Der Brand sei in der Nacht auf Donnerstag gegen zwei Uhr im Erdgeschoss ausgebrochen, teilte die Polizei mit.
Mit 80 Einsatzkräften rückte die Feuerwehr an, sie konnte zehn Bewohner retten.
"""  # noqa: E501


def test_counts_in_words_that_differ_are_discrepancies(tmp_path: Path) -> None:
    details = _details(tmp_path, COUNTED_A, COUNTED_B)
    assert {"drei vs vier", "zwölf vs zehn"} <= details


def test_a_noun_after_a_count_in_words_is_no_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(COUNTED_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(COUNTED_B, encoding="utf-8")
    al = align(
        load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method="lexical"
    )
    entities = {al.a.slice(m.a) for m in al.matches if m.kind.value == "entity"}
    assert not entities & {"Menschen", "Bewohner", "Uhr"}, entities


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # a count opening the sentence, its noun and a noun after an article no names
        ("Vier Menschen starben.", "Drei Menschen starben in dem Haus.", "Vier vs Drei"),
        ("Zwölf Bewohner wurden aus dem Gebäude gerettet.",
         "Zehn Bewohner wurden aus dem brennenden Gebäude gerettet.", "Zwölf vs Zehn"),
        # the same names on both sides still compare
        ("Vier Menschen starben in Berlin.", "Drei Menschen starben in Berlin.", "Vier vs Drei"),
        ("Olaf Scholz sagte, vier Menschen seien gestorben.",
         "Olaf Scholz sagte, drei Menschen seien in dem Haus gestorben.", "vier vs drei"),
        ("Siemens streicht 5000 Stellen.", "Siemens streicht 6000 Stellen im Werk.",
         "5000 vs 6000"),
    ],
)  # fmt: skip
def test_german_counts_opening_a_sentence_disagree(a: str, b: str, detail: str) -> None:
    assert sentence_details(a, b, "German") == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # different names remain different subjects
        ("Drei Menschen starben in Berlin.", "Vier Menschen starben in Hamburg."),
        ("Olaf Scholz sagte, vier Menschen seien gestorben.",
         "Friedrich Merz sagte, drei Menschen seien gestorben."),
    ],
)  # fmt: skip
def test_german_counts_of_different_names_do_not_compare(a: str, b: str) -> None:
    assert sentence_details(a, b, "German") == []


SHORT_A = "Bei einem Brand in Passau sind in der Nacht zum Donnerstag mehrere Bewohner ums Leben gekommen. Vier Menschen starben in dem Haus.\n"  # noqa: E501
SHORT_B = "In Passau hat es in der Nacht zum Donnerstag in einem Wohnhaus gebrannt. Drei Menschen starben in dem Haus.\n"  # noqa: E501


def test_a_side_too_short_to_tell_counts_in_the_pairs_language(tmp_path: Path) -> None:
    assert writing_of(SHORT_A).counts_in is None  # alone, too short to tell
    assert "Vier vs Drei" in _details(tmp_path, SHORT_A, SHORT_B)


@pytest.mark.parametrize(
    ("text", "language", "surface", "key"),
    [
        ("Der Mann ist nach Angaben der Polizei 22 Jahre alt.", "German", "22 Jahre alt", "age:22"),
        ("Er starb im Alter von 91 Jahren.", "German", "Alter von 91", "age:91"),
        ("Le suspect, âgé de 22 ans, a été arrêté.", "French", "âgé de 22 ans", "age:22"),
        ("L'acteur est mort à l'âge de 91 ans.", "French", "âge de 91 ans", "age:91"),
        ("Un hombre de 22 años de edad fue detenido.", "Spanish", "de 22 años de edad", "age:22"),
        ("El actor murió a la edad de 91 años.", "Spanish", "edad de 91 años", "age:91"),
        ("Un uomo di 22 anni di età è stato arrestato.", "Italian", "di 22 anni di età", "age:22"),
        ("L'attore è morto all'età di 91 anni.", "Italian", "età di 91 anni", "age:91"),
        ("Um homem de 22 anos de idade foi preso.", "Portuguese", "de 22 anos de idade", "age:22"),
        ("O ator morreu aos 91 anos.", "Portuguese", "91 anos", "age:91"),
        # after a noun for a person or a name (thirty-second session)
        ("Un homme de 22 ans a été arrêté.", "French", "de 22 ans", "age:22"),
        ("Une femme âgée de 35 ans a été blessée.", "French", "âgée de 35 ans", "age:35"),
        ("Una mujer de 35 años resultó herida.", "Spanish", "de 35 años", "age:35"),
        ("La mujer, de 35 años, resultó herida.", "Spanish", "de 35 años", "age:35"),
        ("Ana Torres, de 35 años, resultó herida.", "Spanish", "de 35 años", "age:35"),
        ("Un uomo di 40 anni è stato arrestato.", "Italian", "di 40 anni", "age:40"),
        ("Um homem de 50 anos foi preso.", "Portuguese", "de 50 anos", "age:50"),
    ],
)  # fmt: skip
def test_ages_told_in_words_of_other_languages(
    text: str, language: str, surface: str, key: str
) -> None:
    assert figures(text, True, language) == [(surface, key)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a été condamné à une peine de 22 ans.", "French"),
        ("Firmó un contrato de 5 años con el club.", "Spanish"),
        ("Ha firmato un contratto di 3 anni.", "Italian"),
        ("Foi condenado a uma pena de 12 anos.", "Portuguese"),
        ("Ana Torres, de 30 años de prisión, fue el caso más sonado.", "Spanish"),
    ],
)  # fmt: skip
def test_years_after_no_person_are_no_age(text: str, language: str) -> None:
    assert not any(key.startswith("age:") for _, key in figures(text, True, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a été condamné à une peine de deux ans.", "French"),
        ("Fue condenado a una pena de 2 años.", "Spanish"),
        ("Der Vertrag läuft 20 Jahre.", "German"),
    ],
)
def test_a_length_of_years_is_no_age(text: str, language: str) -> None:
    assert not any(key.startswith("age:") for _, key in figures(text, True, language))


def test_the_letters_a_figure_may_not_follow_are_the_same_case_blind() -> None:
    """_BEFORE's class is compiled case-blind inside IGNORECASE patterns (its thousands
    of letters would each have their case folded, 5-15 ms a pattern): it holds the same
    characters, every one of the Basic Multilingual Plane and a few beyond."""
    letters = f"[^\\W{GLUED_SCRIPTS}]"
    folded = re.compile(letters, re.IGNORECASE)
    blind = re.compile(f"(?-i:{letters})", re.IGNORECASE)
    chars = characters(0, 0xD800) + characters(0xE000, 0x10000) + "\U0001d400\U00010400\U00020000"
    assert [c for c in chars if bool(folded.fullmatch(c)) != bool(blind.fullmatch(c))] == []
    assert "(?-i:" in _BEFORE


@pytest.mark.parametrize(
    ("text", "figures"),
    [("F16 jets", []), ("群众35万人", ["35万"]), ("3명", ["3"]), ("v.2 and 4 ships", ["4"])],
)
def test_a_figure_after_a_letter_of_a_glued_script_is_read(text: str, figures: list[str]) -> None:
    assert [m.group() for m in NUMBER_POINT.finditer(text)] == figures


# was "2,5" a count of "miljoen" (tests/data/pages/dijk_*: "2,5 miljoen euro" / "€2,5 mln")
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("De schade bedraagt 2,5 miljoen euro.", "num:2.5e+06"),
        ("Het project kost 1,2 miljard euro.", "num:1.2e+09"),
        ("Er kwamen 12 duizend bezoekers.", "num:12000"),
    ],
)
def test_dutch_magnitudes_scale_their_figure(text: str, key: str) -> None:
    assert [m.key for m in sentence_feats(text, "Dutch").numbers] == [key]


# were "2,5" a count of "mkr" and 12 a count of "tusen"; "2,5 mkr" (miljoner kronor) is
# the Swedish press's millions of crowns in one word (tests/data/pages/svensk_*)
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Saneringen kostar 2,5 mkr.", "num:2.5e+06"),
        ("Bron kostar 1,2 mdkr.", "num:1.2e+09"),
        ("Det kom 12 tusen besökare.", "num:12000"),
    ],
)
def test_swedish_magnitudes_scale_their_figure(text: str, key: str) -> None:
    assert [m.key for m in sentence_feats(text, "Swedish").numbers] == [key]


# was no match: "mkr" no magnitude, "tolv" no count (Swedish was read as English)
@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        ("Saneringen väntas kosta omkring 2,5 miljoner kronor.",
         "Kustbevakningen räknar med att saneringen kostar 2,5 mkr.",
         ("2,5 miljoner", "2,5 mkr")),
        ("Tolv personer fördes till sjukhus.", "12 personer fick vård på lasarettet.",
         ("Tolv", "12")),
    ],
)  # fmt: skip
def test_swedish_figures_told_two_ways_agree(a: str, b: str, pair: tuple[str, str]) -> None:
    assert shared_figures(a, b, "Swedish") == [pair]


# was "förd": a word in "-s" after a singular was taken for the counted plural, and
# Swedish passives end in "-s"
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("12 personer fördes till sjukhus.", "person"),
        ("Tolv passagerare skadades lätt.", "passager"),
    ],
)
def test_a_swedish_count_counts_its_noun_not_the_passive_after_it(text: str, counted: str) -> None:
    assert [m.unit_word for m in sentence_feats(text, "Swedish").numbers] == [counted]

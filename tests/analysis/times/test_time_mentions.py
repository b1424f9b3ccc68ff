"""Times of day told to the hour (reader/analysis/times/time_mentions.py): "2 a.m.",
"11am", "3 p.m." (and "1.30pm", as British papers write a time) are one time each, not a
figure that may match or contradict another article's count."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_figures


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("It made landfall at 2 a.m. EDT on Thursday.", "2 a.m.", "time:02:00"),
        ("The center downgraded it at 11 a.m.", "11 a.m.", "time:11:00"),
        ("The meeting starts at 11am on Friday.", "11am", "time:11:00"),
        ("He left at 3 p.m. on Friday.", "3 p.m.", "time:15:00"),
        ("The shop opens at 9 am daily.", "9 am", "time:09:00"),
        ("The shots were fired at 12 a.m. on Sunday.", "12 a.m.", "time:00:00"),
        ("The shots were fired at 12 p.m. on Sunday.", "12 p.m.", "time:12:00"),
        ("The shots were fired at 12:30 a.m. on Sunday.", "12:30 a.m.", "time:00:30"),
        # was a figure "1.3": British papers put a stop between hours and minutes
        ("Selling gathered pace from about 1.30pm New York time.", "1.30pm", "time:13:30"),
        ("The statement came at 10.45 am on Friday.", "10.45 am", "time:10:45"),
        ("Trading was halted at 4.15 p.m. on Thursday.", "4.15 p.m.", "time:16:15"),
        ("The alarm sounded at 12.05am on Sunday.", "12.05am", "time:00:05"),
    ],
)  # fmt: skip
def test_a_time_told_to_the_hour_is_a_time(text: str, surface: str, key: str) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text).numbers] == [("time", surface, key)]


def test_german_am_is_no_half_of_the_day() -> None:
    found = feats("Die Polizei nahm 3 am Tatort fest.", "German").numbers
    assert [(m.kind, m.key) for m in found] == [("number", "num:3")]


def test_a_german_text_reads_a_m_with_its_stops() -> None:
    assert [m.key for m in feats("Um 3 a.m. Ortszeit bebte die Erde.", "German").numbers] == [
        "time:03:00"
    ]


def test_a_clock_hour_is_no_count_of_people() -> None:
    a = "By 11 a.m. the storm had killed 11 people in the county."
    b = "By noon the storm had killed 11 people in the county."
    assert shared_figures(a, b) == [("11", "11")]


def test_a_clock_hour_is_no_count_of_arrests() -> None:
    a = "Police said 11 had been arrested by 5 p.m. on Friday."
    b = "Police said 5 had been arrested by Friday evening."
    assert shared_figures(a, b) == []


def test_the_same_hour_is_shared_as_a_time() -> None:
    a = "The unit runs from 7 a.m. to 11 p.m. daily."
    assert shared_figures(a, a) == [("7 a.m.", "7 a.m."), ("11 p.m.", "11 p.m.")]


# was year 1852: a wire's time in four figures before its zone
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("The quake struck at 3:52 a.m. local time (1852 GMT Tuesday).", "1852", "time:18:52"),
        ("The ship sank at 0300 UTC on Friday.", "0300", "time:03:00"),
        ("Troops crossed at 1100 hrs on Monday.", "1100", "time:11:00"),
    ],
)  # fmt: skip
def test_four_figures_before_a_zone_are_a_time(text: str, surface: str, key: str) -> None:
    assert (surface, key) in [(m.surface, m.key) for m in feats(text).numbers if m.kind == "time"]


def test_a_year_before_no_zone_stays_a_year() -> None:
    assert [m.key for m in feats("The library was built in 1852 by the town.").numbers] == [
        "year:1852"
    ]


# were counts of 19 and 10 (or nothing): a French hour told alone after "dès", "à"
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Aucun train ne circulera dès 19h.", "19h", "time:19:00"),
        ("La réunion est prévue à 10 h au ministère.", "10 h", "time:10:00"),
        ("À partir de 19 heures, plus aucun TER ne circulait.", "19 heures", "time:19:00"),
        ("Il est arrivé vers 7 heures 30 en gare.", "7 heures 30", "time:07:30"),
    ],
)  # fmt: skip
def test_a_french_hour_told_alone_is_a_time(text: str, surface: str, key: str) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text, "French").numbers] == [
        ("time", surface, key)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Il attendait depuis 7 heures un train.",  # since seven, or for seven hours
        "Une grève de 12 heures a été annoncée.",  # a length of time
        "Les négociations ont duré 10 heures.",
    ],
)
def test_a_french_length_in_hours_is_no_time(text: str) -> None:
    assert [m.kind for m in feats(text, "French").numbers if m.kind == "time"] == []


def test_an_english_hour_with_at_is_no_french_time() -> None:
    assert [m.kind for m in feats("He scored at 10 in the first half.").numbers] == ["number"]


# was a count of 3 (matched with "pasadas las tres"): a time after its article, its hours
# and minutes set apart by a stop, as Spanish and Italian copy writes it
@pytest.mark.parametrize(
    ("text", "language", "surface", "key"),
    [
        ("Los asaltantes entraron a las 3.40 horas por una ventana.", "Spanish", "3.40 horas",
         "time:03:40"),
        ("El tren salió a las 15:30 de Atocha.", "Spanish", "15:30", "time:15:30"),
        ("I ladri sono entrati alle 3.40 nel museo.", "Italian", "3.40", "time:03:40"),
    ],
)  # fmt: skip
def test_a_time_after_its_article_is_a_time(
    text: str, language: str, surface: str, key: str
) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text, language).numbers] == [
        ("time", surface, key)
    ]


def test_a_decimal_after_an_article_with_its_comma_is_no_time() -> None:
    found = feats("Las 3,4 toneladas de plata desaparecieron.", "Spanish").numbers
    assert [m.kind for m in found] == ["number"]


# were a count of 10 ("pelas 10 horas") or nothing ("as 10h", "às 20h" after "as"): a
# Portuguese time to the hour after the word that sets the moment
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("A estrada reabriu pelas 10 horas de ontem.", "10 horas", "time:10:00"),
        ("A estrada esteve cortada entre sábado e as 10h de domingo.", "10h", "time:10:00"),
        ("O quartel recebe donativos até às 20h.", "20h", "time:20:00"),
        ("A reunião começa a partir das 19 horas.", "19 horas", "time:19:00"),
        ("O avião chegou por volta das 14 horas.", "14 horas", "time:14:00"),
        ("A retirada começou pelas 14h30 de sábado.", "14h30", "time:14:30"),
    ],
)  # fmt: skip
def test_a_portuguese_hour_after_its_word_is_a_time(text: str, surface: str, key: str) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text, "Portuguese").numbers] == [
        ("time", surface, key)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Foram precisas as 24 horas seguintes para dominar o fogo.",
        "Ao fim das 38 horas de combate, o fogo foi dominado.",
        "O combate durou 38 horas.",
    ],
)
def test_a_portuguese_length_in_hours_is_no_time(text: str) -> None:
    assert [m.kind for m in feats(text, "Portuguese").numbers if m.kind == "time"] == []


# were counts of 3 and 4 (tests/data/pages/dijk_*: "om 03.40 uur", "Vanaf 04.15 uur")
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("De dijk bezweek om 03.40 uur.", "03.40 uur", "time:03:40"),
        ("Vanaf 04.15 uur gingen agenten van deur tot deur.", "04.15 uur", "time:04:15"),
        ("De minister kwam om 16 uur aan.", "16 uur", "time:16:00"),
        ("Rond 9 uur was het water gezakt.", "9 uur", "time:09:00"),
    ],
)  # fmt: skip
def test_a_dutch_time_is_a_time(text: str, surface: str, key: str) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text, "Dutch").numbers] == [
        ("time", surface, key)
    ]


@pytest.mark.parametrize(
    "text", ["Binnen 24 uur was het gat gedicht.", "De evacuatie duurde 4 uur."]
)
def test_dutch_hours_told_alone_are_no_time(text: str) -> None:
    assert [m.kind for m in feats(text, "Dutch").numbers] == ["number"]


def test_a_time_with_a_stop_matches_one_with_a_colon() -> None:
    assert shared_figures(
        "The selling accelerated after 1:30 p.m. ET in New York.",
        "Selling gathered pace from about 1.30pm New York time.",
    ) == [("1:30 p.m.", "1.30pm")]


# a guard: a decimal with no half of the day is a figure ("1.30 metres", "rose 1.30%")
def test_a_decimal_is_no_time() -> None:
    assert [m.kind for m in feats("The river rose 1.30 metres on Friday.").numbers] == ["number"]


# were counts of 14 and 17: the Scandinavian clock's word before the hour
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Sjöfartsverkets räddningscentral larmades kl. 14.34.", "14.34", "time:14:34"),
        ("Klockan 14.34 larmades räddningscentralen.", "14.34", "time:14:34"),
        ("Strax efter klockan 17 var alla i land.", "17", "time:17:00"),
    ],
)
def test_a_swedish_clock_time_is_a_time(text: str, surface: str, key: str) -> None:
    got = [(m.surface, m.key) for m in feats(text, "Swedish").numbers]
    assert got == [(surface, key)]

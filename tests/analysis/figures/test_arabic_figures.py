"""Arabic figures and dates (reader.analysis.figures.numerals, reader.ingest.calendar_words):
Eastern Arabic digits and separators, "ألفاً" after a figure, the Levantine and Maghrebi
month names, and a month given in both namings ("١٩ يونيو/حزيران ٢٠٢٤")."""

from __future__ import annotations

import pytest

from reader.analysis.figures.number_mentions import number_mentions
from reader.analysis.units import Unit
from reader.ingest.calendar_words import months_of
from reader.ingest.normalize import fold
from reader.model import Span


def _mentions(text: str) -> list[tuple[str, str]]:
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return [(m.key, text[m.span.start : m.span.end]) for m in number_mentions(unit)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("اضطر ٣٨ ألف شخص", "num:38000"),
        ("نحو 38 ألفاً من سكان", "num:38000"),
        ("بلغ عددهم ٣٨ ألفاً", "num:38000"),
        ("نحو ٣ آلاف شخص", "num:3000"),
        ("بقوة ٦٫٤ درجات", "num:6.4"),
        ("نصبت ٤٬٥٠٠ خيمة", "num:4500"),
        ("نحو 5 ملايين نسمة", "num:5e+06"),
        ("أكثر من 15 مليوناً", "num:1.5e+07"),
    ],
)
def test_arabic_counts(text: str, key: str) -> None:
    assert _mentions(text)[0][0] == key


@pytest.mark.parametrize(
    ("text", "key", "told"),
    [
        ("الرباط، ١٩ يونيو/حزيران ٢٠٢٤", "date:06-19", "١٩ يونيو/حزيران ٢٠٢٤"),
        ("الأربعاء 19 حزيران 2024،", "date:06-19", "19 حزيران 2024"),
        ("في 8 أيلول/سبتمبر 2023", "date:09-08", "8 أيلول/سبتمبر 2023"),
        ("في ٣ كانون الثاني ٢٠٢٤", "date:01-03", "٣ كانون الثاني ٢٠٢٤"),
        ("في 14 تشرين الأول", "date:10-14", "14 تشرين الأول"),
        ("في 20 غشت 2023", "date:08-20", "20 غشت 2023"),
    ],
)
def test_arabic_dates_in_either_naming(text: str, key: str, told: str) -> None:
    assert (key, told) in _mentions(text)


def test_two_months_after_a_slash_are_no_date() -> None:
    assert all(not key.startswith("date:") for key, _ in _mentions("في 19 يونيو/تموز 2024"))


def test_two_months_after_a_slash_are_no_count_either() -> None:
    # a date that cannot be read: its day is no count of 19; its year is still read
    assert _mentions("في 19 يونيو/تموز 2024") == [("year:2024", "2024")]
    assert _mentions("في 19 يونيو/تموز") == []


def test_each_arabic_month_has_its_levantine_name() -> None:
    months = months_of("Arabic")
    levantine = (
        "كانون الثاني،شباط،آذار،نيسان،أيار،حزيران،تموز،آب،أيلول،تشرين الأول،تشرين الثاني،"
        "كانون الأول"
    )
    assert [months[name] for name in levantine.split("،")] == list(range(1, 13))
    assert months["يونيو"] == months["حزيران"] == 6

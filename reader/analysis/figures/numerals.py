"""Figures and dates as other languages write them: decimal commas ("3,5 Millionen"),
thousands set off by dots or spaces ("1.200", "1 200"), Arabic separators ("٦٫٢"),
magnitude words ("млн", "milliards", "miljoen", "مليون", "万"), month names ("20. Juni 2024",
"20 juin", "20 июня", "٢٠ يونيو", "20 ביוני") and Chinese and Japanese dates
("2024年7月25日"). Digits of any script are read (Python's ``\\d`` and ``float``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.figures.currency_codes import CURRENCY_AHEAD, LETTER_SIGNS, SPACED_SIGNS
from reader.analysis.figures.million_codes import MILLION_CODES
from reader.analysis.linking.relatedness import MODEL_LANGUAGE_WORDS
from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS
from reader.ingest.calendar_words import OTHER_MONTHS, months_of
from reader.ingest.languages import main_language, main_script
from reader.lazy_regex import LazyPattern, longest_first

__all__ = [
    "CJK_DATE",
    "ENGLISH",
    "FOREIGN_MONTHS",
    "GLUED_SCRIPTS",
    "LETTER_SIGN",
    "MAGNITUDES",
    "NUMBER_COMMA",
    "NUMBER_POINT",
    "THOUSANDS_SPACES",
    "Writing",
    "foreign_date",
    "uses_decimal_comma",
    "writing_of",
]

# a currency written in letters glued before its figure: "Kr1.42 trillion", "kr450"
# (crowns: krone, krona, koruna), "CHF2.5m", "Rs500" (reader.analysis.figures
# .currency_codes); a word before it ends ("DKr", "Bkr5") keeps it a name
LETTER_SIGN = LETTER_SIGNS
# Letters that may stand right before a figure in a script written without spaces
# ("群众３５万人", "3명"): Chinese characters, kana, Hangul.
GLUED_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# not after a letter of a spaced script ("F16"), a digit or a dot. The class is case-blind
# whatever the pattern's flags ("(?-i:"): its letters have no case, and the same program
# is compiled, but under IGNORECASE the compiler folds the case of each of its 39,000
# characters (5-15 ms a pattern, a figure's and a date's, at every start)
# Arabic glues its "and" to the word it joins, a figure too: "72 قتيلاً و315 جريحاً"
_GLUED_AND = "(?<=\\b[\u0648\u0641])"  # و, ف alone before the figure
_BEFORE = rf"(?:{LETTER_SIGN}|{_GLUED_AND}|(?<!(?-i:[^\W{GLUED_SCRIPTS}])|\.))"

MAGNITUDES: dict[str, float] = {
    # English
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    # German
    "tausend": 1e3, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9,
    "mrd": 1e9,
    # French, Spanish, Italian, Portuguese
    "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "millón": 1e6, "millones": 1e6,
    "mil millones": 1e9, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
    "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "mil": 1e3,
    # Italian thousands and the press's abbreviations ("12 mila", "3,2 mln", "1,5 mld";
    # "mln" is the wires' too: "$3 mln")
    "mila": 1e3, "mln": 1e6, "mld": 1e9,
    # Dutch ("12 duizend", "2,5 miljoen euro", "1,2 miljard")
    "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9,
    # Danish and Norwegian ("400 millioner kroner", "4 milliarder"), Swedish ("400
    # miljoner kronor", "1 miljon", "4 miljarder", "12 tusen"; the press's millions and
    # billions of crowns in one word, "2,5 mkr", "1,2 mdkr": money_words.currency_after)
    "millioner": 1e6, "milliarder": 1e9, "miljon": 1e6, "miljoner": 1e6, "miljarder": 1e9,
    "tusen": 1e3, "mkr": 1e6, "mdkr": 1e9,
    # Russian
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9,
    # Arabic, Hebrew
    "ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
    # their accusative after a figure, its tanween folded away ("نحو 38 ألفاً", "٥ ملايينَ")
    "ألفا": 1e3, "مليونا": 1e6, "مليارا": 1e9,
    "אלף": 1e3, "מיליון": 1e6, "מיליארד": 1e9,
    # Indian English: "Rs 500 crore" (five billion rupees), "₹2.5 lakh" (250,000)
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    # Nordic business copy's millions of a currency: "400 MNOK", "12 MSEK"
    # (reader.analysis.figures.million_codes)
    **MILLION_CODES,
}  # fmt: skip
# Chinese and Japanese, and Korean glued to the figure ("3만8천 명", "5억 원")
_CJK_MAGNITUDES = {
    "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "천": 1e3, "만": 1e4, "억": 1e8
}  # fmt: skip

# a magnitude glued to a figure as business copy abbreviates it: "4.2bn", "1.5tn"; after a
# currency sign or code also "$512m", "£475mn" (as the London financial press writes
# millions), "£40k", "$4.2b", "Kr98bn", "SEK 400m", "R$ 20m" ("5m" alone is five metres,
# "40k" a race, "15mn" fifteen minutes)
GLUED_MAGNITUDES = {
    "bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9
}  # fmt: skip
# "m", "mn", "b" and "k" alone too before a currency ("400m SEK", "5m euros")
_GLUED_ALONE = rf"(?:bn|trn|tn|(?:mn|m|b|k){CURRENCY_AHEAD})"
_GLUED_AFTER_SIGN = "(?:bn|trn|tn|mn|m|k|b)"
_SIGN_BEFORE = rf"(?:(?:(?<=[$£€¥₹])|{LETTER_SIGN}|{SPACED_SIGNS})(?P<sign>))?"
# the Danish and Norwegian abbreviations of "milliard" and "million", only with their
# point and more after it ("400 mia. kr.", "400 mill. kroner"; not "2019 Mia Farrow")
_DOTTED = {"mia": 1e9, "mill": 1e6}
_WORDS = "|".join(
    [*longest_first(re.escape(w) for w in MAGNITUDES), *(rf"{w}(?=\.\s+\S)" for w in _DOTTED)]
)
# a magnitude abbreviated before the currency sign it scales, as French and Spanish
# copy writes millions and thousands of euros: "20 M€", "4,5 M€", "1,2 Md€", "300 k€"
_SIGNED_MAGNITUDES = {"M": 1e6, "Md": 1e9, "Mrd": 1e9, "k": 1e3}
_SIGNED = r"(?-i:\s?(?P<signed>Mrd|Md|M|k)(?=\s?[€$£]))"
_MAGNITUDE = (
    rf"(?:\s+(?P<mag>{_WORDS})(?![^\W\d_])|(?P<cjk>{'|'.join(_CJK_MAGNITUDES)})|{_SIGNED}"
    rf"|(?-i:(?P<glued>(?(sign){_GLUED_AFTER_SIGN}|{_GLUED_ALONE})))(?![^\W\d_]))?"
)
# a word that goes on ("percentage points", "Prozentpunkte") is no percentage
_PERCENT_WORDS = r"(?:percent|per cent|Prozent|pour cent|por ciento)(?![^\W\d_])"
_PERCENT = rf"(?:\s*(?P<pct>%|{_PERCENT_WORDS}|процент\w*))?"


def _number(thousands: str, decimal: str) -> LazyPattern:
    return LazyPattern(
        rf"{_BEFORE}{_SIGN_BEFORE}(?P<int>\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)|\d+)"
        rf"(?:{decimal}(?P<frac>\d+))?{_PERCENT}{_MAGNITUDE}",
        re.IGNORECASE,
    )


# a space between groups of thousands: plain, no-break (U+00A0), narrow no-break (U+202F)
# or thin (U+2009), only before three digits and then no further digit ("20 000 people",
# "1 200 300"; not "2024 300", whose first group has four digits, nor "3 2"). Units are
# read folded (reader.ingest.normalize.fold), where the others are plain spaces already.
THOUSANDS_SPACES = " \u00a0\u202f\u2009"
_SPACED = f"[{THOUSANDS_SPACES}](?=\\d{{3}}(?!\\d))"
# "1,200.5", "20 000", "٦٫٢", "1٬200"; "20, 000" (a comma and a space, as tokenised text
# writes it: "000" alone is no figure)
NUMBER_POINT = _number(f"(?:[,\u066c]|{_SPACED}|,\\s(?=000(?!\\d)))", "[.\u066b]")
# "1.200", "1 200", "3,5", "٦٫٢"
NUMBER_COMMA = _number(f"(?:[.\u066c']|{_SPACED})", "[,\u066b]")


def magnitude(m: re.Match[str]) -> float:
    """The multiplier a figure read by NUMBER_POINT or NUMBER_COMMA carries (1 if none)."""
    if m.group("cjk"):
        return _CJK_MAGNITUDES[m.group("cjk")]
    if m.group("glued"):
        return GLUED_MAGNITUDES[m.group("glued")]
    if m.group("signed"):
        return _SIGNED_MAGNITUDES[m.group("signed")]
    word = m.group("mag")
    return (MAGNITUDES | _DOTTED)[" ".join(word.lower().split())] if word else 1.0


def figure(m: re.Match[str]) -> tuple[str, float]:
    """The whole part's digits and the value of a figure read by NUMBER_POINT or
    NUMBER_COMMA, magnitude left out: ("1200", 1200.0), ("3", 3.5)."""
    whole = "".join(ch for ch in m.group("int") if ch.isdigit())
    return whole, float(f"{whole}.{m.group('frac') or 0}")


_COMMA_DECIMAL = LazyPattern(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])")
_POINT_DECIMAL = LazyPattern(r"(?<![\d,.])\d+\.\d{1,2}(?![\d.])")


def uses_decimal_comma(text: str) -> bool:
    """``text`` writes decimals with a comma ("3,5") and may group thousands with dots or
    spaces: a Cyrillic text, one in a language told other than English (of those
    reader.ingest.languages tells, only English writes "3.5"), or one that writes more
    figures "3,5" than "3.5"."""
    script = main_script(text)
    if script == "Cyrillic":
        return True
    if script not in (None, "Latin"):
        return False
    language = main_language(text, minimum=MODEL_LANGUAGE_WORDS)  # a brief is enough
    if language is not None:
        return language != "English"
    sample = text[:20_000]
    return len(_COMMA_DECIMAL.findall(sample)) > len(_POINT_DECIMAL.findall(sample))


@dataclass(frozen=True, slots=True)
class Writing:
    """How a document writes its figures: decimals with a comma ("3,5 Millionen"), and the
    language whose words for counts it uses ("drei Tote", "trois morts"), when that is one
    of FOREIGN_NUMBER_WORDS; English (None) otherwise."""

    decimal_comma: bool = False
    counts_in: str | None = None


ENGLISH = Writing()  # points for decimals, counts in English words


def writing_of(text: str, otherwise: str | None = None) -> Writing:
    """How ``text`` writes its figures; a news brief is enough to tell its language, and
    a side too short to tell it counts in ``otherwise`` (the pair's language, as its words
    are read: ``word_forms.side_forms``), so that "Vier Menschen starben." counts four."""
    language = main_language(text, minimum=MODEL_LANGUAGE_WORDS) or otherwise
    counts_in = language if language in FOREIGN_NUMBER_WORDS else None
    return Writing(uses_decimal_comma(text), counts_in)


# every other language's months; Hebrew's also with the prefix "in": "ביוני", "ב-20 ביוני"
FOREIGN_MONTHS: dict[str, int] = OTHER_MONTHS | {
    "ב" + name: number for name, number in months_of("Hebrew").items()
}

_FOREIGN_NAMES = "|".join(longest_first(map(re.escape, FOREIGN_MONTHS)))
# "20. Juni 2024", "1er juin", "20 de junio de 2024", "20 июня 2024 года", "٢٠ يونيو ٢٠٢٤"
# (an Arabic month with its other calendar name after a slash: "١٩ يونيو/حزيران ٢٠٢٤")
_FOREIGN_DATE = LazyPattern(
    rf"{_BEFORE}(?P<day>\d{{1,2}})(?:\.|er)?\s+(?:de\s+)?(?P<month>{_FOREIGN_NAMES})"
    rf"(?:\s*/\s*(?P<other>{_FOREIGN_NAMES}))?"
    rf"(?![^\W\d_])(?:,?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
# "2024年7月25日", "７月２５日" (folded to ASCII digits), "7月25日"; Korean "2024년 6월 19일"
CJK_DATE = LazyPattern(
    r"(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
)


_Date = tuple[int, int, int, int, tuple[int, int] | None]


def foreign_date(text: str) -> list[_Date]:
    """Dates written with another language's month name or in Chinese characters:
    (start, end, month, day, year span or None) for each, day and month checked; month 0
    for a date of two months written as one ("19 يونيو/تموز"), which cannot be read."""
    out: list[_Date] = []
    for rx in (_FOREIGN_DATE, CJK_DATE):
        for m in rx.finditer(text):
            day = int(m.group("day"))
            if rx is CJK_DATE:
                month = int(m.group("month"))
            else:
                month = FOREIGN_MONTHS[m.group("month").lower()]
                other = m.group("other")
                if other is not None and FOREIGN_MONTHS[other.lower()] != month:
                    month = 0  # "يونيو/تموز": two months, no one date, nor a count
            if not (1 <= day <= 31 and 0 <= month <= 12):
                continue
            year = m.span("year") if m.group("year") else None
            out.append((m.start(), m.end(), month, day, year))
    return out

"""The figures of a unit as :class:`~reader.analysis.mention.Mention`: dates, years,
ages, times of day, percentages, counts and sums of money, each with what it counts: a
currency, else the stemmed word after it ("24 years" counts "year"), nothing for a score,
a range or a part of a whole. A figure that is part of a name ("AK-47", "two Boeing 747
jets", "Juror No. 8") is no mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from reader.analysis.cased_nationalities import nationality_unit
from reader.analysis.compound_counts import DUTCH_PEOPLE, compound_counts
from reader.analysis.counted_years import counts_not_year
from reader.analysis.hundreds_in_words import vague_start, worded_numbers
from reader.analysis.lexicon import (
    FOREIGN_NUMBER_WORDS,
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
    TIME_ZONES,
    WEEKDAYS,
)
from reader.analysis.mention import Mention
from reader.analysis.money_words import currency_after, past_preposition, scale_after
from reader.analysis.numerals import (
    ENGLISH,
    GLUED_SCRIPTS,
    NUMBER_COMMA,
    NUMBER_POINT,
    Writing,
    figure,
    foreign_date,
    magnitude,
)
from reader.analysis.one_storey import one_storeys
from reader.analysis.place_counts import counts_after_place
from reader.analysis.stems import WORD, stem
from reader.analysis.units import Unit
from reader.analysis.verbs_after_figures import verb_after
from reader.model import Span

_DESIGNATION = re.compile(r"[A-Z][A-Za-z]*[- ]?\d+s?\b")
# "AK-" of "AK-47", "six AK " of "six AK 47 rifles": the figure is part of a name (not a
# Hebrew prefix: "ו-2,500" is "and 2,500")
_DESIGNATION_BEFORE = re.compile(
    r"(?:[^\W\d_\u0590-\u05ff]-|(?:\b\d+|\b(?i:" + "|".join(NUMBER_WORDS) + r")) [A-Z]{1,4} )$"
)
# "No. 8", "No 8", "#8": a number that tells which one
_NUMBERED = re.compile(r"(?:\bNo\.?|#)\s?$")
# a capitalised word after an article, a preposition or a count, right before a whole
# figure: "two Boeing 747 jets", "on Oregon 214" (not "Andre Iguodala 14.9 points")
_NAMED_BEFORE = re.compile(
    r"\b(?P<before>(?i:a|an|the|on|in|at|of|off|from|via|along|\d+|"
    + "|".join(NUMBER_WORDS)
    + r")) (?P<name>[A-Z][a-z]+) $"
)
# a part of a whole ("178 of 369 punches", "28 of his 68"), a range ("between $140 and
# $150 million"): such figures count nothing that another article's count could contradict
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:(?:his|her|their|its|the|our|those)\s+)?[$€£]?\d")
_PART_OF_BEFORE = re.compile(r"\d\s+of\s+(?:(?:his|her|their|its|the|our|those)\s+)?$")
_RANGE_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:(?:US\$|[$€£])?[\d.,]+(?:\s+(?:thousand|million|billion))?\s+and\s+)?"
    r"|\d(?:\s+(?:thousand|million|billion))?\s+to\s+)(?:US\$|[$€£])?$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to\b)\s*(?:US\$|[$€£])?\d")
# "0300 GMT", "1100 hrs IST": a time of day, not a count
_CLOCK_AFTER = re.compile(r"\s*(?:hrs|" + "|".join(sorted(TIME_ZONES)) + r")\b", re.IGNORECASE)
# "dozens", "hundreds", "thousands": an order of magnitude, not a count to contradict
_VAGUE_COUNTS = frozenset(("dozens", "hundreds", "thousands"))
_PERCENT_AFTER = re.compile(r"\s*(?:percent|per cent|%)", re.IGNORECASE)
_NOT_MODEL_NAMES = frozenset(MONTHS) | WEEKDAYS
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
# "on 10 Nov 11": a British or Indian date with its year in two digits (10 November 2011),
# not November 11
_DATE_DMY_YY = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<yy>\d\d)\b(?![.,:]?\d)",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# an age: "33-year-old", "33 years old", "aged 33" (counted as "age", so told apart from
# other counts of years)
_AGE = re.compile(r"\b(?:(\d{1,3})(?:-|\s)years?(?:-|\s)old|aged\s+(\d{1,3}))\b", re.IGNORECASE)
# "died at the age of 91", "at age 85", "died Thursday at 91."; an obituary's "She was
# 91." (then a stop)
_AGE_AT = re.compile(r"\bat\s+(?:the\s+)?(age\s+(?:of\s+)?(\d{1,3}))\b", re.IGNORECASE)
# (not "the dead", a toll's noun: "the number of dead stood at 58.")
_AGE_DIED = re.compile(
    r"\b(?<!of )(?<!the )(?:died|dies|dead)\b[^.;:]{0,50}?\bat\s+((\d{1,3}))(?=\s*(?:[.,;]|$))",
    re.IGNORECASE,
)
# ages told in other languages' words, (what is shown, the figure): "22 Jahre alt", "im
# Alter von 91 Jahren", "âgé de 22 ans", "à l'âge de 91 ans", "de 22 años de edad", "a la
# edad de 91 años", "di 22 anni di età", "all'età di 91 anni", "de 22 anos de idade", "aos
# 91 anos" (not "de 22 ans" alone: "une peine de deux ans" is no age); and after a noun
# for a person or a name, "un homme de 22 ans", "una mujer, de 35 años,", "un uomo di 40
# anni", "um homem de 50 anos", "Ana Torres, de 35 años," (thirty-second session)
_PERSONS_OF_AN_AGE = {
    "French": """homme hommes femme femmes garçon garçons fille filles fillette enfant
        enfants adolescent adolescente adolescents jeune jeunes bébé nourrisson retraité
        retraitée conducteur conductrice automobiliste motard motocycliste piéton piétonne
        passant passante étudiant étudiante victime suspect suspecte individu quadragénaire
        père mère fils frère sœur soeur mari épouse""",
    "Spanish": """hombre hombres mujer mujeres joven jóvenes niño niña niños niñas chico chica
        chicos chicas adolescente adolescentes anciano anciana bebé menor varón conductor
        conductora motorista motociclista peatón estudiante víctima sospechoso sospechosa
        detenido detenida individuo padre madre hijo hija hermano hermana marido esposa""",
    "Italian": """uomo uomini donna donne ragazzo ragazza ragazzi ragazze giovane giovani
        bambino bambina bambini bimbo bimba adolescente anziano anziana neonato neonata
        pensionato pensionata conducente automobilista motociclista pedone studente
        studentessa vittima sospettato indagato individuo padre madre figlio figlia
        fratello sorella marito moglie""",
    "Portuguese": """homem homens mulher mulheres jovem jovens rapaz rapariga menino menina
        meninos meninas criança crianças adolescente idoso idosa bebé bebê menor condutor
        condutora motorista motociclista pedestre peão estudante vítima suspeito suspeita
        indivíduo pai mãe filho filha irmão irmã marido esposa""",
}
_PERSONS_OF_AN_AGE["Dutch"] = " ".join(sorted(DUTCH_PEOPLE))
_YEARS_WORD = {
    "French": "ans", "Spanish": "años", "Italian": "anni", "Portuguese": "anos", "Dutch": "jaar"
}  # fmt: skip
_OF = {"Italian": "di", "Dutch": "van"}  # "un uomo di 40 anni", "een man van 22 jaar"


def _of_an_age(language: str) -> str:
    """The pattern of an age told after a noun for a person or a name in ``language``:
    "un homme de 22 ans", "una mujer, de 35 años", "Ana Torres, de 35 años"."""
    nouns = "|".join(_PERSONS_OF_AN_AGE[language].split())
    of = _OF.get(language, "de")
    return (
        rf"(?:\b(?:{nouns}),?|(?-i:\b[A-ZÀ-Þ][\w'’-]+),)\s+"
        rf"({of}\s+(\d{{1,3}})\s+{_YEARS_WORD[language]})(?!\w){_NOT_A_TERM}"
    )


# years of a sentence are no age: "Ana Torres, de 30 años de prisión", "een man van 22
# jaar cel"
_NOT_A_TERM = (
    r"(?!\s+(?:de|di|d['’])\s*(?:prisión|cárcel|reclusión|prison|réclusion|détention"
    r"|carcere|reclusione|prisão|cadeia|reclusão))"
    r"(?!\s+(?:cel|gevangenisstraf|celstraf|jeugddetentie|tbs)\b)"
)
# an age in brackets after a name or a noun for a person, as Dutch and German news write
# it: "Jan de Vries (22)", "een man (22) uit Utrecht", "Max Müller (22)"
_BRACKETED_AGE = r"(?:\b(?:{nouns})|(?-i:\b[A-ZÀ-Þ][\w'’-]+))\s+\(((\d{{1,3}}))\)"


_FOREIGN_AGES = {
    language: [re.compile(rx, re.IGNORECASE) for rx in patterns]
    for language, patterns in {
        "German": [
            r"\b((\d{1,3})\s+Jahre\s+alt(?:e|en|er|es|em)?)\b",
            r"\bim\s+(Alter\s+von\s+(\d{1,3}))\b",
            _BRACKETED_AGE.format(nouns="Mann|Frau|Junge|Mädchen|Kind|Mensch"),
        ],
        # "de man, 22 jaar oud", "op 91-jarige leeftijd", "op de leeftijd van 91 jaar",
        # "een man van 22 jaar", "Jan de Vries (22)" ("de 22-jarige man":
        # reader.analysis.compound_counts)
        "Dutch": [
            r"\b((\d{1,3})\s+jaar\s+oud)\b",
            r"\bop\s+((\d{1,3})-jarige\s+leeftijd)\b",
            r"\bop\s+de\s+(leeftijd\s+van\s+(\d{1,3})(?:\s+jaar)?)\b",
            _of_an_age("Dutch"),
            _BRACKETED_AGE.format(nouns="|".join(sorted(DUTCH_PEOPLE))),
        ],
        "French": [
            r"\b(âgée?s?\s+de\s+(\d{1,3})\s+ans)\b",
            r"\bà\s+l['\u2019](âge\s+de\s+(\d{1,3})\s+ans)\b",
            _of_an_age("French"),
        ],
        "Spanish": [
            r"\b(de\s+(\d{1,3})\s+años\s+de\s+edad)\b",
            r"\ba\s+la\s+(edad\s+de\s+(\d{1,3})\s+años)\b",
            _of_an_age("Spanish"),
        ],
        "Italian": [
            r"\b(di\s+(\d{1,3})\s+anni\s+di\s+età)(?!\w)",
            r"\ball['\u2019](età\s+di\s+(\d{1,3})\s+anni)\b",
            _of_an_age("Italian"),
        ],
        "Portuguese": [
            r"\b(de\s+(\d{1,3})\s+anos\s+de\s+idade)\b",
            r"\baos\s+((\d{1,3})\s+anos)\b",
            _of_an_age("Portuguese"),
        ],
    }.items()
}
_AGE_WAS = re.compile(r"\b(?:he|she)\s+(?:was|is)\s+((\d{1,3}))(?=\s*(?:[.;]|$))", re.IGNORECASE)
# the news style "Tara Reid, 33, checked in", "Comeaux Jr., 49,", "The actress, 33,": a
# word, then the age between commas (not a figure written "10, 000", nor a list of them)
_APPOSITIVE_AGE = re.compile(r"\b[^\W\d_]+\.?,\s(\d{1,3}),(?!\s?\d)")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE)
# a 24-hour time as French, Portuguese and German write it: "18 h 50", "18h50", "18.50
# Uhr", "18 Uhr"; one time, not two figures
_TIME_24 = re.compile(r"\b([01]?\d|2[0-3])(?:\s?h\s?([0-5]\d)|[.:]([0-5]\d)\s?Uhr|()\s?Uhr)\b")
_SCORE_BEFORE = re.compile(r"\d[-–]\s?(?:US\$|[$€£])?$")  # "9-14", "$140- $150"
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|€|£|¥) ?$")
_CURRENCY_CODES = {"US$": "usd", "$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_CURRENCY_AFTER = {"dollar": "usd", "euro": "eur"}  # stems of the word after the figure
CURRENCIES = frozenset(_CURRENCY_CODES.values())  # what a sum of money counts
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "Twenty-three personnel" is 23, not 20 and 3
_NUMBER_WORD = re.compile(
    rf"\b((?:{_TENS})-(?:{_ONES})|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE
)


def _century(yy: int) -> int:
    """The year of a two-digit year: news dates lie between 1970 and 2069."""
    return 1900 + yy if yy >= 70 else 2000 + yy


def number_mentions(
    unit: Unit, writing: Writing = ENGLISH, stem_word: Callable[[str], str] = stem
) -> list[Mention]:
    """The figures of ``unit``, read as its document writes them (``writing``), what each
    counts stemmed by ``stem_word`` (the stemmer of its language: "drei Tote" and "vier
    Toten" count one thing)."""
    text, base = unit.folded, unit.span.start
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(kind: str, key: str, a: int, b: int, unit_word: str = "") -> None:
        taken.append((a, b))
        qualifier = bool(unit_word) and _HYPHEN_UNIT.match(text, b) is not None
        out.append(Mention(kind, key, Span(base + a, base + b), text[a:b], unit_word, qualifier))

    for rx in (_DATE_DMY_YY, _DATE_MDY, _DATE_DMY):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            month = MONTHS[m.group("month").lower().rstrip(".")]
            key = f"date:{month:02d}-{day:02d}"
            add("date", key, m.start(), m.end())
            group = "yy" if "yy" in m.re.groupindex else "year"
            year = m.group(group)
            if year:
                full = year if len(year) == 4 else str(_century(int(year)))
                where = Span(base + m.start(group), base + m.end(group))
                out.append(Mention("year", f"year:{full}", where, year))
    for a, b, month, day, year in foreign_date(text):  # "20. Juni 2024", "7月25日"
        if free(a, b):
            add("date", f"date:{month:02d}-{day:02d}", a, b)
            if year is not None:
                y = str(int(text[year[0] : year[1]]))
                out.append(Mention("year", f"year:{y}", Span(base + year[0], base + year[1]), y))
    for m in _MONTH_YEAR.finditer(text):
        if free(m.start(), m.end()):
            month = MONTHS[m.group("month").lower()]
            add("date", f"month:{month:02d}-{m.group('year')}", m.start(), m.end())
            y = m.group("year")
            out.append(
                Mention("year", f"year:{y}", Span(base + m.start("year"), base + m.end("year")), y)
            )
    for m in _AGE.finditer(text):
        if free(m.start(), m.end()):
            add("number", f"age:{int(m.group(1) or m.group(2))}", m.start(), m.end(), "age")
    for rx in (_AGE_AT, _AGE_WAS, _AGE_DIED):  # "at the age of 91", "She was 91."
        for m in rx.finditer(text):
            if free(m.start(1), m.end(1)):
                add("number", f"age:{int(m.group(2))}", m.start(1), m.end(1), "age")
    for rx in _FOREIGN_AGES.get(writing.counts_in or "", []):
        for m in rx.finditer(text):
            if free(m.start(1), m.end(1)):
                add("number", f"age:{int(m.group(2))}", m.start(1), m.end(1), "age")
    for m in _APPOSITIVE_AGE.finditer(text):
        word = text[m.start() : m.start(1)].rstrip(", .").lower()
        if word not in MONTHS and word not in WEEKDAYS and free(m.start(1), m.end(1)):
            add("number", f"age:{int(m.group(1))}", m.start(1), m.end(1), "age")
    for m in _TIME.finditer(text):
        if free(m.start(), m.end()):
            hour, minute = int(m.group(1)), int(m.group(2))
            if (m.group(3) or "").lower().startswith("p") and hour < 12:
                hour += 12
            add("time", f"time:{hour:02d}:{minute:02d}", m.start(), m.end())
    for m in _TIME_24.finditer(text):
        if free(m.start(), m.end()):
            minute = int(m.group(2) or m.group(3) or 0)
            add("time", f"time:{int(m.group(1)):02d}:{minute:02d}", m.start(), m.end())
    if writing.counts_in is not None:  # "dreistöckig", "driedaagse": as "three-storey"
        for c in compound_counts(text, stem_word, writing.counts_in):
            if free(c.start, c.end):
                taken.append((c.start, c.end))
                where = Span(base + c.start, base + c.end)
                word = text[c.start : c.end]
                if c.age:  # "der 22-Jährige": as "the 22-year-old"
                    out.append(Mention("number", f"age:{c.value}", where, word, "age"))
                else:
                    out.append(Mention("number", f"num:{c.value}", where, word, c.counted, True))
    for one in one_storeys(text, writing.counts_in):  # "a one-storey house", "de una planta"
        if free(one.start, one.end):
            add("number", "num:1", one.start, one.end, stem_word(one.noun.lower()))
    for m in _figures(NUMBER_COMMA if writing.decimal_comma else NUMBER_POINT, text, free):
        if not free(m.start(), m.end()):
            continue
        if _DESIGNATION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "AK-47", "F-16": part of a name, not a figure
        if _NUMBERED.search(text, max(0, m.start() - 10), m.start()):
            continue  # "Juror No. 8", "No. 12", "#3": which one, not how many
        glued = _GLUED_WORD.match(text, m.end())
        if glued is not None and glued.group().lower() not in _GLUED_UNITS:
            continue  # "the 76ers", "the 49ers": a name, not a figure
        named = _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        scale = magnitude(m)
        whole_number = not (m.group("frac") or m.group("pct") or scale != 1.0)
        if (
            named is not None
            and whole_number
            and named.group("name").lower() not in _NOT_MODEL_NAMES
            and not counts_after_place(
                named.group("before"), named.group("name"), text, m.end(), writing.counts_in
            )
        ):
            continue  # "two Boeing 747 jets", "Oregon 214": a model or a road, not a count
        whole, value = figure(m)
        value *= scale
        if m.group("pct"):
            add("number", f"pct:{value:g}", m.start(), m.end(), "percent")
            continue
        # a year is written without a separator: "2 000 people", "1,900 people" are counts,
        # as are "rund 2000 Demonstranten", "some 2000 protesters" (counted_years)
        if (
            whole_number
            and m.group("int") == whole
            and len(whole) == 4
            and 1800 <= value <= 2100
            and not counts_not_year(text, m.start(), m.end(), writing.counts_in)
        ):
            add("year", f"year:{int(value)}", m.start(), m.end())
            continue
        start, unit_word = _money(
            text, m.start(), m.end(), stem_word, scale != 1.0, writing.counts_in
        )
        clock = len(whole) == 4 and _CLOCK_AFTER.match(text, m.end()) is not None
        if (
            clock
            or _SCORE_BEFORE.search(text, max(0, m.start() - 6), m.start())
            or _part_or_range(text, m.start(), m.end())
        ):
            unit_word = ""  # "a 9-14 record", "10-15 people": a score or range counts nothing
        add("number", f"num:{value:g}", start, m.end(), unit_word)

    def add_in_words(start: int, word_end: int, value: float, vague: bool = False) -> None:
        """A count in words ("five", "two hundred", "trois morts"), scaled by a magnitude
        word after it ("two million dollars", "dos millones de euros")."""
        scale, end = scale_after(text, word_end)
        _, following = _money(text, end, end, stem_word, scale != 1.0, writing.counts_in)
        if vague or _part_or_range(text, start, end):
            following = ""
        percent = _PERCENT_AFTER.match(text, end)
        if percent is not None:  # "five percent" is "5 percent"
            add("number", f"pct:{value * scale:g}", start, percent.end(), "percent")
        else:
            add("number", f"num:{value * scale:g}", start, end, following)

    # "two hundred", "a thousand", "deux cents", "zweihundert": one figure each
    worded = worded_numbers(text)
    if writing.counts_in is not None:
        worded += worded_numbers(text, writing.counts_in)
    for w in worded:
        if free(w.start, w.end):
            add_in_words(w.start, w.end, w.value, w.vague)
    for m in _NUMBER_WORD.finditer(text):
        if not free(m.start(), m.end()):
            continue
        word = m.group(1).lower()
        if word == "one" and _one_counts_nothing(text, m.end(), stem_word):
            continue  # "one of", "a one-year deal", "one round where": no count
        value = sum(NUMBER_WORDS[part] for part in word.split("-"))
        vague = vague_start(text, m.start()) if word == "dozen" else None
        if vague is not None:  # "several dozen people": as "dozens"
            add_in_words(vague, m.end(), 2 * value, vague=True)
        else:
            add_in_words(m.start(), m.end(), value, vague=word in _VAGUE_COUNTS)
    if writing.counts_in is not None:  # "drei Tote", "trois morts", "tres muertos"
        words = FOREIGN_NUMBER_WORDS[writing.counts_in]
        for m in _foreign_number_words(writing.counts_in).finditer(text):
            if free(m.start(), m.end()):
                add_in_words(m.start(), m.end(), words[m.group().lower()])
    out.sort(key=lambda x: x.span.start)
    return out


def _one_counts_nothing(text: str, end: int, stem_word: Callable[[str], str]) -> bool:
    """ "one" ending at ``end`` counts nothing: nothing after it is counted ("one of"),
    it qualifies with a hyphen ("a one-year deal") or tells one particular thing ("one
    round where")."""
    scale, after = scale_after(text, end)
    return (
        not _money(text, after, after, stem_word, scale != 1.0)[1]
        or text[end : end + 1] == "-"
        or _ONE_WHERE.match(text, end) is not None
    )


def _figures(
    rx: re.Pattern[str], text: str, free: Callable[[int, int], bool]
) -> Iterator[re.Match[str]]:
    """The figures ``rx`` reads in ``text``; a figure grouped by spaces that overlaps a
    date or a time read before (``free`` says it does not) is read again from its second
    group: "June 12 300 people" and "at 5:30 100 officers" tell 300 and 100 people."""
    at = 0
    while (m := rx.search(text, at)) is not None:
        space = _SPACE.search(m.group("int"))
        if space is not None and not free(m.start(), m.end()):
            at = m.start("int") + space.end()
            continue
        yield m
        at = m.end()


_SPACE = re.compile(r"\s")


@cache
def _foreign_number_words(language: str) -> re.Pattern[str]:
    """The words for counts of ``language`` (FOREIGN_NUMBER_WORDS), longest first, so that
    "dix-sept" is one count."""
    words = sorted(FOREIGN_NUMBER_WORDS[language], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)


# "one round where he ...", "one night when", "one game in which": one particular thing,
# as "a round where", not a count of rounds
_ONE_WHERE = re.compile(
    r"\s+[^\W\d_]+\s+(?:where|when|in\s+which|during\s+which|on\s+which)\b", re.IGNORECASE
)


def _part_or_range(text: str, start: int, end: int) -> bool:
    """The figure at ``start .. end`` is a part of a whole, the whole of a part, or an end
    of a "between ... and ..." range."""
    return (
        _PART_OF_AFTER.match(text, end) is not None
        or _RANGE_AFTER.match(text, end) is not None
        or _PART_OF_BEFORE.search(text, max(0, start - 30), start) is not None
        or _RANGE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _money(
    text: str,
    start: int,
    end: int,
    stem: Callable[[str], str],
    scaled: bool = False,
    language: str | None = None,
) -> tuple[int, str]:
    """Where a figure starts (its currency sign included) and what it counts: a currency
    code for money (``$141 billion``, ``40 euros``, ``5 milioni di dollari``), else the
    word after it (after the preposition of a ``scaled`` figure: "5 milioni di persone"
    counts persons); nothing when a verb follows (reader.analysis.verbs_after_figures)
    in the article's ``language``."""
    sign = _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    if sign is not None:
        return sign.start(), _CURRENCY_CODES[sign.group(1)]
    currency = currency_after(text, end)
    if currency:
        return start, currency
    at = past_preposition(text, end) if scaled else end
    if verb_after(text, at, language):
        return start, ""  # "25 Millionen gefordert hatten": a verb, not what is counted
    after = _unit_after(text, at, stem)
    return start, _CURRENCY_AFTER.get(after, after)


def _unit_after(text: str, end: int, stem: Callable[[str], str]) -> str:
    """The stemmed word counted by a number (``24 years`` -> ``year``), or ''. Of a few
    lower-case words, a plural after a singular is what is counted: ``two pirate boats``
    counts boats, ``13 fully loaded magazines`` magazines, ``23 pirates arrested`` pirates."""
    glued = _GLUED_COUNTER.match(text, end)
    if glued is not None:  # "35万人", "1200个航班", "3人": the counter word after the figure
        return glued.group()
    hyphened = _HYPHEN_UNIT.match(text, end)
    if hyphened is not None:  # "an eight-year offer", "a five-boat attack"; not "8-by-12"
        word = hyphened.group(1).lower()
        return "" if word in STOPWORDS else stem(word)
    words: list[str] = []
    pos = end
    designation = _DESIGNATION.match(text, end + 1) if text[end : end + 1] == " " else None
    if designation is not None:  # "seven AK-47 assault rifles", "seven AK-47s": AK-47s
        return re.sub(r"\W|s$", "", designation.group().lower())
    while len(words) < 3 and pos < len(text) and text[pos] == " ":
        m = WORD.match(text, pos + 1)
        if m is not None and not words and m.group().lower() in _COUNT_MODIFIERS:
            pos = m.end()  # "two other rifles" counts rifles
            continue
        if m is None or m.group().lower() in STOPWORDS:
            break
        words.append(m.group())
        pos = m.end()
        if not m.group().islower():
            break
    if not words:
        return ""
    head = words[0].split("-")[0]  # "three defeats-and his 16th" counts defeats
    if nationality_unit(head):
        return nationality_unit(head)  # "12 Poles": people, unlike "12 poles"
    if head.islower() and not _plural(head):
        head = next((w for w in words[1:] if w.islower() and _plural(w)), head)
    also = _AND_NOUN.match(text, pos)
    if also is not None and (_plural(also.group(1)) or also.group(1) in _GROUP_NOUNS):
        # "some 420 passengers and crew" counts both, not the "246 passengers" alone
        return f"{stem(head.lower())}+{stem(also.group(1))}"
    return stem(head.lower())


_GLUED_COUNTER = re.compile(f"[{GLUED_SCRIPTS}]")
_AND_NOUN = re.compile(r" and ([a-z]{3,})\b(?! of\b)")
_HYPHEN_UNIT = re.compile(r"-(?!plus\b)([a-z]{2,})\b")
_GLUED_WORD = re.compile(r"[A-Za-z]+")
# what may follow a figure with no space: an ordinal, a decade, a unit or a magnitude
_GLUED_UNITS = frozenset(
    "st nd rd th s m bn mn k km kg mm cm ft lb lbs mph kph am pm".split()  # noqa: SIM905
)
_GROUP_NOUNS = frozenset("crew staff personnel people children police equipment".split())  # noqa: SIM905
# "two other rifles" counts rifles, as "Três outros arguidos", "deux autres accusés", "tres
# otros acusados", "zwei weitere Angeklagte" count the accused
_COUNT_MODIFIERS = frozenset(
    "other more additional further autres autre otros otras outros outras altri altre "  # noqa: SIM905
    "weitere weiteren weiterer andere anderen".split()
)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))

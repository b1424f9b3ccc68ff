"""The ages of a unit as mentions, each counting "age": "33-year-old", "aged 33", "at
the age of 91", "She was 91.", "Tara Reid, 33,", and as other languages tell them ("22
Jahre alt", "un homme de 22 ans", "Jan de Vries (22)")."""

from __future__ import annotations

import re

from reader.analysis.figures.compound_counts import DUTCH_PEOPLE
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.worded_ages import read_worded_ages
from reader.analysis.words.lexicon import MONTHS, WEEKDAYS
from reader.lazy_regex import LazyPattern

# an age: "33-year-old", "33 years old", "aged 33" (counted as "age", so told apart from
# other counts of years)
_AGE = LazyPattern(r"\b(?:(\d{1,3})(?:-|\s)years?(?:-|\s)old|aged\s+(\d{1,3}))\b", re.IGNORECASE)
# "died at the age of 91", "at age 85", "died Thursday at 91."; an obituary's "She was
# 91." (then a stop)
_AGE_AT = LazyPattern(r"\bat\s+(?:the\s+)?(age\s+(?:of\s+)?(\d{1,3}))\b", re.IGNORECASE)
# (not "the dead", a toll's noun: "the number of dead stood at 58.")
_AGE_DIED = LazyPattern(
    r"\b(?<!of )(?<!the )(?:died|dies|dead)\b[^.;:]{0,50}?\bat\s+((\d{1,3}))(?=\s*(?:[.,;]|$))",
    re.IGNORECASE,
)
# ages told in other languages' words, (what is shown, the figure): "22 Jahre alt", "im
# Alter von 91 Jahren", "âgé de 22 ans", "à l'âge de 91 ans", "de 22 años de edad", "a la
# edad de 91 años", "di 22 anni di età", "all'età di 91 anni", "54enne", "de 22 anos de idade", "aos
# 91 anos" (not "de 22 ans" alone: "une peine de deux ans" is no age); and after a noun
# for a person or a name, "un homme de 22 ans", "una mujer, de 35 años,", "un uomo di 40
# anni", "um homem de 50 anos", "Ana Torres, de 35 años," (thirty-second session), "um
# reformado de 67 anos", "un jubilado de 70 años", "un habitant de 81 ans" (a retiree, a
# resident: fifty-second)
_PERSONS_OF_AN_AGE = {
    "French": """homme hommes femme femmes garçon garçons fille filles fillette enfant
        enfants adolescent adolescente adolescents jeune jeunes bébé nourrisson retraité
        retraitée conducteur conductrice automobiliste motard motocycliste piéton piétonne
        passant passante étudiant étudiante victime suspect suspecte individu quadragénaire
        père mère fils frère sœur soeur mari épouse habitant habitante""",
    "Spanish": """hombre hombres mujer mujeres joven jóvenes niño niña niños niñas chico chica
        chicos chicas adolescente adolescentes anciano anciana bebé menor varón conductor
        conductora motorista motociclista peatón estudiante víctima sospechoso sospechosa
        detenido detenida individuo padre madre hijo hija hermano hermana marido esposa
        jubilado jubilada vecino vecina""",
    "Italian": """uomo uomini donna donne ragazzo ragazza ragazzi ragazze giovane giovani
        bambino bambina bambini bimbo bimba adolescente anziano anziana neonato neonata
        pensionato pensionata conducente automobilista motociclista pedone studente
        studentessa vittima sospettato indagato individuo padre madre figlio figlia
        fratello sorella marito moglie residente""",
    "Portuguese": """homem homens mulher mulheres jovem jovens rapaz rapariga menino menina
        meninos meninas criança crianças adolescente idoso idosa bebé bebê menor condutor
        condutora motorista motociclista pedestre peão estudante vítima suspeito suspeita
        indivíduo pai mãe filho filha irmão irmã marido esposa reformado reformada
        aposentado aposentada morador moradora residente""",
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
    language: [LazyPattern(rx, re.IGNORECASE) for rx in patterns]
    for language, patterns in {
        "German": [
            r"\b((\d{1,3})\s+Jahre\s+alt(?:e|en|er|es|em)?)\b",
            r"\bim\s+(Alter\s+von\s+(\d{1,3}))\b",
            _BRACKETED_AGE.format(nouns="Mann|Frau|Junge|Mädchen|Kind|Mensch"),
        ],
        # "de man, 22 jaar oud", "op 91-jarige leeftijd", "op de leeftijd van 91 jaar",
        # "een man van 22 jaar", "Jan de Vries (22)" ("de 22-jarige man":
        # reader.analysis.figures.compound_counts)
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
            r"\b((\d{1,3})-?enn[ei])\b",  # "un automobilista 54enne", "due 20enni"
            _of_an_age("Italian"),
        ],
        "Portuguese": [
            r"\b(de\s+(\d{1,3})\s+anos\s+de\s+idade)\b",
            r"\baos\s+((\d{1,3})\s+anos)\b",
            _of_an_age("Portuguese"),
        ],
    }.items()
}
_AGE_WAS = LazyPattern(r"\b(?:he|she)\s+(?:was|is)\s+((\d{1,3}))(?=\s*(?:[.;]|$))", re.IGNORECASE)
# the news style "Tara Reid, 33, checked in", "Comeaux Jr., 49,", "The actress, 33,": a
# word, then the age between commas (not a figure written "10, 000", nor a list of them)
_APPOSITIVE_AGE = LazyPattern(r"\b[^\W\d_]+\.?,\s(\d{1,3}),(?!\s?\d)")

# the ages of a group, in English: "people over 50", "adults aged under 18", "the
# over-50s", "in their 50s" (a decade of life, its first year); not a measure ("men over
# 6 feet", "women over 40 kg") nor a share ("over 50%"). An age, so never the figure of a
# dose or a count ("people over 50" and "50 micrograms a day"; forty-eighth session)
_GROUP_AGES = (
    LazyPattern(
        r"\b(?:people|persons|adults|men|women|patients|participants|volunteers|those|"
        r"anyone|everyone|children|drivers|workers)\s+(?:(?:aged|who\s+are)\s+)?"
        r"(?:over|under|above|below|older\s+than|younger\s+than)\s+((\d{1,3}))\b"
        r"(?![.,]\d|\s*%|\s*(?:per\s?cent|percent|feet|foot|ft|inch|inches|cm|metres?|meters?|"
        r"kg|kilos?|pounds|lbs?|stone|miles|km|mph|degrees)\b)",
        re.IGNORECASE,
    ),
    LazyPattern(r"\b(?:over|under)-((\d{2}))s\b", re.IGNORECASE),
    LazyPattern(r"\bin\s+(?:their|his|her|your|our|my)\s+(?:early\s+|mid-|late\s+)?((\d0))s\b"),
)
# further decades of one list: "in their 50s, 60s and 70s"
_MORE_DECADES = LazyPattern(r"(?:,\s*|,?\s+(?:and|or)\s+)((\d0))s\b")


def read_ages(found: FoundMentions, language: str | None) -> None:
    """Adds to ``found`` the ages of its text, written in English or in ``language``
    (the language whose words the article counts in, if any)."""
    if language is None:
        read_worded_ages(found)  # "a six-year-old boy", "a boy of six"
    if not found.digits:
        return  # each other age is told in figures
    text = found.text
    for m in _AGE.finditer(text):
        if found.free(m.start(), m.end()):
            found.add("number", f"age:{int(m.group(1) or m.group(2))}", m.start(), m.end(), "age")
    # "at the age of 91", "She was 91.", then "22 Jahre alt", "un homme de 22 ans"
    for rx in (_AGE_AT, _AGE_WAS, _AGE_DIED, *_FOREIGN_AGES.get(language or "", [])):
        for m in rx.finditer(text):
            if found.free(m.start(1), m.end(1)):
                found.add("number", f"age:{int(m.group(2))}", m.start(1), m.end(1), "age")
    for rx in _GROUP_AGES:
        for m in rx.finditer(text):
            more: re.Match[str] | None = m
            while more is not None and found.free(more.start(1), more.end(1)):
                at, figure = more.start(1), int(more.group(2))
                found.add("number", f"age:{figure}", at, more.end(1), "age")
                decade = text[more.end(1) : more.end(1) + 1] == "s"
                more = _MORE_DECADES.match(text, more.end()) if decade else None
    for m in _APPOSITIVE_AGE.finditer(text):
        word = text[m.start() : m.start(1)].rstrip(", .").lower()
        if word not in MONTHS and word not in WEEKDAYS and found.free(m.start(1), m.end(1)):
            found.add("number", f"age:{int(m.group(1))}", m.start(1), m.end(1), "age")

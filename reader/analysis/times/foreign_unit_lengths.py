"""A length of one unit told with no figure in German, French, Spanish, Italian and
Portuguese, as English tells "for a year" (reader.analysis.times.one_unit_lengths): "ein
Jahr lang", "einen Monat lang", "eine Woche lang", "ein ganzes Jahr lang"; "pendant un
an", "durant une semaine", "pendant une heure"; "durante un año", "durante una semana",
"durante un día"; "per un anno", "durante un mese", "per un'ora"; "durante um ano", "por
uma semana", "durante um dia".
Each is a count of 1 of its unit, so that it compares with the same length told in
another unit ("zwölf Monate lang", "pendant douze mois", "durante 12 meses").

None is read told with a bound ("mehr als ein Jahr lang", "pendant plus d'un an"), a
half ("ein halbes Jahr lang", "pendant un an et demi": reader.analysis.times
.half_lengths), a range or a guess ("ein Jahr oder zwei lang", "pendant un an ou deux",
"durante un año o dos", "per un anno o due", "durante um ano ou dois"), nor a day told by
what it is of ("pendant une journée de grève", "durante un día de protestas", "per un
giorno di sciopero", "durante um dia de greve": when, not how long)."""

from __future__ import annotations

import re

from reader.analysis.times.half_lengths import HalfLength

# each language's words of one unit, read as its unit's name
_UNITS: dict[str, dict[str, str]] = {
    "German": {"jahr": "year", "jahrzehnt": "decade", "monat": "month", "woche": "week",
               "tag": "day", "stunde": "hour"},
    "French": {"an": "year", "année": "year", "décennie": "decade", "mois": "month",
               "semaine": "week", "jour": "day", "journée": "day", "heure": "hour"},
    "Spanish": {"año": "year", "década": "decade", "mes": "month", "semana": "week",
                "día": "day", "dia": "day", "hora": "hour"},
    "Italian": {"anno": "year", "decennio": "decade", "mese": "month", "settimana": "week",
                "giorno": "day", "giornata": "day", "ora": "hour"},
    "Portuguese": {"ano": "year", "década": "decade", "mês": "month", "mes": "month",
                   "semana": "week", "dia": "day", "hora": "hour"},
}  # fmt: skip


def _unit(language: str) -> str:
    return "(?P<unit>" + "|".join(sorted(_UNITS[language], key=len, reverse=True)) + ")"


_PATTERNS = {
    # "ein Jahr lang", "einen ganzen Monat lang", "eine Woche lang"; not after a bound
    # ("mehr als ein Jahr lang", "fast eine Woche lang")
    "German": re.compile(
        r"(?<!\bals\s)(?<!\büber\s)(?<!\bfast\s)(?<!\bknapp\s)(?<!\brund\s)(?<!\betwa\s)"
        rf"\b(?P<one>ein(?:e|en)?\s+(?:ganz(?:e|es|en)\s+)?){_unit('German')}\s+lang\b",
        re.IGNORECASE,
    ),
    # "pendant un an", "durant une semaine", "pendant une année entière"
    "French": re.compile(
        rf"\b(?:pendant|durant)\s+(?P<one>une?\s+){_unit('French')}"
        r"(?![^\W\d_])(?!\s+(?:et\s+demie?|ou)\b)(?!(?:(?<=jour)|(?<=née))\s+d[e'’])",
        re.IGNORECASE,
    ),
    # "durante un año", "durante una semana entera"
    "Spanish": re.compile(
        rf"\bdurante\s+(?P<one>una?\s+){_unit('Spanish')}"
        r"(?![^\W\d_])(?!\s+(?:y\s+medi[ao]|o)\b)(?!(?<=d[ií]a)\s+de\b)",
        re.IGNORECASE,
    ),
    # "per un anno", "durante un mese", "per un'ora", "per una settimana intera"
    "Italian": re.compile(
        rf"\b(?:per|durante)\s+(?P<one>un(?:a|o)?(?:\s+|['’])){_unit('Italian')}"
        r"(?![^\W\d_])(?!\s+(?:e\s+mezz[oa]|o)\b)(?!(?:(?<=giorno)|(?<=giornata))\s+d[i'’])",
        re.IGNORECASE,
    ),
    # "durante um ano", "por uma semana", "durante um mês inteiro"
    "Portuguese": re.compile(
        rf"\b(?:durante|por)\s+(?P<one>uma?\s+){_unit('Portuguese')}"
        r"(?![^\W\d_])(?!\s+(?:e\s+mei[oa]|ou)\b)(?!(?<=dia)\s+d[eo]\b)",
        re.IGNORECASE,
    ),
}


def foreign_unit_lengths(text: str, language: str) -> list[HalfLength]:
    """The lengths of one unit told with no figure in ``text`` of ``language`` (German,
    French, Spanish, Italian or Portuguese; none in another), each a count of 1 of its
    unit, in order."""
    rx = _PATTERNS.get(language)
    if rx is None:
        return []
    units = _UNITS[language]
    return [
        HalfLength(m.start("one"), m.end("unit"), 1.0, units[m.group("unit").lower()])
        for m in rx.finditer(text)
    ]

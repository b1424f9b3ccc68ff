"""A length that a first time or a record is told against: "the first time in 25 years",
"the worst flood in 50 years", "zum ersten Mal seit 25 Jahren", "das schwerste Hochwasser
seit 50 Jahren", "pour la première fois depuis 25 ans", "la plus forte crue depuis 50
ans", "por primera vez en 25 años", "la peor inundación en 50 años", "per la prima
volta in 25 anni", "pela primeira vez em 25 anos". It tells how far back one looks for
the like, neither how long the event lasted nor a deadline
(reader.analysis.times.durations frames it apart: compared only with another such span).

The first time or the superlative comes before the span's preposition in its clause,
with nothing but words between ("the lowest level the river has reached in 50 years");
a hedge may stand between the preposition and the figure ("in more than 25 years",
"depuis plus de 25 ans").

Not a first of the clause's subject followed by its verb ("The first firefighters
arrived in 10 minutes", "Officials said the first firefighters arrived in 10 minutes",
"Les premiers pompiers sont arrivés en dix minutes", "The first firefighters will arrive
in 10 minutes"): the first ones of a group, and how long they took or when they will
come (reader.analysis.times.durations asks :func:`first_of_subject` with a unit shorter than a
month, and reads the tense from the first on).
"""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern

_HEDGE = (
    r"(?:(?:more\s+than|over|almost|nearly|about|some|mehr\s+als|über|fast|fast\s+schon"
    r"|knapp|rund|plus\s+de|près\s+de|presque|environ|más\s+de|casi|cerca\s+de|unos|unas"
    r"|più\s+di|quasi|circa|oltre|mais\s+de|quase|cerca\s+de)\s+)?"
)
# the first time or a superlative, then words with no clause mark, then the span's
# preposition, by language (None: English)
_FIRST_OR_MOST = {
    None: r"\b(?:first|worst|best|biggest|largest|greatest|highest|lowest|heaviest"
    r"|deadliest|strongest|hottest|coldest|wettest|driest|warmest|longest|fastest"
    r"|most|least|record)\b",
    "German": r"(?:\b(?:erste[nmrs]?|erstmals|erstmalig)\b|\b(?-i:[a-zäöüß]+)(?<!ss)ste[nmrs]?\b"
    r"|\bmeisten\b)",
    "French": r"\b(?:premier|première|premiers|premières|pire|pires|(?:le|la|les)\s+plus"
    r"|(?:le|la|les)\s+moins|(?:le|la|les)\s+meilleur(?:e|s|es)?|record)\b",
    "Spanish": r"\b(?:primer|primera|primeros|primeras|peor|peores|mayor|mayores|menor"
    r"|menores|mejor|mejores|récord|más(?!\s+de\b)|menos(?!\s+de\b))",
    "Italian": r"\b(?:prim[oaie]|peggior[ei]?|maggior[ei]?|migliori?|minor[ei]?|record"
    r"|più(?!\s+di\b)|meno(?!\s+di\b))",
    "Portuguese": r"\b(?:primeir[oa]s?|pior|piores|maior|maiores|menor|menores|melhor"
    r"|melhores|recorde|mais(?!\s+de\b)|menos(?!\s+de\b))",
}
_PREPOSITION = {
    None: r"in",
    "German": r"seit",
    "French": r"depuis|en",
    "Spanish": r"en|desde\s+hace",
    "Italian": r"in|da",
    "Portuguese": r"em|desde\s+há",
}
_SPAN_BEFORE = {
    language: LazyPattern(
        rf"{first}[^,;:.!?()\u2014\u2013\"]{{0,60}}?\b(?:{_PREPOSITION[language]})\s+{_HEDGE}$",
        re.IGNORECASE,
    )
    for language, first in _FIRST_OR_MOST.items()
}


def compared_span(text: str, start: int, language: str | None) -> bool:
    """The length starting at ``start`` of ``text`` (in ``language``, None for English)
    is the span a first time or a record is told against ("the first time in 25
    years")."""
    pattern = _SPAN_BEFORE.get(language)
    return pattern is not None and pattern.search(text, max(0, start - 90), start) is not None


# an ordinal "first" with its article opening a clause, the subject's ("The first
# firefighters", "Les premiers pompiers", "Los primeros bomberos", "I primi soccorritori",
# "Os primeiros bombeiros"); not "the first time", which is told against a span
_SUBJECT_FIRST = {
    None: r"the\s+first",
    "French": r"(?:le|la|les)\s+premi(?:er|ère|ers|ères)",
    "Spanish": r"(?:el|la|los|las)\s+primer(?:o|a|os|as)?",
    "Italian": r"(?:il|lo|la|i|gli|le)\s+prim[oaie]",
    "Portuguese": r"(?:o|a|os|as)\s+primeir[oa]s?",
}
# what opens the clause of a subject after it: a clause mark, "that" and its like, a
# verb of saying ("Officials said the first firefighters arrived", "a indiqué que les
# premiers pompiers", "dijo que los primeros bomberos", "ha detto che i primi")
_OPENER = (
    r"(?:^|[,;:(\u2014\u2013\"]\s*|\b(?:that|said|says|say|reported|added|stated|noted"
    r"|explained|confirmed|recalled|que|che)\s+)"
)
_FIRST_OPENING = {
    language: LazyPattern(
        rf"{_OPENER}(?P<first>{first})\s+(?!(?:time|fois|vez|volta)\b)"
        rf"[^,;:.!?()\u2014\u2013\"]{{0,60}}?\b(?:{_PREPOSITION[language]})\s+{_HEDGE}$",
        re.IGNORECASE,
    )
    for language, first in _SUBJECT_FIRST.items()
}


def first_of_subject(text: str, start: int, language: str | None) -> int | None:
    """Where the first told before the length starting at ``start`` of ``text`` (in
    ``language``) starts, when it is an ordinal of the subject opening its clause ("The
    first firefighters arrived in 10 minutes", "Officials said the first firefighters
    arrived in 10 minutes"), not a first time; else None."""
    pattern = _FIRST_OPENING.get(language)
    found = pattern.search(text, 0, start) if pattern is not None else None
    return found.start("first") if found is not None else None

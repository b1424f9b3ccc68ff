"""The Italian and Spanish verb "ha" ("has") after a figure, which is no hectare: "la
scossa di 6 ha colpito", "el sismo de 6 ha sido fuerte" count nothing, while "600 ha di
bosco", "600 ha." and "600 ha bruciati" count hectares. The verb is told by the perfect it
opens: a past participle after it (an adverb or two between), which after "ha" keeps its
masculine singular ending in -o ("colpito", "provocato", "detto", "sido", "dejado"); one
agreeing with hectares ends in -i, -e or -as ("600 ha bruciati", "600 ha quemadas")."""

from __future__ import annotations

import re

# the languages whose "ha" is a verb
_VERB_HA_LANGUAGES = frozenset({"Italian", "Spanish"})
# "ha" spaced after a figure, adverbs after it ("ha già colpito", "ha sempre detto")
_HA_THEN = re.compile(
    r"\s+ha\s+(?:(?:già|gia|anche|ancora|appena|sempre|poi|inoltre|ya|también|tambien"
    r"|recién|recien)\s+)*(?P<word>\w+)\b",
    re.IGNORECASE,
)
# words ending in -o after "ha" that open no perfect: prepositions and a few others
# ("600 ha dopo l'incendio", "600 ha nello scorso anno")
_NOT_PARTICIPLES = frozenset(
    [
        "dopo",
        "dello",
        "nello",
        "allo",
        "sullo",
        "dallo",
        "collo",
        "tutto",
        "circa",
        "verso",
        "contro",
        "dentro",
        "presso",
        "entro",
        "solo",
        "sólo",
        "como",
        "pero",
        "cuando",
        "nuevo",
    ]
)


def verb_ha(text: str, end: int, language: str | None) -> bool:
    """Whether the "ha" spaced after a figure ending at ``end`` of ``text``, an article's
    in ``language``, is the verb "has", a participle after it: no unit of area."""
    if language not in _VERB_HA_LANGUAGES:
        return False
    found = _HA_THEN.match(text, end)
    if found is None:
        return False
    word = found.group("word").lower()
    return len(word) >= 4 and word.endswith("o") and word not in _NOT_PARTICIPLES

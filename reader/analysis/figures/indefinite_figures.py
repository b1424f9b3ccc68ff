"""Figures of some one thing among several, told as existing with nobody named: "There's
at least one offer out there better than eight years and $184 million" is some offer,
not the one another report gives a club ("the Nationals have offered $160 million") or
tells as the deal ("could be up to $180 million"). Such a figure compares only with
another of its kind."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.figure_owners import figure_owner
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS


def of_some_one(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of sentence ``f`` is told of some one thing among several that the
    sentence says exists ("there's at least one offer", "il y a au moins une offre", "es
    gibt mindestens ein Angebot", "hay al menos una oferta", "c'è almeno un'offerta", "há
    pelo menos uma oferta", "there is another offer"), with no name between and no owner
    of its own (reader.analysis.figures.figure_owners)."""
    text, base = f.unit.text, f.unit.span.start
    start = m.span.start - base
    some = None
    for found in _SOME_ONE.finditer(text, 0, start):
        some = found
    if some is None or start - some.end() > _REACH or _CLAUSE_END.search(text, some.end(), start):
        return False
    if _WORD.search(text, some.end(), start) is None:
        return False  # "there were another 20 injured": the figure is what is counted
    if any(some.end() <= n.span.start - base < start and n.key not in DEMONYMS for n in f.names):
        return False
    return figure_owner(f, m) is None


_REACH = 100  # characters from the thing said to exist to its figure, at most
_CLAUSE_END = re.compile(r"[;:.!?]\s")
_WORD = re.compile(r"[^\W\d_]")
# "there's at least one", "there is another", "il y a au moins une", "il y a une autre",
# "es gibt mindestens ein", "es gibt ein weiteres", "hay al menos una", "hay otra", "c'è
# almeno un", "c'è un'altra", "há pelo menos uma", "há outra" (not a bare article: "there
# is a toll of 40" is the toll)
_SOME_ONE = re.compile(
    r"\b(?:there\s*(?:['\u2019]s|is|are|was|were|have\s+been|has\s+been)\s+"
    r"(?:(?:at\s+least|more\s+than|still)\s+one|another)"
    r"|il\s+y\s+a\s+(?:(?:au\s+moins|encore)\s+une?|une?\s+autre)"
    r"|es\s+gibt\s+(?:mindestens\s+ein\w*|noch\s+ein\w*|ein\w*\s+(?:weitere|andere)\w*)"
    r"|hay\s+(?:(?:al|por\s+lo)\s+menos\s+una?|otr[oa])"
    r"|c['\u2019]\s*è\s+(?:almeno\s+un[oa'\u2019]?|un['\u2019]?\s*altr[oa])"
    r"|há\s+(?:(?:pelo|ao)\s+menos\s+uma?|outr[oa])"
    r")\b",
    re.IGNORECASE,
)

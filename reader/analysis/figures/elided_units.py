"""Counts in a list whose noun is said once: "the CDU 41 seats, the SPD 33 and the AfD
24", "auf die CDU 40 Sitze, auf die SPD 33, auf die AfD 25", "Labour won 412 seats, the
Conservatives 121 and the Liberal Democrats 72". Each bare figure after the first, told
of a name and joined to the one before by a comma or "and", counts what the first counts,
so "die AfD 24" and "die AfD 25" compare as two counts of seats. A figure followed by a
noun of its own keeps it, and one told of no name ("in 2021 41 Mandate und 33") is left
alone.

Such an item's figure after a capitalised name is no model's or road's number ("the
Conservatives 121" as "on Oregon 214"): :func:`listed_after_count` tells
:mod:`reader.analysis.figures.figure_names` so.
"""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.mention import Mention

# the words joining two items of a list, in the languages read: "and", "und", "et", "y",
# "e", "en", "och", "sowie"
_AND = r"(?:and|und|sowie|et|y|e|en|och)"
# from the end of one item's figure (or its noun) to the next one's figure: a comma or
# "and", up to three small words ("auf die", "the"), a name of one to three capitalised
# words ("the Liberal Democrats", "die Grünen", "das BSW")
_BETWEEN = re.compile(
    rf"(?:\s*,\s*(?:{_AND}\s+)?|\s+{_AND}\s+)(?:[a-zäöüßàâçéèêëîïôûùœáíóúñãõå']+\s+){{0,3}}"
    r"(?:[A-ZÄÖÜÀ-Þ][\w'/.-]*\s+){1,3}$"
)
# a list's items before a bare figure, from the first told with its noun: "312 seats, the
# Conservatives 121 and the Liberal Democrats " (an article at most before each name)
_NAME = r"(?:the\s+)?(?:[A-Z][\w'/.-]*\s+){1,3}"
_SEPARATOR = rf"(?:\s*,\s*(?:{_AND}\s+)?|\s+{_AND}\s+)"
_LISTED = re.compile(
    rf"\b\d[\d,.]*\s+[a-z][\w-]*(?:{_SEPARATOR}{_NAME}\d[\d,.]*)*{_SEPARATOR}{_NAME}$"
)
# what ends an item of the list after its bare figure: a comma, a stop, "and", a bracket
_ITEM_END = re.compile(rf"\s*(?:[,;.)]|$)|\s+{_AND}\b")


def elided_units(text: str, base: int, numbers: list[Mention]) -> list[Mention]:
    """``numbers`` (the figures of ``text``, a sentence starting at ``base``, in order),
    each bare count in a list after a count of a noun read as counting that noun."""
    out: list[Mention] = []
    for m in numbers:
        last = out[-1] if out else None
        if last is not None and _elided(text, base, last, m):
            m = dataclasses.replace(m, unit_word=last.unit_word)
        out.append(m)
    return out


def _elided(text: str, base: int, last: Mention, m: Mention) -> bool:
    """Count ``m`` says no noun and is the next item of a list whose item before it is
    ``last``, a count of a noun."""
    if m.unit_word or not m.key.startswith("num:") or m.qualifier:
        return False
    if not last.unit_word or not last.key.startswith("num:") or last.qualifier:
        return False
    start, end = m.span.start - base, m.span.end - base
    # past the noun of the item before ("41 Mandate"), not past a joining word ("13 und")
    noun = re.match(r"\s*([^\W\d_]+)", text[last.span.end - base :])
    own = noun is not None and re.fullmatch(_AND, noun.group(1)) is None
    after_last = last.span.end - base + (noun.end() if own and noun is not None else 0)
    between = text[after_last:start]
    return _BETWEEN.fullmatch(between) is not None and _ITEM_END.match(text, end) is not None


def listed_after_count(text: str, start: int, end: int) -> bool:
    """True when the figure at ``text[start:end]``, after a capitalised name, is an item
    of a list whose first item is a count of a noun: "72" of "Labour won 312 seats, the
    Conservatives 121 and the Liberal Democrats 72." (not "on Oregon 214", "two Boeing
    747 jets")."""
    return (
        _LISTED.search(text, max(0, start - 160), start) is not None
        and _ITEM_END.match(text, end) is not None
    )

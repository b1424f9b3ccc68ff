"""A given name before a word that closes places: a place ("Beverly Hills", "Ann Arbor"),
unless the text tells of a person ("Carla Hills", a US trade representative).

No table tells "Beverly Hills" from "Carla Hills": both open with a given name the lists
hold and close with "Hills" (reader.ingest.place_words.PLACE_CLOSERS). Such a name reads
as a place; the text around it makes it a person's when it gives the name a person's
title ("Ambassador Carla Hills", "Mrs. Hills"), a verb of saying ("Carla Hills said",
"said Carla Hills", "Carla Hills, the trade representative, told") or a relative pronoun
of people ("Carla Hills, who"), or uses the surname alone as a person's ("Hills said":
not after another capitalised word, as in "Beverly Hills said"). Read by the bylines
(reader.ingest.byline_places) and the analysis (reader.analysis.conflicts.substituted_names,
substituted_places, name_ends).
"""

from __future__ import annotations

import re

from reader.ingest.given_names import is_given_name
from reader.ingest.place_words import PLACE_CLOSERS

# a person's titles right before the name or the surname
_TITLES = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Ambassador|Secretary|Representative|Rep"
    r"|Senator|Sen|Governor|Gov|President|Minister|Judge|Professor|Prof|Mayor)\.?"
)
_SAYS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|recalled)"
_WHO = r"(?:who|whose)"


def closed_place(name: str) -> bool:
    """``name`` opens with a given name and ends with a word that closes places: "Beverly
    Hills", "Ann Arbor", "Carla Hills"."""
    words = name.split()
    return (
        len(words) > 1
        and is_given_name(words[0])
        and words[-1].casefold().rstrip(".") in PLACE_CLOSERS
    )


def person_by_text(text: str, name: str) -> bool:
    """``text`` tells of ``name`` (its words in any case) as a person, as the module says:
    a title before it or its surname, a verb of saying or "who" after it, or the surname
    alone saying something; not a place's name after a preposition ("the city of Beverly
    Hills said") nor before "which" ("Beverly Hills, which ..., said")."""
    if not text:
        return False
    words = name.split()
    whole = r"\s+".join(re.escape(w) for w in words)
    surname = re.escape(words[-1])
    told = rf"\b{_TITLES}\s+(?i:{whole}|{surname})(?!\w)|\b{_SAYS}\s+(?i:{whole})(?!\w)"
    if re.search(told, text):
        return True
    saying = rf"(?:{_APPOSITION})?\s+{_SAYS}\b|,?\s+{_WHO}\b"
    for m in re.finditer(rf"(?<!\w)(?i:{whole}|{surname})(?={saying})", text):
        before = text[: m.start()].split()[-1:]
        if before and before[0].casefold() in _PLACE_BEFORE:
            continue  # "the city of Beverly Hills said"
        whole_name = len(m.group().split()) == len(words)
        if whole_name or not before or not before[0][:1].isupper() or before[0][-1] in ".:":
            return True  # "Carla Hills said"; "Hills said", not "Beverly Hills said"
    return False


# an apposition after a name, not a place's ("Carla Hills, the trade representative,")
_APPOSITION = r",(?!\s*(?:which|where|that)\b)[^,\n]{1,60},"
# words before a place's name, which then says nothing itself
_PLACE_BEFORE = frozenset("of in at from near to into across".split())  # noqa: SIM905

"""A sentence's first word is capitalised whatever it is.

"People fled their homes", "Riots spread to Thessaloniki", "Officials said": the sentence
rules take a capitalised word for a name, so such openers became entities that matched
each other across the articles ("People" with "People", the magazine). Only the pair
tells "Riots spread" from "Putin said": a lone capitalised word opening a sentence, with
the sentence going on in small letters, is no name when the pair writes it in small
letters elsewhere ("the riots") or when it is a noun for people ("People").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.headlines import headline_case
from reader.analysis.lexicon import PERSON_NOUNS

_SMALL_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
_FIRST_WORD = re.compile(r"[\W_]*")
_GOES_ON_SMALL = re.compile(r"\s+[a-z]")


def drop_common_openers(*sides: Sequence[UnitFeatures]) -> None:
    """Remove, in place, the name that is only a common word opening its sentence."""
    units = [f for side in sides for f in side]
    small = {w.lower() for f in units for w in _SMALL_WORD.findall(f.unit.folded)}
    for f in units:
        if not f.names or headline_case(f.unit.folded):
            continue
        text, first = f.unit.folded, f.names[0]
        start = first.span.start - f.unit.span.start
        opens = _FIRST_WORD.match(text).end() == start  # type: ignore[union-attr]
        lone = " " not in first.surface and _GOES_ON_SMALL.match(text, start + len(first.surface))
        if opens and lone and (first.key in small or first.key in PERSON_NOUNS):
            f.names = f.names[1:]

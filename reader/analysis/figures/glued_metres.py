"""An "m" glued to a figure that tells metres: "the 20m fishing boat", "a 100m sprint", "a
wall 5m high", "a 20m-long boat".

"m" glued to a figure may be a million ("20m people", "the 20m who signed") as well as
a metre, and a currency sign before it makes it a million ("£20m": reader.analysis
.figures.numerals), so reader.analysis.figures.written_units reads no unit in it. Two
shapes are read as a length: the figure sizing a thing, after "a", "an" or "the"
and before a word in the singular ("the 20m fishing boat", against "the 20-metre boat");
and a figure before a word of extent ("5m high", "20m-long", "10m away"). A word of
people, a plural ("the 20m people", "a 5m euros"), a currency ("a 20m euro deal"), what
a sum is of ("a 20m contract") or a small word ("the 20m who") after it leaves it
unread.
"""

from __future__ import annotations

import re

from reader.analysis.figures.money_words import currency_after
from reader.analysis.figures.written_units import unit_word_after
from reader.analysis.words.lexicon import PEOPLE_WORDS, PERSON_NOUNS, STOPWORDS

__all__ = ["METRE", "glued_metres"]

METRE = unit_word_after(" metres", 0)  # the word a figure of metres counts

_EXTENT = re.compile(
    r"m(?:[\s-](?:long|high|tall|deep|wide)|\s+(?:away|below|above|underwater|offshore))\b"
)
_WORD_AFTER = re.compile(r"m\s+(?P<word>[a-z][a-z-]*)\b(?!['’])")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:a|an|the)\s+$", re.IGNORECASE)
_PEOPLE = PERSON_NOUNS | PEOPLE_WORDS | frozenset(("men", "women", "children"))
# what a sum in millions is of, told without its currency ("a 20m contract", "the 20m
# deal"): no length
_PRICED = frozenset(
    """
    deal contract fee bid budget fund loan package payout settlement investment project
    scheme transfer offer grant bonus fine salary wage pay price sale takeover stake
    merger debt bailout programme program plan
    """.split()  # noqa: SIM905
)


def glued_metres(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is followed by an "m" glued to it that tells
    metres ("the 20m fishing boat", "5m high")."""
    if _EXTENT.match(text, end) is not None:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None or _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    word = after.group("word")
    return (
        not word.endswith("s")
        and word not in STOPWORDS
        and word not in _PEOPLE
        and word not in _PRICED
        and not currency_after(text, after.start("word") - 1)
    )

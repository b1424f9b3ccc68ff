"""A count of a group told by a word before its noun: "two teenaged children", "200
security personnel", "20 armed police" count children, personnel and police, of a kind
the word tells. Such a count is a number of the group's noun (equal figures are shared
with "two children", "200 personnel"), but it may be a part of what a count of the noun
alone counts: "a wife and two teenaged children" does not contradict "a wife and three
children" (ECB+ 8_3ecb / 8_7ecb, where the other article's sentence is of another man),
nor "200 security personnel" "300 personnel". Two counts of the group told by the same
word still compare ("two teenaged children" against "three teenaged children").

A plural after such a word was read so before ("two pirate boats" against "three boats"
is reported) and is left as it was: the word is read before a group noun only, where
it was counted itself until now (reader.analysis.figures.counted_words).
"""

from __future__ import annotations

import re

from reader.analysis.figures.counted_words import COUNT_MODIFIERS, COUNTED_GROUPS
from reader.analysis.words.lexicon import STOPWORDS
from reader.analysis.words.stems import stem

# the word after a figure and the group noun after it: " teenaged children"
_KIND_AND_GROUP = re.compile(r" ([a-z]+(?:-[a-z]+)*) ([a-z]+)\b")


def narrowing(text: str, end: int, unit_word: str) -> str:
    """The stem of the word telling what kind of a group a figure ending at ``end`` of
    ``text`` counts, when it counts the group noun after that word (``unit_word``):
    "teenag" of "two teenaged children", "secur" of "200 security personnel"; '' for any
    other count ("12 crew members", "two other children", "two pirate boats")."""
    m = _KIND_AND_GROUP.match(text, end)
    if m is None or m.group(2) not in COUNTED_GROUPS or stem(m.group(2)) != unit_word:
        return ""
    word = m.group(1)
    if word in STOPWORDS or word in COUNT_MODIFIERS or word in COUNTED_GROUPS:
        return ""
    return stem(word)

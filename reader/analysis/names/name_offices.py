"""The office a sentence tells a name with: the words of a title right before it ("Town
Manager Rick Alvarez", "Fire Chief Dana Whitcomb") or set off right after it ("said Rick
Alvarez, the town manager"). Two sentences sharing a name and its office share who they
tell of, not what they say of them."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.job_words import JOB_NOUNS
from reader.analysis.names.offices import OFFICES
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern

# up to three words right before a name, with nothing between them ("Town Manager ")
_RUN_BEFORE = LazyPattern(r"(?:[^\W\d_][\w'’-]*\s+){1,3}$")
# a title set off after a name: ", the town manager", ", its chief executive" (then a
# clause mark or the sentence's end)
_SET_OFF_AFTER = LazyPattern(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)"
    r"\s*(?:[,;:.!?)]|$)",
    re.IGNORECASE,
)


def office_stems(f: UnitFeatures, name: Mention) -> frozenset[str]:
    """The stems of the office words sentence ``f`` tells ``name`` with: the run of words
    right before it when the last is an office ("Town Manager", "Mayor"), the words set
    off after it when they end in one (", the town manager"); none otherwise."""
    text, base = f.unit.text, f.unit.span.start
    start, end = name.span.start - base, name.span.end - base
    out: set[str] = set()
    before = _RUN_BEFORE.search(text, 0, start)
    if before is not None:
        words = before.group().split()
        # the run may open with words of the sentence ("said Town Manager"): an office
        # right before the name with the capitalised words before it ("Town Manager"), or
        # the office words alone in small letters ("said deputy manager")
        k = len(words)
        if _office(words[-1]):
            capital = words[-1][:1].isupper()
            while k > 0 and ((capital and words[k - 1][:1].isupper()) or _office(words[k - 1])):
                k -= 1
        out.update(_stem(w) for w in words[k:])
    after = _SET_OFF_AFTER.match(text, end)
    if after is not None and _office(after.group(1).split()[-1]):
        out.update(_stem(w) for w in after.group(1).split())
    return frozenset(out)


def _office(word: str) -> bool:
    low = word.lower().strip(".")
    return low in OFFICES or low in JOB_NOUNS


def _stem(word: str) -> str:
    return stem(word.lower().strip(".'’"))


def told_with_office(
    fa: UnitFeatures, fb: UnitFeatures, name: Mention, words: tuple[str, ...]
) -> bool:
    """Each of ``words`` (evidence two sentences share besides ``name``, a name of
    ``fa``) is a word of the office both sentences tell that name with ("town",
    "manager" of "Town Manager Rick Alvarez" and "Rick Alvarez, the town manager")."""
    partners = [n for n in fb.names if n.key == name.key]
    if not partners:
        return False
    own = office_stems(fa, name)
    other = frozenset().union(*(office_stems(fb, n) for n in partners))
    both = own & other
    return all(_stem(w) in both for w in words)

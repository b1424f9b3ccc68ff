"""Capitalised words that tag a figure or a name, no name of their own: a figure's unit
written in capitals ("2,000 IU": reader.analysis.names.figure_units), and a legislator's
party-and-state tag after their name ("Sen. Howard Brisco (R-Maine)", "Sen. Maria
Ortega (D-N.M.)", "Sen. Ellen Vasquez-Trent, R-Alaska, ...", "Rep. Jan Moss (D-New
Mexico)"). Read as names, the tags were entities two reports of one Senate vote shared
("R-Maine" with "R-Maine"), though they tell only whose party and state the senator
before them is of."""

from __future__ import annotations

from reader.analysis.names.figure_units import figure_unit
from reader.lazy_regex import LazyPattern

__all__ = ["tag_words"]

# a name, then a party's letter and its hyphen, in brackets or set off by a comma:
# "Brisco (R-", "Vasquez-Trent, R-", "Rahall II (D-"
_PARTY_BEFORE = LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*\.?(?:\s*\(|,\s+)(?:R|D|I)-(?:[A-Z]\.\s)?$")
# the tag's end: its bracket or comma, or the sentence's ("Sen. Brisco, R-Maine.")
_TAG_END = LazyPattern(r"\.?\s*(?:\)|,|;|\.|$)")
_LONGEST_STATE = 3  # words: "New South Wales" aside, "North Carolina", "D-W. Va."


def tag_words(text: str, offset: int, words: list[tuple[int, str]]) -> bool:
    """The run of capitalised ``words`` at ``offset`` of ``text`` (each word's offset
    within the run, and the word) is a tag, no name: a figure's unit alone ("IU"), or a
    party-and-state tag."""
    if not words:
        return False
    start = offset + words[0][0]
    if len(words) == 1 and figure_unit(text, start, words[0][1]):
        return True
    end = offset + words[-1][0] + len(words[-1][1])
    return (
        len(words) <= _LONGEST_STATE
        and _PARTY_BEFORE.search(text, max(0, start - 60), start) is not None
        and _TAG_END.match(text, end) is not None
    )

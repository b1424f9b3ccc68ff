"""What a percentage of a results story is of, where its sentence says: the turnout, or a
poll's figure before the vote.

Nearly every sentence of an election's report is a percentage: a party's share ("won
52.3% of the vote"), the turnout ("Turnout was 64%", "63.8 percent of voters cast a
ballot"), a poll's figure ("A final poll ... had put the alliance at 48%"). Two linked
sentences' percentages compare only when they are of one such thing
(:func:`percent_subject`): the turnout is no party's share, and a poll before the vote
tells another occasion than the result (a poll against a poll still compares).
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

TURNOUT = "turnout"
POLL = "poll"


def percent_subject(f: UnitFeatures, m: Mention) -> str:
    """What percentage ``m`` of sentence ``f`` is of: TURNOUT when its clause tells the
    turnout ("Turnout was 64%", "63.8 percent of voters cast a ballot"), POLL when a poll
    or survey told before it in the sentence gives it ("A poll ... had put the alliance at
    48%"), else '' (a share, or what the sentence does not say); '' for any other figure.
    A figure set against an earlier one of its sentence ("64%, against 58% in 2020", "up
    from 58%") is of what that one is of."""
    if not m.key.startswith("pct:"):
        return ""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    if _SET_AGAINST.search(before):
        # "Turnout was 64%, the commission said, against 58% in 2020": the 58% is a
        # turnout too, as the figure it is set against
        earlier = [x for x in f.numbers if x.key.startswith("pct:") and x.span.end <= m.span.start]
        if earlier:
            return percent_subject(f, earlier[-1])
    if _TURNOUT.search(before + " " + after):
        return TURNOUT
    if _POLL.search(text[:start]) and not _RESULT.search(text[:start]):
        return POLL
    return ""


def _words(*alternatives: str) -> LazyPattern:
    """Any of ``alternatives`` as whole words."""
    return LazyPattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


# the turnout: "turnout", "of voters cast a ballot", "of the electorate voted"
_TURNOUT = _words(
    r"turnout",
    r"of\s+(?:(?:registered|eligible)\s+)?(?:voters|the\s+electorate)\s+"
    r"(?:cast|voted|turned\s+out|went\s+to\s+the\s+polls)",
)
# a figure set against another told before it, of the same thing
_SET_AGAINST = LazyPattern(
    r"(?<!\w)(?:against|compared\s+(?:with|to)|(?:up|down)\s+from|from)\s+$", re.IGNORECASE
)
# a poll or a survey, the subject of a figure told after it (not "went to the polls")
_POLL = _words(r"(?<!to\sthe\s)(?:opinion\s+|exit\s+)?polls?", r"surveys?", r"polling")
# a result told before the figure, which the poll is measured against ("won 52.3%, more
# than polls predicted" tells the poll after its figure; "than polls" before it)
_RESULT = _words(r"than\s+(?:the\s+)?(?:polls?|surveys?)")

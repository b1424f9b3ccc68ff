"""What a percentage of a results story is of, where its sentence says: the turnout, a
poll's figure before the vote, a company's margin of one kind, or a change.

Nearly every sentence of an election's report is a percentage: a party's share ("won
52.3% of the vote"), the turnout ("Turnout was 64%", "63.8 percent of voters cast a
ballot"), a poll's figure ("A final poll ... had put the alliance at 48%"). Two linked
sentences' percentages compare only when they are of one such thing
(:func:`percent_subject`): the turnout is no party's share, and a poll before the vote
tells another occasion than the result (a poll against a poll still compares). A
company's results tell margins ("Gross margin was 61.4%", "an operating margin of 18.2%":
one per kind, none another's) and rates of change ("revenue rose 12%", "up 24 per
cent", "a decrease of 8%"), which are not shares ("makes up 44 per cent of revenue").
A central bank's decision tells inflation ("Consumer prices rose 3.4%", "Inflation stood
at 3.7 per cent": one measure however named, core inflation another) beside its target
("the bank's 2% target"), which is no rate measured, and growth ("grow 1.2%").
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

TURNOUT = "turnout"
POLL = "poll"
CHANGE = "change"
MARGIN = "margin"  # followed by its kind: "margin gross", "margin operating"
INFLATION = "inflation"  # "inflation core" for core inflation
TARGET = "target"
RATING = "rating"


def percent_subject(f: UnitFeatures, m: Mention) -> str:
    """What percentage ``m`` of sentence ``f`` is of: TURNOUT when its clause tells the
    turnout ("Turnout was 64%", "63.8 percent of voters cast a ballot"), POLL when a poll
    or survey told before it in the sentence gives it ("A poll ... had put the alliance at
    48%") or the sentence says after it that one found it ("Okafor leads 42% to 38%,
    according to a new poll", "..., a survey found"), MARGIN and its kind when its clause
    names a margin of a kind before it ("Gross margin was 61.4%"), TARGET when it is a
    target ("its 2% target", "a target of 2%"), RATING when its clause names a rating of
    someone before it ("Okafor's favorability rating stands at 47 percent": no share of a
    vote), INFLATION (with " core" for core inflation) when its clause names inflation or
    consumer prices before it ("Consumer prices rose 3.4%", "Inflation stood at 3.7 per
    cent"), CHANGE when it is by how much something rose or fell ("revenue rose 12%", "an
    increase of 12%", "a 12% rise"), else '' (a share, or what the sentence does not say);
    '' for any other figure.
    A figure set against an earlier one of its sentence ("64%, against 58% in 2020", "up
    from 58%", "down from the 1.5% it forecast") is of what that one is of."""
    if not m.key.startswith("pct:"):
        return ""
    row = f.unit.row
    if row is not None and any(cell.contains(m.span) for cell in row.percent):
        return _of_table(row.title)
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    if _SET_AGAINST.search(before):
        # "Turnout was 64%, the commission said, against 58% in 2020": the 58% is a
        # turnout too, as the figure it is set against
        earlier = [x for x in f.numbers if x.key.startswith("pct:") and x.span.end <= m.span.start]
        if earlier:
            return percent_subject(f, earlier[-1])
    if _TURNOUT.search(before) or _turnout_after(after, f, m):
        return TURNOUT
    margins = list(_MARGIN.finditer(before))
    if margins:
        return f"{MARGIN} {margins[-1].group(1).lower().replace('-', '')}"
    if _TARGET_AFTER.match(after) or _TARGET_BEFORE.search(before):
        return TARGET
    if _RATING.search(before):
        return RATING
    inflation = list(_INFLATION.finditer(before))
    if inflation:
        return f"{INFLATION} core" if inflation[-1].group(1) else INFLATION
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
        return CHANGE
    if _POLL.search(text[:start]) and not _RESULT.search(text[:start]):
        return POLL
    if _BY_A_POLL.search(text, end):
        return POLL
    return ""


def _of_table(title: str) -> str:
    """What the shares of a table's column are of, by the table's ``title``: TURNOUT when
    it names the turnout, POLL when it names a poll or asks a poll's question ("If the
    election were held today, for whom would you vote? (likely voters, %)"), else ''."""
    if _TURNOUT.search(title):
        return TURNOUT
    if _POLL.search(title) or "?" in title:
        return POLL
    return ""


def _turnout_after(after: str, f: UnitFeatures, m: Mention) -> bool:
    """Whether the turnout told in ``after`` (the clause after ``m``) is ``m``'s: not when
    another percentage of the sentence stands between them, which it is of ("78% of
    members voted to strike on a 64% turnout": the 64% is the turnout, 78% a share)."""
    found = _TURNOUT.search(after)
    if found is None:
        return False
    word = m.span.end + found.start()
    return not any(
        x.key.startswith("pct:") and m.span.end <= x.span.start < word for x in f.numbers
    )


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
    r"(?<!\w)(?:against|compared\s+(?:with|to)|(?:up|down)\s+from|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a poll or a survey, the subject of a figure told after it (not "went to the polls")
_POLL = _words(r"(?<!to\sthe\s)(?:opinion\s+|exit\s+)?polls?", r"surveys?", r"polling")
# a poll or a survey told after the figure as what found it: "according to a new
# Brightline Research poll", "a survey found", "the poll shows"
_BY_A_POLL = LazyPattern(
    r"(?<!\w)(?:according\s+to\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:(?:opinion\s+)?polls?|surveys?)|(?:polls?|surveys?)\s+(?:found|finds|shows?|showed"
    r"|suggests?|suggested))(?!\w)",
    re.IGNORECASE,
)
# a rating of someone told before the figure ("favorability rating", "approval rating",
# "net approval of"), which is no share of a vote
_RATING = _words(
    r"(?:favou?rability|approval|disapproval|popularity)(?:\s+ratings?|\s+scores?)?",
    r"(?:favou?rable|unfavou?rable)\s+ratings?",
)
# a result told before the figure, which the poll is measured against ("won 52.3%, more
# than polls predicted" tells the poll after its figure; "than polls" before it)
_RESULT = _words(r"than\s+(?:the\s+)?(?:polls?|surveys?)")
# a margin of a kind told before the figure ("Gross margin was 61.4%", "an operating
# margin of 18.2%"); a margin alone ("won by a margin of 4%") is left as it was
_MARGIN = _words(
    r"(gross|operating|net|profit|ebitda|ebit|pre-?tax|underlying|contribution)"
    r"(?:\s+profit)?\s+margins?"
)
# inflation told before the figure, however named ("Inflation stood at 3.7 per cent",
# "Consumer prices rose 3.4%", "the consumer price index was up 3.4%", "core inflation
# of 2.9%": core inflation is another measure)
_INFLATION = _words(
    r"(core\s+|underlying\s+)?(?:inflation|consumer[\s-]+prices|consumer[\s-]+price\s+index"
    r"|cpi)"
)
# a target told with the figure ("its 2% target", "a 2 per cent inflation target", "a
# target of 2%"), which is no rate measured
_TARGET_AFTER = LazyPattern(r"\s*(?:inflation\s+)?(?:target|goal|objective)\b", re.IGNORECASE)
_TARGET_BEFORE = _words(r"(?:target|goal|objective)\s+(?:of|is|was|at)\s*$")
# by how much something changed, told right before the figure ("rose 12%", "up 24 per
# cent", "an increase of 12%", "fell by 8%"; not "rose to 12%", "up from 41%", "makes up
# 44 per cent of"), or before a hedge of it ("down more than 7 per cent")
_CHANGE_BEFORE = LazyPattern(
    r"(?<!\w)(?:(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)up|down|"
    r"(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|"
    r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|slid|slump(?:s|ed)?|"
    r"plunge[sd]?|surge[sd]?|soar(?:s|ed)?|gain(?:s|ed)?|declined?|decreased?|"
    r"increased?|shr[aiu]nk|slipped|tumbled|edged\s+(?:up|down))(?:\s+by)?|"
    r"(?:an?\s+)?(?:increase|decrease|rise|decline|drop|fall|gain|growth|jump)\s+of)\s+"
    r"(?:(?:more\s+than|less\s+than|over|nearly|almost|about|around|some|roughly|"
    r"at\s+least|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)
# a change told after the figure: "a 12% rise", "12% higher", "12% year over year"
_CHANGE_AFTER = LazyPattern(
    r"\s*(?:increase|decrease|rise|decline|drop|fall|gain|growth|jump|higher|lower|"
    r"(?:year[\s-]+(?:over|on)[\s-]+year))(?!\w)",
    re.IGNORECASE,
)

"""Places told aside of someone named before them: a name after "from" (or "of" after a
person's age, as British papers give a hometown: "Smith, 42, of Leeds,"), or after "in",
"at" or "near" ending an act's words ("was sentenced at the federal court in"), with the
names of its larger places ("Leeds, England", "Hartford, Connecticut"), closed by a comma
before the clause of a figure after it. Such a place
tells where the one named before it comes from, or where the act of an earlier clause
happened ("Owen Thirlby, a 42-year-old from Leeds, England, was convicted in August on
three of five counts", "Thirlby, 42, of Headingley, was sentenced at the federal court in
Hartford, Connecticut, on Tuesday, after a jury found him guilty of four counts"), not
whose count the figure is (reader.analysis.figures.count_owners). A place opening the
figure's clause still is ("In Mexico, 12 people died"), as is one in the figure's own
clause ("Floods killed 12 people in Mexico"), one set off by a comma alone ("Storm Ana,
in Mexico, killed 12 people") or one told before anyone is named ("Floods in Mexico,
which killed 12 people"). A name right after another and "of" tells of that other, whatever
the clause ("with Bernard Cheruiyot of Kenya completing the podium in 2:04:30", "Dana
Reyes of Acme Corp earned $5 million": Cheruiyot's time, Reyes's pay)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.model import Span

# "a 42-year-old from Leeds", "Smith, 42, of Leeds"; "was sentenced at the federal court
# in Hartford": a place of an act told by words before it in its clause, not one set off
# by a comma alone ("Storm Ana, in Mexico, killed 12": where the toll is)
_PLACE_BEFORE = re.compile(
    r"(?:\bfrom|,\s*\d{1,3},\s+of|(?<![,(])\s+[^\W\d_]+\s+(?:in|at|near))\s+$", re.IGNORECASE
)
_LARGER_PLACE = re.compile(r",\s+")  # "Leeds, England"
_OF = re.compile(r"\s+of\s+")  # "Bernard Cheruiyot of Kenya"


def place_asides(f: UnitFeatures, names: Sequence[Mention], m: Mention) -> set[Span]:
    """The spans of ``names`` (of sentence ``f``, in order) told as places aside of
    someone named before them, in a clause before that of figure ``m``."""
    text, base = f.unit.text, f.unit.span.start
    start = m.span.start - base
    clause_start = start - len(figure_clause(text, start, m.span.end - base)[0])
    out: set[Span] = set()
    k = 0
    while k < len(names):
        n = names[k]
        at = n.span.start - base
        if k > 0 and _OF.fullmatch(text, names[k - 1].span.end - base, at) and at < start:
            out.add(n.span)
            k += 1
            continue
        if k == 0 or _PLACE_BEFORE.search(text, max(0, at - 30), at) is None:
            k += 1
            continue
        chain = [n]
        while k + len(chain) < len(names):
            after = names[k + len(chain)]
            gap = (chain[-1].span.end - base, after.span.start - base)
            if _LARGER_PLACE.fullmatch(text, *gap) is None:
                break
            chain.append(after)
        end = chain[-1].span.end - base
        if text.startswith(",", end) and end < clause_start:
            out.update(c.span for c in chain)
        k += len(chain)
    return out

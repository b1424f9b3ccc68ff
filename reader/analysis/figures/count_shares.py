"""A share told as a part of a counted whole and as a percentage: "1,950 of the 2,500
members who voted backed strike action" and "78% of members voted to walk out", "Seven
of the nine judges" and "78% of the judges". The part and the whole count nothing of
their own (reader.analysis.figures.parts_and_ranges); in linked sentences, the part of a
whole and a percentage with no partner yet, the part's share of the whole equal to the
percentage at its precision (78% holds 77.5 to 78.5, 28.4% 28.35 to 28.45), are a rough
Numbers match shown as the share the count makes ("1,950 of the 2,500 ≈ 78% (share:
78%)"). It is never a discrepancy: "1,950 of the 2,500" and "71%" may be two shares (of
the vote and of the members)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.fraction_parts import OF_WHOLE
from reader.analysis.figures.linked_figures import LinkedSentences, each_way
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern
from reader.model import Span

# between a part and its whole: "1,950 of the 2,500", "120 of its 400", "3 out of 5"
_OF = LazyPattern(r"\s+(?:out\s+)?" + OF_WHOLE, re.IGNORECASE)


def share_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each part of a counted whole of one side and percentage of the other, in linked
    sentences, that tell one share, the percentage with no partner yet: the two (A's
    first) and the evidence."""
    return each_way(linked, _agreeing)


def count_wholes(f: UnitFeatures) -> list[tuple[Mention, float]]:
    """The parts of a counted whole of sentence ``f``: each as one mention spanning the
    part and the whole ("1,950 of the 2,500"), with the share of the whole it is, in
    percent."""
    text, base = f.unit.text, f.unit.span.start
    counts = [m for m in f.numbers if m.key.startswith("num:")]
    starts = {m.span.start - base: m for m in counts}
    out: list[tuple[Mention, float]] = []
    for part in counts:
        of = _OF.match(text, part.span.end - base)
        whole = None if of is None else starts.get(of.end())
        if whole is None:
            continue
        share = 100 * float(part.key[4:]) / float(whole.key[4:])
        if not 0 < share < 100:
            continue
        span = Span(part.span.start, whole.span.end)
        told = text[span.start - base : span.end - base]
        out.append((Mention("number", f"pct:{share:g}", span, told), share))
    return out


def _agreeing(
    f: UnitFeatures, g: UnitFeatures, taken: Collection[Span]
) -> Iterator[tuple[Mention, Mention, str]]:
    """Each part of a whole of ``f`` and percentage of ``g`` (not ``taken``) telling one
    share, and the share the part makes at the percentage's precision."""
    told = count_wholes(f)
    if not told:
        return
    shares = [m for m in g.numbers if m.key.startswith("pct:") and m.span not in taken]
    for part_mention, share in told:
        for y in shares:
            value = y.key[4:]
            places = len(value.partition(".")[2])
            if abs(share - float(value)) <= 0.5 / 10**places:
                yield part_mention, y, f"(share: {share:.{places}f}%)"

"""The Matches table's Differs cell: a long discrepancy shown by what differs (Qt-free).

A quotation the two articles word differently is set apart by its words on each side:
"“ponte resterà chiuso per almeno tre” vs “viadotto resterà chiuso per almeno sei”".
The cell, as wide as two dates, cut it after "“ponte resterà chiuso per almeno…", both
differing words out of sight. In the cell the words both sides share, a run of
SHARED_RUN or more, give way to "…": "“ponte … tre” vs “viadotto … sei”"; the
tooltip, the status bar and the exports keep the whole detail."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

SHARED_RUN = 3  # shared words in a row cut out of the cell, at least
SHORT = 30  # a detail of at most this many characters fits the cell: kept whole
GAP = "…"
_QUOTED = re.compile(r"“([^“”]+)” vs “([^“”]+)”")


def differs_cell(detail: str) -> str:
    """``detail`` (one discrepancy's, or several joined by "; ") as the cell shows it:
    each "“...” vs “...”" of more than SHORT characters without the runs of words its
    two sides share."""
    if len(detail) <= SHORT:
        return detail
    return _QUOTED.sub(_shortened, detail)


def _shortened(found: re.Match[str]) -> str:
    a, b = found.group(1).split(), found.group(2).split()
    kept_a, kept_b = _without_shared(a, b)
    if kept_a == a:
        return found.group(0)
    return f"“{' '.join(kept_a)}” vs “{' '.join(kept_b)}”"


def _without_shared(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """The words of ``a`` and ``b`` with each run of SHARED_RUN or more words both have
    at one place (in order) as one GAP; unchanged when no such run leaves a word
    differing on either side."""
    out_a: list[str] = []
    out_b: list[str] = []
    matcher = SequenceMatcher(None, [w.casefold() for w in a], [w.casefold() for w in b])
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and i2 - i1 >= SHARED_RUN:
            out_a.append(GAP)
            out_b.append(GAP)
        else:
            out_a.extend(a[i1:i2])
            out_b.extend(b[j1:j2])
    if all(w == GAP for w in out_a) or all(w == GAP for w in out_b):
        return a, b  # nothing but shared words left on a side: show them whole
    return out_a, out_b

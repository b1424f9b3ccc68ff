"""The export header's sentence on what differs between the two articles, for a colleague
reading the export before its entries: the discrepancies, how many matched passages are
worded differently and how many word for word the same (reader.session.match_wording),
and how many passages only one article reports; then, when telling, how much of one
article is the other's words (reader.session.copied_share)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.export.entry import Entry
from reader.session.match_wording import SAME_WORDS

SHOWN_DETAILS = 3  # discrepancies named in the sentence, at most


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def changes_text(
    entries: Sequence[Entry], only: Sequence[Entry], with_only: bool = True, shares: str = ""
) -> str:
    """ "What differs: 1 discrepancy (23 vs 25); of the 17 claim and quote matches listed,
    5 are worded differently and 12 word for word the same; 4 passages only in A and 2
    only in B." ("" when the export lists no match and no passage only one reports); the
    passages only one reports are counted ``with_only`` (not when the export leaves them
    out, only annotated passages asked for). ``shares`` follows as a sentence of its own
    ("B's words: 65% word for word in A, 13% closely reworded, ...": the articles, not
    the entries listed, whatever the filter)."""
    said = _differs(entries, only, with_only)
    return " ".join(x for x in (said, f"{shares}." if shares else "") if x)


def _differs(entries: Sequence[Entry], only: Sequence[Entry], with_only: bool) -> str:
    details = [d for e in entries if not e.rejected for d in e.discrepancies]
    matched = [e for e in entries if e.kind in ("claim", "quote") and not e.rejected]
    only_a = sum(1 for e in only if e.kind == "only_a")
    only_b = len(only) - only_a
    if not matched and not details and not only:
        return ""
    parts = []
    if details:
        shown = [_bracketed(d) for d in details[:SHOWN_DETAILS]]
        named = "; ".join(shown) + ("; …" if len(details) > SHOWN_DETAILS else "")
        parts.append(f"{_count(len(details), 'discrepancy', 'discrepancies')} ({named})")
    else:
        parts.append("no discrepancy")
    if matched:
        worded = [e.wording for e in matched]
        same = sum(1 for w in worded if w == SAME_WORDS)
        differ = sum(1 for w in worded if w and w != SAME_WORDS)
        listed = _count(len(matched), "claim and quote match", "claim and quote matches")
        parts.append(f"of the {listed} listed, {_worded(differ, same, len(matched))}")
    if with_only and not only:
        parts.append("no passage only in one")
    elif with_only:
        parts.append(f"{_count(only_a, 'passage', 'passages')} only in A and {only_b} only in B")
    return "What differs: " + "; ".join(parts) + "."


def _worded(differ: int, same: int, listed: int) -> str:
    """ "5 are worded differently and 12 word for word the same", a count of none left
    out ("3 are worded differently", "1 is word for word the same"), and "each is told in
    other words" when no match is either."""
    if differ and same:
        return f"{differ} {_be(differ)} worded differently and {same} word for word the same"
    if differ:
        return f"{differ} {_be(differ)} worded differently"
    if same:
        return f"{same} {_be(same)} word for word the same"
    return "it is told in other words" if listed == 1 else "each is told in other words"


def _be(n: int) -> str:
    return "is" if n == 1 else "are"


def _bracketed(detail: str) -> str:
    """A discrepancy as it reads inside the sentence's brackets: its own brackets square,
    "71 per cent vs 64% [turnout]", not "(71 per cent vs 64% (turnout))"."""
    return detail.replace("(", "[").replace(")", "]")

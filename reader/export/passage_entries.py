"""Entries of single passages: those only one article reports, each with the other's
closest sentence, and every quotation of each article with its speaker."""

from __future__ import annotations

from reader.analysis.correction_notes import only_passages
from reader.export.entry import Entry, headings_in
from reader.model.alignment import Alignment
from reader.model.session import Session
from reader.model.span import Span
from reader.session.view import visible_alignment


def only_entries(session: Session) -> tuple[Entry, ...]:
    """The passages only one article reports, as entries, as the Only in one panel lists
    them: those in a correction note first, then A's, then B's, in reading order. As the
    window shades them: a passage linked by hand is no longer only in its article, and
    one whose every match the reader rejected is."""
    al = visible_alignment(session)
    return tuple(only_entry(al, p.side, p.span, p.after_cut) for p in only_passages(al))


def quoted_entries(alignment: Alignment) -> tuple[Entry, ...]:
    """Every quotation of each article, as entries: A's, then B's, in reading order."""
    out: list[Entry] = []
    speakers = {
        (side, q.span): q.speaker
        for side, quotes in (("a", alignment.quotes_a), ("b", alignment.quotes_b))
        for q in quotes
    }
    for side, q, match_id in alignment.quotations():
        doc = alignment.a if side == "a" else alignment.b
        text = doc.slice(q.span)
        a, b = (q.span, None) if side == "a" else (None, q.span)
        a_text, b_text = (text, "") if side == "a" else ("", text)
        match = alignment.match_by_id(match_id) if match_id else None
        partner = None if match is None else ("b", match.b) if side == "a" else ("a", match.a)
        entry = Entry(
            f"quoted_{side}",
            a,
            b,
            a_text,
            b_text,
            match_id=match_id,
            speaker=q.speaker,
            other_speaker=speakers.get(partner) if partner else None,
            post=doc.post_at(q.span.start) is not None,
        )
        out.append(entry)
    return tuple(out)


def only_entry(alignment: Alignment, side: str, span: Span, after_cut: bool = False) -> Entry:
    """The entry of a passage only article ``side`` ("a" or "b") reports, with the other
    article's sentence closest to it (as the Only in one panel shows it); ``after_cut``:
    it comes after the other article's text ends, that page cut short (its evidence says
    so, and its closest sentence's label)."""
    told = (f"after {'B' if side == 'a' else 'A'}'s text ends",) if after_cut else ()
    found = alignment.closest_to(side, span)
    other = alignment.b if side == "a" else alignment.a
    closest = found.partner if found is not None else None
    near = other.slice(closest) if closest is not None else ""
    doc = alignment.a if side == "a" else alignment.b
    heads = headings_in(doc, span)
    if side == "a":
        return Entry(
            "only_a",
            span,
            None,
            doc.slice(span),
            "",
            closest=closest,
            closest_text=near,
            a_headings=heads,
            evidence=told,
        )
    return Entry(
        "only_b",
        None,
        span,
        "",
        doc.slice(span),
        closest=closest,
        closest_text=near,
        b_headings=heads,
        evidence=told,
    )


def closest_label(e: Entry) -> str:
    """ "Closest in B" for a passage only A reports (and the reverse); "After B's text
    ends; closest in B" for one that comes after B's page is cut short."""
    other = "B" if e.kind == "only_a" else "A"
    if f"after {other}'s text ends" in e.evidence:
        return f"After {other}'s text ends; closest in {other}"
    return f"Closest in {other}"

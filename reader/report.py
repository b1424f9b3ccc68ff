"""A readable plain-text summary of an Alignment (``crossread align --format text``)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.linking.relatedness import NOTHING_SHARED, pair_notice
from reader.analysis.quotations.quote_terms import is_term
from reader.model import Alignment, Document, MatchKind, Quoted

UNNAMED = "(no speaker named)"  # the speaker of a quotation nobody is named as saying
ELLIPSIS = "\u2026"  # ends a passage cut short


def _short(text: str, width: int = 110) -> str:
    """``text`` on one line, at most ``width`` characters: cut after a whole word and
    ended with " …"; a text with no space early enough (Chinese, Japanese, a long
    address) is cut after ``width - 1`` characters and ended with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    room = width - len(ELLIPSIS) - 1  # the last kept character, the space, the ellipsis
    cut = flat.rfind(" ", 0, room + 1)
    if cut >= width // 2:  # a word boundary that keeps at least half the room
        return f"{flat[:cut]} {ELLIPSIS}"
    return flat[: width - len(ELLIPSIS)] + ELLIPSIS


def text_summary(al: Alignment, min_score: float = 0.0) -> str:
    """The summary of ``al``, whose matches scored below ``min_score`` were dropped."""
    a, b = al.a, al.b
    counts = al.counts()
    lines = [
        f"A: {a.title}" + (f" ({a.source})" if a.source else ""),
        f"B: {b.title}" + (f" ({b.source})" if b.source else ""),
        f"method: {al.method}; "
        + ", ".join(f"{n} {k} match{'es' if n != 1 else ''}" for k, n in counts.items())
        + f"; {len(al.discrepancies)} discrepanc{'ies' if len(al.discrepancies) != 1 else 'y'}",
        "",
    ]
    notice = pair_notice(al)
    if notice == NOTHING_SHARED and min_score > 0:  # the minimum's doing, maybe not the pair's
        notice = (
            f"No claim or quote scored {min_score:g} or more; a lower --min-score may show "
            "what the two articles share."
        )
    if notice:
        lines[-1:-1] = [f"note: {notice}"]
    for kind in (MatchKind.CLAIM, MatchKind.QUOTE):
        chosen = [m for m in al.matches if m.kind is kind]
        if not chosen:
            continue
        lines.append(f"{kind.value.upper()}S")
        for m in chosen:
            who = f" [{m.speaker}]" if m.speaker else ""
            lines.append(f"  {m.id} score {m.score:.2f}{who}")
            lines.append(f"    A: {_short(a.slice(m.a))}")
            lines.append(f"    B: {_short(b.slice(m.b))}")
            if m.evidence:
                lines.append(f"    shared: {', '.join(m.evidence)}")
        lines.append("")
    for kind in (MatchKind.ENTITY, MatchKind.NUMBER):
        lines.extend(_named(al, kind))
    if al.discrepancies:
        lines.append("DISCREPANCIES")
        for d in al.discrepancies:
            lines.append(f"  {d.kind.value}: {d.detail} (in {d.match})")
        lines.append("")
    for label, doc, quotes in (("QUOTED IN A", a, al.quotes_a), ("QUOTED IN B", b, al.quotes_b)):
        if quotes:
            lines.append(f"{label} ({len(quotes)} quotation{'s' if len(quotes) != 1 else ''})")
            lines.extend(_quoted(doc, quotes))
            lines.append("")
    for label, doc, spans in (("ONLY IN A", a, al.only_a), ("ONLY IN B", b, al.only_b)):
        if spans:
            lines.append(f"{label} ({len(spans)} passage{'s' if len(spans) != 1 else ''})")
            lines.extend(f"  - {_short(doc.slice(s))}" for s in spans)
            lines.append("")
    return "\n".join(lines)


_NAME_WIDTH = 50  # an entity's or a figure's words, at most, on its line
_PLURAL = {MatchKind.ENTITY: "ENTITIES", MatchKind.NUMBER: "NUMBERS"}


def _named(al: Alignment, kind: MatchKind) -> list[str]:
    """The lines listing ``al``'s entity (or number) matches, as the claims are listed
    (id, score, A's words, B's), each on one line since a name or a figure is short:
    "  m25 score 1.00  A: Vladimir Putin · B: Vladimir Putin"; none when there are none."""
    chosen = [m for m in al.matches if m.kind is kind]
    if not chosen:
        return []
    lines = [f"{_PLURAL[kind]} ({len(chosen)})"]
    for m in chosen:
        a, b = (_short(doc.slice(span), _NAME_WIDTH) for doc, span in ((al.a, m.a), (al.b, m.b)))
        lines.append(f"  {m.id} score {m.score:.2f}  A: {a} · B: {b}")
    return [*lines, ""]


def _quoted(doc: Document, quotes: Sequence[Quoted]) -> list[str]:
    """The lines listing ``doc``'s quotations, as the Quotes tab does: who said what
    first, then the terms set in quote marks (a pirate "mother ship"), on one line."""
    terms = [q for q in quotes if is_term(doc, q)]
    said = [q for q in quotes if q not in terms]
    lines = [f"  - {q.speaker or UNNAMED}: {_short(doc.slice(q.span), 90)}" for q in said]
    if terms:
        lines.append(f"  quoted terms: {', '.join(doc.slice(q.span) for q in terms)}")
    return lines

"""Tooltip text for highlights: kind, score, evidence and the partner's text (rich text)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from reader.model import Alignment, Document, Match

MAX_PARTNER = 240
MAX_SHOWN = 3


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def match_head(m: Match) -> str:
    """Rich text: the kind, then the score, or "linked by hand" for a manual match."""
    kind = f"<b>{escape(m.kind.value.capitalize())}</b>"
    return f"{kind} · linked by hand" if m.manual else f"{kind} · score {m.score:.2f}"


def match_tooltip(found: Sequence[Match], partner: Document, side: str) -> str:
    """Rich text describing the matches under the pointer, best first."""
    parts = []
    for m in found[:MAX_SHOWN]:
        span = m.b if side == "a" else m.a
        head = match_head(m)
        if m.speaker:
            head += f" · speaker: {escape(m.speaker)}"
        lines = [head]
        if m.evidence:
            lines.append("Evidence: " + escape(", ".join(m.evidence[:8])))
        other = "B" if side == "a" else "A"
        lines.append(f"In {other}: <i>“{escape(shorten(partner.slice(span), MAX_PARTNER))}”</i>")
        parts.append("<br>".join(lines))
    if len(found) > MAX_SHOWN:
        parts.append(f"… and {len(found) - MAX_SHOWN} more (right-click to list them)")
    elif len(found) > 1:
        parts.append("Click again for the next partner; right-click lists them.")
    return "<qt>" + "<hr>".join(parts) + "</qt>"


def partner_label(m: Match, partner: Document, side: str) -> str:
    """One line for the partners menu: kind, score and the start of the partner's text."""
    span = m.b if side == "a" else m.a
    return f"{m.kind.value.capitalize()} {m.score:.2f}: {shorten(partner.slice(span), 70)}"


def band_tooltip(m: Match, a: Document, b: Document, details: Sequence[str]) -> str:
    """Rich text for a link-map band: the match and both passages, discrepancies first."""
    lines = [match_head(m)]
    lines += [f"<span style='color:#D55E00'>Discrepancy: {escape(d)}</span>" for d in details]
    lines.append(f"A: <i>“{escape(shorten(a.slice(m.a), 160))}”</i>")
    lines.append(f"B: <i>“{escape(shorten(b.slice(m.b), 160))}”</i>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def describe_match(alignment: Alignment | None, match_id: str) -> str:
    """Rich text naming a match, its passages and its discrepancies (link-map tooltips);
    "" for no such match."""
    m = alignment.match_by_id(match_id) if alignment else None
    if alignment is None or m is None:
        return ""
    details = [d.detail for d in alignment.discrepancies if d.match == m.id]
    return band_tooltip(m, alignment.a, alignment.b, details)

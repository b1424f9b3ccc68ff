"""Tooltip text for highlights: kind, score, evidence and the partner's text (rich text).

An Arabic or Hebrew passage, name or value inside these English lines is wrapped in
Unicode isolates (:func:`reader.bidi.isolate`) so that it reads in its own order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from reader.bidi import isolate, isolate_detail
from reader.model import LOOSE_WORDS, Alignment, Discrepancy, Document, Match, MatchKind, Span
from reader.model.spelling import spelling_line
from reader.session.match_wording import wording_line
from reader.session.worded_text import worded_text

MAX_PARTNER = 240
MAX_SHOWN = 3
SHORT_PASSAGE = 40  # a partner this short (a name, a figure) is shown in its context
CONTEXT_CHARS = 40  # on each side of it


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def in_context(doc: Document, span: Span, chars: int = CONTEXT_CHARS) -> str:
    """The passage with up to ``chars`` characters of its line on each side, cut at word
    boundaries ("…while Putin said they’d pledged…"): a name or a figure recurs, and
    its words alone do not say which of its places is meant."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    start, end = max(line_start, span.start - chars), min(line_end, span.end + chars)
    if start > line_start:
        cut = text.find(" ", start, span.start)
        start = cut + 1 if cut >= 0 else span.start
    if end < line_end:
        cut = text.rfind(" ", span.end, end)
        end = cut if cut >= 0 else span.end
    words = " ".join(text[start:end].split())
    return ("…" if start > line_start else "") + words + ("…" if end < line_end else "")


def partner_text(doc: Document, span: Span, limit: int, context_limit: int | None = None) -> str:
    """The partner passage as a tooltip or a menu shows it (at most ``limit``
    characters): a short one in its context (at most ``context_limit``)."""
    if span.end - span.start <= SHORT_PASSAGE:
        return shorten(in_context(doc, span), context_limit or limit)
    return shorten(doc.slice(span), limit)


# what a quotation opens with: a passage opening so is shown in its own marks, not in
# a second pair (“"They will not accept ..."”, “«Il viadotto ...»”)
OPENING_MARKS = frozenset("\"'“”„‟«»‘’‚‹›「『")


def marked(text: str) -> str:
    """``text`` in curly quote marks, as a tooltip shows a passage, unless it opens with
    a quote mark of its own (a quotation, its marks included)."""
    return text if text[:1] in OPENING_MARKS else f"“{text}”"


def score_words(m: Match) -> str:
    """ "score 0.87", "score 0.62, loose (under 0.7): check it", or "linked by hand"."""
    if m.manual:
        return "linked by hand"
    said = f"score {m.score:.2f}"
    return f"{said}, {LOOSE_WORDS}" if m.loose else said


def match_head(m: Match) -> str:
    """Rich text: the kind, then the score (and whether the claim is loose), or "linked
    by hand" for a manual match."""
    return f"<b>{escape(m.kind.value.capitalize())}</b> · {score_words(m)}"


# what the articles disagree on, in dark vermillion on its own pale chip: 6.3:1 contrast
# whatever the tooltip's colours (the legend's #D55E00 on a pale yellow tooltip was 3.8:1,
# under the 4.5:1 that small text needs)
DISCREPANCY_STYLE = "color:#9A3B00; background-color:#FFF1E8"


def discrepancy_line(detail: str) -> str:
    shown = escape(isolate_detail(detail))
    return f"<span style='{DISCREPANCY_STYLE}'>&nbsp;Discrepancy: {shown}&nbsp;</span>"


def details_by_match(discrepancies: Sequence[Discrepancy]) -> dict[str, list[str]]:
    """Match id -> what its passages disagree on."""
    out: dict[str, list[str]] = {}
    for d in discrepancies:
        out.setdefault(d.match, []).append(d.shown)
    return out


def wording(m: Match, a: Document, b: Document) -> str:
    """How a claim's or quote's two passages are worded ("Word for word the same",
    "Words differ: “Mayor Ana” only in A"; reader.session.match_wording), how the two
    spell a name they spell apart ("Spelt differently: “Smith” in A, “Smyth” in B: ..."),
    "" for another name or a figure, or two passages told in other words."""
    if m.spelling is not None:
        return spelling_line(m.spelling, a.slice(m.a), b.slice(m.b))
    if m.kind not in (MatchKind.CLAIM, MatchKind.QUOTE):
        return ""
    return wording_line(worded_text(a, m.a), worded_text(b, m.b))


def match_tooltip(
    found: Sequence[Match],
    partner: Document,
    side: str,
    details: Mapping[str, Sequence[str]] | None = None,
    own: Document | None = None,
) -> str:
    """Rich text describing the matches under the pointer, best first, each with what its
    passages disagree on (``details``: match id -> "June 18 vs June 19") and, given the
    pane's ``own`` document, the words they word differently."""
    parts = []
    for m in found[:MAX_SHOWN]:
        span = m.b if side == "a" else m.a
        head = match_head(m)
        if m.speaker:
            head += f" · speaker: {escape(isolate(m.speaker))}"
        lines = [head]
        lines += [discrepancy_line(d) for d in (details or {}).get(m.id, ())]
        if own is not None:
            worded = wording(m, *((own, partner) if side == "a" else (partner, own)))
            lines += [escape(isolate(worded))] if worded else []
        if m.evidence:
            lines.append("Evidence: " + escape(", ".join(isolate(e) for e in m.evidence[:8])))
        other = "B" if side == "a" else "A"
        shown = partner_text(partner, span, MAX_PARTNER)
        lines.append(f"In {other}: <i>{escape(marked(isolate(shown)))}</i>")
        parts.append("<br>".join(lines))
    if len(found) > MAX_SHOWN:
        parts.append(f"… and {len(found) - MAX_SHOWN} more (right-click to list them)")
    elif len(found) > 1:
        parts.append("Click again for the next partner; right-click lists them.")
    return "<qt>" + "<hr>".join(parts) + "</qt>"


def partner_label(m: Match, partner: Document, side: str) -> str:
    """One line for the partners menu: kind ("Loose claim" for one scored under
    LOOSE_SCORE, as the legend names it), score and the start of the partner's text."""
    span = m.b if side == "a" else m.a
    shown = isolate(partner_text(partner, span, 70, 90))  # an Arabic passage in its order
    kind = "Loose claim" if m.loose else m.kind.value.capitalize()
    return f"{kind} {m.score:.2f}: {shown}"


def band_tooltip(m: Match, a: Document, b: Document, details: Sequence[str]) -> str:
    """Rich text for a link-map band: the match and both passages, discrepancies first."""
    lines = [match_head(m)]
    lines += [discrepancy_line(d) for d in details]
    worded = wording(m, a, b)
    lines += [escape(isolate(worded))] if worded else []
    lines.append(f"A: <i>{escape(marked(isolate(shorten(a.slice(m.a), 160))))}</i>")
    lines.append(f"B: <i>{escape(marked(isolate(shorten(b.slice(m.b), 160))))}</i>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def describe_match(alignment: Alignment | None, match_id: str) -> str:
    """Rich text naming a match, its passages and its discrepancies (link-map tooltips);
    "" for no such match."""
    m = alignment.match_by_id(match_id) if alignment else None
    if alignment is None or m is None:
        return ""
    details = [d.shown for d in alignment.discrepancies if d.match == m.id]
    return band_tooltip(m, alignment.a, alignment.b, details)


def post_words(poster: str | None, side: str) -> str:
    """ "a social post by DHWU Carrowick that article A embeds" (``poster`` None: by
    nobody named): what a post's words are, in place of the article's own claim."""
    by = f" by {isolate(poster)}" if poster else ""
    return f"a social post{by} that article {side.upper()} embeds"


def post_tip(poster: str | None, side: str) -> str:
    """The tip on a post in the Quotes and Only in one tabs: whose words they are."""
    said = post_words(poster, side)
    return f"{said[0].upper()}{said[1:]}: the poster's words, not the article's own."


def after_end_words(side: str) -> str:
    """What a passage only article ``side`` reports, after the other's text ends, is."""
    other = "B" if side == "a" else "A"
    return (
        f"after {other}'s text ends: {other}'s page stops before this (cut short), "
        f"so {other} may report it further on; no omission"
    )


def only_tooltip(
    partner: Document,
    side: str,
    closest: Span | None,
    poster: str | None = None,
    after_cut: bool = False,
) -> str:
    """Rich text for a passage only this article reports: that the other does not (of a
    social post the article embeds, by ``poster``: that the other does not quote it), and
    its closest sentence there, to check the omission; ``after_cut``: it comes after the
    other's text ends, that page cut short, which it says instead."""
    other = "B" if side == "a" else "A"
    text = f"<qt><b>Only in {side.upper()}</b>: no claim or quote of {other} matches this."
    if after_cut:
        text = f"<qt><b>Only in {side.upper()}</b>, {escape(after_end_words(side), quote=False)}."
    if poster is not None:
        said = escape(post_words(poster, side))
        text = f"<qt><b>Only in {side.upper()}</b>: {said}; {other} does not quote it."
    if closest is not None:
        said = escape(marked(partner_text(partner, closest, 300)))
        text += f"<br>Closest in {other}: {said}"
    return text + "</qt>"


def caret_summary(
    found: Sequence[Match],
    partner: Document,
    side: str,
    details: Mapping[str, Sequence[str]] | None = None,
    only: bool = False,
    closest: Span | None = None,
    own: Document | None = None,
    poster: str | None = None,
    after_cut: bool = False,
) -> str:
    """Plain text saying what the text cursor is on, for the status bar and screen
    readers (a reader without a mouse cannot hover for the tooltip): the best match with
    what its passages disagree on and its partner, how many partners there are and the
    keys that reach them; "Only in A: B does not report this" for a passage the other
    article lacks, with the other's ``closest`` sentence to it when there is one (of a
    social post the article embeds, by ``poster``: that the other does not quote it);
    ``after_cut``: "Only in A, after B's text ends: ..." for one after the other's text
    ends, that page cut short."""
    other = "B" if side == "a" else "A"
    if not found:
        if not only:
            return ""
        said = f"Only in {side.upper()}: {other} does not report this"
        if poster is not None:
            said = f"Only in {side.upper()}: {post_words(poster, side)}; {other} does not quote it"
        if after_cut:
            said = f"Only in {side.upper()}, {after_end_words(side)}"
        if closest is not None:
            said += f" · closest in {other}: {marked(isolate(partner_text(partner, closest, 80)))}"
        return said
    m = found[0]
    parts = [f"{m.kind.value.capitalize()} match, {score_words(m)}"]
    if m.speaker:
        parts.append(f"speaker: {isolate(m.speaker)}")
    parts += [f"differs: {isolate_detail(d)}" for d in (details or {}).get(m.id, ())]
    if own is not None:
        worded = wording(m, *((own, partner) if side == "a" else (partner, own)))
        parts += [isolate(worded[0].lower() + worded[1:])] if worded else []
    span = m.b if side == "a" else m.a
    parts.append(f"in {other}: {marked(isolate(partner_text(partner, span, 80, 90)))}")
    keys = "Enter jumps to it"
    if len(found) > 1:
        keys = f"{len(found)} partners: Enter jumps to the next, Shift+F10 lists them"
    return " · ".join(parts) + f" ({keys})"

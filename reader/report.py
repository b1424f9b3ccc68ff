"""A readable plain-text summary of an Alignment (``crossread align --format text``)."""

from __future__ import annotations

import bisect
import textwrap
from collections.abc import Sequence

from reader.analysis.correction_notes import only_passages, pair_corrections
from reader.analysis.cut_ends import cut_told, past_end
from reader.analysis.linking.relatedness import NOTHING_SHARED, pair_notice
from reader.analysis.quotations.misattributed import may_be_one_person
from reader.analysis.quotations.quote_terms import is_term
from reader.model import Alignment, Document, Match, MatchKind, Quoted, Span
from reader.model.fact_kinds import told_kind
from reader.model.post import posted, posts_told
from reader.model.spelling import spelling_note
from reader.session.copied_share import told_side, word_shares
from reader.session.match_wording import wording_line
from reader.session.worded_text import worded_text

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


def pair_note(al: Alignment, min_score: float = 0.0) -> str | None:
    """What the reader should know of the pair as a whole (the same text on both sides,
    the same words but for the bylines, two languages, nothing shared...: see
    :func:`reader.analysis.linking.relatedness.pair_notice`), said alike in the text
    summary and in the JSON's notices; with nothing shared above ``min_score``, that the
    minimum may be why."""
    notice = pair_notice(al)
    if notice == NOTHING_SHARED and min_score > 0:  # the minimum's doing, maybe not the pair's
        notice = (
            f"No claim or quote scored {min_score:g} or more; a lower --min-score may show "
            "what the two articles share."
        )
    return notice


def json_summary(al: Alignment, min_score: float = 0.0) -> dict[str, object]:
    """``al`` as JSON (:meth:`Alignment.to_json`), its ``notices`` the aligner's and the
    pair's note (:func:`pair_note`), as the text summary says it, and ``word_shares``:
    of each article's words, the shares word for word in the other, closely reworded,
    told in other words and only in it (:mod:`reader.session.copied_share`), and
    ``corrections``: each article's correction notes (:mod:`reader.analysis.correction_notes`)."""
    data = al.to_json()
    note = pair_note(al, min_score)
    if note and note not in al.notices:
        data["notices"] = [*al.notices, note]
    a, b = word_shares(al)  # of each article's words, how many are the other's
    data["word_shares"] = {"a": a.to_json(), "b": b.to_json()}
    data["corrections"] = [c.to_json() for c in pair_corrections(al)]
    return data


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
    shares = word_shares(al)
    if told_side(al, shares) is not None:  # said of both, A first, when telling
        lines[-1:-1] = [s.said() for s in shares]
    notice = pair_note(al, min_score)
    if notice:
        lines[-1:-1] = [f"note: {notice}"]
    if cut_told(al):  # a page cut short: what the other says after it is no omission
        lines[-1:-1] = [f"note: {cut_told(al)}"]
    corrections = pair_corrections(al)
    if corrections:  # the outlet's own word on what it got wrong: before everything else
        lines.append(f"CORRECTION NOTES ({len(corrections)})")
        for c in corrections:
            said = f"  {c.side.upper()}: {' '.join(c.text.split())}"  # whole: it is short
            lines.extend(textwrap.wrap(said, 100, subsequent_indent="     "))
            lines.extend(f"    {s}" for s in c.stale)
        lines.append("")
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
            worded = wording_line(
                worded_text(a, m.a), worded_text(b, m.b)
            )  # past the cut passages too
            if worded:
                lines.append(f"    {worded[0].lower()}{worded[1:]}")
        lines.append("")
    for kind in (MatchKind.ENTITY, MatchKind.NUMBER):
        lines.extend(_named(al, kind))
    if al.discrepancies:
        lines.append("DISCREPANCIES")
        for d in al.discrepancies:
            lines.append(f"  {told_kind(d.kind.value, d.detail)}: {d.shown} (in {d.match})")
        lines.append("")
    for side, doc, quotes in (("a", a, al.quotes_a), ("b", b, al.quotes_b)):
        if quotes:
            label = f"QUOTED IN {side.upper()}"
            n, posts = len(quotes), sum(1 for q in quotes if doc.post_at(q.span.start))
            told = posts_told(posts, ", ")[:-1]  # "(4 quotations, 1 a post)"
            lines.append(f"{label} ({n} quotation{'s' if n != 1 else ''}{told})")
            lines.extend(_quoted(doc, quotes, _also_in(al, side)))
            lines.append("")
    listed = only_passages(al)  # a correction note's passage first, as the window lists it
    for side, doc in (("a", a), ("b", b)):
        passages = [p for p in listed if p.side == side]
        if passages:
            n = len(passages)
            lines.append(f"ONLY IN {side.upper()} ({n} passage{'s' if n != 1 else ''})")
            lines.extend(f"  - {past_end(p)}{_short(doc.slice(p.span))}" for p in passages)
            lines.append("")
    return "\n".join(lines)


_NAME_WIDTH = 50  # an entity's or a figure's words, at most, on its line
_IDS_WIDTH = 100  # a group's ids wrap at this width
_PLURAL = {MatchKind.ENTITY: "ENTITIES", MatchKind.NUMBER: "NUMBERS"}


def paragraph_number(doc: Document, span: Span) -> int:
    """The number of the paragraph holding ``span``'s start, counted from 1 (the headline)
    in ``doc.paragraphs``; 0 when the document has no paragraphs."""
    starts = [p.start for p in doc.paragraphs]
    return bisect.bisect_right(starts, span.start)


def _numbers(found: list[int]) -> str:
    """ "2, 3, 5": each paragraph once, in order."""
    return ", ".join(str(n) for n in sorted(set(found)))


def _named(al: Alignment, kind: MatchKind) -> list[str]:
    """The lines listing ``al``'s entity (or number) matches. A name is matched wherever
    both articles give it, so the matches of the same words in A and in B are one line,
    with how many they are, the paragraphs each article gives them in and their score,
    then their ids on the next line (as the JSON and ``crossread export --matches`` name
    them): "  Vladimir Putin · Vladimir Putin  ×4  (A ¶2, 3, 5; B ¶1, 4)  score 0.90",
    "    m13, m14, m20, m21"; A's words first, "(spelt differently)" after a name the two
    spell apart ("John Smith · John Smyth"), "score 0.75-0.90" when they differ, the
    groups in the order of their first match. None when there are none."""
    chosen = [m for m in al.matches if m.kind is kind]
    if not chosen:
        return []
    groups: dict[tuple[str, str], list[Match]] = {}
    for m in chosen:
        words = (" ".join(al.a.slice(m.a).split()), " ".join(al.b.slice(m.b).split()))
        groups.setdefault(words, []).append(m)
    n, pairs = len(chosen), len(groups)
    counted = f"{n} match{'es' if n != 1 else ''}, {pairs} pair{'s' if pairs != 1 else ''} of words"
    lines = [f"{_PLURAL[kind]} ({counted}; ¶: paragraph, the headline ¶1)"]
    for (a_words, b_words), ms in groups.items():
        a, b = _short(a_words, _NAME_WIDTH), _short(b_words, _NAME_WIDTH)
        times = f"  ×{len(ms)}" if len(ms) > 1 else ""
        where_a = _numbers([paragraph_number(al.a, m.a) for m in ms])
        where_b = _numbers([paragraph_number(al.b, m.b) for m in ms])
        low, high = f"{min(m.score for m in ms):.2f}", f"{max(m.score for m in ms):.2f}"
        score = low if low == high else f"{low}-{high}"
        # figures one article gives rounded ("1,204,331" and "about 1.2 million"), in
        # another unit ("150 mph" and "240km/h"), as an order of magnitude ("(within)") or
        # a fraction of a whole ("(part: 20)")
        said = {_rough(m) for m in ms}
        if len(said) == 1 and (rough := said.pop()):
            score += f" {rough}"
        # a name the two spell apart: "John Smith · John Smyth (spelt differently)"
        spelt = spelling_note(ms[0].spelling)
        lines.append(f"  {a} · {b}{spelt}{times}  (A ¶{where_a}; B ¶{where_b})  score {score}")
        ids = ", ".join(m.id for m in ms)
        lines += textwrap.wrap(ids, _IDS_WIDTH, initial_indent="    ", subsequent_indent="    ")
    return [*lines, ""]


def _rough(m: Match) -> str:
    """What a rough figure match's evidence says of it ("(rounded)" of "1,204,331 ≈ 1.2
    million (rounded)"); '' for any other match."""
    said = m.evidence[0] if m.evidence else ""
    if " ≈ " not in said or not said.endswith(")") or " (" not in said:
        return ""
    return said[said.rindex(" (") + 1 :]


def _also_in(al: Alignment, side: str) -> dict[Span, str]:
    """For each quotation of article ``side`` ("a" or "b") the other article quotes too,
    what the exports say of it: " (also in B)", " (also in B, said by Jutta Steinruck)"
    when the other article gives it to someone else."""
    found = al.quotations()
    named = {(s, m): q.speaker for s, q, m in found if m and q.speaker}
    other = "b" if side == "a" else "a"
    out: dict[Span, str] = {}
    for s, q, m in found:
        if s == side and m is not None:
            given = named.get((other, m))
            differs = given and not (q.speaker and may_be_one_person(given, q.speaker))
            said = f", said by {given}" if differs else ""
            out[q.span] = f" (also in {other.upper()}{said})"
    return out


def _quoted(doc: Document, quotes: Sequence[Quoted], also: dict[Span, str]) -> list[str]:
    """The lines listing ``doc``'s quotations, as the Quotes tab does: who said what
    ("DHWU Carrowick (post)" of a social post the article embeds; and whether the other
    article quotes it too, ``also``) first, then the terms set in quote marks (a pirate
    "mother ship"), on one line."""
    terms = [q for q in quotes if is_term(doc, q)]
    said = [q for q in quotes if q not in terms]
    lines = [
        f"  - {_who(doc, q)}: {_short(doc.slice(q.span), 90)}{also.get(q.span, '')}" for q in said
    ]
    if terms:
        lines.append(f"  quoted terms: {', '.join(doc.slice(q.span) for q in terms)}")
    return lines


def _who(doc: Document, q: Quoted) -> str:
    """Who says quotation ``q``: its speaker (or UNNAMED), "(post)" after a post's."""
    who = q.speaker or UNNAMED
    return posted(who) if doc.post_at(q.span.start) is not None else who

"""The marks an update from the article files leaves on the new text (Qt-free): each
sentence holding words the outlet changed, with what it read before, and the place of
each passage it took out whole, with its words
(:class:`~reader.model.update_mark.UpdateMark`); the way through them (Go > Next
change), and what each says (:func:`change_words`: the changed words in a few words of
context).

A second update keeps the marks of the first where their words still are, unless the
second changed those sentences again: their mark then tells the wording just before it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.model.document import Document
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.text_edits import WORDY, Fate, TextEdit
from reader.session.word_changes import (
    ELLIPSIS,
    WORD,
    Kind,
    Piece,
    changes_up_to_cut,
    in_context,
    word_changes,
    wording,
)

BEFORE_MAX = 400  # characters of the earlier wording kept in a mark, at most


def quoted(text: str, limit: int = BEFORE_MAX) -> str:
    """``text`` with its spaces joined, cut to ``limit`` characters with an ellipsis."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


LEAD_WORDS = 8  # words kept before a long sentence's first change, when it is cut


@dataclass(frozen=True, slots=True)
class CutWording:
    """A wording kept in a mark: ``words`` (spaces joined, an ellipsis where words were
    left out), and where in the text it was taken from its first word kept starts
    (``start``, None: none left out before it) and its last ends (``end``, likewise)."""

    words: str
    start: int | None = None
    end: int | None = None


def cut_wording(text: str, change: int = 0, limit: int = BEFORE_MAX) -> CutWording:
    """``text`` with its spaces joined; longer than ``limit`` characters, the whole
    words around offset ``change`` (its first change) that fit, from
    :data:`LEAD_WORDS` words before it (fewer near the end), each end cut marked "…"
    (a first word longer than all that: its first characters)."""
    words = list(WORD.finditer(text))
    joined = " ".join(m.group() for m in words)
    if len(joined) <= limit:
        return CutWording(joined)
    room = limit - 2 * len(ELLIPSIS)
    at = next((k for k, m in enumerate(words) if m.end() > change), len(words) - 1)
    first = last = max(0, at - LEAD_WORDS)
    if len(words[first].group()) > room:  # one long "word" (a link, a run of digits)
        m = words[first]
        cut = CutWording(m.group()[:room], m.start() if first else None, m.start() + room)
        return replace(cut, words=_marked(cut.words, first > 0, True))
    size = len(words[first].group())
    while last + 1 < len(words) and size + 1 + len(words[last + 1].group()) <= room:
        last += 1
        size += 1 + len(words[last].group())
    while first > 0 and size + 1 + len(words[first - 1].group()) <= room:  # at the end
        first -= 1
        size += 1 + len(words[first].group())
    kept = " ".join(m.group() for m in words[first : last + 1])
    start = words[first].start() if first else None
    end = words[last].end() if last + 1 < len(words) else None
    return CutWording(_marked(kept, start is not None, end is not None), start, end)


def _marked(words: str, before: bool, after: bool) -> str:
    return f"{ELLIPSIS if before else ''}{words}{ELLIPSIS if after else ''}"


def first_change(edit: TextEdit, was: Span) -> int:
    """Where the edit first changed ``was`` (a passage of the old text), as an offset
    from its start: its first character not kept, or the end of its first kept run when
    new words follow that (its length when it is all kept)."""
    k = max(0, bisect.bisect_right(edit.starts, was.start) - 1)
    at = was.start
    if k < len(edit.blocks):
        b = edit.blocks[k]
        if b.old <= at < b.old_end:
            at = b.old_end
    return min(at, was.end) - was.start


def marks_of_edit(
    side: str, edit: TextEdit, sentences: Iterable[Span], paragraphs: Sequence[Span] = ()
) -> list[UpdateMark]:
    """A mark on each of ``sentences`` (of ``edit``'s new text, holding changed words),
    with the words of the old text it took the place of (:func:`before_span`, within
    the old text's ``paragraphs``): over :data:`BEFORE_MAX` characters, cut short
    around their first change, with where the words kept stand in the sentence now
    (``UpdateMark.cut_from``, ``cut_to``)."""
    out = []
    for s in sorted(sentences):
        if not len(s):
            continue
        was = before_span(edit, s, paragraphs)
        cut = cut_wording(was.slice(edit.old), first_change(edit, was))
        ends = (
            None if at is None else _within(edit.offset(was.start + at) - s.start, s)
            for at in (cut.start, cut.end)
        )
        out.append(UpdateMark(side, s, cut.words, False, *ends))
    return out


def before_span(edit: TextEdit, span: Span, paragraphs: Sequence[Span] = ()) -> Span:
    """Where the words a sentence ``span`` of the new text took the place of were in
    the old text (``edit.old_span``), kept within the old ``paragraphs`` (in order)
    holding its words the edit kept: a paragraph taken out whole just before a sentence
    whose first words changed (or just after one whose last words did) is a passage
    taken out of its own (:func:`removed_marks`), as the update's paragraph count has
    it, not words the sentence took the place of. A sentence keeping no words of the
    old text took the place of all of it."""
    was = edit.old_span(span)
    kept = kept_words(edit, span)
    if kept is None or not paragraphs:
        return was
    first, last = holding(paragraphs, kept.start), holding(paragraphs, kept.end - 1)
    start = was.start if first is None else max(was.start, first.start)
    end = was.end if last is None else min(was.end, last.end)
    return Span(start, max(start, end))


def kept_words(edit: TextEdit, span: Span) -> Span | None:
    """The old text from the first to the last word of ``span`` (of the new text) the
    edit kept; None when it kept none."""
    news = [b.new for b in edit.blocks]
    k = max(0, bisect.bisect_right(news, span.start) - 1)
    start = end = -1
    for b in edit.blocks[k:]:
        if b.new >= span.end:
            break
        lo, hi = max(b.new, span.start), min(b.new + b.size, span.end)
        if lo < hi and WORDY.search(edit.new, lo, hi):
            if start < 0:
                start = b.old + lo - b.new
            end = b.old + hi - b.new
    return None if start < 0 else Span(start, end)


def holding(spans: Sequence[Span], at: int) -> Span | None:
    """The span of ``spans`` (in order) holding offset ``at``, if any."""
    k = bisect.bisect_right([s.start for s in spans], at) - 1
    return spans[k] if k >= 0 and at < spans[k].end else None


def _within(at: int, span: Span) -> int:
    """``at`` (an offset from ``span``'s start) kept within ``span``."""
    return min(max(at, 0), len(span))


def removed_marks(
    side: str, edit: TextEdit, old: Document, new: Document, changed: Sequence[UpdateMark]
) -> list[UpdateMark]:
    """A mark at the place of each run of sentences of ``old`` the edit took out whole
    (a paragraph, two, a sentence) whose words none of the ``changed`` marks holds as
    the wording it took the place of; the place: the start of the sentence of ``new``
    that now follows it (the end of the text after the last). A run is of whole
    paragraphs or within one: sentences taken out of the end of one paragraph and the
    start of the next are two marks, each in its paragraph, as the notice counts each
    paragraph changed (:mod:`reader.session.paragraph_counts`); those that ended their
    paragraph are marked at its end, just after its last word kept, not at the next.
    Each mark says how many whole paragraphs it holds (``UpdateMark.paragraphs``; 0:
    sentences of one, the rest of it kept)."""
    runs = removed_runs(edit, old, new, [m for m in changed if m.side == side])
    return [
        UpdateMark(
            side,
            Span(run.place, run.place),
            quoted(old.text[run.sentences[0].start : run.sentences[-1].end]),
            removed=True,
            paragraphs=len(run.paragraphs),
        )
        for run in runs
    ]


@dataclass(frozen=True, slots=True)
class RemovedRun:
    """A run of ``sentences`` of the old text an update took out whole, marked at
    ``place`` in the new text; ``paragraphs``: the old paragraphs it took out whole, in
    order (none: sentences of one paragraph, the rest of it kept)."""

    sentences: list[Span]
    place: int
    paragraphs: list[Span]


def removed_runs(
    edit: TextEdit, old: Document, new: Document, changed: Sequence[UpdateMark]
) -> list[RemovedRun]:
    """Each run of sentences of ``old`` a mark of :func:`removed_marks` holds, and its
    place in ``new`` (``changed``: the marks of changed sentences of that side)."""
    taken = set(taken_out(edit, old, changed))
    sentences = sentences_of(old)
    para = {s: holding(old.paragraphs, s.start) for s in sentences}
    left = Counter(para[s] for s in sentences if s not in taken)  # sentences kept in each

    def whole(p: Span | None) -> bool:
        return p is not None and not left[p]

    runs: list[list[Span]] = [[]]
    for s in sentences:
        if s not in taken:
            if runs[-1]:
                runs.append([])
            continue
        run = runs[-1]
        if run and para[run[-1]] != para[s] and not (whole(para[run[-1]]) and whole(para[s])):
            runs.append([])
        runs[-1].append(s)
    starts = sorted(s.start for s in sentences_of(new))
    out: list[RemovedRun] = []
    for run in runs:
        if not run:
            continue
        at = edit.offset(run[0].start)
        p = para[run[0]]
        ends_it = (
            p is not None
            and not whole(p)
            and all(s in taken for s in sentences if para[s] == p and s.start > run[-1].start)
        )
        if ends_it:  # the end of its paragraph: just after the words kept before it
            place = at
            while place > 0 and new.text[place - 1].isspace():
                place -= 1
        else:
            k = bisect.bisect_left(starts, at)
            place = starts[k] if k < len(starts) else len(new.text)
            while place < len(new.text) and new.text[place].isspace():
                place += 1
        paragraphs = sorted({q for s in run if whole(q := para[s]) and q is not None})
        out.append(RemovedRun(run, place, paragraphs))
    return out


def sentences_of(doc: Document) -> list[Span]:
    """The sentences of ``doc`` the marks are on, in order, with each paragraph no
    sentence of it lies in (a title line, a session file written by hand or by another
    tool), so that every change is marked and counted (whole, there)."""
    ordered = sorted(s for s in doc.sentences if len(s))
    ends = [s.end for s in ordered]
    out = list(ordered)
    for p in doc.paragraphs:
        k = bisect.bisect_right(ends, p.start)
        if len(p) and not (k < len(ordered) and ordered[k].start < p.end):
            out.append(p)
    return sorted(out) if len(out) > len(ordered) else out


def taken_out(edit: TextEdit, old: Document, changed: Sequence[UpdateMark]) -> list[Span]:
    """The sentences of ``old`` (in order) the edit took out whole whose words none of
    the ``changed`` marks (of one side) holds as the wording it took the place of: those
    a mark of a passage taken out holds (:func:`removed_marks`)."""
    held = [before_span(edit, m.span, old.paragraphs) for m in changed if not m.removed]
    return [
        s
        for s in sentences_of(old)
        if len(s) and edit.span(s).fate is Fate.GONE and not any(h.overlaps(s) for h in held)
    ]


def updated_marks(
    old: Sequence[UpdateMark], edits: dict[str, TextEdit], new: Sequence[UpdateMark]
) -> tuple[UpdateMark, ...]:
    """The marks of a session updated by ``edits`` (by side, "a" and "b"): ``new``, and
    those of ``old`` whose words are still in the new text and that no new mark
    overlaps, in reading order (A's, then B's)."""
    out = list(new)
    for mark in old:
        edit = edits.get(mark.side)
        if edit is None or edit.unchanged:
            out.append(mark)
            continue
        if mark.removed:  # its place carried, unless a new mark is there
            at = edit.offset(mark.span.start)
            if not any(n.side == mark.side and n.span.start == at for n in new):
                out.append(replace(mark, span=Span(at, at)))
            continue
        carried = edit.span(mark.span)
        if carried.fate is Fate.GONE or not len(carried.span):
            continue
        span = carried.span
        if any(n.side == mark.side and n.span.overlaps(span) for n in new):
            continue
        start, end = (  # the same words: where the wording kept stands, carried
            None if at is None else _within(edit.offset(mark.span.start + at) - span.start, span)
            for at in (mark.cut_from, mark.cut_to)
        )
        out.append(replace(mark, span=span, cut_from=start, cut_to=end))
    return tuple(sorted(out, key=reading_order))


def reading_order(mark: UpdateMark) -> tuple[str, int, int]:
    """A's marks, then B's, by place; a passage taken out before the sentence starting
    where it was."""
    return mark.side, mark.span.start, mark.span.end


def marks_on(marks: Iterable[UpdateMark], side: str) -> list[UpdateMark]:
    """The marks of article ``side``, in reading order."""
    return sorted((m for m in marks if m.side == side), key=reading_order)


def marks_at(marks: Iterable[UpdateMark], side: str, offset: int) -> list[UpdateMark]:
    """The marks of changed sentences of article ``side`` holding ``offset``."""
    return [m for m in marks if m.side == side and m.span.contains_offset(offset)]


def step_to(
    marks: Sequence[UpdateMark],
    side: str,
    offset: int,
    step: int,
    current: UpdateMark | None = None,
) -> tuple[int, UpdateMark] | None:
    """The mark ``step`` (1: next, -1: previous) from ``current`` (a mark gone to), else
    from the place ``offset`` of article ``side``, A's marks before B's, round from the
    last to the first; with its index in reading order. None when there are no marks. A
    mark starting at ``offset`` is the place itself: the next is the one after it."""
    ordered = sorted(marks, key=reading_order)
    if not ordered:
        return None
    if current is not None and current in ordered:  # two marks at one place: each in turn
        at = (ordered.index(current) + (1 if step > 0 else -1)) % len(ordered)
        return at, ordered[at]
    here = (side, offset)
    if step > 0:
        after = [i for i, m in enumerate(ordered) if (m.side, m.span.start) > here]
        at = after[0] if after else 0
    else:
        before = [i for i, m in enumerate(ordered) if (m.side, m.span.start) < here]
        at = before[-1] if before else len(ordered) - 1
    return at, ordered[at]


ADDED = "Added in the update: the text before it had no such sentence here."


def paragraphs_taken(n: int) -> str:
    """What a mark of ``n`` whole paragraphs took out: "A paragraph", or "2 paragraphs"."""
    return "A paragraph" if n == 1 else f"{n} paragraphs"


def removed_heading(mark: UpdateMark) -> str:
    """How the status bar opens a mark of a passage taken out: what it was, when the mark
    says (``UpdateMark.paragraphs``)."""
    if mark.paragraphs is None:
        return "Removed in the update"
    if not mark.paragraphs:
        return "Removed from this paragraph in the update"
    return f"{paragraphs_taken(mark.paragraphs)} removed in the update"


def before_words(mark: UpdateMark) -> str:
    """What a mark says of the text before the update, whole."""
    if mark.removed:
        return f"{removed_heading(mark)}: “{mark.before}”"
    if not mark.before:
        return ADDED
    return f"Before the update: “{mark.before}”"


REMOVED_WORDS = 20  # words of a passage taken out the status bar gives, at most


def first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, an ellipsis after them when there are more."""
    words = text.split()
    return " ".join(words) if len(words) <= n else " ".join(words[:n]).rstrip("…") + " …"


def change_words(mark: UpdateMark, text: str) -> str:
    """What a mark says of the text before the update, shortly: a changed sentence's
    wording before it, cut to the words changed with a few either side (``text``: the
    article's text now, which the mark's span is of); a passage taken out's first words."""
    if mark.removed:
        return f"{removed_heading(mark)}: “{first_words(mark.before, REMOVED_WORDS)}”"
    if not mark.before:
        return before_words(mark)
    pieces = in_context(mark_changes(mark, text))
    return f"Before the update: “{wording(pieces, Kind.REMOVED)}”"


def cut_unplaced(mark: UpdateMark) -> bool:
    """Whether ``mark`` is a changed sentence's whose earlier wording an older Crossread
    kept cut at :data:`BEFORE_MAX` characters (:func:`quoted`: its first 399, an
    ellipsis after them) before marks said where a cut wording stands now: of that
    length, ending in the ellipsis, with no ``cut_from`` nor ``cut_to``."""
    return (
        not mark.removed
        and mark.cut_from is None
        and mark.cut_to is None
        and len(mark.before) >= BEFORE_MAX - 1
        and mark.before.endswith(ELLIPSIS)
    )


def mark_changes(mark: UpdateMark, text: str) -> list[Piece]:
    """A changed sentence's wording before the update and now, word by word
    (:func:`~reader.session.word_changes.word_changes`; ``text``: the article's text
    now). An earlier wording cut short is compared with as much of the sentence now as
    stands where its words were (``UpdateMark.cut_from``, ``cut_to``): the words
    outside it are no change, and an ellipsis stands for them in both wordings. One an
    older Crossread cut at :data:`BEFORE_MAX` characters, saying nothing of where
    (:func:`cut_unplaced`), is compared only as far as the last word both hold."""
    now = mark.span.slice(text)
    start, end = mark.cut_from, mark.cut_to
    if cut_unplaced(mark):
        return changes_up_to_cut(mark.before, now)
    if start is None and end is None:
        return word_changes(mark.before, now)
    before = mark.before
    if start is not None:
        before = before.removeprefix(ELLIPSIS)
    if end is not None:
        before = before.removesuffix(ELLIPSIS)
    part = now[start or 0 : len(now) if end is None else end]
    return word_changes(before, part, start is not None, end is not None)


__all__ = [
    "ADDED",
    "BEFORE_MAX",
    "REMOVED_WORDS",
    "CutWording",
    "RemovedRun",
    "before_span",
    "before_words",
    "change_words",
    "cut_unplaced",
    "cut_wording",
    "first_change",
    "first_words",
    "holding",
    "kept_words",
    "mark_changes",
    "marks_at",
    "marks_of_edit",
    "marks_on",
    "paragraphs_taken",
    "quoted",
    "reading_order",
    "removed_heading",
    "removed_marks",
    "removed_runs",
    "sentences_of",
    "step_to",
    "taken_out",
    "updated_marks",
]

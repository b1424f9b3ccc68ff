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
from collections.abc import Iterable, Sequence

from reader.model.document import Document
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.text_edits import Fate, TextEdit
from reader.session.word_changes import Kind, in_context, word_changes, wording

BEFORE_MAX = 400  # characters of the earlier wording kept in a mark, at most


def quoted(text: str, limit: int = BEFORE_MAX) -> str:
    """``text`` with its spaces joined, cut to ``limit`` characters with an ellipsis."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def marks_of_edit(side: str, edit: TextEdit, sentences: Iterable[Span]) -> list[UpdateMark]:
    """A mark on each of ``sentences`` (of ``edit``'s new text, holding changed words),
    with the words of the old text it took the place of."""
    return [
        UpdateMark(side, s, quoted(edit.old_span(s).slice(edit.old)))
        for s in sorted(sentences)
        if len(s)
    ]


def removed_marks(
    side: str, edit: TextEdit, old: Document, new: Document, changed: Sequence[UpdateMark]
) -> list[UpdateMark]:
    """A mark at the place of each run of sentences of ``old`` the edit took out whole
    (a paragraph, two, a sentence) whose words none of the ``changed`` marks holds as
    the wording it took the place of; the place: the start of the sentence of ``new``
    that now follows it (the end of the text after the last)."""
    held = [edit.old_span(m.span) for m in changed if m.side == side]
    runs: list[list[Span]] = [[]]
    for s in sorted(old.sentences):
        gone = len(s) and edit.span(s).fate is Fate.GONE
        if gone and not any(h.overlaps(s) for h in held):
            runs[-1].append(s)
        elif runs[-1]:
            runs.append([])
    starts = sorted(s.start for s in new.sentences)
    out = []
    for run in runs:
        if not run:
            continue
        at = edit.offset(run[0].start)
        k = bisect.bisect_left(starts, at)
        place = starts[k] if k < len(starts) else len(new.text)
        while place < len(new.text) and new.text[place].isspace():
            place += 1
        words = quoted(old.text[run[0].start : run[-1].end])
        out.append(UpdateMark(side, Span(place, place), words, removed=True))
    return out


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
                out.append(UpdateMark(mark.side, Span(at, at), mark.before, removed=True))
            continue
        carried = edit.span(mark.span)
        if carried.fate is Fate.GONE or not len(carried.span):
            continue
        span = carried.span
        if any(n.side == mark.side and n.span.overlaps(span) for n in new):
            continue
        out.append(UpdateMark(mark.side, span, mark.before))
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


def before_words(mark: UpdateMark) -> str:
    """What a mark says of the text before the update, whole."""
    if mark.removed:
        return f"Removed in the update: “{mark.before}”"
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
        return f"Removed in the update: “{first_words(mark.before, REMOVED_WORDS)}”"
    if not mark.before:
        return before_words(mark)
    pieces = in_context(word_changes(mark.before, mark.span.slice(text)))
    return f"Before the update: “{wording(pieces, Kind.REMOVED)}”"


__all__ = [
    "ADDED",
    "BEFORE_MAX",
    "REMOVED_WORDS",
    "before_words",
    "change_words",
    "first_words",
    "marks_at",
    "marks_of_edit",
    "marks_on",
    "quoted",
    "reading_order",
    "removed_marks",
    "step_to",
    "updated_marks",
]

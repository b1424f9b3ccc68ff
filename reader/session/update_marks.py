"""The marks an update from the article files leaves on the new text (Qt-free): each
sentence holding words the outlet changed, with what it read before
(:class:`~reader.model.update_mark.UpdateMark`), and the way through them (Go > Next
change).

A second update keeps the marks of the first where their words still are, unless the
second changed those sentences again: their mark then tells the wording just before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.text_edits import Fate, TextEdit

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
        carried = edit.span(mark.span)
        if carried.fate is Fate.GONE or not len(carried.span):
            continue
        span = carried.span
        if any(n.side == mark.side and n.span.overlaps(span) for n in new):
            continue
        out.append(UpdateMark(mark.side, span, mark.before))
    return tuple(sorted(out, key=reading_order))


def reading_order(mark: UpdateMark) -> tuple[str, int, int]:
    return mark.side, mark.span.start, mark.span.end


def marks_on(marks: Iterable[UpdateMark], side: str) -> list[UpdateMark]:
    """The marks of article ``side``, in reading order."""
    return sorted((m for m in marks if m.side == side), key=reading_order)


def marks_at(marks: Iterable[UpdateMark], side: str, offset: int) -> list[UpdateMark]:
    """The marks of article ``side`` holding ``offset``."""
    return [m for m in marks if m.side == side and m.span.contains_offset(offset)]


def step_to(
    marks: Sequence[UpdateMark], side: str, offset: int, step: int
) -> tuple[int, UpdateMark] | None:
    """The mark ``step`` (1: next, -1: previous) from the place ``offset`` of article
    ``side``, A's marks before B's, round from the last to the first; with its index in
    reading order. None when there are no marks. A mark starting at ``offset`` is the
    place itself: the next is the one after it."""
    ordered = sorted(marks, key=reading_order)
    if not ordered:
        return None
    here = (side, offset)
    if step > 0:
        after = [i for i, m in enumerate(ordered) if (m.side, m.span.start) > here]
        at = after[0] if after else 0
    else:
        before = [i for i, m in enumerate(ordered) if (m.side, m.span.start) < here]
        at = before[-1] if before else len(ordered) - 1
    return at, ordered[at]


def before_words(mark: UpdateMark) -> str:
    """What a mark's tooltip says of the text before the update."""
    if not mark.before:
        return "Added in the update: the text before it had no such sentence here."
    return f"Before the update: “{mark.before}”"


__all__ = [
    "BEFORE_MAX",
    "before_words",
    "marks_at",
    "marks_of_edit",
    "marks_on",
    "quoted",
    "reading_order",
    "step_to",
    "updated_marks",
]

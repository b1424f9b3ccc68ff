"""How many paragraphs an update from the article files changed, added and removed,
counted from the marks it leaves on the new text (Qt-free), so that the notice's
"1 paragraph changed and 1 removed" is what the pane shows: a paragraph is counted only
where a bar or a wedge is (:mod:`reader.session.update_marks`).

The count was a diff of the paragraphs' texts, which the marks (a diff of their words)
did not follow: two paragraphs joined into one said "1 changed and 1 removed" with no
wedge (no word was taken out), one split in two "1 changed and 1 added" with no bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.model.document import Document
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.text_edits import TextEdit
from reader.session.update_marks import holding, kept_words, removed_runs


@dataclass(frozen=True, slots=True)
class ParagraphCounts:
    """Paragraphs ``changed`` (of the new text: a bar beside one of its sentences, or a
    sentence of it taken out), ``added`` (of the new text: every word of it new, taking
    the place of none) and ``removed`` (of the old text: a wedge holds all its words)."""

    changed: int = 0
    added: int = 0
    removed: int = 0


def paragraph_counts(
    edit: TextEdit, old: Document, new: Document, marks: Sequence[UpdateMark]
) -> ParagraphCounts:
    """The paragraphs changed, added and removed by ``edit`` (from ``old`` to ``new``),
    as ``marks`` (of that side: its changed sentences and passages taken out) show them."""
    bars = [m for m in marks if not m.removed]
    touched: set[Span] = set()  # paragraphs of the new text holding a change
    maybe_added: dict[Span, bool] = {}
    for m in bars:
        where = holding(new.paragraphs, m.span.start) or m.span
        was = maybe_added.get(where, True)
        maybe_added[where] = was and not m.before and kept_words(edit, where) is None
        touched.add(where)
    removed = 0
    for run in removed_runs(edit, old, new, bars):
        if run.paragraphs:
            removed += len(run.paragraphs)
        else:  # sentences taken out of a paragraph: the paragraph of its wedge
            at = run.place
            found = holding(new.paragraphs, at) or holding(new.paragraphs, max(0, at - 1))
            touched.add(found or Span(at, at))
    added = sum(1 for where in touched if maybe_added.get(where, False))
    return ParagraphCounts(len(touched) - added, added, removed)


def only_breaks_changed(old: Document, new: Document) -> bool:
    """Whether the paragraphs of ``new`` are not those of ``old`` (joined, split), their
    words aside: what an update leaving no mark changed besides spacing."""

    def texts(doc: Document) -> list[str]:
        return [" ".join(doc.slice(p).split()) for p in doc.paragraphs]

    return texts(old) != texts(new)


__all__ = ["ParagraphCounts", "only_breaks_changed", "paragraph_counts"]

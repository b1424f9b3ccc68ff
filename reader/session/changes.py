"""What changed in a Session since it was last saved (or opened, or begun), in plain words,
for the question asked before unsaved work goes (Qt-free).

Notes are told apart by id (added, edited, deleted), rejected matches and links made by
hand by their kind and passages (:func:`~reader.model.session.match_key`), which a
re-alignment or a swap of sides leaves as they are in both sessions compared
(:func:`following_baseline` carries the saved one along).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from reader.model.alignment import Alignment
from reader.model.session import MatchKey, Session, match_key
from reader.session.view import REALIGNED, SWAPPED, same_texts, swapped_session, swapped_texts


@dataclass(frozen=True, slots=True)
class Changes:
    """How many notes were added, edited and deleted, matches rejected and restored, links
    made by hand and removed, between two states of one session."""

    notes_added: int = 0
    notes_edited: int = 0
    notes_deleted: int = 0
    rejected: int = 0
    restored: int = 0
    linked: int = 0
    unlinked: int = 0
    updated: tuple[str, ...] = ()  # the articles updated from their files ("A", "B")

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def in_words(self) -> list[str]:
        """Each change that happened, counted: ["2 notes added", "1 match rejected"]."""
        said = (
            (self.notes_added, "note added", "notes added"),
            (self.notes_edited, "note edited", "notes edited"),
            (self.notes_deleted, "note deleted", "notes deleted"),
            (self.rejected, "match rejected", "matches rejected"),
            (self.restored, "rejected match restored", "rejected matches restored"),
            (self.linked, "link made by hand", "links made by hand"),
            (self.unlinked, "link made by hand removed", "links made by hand removed"),
        )
        files = [f"article {side} updated from its file" for side in self.updated]
        return files + [f"{n} {one if n == 1 else many}" for n, one, many in said if n]


def holds_work(session: Session) -> bool:
    """Whether ``session`` holds anything of the reader's: a note, a rejected match or a
    link made by hand (a note added, then deleted, leaves nothing)."""
    return bool(session.notes or session.rejected or session.manual)


def _rejected_keys(session: Session) -> set[MatchKey]:
    return {match_key(m) for m in session.rejected_matches()}


def _manual_keys(session: Session) -> set[MatchKey]:
    return {match_key(m) for m in session.manual}


def changes_since(before: Session, after: Session) -> Changes:
    """What the reader changed from ``before`` (the session as saved, opened or begun) to
    ``after`` (the session now), both of the same pair the same way round. An article
    updated from its file since (:mod:`reader.session.article_update`) is said; the
    passages of its rejected matches and links then differ, so those are not counted
    (notes still are, by id)."""
    added = edited = deleted = 0
    if after.notes is not before.notes:
        was = {n.id: n for n in before.notes}
        for note in after.notes:
            old = was.pop(note.id, None)
            if old is None:
                added += 1
            elif (old.text, old.tags) != (note.text, note.tags):
                edited += 1
        deleted = len(was)
    updated = tuple(
        side
        for side, then, now in (
            ("A", before.alignment.a, after.alignment.a),
            ("B", before.alignment.b, after.alignment.b),
        )
        if then is not now and then.text != now.text
    )
    if updated:
        return Changes(added, edited, deleted, updated=updated)
    rejected_before, rejected_now = _rejected_keys(before), _rejected_keys(after)
    manual_before, manual_now = _manual_keys(before), _manual_keys(after)
    return Changes(
        notes_added=added,
        notes_edited=edited,
        notes_deleted=deleted,
        rejected=len(rejected_now - rejected_before),
        restored=len(rejected_before - rejected_now),
        linked=len(manual_now - manual_before),
        unlinked=len(manual_before - manual_now),
    )


def following_baseline(how: str, baseline: Session, alignment: Alignment) -> Session:
    """The saved state ``baseline`` as the session on screen follows ``alignment``
    (``how``: as :func:`~reader.session.view.following_session` said), so that the two
    stay comparable: swapped with it (SWAPPED), re-applied to the same texts aligned again
    (REALIGNED), or a new pair's empty session (ANOTHER_PAIR)."""
    if how == SWAPPED:
        return swapped_session(baseline)
    if how == REALIGNED:
        if swapped_texts(baseline, alignment):
            baseline = swapped_session(baseline)
        elif not same_texts(baseline, alignment):  # an article updated from its file since
            al = baseline.alignment
            if (
                (alignment.a.path, alignment.b.path)
                == (al.b.path, al.a.path)
                != (
                    al.a.path,
                    al.b.path,
                )
            ):
                baseline = swapped_session(baseline)
            return baseline  # what the file holds, still: the update is unsaved
        return baseline.reapply(alignment)
    return Session(alignment)


def and_list(parts: Sequence[str]) -> str:
    """The parts joined as a sentence lists them: "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


__all__ = ["Changes", "and_list", "changes_since", "following_baseline", "holds_work"]

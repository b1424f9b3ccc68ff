"""What the window shows of a Session, and a Session with its sides exchanged (Qt-free).

:func:`visible_alignment` is the alignment the panes, the link map and the matches dock
get: rejected matches (and their discrepancies) left out, manual links added (each marked
``Match.manual``). :func:`swapped_session` is the session of the pair shown B | A, so a
swap keeps the notes and corrections; :func:`following_session` is the session that
follows the one on screen once the window has finished another alignment.
"""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.linking.relatedness import date_notice, pair_notice
from reader.model.alignment import Alignment, Match
from reader.model.note import Note
from reader.model.session import Session
from reader.session.only_in_one import corrected_only, covering, rejected_closest


def visible_alignment(session: Session) -> Alignment:
    """``session.alignment`` without rejected matches and with the manual ones, and
    what only one article reports for those: a passage linked by hand is no longer only
    in its article, one whose every match was rejected is (:mod:`reader.session.only_in_one`),
    with the rejected match's other side as its closest sentence.

    A session without corrections gives its alignment itself (the window shows it as is).
    """
    al = session.alignment
    if not session.rejected and not session.manual:
        return al
    shown = tuple(m for m in (*al.matches, *session.manual) if m.id not in session.rejected)
    only_a = corrected_only(al.a, al.only_a, covering(al.matches, "a"), covering(shown, "a"))
    only_b = corrected_only(al.b, al.only_b, covering(al.matches, "b"), covering(shown, "b"))
    hidden = session.rejected_matches()
    return replace(
        al,
        matches=shown,
        discrepancies=tuple(d for d in al.discrepancies if d.match not in session.rejected),
        only_a=only_a,
        only_b=only_b,
        timing_ms=dict(al.timing_ms),
        closest_a=rejected_closest(al.a, "a", only_a, al.closest_a, hidden),
        closest_b=rejected_closest(al.b, "b", only_b, al.closest_b, hidden),
    )


def _swap_match(m: Match) -> Match:
    return replace(m, a=m.b, b=m.a)


def swapped_session(session: Session) -> Session:
    """The same session with articles A and B exchanged (ids, rejections, view and the
    marks of an update from the article files kept)."""
    return Session(
        session.alignment.swapped(),
        tuple(n.retargeted(n.match_id, n.b, n.a) for n in session.notes),
        session.rejected,
        tuple(_swap_match(m) for m in session.manual),
        dict(session.view),
        tuple(m.swapped() for m in session.update_marks),
    )


def same_texts(session: Session, alignment: Alignment) -> bool:
    """True when ``alignment`` is of the session's two texts, in the same order."""
    al = session.alignment
    return alignment.a.text == al.a.text and alignment.b.text == al.b.text


def swapped_texts(session: Session, alignment: Alignment) -> bool:
    """True when ``alignment`` is of the session's two texts with A and B exchanged."""
    al = session.alignment
    return alignment.a.text == al.b.text and alignment.b.text == al.a.text


# how a finished alignment follows the session on screen (see following_session)
SWAPPED, REALIGNED, ANOTHER_PAIR = "swapped", "realigned", "another pair"


def following_session(current: Session | None, alignment: Alignment) -> tuple[str, Session]:
    """The session that follows ``current`` once the window has finished ``alignment``,
    and how:

    - SWAPPED: the window swapped the sides (``alignment`` is the view of ``current``
      with A and B exchanged): ``current`` swapped (:func:`swapped_session`);
    - REALIGNED: the same two texts aligned again, either way round: ``current`` (swapped
      if need be) re-applied to it, so its notes, rejections and manual links stay;
    - ANOTHER_PAIR: other texts, or no session yet: a new session of ``alignment``.
    """
    if current is not None and swapped_texts(current, alignment):
        flipped = swapped_session(current)
        if alignment == visible_alignment(flipped):
            return SWAPPED, flipped
        return REALIGNED, flipped.reapply(alignment)
    if current is not None and same_texts(current, alignment):
        return REALIGNED, current.reapply(alignment)
    return ANOTHER_PAIR, Session(alignment)


def carry_note(origin: Session, note: Note, current: Session) -> Session | None:
    """``current`` with ``note`` added, a note the reader began on ``origin`` (the session
    on screen when the note dialog opened) and finished once ``current`` had replaced it.

    A re-alignment of the same pair, or the pair with its sides swapped, gets the note on
    the same passages (on the match that now covers them, if one does); another pair gets
    nothing (None), since the note's match id and offsets mean something else there.
    """
    if current is origin:
        return current.add_note(note)
    written = origin.add_note(note)  # a note on a match takes the match's passages
    if swapped_texts(origin, current.alignment):
        written = swapped_session(written)
    elif not same_texts(origin, current.alignment):
        return None
    if written.alignment != current.alignment:
        written = written.reapply(current.alignment)
    carried = written.note_by_id(note.id)
    assert carried is not None  # reapply and swapped_session keep every note
    if carried.match_id is not None and current.match_by_id(carried.match_id) is None:
        carried = carried.retargeted(None, carried.a, carried.b)
    return current.add_note(carried)


def view_notice(session: Session | None, shown: Alignment) -> str | None:
    """The pair notice for ``shown`` (see :func:`reader.analysis.linking.relatedness.pair_notice`),
    or None when the reader rejected links of this pair: an empty view is then their doing."""
    if session is None or not session.rejected:
        return pair_notice(shown)
    if same_texts(session, shown) or swapped_texts(session, shown):
        return date_notice(shown)
    return pair_notice(shown)


__all__ = [
    "ANOTHER_PAIR",
    "REALIGNED",
    "SWAPPED",
    "carry_note",
    "following_session",
    "same_texts",
    "swapped_session",
    "swapped_texts",
    "view_notice",
    "visible_alignment",
]

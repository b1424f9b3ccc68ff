"""Tests of reader/session/view.py: what the window shows of a session, and swapping sides."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from reader.analysis.linking.relatedness import NOTHING_SHARED
from reader.model import Alignment, Document, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.view import (
    ANOTHER_PAIR,
    REALIGNED,
    SWAPPED,
    carry_note,
    following_session,
    same_texts,
    swapped_session,
    swapped_texts,
    view_notice,
    visible_alignment,
)
from tests.session.samples import (
    TEXT_A,
    TEXT_B,
    realigned_alignment,
    sample_alignment,
    sample_session,
)


def test_without_corrections_the_alignment_itself_is_shown() -> None:
    session = Session(sample_alignment())
    assert visible_alignment(session) is session.alignment


def test_rejected_hidden_manual_added() -> None:
    session = sample_session()  # m3 rejected, one manual link
    shown = visible_alignment(session)
    ids = [m.id for m in shown.matches]
    assert ids == ["m1", "m2", "m4", session.manual[0].id]
    assert shown.matches[-1].manual
    assert shown.discrepancies == session.alignment.discrepancies  # m4's, not rejected


def test_discrepancy_of_a_rejected_match_is_hidden() -> None:
    session = Session(sample_alignment()).reject("m4")
    assert visible_alignment(session).discrepancies == ()


def test_swapped_session_exchanges_sides_and_keeps_the_work() -> None:
    session = sample_session()
    flipped = swapped_session(session)
    assert flipped.alignment == session.alignment.swapped()
    assert flipped.rejected == session.rejected
    assert [(n.a, n.b) for n in flipped.notes] == [(n.b, n.a) for n in session.notes]
    assert [(m.a, m.b) for m in flipped.manual] == [(m.b, m.a) for m in session.manual]
    assert swapped_session(flipped) == session


def test_window_swap_is_the_swapped_sessions_view() -> None:
    session = sample_session()
    assert visible_alignment(session).swapped() == visible_alignment(swapped_session(session))


def test_same_and_swapped_texts() -> None:
    session = sample_session()
    assert same_texts(session, session.alignment)
    assert not swapped_texts(session, session.alignment)
    assert swapped_texts(session, session.alignment.swapped())
    other = sample_alignment(TEXT_A + " More.", TEXT_B)
    assert not same_texts(session, other) and not swapped_texts(session, other)


def test_view_notice_when_nothing_is_shared() -> None:
    empty = replace(sample_alignment(), matches=(), discrepancies=())
    assert view_notice(None, empty) == NOTHING_SHARED


def test_no_view_notice_when_the_reader_rejected_the_links() -> None:
    session = Session(sample_alignment()).reject("m1").reject("m2")
    shown = replace(visible_alignment(session), matches=())
    assert view_notice(session, shown) is None
    assert view_notice(swapped_session(session), shown.swapped()) is None


def test_view_notice_for_another_pair_ignores_the_old_sessions_rejections() -> None:
    session = Session(sample_alignment()).reject("m1")
    other = replace(sample_alignment(TEXT_A + " More.", TEXT_B), matches=(), discrepancies=())
    assert view_notice(session, other) == NOTHING_SHARED


def test_date_notice_stays_when_the_reader_rejected_the_links() -> None:
    al = sample_alignment()
    al = replace(al, a=replace(al.a, date="2013-05-03"), b=replace(al.b, date="2013-06-13"))
    session = Session(al).reject("m1").reject("m2")
    shown = replace(visible_alignment(session), matches=())
    notice = view_notice(session, shown)
    assert notice is not None and notice.startswith("The two articles are dated 41 days apart")


# -- the session that follows a finished alignment ---------------------------------------

Finished = Callable[[Session], Alignment]  # the alignment the window finished after it
Follows = Callable[[Session, Alignment], Session]  # the session expected to follow


@pytest.mark.parametrize(
    ("finished", "how", "follows"),
    [
        # the window swapped the sides: the session on screen, swapped
        (lambda s: visible_alignment(s).swapped(), SWAPPED, lambda s, _al: swapped_session(s)),
        # the same pair aligned again (after a settings change): the session re-applied
        (lambda s: realigned_alignment(s.alignment), REALIGNED, lambda s, al: s.reapply(al)),
        (lambda s: s.alignment, REALIGNED, lambda s, al: s.reapply(al)),
        # the same files opened B | A: the session swapped, then re-applied
        (
            lambda s: realigned_alignment(s.alignment).swapped(),
            REALIGNED,
            lambda s, al: swapped_session(s).reapply(al),
        ),
        # the session's alignment B | A is not its view swapped: a rejection hides m3
        (
            lambda s: s.alignment.swapped(),
            REALIGNED,
            lambda s, al: swapped_session(s).reapply(al),
        ),
        # another pair: a new session, the notes and corrections left behind
        (
            lambda _s: sample_alignment(TEXT_A + " More.", TEXT_B),
            ANOTHER_PAIR,
            lambda _s, al: Session(al),
        ),
    ],
)
def test_the_session_that_follows_a_finished_alignment(
    finished: Finished, how: str, follows: Follows
) -> None:
    session = sample_session()  # m3 rejected, one manual link, notes
    alignment = finished(session)
    assert following_session(session, alignment) == (how, follows(session, alignment))


def test_the_first_alignment_makes_a_new_session() -> None:
    al = sample_alignment()
    assert following_session(None, al) == (ANOTHER_PAIR, Session(al))


def test_a_swap_of_a_pair_without_corrections_is_a_swap() -> None:
    session = Session(sample_alignment())
    swapped = session.alignment.swapped()
    assert following_session(session, swapped) == (SWAPPED, swapped_session(session))


# -- a note begun on the session on screen, finished after another alignment arrived ----


def _begun(session: Session) -> Note:
    """A note on the claim m1 of ``session``, as the note dialog drafts it."""
    return Note.new("Typed while the pair was matched again.", ("agrees",), match_id="m1")


def test_a_note_on_the_same_session_is_simply_added() -> None:
    session = sample_session()
    note = _begun(session)
    carried = carry_note(session, note, session)
    assert carried == session.add_note(note)


def test_a_note_follows_its_match_into_a_realignment() -> None:
    session = sample_session()
    current = session.reapply(realigned_alignment(session.alignment))
    carried = carry_note(session, _begun(session), current)
    assert carried is not None
    note = carried.notes[-1]
    m1 = session.alignment.match_by_id("m1")
    assert m1 is not None
    assert (note.match_id, note.a, note.b) == ("x4", m1.a, m1.b)


def test_a_note_follows_its_passages_across_a_swap() -> None:
    session = sample_session()
    current = swapped_session(session)
    carried = carry_note(session, _begun(session), current)
    assert carried is not None
    m1 = session.alignment.match_by_id("m1")
    assert m1 is not None
    assert (carried.notes[-1].a, carried.notes[-1].b) == (m1.b, m1.a)


def test_a_note_on_another_pair_is_not_carried_over() -> None:
    session = sample_session()
    other = Session(sample_alignment(TEXT_A + " More.", TEXT_B))  # it has an m1 too
    assert carry_note(session, _begun(session), other) is None


def sentenced(alignment: Alignment) -> Alignment:
    """``alignment`` with its documents cut into sentences (at full stops and lines)."""

    def cut(doc: Document) -> Document:
        found = re.finditer(r"\S[^.\n]*\.?", doc.text)
        return replace(doc, sentences=tuple(Span(m.start(), m.end()) for m in found))

    return replace(alignment, a=cut(alignment.a), b=cut(alignment.b))


def test_a_sentence_only_in_a_after_a_rejection_has_its_rejected_partner_as_closest() -> None:
    session = Session(sentenced(sample_alignment())).reject("m1")  # alone on its sentence
    shown = visible_alignment(session)
    m1 = session.match_by_id("m1")
    assert m1 is not None
    run = next(r for r in shown.only_a if r.overlaps(m1.a))
    closest = shown.closest_to("a", run)
    assert closest is not None and closest.partner == m1.b


def test_a_rejected_entity_match_gives_no_closest_sentence() -> None:
    session = Session(sentenced(sample_alignment())).reject("m3")  # names do not cover a sentence
    assert visible_alignment(session).closest_a == ()

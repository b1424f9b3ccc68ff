"""Tests of reader/session/changes.py: what changed in a session since it was saved."""

from __future__ import annotations

import pytest

from reader.model.note import Note
from reader.model.session import Session
from reader.session.article_update import updated_session
from reader.session.changes import (
    Changes,
    and_list,
    changes_since,
    following_baseline,
    holds_work,
)
from reader.session.view import REALIGNED, SWAPPED, following_session, swapped_session
from tests.session.samples import (
    TEXT_A,
    TEXT_B,
    realigned_alignment,
    sample_alignment,
    span_of,
)


def test_nothing_changed_is_no_change(session: Session) -> None:
    assert not changes_since(session, session)
    assert changes_since(session, session).in_words() == []


def test_only_the_note_added_since_is_counted(session: Session) -> None:
    """The audit's case: one note in the file, one more added, "2 notes" was said."""
    after = session.add_note(Note.new("one more", match_id="m2"))
    assert changes_since(session, after) == Changes(notes_added=1)


def test_a_note_whose_text_changed_is_edited(session: Session) -> None:
    after = session.edit_note("n1", text="Both agree; A says Wednesday, B June 19.")
    assert changes_since(session, after) == Changes(notes_edited=1)


def test_a_note_whose_tags_changed_is_edited(session: Session) -> None:
    after = session.edit_note("n2", tags=("check this",))
    assert changes_since(session, after) == Changes(notes_edited=1)


def test_a_note_deleted_since_is_counted(session: Session) -> None:
    assert changes_since(session, session.delete_note("n2")) == Changes(notes_deleted=1)


def test_a_note_added_then_deleted_is_no_change(session: Session) -> None:
    note = Note.new("passing thought", match_id="m2")
    assert not changes_since(session, session.add_note(note).delete_note(note.id))


def test_a_note_deleted_then_brought_back_is_no_change(session: Session) -> None:
    kept = session.note_by_id("n1")
    assert kept is not None
    assert not changes_since(session, session.delete_note("n1").add_note(kept))


def test_rejections_and_restores_are_counted(session: Session) -> None:
    after = session.restore("m3").reject("m4").reject("m2")
    assert changes_since(session, after) == Changes(rejected=2, restored=1)


def test_links_made_and_removed_are_counted(session: Session) -> None:
    made, _ = session.link(span_of(TEXT_A, "The talks"), span_of(TEXT_B, "The summit"))
    removed = made.unlink(session.manual[0].id)
    assert changes_since(session, removed) == Changes(linked=1, unlinked=1)


def test_view_settings_are_no_change_here(session: Session) -> None:
    """The filters are compared by the window, which knows which settings are filters."""
    assert not changes_since(session, session.with_view(min_score=0.8))


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        (Changes(notes_added=1), ["1 note added"]),
        (Changes(notes_added=2, notes_edited=1), ["2 notes added", "1 note edited"]),
        (Changes(notes_deleted=3, rejected=1), ["3 notes deleted", "1 match rejected"]),
        (Changes(restored=2), ["2 rejected matches restored"]),
        (Changes(linked=1, unlinked=2), ["1 link made by hand", "2 links made by hand removed"]),
    ],
)
def test_changes_in_words(changes: Changes, said: list[str]) -> None:
    assert changes.in_words() == said


@pytest.mark.parametrize(
    ("parts", "joined"),
    [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")],
)
def test_and_list(parts: list[str], joined: str) -> None:
    assert and_list(parts) == joined


def test_holds_work(session: Session) -> None:
    assert holds_work(session)
    assert not holds_work(Session(session.alignment))


def test_a_swap_leaves_the_changes_as_they_were(session: Session) -> None:
    after = session.add_note(Note.new("new", match_id="m2")).delete_note("n1")
    base = following_baseline(SWAPPED, session, swapped_session(session).alignment)
    assert changes_since(base, swapped_session(after)) == Changes(notes_added=1, notes_deleted=1)


@pytest.mark.parametrize("swapped", [False, True])
def test_a_realignment_leaves_the_changes_as_they_were(session: Session, swapped: bool) -> None:
    """Match ids change on a re-alignment: the rejection saved in the file is still the
    same rejection, and only the one made since is counted."""
    after = session.reject("m4")
    new = realigned_alignment(session.alignment)
    if swapped:
        new = new.swapped()
    how, following = following_session(after, new)
    assert how == REALIGNED
    base = following_baseline(how, session, new)
    assert changes_since(base, following) == Changes(rejected=1)


def test_another_pair_begins_with_nothing(session: Session) -> None:
    base = following_baseline("another pair", session, session.alignment)
    assert base == Session(session.alignment)


UPDATED_A = "Putin and Kim sign defence pact\n\nUpdated.\n\n" + TEXT_A.split("\n\n", 1)[1]


def test_an_article_updated_from_its_file_is_said_first(session: Session) -> None:
    after = updated_session(session, sample_alignment(UPDATED_A)).session
    after = after.add_note(Note.new("new", match_id="m2"))
    changes = changes_since(session, after)
    assert changes.updated == ("A",)
    assert changes.in_words() == ["article A updated from its file", "1 note added"]


def test_a_realignment_after_an_update_keeps_the_saved_state_as_it_is(session: Session) -> None:
    """The baseline holds the text the file was saved with: it cannot follow the new
    text, and need not: the update is what is unsaved."""
    after = updated_session(session, sample_alignment(UPDATED_A)).session
    assert following_baseline(REALIGNED, session, after.alignment) is session

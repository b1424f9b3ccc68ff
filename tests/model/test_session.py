"""Tests of reader/model/session.py: notes, corrections, re-alignment and JSON."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.errors import SchemaError, SessionError
from reader.model import Alignment, Match, MatchKind, Span
from reader.model.fingerprint import FileFingerprint
from reader.model.note import Note
from reader.model.session import Session, match_key
from tests.session.samples import (
    TEXT_A,
    TEXT_B,
    realigned_alignment,
    sample_alignment,
    sample_session,
    span_of,
)


@pytest.fixture
def alignment() -> Alignment:
    return sample_alignment()


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def realigned(alignment: Alignment) -> Alignment:
    return realigned_alignment(alignment)


def ids(matches: tuple[Match, ...]) -> list[str]:
    return [m.id for m in matches]


# -- notes -------------------------------------------------------------------------------


def test_add_note_appends(session: Session) -> None:
    note = Note.new("new", a=Span(0, 3))
    assert session.add_note(note).notes[-1] == note


def test_add_note_leaves_the_original_unchanged(session: Session) -> None:
    session.add_note(Note.new("new", a=Span(0, 3)))
    assert len(session.notes) == 2


def test_note_on_a_match_gets_the_match_spans(alignment: Alignment) -> None:
    s = Session(alignment).add_note(Note.new("x", match_id="m2"))
    m2 = alignment.matches[1]
    assert (s.notes[0].a, s.notes[0].b) == (m2.a, m2.b)


def test_note_on_a_missing_match_is_refused(session: Session) -> None:
    with pytest.raises(SchemaError):
        session.add_note(Note.new("x", match_id="nope"))


def test_note_outside_the_document_is_refused(session: Session) -> None:
    with pytest.raises(SchemaError):
        session.add_note(Note.new("x", a=Span(0, 10_000)))


def test_edit_note_changes_text_and_tags(session: Session) -> None:
    n = session.edit_note("n1", text="changed", tags=["contradicts"]).notes[0]
    assert (n.text, n.tags) == ("changed", ("contradicts",))


def test_edit_unknown_note_raises_key_error(session: Session) -> None:
    with pytest.raises(KeyError):
        session.edit_note("nope", text="x")


def test_delete_note_removes_it(session: Session) -> None:
    assert [n.id for n in session.delete_note("n1").notes] == ["n2"]


def test_notes_for_match(session: Session) -> None:
    assert [n.id for n in session.notes_for_match("m1")] == ["n1"]


# -- corrections -------------------------------------------------------------------------


def test_visible_matches_hide_rejected_add_manual_in_reading_order(session: Session) -> None:
    assert ids(session.visible_matches()) == ["manual-1", "m1", "m2", "m4"]


def test_restore_shows_a_rejected_match_again(session: Session) -> None:
    assert "m3" in ids(session.restore("m3").visible_matches())


def test_rejected_matches_lists_the_hidden_ones(session: Session) -> None:
    assert ids(session.rejected_matches()) == ["m3"]


def test_reject_unknown_match_raises_key_error(session: Session) -> None:
    with pytest.raises(KeyError):
        session.reject("nope")


def test_link_makes_a_manual_claim(session: Session) -> None:
    s, m = session.link(span_of(TEXT_A, "Putin said"), span_of(TEXT_B, "Putin called it"))
    assert (m.manual, m.kind, m.id, m in s.visible_matches()) == (
        True,
        MatchKind.CLAIM,
        "manual-2",
        True,
    )


def test_link_needs_text_on_both_sides(session: Session) -> None:
    with pytest.raises(SchemaError):
        session.link(Span(3, 3), Span(0, 4))


def test_unlink_keeps_notes_on_their_passages(session: Session) -> None:
    headline = span_of(TEXT_A, "Putin and Kim sign defence pact")
    note = session.add_note(Note("n3", "h", match_id="manual-1")).unlink("manual-1").notes[-1]
    assert (note.match_id, note.a) == (None, headline)


def test_with_view_merges_settings(session: Session) -> None:
    assert session.with_view(zoom=2.0).view == {"sync": True, "zoom": 2.0, "filter_kind": "claim"}


def test_view_refuses_non_scalars(alignment: Alignment) -> None:
    with pytest.raises(SchemaError):
        Session(alignment, view={"filters": ["claim"]})  # type: ignore[dict-item]


# -- re-alignment ------------------------------------------------------------------------


def test_rejection_survives_realignment(session: Session, realigned: Alignment) -> None:
    assert session.reapply(realigned).rejected == frozenset({"x3"})


def test_manual_link_survives_realignment(session: Session, realigned: Alignment) -> None:
    assert session.reapply(realigned).manual == session.manual


def test_visible_after_realignment(session: Session, realigned: Alignment) -> None:
    assert ids(session.reapply(realigned).visible_matches()) == ["manual-1", "x4", "x1", "x2"]


def test_note_reattaches_to_the_match_with_the_same_spans(
    session: Session, realigned: Alignment
) -> None:
    assert session.reapply(realigned).notes[0].match_id == "x4"


def test_note_falls_back_to_its_spans_when_its_match_is_gone(
    session: Session, realigned: Alignment
) -> None:
    s = session.add_note(Note("n3", "quote", match_id="m2")).reapply(realigned)
    n3 = s.note_by_id("n3")
    m2 = session.alignment.matches[1]
    assert n3 is not None and (n3.match_id, n3.a, n3.b) == (None, m2.a, m2.b)


def test_manual_id_clashing_with_new_alignment_is_renamed(
    session: Session, realigned: Alignment
) -> None:
    clash = replace(realigned, matches=(replace(realigned.matches[0], id="manual-1"),))
    s = session.add_note(Note("n3", "h", match_id="manual-1")).reapply(clash)
    n3 = s.note_by_id("n3")
    assert n3 is not None and n3.match_id == s.manual[0].id != "manual-1"


def test_reapply_refuses_other_texts(session: Session) -> None:
    with pytest.raises(SessionError):
        session.reapply(sample_alignment(TEXT_A + " More.", TEXT_B))


def test_match_key_is_kind_and_spans(alignment: Alignment) -> None:
    m = alignment.matches[0]
    assert match_key(m) == ("claim", m.a.start, m.a.end, m.b.start, m.b.end)


# -- JSON --------------------------------------------------------------------------------


def test_json_round_trip_is_lossless(session: Session) -> None:
    assert Session.from_json(session.to_json()) == session


def test_json_round_trip_keeps_view_types(session: Session) -> None:
    assert Session.from_json(session.to_json()).view["zoom"] == 1.25


def test_a_loaded_note_on_a_match_without_passages_gets_the_match_spans(
    alignment: Alignment,
) -> None:
    data, t = Session(alignment).to_json(), "2024-06-20T10:00:00Z"
    data["notes"] = [{"id": "n9", "text": "by hand", "match": "m2", "created": t, "modified": t}]
    note = Session.from_json(data).notes[0]
    m2 = alignment.matches[1]
    assert (note.match_id, note.a, note.b) == ("m2", m2.a, m2.b)


def test_unknown_rejected_id_is_a_schema_error(session: Session) -> None:
    with pytest.raises(SchemaError):
        Session.from_json({**session.to_json(), "rejected": ["ghost"]})


def test_wrong_schema_is_a_schema_error(session: Session) -> None:
    with pytest.raises(SchemaError):
        Session.from_json({**session.to_json(), "schema": "reader.session/9"})


def test_manual_match_not_marked_manual_is_a_schema_error(session: Session) -> None:
    data = session.to_json()
    data["manual"][0]["manual"] = False
    with pytest.raises(SchemaError):
        Session.from_json(data)


def test_json_round_trip_keeps_exact_scores(alignment: Alignment) -> None:
    exact = replace(alignment, matches=(replace(alignment.matches[0], score=0.7900523593792548),))
    s = Session(exact)
    assert Session.from_json(s.to_json()).alignment.matches[0].score == 0.7900523593792548


# -- the fingerprints of the article files ------------------------------------------------

FP_A = FileFingerprint.of_bytes(b"article A's bytes")


def with_fingerprint(session: Session, fingerprint: FileFingerprint | None) -> Session:
    al = session.alignment
    return replace(session, alignment=replace(al, a=replace(al.a, fingerprint=fingerprint)))


def test_a_fingerprint_is_saved_with_its_document(session: Session) -> None:
    data = with_fingerprint(session, FP_A).to_json()
    a, b = data["alignment"]["documents"]
    assert a["fingerprint"] == {"size": FP_A.size, "sha256": FP_A.sha256}
    assert "fingerprint" not in b  # read from no file


def test_a_fingerprint_survives_a_json_round_trip(session: Session) -> None:
    again = Session.from_json(with_fingerprint(session, FP_A).to_json())
    assert again.alignment.a.fingerprint == FP_A
    assert again.alignment.b.fingerprint is None


def test_a_session_without_fingerprints_writes_what_it_wrote_before(session: Session) -> None:
    """No fingerprint: no field, so the file is byte for byte what an older Crossread
    wrote."""
    for doc in session.to_json()["alignment"]["documents"]:
        assert "fingerprint" not in doc


def test_the_alignment_s_json_holds_no_fingerprint(session: Session) -> None:
    """The public reader.alignment/1 (crossread align --format json) is unchanged."""
    al = with_fingerprint(session, FP_A).alignment
    assert all("fingerprint" not in d for d in al.to_json()["documents"])


def test_a_fingerprint_follows_a_swap_and_a_realignment(
    session: Session, realigned: Alignment
) -> None:
    noted = with_fingerprint(session, FP_A)
    assert noted.alignment.swapped().b.fingerprint == FP_A
    realigned = replace(realigned, a=replace(realigned.a, fingerprint=FP_A))
    assert noted.reapply(realigned).alignment.a.fingerprint == FP_A


@pytest.mark.parametrize(
    "written",
    [
        None,
        "abc",
        {"size": 3},
        {"size": -1, "sha256": "0" * 64},
        {"size": True, "sha256": "0" * 64},
        {"size": 3, "sha256": "XYZ"},
        {"size": 3, "sha256": "0" * 63},
    ],
)
def test_a_malformed_fingerprint_reads_as_none(session: Session, written: object) -> None:
    """A hand-edited file: the session opens, and knows its file as an older one did."""
    data = session.to_json()
    data["alignment"]["documents"][0]["fingerprint"] = written
    assert Session.from_json(data).alignment.a.fingerprint is None


@pytest.fixture
def figure_alone(alignment: Alignment) -> Session:
    """A session whose number match spans the figures alone ("three" / "five"), rejected
    and noted, as an earlier analysis read them."""
    number = alignment.matches[3]
    bare = replace(
        number,
        a=Span(number.a.start, number.a.start + len("three")),
        b=Span(number.b.start, number.b.start + len("five")),
    )
    earlier = replace(alignment, matches=(*alignment.matches[:3], bare), discrepancies=())
    return Session(earlier).reject("m4").add_note(Note("n1", "checked", match_id="m4"))


def test_a_rejection_follows_a_figure_match_now_read_with_its_unit(
    figure_alone: Session, alignment: Alignment
) -> None:
    """ "three" / "five" now "three hours" / "five hours": the same match, still hidden."""
    assert figure_alone.reapply(alignment).rejected == frozenset({"m4"})


def test_a_note_follows_a_figure_match_now_read_with_its_unit(
    figure_alone: Session, alignment: Alignment
) -> None:
    note = figure_alone.reapply(alignment).note_by_id("n1")
    assert note is not None and note.match_id == "m4"

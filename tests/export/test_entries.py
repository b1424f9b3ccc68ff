"""Tests of reader/export/entries.py: which entries an export lists, in which order."""

from __future__ import annotations

from reader.export.entries import build_entries, export_data
from reader.export.entry import REJECTED_LABEL, Entry
from reader.model.note import Note
from reader.model.session import Session


def keys(entries: list[Entry]) -> list[str]:
    return [e.match_id or e.notes[0].id for e in entries]


def test_default_lists_visible_claims_and_quotes_and_notes(session: Session) -> None:
    assert keys(build_entries(session)) == ["manual-1", "m1", "m2", "n2"]


def test_minor_adds_entity_and_number_matches(session: Session) -> None:
    assert keys(build_entries(session, minor=True)) == ["manual-1", "m1", "m2", "m4", "n2"]


def test_only_annotated_lists_entries_with_notes(session: Session) -> None:
    assert keys(build_entries(session, only_annotated=True)) == ["m1", "n2"]


def test_a_session_without_notes_lists_all_visible_claims_and_quotes(session: Session) -> None:
    bare = Session(session.alignment)
    assert keys(build_entries(bare)) == ["m1", "m2"]


def test_annotated_match_of_a_minor_kind_is_listed(session: Session) -> None:
    s = session.add_note(Note("n3", "hours differ", match_id="m4"))
    assert "m4" in keys(build_entries(s))


def test_annotated_rejected_match_is_listed(session: Session) -> None:
    s = session.add_note(Note("n3", "not the same person", match_id="m3"))
    assert "m3" in keys(build_entries(s, only_annotated=True))


def test_entry_carries_both_passages(session: Session) -> None:
    m1 = build_entries(session)[1]
    assert (m1.a_text, m1.b_text) == (
        "Russia and North Korea agreed on Wednesday to help each other",
        "The two countries pledged on June 19 to provide military assistance",
    )


def test_note_entry_without_a_passage_in_a(session: Session) -> None:
    n2 = build_entries(session)[-1]
    assert (n2.kind, n2.a, n2.b_text) == ("note", None, "The summit lasted five hours.")


def test_entry_gathers_tags_of_all_its_notes(session: Session) -> None:
    s = session.add_note(Note("n3", "", ("check this", "agrees"), match_id="m1"))
    assert build_entries(s)[1].tags == ("agrees", "check this")


def test_discrepancies_go_with_their_match(session: Session) -> None:
    m4 = build_entries(session, minor=True)[3]
    assert m4.discrepancies == ("three hours vs five hours",)


def test_manual_match_has_no_score(session: Session) -> None:
    assert build_entries(session)[0].score is None


def test_export_data_names_both_documents(session: Session) -> None:
    data = export_data(session)
    assert (data.a.byline, data.b.byline) == ("Hankyoreh, 2024-06-20", "AP, 2024-06-20")


def test_passages_only_one_article_reports_are_listed_apart(session: Session) -> None:
    data = export_data(session)
    assert [(e.kind, e.a_text) for e in data.only] == [
        ("only_a", "Putin and Kim sign defence pact")
    ]
    assert data.only_in("a") == data.only and data.only_in("b") == ()


def test_only_annotated_leaves_out_the_passages_only_one_reports(session: Session) -> None:
    assert export_data(session, only_annotated=True).only == ()


def test_a_rejected_match_listed_for_its_note_says_it_was_rejected(session: Session) -> None:
    s = session.add_note(Note("n3", "not the same person", match_id="m3"))
    (entry,) = [e for e in build_entries(s) if e.match_id == "m3"]
    assert entry.rejected and REJECTED_LABEL in entry.summary()
    assert not any(e.rejected for e in build_entries(s) if e.match_id != "m3")


def test_export_time_reads_as_a_reader_writes_it() -> None:
    from reader.export.entries import readable_time

    text = readable_time("2026-12-01T12:13:21+00:00")
    assert "2026" in text and "December" in text and "T12" not in text
    assert readable_time("not a time") == "not a time"

"""Tests of reader/session/article_update.py: a session carried onto its articles' new
texts."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import align
from reader.errors import IngestError
from reader.ingest import load_document
from reader.model.alignment import Alignment, MatchKind
from reader.model.document import Document
from reader.model.fingerprint import FileFingerprint
from reader.model.note import Note
from reader.model.session import Session
from reader.session.article_update import (
    PASSAGE_CHANGED,
    PASSAGE_GONE,
    UpdateRefused,
    check_same_article,
    paragraph_changes,
    read_again,
    updated_session,
)
from reader.session.source_files import source_changes
from reader.session.store import load_session, save_session
from reader.session.text_edits import TextEdit
from tests.session.samples import TEXT_A, TEXT_B, document, sample_alignment, span_of

HEADLINE = "Putin and Kim sign defence pact\n\n"
ADDED = "Updated with the Kremlin's account of the talks.\n\n"
WITH_PARAGRAPH = HEADLINE + ADDED + TEXT_A[len(HEADLINE) :]


def without(alignment: Alignment, *ids: str) -> Alignment:
    """``alignment`` without the matches ``ids`` (and their discrepancies)."""
    return replace(
        alignment,
        matches=tuple(m for m in alignment.matches if m.id not in ids),
        discrepancies=tuple(d for d in alignment.discrepancies if d.match not in ids),
    )


def test_notes_follow_their_words_past_an_added_paragraph(session: Session) -> None:
    updated = updated_session(session, sample_alignment(WITH_PARAGRAPH))
    n1 = updated.session.note_by_id("n1")
    assert n1 is not None and n1.match_id == "m1"
    claim = "Russia and North Korea agreed on Wednesday to help each other"
    assert n1.a == span_of(WITH_PARAGRAPH, claim)
    assert n1.tags == ("agrees",) and n1.text == session.notes[0].text
    assert updated.session.note_by_id("n2") == session.note_by_id("n2")  # B is as it was
    assert updated.report.notes_moved == 1


def test_rejections_and_links_made_by_hand_follow_their_passages(session: Session) -> None:
    updated = updated_session(session, sample_alignment(WITH_PARAGRAPH))
    assert updated.session.rejected == frozenset({"m3"})
    (link,) = updated.session.manual
    assert link.a.slice(WITH_PARAGRAPH) == "Putin and Kim sign defence pact"
    assert link.b == session.manual[0].b


def test_a_note_on_a_reworded_passage_is_tagged_and_keeps_its_old_words(
    session: Session,
) -> None:
    new_b = TEXT_B.replace("five hours", "six hours")
    new = replace(without(sample_alignment(), "m4"), b=document(new_b, "N", "AP", "", "b.txt"))
    updated = updated_session(session, new)
    n2 = updated.session.note_by_id("n2")
    assert n2 is not None
    assert n2.b is not None and n2.b.slice(new_b) == "The summit lasted six hours."
    assert PASSAGE_CHANGED in n2.tags
    assert "the passage read: “The summit lasted five hours.”" in n2.text
    assert n2.text.startswith("Only AP gives the length as five hours.")
    assert updated.report.notes_changed == 1


def test_a_note_whose_passage_is_gone_is_kept_on_the_nearest_sentence(
    session: Session,
) -> None:
    new_b = TEXT_B.replace(" The summit lasted five hours.", "")
    b = document(new_b, "North Korea", "AP", "2024-06-20", "b.txt")
    b = replace(b, sentences=(span_of(new_b, 'Putin called it "a breakthrough".'),))
    new = replace(without(sample_alignment(), "m4"), b=b)
    updated = updated_session(session, new)
    n2 = updated.session.note_by_id("n2")
    assert n2 is not None, "a note is never dropped"
    assert PASSAGE_GONE in n2.tags
    assert n2.b == span_of(new_b, 'Putin called it "a breakthrough".')
    assert "“The summit lasted five hours.”" in n2.text
    assert updated.report.notes_gone == 1


def test_a_note_on_a_match_not_made_again_stays_on_its_passages(session: Session) -> None:
    updated = updated_session(session, without(sample_alignment(WITH_PARAGRAPH), "m1"))
    n1 = updated.session.note_by_id("n1")
    assert n1 is not None and n1.match_id is None
    assert n1.a is not None and n1.a.slice(WITH_PARAGRAPH).startswith("Russia and North")
    assert n1.b == session.alignment.match_by_id("m1").b  # type: ignore[union-attr]


def test_a_rejection_whose_match_is_not_made_again_goes(session: Session) -> None:
    updated = updated_session(session, without(sample_alignment(WITH_PARAGRAPH), "m3"))
    assert updated.session.rejected == frozenset()
    assert updated.report.rejections_dropped == 1


def test_the_report_says_what_changed_in_the_article(session: Session) -> None:
    said = updated_session(session, sample_alignment(WITH_PARAGRAPH)).report.in_words()
    assert said == "Article A was updated: 1 paragraph added; 1 note moved with its words."


def test_paragraph_changes_counts_changed_added_and_removed() -> None:
    old = document("H\n\nOne two.\n\nThree four.\n\nFive.", "H", "", "", "a.txt")
    new_text = "H\n\nOne two three.\n\nThree four.\n\nSix seven.\n\nEight."
    new = document(new_text, "H", "", "", "a.txt")
    side = paragraph_changes("A", old, new, TextEdit.between(old.text, new.text))
    assert (side.changed, side.added, side.removed) == (2, 1, 0)
    assert side.in_words() == "Article A was updated: 2 paragraphs changed and 1 added"


def test_another_article_in_the_file_is_refused() -> None:
    old = document(TEXT_A, "t", "", "", "/x/a.txt")
    other = document("Heavy rain flooded the valley on Sunday.", "t", "", "", "/x/a.txt")
    with pytest.raises(UpdateRefused, match="now holds another article"):
        check_same_article("A", old, other)


def test_a_file_with_no_text_is_refused() -> None:
    old = document(TEXT_A, "t", "", "", "/x/a.txt")
    with pytest.raises(UpdateRefused, match="holds no text"):
        check_same_article("A", old, document(" \n", "t", "", "", "/x/a.txt"))


def test_a_note_on_both_articles_keeps_its_tags_once(session: Session) -> None:
    note = Note("n9", "x", (PASSAGE_CHANGED,), b=span_of(TEXT_B, "The summit lasted five hours."))
    s = session.add_note(note)
    new_b = TEXT_B.replace("five hours", "six hours")
    b = document(new_b, "North Korea", "AP", "2024-06-20", "b.txt")
    new = replace(without(sample_alignment(), "m4"), b=b)
    carried = updated_session(s, new).session.note_by_id("n9")
    assert carried is not None and carried.tags.count(PASSAGE_CHANGED) == 1


def lexical(a: Document, b: Document, **kw: Any) -> Alignment:
    return align(a, b, method="lexical", **kw)


@pytest.fixture
def files(tmp_path: Path, seed_a_path: Path, seed_b_path: Path) -> Session:
    """The seed pair's session on copies of its files in tmp_path, a note on a claim."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copyfile(seed_a_path, a)
    shutil.copyfile(seed_b_path, b)
    al = lexical(load_document(str(a)), load_document(str(b)))
    claim = next(m for m in al.matches if m.kind is MatchKind.CLAIM)
    return Session(al).add_note(Note("n1", "x", match_id=claim.id))


def test_read_again_gives_nothing_for_files_as_the_session_holds_them(files: Session) -> None:
    assert read_again(files, load_document, lexical) is None


def test_read_again_keeps_the_text_of_a_file_gone(files: Session) -> None:
    Path(files.alignment.b.path).unlink()
    a = Path(files.alignment.a.path)
    a.write_text(a.read_text(encoding="utf-8") + "\n\nA line added.\n", encoding="utf-8")
    updated = read_again(files, load_document, lexical)
    assert updated is not None
    assert updated.session.alignment.b is files.alignment.b
    assert updated.session.alignment.a.text.rstrip().endswith("A line added.")
    assert updated.session.notes[0].match_id is not None


def test_read_again_refuses_a_file_that_cannot_be_read(files: Session) -> None:
    Path(files.alignment.a.path).write_bytes(b"")
    with pytest.raises(IngestError):
        read_again(files, load_document, lexical)


def test_an_update_takes_the_fingerprint_of_the_file_read(files: Session, tmp_path: Path) -> None:
    """Updated, the session no longer says the file changed: it holds what the file does."""
    a = Path(files.alignment.a.path)
    a.write_text(a.read_text(encoding="utf-8") + "\n\nA line added.\n", encoding="utf-8")
    updated = read_again(files, load_document, lexical)
    assert updated is not None
    assert updated.session.alignment.a.fingerprint == FileFingerprint.of_bytes(a.read_bytes())
    save_session(updated.session, tmp_path / "s.crossread")
    assert source_changes(load_session(tmp_path / "s.crossread"), tmp_path / "s.crossread") == []


def test_an_update_takes_the_new_bytes_of_an_article_whose_text_is_the_same(
    files: Session,
) -> None:
    """B's line ends converted (its text the same) while A was edited: B keeps its text
    and takes the fingerprint of its bytes now."""
    a, b = Path(files.alignment.a.path), Path(files.alignment.b.path)
    a.write_text(a.read_text(encoding="utf-8") + "\n\nA line added.\n", encoding="utf-8")
    b.write_bytes(b.read_bytes().replace(b"\n", b"\r\n"))
    updated = read_again(files, load_document, lexical)
    assert updated is not None
    new_b = updated.session.alignment.b
    assert new_b.text == files.alignment.b.text
    assert new_b.fingerprint == FileFingerprint.of_bytes(b.read_bytes())
    assert [s.side for s in updated.report.sides] == ["A"]

"""Tests of reader/session/update_marks.py: the marks an update from the article files
leaves on the sentences the outlet changed, kept by the session through a swap, a
re-alignment and a save."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.model.alignment import Alignment
from reader.model.document import Document
from reader.model.session import Session
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.article_update import updated_session
from reader.session.store import load_session, save_session
from reader.session.text_edits import TextEdit
from reader.session.update_marks import (
    BEFORE_MAX,
    before_words,
    change_words,
    cut_wording,
    mark_changes,
    marks_at,
    marks_of_edit,
    removed_marks,
    step_to,
    updated_marks,
)
from reader.session.view import swapped_session
from reader.session.word_changes import Kind
from tests.session.samples import (
    TEXT_A,
    TEXT_B,
    document,
    sample_alignment,
    sample_session,
    span_of,
)

REWORDED = TEXT_A.replace("The talks lasted", "The long talks lasted")
SENTENCE = re.compile(r"[^.!?\n]+[.!?\"]*")


def with_sentences(doc: Document) -> Document:
    """``doc`` with a sentence at each run of text up to a stop (the samples have none)."""
    found = tuple(
        Span(m.start(), m.end()) for m in SENTENCE.finditer(doc.text) if m.group().strip()
    )
    return replace(doc, sentences=found)


def aligned(text_a: str) -> Alignment:
    al = sample_alignment(text_a)
    return replace(al, a=with_sentences(al.a), b=with_sentences(al.b))


def updated(text_a: str) -> Session:
    old = sample_session()
    old = replace(old, alignment=aligned(TEXT_A))
    return updated_session(old, aligned(text_a)).session


def test_a_reworded_sentence_is_marked_with_its_old_words() -> None:
    (mark,) = updated(REWORDED).update_marks
    assert mark.side == "a"
    assert mark.span.slice(REWORDED).strip() == "The long talks lasted three hours."
    assert mark.before == "The talks lasted three hours."
    assert before_words(mark) == "Before the update: “The talks lasted three hours.”"


def test_an_added_sentence_is_marked_as_added() -> None:
    text = TEXT_A + "\n\nKim thanked Putin."
    (mark,) = updated(text).update_marks
    assert mark.span.slice(text) == "Kim thanked Putin."
    assert mark.before == ""
    assert before_words(mark).startswith("Added in the update")


def test_an_update_of_the_same_text_leaves_no_marks() -> None:
    assert updated(TEXT_A).update_marks == ()


def test_a_swap_moves_the_marks_to_the_other_side() -> None:
    session = updated(REWORDED)
    (mark,) = swapped_session(session).update_marks
    assert mark.side == "b" and mark.span == session.update_marks[0].span


def test_matching_again_keeps_the_marks() -> None:
    session = updated(REWORDED)
    assert session.reapply(session.alignment).update_marks == session.update_marks


def test_the_marks_are_saved_and_read_back(tmp_path: Path) -> None:
    session = updated(REWORDED)
    save_session(session, tmp_path / "s.crossread")
    assert load_session(tmp_path / "s.crossread").update_marks == session.update_marks


def test_a_session_without_marks_is_saved_as_before() -> None:
    """No "update_marks" field: a file without marks reads in an older Crossread as it
    always did, and a file from before them opens with none."""
    data = sample_session().to_json()
    assert "update_marks" not in data
    assert Session.from_json(data).update_marks == ()


def test_a_second_update_keeps_the_first_ones_marks_where_their_words_are() -> None:
    first = updated(REWORDED)
    text = "Breaking: " + REWORDED
    edit = TextEdit.between(REWORDED, text)
    headline = span_of(text, "Breaking: Putin and Kim sign defence pact")
    marks = updated_marks(first.update_marks, {"a": edit}, marks_of_edit("a", edit, [headline]))
    assert [m.before for m in marks] == [
        "Putin and Kim sign defence pact",
        "The talks lasted three hours.",
    ]
    assert marks[1].span.slice(text).strip() == "The long talks lasted three hours."


def test_a_second_change_of_a_marked_sentence_tells_the_wording_just_before_it() -> None:
    first = updated(REWORDED)
    text = REWORDED.replace("long talks", "very long talks")
    edit = TextEdit.between(REWORDED, text)
    sentence = span_of(text, "The very long talks lasted three hours.")
    (mark,) = updated_marks(first.update_marks, {"a": edit}, marks_of_edit("a", edit, [sentence]))
    assert mark.before == "The long talks lasted three hours."


def test_a_marked_sentence_the_outlet_took_out_loses_its_mark() -> None:
    first = updated(REWORDED)
    text = REWORDED.replace(" The long talks lasted three hours.", "")
    assert updated_marks(first.update_marks, {"a": TextEdit.between(REWORDED, text)}, []) == ()


def marks(*starts: tuple[str, int]) -> list[UpdateMark]:
    return [UpdateMark(side, Span(at, at + 5)) for side, at in starts]


def test_next_change_goes_through_a_then_b_and_round() -> None:
    ms = marks(("a", 10), ("a", 50), ("b", 5))
    assert step_to(ms, "a", 0, 1) == (0, ms[0])
    assert step_to(ms, "a", 10, 1) == (1, ms[1])
    assert step_to(ms, "a", 50, 1) == (2, ms[2])
    assert step_to(ms, "b", 5, 1) == (0, ms[0])


def test_previous_change_goes_back_and_round() -> None:
    ms = marks(("a", 10), ("b", 5))
    assert step_to(ms, "b", 5, -1) == (0, ms[0])
    assert step_to(ms, "a", 10, -1) == (1, ms[1])
    assert step_to([], "a", 0, 1) is None


@given(st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 500)), min_size=1), st.data())
def test_stepping_forward_then_back_returns_to_the_mark(
    starts: list[tuple[str, int]], data: st.DataObject
) -> None:
    ms = sorted(set(marks(*starts)), key=lambda m: (m.side, m.span.start))
    side = data.draw(st.sampled_from("ab"))
    found = step_to(ms, side, data.draw(st.integers(0, 600)), 1)
    assert found is not None
    _, mark = found
    back = step_to(ms, mark.side, mark.span.start, 1)
    assert back is not None
    again = step_to(ms, back[1].side, back[1].span.start, -1)
    assert again is not None and again[1] == mark


def test_the_marks_at_a_place_are_those_of_its_side() -> None:
    ms = marks(("a", 10), ("b", 10))
    assert marks_at(ms, "b", 12) == [ms[1]]
    assert marks_at(ms, "a", 20) == []


def update_of(old: str, new: str) -> Session:
    """The sample session on article A's text ``old`` updated to ``new``."""
    session = replace(sample_session(old), alignment=aligned(old))
    return updated_session(session, aligned(new)).session


def test_a_paragraph_taken_out_is_marked_at_its_place_with_its_words() -> None:
    """A paragraph gone: a mark at the start of the paragraph now after the one before."""
    old = TEXT_A.replace("\n\nRussia", "\n\nSeoul watched closely.\n\nRussia")
    (mark,) = update_of(old, TEXT_A).update_marks
    assert mark.removed and len(mark.span) == 0
    assert TEXT_A[mark.span.start :].startswith("Russia and North Korea")
    assert mark.before == "Seoul watched closely."
    assert before_words(mark) == "A paragraph removed in the update: “Seoul watched closely.”"
    assert mark.paragraphs == 1


def test_the_first_paragraph_taken_out_is_marked_at_the_start() -> None:
    (mark,) = update_of("Seoul watched closely.\n\n" + TEXT_A, TEXT_A).update_marks
    assert mark.removed and mark.span == Span(0, 0)


def test_a_sentence_taken_out_of_a_paragraph_is_marked_before_the_next_one() -> None:
    old = TEXT_A.replace("The talks lasted", "Kim smiled. The talks lasted")
    (mark,) = update_of(old, TEXT_A).update_marks
    assert mark.removed
    assert TEXT_A[mark.span.start :].startswith("The talks lasted")
    assert mark.before == "Kim smiled."


def test_a_sentence_taken_out_of_a_paragraph_says_so() -> None:
    """Not a paragraph, though its place may be a paragraph's start."""
    old = TEXT_A.replace("The talks lasted", "Kim smiled. The talks lasted")
    (mark,) = update_of(old, TEXT_A).update_marks
    assert mark.paragraphs == 0
    assert before_words(mark) == "Removed from this paragraph in the update: “Kim smiled.”"


def test_the_last_paragraph_taken_out_is_marked_at_the_end() -> None:
    (mark,) = update_of(TEXT_A + "\n\nKim thanked Putin.", TEXT_A).update_marks
    assert mark.removed and mark.span.start == len(TEXT_A)
    assert mark.before == "Kim thanked Putin."


def test_two_paragraphs_taken_out_together_are_one_mark() -> None:
    old = TEXT_A + "\n\nKim thanked Putin.\n\nPutin thanked Kim.\n\nThey left."
    new = TEXT_A + "\n\nThey left."
    (mark,) = update_of(old, new).update_marks
    assert mark.removed and new[mark.span.start :] == "They left."
    assert mark.before == "Kim thanked Putin. Putin thanked Kim."
    assert mark.paragraphs == 2
    assert change_words(mark, new).startswith("2 paragraphs removed in the update: “Kim")


def test_words_a_changed_sentence_took_the_place_of_are_not_marked_removed() -> None:
    """A sentence replaced by another: one changed mark telling the old words."""
    old = TEXT_A.replace("The talks lasted", "Kim smiled at dawn. The talks lasted")
    new = TEXT_A.replace("The talks lasted", "Lavrov waved goodbye. The talks lasted")
    (mark,) = update_of(old, new).update_marks
    assert not mark.removed
    assert mark.before == "Kim smiled at dawn."


def test_a_removed_mark_is_saved_and_read_back(tmp_path: Path) -> None:
    session = update_of(TEXT_A + "\n\nKim thanked Putin.", TEXT_A)
    save_session(session, tmp_path / "s.crossread")
    assert load_session(tmp_path / "s.crossread").update_marks == session.update_marks


def test_a_removed_mark_keeps_its_place_through_a_second_update() -> None:
    old = TEXT_A.replace("\n\nRussia", "\n\nSeoul watched closely.\n\nRussia")
    first = update_of(old, TEXT_A)
    text = TEXT_A + "\n\nKim thanked Putin."
    edit = TextEdit.between(TEXT_A, text)
    added = span_of(text, "Kim thanked Putin.")
    marks = updated_marks(first.update_marks, {"a": edit}, marks_of_edit("a", edit, [added]))
    place = first.update_marks[0].span.start
    assert [(m.removed, m.span.start) for m in marks] == [(True, place), (False, added.start)]
    assert marks[0].paragraphs == 1  # what it took out: still said


def test_next_change_stops_at_each_of_two_marks_at_one_place() -> None:
    """A passage taken out just before a changed sentence: a stop for each."""
    gone, changed = UpdateMark("a", Span(10, 10), "x", removed=True), UpdateMark("a", Span(10, 20))
    ms = [changed, gone]
    assert step_to(ms, "a", 0, 1) == (0, gone)
    assert step_to(ms, "a", 10, 1, current=gone) == (1, changed)
    assert step_to(ms, "a", 10, -1, current=changed) == (0, gone)
    assert step_to(ms, "a", 10, 1, current=changed) == (0, gone)


def test_the_status_bar_gives_the_changed_words_in_a_few_words_of_context() -> None:
    before = (
        "On Monday the mayor of the northern city said that 12 people died in the floods there."
    )
    now = before.replace("12", "14")
    mark = UpdateMark("a", Span(0, len(now)), before)
    assert (
        change_words(mark, now)
        == "Before the update: “… northern city said that 12 people died in the …”"
    )


def test_the_status_bar_gives_the_first_words_of_a_passage_taken_out() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    mark = UpdateMark("a", Span(0, 0), words, removed=True)
    said = change_words(mark, "")
    assert said == f"Removed in the update: “{' '.join(words.split()[:20])} …”"


PARAGRAPH_WORDS = st.lists(
    st.sampled_from(["the", "mayor", "said", "12", "rain", "Kim"]), max_size=8
)


@given(st.lists(PARAGRAPH_WORDS, min_size=2, max_size=8), st.data())
def test_each_run_of_paragraphs_taken_out_is_one_mark_at_the_paragraph_after_it(
    words: list[list[str]], data: st.DataObject
) -> None:
    paragraphs = [" ".join([f"P{i}", *w]) + "." for i, w in enumerate(words)]
    gone = data.draw(st.sets(st.integers(0, len(paragraphs) - 1), max_size=len(paragraphs) - 1))
    kept = [p for i, p in enumerate(paragraphs) if i not in gone]
    old_text, new_text = "\n\n".join(paragraphs), "\n\n".join(kept)
    old = with_sentences(document(old_text, "t", "s", "2024-06-20", "a.txt"))
    new = with_sentences(document(new_text, "t", "s", "2024-06-20", "a.txt"))
    marks = removed_marks("a", TextEdit.between(old_text, new_text), old, new, [])
    runs = [i for i in sorted(gone) if i - 1 not in gone]
    assert len(marks) == len(runs)
    for first, mark in zip(runs, marks, strict=True):
        assert mark.removed and mark.span.fits(len(new_text))
        assert mark.paragraphs == next(n for n in range(1, 9) if first + n not in gone)
        assert mark.before.startswith(paragraphs[first])
        after = next((p for i, p in enumerate(paragraphs) if i > first and i not in gone), "")
        assert new_text[mark.span.start :].startswith(after)


def test_a_paragraph_taken_out_before_a_sentence_whose_first_words_changed_is_marked_removed() -> (
    None
):
    """The count said "1 removed" while the paragraph went into the next sentence's
    "before" wording, with no wedge of its own."""
    base = TEXT_A + "\n\nKim thanked Putin warmly."
    old = base.replace("\n\nKim thanked", "\n\nSeoul watched closely.\n\nKim thanked")
    new = base.replace("Kim thanked Putin", "Then Kim thanked Putin")
    session = replace(sample_session(old), alignment=aligned(old))
    result = updated_session(session, aligned(new))
    (side,) = result.report.sides
    assert (side.changed, side.removed) == (1, 1)
    gone, changed = result.session.update_marks
    assert gone.removed and gone.before == "Seoul watched closely."
    assert new[gone.span.start :].startswith("Then Kim thanked")
    assert not changed.removed and changed.before == "Kim thanked Putin warmly."


@given(st.lists(PARAGRAPH_WORDS, min_size=2, max_size=8), st.data())
def test_each_paragraph_the_update_counts_removed_is_in_a_removed_mark_and_no_other(
    words: list[list[str]], data: st.DataObject
) -> None:
    """Paragraphs taken out, others' first word changed: the report's "N removed" is
    the number of paragraphs the removed marks hold, each held by one, none kept."""
    paragraphs = [" ".join([f"P{i}", *w, f"end{i}"]) + "." for i, w in enumerate(words)]
    n = len(paragraphs)
    gone = data.draw(st.sets(st.integers(0, n - 1), max_size=n - 1))
    reworded = data.draw(st.sets(st.integers(0, n - 1)))
    kept = [
        p.replace(f"P{i} ", f"Now{i} ", 1) if i in reworded else p
        for i, p in enumerate(paragraphs)
        if i not in gone
    ]
    old = with_sentences(document("\n\n".join(paragraphs), "t", "s", "2024-06-20", "a.txt"))
    new = with_sentences(document("\n\n".join(kept), "t", "s", "2024-06-20", "a.txt"))
    other = with_sentences(document(TEXT_B, "t", "s", "2024-06-20", "b.txt"))
    result = updated_session(Session(Alignment(old, other)), Alignment(new, other))
    removed = [m for m in result.session.update_marks if m.removed]
    held = [i for i, p in enumerate(paragraphs) for m in removed if p in m.before]
    counted = sum(s.removed for s in result.report.sides)
    assert counted == len(gone)
    assert held == sorted(gone)


LONG = "On Monday the mayor said that 12 people died " + " ".join(
    f"and w{i} went" for i in range(60)
)


def test_a_long_sentence_s_earlier_wording_is_kept_cut_around_its_change() -> None:
    """Over 400 characters: the words kept begin a few words before the change (an
    ellipsis for those left out), and the marks knows where they stand now."""
    old = f"{TEXT_A}\n\n{LONG} in the end."
    new = old.replace("w40 went", "w40 came")
    (mark,) = update_of(old, new).update_marks
    assert len(mark.before) <= BEFORE_MAX
    assert mark.before.startswith("…") and "w40 went" in mark.before
    assert mark.cut_from is not None and mark.cut_to is None
    now = mark.span.slice(new)
    assert now[mark.cut_from :].startswith(mark.before.removeprefix("…").split()[0])
    assert change_words(mark, new) == (
        "Before the update: “… w39 went and w40 went and w41 went and …”"
    )


@given(st.integers(0, 59), st.sampled_from(["went", "w"]))
def test_a_cut_wording_shows_no_word_past_its_cut_as_changed(at: int, what: str) -> None:
    """Whichever word of a long sentence changed, the word diff of the wording kept
    and the sentence now puts in that word alone, and takes out only the word it
    replaced."""
    old = f"{TEXT_A}\n\n{LONG} in the end."
    target = f"w{at} went" if what == "went" else f"w{at} "
    replaced = f"w{at} came" if what == "went" else f"v{at} "
    new = old.replace(target, replaced, 1)
    (mark,) = update_of(old, new).update_marks
    pieces = mark_changes(mark, new)
    assert [p.text.strip() for p in pieces if p.kind is Kind.ADDED] == [replaced.split()[-1]]
    assert [p.text.strip() for p in pieces if p.kind is Kind.REMOVED] == [target.split()[-1]]


def test_a_cut_wording_s_place_is_carried_by_a_second_update() -> None:
    old = f"{TEXT_A}\n\n{LONG} in the end."
    first = old.replace("w40 went", "w40 came")
    (mark,) = update_of(old, first).update_marks
    second = first.replace("Putin and Kim sign", "Putin and Kim Jong Un sign")
    edit = TextEdit.between(first, second)
    carried = next(m for m in updated_marks((mark,), {"a": edit}, []) if not m.removed)
    assert carried.before == mark.before
    assert mark_changes(carried, second) == mark_changes(mark, first)


@given(
    st.lists(st.text(alphabet="abcxyz", min_size=1, max_size=30), min_size=1, max_size=90),
    st.sampled_from([" ", "\n", "  "]),
    st.data(),
)
def test_a_wording_cut_keeps_whole_words_around_its_change_within_the_limit(
    words: list[str], space: str, data: st.DataObject
) -> None:
    text = space.join(words)
    change = data.draw(st.integers(0, len(text)))
    cut = cut_wording(text, change)
    assert len(cut.words) <= BEFORE_MAX
    start, end = cut.start or 0, len(text) if cut.end is None else cut.end
    core = cut.words.removeprefix("…") if cut.start is not None else cut.words
    core = core.removesuffix("…") if cut.end is not None else core
    assert core == " ".join(text[start:end].split())
    held = next((m for m in re.finditer(r"\S+", text) if m.end() > change), None)
    if held is not None:
        assert start <= held.start() and held.end() <= end


def saved_as_before_cuts_were_placed(tmp_path: Path, old: str, new: str) -> Session:
    """The session updated from ``old`` to ``new`` written by hand as an older Crossread
    wrote it, its changed sentence's earlier wording cut at 400 characters (its first
    399, an ellipsis after them) with no ``cut_from`` nor ``cut_to``; read back."""
    data = update_of(old, new).to_json()
    (mark,) = data["update_marks"]
    was = " ".join(LONG.split()) + " in the end."
    mark["before"] = was[: BEFORE_MAX - 1].rstrip() + "…"
    mark.pop("cut_from", None)
    mark.pop("cut_to", None)
    path = tmp_path / "older.crossread"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_session(path)


@given(st.integers(0, 25))
def test_an_older_session_s_cut_wording_shows_no_word_past_its_cut_as_put_in(at: int) -> None:
    """Only the word changed is put in and the one it replaced taken out: the words of
    the sentence past the cut (and the word cut in two) are not said changed."""
    old = f"{TEXT_A}\n\n{LONG} in the end."
    new = old.replace(f"w{at} went", f"w{at} came", 1)
    with tempfile.TemporaryDirectory() as folder:
        (mark,) = saved_as_before_cuts_were_placed(Path(folder), old, new).update_marks
    assert (mark.cut_from, mark.cut_to) == (None, None)
    pieces = mark_changes(mark, new)
    assert [p.text.strip() for p in pieces if p.kind is Kind.ADDED] == ["came"]
    assert [p.text.strip() for p in pieces if p.kind is Kind.REMOVED] == ["went"]
    assert pieces[-1].text.endswith("…")


def test_an_older_session_s_cut_wording_says_its_change_in_the_status_bar(
    tmp_path: Path,
) -> None:
    old = f"{TEXT_A}\n\n{LONG} in the end."
    new = old.replace("w10 went", "w10 came")
    (mark,) = saved_as_before_cuts_were_placed(tmp_path, old, new).update_marks
    assert change_words(mark, new) == (
        "Before the update: “… w9 went and w10 went and w11 went and …”"
    )

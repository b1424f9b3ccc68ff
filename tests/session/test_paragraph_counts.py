"""Tests of reader/session/paragraph_counts.py: the notice's paragraphs changed, added
and removed are those the marks of the update show (a bar, a wedge)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.alignment import Alignment
from reader.model.document import Document
from reader.model.session import Session
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.article_update import SideUpdate, updated_session
from tests.session.samples import TEXT_A, TEXT_B, document, sample_session
from tests.session.test_update_marks import aligned, with_sentences

BASE = TEXT_A + "\n\nKim thanked Putin warmly. He smiled.\n\nThey left the hall together."


def update(old: str, new: str) -> tuple[SideUpdate, tuple[UpdateMark, ...]]:
    session = replace(sample_session(old), alignment=aligned(old))
    result = updated_session(session, aligned(new))
    (side,) = result.report.sides
    return side, result.session.update_marks


def test_two_paragraphs_joined_with_a_word_changed_are_one_paragraph_changed() -> None:
    """The notice said "1 changed and 1 removed" with one bar and no wedge."""
    side, marks = update(BASE, BASE.replace("smiled.\n\nThey", "smiled and they"))
    assert (side.changed, side.added, side.removed) == (1, 0, 0)
    assert [m.removed for m in marks] == [False]
    assert side.in_words() == "Article A was updated: 1 paragraph changed"


def test_two_paragraphs_joined_leave_no_mark_and_say_only_the_breaks_changed() -> None:
    side, marks = update(BASE, BASE.replace("smiled.\n\nThey", "smiled. They"))
    assert marks == ()
    assert side.in_words() == (
        "Article A was updated: its words are the same, only its paragraph breaks changed"
    )


def test_a_paragraph_split_in_two_leaves_no_mark_and_says_so() -> None:
    side, marks = update(BASE, BASE.replace("warmly. He", "warmly.\n\nHe"))
    assert marks == () and (side.changed, side.added, side.removed) == (0, 0, 0)
    assert "only its paragraph breaks changed" in side.in_words()


def test_a_sentence_moved_within_its_paragraph_is_one_paragraph_changed() -> None:
    was = "Kim thanked Putin warmly. He smiled."
    moved = BASE.replace(was, "He smiled. Kim thanked Putin warmly.")
    side, marks = update(BASE, moved)
    assert (side.changed, side.added, side.removed) == (1, 0, 0)
    assert sorted(m.removed for m in marks) == [False, True]


def test_a_paragraph_s_last_sentence_taken_out_is_marked_at_its_end() -> None:
    """Not at the start of the next paragraph, where a paragraph taken out is."""
    new = BASE.replace("warmly. He smiled.", "warmly.")
    side, (mark,) = update(BASE, new)
    assert mark.removed and new[: mark.span.start].endswith("Kim thanked Putin warmly.")
    assert (side.changed, side.removed) == (1, 0)


# --- over random edits -------------------------------------------------------------------

Paragraphs = list[list[str]]

EDITS = st.lists(
    st.tuples(
        st.sampled_from(["reword", "drop", "drop paragraph", "join", "split", "add", "move"]),
        st.integers(0, 20),
        st.integers(0, 20),
        st.integers(0, 20),
    ),
    min_size=1,
    max_size=4,
)


def edited(paragraphs: Paragraphs, edits: list[tuple[str, int, int, int]]) -> Paragraphs:
    ps = [list(p) for p in paragraphs]
    for n, (op, i, j, k) in enumerate(edits):
        if not ps:
            break
        i %= len(ps)
        j %= len(ps[i])
        if op == "reword":
            words = ps[i][j].split()
            words[k % len(words)] = f"new{n}" + ("." if k % len(words) == len(words) - 1 else "")
            ps[i][j] = " ".join(words)
        elif op == "drop":
            del ps[i][j]
        elif op == "drop paragraph":
            del ps[i]
        elif op == "join" and i + 1 < len(ps):
            ps[i] += ps.pop(i + 1)
        elif op == "split" and j:
            ps[i : i + 1] = [ps[i][:j], ps[i][j:]]
        elif op == "add":
            ps.insert(i, [f"Added{n} words here."])
        elif op == "move":
            s = ps[i].pop(j)
            ps[k % len(ps)].append(s)
        ps = [p for p in ps if p]
    return ps or [["Only this."]]


def doc(ps: Paragraphs) -> Document:
    text = "\n\n".join(" ".join(p) for p in ps)
    return with_sentences(document(text, "t", "s", "2024-06-20", "a.txt"))


def paragraph_at(d: Document, at: int) -> Span | None:
    return next((p for p in d.paragraphs if p.start <= at <= p.end), None)


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 6), st.integers(1, 3), EDITS)
def test_the_notice_counts_the_paragraphs_the_marks_show(
    n: int, per: int, edits: list[tuple[str, int, int, int]]
) -> None:
    """Removed: the old paragraphs a wedge holds whole; added: the new paragraphs all of
    whose sentences are marked added; changed: the other new paragraphs holding a bar or
    the wedge of a passage taken out of them. No mark: nothing counted."""
    paragraphs = [[f"P{i}s{j} w{i}x{j} said." for j in range(per)] for i in range(n)]
    old, new = doc(paragraphs), doc(edited(paragraphs, edits))
    other = with_sentences(document(TEXT_B, "t", "s", "2024-06-20", "b.txt"))
    result = updated_session(Session(Alignment(old, other)), Alignment(new, other))
    if not result.report.sides:
        assert result.session.update_marks == ()
        return
    (side,) = result.report.sides
    marks = result.session.update_marks
    olds = [" ".join(old.slice(p).split()) for p in old.paragraphs]
    wedges = [m for m in marks if m.removed]
    held = sum(1 for w in wedges for p in olds if p in w.before)
    partial = [w for w in wedges if not any(p in w.before for p in olds)]
    marked: dict[Span, list[UpdateMark]] = {}
    for m in marks:
        if not m.removed or m in partial:
            where = paragraph_at(new, m.span.start)
            assert where is not None
            marked.setdefault(where, []).append(m)
    added = [
        q
        for q, ms in marked.items()
        if all(not m.removed and not m.before for m in ms)
        and all(any(m.span.overlaps(s) for m in ms) for s in new.sentences if s.overlaps(q))
    ]
    assert side.removed == held
    assert side.added == len(added)
    assert side.changed + side.added == len(marked)
    assert (side.changed + side.added + side.removed == 0) == (marks == ())

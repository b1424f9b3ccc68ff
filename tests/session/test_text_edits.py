"""Tests of reader/session/text_edits.py: old passages carried onto an edited text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.model.span import Span
from reader.session.text_edits import TOKEN, WORDY, Fate, TextEdit

WORDS = st.sampled_from(["the", "mayor", "said", "12", "people", ",", ".", "rain", "Kim"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, max_size=40))
    seps = draw(st.lists(st.sampled_from([" ", "  ", "\n\n"]), min_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=False))


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    return Span(start, draw(st.integers(start, len(text))))


def span_of(text: str, needle: str) -> Span:
    at = text.index(needle)
    return Span(at, at + len(needle))


@given(st.data(), texts(), texts())
def test_a_span_is_carried_into_the_new_texts_bounds(
    data: st.DataObject, old: str, new: str
) -> None:
    span = data.draw(spans(old))
    carried = TextEdit.between(old, new).span(span)
    assert 0 <= carried.span.start <= carried.span.end <= len(new)


@given(st.data(), texts())
def test_unchanged_text_carries_every_span_to_itself(data: st.DataObject, text: str) -> None:
    span = data.draw(spans(text))
    assert TextEdit.between(text, text).span(span).span == span
    assert TextEdit.between(text, text).span(span).fate is Fate.KEPT


@st.composite
def passages(draw: st.DrawFn, text: str) -> Span | None:
    """A passage as a reader selects one: from a word's start to a word's end."""
    tokens = [m.span() for m in TOKEN.finditer(text)]
    if not tokens:
        return None
    i = draw(st.integers(0, len(tokens) - 1))
    j = draw(st.integers(i, len(tokens) - 1))
    return Span(tokens[i][0], tokens[j][1])


NEW_WORDS = st.lists(st.sampled_from(["Update", ":", "Correction", "(", ")", "2024"]), min_size=1)


@given(st.data(), texts(), NEW_WORDS)
def test_an_insertion_before_a_span_shifts_it(
    data: st.DataObject, text: str, inserted: list[str]
) -> None:
    """Text put before a passage (a line above the headline) moves it by its length."""
    span = data.draw(passages(text))
    if span is None or not WORDY.search(span.slice(text)):
        return  # a comma alone is no passage
    head = " ".join(inserted) + "\n\n"
    carried = TextEdit.between(text, head + text).span(span)
    assert carried.span == Span(span.start + len(head), span.end + len(head))
    assert carried.fate is Fate.KEPT


def test_a_passage_after_an_added_paragraph_keeps_its_words() -> None:
    old = "Rain fell.\n\nThe mayor said 12 people died.\n\nRoads closed."
    new = "Rain fell.\n\nA new paragraph.\n\nThe mayor said 12 people died.\n\nRoads closed."
    carried = TextEdit.between(old, new).span(span_of(old, "The mayor said 12 people died."))
    assert carried.span == span_of(new, "The mayor said 12 people died.")
    assert carried.fate is Fate.KEPT


def test_a_reworded_passage_goes_to_its_surviving_words() -> None:
    old = "Rain fell. The mayor said 12 people died. Roads closed."
    new = "Rain fell. The mayor said 14 people died. Roads closed."
    carried = TextEdit.between(old, new).span(span_of(old, "The mayor said 12 people died."))
    assert carried.span == span_of(new, "The mayor said 14 people died.")
    assert carried.fate is Fate.CHANGED


def test_a_passage_taken_out_is_gone_at_its_place() -> None:
    old = "Rain fell. The mayor said 12 people died. Roads closed."
    new = "Rain fell. Roads closed."
    carried = TextEdit.between(old, new).span(span_of(old, "The mayor said 12 people died."))
    assert carried.fate is Fate.GONE
    assert len(carried.span) == 0
    assert carried.span.start in (len("Rain fell"), len("Rain fell."), len("Rain fell. "))


def test_a_stop_left_behind_keeps_no_passage() -> None:
    """The diff may keep a removed sentence's full stop for the one before it."""
    old = "Rain fell. Kim said the talks went well. Roads closed."
    new = "Rain fell. Roads closed."
    carried = TextEdit.between(old, new).span(span_of(old, "Kim said the talks went well."))
    assert carried.fate is Fate.GONE


def test_spacing_alone_changes_no_passage() -> None:
    old = "The mayor said\n12 people died."
    new = "The mayor  said 12 people died."
    carried = TextEdit.between(old, new).span(Span(0, len(old)))
    assert carried.fate is Fate.KEPT
    assert carried.span == Span(0, len(new))


def test_the_share_of_words_kept() -> None:
    assert TextEdit.between("a b c d", "a b x y").kept_share() == 0.5
    assert TextEdit.between("", "anything").kept_share() == 1.0


def test_changed_in_finds_inserted_and_removed_words() -> None:
    old = "Rain fell. The mayor said 12 people died. Roads closed."
    new = "Rain fell. The mayor said people died. Roads closed today."
    edit = TextEdit.between(old, new)
    assert edit.changed_in(span_of(new, "The mayor said people died."))
    assert edit.changed_in(span_of(new, "Roads closed today."))
    assert not edit.changed_in(span_of(new, "Rain fell."))


@given(st.data(), texts(), NEW_WORDS)
def test_an_insertion_after_a_span_leaves_it_where_it_was(
    data: st.DataObject, text: str, added: list[str]
) -> None:
    span = data.draw(passages(text))
    if span is None or not WORDY.search(span.slice(text)):
        return
    carried = TextEdit.between(text, text + "\n\n" + " ".join(added)).span(span)
    assert carried.span == span
    assert carried.fate is Fate.KEPT


@given(st.data(), texts(), texts())
def test_a_new_span_has_an_old_span_inside_the_old_text(
    data: st.DataObject, old: str, new: str
) -> None:
    span = data.draw(spans(new))
    back = TextEdit.between(old, new).old_span(span)
    assert 0 <= back.start <= back.end <= len(old)


@given(texts(), texts(), texts())
def test_words_the_edit_kept_read_the_same_in_the_old_text(
    head: str, middle: str, tail: str
) -> None:
    """The sentence both texts hold whole, between an edited head and tail, is where it
    was in the old text."""
    kept = "The mayor said twelve people died. "
    old, new = head + kept + tail, middle + kept + tail
    at = len(middle)
    back = TextEdit.between(old, new).old_span(Span(at, at + len(kept) - 1))
    assert back.slice(old).split() == kept.split()


def test_a_reworded_sentence_reads_its_old_words_in_the_old_text() -> None:
    old = "Rain fell. The mayor said 12 people died. Roads shut."
    new = "Rain fell. The mayor said 14 people died on Monday. Roads shut."
    sentence = span_of(new, "The mayor said 14 people died on Monday.")
    back = TextEdit.between(old, new).old_span(sentence)
    assert back.slice(old) == "The mayor said 12 people died."


def test_an_added_sentence_had_no_words_in_the_old_text() -> None:
    old = "Rain fell.\n\nRoads shut."
    new = "Rain fell.\n\nA bridge fell too.\n\nRoads shut."
    back = TextEdit.between(old, new).old_span(span_of(new, "A bridge fell too."))
    assert not back.slice(old).strip()


@given(texts(), texts())
def test_each_block_reads_the_same_in_both_texts_in_order(old: str, new: str) -> None:
    """The line-first diff keeps only characters both texts hold, in the same order."""
    edit = TextEdit.between(old, new)
    for b in edit.blocks:
        assert old[b.old : b.old_end] == new[b.new : b.new + b.size]
    for one, other in zip(edit.blocks, edit.blocks[1:], strict=False):
        assert one.old_end <= other.old and one.new + one.size <= other.new


PARAGRAPH = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


@given(st.lists(PARAGRAPH, min_size=2, max_size=8), st.data(), PARAGRAPH)
def test_an_edit_of_one_paragraph_keeps_every_other_one(
    paragraphs: list[str], data: st.DataObject, replacement: str
) -> None:
    """The paragraphs are matched first: one reworded leaves the others' words kept
    (each opens with a word of its own, so that none is taken for another)."""
    paragraphs = [f"P{i} {p}" for i, p in enumerate(paragraphs)]
    k = data.draw(st.integers(0, len(paragraphs) - 1))
    edited = [*paragraphs[:k], replacement, *paragraphs[k + 1 :]]
    old, new = "\n\n".join(paragraphs), "\n\n".join(edited)
    edit = TextEdit.between(old, new)
    at = 0
    for i, p in enumerate(paragraphs):
        span = Span(at, at + len(p))
        at = span.end + 2
        if i == k or not WORDY.search(p):
            continue
        carried = edit.span(span)
        assert carried.fate is Fate.KEPT
        assert carried.span.slice(new).split() == p.split()


def test_a_word_changed_in_a_long_article_is_found_in_its_paragraph() -> None:
    paragraphs = [f"Paragraph {i} says the mayor spoke on day {i}." for i in range(400)]
    edited = list(paragraphs)
    edited[200] = edited[200].replace("mayor", "governor")
    old, new = "\n\n".join(paragraphs), "\n\n".join(edited)
    edit = TextEdit.between(old, new)
    (inserted,) = edit.inserted
    assert inserted.slice(new) == "governor"
    assert len(edit.removed_at) == 1


def test_a_paragraph_added_leaves_the_stop_of_the_one_before_it_kept() -> None:
    """The stop ending an added paragraph is not taken for the one before it (a diff of
    every word matched them, and marked the sentence before as changed)."""
    old = "Kim spoke.\n\nPutin invited Kim to Moscow.\n\nThis visit was his first."
    new = old.replace("Moscow.\n\n", "Moscow.\n\nThe talks would go on next year.\n\n")
    new = new.replace("Kim spoke.", "Kim spoke briefly.")
    edit = TextEdit.between(old, new)
    assert not edit.changed_in(span_of(new, "Putin invited Kim to Moscow."))
    assert [s.slice(new) for s in edit.inserted] == [
        "briefly",
        "The talks would go on next year.",
    ]

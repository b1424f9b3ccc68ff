"""The words two matched passages word differently (Qt-free), as a diff tool shows them.

Two outlets running one wire story keep most of its sentences, and change a few words in
some: a title dropped ("Mayor Ana Ruiz said" / "Ruiz said"), a quotation trimmed, a
figure updated. A claim or quote match scores such a pair 1.00 as it scores two copies;
what the reader checking the two versions asks is which words differ. Two passages that
keep most of each other's words are compared word by word (the diff
:func:`reader.session.word_changes.word_changes` makes of an article's update) and each
stretch told differently is named: "“Mayor Ana” only in A", "“23” vs “25”". Two
passages told in other words (a rewritten lead) are left alone: a word diff of them is
noise. Curly and straight quote marks and spacing do not count. Where those stretches
lie in each passage (:func:`differing_stretches`) is what a pane marks in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model.span import Span
from reader.session.text_edits import TOKEN, WORDY, Block, TextEdit
from reader.session.word_changes import Kind, Piece, word_changes

# two passages are worded alike when the words both keep are at least this share of the
# shorter one's and LONGER_KEPT of the longer one's (unless the shorter is inside the
# longer, a quotation trimmed), told differently in at most
# MAX_CHANGES stretches: "We will rebuild," inside "We will rebuild, and we will do it
# together," is alike; two leads rewritten around a few shared names are not
SHORTER_KEPT = 0.6
LONGER_KEPT = 0.4
MAX_CHANGES = 5
MAX_WORDS = 12  # words of one stretch shown, at most
ELLIPSIS = "…"
SAME_WORDS = "Word for word the same"
WORDS_DIFFER = "Words differ"

# quote marks and apostrophes as one mark each, so that typography is no change
_QUOTE_MARKS = {
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
}
# a stretch is shown as its passage writes it, but for these marks
_SHOWN = str.maketrans(_QUOTE_MARKS)
_FOLDED = str.maketrans(
    {
        **_QUOTE_MARKS,
        # Arabic-Indic and Persian digits and the Arabic decimal point as Western ones,
        # so that "١٠" and "10", "٦٫٤" and "6.4" are no change of words
        **{chr(0x660 + d): str(d) for d in range(10)},
        **{chr(0x6F0 + d): str(d) for d in range(10)},
        "\u066b": ".",
    }
)


@dataclass(frozen=True, slots=True)
class Change:
    """One stretch two passages tell differently: A's words and B's ('' when that
    passage has none there)."""

    a: str
    b: str

    def said(self) -> str:
        """ "“Mayor Ana” only in A", "“Mayor” only in B", "“23” vs “25”"."""
        if not self.b:
            return f"“{_shown(self.a)}” only in A"
        if not self.a:
            return f"“{_shown(self.b)}” only in B"
        return f"“{_shown(self.a)}” vs “{_shown(self.b)}”"


def _shown(words: str) -> str:
    parts = words.split()
    return " ".join(parts) if len(parts) <= MAX_WORDS else " ".join(parts[:MAX_WORDS]) + " …"


def words_in(text: str) -> int:
    """The words of ``text``: its runs of letters and digits."""
    return sum(1 for t in TOKEN.findall(text) if WORDY.search(t))


def wording_changes(a: str, b: str) -> tuple[Change, ...] | None:
    """The stretches passages ``a`` and ``b`` tell differently, in order; () when they
    are word for word the same; None when they are told in other words (too few words
    kept, or too many changes, for a word-by-word account to help)."""
    old, new = " ".join(a.translate(_FOLDED).split()), " ".join(b.translate(_FOLDED).split())
    if old == new:
        return ()
    pieces = word_changes(old, new)
    kept = sum(words_in(p.text) for p in pieces if p.kind is Kind.SAME)
    words_a, words_b = words_in(old), words_in(new)
    shorter, longer = sorted((words_a, words_b))
    if not shorter or kept < SHORTER_KEPT * shorter:
        return None
    if kept < LONGER_KEPT * longer and kept < shorter:
        return None  # but a quotation trimmed, one passage inside the other, is alike
    changes = _changes(pieces)
    if len(changes) > MAX_CHANGES:
        return None
    return _as_written(changes, (old, _spaced(a)), (new, _spaced(b)))


def _spaced(text: str) -> str:
    return " ".join(text.translate(_SHOWN).split())


def _as_written(
    changes: list[Change], a: tuple[str, str], b: tuple[str, str]
) -> tuple[Change, ...]:
    """``changes`` with each stretch as its passage writes its figures (A's "١٬٢٥٠", not
    the "1٬250" it is compared as): ``a`` and ``b``, each passage as compared and as
    shown, one character for one."""
    out: list[Change] = []
    at_a = at_b = 0
    for change in changes:
        shown_a, at_a = _written(change.a, *a, at_a)
        shown_b, at_b = _written(change.b, *b, at_b)
        out.append(Change(shown_a, shown_b))
    return tuple(out)


def _written(stretch: str, compared: str, shown: str, start: int) -> tuple[str, int]:
    """``stretch`` of passage ``compared`` found from ``start`` on, as ``shown`` writes it,
    and where the search goes on; as it is when not found."""
    at = compared.find(stretch, start) if stretch else -1
    if at < 0:
        return stretch, start
    return shown[at : at + len(stretch)], at + len(stretch)


def _changes(pieces: list[Piece]) -> list[Change]:
    """Each run of pieces taken out and put in between two kept stretches, as a Change
    (a run of punctuation alone, a comma moved, is no change of words). A point kept
    inside a word of one side ("U.S.", its point matched to a full stop of the other)
    keeps no stretch: "“U.S. District Judge ...” only in B", not "“U” only in B ·
    “S. District Judge ...” only in B"."""
    out: list[Change] = []
    a: list[str] = []
    b: list[str] = []
    glued = False

    def flush() -> None:
        taken, put = " ".join(a).strip(), " ".join(b).strip()
        # a capital only (a quotation opening a sentence in one, run into one in the
        # other: "Our grid will run" / "our grid will run") is no change of words
        if taken.casefold() != put.casefold() and (WORDY.search(taken) or WORDY.search(put)):
            # a side with no word there has none to name: A's full stop where B goes on
            # ('fair and affordable."' / 'fair and affordable, and it is the best in
            # the industry,"') is B's words only in B, not "“.” vs “and it is ...”"
            out.append(Change(_said_words(taken), _said_words(put)))
        a.clear()
        b.clear()

    def add(side: list[str], text: str) -> None:
        nonlocal glued
        if glued and side:
            side[-1] += text
        else:
            side.append(text)
        glued = False

    for k, p in enumerate(pieces):
        if p.kind is Kind.REMOVED:
            add(a, p.text)
        elif p.kind is Kind.ADDED:
            add(b, p.text)
        elif _inside_a_word(pieces, k):
            side = a if pieces[k + 1].kind is Kind.REMOVED else b
            side[-1] += p.text
            glued = True
        elif p.text.strip():
            flush()
    flush()
    return out


def _inside_a_word(pieces: list[Piece], k: int) -> bool:
    """Kept piece ``k`` is punctuation inside a word of one side: the pieces either side
    of it taken out (or put in) alike, touching it ("U" · "." · "S. District")."""
    if not 0 < k < len(pieces) - 1:
        return False
    before, kept, after = pieces[k - 1], pieces[k].text, pieces[k + 1]
    return (
        before.kind is after.kind
        and before.kind is not Kind.SAME
        and bool(kept)
        and not WORDY.search(kept)
        and kept == kept.strip()
        and before.text[-1:].isalnum()
        and after.text[:1].isalnum()
    )


# punctuation at a stretch's edges, not said or marked with it; dashes too, as Spanish
# dialogue sets off who speaks ("—explicó la directora del centro, Inés Valcárcel—")
EDGES = " ,;:.\"'-\u2013\u2014"


def _trimmed(words: str) -> str:
    """A stretch without the punctuation at its edges (", and we will do it together"
    is "and we will do it together"), unless it is all punctuation."""
    stripped = words.strip(EDGES)
    return stripped if WORDY.search(stripped) else words


@dataclass(frozen=True, slots=True)
class Lack:
    """A place in one passage, between the words it keeps, where only the other passage
    has words (B's '"We will rebuild,|"' against A's 'rebuild, and we will do it
    together,"'): ``at``, an offset into the passage's text; ``said``, the change as
    :meth:`Change.said` tells it ("“and we will do it together” only in A")."""

    at: int
    said: str


@dataclass(frozen=True, slots=True)
class Stretches:
    """Where two passages word things differently: ``a``'s spans in passage A (its words
    only in A, or changed), ``b``'s in passage B, offsets into each passage's text;
    ``lacks_a`` and ``lacks_b``, the places in each where only the other has words."""

    a: tuple[Span, ...]
    b: tuple[Span, ...]
    lacks_a: tuple[Lack, ...] = ()
    lacks_b: tuple[Lack, ...] = ()


def _compared(text: str) -> tuple[str, list[int]]:
    """``text`` as :func:`wording_changes` compares it (quote marks folded, spaces one),
    and where each of its characters is in ``text``."""
    out: list[str] = []
    at: list[int] = []
    for word in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            at.append(word.start() - 1)
        out.append(word.group().translate(_FOLDED))
        at.extend(range(word.start(), word.end()))
    return "".join(out), at


def _stretch(text: str, at: list[int], start: int, end: int) -> tuple[Span, ...]:
    """The words from ``start`` to ``end`` of compared ``text``, without the punctuation
    at their edges, as a span of the passage (none for punctuation alone)."""
    piece = text[start:end]
    stripped = piece.strip(EDGES)
    if not WORDY.search(stripped):
        return ()
    first = start + len(piece) - len(piece.lstrip(EDGES))
    last = first + len(stripped) - 1
    return (Span(at[first], at[last] + 1),)


def _lack(
    text: str, at: list[int], start: int, end: int, other: str, said: Change
) -> tuple[Lack, ...]:
    """The place in compared ``text`` where its partner has words ``other`` and it has
    none (from ``start`` to ``end`` it has spaces or punctuation only): after what of
    them ``other`` starts with too (the comma before 'and we will do it together'; the
    space before 'Ruiz'), as an offset into the passage."""
    if WORDY.search(text[start:end]) or not WORDY.search(other):
        return ()
    filler = text[start:end]
    same = next((i for i, (x, y) in enumerate(zip(filler, other, strict=False)) if x != y), None)
    place = start + (min(len(filler), len(other)) if same is None else same)
    return (Lack(at[place] if place < len(at) else (at[-1] + 1 if at else 0), said.said()),)


def differing_stretches(a: str, b: str) -> Stretches | None:
    """Where passages ``a`` and ``b`` tell :func:`wording_changes`'s stretches: each
    stretch's words in ``a`` (none where only ``b`` has words there) and in ``b``, and
    the places in each where only the other has words; no spans when they are word for
    word the same; None when they are told in other words."""
    if wording_changes(a, b) is None:
        return None
    old, at_a = _compared(a)
    new, at_b = _compared(b)
    spans_a: tuple[Span, ...] = ()
    spans_b: tuple[Span, ...] = ()
    lacks_a: tuple[Lack, ...] = ()
    lacks_b: tuple[Lack, ...] = ()
    po = pn = 0
    edit = TextEdit.between(old, new)
    blocks = [Block(0, 0, 0), *edit.blocks, Block(len(old), len(new), 0)]
    for k in range(1, len(blocks)):
        block = blocks[k]
        if k < len(blocks) - 1 and _point_inside(old, new, blocks[k - 1], block, blocks[k + 1]):
            continue  # "U.S.": its point kept no stretch of its own
        taken, put = old[po : block.old], new[pn : block.new]
        if WORDY.search(taken) or WORDY.search(put):
            spans_a += _stretch(old, at_a, po, block.old)
            spans_b += _stretch(new, at_b, pn, block.new)
            said = Change(_said_words(taken), _said_words(put))
            lacks_a += _lack(old, at_a, po, block.old, put, said)
            lacks_b += _lack(new, at_b, pn, block.new, taken, said)
        po, pn = block.old_end, block.new + block.size
    return Stretches(spans_a, spans_b, lacks_a, lacks_b)


def _said_words(words: str) -> str:
    """A stretch as a Change tells it: '' when it has no word (a point of "U.S." kept in
    the other passage, its own full stop)."""
    return _trimmed(words.strip()) if WORDY.search(words) else ""


def _point_inside(old: str, new: str, before: Block, block: Block, after: Block) -> bool:
    """Kept ``block`` is punctuation inside a word of one passage, only that passage
    changed either side of it, touching it: the point of "U.S." matched to the other's
    full stop (as :func:`_inside_a_word`)."""
    kept = old[block.old : block.old_end]
    if not kept or WORDY.search(kept) or kept != kept.strip():
        return False
    new_end, old_end = block.new + block.size, block.old_end
    only_new = before.old_end == block.old and after.old == old_end
    only_old = before.new + before.size == block.new and after.new == new_end
    if only_new:
        return new[block.new - 1 : block.new].isalnum() and new[new_end : new_end + 1].isalnum()
    if only_old:
        return old[block.old - 1 : block.old].isalnum() and old[old_end : old_end + 1].isalnum()
    return False


def wording_line(a: str, b: str) -> str:
    """One plain line on how two matched passages are worded: "Word for word the same",
    "Words differ: “Mayor Ana” only in A · “23” vs “25”", or "" when they are told in
    other words."""
    changes = wording_changes(a, b)
    if changes is None:
        return ""
    if not changes:
        return SAME_WORDS
    return f"{WORDS_DIFFER}: " + " · ".join(c.said() for c in changes)


__all__ = [
    "SAME_WORDS",
    "WORDS_DIFFER",
    "Change",
    "Lack",
    "Stretches",
    "differing_stretches",
    "wording_changes",
    "wording_line",
]

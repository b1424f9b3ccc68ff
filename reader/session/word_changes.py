"""What an update changed in one sentence, word by word (Qt-free): the sentence's wording
before the update and now, as pieces kept, taken out and put in, found by the update's
own diff (:class:`~reader.session.text_edits.TextEdit`), and cut to the changed
stretches with a few words either side, for a tooltip or the status bar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reader.session.text_edits import TextEdit

CONTEXT_WORDS = 4  # words kept either side of a change
ELLIPSIS = "…"
WORD = re.compile(r"\S+")


class Kind(StrEnum):
    SAME = "same"  # in both wordings
    REMOVED = "removed"  # in the wording before the update only
    ADDED = "added"  # in the wording now only


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the sentence, spaces included."""

    text: str
    kind: Kind


def _gap(was: str, now: str) -> list[Piece]:
    """The pieces for the words between two kept stretches: ``was`` taken out, ``now``
    put in, each without the spaces around it (those are kept)."""
    taken, put = was.strip(), now.strip()
    if not taken and not put:
        return [Piece(now, Kind.SAME)]
    lead = " " if was[:1].isspace() or now[:1].isspace() else ""
    trail = " " if was[-1:].isspace() or now[-1:].isspace() else ""
    out = [Piece(lead, Kind.SAME)]
    if taken:
        out.append(Piece(taken, Kind.REMOVED))
    if put:  # a space between the words taken out and those put in goes with the latter
        out.append(Piece(f" {put}" if taken else put, Kind.ADDED))
    out.append(Piece(trail, Kind.SAME))
    return out


def word_changes(before: str, now: str, lead: bool = False, tail: bool = False) -> list[Piece]:
    """``before`` and ``now`` (spaces joined) as one run of pieces: the words both hold,
    and between them the words taken out of ``before`` and put into ``now``; ``lead``,
    ``tail``: both wordings go on before their start, after their end (each cut short
    at the same place), which an ellipsis stands for."""
    old, new = " ".join(before.split()), " ".join(now.split())
    edit = TextEdit.between(old, new)
    pieces: list[Piece] = [Piece(f"{ELLIPSIS} ", Kind.SAME)] if lead else []
    po = pn = 0
    for b in edit.blocks:
        pieces += _gap(old[po : b.old], new[pn : b.new])
        pieces.append(Piece(old[b.old : b.old_end], Kind.SAME))
        po, pn = b.old_end, b.new + b.size
    pieces += _gap(old[po:], new[pn:])
    if tail:
        pieces.append(Piece(f" {ELLIPSIS}", Kind.SAME))
    return _joined(pieces)


def changes_up_to_cut(before: str, now: str) -> list[Piece]:
    """``before``, a wording cut short at its end with nothing saying where (an older
    Crossread cut a long sentence's at 400 characters, perhaps in a word, and kept no
    place), and ``now``, the whole sentence: compared only as far as the last word both
    hold, an ellipsis standing for the rest of each. Its last word, perhaps cut in two,
    is left out: the words past the cut are not said put in, nor a cut word taken out
    (less is said of the change there, nothing wrong). With no word of it kept, the two
    wordings whole."""
    core = before.removesuffix(ELLIPSIS).split()[:-1]
    pieces = word_changes(" ".join(core), now)
    kept = [i for i, p in enumerate(pieces) if p.kind is Kind.SAME and p.text.strip()]
    if not kept:
        return word_changes(before, now)
    return _joined([*pieces[: kept[-1] + 1], Piece(f" {ELLIPSIS}", Kind.SAME)])


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of one kind as one, empty ones left out, no double spaces."""
    out: list[Piece] = []
    for p in pieces:
        if not p.text:
            continue
        if out and out[-1].kind is p.kind:
            text = out[-1].text + p.text
            out[-1] = Piece(text.replace("  ", " ") if p.kind is Kind.SAME else text, p.kind)
        else:
            out.append(p)
    return out


def _first_words(text: str, n: int) -> str:
    words = list(WORD.finditer(text))
    if len(words) <= n:
        return text
    return text[: words[n - 1].end()] + " " + ELLIPSIS


def _last_words(text: str, n: int) -> str:
    words = list(WORD.finditer(text))
    if len(words) <= n:
        return text
    return ELLIPSIS + " " + text[words[-n].start() :]


def in_context(pieces: list[Piece], words: int = CONTEXT_WORDS) -> list[Piece]:
    """``pieces`` with each kept stretch cut to ``words`` words beside the changes: the
    words before the first change and after the last, and the middle of a long stretch
    between two changes, become an ellipsis."""
    out: list[Piece] = []
    last = len(pieces) - 1
    for i, p in enumerate(pieces):
        if p.kind is not Kind.SAME:
            out.append(p)
            continue
        text = p.text
        if i == 0 and i == last:
            pass  # no change at all
        elif i == 0:
            text = _last_words(text, words)
        elif i == last:
            text = _first_words(text, words)
        elif len(WORD.findall(text)) > 2 * words + 1:
            head = _first_words(text, words).removesuffix(ELLIPSIS)
            tail = _last_words(text, words).removeprefix(ELLIPSIS)
            text = head + ELLIPSIS + tail
        out.append(Piece(text, p.kind))
    return out


def removed_words(pieces: list[Piece]) -> list[str]:
    """The stretches taken out, in order."""
    return [p.text for p in pieces if p.kind is Kind.REMOVED]


def added_words(pieces: list[Piece]) -> list[str]:
    """The stretches put in, in order."""
    return [p.text for p in pieces if p.kind is Kind.ADDED]


def wording(pieces: list[Piece], *kinds: Kind) -> str:
    """The pieces of ``kinds`` (and the kept ones) as plain text, spaces joined."""
    return " ".join(
        "".join(p.text for p in pieces if p.kind is Kind.SAME or p.kind in kinds).split()
    )


__all__ = [
    "CONTEXT_WORDS",
    "ELLIPSIS",
    "WORD",
    "Kind",
    "Piece",
    "added_words",
    "changes_up_to_cut",
    "in_context",
    "removed_words",
    "word_changes",
    "wording",
]

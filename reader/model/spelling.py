"""How two articles spell a name matched in both, when they spell it apart ("Smith" and
"Smyth"): the mark a Match carries (reader.analysis.names.spellings finds it) and the
words the reader is told it in."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Spelling(StrEnum):
    """How the two articles spell a name matched in both, when not alike beyond case,
    marks, hyphens and spaces or a word left out."""

    LETTERS = "letters"  # a letter apart: "Smith" and "Smyth" (one may be wrong)
    VOWELS = "vowels"  # vowels transliterated two ways: "Mohammed" and "Muhammad"


SPELT_APART = "spelt differently"
NOTES = {Spelling.LETTERS: SPELT_APART, Spelling.VOWELS: f"{SPELT_APART}: transliterated"}
# what the reader is to make of it, after the two spellings
_ADVICE = {
    Spelling.LETTERS: "check which is right",
    Spelling.VOWELS: "the vowels of two transliterations",
}


def read_spelling(value: Any) -> Spelling | None:
    """A match's "spelling" as JSON gives it: None when absent (a session saved before
    it was told) or not one known."""
    return Spelling(value) if value in tuple(Spelling) else None


def spelling_note(spelling: Spelling | None) -> str:
    """ " (spelt differently)", " (spelt differently: transliterated)", or "" (None)."""
    return f" ({NOTES[spelling]})" if spelling else ""


def spelling_line(spelling: Spelling | None, a: str, b: str) -> str:
    """One plain line on a name the two articles spell apart, ``a`` as A writes it and
    ``b`` as B does: "Spelt differently: “Smith” in A, “Smyth” in B: check which is
    right"; "" when they spell it alike (None)."""
    if spelling is None:
        return ""
    said = SPELT_APART.capitalize()
    return f"{said}: “{a}” in A, “{b}” in B: {_ADVICE[spelling]}"

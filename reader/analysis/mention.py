"""A name, number or date found in a unit: the :class:`Mention` every part of the
analysis passes around (:mod:`reader.analysis.features` finds them)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Span


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, number or date found in a unit; ``span`` is absolute in the document."""

    kind: str  # "name" | "date" | "year" | "time" | "number"
    key: str
    span: Span
    surface: str
    unit_word: str = ""
    # the figure qualifies a noun through a hyphen ("an eight-year offer", "a three-game
    # streak"): it tells what kind of thing, so another figure's count does not contradict it
    qualifier: bool = False

"""A name, number or date found in a unit: the :class:`Mention` every part of the
analysis passes around (:mod:`reader.analysis.features` finds them)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Span


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, number or date found in a unit; ``span`` is absolute in the document."""

    kind: str  # "name" | "date" | "year" | "time" | "number" | "pace"
    key: str
    span: Span
    surface: str
    unit_word: str = ""
    # the figure qualifies a noun through a hyphen ("an eight-year offer", "a three-game
    # streak"): it tells what kind of thing, so another figure's count does not contradict it
    qualifier: bool = False
    # the word before a group noun the figure counts, telling what kind ("teenag" of "two
    # teenaged children"): such a count may be a part of a count of the noun alone, so it
    # contradicts only a count told by the same word (reader.analysis.figures
    # .narrowed_counts)
    narrowed: str = ""
    # the currency an end of a range (which counts nothing) is told in when its own surface
    # has no sign: the first end's ("4,500" of "between $4,000 and 4,500": usd;
    # reader.analysis.figures.range_currencies) or a currency's name after it ("4,500" of
    # "between 4,000 and 4,500 euros": eur)
    currency: str = ""

"""The mentions read so far in one unit's folded text, and the stretches they take: each
reader of figures (dates, ages, times, figures in digits and in words) adds only where no
earlier one has read, so "June 12" is one date, not a date and a count of 12."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.analysis.figures.counted_words import HYPHEN_UNIT
from reader.analysis.figures.hyphened_points import hyphened_points
from reader.analysis.figures.narrowed_counts import narrowing
from reader.analysis.figures.quake_magnitudes import hyphened_magnitude
from reader.analysis.mention import Mention
from reader.model import Span

_DIGIT = re.compile(r"\d")


@dataclass
class FoundMentions:
    """The mentions of ``text`` (a unit's folded text starting at ``base`` in its
    document) and the stretches of ``text`` they take."""

    text: str
    base: int
    out: list[Mention] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    # ``text`` holds a digit: the readers whose every pattern needs one (dates, ages, times
    # of day, figures in digits, "No 9") read nothing of a text without, two sentences of
    # three in news, and are not run on it
    digits: bool = field(init=False)

    def __post_init__(self) -> None:
        self.digits = _DIGIT.search(self.text) is not None

    def free(self, a: int, b: int) -> bool:
        """No mention read so far overlaps ``a .. b``."""
        return all(b <= s or a >= e for s, e in self.taken)

    def add(
        self, kind: str, key: str, a: int, b: int, unit_word: str = "", currency: str = ""
    ) -> None:
        """A mention of ``text[a:b]``, which takes that stretch; a qualifier when what it
        counts is hyphened to it ("an eight-year offer"; not the points of "a 4.6-point
        lead"); narrowed by the word before the group it counts ("two teenaged children");
        ``currency``: an end of a range's, when its surface has no sign."""
        self.taken.append((a, b))
        qualifier = (
            bool(unit_word)
            and HYPHEN_UNIT.match(self.text, b) is not None
            and not hyphened_points(self.text, b)  # "a 4.6-point lead" counts points
            and not hyphened_magnitude(self.text, b)  # "a 6.8-magnitude quake"
        )
        narrowed = narrowing(self.text, b, unit_word) if unit_word else ""
        where = Span(self.base + a, self.base + b)
        surface = self.text[a:b]
        self.out.append(
            Mention(kind, key, where, surface, unit_word, qualifier, narrowed, currency)
        )

    def take(self, a: int, b: int) -> None:
        """``a .. b`` is read as no mention: a date that cannot be read ("19
        يونيو/تموز", two months), whose figures count nothing."""
        self.taken.append((a, b))

    def add_year(self, a: int, b: int, year: str, shown: str) -> None:
        """The year ``year``, shown as ``shown`` at ``a .. b`` inside a date read before,
        which takes nothing more."""
        where = Span(self.base + a, self.base + b)
        self.out.append(Mention("year", f"year:{year}", where, shown))

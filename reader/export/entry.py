"""One item of an export (reader.export.entries lists them): both passages, what links
them, the notes on it, and what the two passages disagree on."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.alignment import LOOSE_WORDS, is_loose
from reader.model.note import Note
from reader.model.span import Span

REJECTED_LABEL = "rejected as wrong by the reader"
KIND_LABELS = {
    "claim": "Claim",
    "quote": "Quote",
    "entity": "Name",
    "number": "Number",
    "note": "Note",
    "only_a": "Only in A",
    "only_b": "Only in B",
    "quoted_a": "Quoted in A",
    "quoted_b": "Quoted in B",
}


@dataclass(frozen=True, slots=True)
class Difference:
    """What two passages of a match disagree on: the kind of fact (date, number, name,
    quote, negation), the value in A and the value in B with where each stands, and the
    detail."""

    kind: str
    a: Span
    a_text: str
    b: Span
    b_text: str
    detail: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One exported item: both passages (either may be missing), what links them, notes."""

    kind: str  # a MatchKind value, "note" (a note on free text), "only_a" or "only_b"
    a: Span | None
    b: Span | None
    a_text: str
    b_text: str
    score: float | None = None
    match_id: str | None = None
    manual: bool = False
    speaker: str | None = None
    evidence: tuple[str, ...] = ()
    discrepancies: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    rejected: bool = False  # a match the reader rejected as wrong (kept for its notes)
    differences: tuple[Difference, ...] = ()  # the discrepancies, each with both values
    # a passage only one article reports: the other's sentence closest to it, if any
    closest: Span | None = None
    closest_text: str = ""
    # a quotation's: the speaker the other article gives the quotation it matches, if any
    other_speaker: str | None = None

    def also_in(self, other: str) -> str | None:
        """ "also in B" for a quotation the other article ``other`` ("A" or "B") quotes too,
        "also in B, said by Nicolas Sarkozy" when it names another speaker; else None."""
        if self.match_id is None:
            return None
        if self.other_speaker and self.other_speaker != self.speaker:
            return f"also in {other}, said by {self.other_speaker}"
        return f"also in {other}"

    def differs(self) -> list[str]:
        """Each discrepancy as the exports write it after "Differs:": the detail, then
        the kind of fact and which value is whose ("June 19 vs June 18 (date: A vs B)")."""
        kinds = [d.kind for d in self.differences]
        return [
            f"{d} ({kinds[i]}: A vs B)" if i < len(kinds) else d
            for i, d in enumerate(self.discrepancies)
        ]

    @property
    def loose(self) -> bool:
        """A claim scored under LOOSE_SCORE (not one linked by hand): worth checking."""
        return is_loose(self.kind, self.score)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())

    def summary(self) -> list[str]:
        """What the entry is: its label (and "linked by hand"), score (and whether the
        claim is loose), speaker."""
        parts = [self.label + (" (linked by hand)" if self.manual else "")]
        if self.rejected:
            parts.append(REJECTED_LABEL)
        if self.score is not None:
            parts.append(f"score {self.score:.2f}" + (f", {LOOSE_WORDS}" if self.loose else ""))
        if self.speaker:
            parts.append(f"speaker: {self.speaker}")
        return parts

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags of all notes of the entry, each once, in order."""
        out: list[str] = []
        for n in self.notes:
            out.extend(t for t in n.tags if t not in out)
        return tuple(out)

    @property
    def note_text(self) -> str:
        """The text of all notes, separated by blank lines."""
        return "\n\n".join(n.text for n in self.notes if n.text)

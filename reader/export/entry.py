"""One item of an export (reader.export.entries lists them): both passages, what links
them, the notes on it, and what the two passages disagree on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.quotations.misattributed import may_be_one_person
from reader.model.alignment import LOOSE_WORDS, is_loose, with_counted
from reader.model.document import Document
from reader.model.fact_kinds import told_kind
from reader.model.note import Note
from reader.model.post import posted
from reader.model.span import Span
from reader.model.spelling import Spelling, spelling_line, spelling_note
from reader.session.match_wording import wording_line

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
class PassageLine:
    """One line of a passage: ``heading`` when it is a heading the source marks, whole
    (a crosshead), ``in_heading`` when its words are a part of one (a name in a
    crosshead, a note starting half-way through one)."""

    text: str
    heading: bool = False
    in_heading: bool = False


def passage_lines(text: str, start: int, headings: Sequence[Span]) -> list[PassageLine]:
    """``text`` (a passage starting at ``start`` in its article) split at its line breaks,
    each line marked as a heading or a part of one by ``headings`` (the article's headings
    that the passage overlaps); a blank line never is. Joined with "\n", the lines give
    ``text`` back."""
    passage = Span(start, start + len(text))
    out: list[PassageLine] = []
    at = start
    for line in text.split("\n"):
        words = line.strip()
        first = at + len(line) - len(line.lstrip())
        inside = Span(first, first + len(words))
        holder = next((h for h in headings if words and h.contains(inside)), None)
        whole = holder is not None and passage.contains(holder)
        out.append(PassageLine(line, whole, holder is not None and not whole))
        at += len(line) + 1
    return out


def headings_in(doc: Document, span: Span | None) -> tuple[Span, ...]:
    """The headings ``doc``'s source marks (``Document.headings``) that ``span``
    overlaps, whole; () when none (or no span)."""
    if span is None:
        return ()
    return tuple(h for h in doc.headings if h.start < span.end and span.start < h.end)


def heading_lines(lines: Sequence[PassageLine]) -> bool:
    """Whether any of ``lines`` is a heading's, whole or in part."""
    return any(line.heading or line.in_heading for line in lines)


def line_blocks(lines: Sequence[PassageLine]) -> list[list[PassageLine]]:
    """``lines`` as the blocks an export writes: each heading alone, and the lines
    between two, without their blank lines next to a heading (the space around a heading
    is the format's); a block left empty is dropped."""
    out: list[list[PassageLine]] = []
    body: list[PassageLine] = []

    def flush(before_heading: bool) -> None:
        if out and out[-1][0].heading:
            while body and not body[0].text.strip():
                body.pop(0)
        if before_heading:
            while body and not body[-1].text.strip():
                body.pop()
        if body:
            out.append(list(body))
        body.clear()

    for line in lines:
        if line.heading:
            flush(True)
            out.append([line])
        else:
            body.append(line)
    flush(False)
    return out


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
    detail: str  # the two values: "87 vs 85"
    counted: str | None = None  # what both count, when known: "seats"

    @property
    def shown(self) -> str:
        """The detail as the exports write it: "87 vs 85 seats"."""
        return with_counted(self.detail, self.counted)


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
    # each difference as the exports write it ("87 vs 85 seats": Difference.shown)
    discrepancies: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    rejected: bool = False  # a match the reader rejected as wrong (kept for its notes)
    differences: tuple[Difference, ...] = ()  # the discrepancies, each with both values
    # a passage only one article reports: the other's sentence closest to it, if any
    closest: Span | None = None
    closest_text: str = ""
    # a quotation's: the speaker the other article gives the quotation it matches, if any
    other_speaker: str | None = None
    # the headings the source marks (``Document.headings``) that each passage overlaps,
    # whole, in the article's offsets: the exports set them as headings
    a_headings: tuple[Span, ...] = ()
    b_headings: tuple[Span, ...] = ()
    # a name the two articles spell apart ("Smith" and "Smyth"): Match.spelling
    spelling: Spelling | None = None
    # the two passages as their wording is compared, a transcript's turn label blanked
    # ("Lindqvist: We will ...": reader.session.worded_text); None: as they stand
    worded: tuple[str, str] | None = None
    # a quotation that is a social post its article embeds (Document.posts)
    post: bool = False

    def lines(self, side: str) -> list[PassageLine]:
        """The passage of ``side`` ("a" or "b") line by line (its text split at line
        breaks, nothing left out), each line marked when it lies within a heading the
        source marks; [] when the entry has no passage there."""
        span, text, headings = (
            (self.a, self.a_text, self.a_headings)
            if side == "a"
            else (self.b, self.b_text, self.b_headings)
        )
        if span is None:
            return []
        return passage_lines(text, span.start, headings)

    @property
    def who(self) -> str:
        """A quotation's speaker as the lists of quotations write it: "Maureen Tallis",
        "DHWU Carrowick (post)" for a social post its article embeds; "" for nobody named
        (a post by nobody named: "(post)")."""
        said = self.speaker or ""
        return posted(said) if self.post else said

    def also_in(self, other: str) -> str | None:
        """ "also in B" for a quotation the other article ``other`` ("A" or "B") quotes too,
        "also in B, said by Nicolas Sarkozy" when it names another speaker; else None."""
        if self.match_id is None:
            return None
        other_name, own = self.other_speaker, self.speaker
        if other_name and not (own and may_be_one_person(other_name, own)):
            return f"also in {other}, said by {other_name}"
        return f"also in {other}"

    def differs(self) -> list[str]:
        """Each discrepancy as the exports write it after "Differs:": the detail, then
        the kind of fact and which value is whose ("June 19 vs June 18 (date: A vs B)"),
        in the bracket of what the figures count when it has one ("71% vs 67 percent
        (turnout; number: A vs B)", not two brackets in a row)."""
        kinds = [told_kind(d.kind, d.detail) for d in self.differences]
        return [
            (f"{d[:-1]}; " if d.endswith(")") else f"{d} (") + f"{kinds[i]}: A vs B)"
            if i < len(kinds)
            else d
            for i, d in enumerate(self.discrepancies)
        ]

    @property
    def wording(self) -> str:
        """How a claim's or quote's two passages are worded: "Word for word the same",
        "Words differ: “Mayor Ana” only in A · “23” vs “25”"; of a name the two spell
        apart, "Spelt differently: “Smith” in A, “Smyth” in B: check which is right"; or
        "" (two passages told in other words, or an entry of another kind)."""
        if self.spelling is not None:
            return spelling_line(self.spelling, self.a_text, self.b_text)
        if self.kind not in ("claim", "quote") or self.a is None or self.b is None:
            return ""
        return wording_line(*(self.worded or (self.a_text, self.b_text)))

    @property
    def loose(self) -> bool:
        """A claim scored under LOOSE_SCORE (not one linked by hand): worth checking."""
        return is_loose(self.kind, self.score)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())

    def summary(self) -> list[str]:
        """What the entry is: its label (and "linked by hand", or that the two articles
        spell the name apart), score (and whether the
        claim is loose), speaker."""
        parts = [self.label + (" (linked by hand)" if self.manual else "")]
        parts[0] += spelling_note(self.spelling)  # "Name (spelt differently)"
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

"""Matches, discrepancies and the Alignment of a document pair (schema reader.alignment/1)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from reader.errors import SchemaError
from reader.model.conversion_notes import note_of
from reader.model.document import Document
from reader.model.span import Span
from reader.model.spelling import Spelling, read_spelling

SCHEMA = "reader.alignment/1"

# A claim scored under LOOSE_SCORE is "loose": the window draws it paler and says to check
# it. Measured against a careful reader's judgement of every sentence pair of 60 ECB+
# article pairs (466 claim and quote links), the share of links judged wrong by score:
#   0.5-0.6: 57%   0.6-0.7: 43%   0.7-0.8: 39%   0.8-0.9: 27%   0.9-1.0: 7%
# Under 0.7 a link is about as likely wrong as right (half of them, taken together);
# from 0.7 on most are right, and more so the higher. A cut at 0.8 would mark links that
# are right three times in five, and with them most claims: the mark would say little.
LOOSE_SCORE = 0.7
LOOSE_WORDS = f"loose (under {LOOSE_SCORE:.1f}): check it"  # said after its score
SCORE_DIGITS = 2  # a score reads 0.69: loose is judged on that figure, as it is shown


class MatchKind(StrEnum):
    CLAIM = "claim"
    QUOTE = "quote"
    ENTITY = "entity"
    NUMBER = "number"


class DiscrepancyKind(StrEnum):
    DATE = "date"
    NUMBER = "number"
    NAME = "name"
    QUOTE = "quote"  # one quotation given in other words ("within Europe" vs "in Europe")
    NEGATION = "negation"  # one sentence denies what the other states ("did not sentence")


def is_loose(kind: str, score: float | None) -> bool:
    """A claim whose score, as shown (0.69), is under LOOSE_SCORE; ``score`` None is a
    link made by hand, which nothing measured."""
    if kind != MatchKind.CLAIM or score is None:
        return False
    return round(score, SCORE_DIGITS) < LOOSE_SCORE


@dataclass(frozen=True, slots=True)
class Match:
    """A passage of A and a passage of B that say the same thing."""

    id: str
    kind: MatchKind
    a: Span
    b: Span
    score: float
    evidence: tuple[str, ...] = ()
    speaker: str | None = None
    manual: bool = False
    # a name the two articles spell differently ("Smith" and "Smyth"); None when alike
    spelling: Spelling | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise SchemaError(f"match {self.id}: score {self.score} outside [0, 1]")

    @property
    def loose(self) -> bool:
        """A claim scored under LOOSE_SCORE (not one linked by hand): worth checking."""
        return is_loose(self.kind, None if self.manual else self.score)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind.value,
            "score": round(self.score, 4),
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "evidence": list(self.evidence),
        }
        if self.speaker is not None:
            out["speaker"] = self.speaker
        if self.manual:
            out["manual"] = True
        if self.spelling is not None:
            out["spelling"] = self.spelling.value
        return out

    @classmethod
    def from_json(cls, data: Any) -> Match:
        if not isinstance(data, dict):
            raise SchemaError("a match must be a JSON object")
        try:
            kind = MatchKind(data["kind"])
            score = float(data["score"])
            evidence = data.get("evidence", [])
            if not isinstance(evidence, list):
                raise SchemaError("match evidence must be a list")
            speaker = data.get("speaker")
            return cls(
                id=str(data["id"]),
                kind=kind,
                a=Span.from_json(data["a"]),
                b=Span.from_json(data["b"]),
                score=score,
                evidence=tuple(str(e) for e in evidence),
                speaker=speaker if isinstance(speaker, str) else None,
                manual=bool(data.get("manual", False)),
                spelling=read_spelling(data.get("spelling")),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise SchemaError(f"malformed match: {exc}") from None


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Two spans stating the same fact with different values (a date, a number, a name,
    a quotation's words), or one denying what the other states (a negation)."""

    kind: DiscrepancyKind
    a: Span
    b: Span
    match: str
    detail: str  # the two values: "87 vs 85"
    # what both values count, when the analysis knows it from both sentences and they
    # agree ("seats", "dead", "turnout"; reader.analysis.figures.counted_labels)
    counted: str | None = None

    @property
    def shown(self) -> str:
        """The detail as the reader sees it: "87 vs 85 seats" (see :func:`with_counted`)."""
        return with_counted(self.detail, self.counted)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "match": self.match,
            "detail": self.detail,
            "counted": self.counted,
        }

    @classmethod
    def from_json(cls, data: Any) -> Discrepancy:
        if not isinstance(data, dict):
            raise SchemaError("a discrepancy must be a JSON object")
        try:
            return cls(
                kind=DiscrepancyKind(data["kind"]),
                a=Span.from_json(data["a"]),
                b=Span.from_json(data["b"]),
                match=str(data["match"]),
                detail=str(data.get("detail", "")),
                counted=counted if isinstance(counted := data.get("counted"), str) else None,
            )
        except (KeyError, ValueError) as exc:
            raise SchemaError(f"malformed discrepancy: {exc}") from None


# a detail whose values are percentages ("71% vs 67 percent"): what they are of follows
# in brackets, "71% vs 67 percent (turnout)"
_PERCENT_END = re.compile(r"(?:%|\bper\s?cent)$", re.IGNORECASE)


def with_counted(detail: str, counted: str | None) -> str:
    """A discrepancy's ``detail`` with what its values count after it, when known: "87
    vs 85 seats", "12 vs fourteen dead", "71% vs 67 percent (turnout)"; the detail alone
    when ``counted`` is None or ''."""
    if not counted:
        return detail
    return f"{detail} ({counted})" if _PERCENT_END.search(detail) else f"{detail} {counted}"


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quotation in one article (quote marks included) and who says it, if named."""

    span: Span
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = self.span.to_dict()
        if self.speaker is not None:
            out["speaker"] = self.speaker
        return out

    @classmethod
    def from_json(cls, data: Any) -> Quoted:
        if not isinstance(data, dict):
            raise SchemaError("a quotation must be a JSON object")
        speaker = data.get("speaker")
        return cls(Span.from_json(data), speaker if isinstance(speaker, str) else None)


@dataclass(frozen=True, slots=True)
class Closest:
    """A sentence no claim covers (``span``) and the other article's sentence closest to
    it by the aligner's score (``partner``, ``score``): what a reader compares it with to
    see whether the other article tells it after all."""

    span: Span
    partner: Span
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "partner": self.partner.to_dict(),
            "score": round(self.score, 4),
        }

    @classmethod
    def from_json(cls, data: Any) -> Closest:
        if not isinstance(data, dict):
            raise SchemaError("a closest sentence must be a JSON object")
        try:
            return cls(Span.from_json(data), Span.from_json(data["partner"]), float(data["score"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed closest sentence: {exc}") from None


@dataclass(frozen=True, slots=True)
class Alignment:
    """Everything the aligner found for the pair (``a``, ``b``)."""

    a: Document
    b: Document
    matches: tuple[Match, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    only_a: tuple[Span, ...] = ()
    only_b: tuple[Span, ...] = ()
    method: str = "lexical"
    timing_ms: dict[str, float] = field(default_factory=dict, compare=False)
    notices: tuple[str, ...] = field(default=(), compare=False)
    # every quotation of each article, shared or not (optional in JSON: "quotes_a")
    quotes_a: tuple[Quoted, ...] = ()
    quotes_b: tuple[Quoted, ...] = ()
    # A's sentences no claim covers, each with B's closest sentence (optional in JSON:
    # "closest_a"), and B's with A's
    closest_a: tuple[Closest, ...] = ()
    closest_b: tuple[Closest, ...] = ()

    def __post_init__(self) -> None:
        na, nb = len(self.a.text), len(self.b.text)
        ids: set[str] = set()
        for m in self.matches:
            if not (m.a.fits(na) and m.b.fits(nb)):
                raise SchemaError(f"match {m.id} lies outside its documents")
            if m.id in ids:
                raise SchemaError(f"duplicate match id {m.id}")
            ids.add(m.id)
        for d in self.discrepancies:
            if not (d.a.fits(na) and d.b.fits(nb)):
                raise SchemaError("a discrepancy lies outside its documents")
        for s in self.only_a:
            if not s.fits(na):
                raise SchemaError("an only-in-A passage lies outside document A")
        for s in self.only_b:
            if not s.fits(nb):
                raise SchemaError("an only-in-B passage lies outside document B")
        if not all(q.span.fits(na) for q in self.quotes_a) or not all(
            q.span.fits(nb) for q in self.quotes_b
        ):
            raise SchemaError("a quotation lies outside its document")
        for mine, other, closest in ((na, nb, self.closest_a), (nb, na, self.closest_b)):
            if not all(c.span.fits(mine) and c.partner.fits(other) for c in closest):
                raise SchemaError("a closest sentence lies outside its document")

    @property
    def documents(self) -> tuple[Document, Document]:
        return (self.a, self.b)

    def match_by_id(self, match_id: str) -> Match | None:
        for m in self.matches:
            if m.id == match_id:
                return m
        return None

    def quote_partners(self, side: str) -> dict[Span, str]:
        """The quotations of article ``side`` ("a" or "b") that the other article quotes
        too: quotation span -> the id of a quote match overlapping it. Quotations do
        not overlap one another, so each match is looked up by bisection."""
        quotes = sorted(q.span for q in (self.quotes_a if side == "a" else self.quotes_b))
        starts = [q.start for q in quotes]
        out: dict[Span, str] = {}
        for m in self.matches:
            if m.kind is not MatchKind.QUOTE:
                continue
            span = m.a if side == "a" else m.b
            k = bisect.bisect_left(starts, span.end) - 1
            while k >= 0 and quotes[k].end > span.start:
                out.setdefault(quotes[k], m.id)
                k -= 1
        return out

    def quotations(self) -> list[tuple[str, Quoted, str | None]]:
        """Every quotation as (side, quotation, the id of the quote match pairing it with
        the other article's, or None): A's, then B's, in reading order."""
        out: list[tuple[str, Quoted, str | None]] = []
        for side, quotes in (("a", self.quotes_a), ("b", self.quotes_b)):
            partners = self.quote_partners(side)
            for q in sorted(quotes, key=lambda q: q.span.start):
                out.append((side, q, partners.get(q.span)))
        return out

    def closest_to(self, side: str, span: Span) -> Closest | None:
        """Of the sentences of article ``side`` inside ``span`` (a passage only that
        article reports), the one whose closest sentence in the other scores best."""
        inside = [
            c
            for c in (self.closest_a if side == "a" else self.closest_b)
            if span.start <= c.span.start and c.span.end <= span.end
        ]
        return max(inside, key=lambda c: c.score, default=None)

    def is_only(self, side: str, offset: int) -> bool:
        """Whether ``offset`` lies in a passage only article ``side`` reports."""
        only = self.only_a if side == "a" else self.only_b
        return any(s.start <= offset < s.end for s in only)

    def closest_at(self, side: str, offset: int) -> Span | None:
        """In a passage only article ``side`` reports, the other article's sentence
        closest to the sentence at ``offset`` (None elsewhere, or when none comes near)."""
        if not self.is_only(side, offset):
            return None
        closest = self.closest_a if side == "a" else self.closest_b
        return next((c.partner for c in closest if c.span.start <= offset < c.span.end), None)

    def counts(self) -> dict[str, int]:
        out = {k.value: 0 for k in MatchKind}
        for m in self.matches:
            out[m.kind.value] += 1
        return out

    def swapped(self) -> Alignment:
        """The same alignment with A and B exchanged."""
        return Alignment(
            a=self.b,
            b=self.a,
            matches=tuple(
                replace(m, a=m.b, b=m.a, speaker=_swap_speakers(m.speaker)) for m in self.matches
            ),
            discrepancies=tuple(
                Discrepancy(d.kind, d.b, d.a, d.match, _swap_detail(d.detail), d.counted)
                for d in self.discrepancies
            ),
            only_a=self.only_b,
            only_b=self.only_a,
            method=self.method,
            timing_ms=dict(self.timing_ms),
            notices=self.notices,
            quotes_a=self.quotes_b,
            quotes_b=self.quotes_a,
            closest_a=self.closest_b,
            closest_b=self.closest_a,
        )

    def with_notices(self, notices: tuple[str, ...]) -> Alignment:
        """The same alignment carrying ``notices``."""
        return replace(self, notices=notices)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "method": self.method,
            "documents": [self.a.to_json(), self.b.to_json()],
            "matches": [m.to_json() for m in self.matches],
            "discrepancies": [d.to_json() for d in self.discrepancies],
            "only_a": [s.to_pair() for s in self.only_a],
            "only_b": [s.to_pair() for s in self.only_b],
            "timing_ms": {k: round(v, 1) for k, v in self.timing_ms.items()},
            "quotes_a": [q.to_json() for q in self.quotes_a],
            "quotes_b": [q.to_json() for q in self.quotes_b],
            # optional, only when there are some: what the aligner told about its run
            **({"notices": list(self.notices)} if self.notices else {}),
            # optional: each uncovered sentence's closest in the other article
            **({"closest_a": [c.to_json() for c in self.closest_a]} if self.closest_a else {}),
            **({"closest_b": [c.to_json() for c in self.closest_b]} if self.closest_b else {}),
        }

    @classmethod
    def from_json(cls, data: Any) -> Alignment:
        if not isinstance(data, dict):
            raise SchemaError("an alignment must be a JSON object")
        if data.get("schema") != SCHEMA:
            raise SchemaError(f"unsupported alignment schema {data.get('schema')!r}")
        docs = data.get("documents")
        if not isinstance(docs, list) or len(docs) != 2:
            raise SchemaError("an alignment needs exactly two documents")
        timing = data.get("timing_ms", {})
        if not isinstance(timing, dict):
            raise SchemaError("timing_ms must be an object")
        return cls(
            a=Document.from_json(docs[0]),
            b=Document.from_json(docs[1]),
            matches=tuple(Match.from_json(m) for m in _list(data, "matches")),
            discrepancies=tuple(Discrepancy.from_json(d) for d in _list(data, "discrepancies")),
            only_a=tuple(Span.from_json(s) for s in _list(data, "only_a")),
            only_b=tuple(Span.from_json(s) for s in _list(data, "only_b")),
            method=str(data.get("method", "lexical")),
            timing_ms={str(k): float(v) for k, v in timing.items()},
            quotes_a=tuple(Quoted.from_json(q) for q in _list(data, "quotes_a")),
            quotes_b=tuple(Quoted.from_json(q) for q in _list(data, "quotes_b")),
            notices=tuple(_notices(data)),
            closest_a=tuple(Closest.from_json(c) for c in _list(data, "closest_a")),
            closest_b=tuple(Closest.from_json(c) for c in _list(data, "closest_b")),
        )


def _notices(data: dict[str, Any]) -> Iterator[str]:
    """The aligner's notices saved with an alignment (optional: earlier files lack them)."""
    for notice in _list(data, "notices"):
        if not isinstance(notice, str):
            raise SchemaError("notices must be a list of sentences")
        if notice.strip():
            yield notice


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise SchemaError(f"{key} must be a list")
    return value


QUOTED_VS = "\u201d vs \u201c"  # between two quoted sides: a quotation may hold " vs "


# between the two speakers of a quotation the two articles give to two people, A's first
# ("Angela Merkel / Nicolas Sarkozy", reader.analysis.quotations.misattributed)
SPEAKERS_APART = " / "


def _swap_speakers(speaker: str | None) -> str | None:
    """ "A's speaker / B's speaker" -> "B's speaker / A's speaker"; one speaker as it is."""
    if speaker is None or SPEAKERS_APART not in speaker:
        return speaker
    left, _, right = speaker.partition(SPEAKERS_APART)
    return f"{right}{SPEAKERS_APART}{left}"


def _swap_detail(detail: str) -> str:
    """ "A's value vs B's value" -> "B's value vs A's value"."""
    if detail.startswith("\u201c") and detail.endswith("\u201d") and QUOTED_VS in detail:
        left, _, right = detail[1:-1].partition(QUOTED_VS)
        return f"\u201c{right}{QUOTED_VS}{left}\u201d"
    sides, note = note_of(detail)  # "(240 km/h is 149 mph)" stays after both
    left, sep, right = sides.partition(" vs ")
    return f"{right} vs {left}{note}" if sep else detail

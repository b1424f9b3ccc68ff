"""Document: one article as the pane shows it, with its structure as spans."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reader.errors import SchemaError
from reader.model.fingerprint import FileFingerprint
from reader.model.post import Post
from reader.model.span import Span

PAYWALL = "paywall"
"""``Document.cut``: the page stops at a subscription offer (reader.ingest.cut_short)."""
PAGES = "pages"
"""``Document.cut``: the page is the first of a story split over several."""
_CUTS = (PAYWALL, PAGES)


def _spans(data: Any, what: str) -> tuple[Span, ...]:
    if not isinstance(data, list):
        raise SchemaError(f"document {what} must be a list")
    return tuple(Span.from_json(x) for x in data)


@dataclass(frozen=True, slots=True)
class Document:
    """An article: ``text`` is exactly what the pane shows (headline first).

    ``paragraphs`` and ``sentences`` cover the text in reading order; ``boilerplate``
    marks bylines, navigation, credits and the like: shown dimmed, never matched.
    ``headings`` are the paragraphs the source marks as headings (an HTML <h2> to <h6>, a
    Markdown "## heading", a Word heading style), the headline never among them.
    ``fingerprint``: the bytes of the file ``text`` was read from (None: read from no
    file, or from a session saved before fingerprints were kept); a session saves it with
    the document (:meth:`reader.model.session.Session.to_json`), the alignment's JSON
    does not hold it. ``posts``: the social posts the page embeds (reader.ingest.posts),
    each its poster's quotation; in JSON only when there are some (older files have none).
    ``cut``: how the page holds only part of its story (``PAYWALL``, ``PAGES``; None: whole
    as far as can be told), read by reader.ingest.cut_short; in JSON only when set.
    ``table_heads``: the paragraphs that are a table's header row as the source marks it
    (an HTML <th> row or <thead>; reader.ingest.table_text), read as headers for certain
    by reader.analysis.table_reading; in JSON only when there are some.
    """

    path: str
    title: str
    text: str
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    source: str | None = None
    date: str | None = None
    headings: tuple[Span, ...] = ()
    content_hash: str = field(default="", compare=False)
    fingerprint: FileFingerprint | None = field(default=None, compare=False)
    posts: tuple[Post, ...] = ()
    cut: str | None = None
    table_heads: tuple[Span, ...] = ()
    # lookup tables for fast span queries (derived from the fields above)
    _bp: tuple[Span, ...] = field(default=(), init=False, repr=False, compare=False)
    _bp_ends: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _sent_starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _sent_order: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.text)
        for what, spans in (
            ("paragraph", self.paragraphs),
            ("sentence", self.sentences),
            ("boilerplate", self.boilerplate),
            ("heading", self.headings),
            ("table head", self.table_heads),
            ("post", tuple(p.span for p in self.posts)),
        ):
            for s in spans:
                if not s.fits(n):
                    raise SchemaError(f"{what} span [{s.start}, {s.end}) lies outside the text")
        if not self.content_hash:
            digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()
            object.__setattr__(self, "content_hash", digest)
        bp = tuple(merge_spans(b for b in self.boilerplate if len(b) > 0))
        object.__setattr__(self, "_bp", bp)
        object.__setattr__(self, "_bp_ends", tuple(b.end for b in bp))
        order = sorted(range(len(self.sentences)), key=lambda i: self.sentences[i].start)
        object.__setattr__(self, "_sent_order", tuple(order))
        object.__setattr__(self, "_sent_starts", tuple(self.sentences[i].start for i in order))

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def is_boilerplate(self, span: Span) -> bool:
        """True when ``span`` overlaps any boilerplate span (O(log n))."""
        k = bisect.bisect_right(self._bp_ends, span.start)
        return k < len(self._bp) and self._bp[k].overlaps(span)

    def within_boilerplate(self, span: Span) -> bool:
        """True when ``span`` lies wholly inside boilerplate (O(log n))."""
        k = bisect.bisect_left(self._bp_ends, span.start)
        return any(b.contains(span) for b in self._bp[k : k + 2])

    def content_sentences(self) -> list[Span]:
        """Sentences that are not boilerplate: the units alignment may match."""
        return [s for s in self.sentences if not self.is_boilerplate(s)]

    def sentence_index_at(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (O(log n)), None between sentences."""
        k = bisect.bisect_right(self._sent_starts, offset) - 1
        if k < 0:
            return None
        i = self._sent_order[k]
        return i if self.sentences[i].contains_offset(offset) else None

    def post_at(self, offset: int) -> Post | None:
        """The embedded post (``posts``) holding character ``offset``, if any."""
        return next((p for p in self.posts if p.span.contains_offset(offset)), None)

    @property
    def display_name(self) -> str:
        return self.title or self.path

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "text": self.text,
            "paragraphs": [s.to_pair() for s in self.paragraphs],
            "sentences": [s.to_pair() for s in self.sentences],
            "boilerplate": [s.to_pair() for s in self.boilerplate],
            "headings": [s.to_pair() for s in self.headings],
            **({"posts": [p.to_json() for p in self.posts]} if self.posts else {}),
            **({"cut": self.cut} if self.cut else {}),
            **(
                {"table_heads": [s.to_pair() for s in self.table_heads]} if self.table_heads else {}
            ),
        }

    @classmethod
    def from_json(cls, data: Any) -> Document:
        if not isinstance(data, dict):
            raise SchemaError("a document must be a JSON object")
        text = data.get("text")
        if not isinstance(text, str):
            raise SchemaError("document text must be a string")
        source, date = data.get("source"), data.get("date")
        posts = data.get("posts", [])
        if not isinstance(posts, list):
            raise SchemaError("document posts must be a list")
        return cls(
            path=str(data.get("path", "")),
            title=str(data.get("title", "")),
            text=text,
            paragraphs=_spans(data.get("paragraphs", []), "paragraphs"),
            sentences=_spans(data.get("sentences", []), "sentences"),
            boilerplate=_spans(data.get("boilerplate", []), "boilerplate"),
            headings=_spans(data.get("headings", []), "headings"),
            source=source if isinstance(source, str) else None,
            date=date if isinstance(date, str) else None,
            fingerprint=FileFingerprint.from_json(data.get("fingerprint")),
            posts=tuple(Post.from_json(p) for p in posts),
            cut=cut if (cut := data.get("cut")) in _CUTS else None,
            table_heads=_spans(data.get("table_heads", []), "table heads"),
        )


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted union of spans, touching or overlapping ones joined."""
    out: list[Span] = []
    for s in sorted(spans):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out

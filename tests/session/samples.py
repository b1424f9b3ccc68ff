"""A small literal article pair, its alignment and a session with notes and corrections.

Shared by the tests of reader/model, reader/session, reader/export and the notes dock.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from reader.model import Alignment, Discrepancy, DiscrepancyKind, Document, Match, MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.session.store import session_bytes

TEXT_A = (
    "Putin and Kim sign defence pact\n\n"
    "Russia and North Korea agreed on Wednesday to help each other if attacked. "
    '"This is a breakthrough," Putin said. The talks lasted three hours.'
)
TEXT_B = (
    "North Korea and Russia strike mutual defence deal\n\n"
    "The two countries pledged on June 19 to provide military assistance if either is "
    'attacked. Putin called it "a breakthrough". The summit lasted five hours.'
)

HOSTILE = '<script>alert(1)</script> " onmouseover="x'


def span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def document(text: str, title: str, source: str, date: str, path: str) -> Document:
    paragraphs = tuple(Span(text.index(p), text.index(p) + len(p)) for p in text.split("\n\n") if p)
    return Document(path, title, text, paragraphs=paragraphs, source=source, date=date)


def sample_alignment(text_a: str = TEXT_A, text_b: str = TEXT_B) -> Alignment:
    """Four matches (claim, quote, entity, number) and one discrepancy over the pair."""
    a = document(text_a, "Putin and Kim sign defence pact", "Hankyoreh", "2024-06-20", "a.txt")
    b = document(
        text_b, "North Korea and Russia strike mutual defence deal", "AP", "2024-06-20", "b.txt"
    )
    claim = Match(
        "m1",
        MatchKind.CLAIM,
        span_of(text_a, "Russia and North Korea agreed on Wednesday to help each other"),
        span_of(text_b, "The two countries pledged on June 19 to provide military assistance"),
        0.8125,
        ("help", "attacked"),
    )
    quote = Match(
        "m2",
        MatchKind.QUOTE,
        span_of(text_a, "This is a breakthrough"),
        span_of(text_b, "a breakthrough"),
        0.9,
        ("breakthrough",),
        speaker="Putin",
    )
    entity = Match("m3", MatchKind.ENTITY, span_of(text_a, "Kim"), span_of(text_b, "Korea"), 0.5)
    number = Match(
        "m4",
        MatchKind.NUMBER,
        span_of(text_a, "three hours"),
        span_of(text_b, "five hours"),
        0.625,
        ("hours",),
    )
    return Alignment(
        a,
        b,
        matches=(claim, quote, entity, number),
        discrepancies=(
            Discrepancy(
                DiscrepancyKind.NUMBER, number.a, number.b, "m4", "three hours vs five hours"
            ),
        ),
        only_a=(span_of(text_a, "Putin and Kim sign defence pact"),),
        method="lexical",
        timing_ms={"align": 1.5},
    )


def sample_session(text_a: str = TEXT_A, text_b: str = TEXT_B) -> Session:
    """The sample alignment with a note on the claim, a note on free text in B, the entity
    match rejected, a manual link between the two headlines and two view settings."""
    session = Session(sample_alignment(text_a, text_b))
    session = session.add_note(
        Note(
            "n1",
            "Both agree on the pledge; A says Wednesday.",
            ("agrees",),
            match_id="m1",
            created="2024-06-21T09:00:00+00:00",
            modified="2024-06-21T09:05:00+00:00",
        )
    )
    session = session.add_note(
        Note(
            "n2",
            "Only AP gives the length as five hours.",
            ("check this", "only here"),
            b=span_of(text_b, "The summit lasted five hours."),
            created="2024-06-21T09:10:00+00:00",
            modified="2024-06-21T09:10:00+00:00",
        )
    )
    session = session.reject("m3")
    session, _ = session.link(
        span_of(text_a, "Putin and Kim sign defence pact"),
        span_of(text_b, "North Korea and Russia strike mutual defence deal"),
    )
    return session.with_view(sync=True, zoom=1.25, filter_kind="claim")


def write_damaged_deep(path: Path, session: Session) -> Path:
    """Write ``session`` to ``path`` with its first match's A side ending far outside
    its document: a file whose titles and notes read well, damaged only deeper inside
    (found on opening it)."""
    data = json.loads(session_bytes(session))
    data["alignment"]["matches"][0]["a"]["end"] = 10**7
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def realigned_alignment(alignment: Alignment) -> Alignment:
    """The same pair aligned again: ids renumbered, the quote match gone, a new one added."""
    old = {m.id: m for m in alignment.matches}
    extra = Match(
        "x1", MatchKind.ENTITY, span_of(TEXT_A, "Putin said"), span_of(TEXT_B, "Putin"), 0.4
    )
    return replace(
        alignment,
        matches=(
            extra,
            replace(old["m4"], id="x2"),
            replace(old["m3"], id="x3"),
            replace(old["m1"], id="x4", score=0.7),
        ),
        discrepancies=(),
    )


def seed_session(path_a: str | Path, path_b: str | Path, method: str = "lexical") -> Session:
    """The seed pair aligned, with a note on its first claim, its first name match
    rejected, a note on B's last paragraph and a hand-made link between the headlines."""
    from reader.analysis import align
    from reader.ingest import load_document

    a, b = load_document(path_a), load_document(path_b)
    session = Session(align(a, b, method=method))
    claim = next(m for m in session.alignment.matches if m.kind is MatchKind.CLAIM)
    entity = next(m for m in session.alignment.matches if m.kind is MatchKind.ENTITY)
    session = session.add_note(
        Note.new("Both report the mutual-assistance pledge.", ["agrees"], match_id=claim.id)
    )
    session = session.reject(entity.id)
    session = session.add_note(
        Note.new("Only AP carries this.", ["only here", "check this"], b=b.paragraphs[-1])
    )
    session, _ = session.link(a.paragraphs[0], b.paragraphs[0])
    return session.with_view(sync=True)


def hostile_session() -> Session:
    """The sample pair with markup appended to both articles and a note on it."""
    text_a, text_b = f"{TEXT_A} {HOSTILE}", f"{TEXT_B} {HOSTILE}"
    return sample_session(text_a, text_b).add_note(
        Note(
            "n9",
            f"Note: {HOSTILE}",
            ("<b>tag</b>",),
            a=span_of(text_a, HOSTILE),
            b=span_of(text_b, HOSTILE),
        )
    )

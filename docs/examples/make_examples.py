"""Rebuild the examples in this folder from the seed pair (resources/sample).

    .venv/bin/python docs/examples/make_examples.py

Aligns the two seed articles (method "auto", as the app does), adds a few notes and
one rejection as a reader would, saves ``seed.crossread`` and exports it to every format
(``seed.md``, ``seed.html``, ``seed.json``, ``seed.csv``, ``seed.pdf``, ``seed.docx``).
"""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.export import FORMATS, export_session
from reader.ingest import load_document
from reader.model import Match, Note, Session
from reader.session import save_session

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "resources" / "sample"
A = SAMPLE / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
B = SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt"


def find(session: Session, kind: str, in_a: str, in_b: str) -> Match:
    """The match of ``kind`` whose A passage contains ``in_a`` and B passage ``in_b``."""
    al = session.alignment
    for m in al.matches:
        if m.kind.value == kind and in_a in al.a.slice(m.a) and in_b in al.b.slice(m.b):
            return m
    raise LookupError(f"no {kind} match with {in_a!r} / {in_b!r}")


def seed_session() -> Session:
    a, b = load_document(A), load_document(B)
    s = Session(align(a, b, method="auto"))
    notes = [
        (
            find(s, "claim", "Putin, Kim pledge", "requires immediate military"),
            "Hankyoreh: 'mutual assistance' against outside aggression. AP: 'immediate "
            "military assistance' in war. Same pledge, AP's wording is stronger.",
            ("check this",),
        ),
        (
            find(s, "claim", "breakthrough", "breakthrough document"),
            "Both quote Putin calling the agreement a breakthrough.",
            ("agrees",),
        ),
        (
            find(s, "claim", "first in 24 years", "first time in 24 years"),
            "Both: Putin's first visit in 24 years.",
            ("agrees",),
        ),
        (
            find(s, "claim", "It’s unclear whether", "1961"),
            "Hankyoreh doubts the treaty restores automatic intervention; AP cites experts "
            "on the 1961 treaty that required it.",
            ("contradicts", "check this"),
        ),
    ]
    for match, text, tags in notes:
        s = s.add_note(Note.new(text, tags, match_id=match.id))
    s = s.reject(find(s, "claim", "walk side-by-side", "first time in 24 years").id)
    ukraine = b.text.index("He vowed full support for Russia’s war in Ukraine.")
    s = s.add_note(
        Note.new(
            "Only AP ties the deal to the war in Ukraine this directly.",
            ("only here",),
            b=b.paragraphs[next(i for i, p in enumerate(b.paragraphs) if ukraine < p.end)],
        )
    )
    return s.with_view(sync=True)


def main() -> None:
    session = seed_session()
    save_session(session, HERE / "seed.crossread")
    for fmt in FORMATS:
        export_session(session, HERE / f"seed.{fmt}", fmt)
        print(f"wrote {HERE / f'seed.{fmt}'}")


if __name__ == "__main__":
    main()

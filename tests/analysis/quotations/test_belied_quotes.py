from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.pipeline import align
from reader.analysis.quotations.belied_quotes import belied, belying_clause
from reader.ingest import load_document
from reader.model import Alignment, DiscrepancyKind, Document, Span

# 1_21ecbplus / 1_4ecbplus of ECB+: the careful reader's clear discrepancy
HELLER = (
    "\u201cMy client is ensconced in the bosom of that facility right now,\u201d Heller "
    "argued after a prosecutor objected to Lohan's choice of rehab facilities."
)
BELIED = (
    "He told the judge that LiLo was \u201censconced in the bosom of\u201d rehab this "
    "morning when she was really buying crap at Fry\u2019s in Fountain Valley, CA."
)
UNBELIED = (
    "He told the judge that LiLo was \u201censconced in the bosom of\u201d rehab this "
    "morning, and the judge let her stay there."
)


def quoted(d: Document) -> Span:
    """The span of the first quotation of ``d``, its marks included."""
    start = d.text.index("\u201c")
    return Span(start, d.text.index("\u201d", start) + 1)


def aligned(tmp_path: Path, a: str, b: str) -> Alignment:
    """The two articles written to files, loaded and aligned (words only)."""
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def test_the_lohan_hearing_quotation_belied_is_a_negation(tmp_path: Path) -> None:
    al = aligned(tmp_path, f"Lohan in court\n\n{HELLER}\n", f"Lohan in court\n\n{BELIED}\n")
    (d,) = [d for d in al.discrepancies if d.kind is DiscrepancyKind.NEGATION]
    assert al.b.slice(d.b) == "when she was really buying crap at Fry\u2019s in Fountain Valley, CA"
    assert al.a.slice(d.a).startswith("\u201cMy client is ensconced")
    assert next(m for m in al.matches if m.id == d.match).kind.value == "quote"


def test_the_same_quotation_told_without_a_clause_instead_is_no_negation(tmp_path: Path) -> None:
    al = aligned(tmp_path, f"Lohan in court\n\n{HELLER}\n", f"Lohan in court\n\n{UNBELIED}\n")
    assert DiscrepancyKind.NEGATION not in {d.kind for d in al.discrepancies}


def test_both_sides_belying_the_quotation_is_no_disagreement(
    doc: Callable[[str], Document],
) -> None:
    a, b = doc(BELIED), doc(BELIED.replace("LiLo", "Lohan"))
    assert belied(a, quoted(a), b, quoted(b)) is None


def test_the_belying_side_may_be_a(doc: Callable[[str], Document]) -> None:
    a, b = doc(BELIED), doc(HELLER)
    found = belied(a, quoted(a), b, quoted(b))
    assert found is not None
    assert a.slice(found.a).startswith("when she was really buying")
    assert found.detail.startswith("\u201cwhen she was really buying")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Il a dit qu'elle était \u00ab en cure \u00bb alors qu'en réalité elle faisait "
            "ses courses.",
            "alors qu'en réalité elle faisait ses courses",
        ),
        (
            "Er sagte, sie sei \u201ein der Klinik\u201c, während sie in Wirklichkeit "
            "einkaufen war.",
            "während sie in Wirklichkeit einkaufen war",
        ),
        (
            "Dijo que estaba \u201cen la clínica\u201d cuando en realidad estaba de compras.",
            "cuando en realidad estaba de compras",
        ),
        (
            "Ha detto che era \u201cin clinica\u201d mentre in realtà faceva shopping.",
            "mentre in realtà faceva shopping",
        ),
        (
            "Disse que ela estava \u201cna clínica\u201d quando na verdade fazia compras.",
            "quando na verdade fazia compras",
        ),
        (
            'He said the ship was "seaworthy" when in fact it had failed two inspections.',
            "when in fact it had failed two inspections",
        ),
    ],
)
def test_a_clause_telling_what_was_so_instead_in_six_languages(
    doc: Callable[[str], Document], text: str, clause: str
) -> None:
    d = doc(text)
    start = next(k for k, c in enumerate(text) if c in '\u00ab\u201e\u201c"')
    close = "\u00bb" if text[start] == "\u00ab" else "\u201c" if text[start] == "\u201e" else None
    end = text.index(close or ("\u201d" if text[start] == "\u201c" else '"'), start + 1) + 1
    found = belying_clause(d, Span(start, end))
    assert found is not None and d.slice(found) == clause


@pytest.mark.parametrize(
    "text",
    [
        # "really" of degree, not of fact
        'She said she was "fine" when she was really tired.',
        'He called the film "a flop" when it was really interesting to watch.',
        # a question about the claim, not a fact instead
        'He said it was "safe," when asked whether he actually checked it.',
        # "but in fact" as often adds to the claim
        'He called the treaty "a breakthrough," but in fact it goes further.',
        # the clause belongs to another quotation
        'He called it "safe" and she said "it is fine" when in fact nobody knew.',
    ],
)
def test_no_clause_instead(doc: Callable[[str], Document], text: str) -> None:
    d = doc(text)
    start = text.index('"')
    assert belying_clause(d, Span(start, text.index('"', start + 1) + 1)) is None

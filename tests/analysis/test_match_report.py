"""A fact-checker's match report pair (tests/data/pages/match_*): a British paper's and a
US wire's report of one invented cup final, Harwick Rovers 2-1 Kestrel Bay Athletic,
full of figures told two ways (a 78th-minute winner / in the 78th minute, on 56 minutes /
in the 56th minute, the 93rd minute / the third minute of stoppage time, a crowd of
52,341 / more than 52,000 fans, 4-3 on aggregate / 4-3 over two legs, £45m / $57
million) and names with and without their marks (Łukasz Wróbel / Lukasz Wrobel); the
minute of the opening goal is the one real discrepancy (23rd / 27th: tests/analysis/
conflicts/test_discrepancies.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, Document, MatchKind
from tests.match_pages import match_alignment, match_documents

METHODS = ["lexical", "semantic"]


@pytest.fixture(scope="module", params=METHODS)
def aligned(request: pytest.FixtureRequest) -> tuple[Document, Document, Alignment]:
    data_dir = Path(__file__).resolve().parent.parent / "data"
    a, b = match_documents(data_dir)
    return a, b, match_alignment(data_dir, request.param)


def _pairs(aligned: tuple[Document, Document, Alignment], kind: MatchKind) -> set[tuple[str, str]]:
    a, b, al = aligned
    return {(a.slice(m.a), b.slice(m.b)) for m in al.matches if m.kind is kind}


@pytest.mark.parametrize(
    "pair",
    [
        ("Łukasz Wróbel", "Lukasz Wrobel"),
        ("Wróbel", "Wrobel"),
        ("Jonas Müller", "Jonas Mueller"),
        ("Ines Sørensen", "Ines Sorensen"),
        ("Tyler Nuñez", "Tyler Nuñez"),
    ],
)
def test_names_with_and_without_their_marks_are_one_name(
    aligned: tuple[Document, Document, Alignment], pair: tuple[str, str]
) -> None:
    assert pair in _pairs(aligned, MatchKind.ENTITY)


def test_the_wire_s_headline_names_the_forward_apart_from_his_nationality(
    aligned: tuple[Document, Document, Alignment],
) -> None:
    assert not any("American Tyler" in b for _, b in _pairs(aligned, MatchKind.ENTITY))


@pytest.mark.parametrize("pair", [("2-1", "2-1"), ("4-3", "4-3"), ("52,341", "52,000")])
def test_scores_and_the_crowd_are_matched_as_figures(
    aligned: tuple[Document, Document, Alignment], pair: tuple[str, str]
) -> None:
    assert pair in _pairs(aligned, MatchKind.NUMBER)


def test_no_figure_of_a_score_is_matched_with_a_count(
    aligned: tuple[Document, Document, Alignment],
) -> None:
    # "two finals in four years" and "4-3 over two legs"; "3-0" and "4-3"
    figures = _pairs(aligned, MatchKind.NUMBER)
    assert not {p for p in figures if p[0] in ("four", "3", "4") or p[1] in ("3", "4")}


def test_the_live_blog_link_and_the_wire_s_hub_link_are_dimmed(data_dir: Path) -> None:
    a, b = match_documents(data_dir)
    dimmed = [a.slice(s) for s in a.boilerplate] + [b.slice(s) for s in b.boilerplate]
    assert any(s.startswith("Relive the final as it happened") for s in dimmed)
    assert "MP soccer: https://meridianpress.example/hub/soccer" in dimmed


def test_the_kicker_above_the_headline_is_no_line_of_the_story(data_dir: Path) -> None:
    a, _ = match_documents(data_dir)
    assert "Albion Cup final\n" not in a.text


# the figures of an ordinal were matched by their digits alone ("78 · 78", "85 · 85")
def test_an_ordinal_figure_is_matched_with_its_ending(
    aligned: tuple[Document, Document, Alignment],
) -> None:
    figures = _pairs(aligned, MatchKind.NUMBER)
    assert ("78th", "78th") in figures
    assert ("85th", "85th") in figures

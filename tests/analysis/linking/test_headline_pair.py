"""Two headlines that tell one fact are linked to each other (forty-fourth session)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.analysis import align
from reader.analysis.linking.headline_pair import HeadlinePair, headline_unit
from reader.analysis.linking.select_params import SelectParams
from reader.analysis.units import document_units
from reader.ingest import document_from_text, load_document
from reader.model import Alignment, Document, MatchKind

FLOOD_A = "flood_hill_country_gazette.html"
FLOOD_B = "flood_dallas_ledger.html"
HEADLINE_A = "Flash floods kill at least 23 in Mill Creek as Pecan River tops its banks"
HEADLINE_B = "Texas flood death toll rises to 25 as search for missing campers goes on"


def _claims(al: Alignment) -> set[tuple[str, str]]:
    """Each claim match's two sentences, each cut to its first 40 characters."""
    return {
        (al.a.slice(m.a)[:40], al.b.slice(m.b)[:40])
        for m in al.matches
        if m.kind is MatchKind.CLAIM
    }


def _pages(data_dir: Path, a: str, b: str, tmp_path: Path | None = None, **swap: str) -> Alignment:
    """The pages ``a`` and ``b`` aligned with the sentence model; ``swap`` replaces B's
    headline (``headline=...``) in a copy of B written under ``tmp_path``."""
    pages = data_dir / "pages"
    path_b = pages / b
    if swap and tmp_path is not None:
        html = path_b.read_text(encoding="utf-8").replace(HEADLINE_B, swap["headline"])
        path_b = tmp_path / b
        path_b.write_text(html, encoding="utf-8")
    return align(load_document(pages / a), load_document(path_b), method="semantic")


@pytest.fixture(scope="module")
def flood(data_dir: Path) -> Alignment:
    return _pages(data_dir, FLOOD_A, FLOOD_B)


def test_two_headlines_telling_one_toll_are_linked(flood: Alignment) -> None:
    """ "kill at least 23" and "death toll rises to 25": B's lead and a sentence on the
    town's 1987 flood outranked B's headline in the row of A's."""
    assert (HEADLINE_A[:40], HEADLINE_B[:40]) in _claims(flood)


def test_the_headline_keeps_its_link_to_the_other_lead(flood: Alignment) -> None:
    assert (HEADLINE_A[:40], "MILL CREEK, Texas (AP) — Rescuers search") in _claims(flood)


def test_a_linked_headline_is_not_only_in_its_article(flood: Alignment) -> None:
    assert not any(flood.b.slice(s).startswith(HEADLINE_B) for s in flood.only_b)


def test_the_toll_is_told_once_at_the_leads(flood: Alignment) -> None:
    """The headlines are compared too; "kill at least 23" names none killed, and the
    leads' "23 vs 25" stays the one row."""
    rows = [(d.detail, flood.a.slice(d.a)) for d in flood.discrepancies]
    assert rows == [("23 vs 25", "23")]
    (d,) = flood.discrepancies
    assert d.a.start > len(HEADLINE_A)


@pytest.mark.parametrize(
    "other",
    [
        # under the floor
        "Salvation Army collects donations for flood victims in Dallas",
        # as close to A's headline as B's was (0.25), but A tells its fact in a sentence
        # scoring far better (0.82): not within the ratio of that best
        "Mill Creek schools stay closed for the rest of the week",
    ],
)
def test_headlines_telling_different_facts_stay_apart(
    data_dir: Path, tmp_path: Path, other: str
) -> None:
    al = _pages(data_dir, FLOOD_A, FLOOD_B, tmp_path, headline=other)
    assert not any(a == HEADLINE_A[:40] and b == other[:40] for a, b in _claims(al))


@pytest.mark.parametrize(
    ("a", "b", "heads"),
    [
        (
            "blast_rhine_courier.html",
            "blast_continental_wire.html",
            ("Blast at Ludwigshafen chemical plant ki", "Fourteen dead in German chemical plant e"),
        ),
    ],
)
def test_headlines_linked_before_stay_linked(
    data_dir: Path, a: str, b: str, heads: tuple[str, str]
) -> None:
    al = _pages(data_dir, a, b)
    assert any(x.startswith(heads[0]) and y.startswith(heads[1]) for x, y in _claims(al))


def _doc(text: str) -> Document:
    return document_from_text(text, path="a.txt")


def test_the_headline_is_the_first_unit_when_it_is_the_title() -> None:
    doc = _doc("Flood kills 23 in Mill Creek\n\nFlash floods tore through the town on Tuesday.")
    assert doc.title == "Flood kills 23 in Mill Creek"
    assert headline_unit(doc, document_units(doc)) == 0


def test_an_article_without_a_title_of_its_own_has_no_headline() -> None:
    """A text opening with a sentence is named by its file ("a")."""
    doc = _doc("Flash floods tore through the town on Tuesday. Rescuers searched the banks.")
    assert headline_unit(doc, document_units(doc)) is None


SEMANTIC = SelectParams(floor=0.17, top_k=2, ratio=0.5)


def _pair(row: list[float], col: list[float]) -> HeadlinePair:
    """Headlines 0 and 0 of A and B, with A's headline's ``row`` and B's ``col``."""
    pair = HeadlinePair(0, 0, len(col), len(row))
    block = np.zeros((len(col), len(row)), dtype=np.float32)
    block[0] = row
    block[:, 0] = col
    pair.add_block(0, block)
    return pair


def test_the_other_lead_is_left_out_of_the_headline_rank() -> None:
    """The flood pages: B's lead (0.57) and a body sentence (0.28) above B's headline."""
    link = _pair([0.27, 0.57, 0.0, 0.28], [0.27, 0.27, 0.19]).link(SEMANTIC)
    assert link is not None and (link.i, link.j) == (0, 0)


def test_two_sentences_besides_the_lead_above_it_keep_the_headlines_apart() -> None:
    assert _pair([0.27, 0.57, 0.28, 0.29], [0.27, 0.27, 0.19]).link(SEMANTIC) is None
    assert _pair([0.27, 0.57, 0.0], [0.27, 0.27, 0.28, 0.29]).link(SEMANTIC) is None


def test_the_headlines_need_the_floor() -> None:
    assert _pair([0.15, 0.5, 0.0], [0.15, 0.1, 0.0]).link(SEMANTIC) is None


def test_the_headlines_need_to_be_near_the_weaker_side_best() -> None:
    """B's headline tells a fact A tells far better in a sentence (0.82)."""
    assert _pair([0.25, 0.57, 0.0], [0.25, 0.15, 0.82]).link(SEMANTIC) is None

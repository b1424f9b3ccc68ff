"""A dateline's place is where the report was filed, not whose count follows (audit F17):
"DALLAS, May 6 (Reuters) - A gunman killed four" and "ALLEN, Texas, May 6 (AP) — ...
killing eight" count the same dead, though Dallas and Allen are two names. Its outlet in
brackets is no name either, known agency or not ("LUDWIGSHAFEN, Germany (CW) —")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.times.told_days import dateline_end
from reader.ingest import load_document
from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("DALLAS, May 6 (Reuters) - A gunman killed four people.", "A gunman"),
        ("ALLEN, Texas, May 6 (AP) — A gunman killed eight people.", "A gunman"),
        ("ALLEN, Texas (AP) — A gunman killed eight people.", "A gunman"),
        ("Mumbai, Nov 11 - Police said.", "Police"),
        ("LUDWIGSHAFEN, Germany (CW) — Fourteen people were killed.", "Fourteen"),
        ("LUDWIGSHAFEN, March 4 (CW) - Fourteen people were killed.", "Fourteen"),
        ("KYIV, Ukraine (RFE/RL) — Fourteen people were killed.", "Fourteen"),
    ],
)
def test_where_a_dateline_ends(text: str, rest: str) -> None:
    assert text[dateline_end(feats(text)) :].startswith(rest)


def test_a_dateline_ends_after_its_page_s_outlet_spelled_out() -> None:
    text = "LUDWIGSHAFEN, Germany (Continental Wire) — Fourteen people were killed."
    f = feats(text)
    f.outlet = "Continental Wire"
    assert text[dateline_end(f) :].startswith("Fourteen")


def test_words_in_brackets_are_no_dateline_on_another_outlet_s_page() -> None:
    f = feats("LUDWIGSHAFEN, Germany (Continental Wire) — Fourteen people were killed.")
    f.outlet = "Rhine Courier"
    assert dateline_end(f) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Smith, Jones and Brown - the three suspects - were charged.",
        "Paris, the capital, was calm.",
        "A gunman killed four people in Dallas.",
        "Smith, Jones (left) - the two suspects - were charged.",
        "Smith, Jones (Continental) - the two suspects - were charged.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_end(feats(text)) == 0


def test_the_dateline_place_owns_no_count() -> None:
    a = "DALLAS, May 6 (Reuters) - A gunman killed four people at a mall in Allen."
    b = "ALLEN, Texas, May 6 (AP) — A gunman killed eight people at a mall in Allen."
    assert details(a, b) == ["four vs eight"]


def test_names_after_the_dateline_still_own_their_counts() -> None:
    a = "BOSTON, Dec 5 (Reuters) - The Red Sox offered Teixeira $200 million."
    b = "BOSTON, Dec 5 (AP) - The Nationals made Teixeira a $160 million offer."
    assert details(a, b) == []


_HEADLINE = "Blast at Ludwigshafen chemical plant kills 12, dozens injured"
_LEAD = (
    "LUDWIGSHAFEN, Germany ({outlet}) — Fourteen people were killed and more than 40 injured"
    " when a storage building exploded at a chemical plant in the western German city of"
    " Ludwigshafen on Wednesday, March 4, authorities said."
)


@pytest.mark.parametrize("outlet", ["CW", "AP", "Reuters", "CNN"])
def test_the_dateline_s_outlet_owns_no_count_known_or_not(outlet: str) -> None:
    """The fact-checker's pair: "CW" is no name owning the lead's toll, as "AP" is not."""
    assert "12 vs Fourteen" in details(_HEADLINE, _LEAD.format(outlet=outlet))


def _tolls(a: Path, b: Path) -> list[str]:
    al = align(load_document(a), load_document(b), method="lexical")
    return [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.NUMBER]


def test_the_tolls_of_the_fact_checker_s_pages_disagree(data_dir: Path) -> None:
    pages = data_dir / "pages"
    tolls = _tolls(pages / "blast_rhine_courier.html", pages / "blast_continental_wire.html")
    assert tolls == ["12 vs Fourteen"]  # "dozens injured" holds "more than 40 injured"


@pytest.mark.parametrize("outlet", ["AP", "Reuters"])
def test_the_tolls_disagree_as_before_under_a_known_agency(
    data_dir: Path, tmp_path: Path, outlet: str
) -> None:
    pages = data_dir / "pages"
    page = (pages / "blast_continental_wire.html").read_text(encoding="utf-8")
    b = tmp_path / "b.html"
    b.write_text(page.replace("(CW)", f"({outlet})"), encoding="utf-8")
    assert "12 vs Fourteen" in _tolls(pages / "blast_rhine_courier.html", b)


@pytest.mark.parametrize(
    "spelled", ["Continental Wire", "The Continental Wire", "CONTINENTAL WIRE", "Associated Press"]
)
def test_the_tolls_disagree_under_the_outlet_spelled_out(
    data_dir: Path, tmp_path: Path, spelled: str
) -> None:
    """The page's own outlet (or a known agency) spelled out in the dateline's brackets is
    its outlet, as its initials are: it owns none of the lead's figures."""
    pages = data_dir / "pages"
    page = (pages / "blast_continental_wire.html").read_text(encoding="utf-8")
    b = tmp_path / "b.html"
    b.write_text(page.replace("(CW)", f"({spelled})"), encoding="utf-8")
    assert load_document(b).source == "Continental Wire"
    assert _tolls(pages / "blast_rhine_courier.html", b) == ["12 vs Fourteen"]


def test_another_outlet_spelled_out_in_brackets_is_no_dateline(
    data_dir: Path, tmp_path: Path
) -> None:
    """Words in brackets that are neither the page's outlet nor an agency nor initials are
    the sentence's own ("Smith, Jones (Continental) - ..."): a name that may own a count."""
    pages = data_dir / "pages"
    page = (pages / "blast_continental_wire.html").read_text(encoding="utf-8")
    b = tmp_path / "b.html"
    b.write_text(page.replace("(CW)", "(Rhine Chemicals)"), encoding="utf-8")
    assert _tolls(pages / "blast_rhine_courier.html", b) == []

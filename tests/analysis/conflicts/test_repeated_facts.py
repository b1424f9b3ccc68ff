"""Tests of reader/analysis/conflicts/repeated_facts.py: a fact two articles state differently is
one discrepancy for each statement, not one for each link between their sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.analysis import align
from reader.analysis.conflicts.repeated_facts import headings, one_for_each_statement
from reader.ingest import load_document
from reader.model import Discrepancy, DiscrepancyKind, Document, Span

A_HEAD, A_BODY = Span(10, 12), Span(130, 132)
B_HEAD, B_BODY = Span(40, 42), Span(118, 120)


def number(a: Span, b: Span, match: str, detail: str = "58 vs 61") -> Discrepancy:
    return Discrepancy(DiscrepancyKind.NUMBER, a, b, match, detail)


def test_a_statement_linked_to_two_of_the_other_is_one_discrepancy() -> None:
    found = [number(A_BODY, B_HEAD, "m1"), number(A_BODY, B_BODY, "m2")]
    kept = one_for_each_statement(found, {"m1": 0.48, "m2": 0.55})
    assert kept == [found[1]]  # the better link's


def test_two_statements_on_each_side_keep_a_row_for_each_pair() -> None:
    found = [
        number(A_HEAD, B_HEAD, "m1"),
        number(A_HEAD, B_BODY, "m2"),
        number(A_BODY, B_BODY, "m3"),
    ]
    kept = one_for_each_statement(found, {"m1": 0.6, "m2": 0.5, "m3": 0.7})
    assert kept == [found[0], found[2]]


def test_a_statement_in_a_sentence_is_kept_over_one_in_a_headline() -> None:
    found = [number(A_HEAD, B_BODY, "m1"), number(A_BODY, B_BODY, "m2")]
    kept = one_for_each_statement(found, {"m1": 0.9, "m2": 0.5}, ([Span(0, 20)], []))
    assert kept == [found[1]]


def test_headings_are_the_paragraphs_that_end_as_no_sentence_does(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "http://example.com/story.html\nReport: Red Sox offer Teixeira $200 million\n"
        "The Red Sox made an eight-year offer.\nWhat comes next\n"
        '"We will see," he said.'
    )
    assert [d.slice(h) for h in headings(d)] == [
        "http://example.com/story.html",
        "Report: Red Sox offer Teixeira $200 million",
        "What comes next",
    ]


def test_another_detail_on_the_same_span_is_another_discrepancy() -> None:
    found = [number(A_BODY, B_HEAD, "m1"), number(A_BODY, B_BODY, "m2", "58 vs 60")]
    assert one_for_each_statement(found, {"m1": 0.5, "m2": 0.5}) == found


def test_the_order_found_is_kept() -> None:
    found = [number(A_HEAD, B_HEAD, "m1"), number(A_BODY, B_BODY, "m2")]
    assert one_for_each_statement(found, {"m1": 0.4, "m2": 0.9}) == found


A_TEXT = """Incendie à Marseille : 58 morts dans l'effondrement d'un immeuble

Le bilan de l'effondrement d'un immeuble à Marseille s'élève à 58 morts, selon la préfecture.

L'immeuble de six étages s'est effondré mardi matin dans le quartier de Noailles."""

B_TEXT = """Marseille : l'effondrement d'un immeuble fait 61 morts

L'effondrement d'un immeuble de six étages à Marseille a fait 61 morts mardi, selon la \
préfecture des Bouches-du-Rhône.

Les secours ont travaillé toute la nuit dans le quartier de Noailles."""


def test_a_toll_in_a_headline_and_a_lede_is_told_once_for_each_statement(
    doc: Callable[[str], Document],
) -> None:
    al = align(doc(A_TEXT), doc(B_TEXT), method="lexical")
    found = al.discrepancies
    assert found and {d.detail for d in found} == {"58 vs 61"}
    assert len({d.a for d in found}) == len({d.b for d in found}) == len(found)


def test_the_toll_kept_is_the_one_the_ledes_state(doc: Callable[[str], Document]) -> None:
    al = align(doc(A_TEXT), doc(B_TEXT), method="lexical")
    (d,) = al.discrepancies
    assert al.a.slice(d.a) == "58" and al.a.text.index("Le bilan") < d.a.start
    assert al.b.text.index("L'effondrement d'un immeuble de six") < d.b.start


# The fact-checker's pages (tests/data/pages): A tells its toll twice, "kills 12" in its
# headline and "killing 12 workers" in its lead; B once, "Fourteen people were killed" in
# its lead, which links to both. The headline's pair is compared ("12 vs Fourteen") and
# yields to the leads' pair, which states the fact in full with its source: one row for
# B's one statement (forty-fourth session: kept so, as the thirtieth session measured).
_COURIER_LEAD = "killing 12 workers and injuring at least 40 others"


def _tolls(a: Path, b: Path) -> list[tuple[str, str]]:
    """Each toll discrepancy of pages ``a`` and ``b``: its detail, and the paragraph of
    A that states it."""
    al = align(load_document(a), load_document(b), method="lexical")
    out = []
    for d in al.discrepancies:
        if d.kind is DiscrepancyKind.NUMBER:
            para = next(p for p in al.a.paragraphs if p.contains(d.a))
            out.append((d.detail, al.a.slice(para)))
    return out


def test_a_toll_in_a_headline_and_a_lead_against_one_lead_is_told_at_the_leads(
    data_dir: Path,
) -> None:
    pages = data_dir / "pages"
    ((detail, said),) = _tolls(
        pages / "blast_rhine_courier.html", pages / "blast_continental_wire.html"
    )
    assert detail == "12 vs Fourteen" and _COURIER_LEAD in said


def test_a_toll_only_a_headline_states_is_told_at_the_headline(
    data_dir: Path, tmp_path: Path
) -> None:
    """Headlines are compared: without the lead's toll, the headline's pair carries it."""
    pages = data_dir / "pages"
    page = (pages / "blast_rhine_courier.html").read_text(encoding="utf-8")
    a = tmp_path / "a.html"
    a.write_text(page.replace(_COURIER_LEAD, "injuring workers"), encoding="utf-8")
    tolls = _tolls(a, pages / "blast_continental_wire.html")
    said = [where for detail, where in tolls if detail == "12 vs Fourteen"]
    assert said == ["Blast at Ludwigshafen chemical plant kills 12, dozens injured"]

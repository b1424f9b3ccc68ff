"""One person for another in two sentences worded alike (reader.analysis.
substituted_names): the pairs it reports, the ones it leaves alone, and the discrepancy
the aligner makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.substituted_names import substituted_name
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import Unit
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Span

DILEO = (
    "The 76ers named assistant general manager Tony DiLeo as interim coach on Saturday "
    "after firing Maurice Cheeks."
)
LYNAM = DILEO.replace("Tony DiLeo", "Jim Lynam")


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def other(a: str, b: str, also_a: str = "", also_b: str = "") -> str | None:
    """The detail for sentences ``a`` and ``b``, their articles also naming the people of
    ``also_a`` and ``also_b``."""
    fa, fb = feats(a), feats(b)
    named_a = {w for f in (fa, feats(also_a or "x")) for n in f.names for w in n.key.split()}
    named_b = {w for f in (fb, feats(also_b or "x")) for n in f.names for w in n.key.split()}
    found = substituted_name(fa, fb, named_a, named_b)
    return None if found is None else found.detail


SUBSTITUTED = [
    (DILEO, LYNAM, "Tony DiLeo vs Jim Lynam"),
    # a given name opens each
    (
        "The Philadelphia 76ers fired Maurice Cheeks and named Tony DiLeo interim coach.",
        "The Philadelphia 76ers fired Maurice Cheeks and named Jim Lynam interim coach.",
        "Tony DiLeo vs Jim Lynam",
    ),
    # after a title the sentences share
    (
        "The award was handed to the team by President Barack Obama at the White House on Monday.",
        "The award was handed to the team by President George Bush at the White House on Monday.",
        "Barack Obama vs George Bush",
    ),
]


@pytest.mark.parametrize(("a", "b", "detail"), SUBSTITUTED)
def test_one_person_for_another_is_reported(a: str, b: str, detail: str) -> None:
    assert other(a, b) == detail


LEFT_ALONE = [
    # one person written two ways: a word in common, a surname misspelt
    (DILEO, DILEO.replace("Tony DiLeo", "Anthony DiLeo")),
    (DILEO, DILEO.replace("Tony DiLeo", "Tony Dileo")),
    (DILEO, DILEO.replace("Tony DiLeo", "Tony DiLeoo")),
    # not people: two agencies, each reporting its own interview; two places
    (
        "The minister told Reuters on Tuesday that the talks would resume next week in Geneva.",
        "The minister told AP on Tuesday that the talks would resume next week in Geneva.",
    ),
    (
        "A bomb exploded on Friday at a bank branch in Woodburn, Oregon, killing two officers.",
        "A bomb exploded on Friday at a bank branch in Salem, Oregon, killing two officers.",
    ),
    # the sentences differ in more than the name
    (DILEO, "The 76ers named Jim Lynam, a longtime scout, as their new coach after a loss."),
    # too short to tell one fact worded alike
    ("Tony DiLeo was named.", "Jim Lynam was named."),
]


@pytest.mark.parametrize(("a", "b"), LEFT_ALONE)
def test_no_substitution_is_reported(a: str, b: str) -> None:
    assert other(a, b) is None


def test_a_person_the_other_article_names_too_is_left_alone() -> None:
    """An article naming both may tell of two people in two roles."""
    assert other(DILEO, LYNAM, also_b="Tony DiLeo was the general manager until 2008.") is None


def test_articles_in_another_language_are_left_alone() -> None:
    fa, fb = feats(DILEO), feats(LYNAM)
    fa.language = fb.language = "German"
    assert substituted_name(fa, fb, set(), set()) is None


def test_the_aligner_reports_it_as_a_name_discrepancy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Coach fired\n\n{DILEO}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Sixers\n\n{LYNAM}\n", encoding="utf-8")
    a, b = (load_document(tmp_path / f"{s}.txt") for s in "ab")
    al = align(a, b, method="lexical")
    [found] = [d for d in al.discrepancies if d.kind is DiscrepancyKind.NAME]
    assert found.detail == "Tony DiLeo vs Jim Lynam"
    assert (a.text[found.a.start : found.a.end], b.text[found.b.start : found.b.end]) == (
        "Tony DiLeo",
        "Jim Lynam",
    )


# ECB+ 4_5ecbplus
BEVERLY = (
    "Williams died peacefully in her sleep Thursday in Beverly Hills, family spokesman "
    "Harlan Boll announced."
)


@pytest.mark.parametrize(
    "b",
    [
        BEVERLY.replace("Beverly Hills", "Ann Arbor"),
        BEVERLY.replace("Beverly Hills", "Florence Heights"),
    ],
)
def test_a_given_name_before_a_word_closing_places_is_no_person(b: str) -> None:
    """ "Beverly Hills" and "Ann Arbor" are places (reader.analysis.conflicts.substituted_places
    tells them), not two people."""
    assert other(BEVERLY, b) is None


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Carla Hills said on Tuesday that the talks in Geneva would resume next week.",
            "Susan Schwab said on Tuesday that the talks in Geneva would resume next week.",
            "Carla Hills vs Susan Schwab",
        ),
        (
            "The talks were led by Carla Hills, who flew to Geneva on Tuesday for two days.",
            "The talks were led by Susan Schwab, who flew to Geneva on Tuesday for two days.",
            "Carla Hills vs Susan Schwab",
        ),
    ],
)
def test_such_a_name_the_sentence_tells_of_as_a_person_is_one(a: str, b: str, detail: str) -> None:
    assert other(a, b) == detail

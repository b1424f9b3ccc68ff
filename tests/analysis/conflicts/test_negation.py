"""A linked sentence that denies what the other states (reader.analysis.conflicts.negation): the
pairs it reports, the negations it leaves alone, and the discrepancy the aligner makes
of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.negation import denial
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import Unit
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, DiscrepancyKind, MatchKind, Span
from tests.denials import DENIED, STATED

NICHOLS, NICHOLS_NOT = STATED, DENIED


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def vs(a: str, b: str) -> str:
    """A negation's detail: A's words vs B's, each in quote marks."""
    return f"\u201c{a}\u201d vs \u201c{b}\u201d"


def denied(a: str, b: str) -> str | None:
    found = denial(feats(a), feats(b))
    return None if found is None else found.detail


DENIALS = [
    (NICHOLS, NICHOLS_NOT, vs("sentenced", "did not sentence")),
    (
        "Officials confirmed on Tuesday that the delegation will travel to Cairo for talks.",
        "Officials said on Tuesday that the delegation will not travel to Cairo for talks.",
        vs("will travel", "will not travel"),
    ),
    (
        "The minister said on Tuesday that the government would negotiate with the kidnappers.",
        "The minister said on Tuesday that the government would not negotiate with the kidnappers.",
        vs("would negotiate", "would not negotiate"),
    ),
    # a contraction, whole or written apart as a tokenised text has it
    (
        NICHOLS,
        NICHOLS_NOT.replace("did not", "didn\u2019t"),
        vs("sentenced", "didn\u2019t sentence"),
    ),
    (NICHOLS, NICHOLS_NOT.replace("did not", "did n't"), vs("sentenced", "did n't sentence")),
    (
        "The delegation will travel to Cairo this week.",
        "The delegation wo n't travel to Cairo this week .",
        vs("will travel", "wo n't travel"),
    ),
    # an irregular past against its verb
    (
        "The police said the suspect was armed.",
        "The police did not say the suspect was armed.",
        vs("said", "did not say"),
    ),
    (
        "The ferry sank off the coast of Sicily on Monday.",
        "The ferry did not sink off the coast of Sicily on Monday.",
        vs("sank", "did not sink"),
    ),
    # auxiliaries on both sides, "yet", "never", "no longer", "cannot"
    (
        "The suspect was arrested at his home on Friday.",
        "The suspect has not yet been arrested at his home on Friday.",
        vs("was arrested", "has not yet been arrested"),
    ),
    (
        "Police said the gunman was known to them.",
        "Police said the gunman was never known to them.",
        vs("was known", "was never known"),
    ),
    (
        "Ross is the director of the sequel.",
        "Ross is no longer the director of the sequel.",
        vs("is the director", "is no longer the director"),
    ),
    (
        "Police could confirm the identity of the victim.",
        "Police cannot confirm the identity of the victim.",
        vs("could confirm", "cannot confirm"),
    ),
    (
        "He pleaded guilty to four counts of murder.",
        "He pleaded not guilty to four counts of murder.",
        vs("pleaded guilty", "pleaded not guilty"),
    ),
    (
        "Nichols sentenced to death",
        "Nichols not sentenced to death",
        vs("Nichols sentenced", "Nichols not sentenced"),
    ),
]


@pytest.mark.parametrize(("a", "b", "detail"), DENIALS)
def test_a_sentence_denying_the_other_is_reported(a: str, b: str, detail: str) -> None:
    assert denied(a, b) == detail


@pytest.mark.parametrize(("a", "b", "detail"), DENIALS[:3])
def test_the_denial_is_found_whichever_side_denies(a: str, b: str, detail: str) -> None:
    left, _, right = detail[1:-1].partition("\u201d vs \u201c")
    assert denied(b, a) == vs(right, left)


def test_the_spans_cover_the_words_that_differ() -> None:
    found = denial(feats(NICHOLS), feats(NICHOLS_NOT))
    assert found is not None
    assert NICHOLS[found.a.start : found.a.end] == "sentenced"
    assert NICHOLS_NOT[found.b.start : found.b.end] == "did not sentence"


NOT_DENIALS = {
    "not only ... but": (
        "The warship repulsed an attack on a merchant vessel and nabbed 23 pirates.",
        "The warship not only repulsed an attack on a merchant vessel but nabbed 23 pirates.",
    ),
    "whether or not": (
        "The talks will go ahead on Friday.",
        "The talks will go ahead on Friday whether or not the rebels attend.",
    ),
    "if not": (
        "He will attend the talks on Friday.",
        "He will attend, if not lead, the talks on Friday.",
    ),
    "a contrast": (
        "The rebels attacked the village on Friday.",
        "The rebels, not the army, attacked the village on Friday.",
    ),
    "not until": (
        "The plane landed in Paris on Friday evening.",
        "The plane did not land in Paris until Friday evening.",
    ),
    "no one as subject": (
        "Someone was injured in the blast on Friday.",
        "No one was injured in the blast on Friday.",
    ),
    "nothing as subject": (
        "Something was stolen from the bank on Friday.",
        "Nothing was stolen from the bank on Friday.",
    ),
    "a question": (
        "The delegation will travel to Cairo this week.",
        "Will the delegation not travel to Cairo this week?",
    ),
    "negations in different clauses": (
        "He said he did not kill her and then left the house.",
        "He said he killed her and then did not leave the house.",
    ),
    "a denial in other words": (
        "He declined to comment on the case on Friday.",
        "He did not comment on the case on Friday.",
    ),
    "a reason denied": (
        "The plane crashed because of the weather.",
        "The plane did not crash because of the weather.",
    ),
    "a bound": (
        "The storm was as strong as forecasters expected.",
        "The storm was not as strong as forecasters expected.",
    ),
    "a hedge": (
        "The team surprisingly lost the final on Sunday.",
        "The team not surprisingly lost the final on Sunday.",
    ),
    "what happened instead": (
        "Ross was signed on to direct the sequel, the studio said.",
        "Ross was not signed on to direct the sequel but to produce it, the studio said.",
    ),
    "sentences far apart": (
        "The minister confirmed on Tuesday that the army had withdrawn from the town.",
        "The minister did not confirm on Wednesday that the rebels had left the city.",
    ),
    "a headline in other words": (
        "Gary Ross in negotiations to direct 'The Hunger Games' sequel",
        "Gary Ross Will Not Direct 'Hunger Games' Sequel",
    ),
    "a quotation on both sides": (
        '"We will not negotiate with the kidnappers," the minister said.',
        '"We will negotiate with the kidnappers," the minister said.',
    ),
}


@pytest.mark.parametrize(("a", "b"), NOT_DENIALS.values(), ids=NOT_DENIALS.keys())
def test_a_negation_that_denies_nothing_the_other_states_is_left_alone(a: str, b: str) -> None:
    assert (denied(a, b), denied(b, a)) == (None, None)


def test_other_languages_are_left_alone() -> None:
    fa, fb = feats(NICHOLS), feats(NICHOLS_NOT)
    fa.language = "fr"
    assert denial(fa, fb) is None


def aligned(tmp_path: Path, a: str, b: str) -> Alignment:
    """The two articles written to files, loaded and aligned (words only)."""
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def test_the_denial_is_a_negation_discrepancy_of_the_claim(denied_pair: tuple[Path, Path]) -> None:
    al = align(*(load_document(p) for p in denied_pair), method="lexical")
    (d,) = al.discrepancies
    claim = next(m for m in al.matches if m.id == d.match)
    assert (d.kind, claim.kind) == (DiscrepancyKind.NEGATION, MatchKind.CLAIM)
    assert (al.a.slice(d.a), al.b.slice(d.b)) == ("sentenced", "did not sentence")


def test_a_quotation_denied_is_reported_once_as_a_quotation(tmp_path: Path) -> None:
    a = '"We will not negotiate with the kidnappers under any circumstances," the minister said.'
    b = '"We will negotiate with the kidnappers under any circumstances," the minister said.'
    al = aligned(tmp_path, f"Statement\n\n{a}\n", f"Minister\n\n{b}\n")
    assert [d.kind for d in al.discrepancies] == [DiscrepancyKind.QUOTE]


def test_the_seed_pair_has_no_negation(seed_a_path: Path, seed_b_path: Path) -> None:
    al = align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")
    assert DiscrepancyKind.NEGATION not in {d.kind for d in al.discrepancies}


def test_still_against_no_longer_is_a_denial() -> None:
    a = "Police said the suspect is still on the run from the authorities."
    b = "Police said the suspect is no longer on the run from the authorities."
    assert denied(a, b) == vs("still on", "no longer on")


def test_still_on_the_negated_side_is_left_alone() -> None:
    a = "Police said the suspect is in custody after the raid."
    b = "Police said the suspect is still not in custody after the raid."
    assert (denied(a, b), denied(b, a)) == (None, None)

"""Each uncovered sentence's closest sentence in the other article
(reader/analysis/linking/nearest.py, gathered as the aligner scores the pair in blocks;
with the sentence model's word pieces, the candidate whose words match best)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.analysis import align as align_with
from reader.analysis.linking.nearest import CLOSE_ENOUGH, WORDS_ONLY_CLOSE_ENOUGH, Nearest, Worded
from reader.analysis.pipeline import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind


def gathered(matrix: np.ndarray, rows: int, close_enough: float = CLOSE_ENOUGH) -> Nearest:
    """``matrix`` handed over in blocks of ``rows`` rows, as the aligner does."""
    near = Nearest(matrix.shape[0], matrix.shape[1], close_enough)
    for start in range(0, matrix.shape[0], rows):
        near.add_block(start, matrix[start : start + rows])
    return near


MATRIX = np.array(
    [[0.1, 0.5, 0.0], [0.3, 0.2, 0.0], [0.0, 0.0, CLOSE_ENOUGH / 2], [0.0, 0.6, 0.0]],
    dtype=np.float32,
)


def test_each_sentence_of_a_gets_its_best_partner() -> None:
    near = gathered(MATRIX, 2)
    found = [near.of_a(i) for i in range(2)]
    assert [(f[0], round(f[1], 4)) if f else None for f in found] == [(1, 0.5), (0, 0.3)]


def test_each_sentence_of_b_gets_its_best_partner_across_blocks() -> None:
    near = gathered(MATRIX, 2)
    found = near.of_b(1)
    assert found is not None and found[0] == 3  # in the second block, over row 0's 0.5
    first = near.of_b(0)
    assert first is not None and first[0] == 1 and round(first[1], 4) == 0.3


def test_a_partner_scoring_under_the_floor_is_no_partner() -> None:
    near = gathered(MATRIX, 3)
    assert near.of_a(2) is None and near.of_b(2) is None


def test_the_floor_is_the_one_the_nearest_is_given() -> None:
    """Words alone score lower: a partner under the model's floor but over the words'
    is one."""
    found = gathered(MATRIX, 2, WORDS_ONLY_CLOSE_ENOUGH / 2).of_a(2)
    assert found is not None and found[0] == 2
    assert WORDS_ONLY_CLOSE_ENOUGH < CLOSE_ENOUGH


# each: the pairs the link check looked at ((i, j): contextual score, token matching),
# and the closest of A's sentence 0 and of B's sentence 1 (the matrix's best: 1 and 0)
WORDED: list[tuple[str, Worded, int, int]] = [
    ("the best matched, not the best scored", {(0, 0): (0.3, 0.5), (0, 1): (0.5, 0.3)}, 0, 0),
    ("a tie of words: the better score", {(0, 0): (0.3, 0.4), (0, 1): (0.5, 0.4)}, 1, 0),
    ("the candidates of B's sentence 1", {(0, 1): (0.5, 0.2), (3, 1): (0.6, 0.3)}, 1, 3),
    ("none for a sentence: its best score", {(1, 0): (0.3, 0.9)}, 1, 3),
]


@pytest.mark.parametrize(
    ("pairs", "of_a", "of_b"), [w[1:] for w in WORDED], ids=[w[0] for w in WORDED]
)
def test_with_word_pieces_the_best_matched_candidate_is_closest(
    pairs: Worded, of_a: int, of_b: int
) -> None:
    near = gathered(MATRIX, 2)
    near.add_words(pairs)
    a, b = near.of_a(0), near.of_b(1)
    assert a is not None and b is not None
    assert (a[0], b[0]) == (of_a, of_b)
    assert a[1] == pytest.approx(pairs.get((0, a[0]), (float(MATRIX[0, a[0]]), 0.0))[0])


def test_a_sentence_nothing_comes_near_gets_none_whatever_its_words() -> None:
    near = gathered(MATRIX, 2)
    near.add_words({(2, 2): (CLOSE_ENOUGH / 2, 0.9), (2, 0): (0.0, 0.8)})
    assert near.of_a(2) is None and near.of_b(2) is None


AUDIT_A = """Riverside council approves $42 million flood wall after three-hour debate

By Maria Delgado, Staff Writer

The Riverside City Council voted 6-3 on Tuesday night to build a concrete flood wall \
along the Cedar River, ending a year of argument over how to protect the low-lying \
Eastbank neighbourhood.

The wall, which will run 2.4 kilometres from the Mill Street bridge to the water \
treatment plant, is expected to cost $42 million, most of it paid by a federal \
resilience grant.

The measure passed after three hours of debate. More than 150 residents packed the \
council chamber, and dozens more watched on a screen set up in the lobby.

A neighbourhood under water

Eastbank has flooded four times since 2011. In the worst of those floods, in April \
2019, water reached the second storey of some homes and 340 families were evacuated.

"We have been bailing out our basements for fifteen years," said Linda Okafor, who has \
lived on Fremont Avenue since 1998. "Tonight the council finally listened."

Mayor Thomas Brennan, who cast no vote but had pushed for the project since his \
election, called the decision a turning point for the city.

"This wall will protect 1,200 homes and the businesses that depend on them," Brennan \
said after the vote.

What the wall will cost

The federal grant covers $30 million of the cost. The city will borrow the remaining \
$12 million through a bond that voters approved in November.

Council member Rachel Stein, who voted against the plan, said the city had not studied \
cheaper options such as buying out the most exposed homes.

"We are pouring concrete where we should be restoring wetlands," Stein said.

Construction is scheduled to begin in June and to take about two years. The city's \
engineering department said the Mill Street bridge would close for six weeks during \
the work.

Residents who oppose the wall have said they will ask a state court to review the \
decision.
"""

AUDIT_B = """Split council backs Cedar River flood wall

By James Whitfield

RIVERSIDE — A divided city council approved a flood wall for the Eastbank \
neighbourhood on Tuesday, voting 5-4 after a long and sometimes heated meeting.

The 2.4-kilometre wall along the Cedar River will cost $42 million. A federal \
resilience grant will pay $30 million, and the rest will come from a bond voters \
approved last November.

About 150 residents attended the meeting, many of them wearing blue shirts that read \
"Protect Eastbank".

Years of flooding

The neighbourhood has flooded four times since 2011. The April 2019 flood forced 340 \
families from their homes.

"We have been bailing out our basements for fifteen years," said Linda Okafor, a \
Fremont Avenue resident. "Tonight the council finally listened."

Mayor Thomas Brennan said the wall would protect 1,200 homes. He called the vote "a \
turning point for Riverside".

Critics want wetlands instead

Council member Rachel Stein led the opposition. She argued that restoring wetlands \
upstream would cost less and harm the river less.

"We are pouring concrete where we should be restoring wetlands," Stein said.

An environmental group, Friends of the Cedar, said it had collected 2,000 signatures \
against the wall and would consider legal action.

Work is due to start in June. The Mill Street bridge will close for eight weeks while \
the wall is built.

The council will hold a public hearing on the construction schedule next month.
"""

# ECB+ 1_11ecbplus and 1_16ecbplus: every word the headlines share runs through both
# articles, so on words alone they score 0.033
LOHAN_A = """Lindsay Lohan checks into rehab at Betty Ford Center, rehires longtime lawyer \
Shawn Holley

Actress Lindsay Lohan finally checked into court-mandated rehab at the Betty Ford Center \
late Thursday, after hiring former lawyer Shawn Holley for help.

Lindsay Lohan checked into California's Betty Ford Center rehab facility late Thursday, \
dodging arrest after whirlwind confusion surrounding the actress' whereabouts, sources told \
the Daily News.

It's the same place the troubled starlet sought help in 2010, where she got into a \
physical altercation with a staffer.
"""

LOHAN_B = """Lindsay Lohan Checks Into Rehab in Newport Beach; Investigation of Facility Pending

Lindsay Lohan has checked into rehab in Newport Beach, Calif., and will remain there for \
the time being, pending an investigation of the facility she chose.

This despite the fact that, at the 11th hour, Lohan bailed on rehab in a New York facility \
that was approved by prosecutors and a judge and flew to L. A.
"""

# each: method, the pair, the start of a sentence of A only A reports, and the start of
# the sentence of B shown as its closest (None: a dash)
CLOSEST = [
    # the sentence cosine put B's opening paragraph first (the audit)
    ("semantic", AUDIT_A, AUDIT_B, "Residents who oppose", "An environmental group"),
    ("semantic", AUDIT_A, AUDIT_B, "The measure passed after", None),
    ("lexical", LOHAN_A, LOHAN_B, "Lindsay Lohan checks into", "Lindsay Lohan Checks Into"),
    ("lexical", AUDIT_A, AUDIT_B, "The measure passed after", None),
]


@pytest.mark.parametrize(("method", "text_a", "text_b", "sentence", "closest"), CLOSEST)
def test_the_closest_sentence_shown_beside_a_passage(
    tmp_path: Path, method: str, text_a: str, text_b: str, sentence: str, closest: str | None
) -> None:
    (tmp_path / "a.txt").write_text(text_a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text_b, encoding="utf-8")
    al = align_with(
        load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method=method
    )
    passage = next(o for o in al.only_a if al.a.slice(o).startswith(sentence))
    found = al.closest_to("a", passage)
    if closest is None:
        assert found is None
    else:
        assert found is not None and al.b.slice(found.partner).startswith(closest)


@pytest.fixture
def seed_alignment(seed_a_path: Path, seed_b_path: Path) -> Alignment:
    return align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")


def test_the_closest_sentences_are_given_for_uncovered_sentences_only(
    seed_alignment: Alignment,
) -> None:
    al = seed_alignment
    covered = [m.a for m in al.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE)]
    assert al.closest_a
    for c in al.closest_a:
        assert not any(c.span.overlaps(m) for m in covered)
        assert any(o.start <= c.span.start and c.span.end <= o.end for o in al.only_a)
        assert al.b.slice(c.partner).strip()


def test_every_passage_only_in_one_article_has_its_sentences_looked_at(
    seed_alignment: Alignment,
) -> None:
    al = seed_alignment
    for side, only in (("a", al.only_a), ("b", al.only_b)):
        assert sum(al.closest_to(side, span) is not None for span in only) >= len(only) // 2

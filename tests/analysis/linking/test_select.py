from __future__ import annotations

import dataclasses

import numpy as np

from reader.analysis.linking.select import LinkSelector, SelectParams, contextual, select_links
from reader.model import MatchKind
from tests.wire_copies import wire_copies

PLAIN = SelectParams(floor=0.2, sure=0.6, top_k=1, ratio=0.7, context=0.0)


def pairs(sim: list[list[float]], params: SelectParams = PLAIN) -> set[tuple[int, int]]:
    return {(x.i, x.j) for x in select_links(np.array(sim, dtype=np.float32), params)}


def test_sure_links_always_kept() -> None:
    assert pairs([[0.9, 0.7], [0.0, 0.0]]) == {(0, 0), (0, 1)}


def test_below_floor_never_linked() -> None:
    assert pairs([[0.1, 0.0], [0.0, 0.15]]) == set()


def test_middle_band_needs_mutual_rank() -> None:
    # (0,0) is best of row 0 and column 0; (1,0) is not the best of column 0
    assert pairs([[0.5, 0.0], [0.3, 0.0]]) == {(0, 0)}


def test_context_lifts_a_pair_following_a_link() -> None:
    sim = np.array([[0.5, 0.0], [0.0, 0.1]], dtype=np.float32)
    lifted = contextual(sim, 0.5)
    assert lifted[1, 1] == np.float32(0.1 + 0.5 * 0.5)
    assert lifted[0, 1] == 0.0  # no similarity of its own: no lift


def test_empty_matrix() -> None:
    assert select_links(np.zeros((0, 3), dtype=np.float32)) == []


# context only, no floor or ranking in the way: a pair that only its neighbours carry
CONTEXT = SelectParams(floor=0.2, sure=0.6, top_k=3, ratio=0.0, context=0.5)


def test_context_links_a_pair_between_linked_neighbours() -> None:
    # (1, 1) says little by itself (0.05) but sits in step between two sure pairs
    sim = [[0.9, 0.0, 0.0], [0.0, 0.05, 0.0], [0.0, 0.0, 0.9]]
    assert (1, 1) in pairs(sim, CONTEXT)


# a court report and a wire story (tests/data/pages/court_*, semantic): a detective's
# quotation linked to "The FBI's New Haven field office led the investigation", 0.015 of
# its own (under a tenth of the floor), all the rest from the co-defendants' pair after it
def test_context_alone_links_no_pair_that_says_next_to_nothing_itself() -> None:
    sim = [[0.9, 0.0, 0.0], [0.0, 0.02, 0.0], [0.0, 0.0, 0.9]]
    assert (1, 1) not in pairs(sim, dataclasses.replace(CONTEXT, own_share=0.15))


def test_context_alone_links_such_a_pair_when_asked_to_own_nothing() -> None:
    # words alone (LEXICAL_PARAMS): a pair sharing one common word may be one fact
    sim = [[0.9, 0.0, 0.0], [0.0, 0.02, 0.0], [0.0, 0.0, 0.9]]
    assert (1, 1) in pairs(sim, CONTEXT)


def test_a_sentence_with_little_of_its_own_is_still_linked_by_context() -> None:
    sim = [[0.9, 0.0, 0.0], [0.0, 0.05, 0.0], [0.0, 0.0, 0.9]]
    assert (1, 1) in pairs(sim, dataclasses.replace(CONTEXT, own_share=0.15))


def shifted(pair: float, partner_a: float, partner_b: float) -> list[list[float]]:
    """(1, 1) scored ``pair`` between two sure pairs, (0, 0) and (2, 2); A1's partner of
    its own words elsewhere is B3 (``partner_a``), B1's is A3 (``partner_b``)."""
    return [
        [0.9, 0.0, 0.0, 0.0],
        [0.0, pair, 0.0, partner_a],
        [0.0, 0.0, 0.9, 0.0],
        [0.0, partner_b, 0.0, 0.0],
    ]


def test_context_gives_no_partner_to_two_sentences_partnered_elsewhere() -> None:
    # the sure pair (2, 2) next to (1, 1) says the copies run in step there, the two
    # sentences' own partners say not
    assert pairs(shifted(0.05, 0.9, 0.9), CONTEXT) == {(0, 0), (1, 3), (2, 2), (3, 1)}


def test_context_still_links_a_sentence_with_no_partner_of_its_own() -> None:
    # B1's only partner of its words is weaker than what context makes of (1, 1)
    assert (1, 1) in pairs(shifted(0.05, 0.9, 0.3), CONTEXT)


def test_a_pair_its_own_words_link_keeps_its_link() -> None:
    # (1, 1) at 0.4 is linked by the rules on its own score (no ratio to meet), whatever
    # the context adds and however close both sentences' other partners are
    assert (1, 1) in pairs(shifted(0.4, 0.95, 0.95), CONTEXT)


def test_context_adds_to_a_pair_that_says_most_of_it_itself() -> None:
    # (1, 1) at 0.5 is short of 0.7 of its sentences' best (0.99) by itself, linked with
    # its neighbours' 0.45: more its own than theirs, so kept; at 0.3, theirs
    params = dataclasses.replace(CONTEXT, ratio=0.7)
    assert (1, 1) in pairs(shifted(0.5, 0.99, 0.99), params)
    assert (1, 1) not in pairs(shifted(0.3, 0.99, 0.99), params)


def test_selector_fed_in_blocks_drops_the_same_pairs() -> None:
    sim = np.array(shifted(0.05, 0.9, 0.9), dtype=np.float32)
    selector = LinkSelector(4, 4, CONTEXT)
    lifted = contextual(sim, CONTEXT.context)
    for start in (0, 2):
        selector.add_block(start, lifted[start : start + 2], sim[start : start + 2])
    assert {(x.i, x.j) for x in selector.links()} == {(0, 0), (1, 3), (2, 2), (3, 1)}


def _wire_claims() -> set[tuple[str, str]]:
    """The flood story's two copies (lexical method): each claim's two sentences, cut to
    their first 30 characters."""
    al = wire_copies()
    return {
        (al.a.slice(m.a)[:30], al.b.slice(m.b)[:30])
        for m in al.matches
        if m.kind is MatchKind.CLAIM
    }


GAZETTE_LEAD = "MILL CREEK, Texas (AP) — Flash"
LEDGER_LEAD = "MILL CREEK, Texas (AP) — Rescu"
WATER = '"The water came up so fast tha'
REBUILD_A = '"We will rebuild, and we will '
REBUILD_B = '"We will rebuild," Ruiz said a'
MISSING_A = "Ruiz said at least 40 people w"
MISSING_B = "Mayor Ruiz said at least 40 pe"


def test_wire_copies_lead_is_not_linked_to_the_quotation_after_it_in_the_other() -> None:
    # the Gazette's lead comes before the river's paragraph, the Ledger's quotation does
    assert (GAZETTE_LEAD, WATER) not in _wire_claims()


def test_wire_copies_quotation_is_not_linked_to_the_speaker_other_statement() -> None:
    assert (REBUILD_A, MISSING_B) not in _wire_claims()
    assert (MISSING_A, REBUILD_B) not in _wire_claims()


def test_wire_copies_keep_their_own_partners() -> None:
    claims = _wire_claims()
    assert (GAZETTE_LEAD, LEDGER_LEAD) in claims
    assert (GAZETTE_LEAD, "The floods tore through the to") in claims
    assert (WATER, WATER) in claims
    assert (REBUILD_A, REBUILD_B) in claims
    assert (MISSING_A, MISSING_B) in claims

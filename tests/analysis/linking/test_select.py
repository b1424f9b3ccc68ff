from __future__ import annotations

import numpy as np

from reader.analysis.linking.select import SelectParams, contextual, select_links

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

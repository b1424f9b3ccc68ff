"""A figure of a live page's early entry that a later entry gives as the other article's
is no discrepancy; one that still disagrees is told with its entry's time
(reader/analysis/conflicts/superseded_entries.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.model import Document

WIRE = (
    "Landslide kills 14 in Ardmoyle\n\n"
    "The fire service has confirmed that 14 people have died, its chief Maren Holt said. "
    "Holt said nine homes had been destroyed."
)


def _blog(
    latest: str, early: str = "The fire service has confirmed that nine people have died."
) -> str:
    return (
        "Ardmoyle landslide live\n\n"
        f"18:05 GMT\n\n{latest}\n\n"
        "14:32 GMT\n\nAbout 420 residents have been moved out, the council says.\n\n"
        f"12:40 GMT\n\n{early} Holt said 11 homes had been destroyed.\n\n"
        "09:12 GMT\n\nPolice fear several people have been killed."
    )


def _shown(blog: str, doc: Callable[[str], Document]) -> list[str]:
    al = align(doc(blog), doc(WIRE), method="lexical")
    return [d.detail for d in al.discrepancies]


def test_an_early_toll_a_later_entry_gives_as_the_other_s_is_none(
    doc: Callable[[str], Document],
) -> None:
    shown = _shown(_blog("Fire chief Maren Holt said 14 people are now confirmed dead."), doc)
    assert not [d for d in shown if d.startswith("nine")]


def test_a_figure_that_still_disagrees_tells_its_entry(doc: Callable[[str], Document]) -> None:
    shown = _shown(_blog("Fire chief Maren Holt said 14 people are now confirmed dead."), doc)
    assert "11 (12:40 GMT entry) vs nine" in shown


@pytest.mark.parametrize(
    "latest",
    [
        # the later entry gives another value: the early toll is still read against 14
        "Fire chief Maren Holt said 13 people are now confirmed dead.",
        # the other's value, but of another fate
        "Fire chief Maren Holt said 14 people had been injured.",
    ],
)
def test_an_early_toll_not_given_later_as_the_other_s_stands(
    latest: str, doc: Callable[[str], Document]
) -> None:
    shown = _shown(_blog(latest), doc)
    assert any(d.startswith("nine (12:40 GMT entry) vs 14") for d in shown)


def test_an_article_without_timed_entries_is_read_as_before(
    doc: Callable[[str], Document],
) -> None:
    story = (
        "Ardmoyle landslide\n\nThe fire service has confirmed that nine people have died.\n\n"
        "Fire chief Maren Holt said 14 people are now confirmed dead."
    )
    assert "nine vs 14" in _shown(story, doc)

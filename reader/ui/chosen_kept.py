"""The chosen match kept through a new alignment of the same two articles: the pair matched
again after a Settings change (the model folder, the method), a rejection or a link made
by hand redrawn. The Matches table was left with no current row, the keyboard still in
it, and the panes with nothing chosen.

"The same match" is found as :meth:`reader.model.session.Session.reapply` and a note's
re-attachment find it, by :func:`reader.model.same_match.same_match`: the same passages in
A and in B (the same kind first, the same id before any other). Without one nothing is
chosen, as before. Each pane reads on where it was, as through a swap
(:mod:`reader.ui.reading_place`, which keeps the reader's place through a swap itself); it
went back to its top.

The Matches table's chosen rows go the same way (:func:`carried_matches`), through a swap
of the two articles too: a swap showed only the match chosen in the panes chosen again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.model import Alignment
from reader.model.same_match import MatchesByPassages, same_match
from reader.ui.reading_place import ReadingPlace

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def same_articles_same_sides(old: Alignment, new: Alignment) -> bool:
    """True when ``new`` is of the texts ``old`` is of, each on its side (not swapped)."""
    return (old.a.content_hash, old.b.content_hash) == (new.a.content_hash, new.b.content_hash)


def carried_matches(
    old: Alignment | None, new: Alignment | None
) -> Callable[[Hashable], Hashable | None] | None:
    """The id in ``new`` of a match of ``old`` by its id (None for none), when ``new`` is
    of ``old``'s articles, on the same sides or swapped; None when it is not."""
    if old is None or new is None:
        return None
    same = same_articles_same_sides(old, new)
    if not same and (old.a.content_hash, old.b.content_hash) != (
        new.b.content_hash,
        new.a.content_hash,
    ):
        return None
    by_id = {m.id: m for m in old.matches}
    found = MatchesByPassages(new.matches)

    def carried(match_id: Hashable) -> Hashable | None:
        m = by_id.get(str(match_id))
        if m is None:
            return None
        kept = found.same_match(m if same else replace(m, a=m.b, b=m.a))
        return None if kept is None else kept.id

    return carried


def carried_choice(old: Alignment | None, chosen_id: str | None, new: Alignment) -> str | None:
    """The id in ``new`` of the match chosen (``chosen_id``) in ``old``, when ``new`` is
    the same articles on the same sides matched anew and it has that match."""
    if old is None or chosen_id is None or not same_articles_same_sides(old, new):
        return None
    chosen = old.match_by_id(chosen_id)
    kept = same_match(chosen, new.matches) if chosen is not None else None
    return kept.id if kept is not None else None


def place_to_keep(
    window: MainWindow, new: Alignment, cut_short: tuple[Alignment, ReadingPlace | None] | None
) -> ReadingPlace | None:
    """The reader's place to go back to once ``new`` is on screen, its match the same
    match of ``new`` (or none): the window's place now or, when ``new`` cuts short the
    show of another alignment (``cut_short``), the place that show was to go back to.
    None when ``new`` is not of the articles on screen, each on its side."""
    old, place = cut_short or (window.linker.alignment(), None)
    if old is None or not same_articles_same_sides(old, new):
        return None
    if cut_short is None:
        place = ReadingPlace.of(window)
    if place is None:
        return None
    return replace(place, match_id=carried_choice(old, place.match_id, new))

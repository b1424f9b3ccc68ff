"""A date's year is no figure pair of its own: "January 2021" told by both articles is one
Numbers match, "January 2021 · January 2021", not that and "2021 · 2021" besides (the
year is read as a year too, so that "2021" alone on the other side still pairs with
it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from reader.analysis.mention import Mention

__all__ = ["without_inner_years"]


class _Linked(Protocol):
    @property
    def a(self) -> Mention: ...

    @property
    def b(self) -> Mention: ...


L = TypeVar("L", bound=_Linked)


def without_inner_years(links: Iterable[L]) -> list[L]:
    """``links`` less each pair of years that lie inside the two dates of another of them
    ("2021" of "January 2021" on both sides, "2023" of "14 September 2023")."""
    links = list(links)
    dates = [(x.a.span, x.b.span) for x in links if x.a.kind == "date" and x.b.kind == "date"]

    def inner(x: L) -> bool:
        return (
            x.a.kind == "year"
            and x.b.kind == "year"
            and any(da.contains(x.a.span) and db.contains(x.b.span) for da, db in dates)
        )

    return [x for x in links if not inner(x)]

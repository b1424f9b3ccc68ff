"""A firm named with "&" on one side and with "and" on the other: "Marks & Spencer" is
read as one name (reader.analysis.features._NAME), "Marks and Spencer" as two ("Marks",
"Spencer"), since "and" joins two names far more often than it names a firm. When the
pair names the firm with "&" anywhere, the two names "and" joins that make it are read
as that one name, keyed as it is: "Marks and Spencer" is "Marks & Spencer"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.neighbour_joins import join_neighbours

_AND = re.compile(r"\s+and\s+")


def join_and_names(*sides: Sequence[UnitFeatures]) -> None:
    """Join, in place, each two names "and" joins into the firm the pair names with "&"
    ("Marks and Spencer" beside "Marks & Spencer" anywhere in the pair)."""
    firms = {m.key for side in sides for f in side for m in f.names if " & " in m.key}
    if not firms:
        return
    for side in sides:
        for f in side:
            f.names = _joined(f, firms)


def _joined(f: UnitFeatures, firms: set[str]) -> list[Mention]:
    def firm(_k: int, m: Mention, n: Mention, between: str) -> str | None:
        key = f"{m.key} & {n.key}"
        return key if key in firms and _AND.fullmatch(between) else None

    return join_neighbours(f, firm)

"""Two neighbouring names of a sentence read as one: the walk the pair-level joins share
("Marks and Spencer" as "Marks & Spencer", reader.analysis.names.ampersand_names; "Fish
and Wildlife Service" kept whole, reader.analysis.names.short_forms)."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.model import Span

# (index of the left name, left name, right name, the text between them) -> the joined
# name's key, or None to keep the two apart.
JoinKey = Callable[[int, Mention, Mention, str], "str | None"]


def join_neighbours(f: UnitFeatures, key_of: JoinKey) -> list[Mention]:
    """The unit's names, each two neighbours ``key_of`` gives a key for read as one name
    of that key, spanning both; a joined name is not joined again."""
    text, base = f.unit.folded, f.unit.span.start
    out: list[Mention] = []
    k = 0
    while k < len(f.names):
        m = f.names[k]
        n = f.names[k + 1] if k + 1 < len(f.names) else None
        key = None
        if n is not None:
            key = key_of(k, m, n, text[m.span.end - base : n.span.start - base])
        if n is not None and key is not None:
            surface = text[m.span.start - base : n.span.end - base]
            out.append(Mention("name", key, Span(m.span.start, n.span.end), surface))
            k += 2
            continue
        out.append(m)
        k += 1
    return out

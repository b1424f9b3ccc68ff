"""Entity and number matches: the same name, place, date or figure in both articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.analysis.features import Mention, UnitFeatures
from reader.model import Span


@dataclass(frozen=True, slots=True)
class MentionLink:
    kind: str  # "entity" | "number"
    a: Mention
    b: Mention


def canonical_names(keys: Iterable[str]) -> dict[str, str]:
    """Map each name key to the one longer key that contains all its words, if unique.

    ``putin`` -> ``vladimir putin``; ``korea`` stays ``korea`` when both ``north korea``
    and ``south korea`` occur.
    """
    keys = set(keys)
    words = {k: set(k.split()) for k in keys}
    out: dict[str, str] = {}
    for k in keys:
        supers = [o for o in keys if o != k and words[k] < words[o]]
        # the maximal supersets: those not contained in another superset
        maximal = [o for o in supers if not any(words[o] < words[x] for x in supers)]
        out[k] = maximal[0] if len(maximal) == 1 else k
    return out


def _key(m: Mention, canon: dict[str, str]) -> str:
    return canon.get(m.key, m.key) if m.kind == "name" else m.key


def link_mentions(
    fa: Sequence[UnitFeatures],
    fb: Sequence[UnitFeatures],
    partners_of_a: dict[int, list[int]],
    partners_of_b: dict[int, list[int]],
) -> list[MentionLink]:
    """Link each mention to the same key on the other side, preferring linked sentences."""
    canon = canonical_names(
        [m.key for f in (*fa, *fb) for m in f.names],
    )
    by_key_b: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    by_key_a: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for j, f in enumerate(fb):
        for m in (*f.names, *f.numbers):
            if _countable(m):
                by_key_b[_key(m, canon)].append((j, m))
    for i, f in enumerate(fa):
        for m in (*f.names, *f.numbers):
            if _countable(m):
                by_key_a[_key(m, canon)].append((i, m))
    # each mention's partner, picked from either side; the same links whichever article
    # is A, so swapping the two changes no entity or figure match
    links: dict[tuple[Span, Span], MentionLink] = {}
    for key, in_a in by_key_a.items():
        in_b = by_key_b.get(key)
        if not in_b:
            continue
        kind = "entity" if in_a[0][1].kind == "name" else "number"
        picked = [(m, _pick(in_b, partners_of_a.get(i, []))) for i, m in in_a]
        picked += [(_pick(in_a, partners_of_b.get(j, [])), mb) for j, mb in in_b]
        for ma, mb in picked:
            links.setdefault((ma.span, mb.span), MentionLink(kind, ma, mb))
    return sorted(links.values(), key=lambda x: (x.a.span.start, x.b.span.start))


def _countable(m: Mention) -> bool:
    if m.kind != "number":
        return True
    return m.key not in ("num:0", "num:1", "num:2")  # "two countries" is no shared figure


def _pick(candidates: list[tuple[int, Mention]], preferred_units: list[int]) -> Mention:
    for unit in preferred_units:
        for u, m in candidates:
            if u == unit:
                return m
    return candidates[0][1]

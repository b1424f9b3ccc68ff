"""Paragraphs that are nothing but a name the other article names too: a subheading "Kim
Jong Un", a caption "Vladimir Putin and Kim Jong Un", an item of a list of names. They
report nothing the other article does not, so they are no passage "only in one"
article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mentions import canonical_names, same_place
from reader.analysis.names.name_ends import names_apart
from reader.analysis.units import own_paragraph
from reader.analysis.words.lexicon import TITLES
from reader.model import Document

# what may stand beside the names in such a passage: titles ("President Putin"),
# forms of address and the words that join two names
AROUND = TITLES | {"mr", "mrs", "ms", "dr", "and", "with", "vs"}
_WORD = re.compile(r"\w+")


def bare_names(
    feats: Sequence[UnitFeatures], others: Sequence[UnitFeatures], doc: Document
) -> set[int]:
    """The indexes of the units of ``feats`` (of ``doc``), each a paragraph of its own,
    that hold only names, every one of which ``others`` (the other article's units)
    names too: in full, in a longer name ("Kim" with "Kim Jong Un"), or as its
    nationality or place ("Russia" with "Russian"). A name longer than the other
    article's is not taken for it: a verb read into a name ("Named Maurice Cheeks
    coach.") says more."""
    starts = [p.start for p in doc.paragraphs]
    bare = [f for f in feats if f.names and _only_names(f) and own_paragraph(f.unit, doc, starts)]
    if not bare:
        return set()
    theirs = {m.key for f in others for m in f.names}
    asked = {m.key for f in bare for m in f.names}
    # the longer names that hold one asked about: what canonical_names weighs for those
    # (all of both articles' names would take it a while on a long pair)
    words = [set(k.split()) for k in asked]
    longer: set[str] = set()
    for key in {m.key for f in feats for m in f.names} | theirs:
        held = set(key.split())
        if any(w < held for w in words):
            longer.add(key)
    canon = canonical_names(asked | longer, apart=names_apart(feats, others))
    return {
        f.unit.index
        for f in bare
        if all(canon[m.key] in theirs or same_place(m.key, theirs) for m in f.names)
    }


def _only_names(f: UnitFeatures) -> bool:
    """Nothing but names in the unit: what is left of it without them is titles, forms of
    address, "and" and punctuation."""
    start, text = f.unit.span.start, f.unit.text
    rest: list[str] = []
    at = 0
    for m in sorted(f.names, key=lambda m: m.span.start):
        rest.append(text[at : max(at, m.span.start - start)])
        at = max(at, m.span.end - start)
    rest.append(text[at:])
    return all(w.lower() in AROUND for w in _WORD.findall(" ".join(rest)))

"""A public body's name as Swedish, Norwegian and Danish write it: its first word
capitalised, in the genitive, and the noun it owns in small letters: "Statens
haverikommission", "Statens jordbruksverk", "Sveriges riksbank", "Statens vegvesen",
"Stockholms universitet".

The sentence rules read a run of capitalised words, so "Statens haverikommission" was the
name "Statens" (the state's), matched across a pair as if it named the body. A body of
one word ("Sjöfartsverket", "Kustbevakningen") is capitalised whole and read already.
Here, in an article in one of the three languages, a name of one word in the genitive
("-s") goes on with the word in small letters right after it when that word ends with
the noun of a body (:data:`_BODY_NOUNS`: a commission, an agency, a board, an authority,
an inspectorate, an institute, a council, a bank, a university, a court, a
municipality); "Statens beslut" (the state's decision) stays "Statens".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.model import Span

_LANGUAGES = frozenset({"Swedish", "Norwegian", "Danish"})
# the nouns a body's name ends with, in its indefinite and definite forms (a compound's
# last part: "haverikommission", "jordbruksverket", "vegvesen", "helsetilsynet")
_BODY_NOUNS = tuple(
    """
    kommission kommissionen kommisjon kommisjonen verk verket vesen vesenet
    væsen væsenet styrelse styrelsen myndighet myndigheten myndighed
    myndigheden inspektion inspektionen inspektorat inspektoratet tilsyn tilsynet
    institut institutet instituttet nämnd nämnden nemnd nemnda nævn nævnet råd rådet
    direktorat direktoratet bank banken universitet universitetet tingsrätt tingsrätten
    hovrätt hovrätten tingsrett lagmannsrett kommun kommunen kommune landsting
    region regionen ombudsman ombudsmän riksdag
    """.split()  # noqa: SIM905
)
# the word in small letters right after a name
_SMALL_AFTER = re.compile(r" ([a-zåäöæøéü]+)\b")


def join_nordic_bodies(*sides: Sequence[UnitFeatures]) -> None:
    """Give, in place, each genitive naming a body's owner in a Swedish, Norwegian or
    Danish unit the noun of the body after it (see the module)."""
    for side in sides:
        for f in side:
            if f.language in _LANGUAGES and f.names:
                f.names = [_with_body(f, n) for n in f.names]


def _with_body(f: UnitFeatures, n: Mention) -> Mention:
    """``n`` with the body's noun after it ("Statens" + "haverikommission"), or ``n``."""
    if " " in n.surface or len(n.surface) < 3 or not n.surface.endswith("s"):
        return n
    base = f.unit.span.start
    after = _SMALL_AFTER.match(f.unit.folded, n.span.end - base)
    if after is None or not after.group(1).endswith(_BODY_NOUNS):
        return n
    end = base + after.end()
    surface = f.unit.folded[n.span.start - base : end - base]
    return replace(n, key=name_key(surface), span=Span(n.span.start, end), surface=surface)

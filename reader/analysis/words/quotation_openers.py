"""A quotation opens with a capital whatever its first word is.

"—Sabían exactamente lo que buscaban —explicó la directora", «Sabían exactamente ...»:
the sentence rules took the verb "Sabían" opening both reports' quotation of the museum
director for a name, matched across the articles as an entity. A quotation opens a
sentence of its speaker's, and its first word may open with a quote mark of any of the
languages the app reads (", “, ‘, «, „, ‹, in French with a space after «) or with a
dialogue dash glued to it ("—Sabían", "said: —Everything").

Alone, going on in small letters, such a word is a name only when the pair gives evidence
that it is one: it names it inside a sentence elsewhere (not opening a sentence nor a
quotation: "Valcárcel" of "Inés Valcárcel", "Putin" of "Kim met Putin"), or it is a known
given name, a place or a nationality ("Pedro", "Madrid", "Britons"). A word followed by
more capitalised words is read as before ("Tonight Show ratings fell").
"""

from __future__ import annotations

import re
from collections.abc import Set

from reader.analysis.mention import Mention
from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import DEMONYMS
from reader.ingest.regions import is_region

__all__ = ["QUOTE_OPENS", "unnamed_quotation_opener"]

# a quotation opening right before a word of a unit's folded text, where every quote
# mark is '"' or "'" and every dash "-" (reader.ingest.normalize.fold): a quote mark after
# a space, a colon, a comma, a bracket or the start ('"Every', 'dijo: "Sabían' of
# «Sabían), with a space after it only after a space or the start ('" Personne' of «
# Personne; not 'allegations," Strauss-Kahn said', a closing mark after a comma), or a
# dialogue dash glued to the word at the start or after a space ("-Sabían" of "—Sabían",
# "said: -Everything"; not the aside of "said - Tonight")
QUOTE_OPENS = re.compile(r"(?:(?:^|[\s:,(])[\"']|(?:^|\s)[\"'][ \u00a0\u202f]|(?:^|\s)-)$")
_NEXT_LETTER = re.compile(r"[ \u00a0]+([^\W\d_])")


def unnamed_quotation_opener(text: str, name: Mention, start: int, named: Set[str]) -> bool:
    """``name`` (at ``start`` of ``text``) is a lone word opening a quotation and going on
    in small letters ("—Sabían exactamente", '"Nobody expected'), which the pair gives no
    evidence of naming: it does not write it capitalised inside a sentence (``named``:
    the words that stand for a name there and those it capitalises there,
    ``pair_words.PairWords.named_inside`` and ``capitalised``), and it is no given name,
    place nor nationality."""
    if " " in name.surface or QUOTE_OPENS.search(text, 0, start) is None:
        return False
    after = _NEXT_LETTER.match(text, start + len(name.surface))
    if after is None or not after.group(1).islower():
        return False
    return not (
        name.key in named or first_name(name.surface) or is_region(name.key) or name.key in DEMONYMS
    )

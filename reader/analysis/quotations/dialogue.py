"""Dialogue as French (and Spanish, Italian, Russian) papers set it: a paragraph opening
with a dash is the words of someone speaking, up to the comma before the verb of saying
that names them ("— Nous irons jusqu'au bout, a répondu Yannick Lestrade, ...", "— Les
148 000 cheminots ..., a-t-il ajouté."). The quotation runs from the dash (its opening
mark) to that comma (its closing one); a paragraph with no such verb after a comma is no
quotation (a dash may open a list's item)."""

from __future__ import annotations

import re

from reader.analysis.words.saying import SAYING, object_pronoun_only

# the dashes that open a line of dialogue, as the page writes them (not a hyphen)
_DIALOGUE_DASHES = "\u2014\u2013\u2015"
# a comma that may close the words spoken, before the verb of saying
_COMMA = re.compile(r",\s+")
# words before the verb of saying that leave it the incise: an object pronoun ("lui a
# répondu") at most
_LOOK_AHEAD = 8


def dialogue_quotation(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The words spoken in the paragraph at ``start .. end`` of ``text`` (``folded`` its
    folded form) when it is a line of dialogue: the span from its dash to the comma
    before its verb of saying; else None."""
    if start >= end or text[start] not in _DIALOGUE_DASHES:
        return None
    if not folded[start + 1 : start + 2].isspace():
        return None
    for comma in _COMMA.finditer(folded, start + 2, end):
        after = comma.end()
        for verb in (SAYING.match(folded, v, end) for v in _verb_starts(folded, after, end)):
            if verb is not None and folded[start + 2 : comma.start()].strip():
                return start, comma.start() + 1
    return None


def _verb_starts(folded: str, after: int, end: int) -> list[int]:
    """Where a verb of saying may start after a comma at ``after``: right there, or past
    an object pronoun alone ("lui a répondu")."""
    starts = [after]
    for k in range(after + 2, min(end, after + _LOOK_AHEAD) + 1):
        if object_pronoun_only(folded, after, k):
            starts.append(k)
    return starts

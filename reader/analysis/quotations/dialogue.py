"""Dialogue as French (and Spanish, Italian, Russian) papers set it: a paragraph opening
with a dash is the words of someone speaking, up to the comma before the verb of saying
that names them ("— Nous irons jusqu'au bout, a répondu Yannick Lestrade, ...", "— Les
148 000 cheminots ..., a-t-il ajouté."). The quotation runs from the dash (its opening
mark) to that comma (its closing one); a paragraph with no such verb after a comma is no
quotation (a dash may open a list's item).

Spanish sets the verb of saying in an incise between dashes, the words spoken going on
after it: "—Sabían lo que buscaban —explicó la directora, Inés Valcárcel—. No tocaron
nada." is two quotations of hers, from the opening dash to the incise's and from the
incise's closing dash to the paragraph's end. Neither shows the incise's dashes: the
first ends before its opening one ("—Sabían lo que buscaban"), the second opens with its
first word, after the closing dash and the stop ("No tocaron nada.", not "—. No
tocaron")."""

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


def dialogue_quotations(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words spoken in the paragraph at ``start .. end`` of ``text`` (``folded`` its
    folded form) when it is a line of dialogue: the span from its dash to the comma
    before its verb of saying, or to the space before a Spanish incise's dash (and from
    the first word after that incise's closing dash to the end); else none."""
    if start >= end or text[start] not in _DIALOGUE_DASHES:
        return []
    incise = _incise(text, folded, start, end)
    if incise is not None:
        return incise
    if not folded[start + 1 : start + 2].isspace():
        return []
    french = _before_comma(folded, start, end)
    return [] if french is None else [french]


# an incise's opening dash, after a space ("... buscaban —explicó"; a space after it too
# as Portuguese sets it, "... durante a noite — adiantou"), and its closing one
_INCISE = re.compile(rf"\s[{_DIALOGUE_DASHES}] ?")
_CLOSING = re.compile(rf"[{_DIALOGUE_DASHES}]\s*[.,;:]?\s+(?=\S)")


def _incise(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The Spanish dialogue's quotations around its incise (a dash after a space, then a
    verb of saying), or None when the line has no such incise."""
    for dash in _INCISE.finditer(text, start + 2, end):
        after = dash.end()
        if not folded[start + 1 : dash.start()].strip():
            continue
        if not any(SAYING.match(folded, v, end) for v in _verb_starts(folded, after, end)):
            continue
        out = [(start, dash.start())]
        closing = _CLOSING.search(text, after, end)
        if closing is not None and text[closing.end() : end].strip():
            out.append((closing.end(), end))
        return out
    return None


def _before_comma(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The French line of dialogue's words: from its dash to the comma before its verb
    of saying."""
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

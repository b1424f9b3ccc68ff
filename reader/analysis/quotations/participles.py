"""A quotation a participle of saying brings in after its clause: "Greek President
Carolos Papoulias condemned the violence, saying the debt-hit country had "reached the
edge of the abyss"", "DeGeneres also earned praise ..., memorably lightening the somber
mood by asking, "What would bug the Taliban ...?"", "President Obama directed the
departments to review it, stating that "we should be looking at ways to strengthen"",
"Bettie sent me a letter praising the piece, calling us "kindred spirits"", "A
government official downplayed the unrest saying that "for years there's been strikes
..."". Who says it is the subject of the clause the participle hangs on: a person it
opens with, or a source in the article's words (:mod:`reader.analysis.quotations.unnamed_speakers`);
but a participle with its own subject, after "with", is that subject's: "Obama stated
that he opposed the rule changes with a spokesman stating: "..."" is the spokesman's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.mention import Mention
from reader.analysis.quotations.opening_subject import opening_subject
from reader.analysis.quotations.unnamed_speakers import unnamed_before
from reader.analysis.words.saying import SAYING
from reader.model import Span

_PARTICIPLE = re.compile(
    r"\b(?:saying|writing|adding|asking|noting|explaining|declaring|warning|insisting"
    r"|stating|calling|claiming|arguing|stressing|telling|vowing|pledging|promising"
    r"|admitting|conceding)\b",
    re.IGNORECASE,
)
# the clause's verb, after its subject: in the past ("condemned", "downplayed")
_VERB = re.compile(r"\s(?:[a-z]+ly\s+)?[a-z]+ed\b")


def participle_speaker(
    text: str, region: Span, quote: Span, names: Sequence[Mention]
) -> tuple[str, bool] | None:
    """Who says the quotation at ``quote`` that a participle of saying brings in, in its
    sentence ``region`` of ``text``: (the name, False) or (the unnamed source, True); None
    when no participle does, or its clause has no subject to tell."""
    found = list(_PARTICIPLE.finditer(text, region.start, quote.start))
    if not found:
        return None
    at = found[-1].start()
    if SAYING.search(text, found[-1].end(), quote.start):
        return None  # another verb between them
    who = opening_subject(text, Span(region.start, at), names)
    if who is not None:
        return who, False
    verb = _VERB.search(text, region.start, at)
    source = unnamed_before(text, region.start, verb.start(), conjunction=False) if verb else None
    return (source, True) if source else None


# an absolute phrase whose participle has its own subject: "Obama stated that he opposed
# the rule changes with a spokesman stating: "...""; the quotation is the spokesman's
_WITH = re.compile(r"\bwith\s+(?=(?:an?|the|his|her|its|their)\s)", re.IGNORECASE)


def absolute_speaker(
    text: str, region: Span, quote: Span, names: Sequence[Mention]
) -> tuple[str, bool] | None:
    """Who says the quotation at ``quote`` that an absolute phrase brings in right
    before it ("with a spokesman stating:"): the unnamed source the phrase opens with,
    (source, True); None when no such phrase does."""
    found = list(_PARTICIPLE.finditer(text, region.start, quote.start))
    if not found or text[found[-1].end() : quote.start].strip(" :,") not in ("", "that"):
        return None
    with_ = list(_WITH.finditer(text, region.start, found[-1].start()))
    if not with_:
        return None
    source = unnamed_before(text, with_[-1].end(), found[-1].start(), conjunction=False)
    return (source, True) if source else None

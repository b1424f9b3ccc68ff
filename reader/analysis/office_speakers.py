"""A speaker told by an office alone ("the chief said", "the mayor said") after the
article has named who holds it ("fire chief Dan Ross", "Mayor Ana Torres", "Dan Ross,
the fire chief,"): the holder last named with that office a few sentences before speaks,
as a reader takes "the chief" to be Ross."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.mention import Mention
from reader.analysis.offices import OFFICES, without_office

# the office alone, told as known: "the chief", "the fire chief", "the county's sheriff"
_THE_OFFICE = re.compile(r"(?:the|our)\s+(?:[a-z][\w'-]*\s+){0,2}(?P<office>[a-z]+)", re.I)
_HOLDER_REACH = 40  # characters between an office and the name it is given to, at most


def office_told(phrase: str) -> str | None:
    """The office ``phrase`` (a verb's subject) tells its speaker by, when it is "the"
    and an office ("the chief", "The fire chief"); None otherwise ("a chief", "officials",
    "the warehouse")."""
    m = _THE_OFFICE.fullmatch(phrase.strip())
    if m is None:
        return None
    office = m.group("office").lower()
    return office if office in OFFICES else None


def office_holder(
    text: str, start: int, end: int, names: Sequence[Mention], office: str
) -> str | None:
    """The person last named with ``office`` between ``start`` and ``end`` of ``text``
    ("fire chief Dan Ross", "Fire Chief Dan Ross", "Dan Ross, the fire chief"), without
    the office; None when nobody is."""
    word = re.escape(office)
    # the office, then capitalised words only up to the name: "fire chief Dan Ross", not
    # "a naval officer said here Friday. Patrol vessel INS Sukanya"
    before = re.compile(rf"\b(?i:{word})\s+(?:[A-Z][\w.'-]*\s+)*$")
    after = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}{word}\b", re.I)
    for n in sorted(names, key=lambda n: n.span.start, reverse=True):
        if not start <= n.span.start < end:
            continue
        surface = text[n.span.start : n.span.end]
        told = (
            office in (w.lower() for w in surface.split())
            or before.search(text, max(start, n.span.start - _HOLDER_REACH), n.span.start)
            or after.match(text, n.span.end, min(end, n.span.end + _HOLDER_REACH))
        )
        if told:
            return without_office(surface)
    return None

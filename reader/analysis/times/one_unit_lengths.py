"""A length of one year, month, week or decade told with "a" and no figure, where it is a
length: after "for" or a verb of lasting ("for a year", "the strike lasted a week", "it
took a month", "spent a decade in exile", "sentenced to a year"); after a verb of giving,
the length of what is given ("offered affected customers a year of free credit
monitoring", "gets a year's free subscription"); hyphened to "long" ("a year-long
inquiry", "a weeklong strike", which tells what kind of inquiry, as "a 12-month inquiry"
does). Each is a count of 1 of its unit, so that it compares with the same length in
another unit ("12 months of free credit monitoring", "seven days", "12-month"):
reader.analysis.times.durations reads those told by a figure ("one year", "two years"),
reader.analysis.times.centuries a century.

"A year" is no length elsewhere: a distance from another moment ("a year ago", "a year
earlier", "a year after the crash", "a year on"), a rate ("once a year", "$50 a year"), a
deadline ("in a year", "within a year"), a range or a guess ("for a year or two", "for a
week to 10 days"), a length told with a bound ("for more than a year": not read, as its
bound is the figure's), a half ("a year and a half": reader.analysis.times.half_lengths).
A day or an hour is a length so told too ("for a day", "lasted an hour", "an hour-long
meeting"; not "a day of mourning" called for, nor "a day's pay" given). In German,
French and Spanish, reader.analysis.times.foreign_unit_lengths reads "ein Jahr lang",
"pendant un an", "durante un año"."""

from __future__ import annotations

import re

from reader.analysis.times.foreign_unit_lengths import foreign_unit_lengths
from reader.analysis.times.half_lengths import HalfLength
from reader.analysis.times.sentence_lengths import length_of_a_penalty

_UNIT = r"(?P<unit>year|month|week|decade|day|hour)"
# what is given is not told in days or hours ("gets a day's pay": a sum)
_GIVEN_UNIT = r"(?P<unit>year|month|week|decade)"
# "a year", "a full year", "a whole month", "an entire decade"
_ONE = r"(?P<one>\ban?\s+(?:(?:full|whole|entire)\s+)?)"
# what may not follow it: a distance from another moment ("a year ago", "a year on"), a
# range or a guess ("or two", "or so", "to 10 days"; not "took a month to build"), a half
# or a smaller unit ("and a half", "and two months"), a hyphen ("a year-old dispute"), a
# possessive but where a thing is given ("a year's")
_NOT_AFTER = (
    r"(?![\w'’-])(?!\s+(?:ago|earlier|later|before|after|afterwards|on|since|from\s+now|or"
    r"|to\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|and\s+a\s+half|and\s+\w+\s+(?:months?|weeks?|days?|hours?|minutes?))\b)"
    # a day told as what it is of or a date ("called for a day of mourning", "set for a
    # day when"), not its length
    r"(?!(?<=day)\s+(?:of|when)\b)"
)
# "for a year", "lasted a week", "took a month", "spent a decade", "served a year",
# "sentenced to a year"
_LASTING = re.compile(
    r"\b(?:for|last(?:s|ed|ing)?|t(?:ook|akes?|aking)|sp(?:ent|ends?|ending)"
    rf"|serv(?:e|es|ed|ing)|sentenced\s+to)\s+{_ONE}{_UNIT}{_NOT_AFTER}",
    re.IGNORECASE,
)
# "offered a year of free credit monitoring", "will offer affected customers a year of
# ...", "gets a year's free subscription": a verb of giving, perhaps whom to (up to four
# words), then the length of what is given
_GIVEN = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|g(?:ive|ives|ave|iven|iving)|provid(?:e|es|ed|ing)"
    r"|receiv(?:e|es|ed|ing)|g(?:et|ets|ot|etting)|grant(?:s|ed|ing)?)"
    rf"(?:\s+[^\W\d_][\w'’-]*){{0,4}}?\s+{_ONE}{_GIVEN_UNIT}(?=\s+of\s|['’]s\s)",
    re.IGNORECASE,
)
# "a year-long inquiry", "the weeklong strike", "a decade-long war", "a day-long strike",
# "an hour-long meeting"; not "two-year-long"
_LONG = re.compile(rf"(?<![\w-]){_UNIT}-?long\b", re.IGNORECASE)


def one_unit_lengths(text: str, language: str | None) -> list[HalfLength]:
    """The lengths of one unit told with no figure in ``text`` (in ``language``: English
    only, None), each a count of 1 of its unit ("year", "month", "week" or "decade"),
    those hyphened to "long" telling a kind of thing (``kind``) unless a penalty's ("a
    year-long ban"), in order."""
    if language is not None:
        return foreign_unit_lengths(text, language)  # "ein Jahr lang", "pendant un an"
    found = [
        HalfLength(m.start("one"), m.end("unit"), 1.0, m.group("unit").lower())
        for rx in (_LASTING, _GIVEN)
        for m in rx.finditer(text)
    ]
    for m in _LONG.finditer(text):
        kind = not length_of_a_penalty(text, m.end())
        found.append(HalfLength(m.start(), m.end(), 1.0, m.group("unit").lower(), kind))
    # "received treatment for a year of care" read by both patterns: once
    return sorted({h.start: h for h in found}.values(), key=lambda h: h.start)

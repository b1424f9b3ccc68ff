"""Ages told in English words, and a person's age after "of": "a six-year-old boy", "the
twenty-seven-year-old", "six years old", "aged six", "a boy of six", "a woman of 40".

reader.analysis.figures.age_mentions reads the ages told in figures ("a 6-year-old
boy", "aged 33"); told in words, "a six-year-old boy" was a count of six years
qualifying a noun and "a boy of six" a count of nothing, so the two tellings of one
child's age were no ages. Both are ages now (counting "age", as "6-year-old" is). "Of"
and a number after a word for a young or a grown person ("boy", "girl", "child",
"baby", "toddler", "man", "woman") is an age only where the number ends the phrase
("a boy of six, and six women", "a woman of 40 who"); "a man of two minds", "a father
of six" (his children), "a baby of 4.5kg" (a weight) are none.
"""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.words.lexicon import NUMBER_WORDS
from reader.lazy_regex import LazyPattern

__all__ = ["read_worded_ages"]

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_UNDER_TWENTY = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_WORDS = rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_UNDER_TWENTY})"
_AGE_IN_WORDS = LazyPattern(
    rf"\b(?:(?P<old>{_WORDS})(?:-|\s)years?(?:-|\s)old|aged\s+(?P<aged>{_WORDS}))\b"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "a boy of six", "a woman of 40": the number ends the phrase (a stop, a comma, "and",
# "who", a verb...), so that "a man of two minds" counts minds
_PERSON_OF = LazyPattern(
    r"\b(?:boy|girl|child|baby|toddler|man|woman)\s+of\s+"
    rf"(?P<of>\d{{1,2}}|{_WORDS})\b(?![\w-]|[.,]\d)"
    r"(?=\s*(?:[,.;:!?)\u2014\u2013]|$|(?:and|who|whose|was|is|had|has|from|in|on|at|died"
    r"|survived|were|with)\b))",
    re.IGNORECASE,
)
_HINT = LazyPattern(r"year|aged|(?:boy|girl|child|baby|toddler|man|woman)\s+of\s", re.IGNORECASE)


def read_worded_ages(found: FoundMentions) -> None:
    """Adds to ``found`` the ages its (English) text tells in words or after "of"."""
    text = found.text
    if _HINT.search(text) is None:
        return
    for m in _AGE_IN_WORDS.finditer(text):
        if found.free(m.start(), m.end()):
            age = _value(m.group("old") or m.group("aged"))
            found.add("number", f"age:{age}", m.start(), m.end(), "age")
    for m in _PERSON_OF.finditer(text):
        if found.free(m.start("of"), m.end("of")):
            found.add("number", f"age:{_value(m.group('of'))}", *m.span("of"), "age")


def _value(written: str) -> int:
    """The value of a number written in digits or in words ("six", "twenty-seven")."""
    if written.isdigit():
        return int(written)
    return sum(NUMBER_WORDS[part] for part in written.lower().split("-"))

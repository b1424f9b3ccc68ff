"""The date heading a timeline's entry: "April 2019 – The contractor goes into
administration", "- 2019: Kim visits Vladivostok", "| 2 June 2026 | Inspectors find
corrosion |" (a table's Date | Event row), "14 September 2023 — The deck is lifted".

An explainer's timeline writes each entry's date before its text, apart from it by a dash,
a colon or a table's cell rule, and the text names no date of its own: the date is when
the whole entry happened, as "went into administration in 2018" tells the act it is told
of. Read as a clause's words, such a date opened its clause and was given only the words
up to the entry's first comma ("The main contractor"), and a news story's "went into
administration in 2018" was never compared with the entry of April 2019.
"""

from __future__ import annotations

from reader.lazy_regex import LazyPattern

__all__ = ["entry_text"]

# before the date: nothing but a list's or a table's mark ("- ", "* ", "• ", "| ")
_LEAD = LazyPattern(r"\s*(?:[-*•|]\s*)?")
# after it: the mark that parts a heading date from its entry (an en or em dash, a
# hyphen between spaces, a colon, a table's cell rule)
_SEPARATOR = LazyPattern(r"\s*(?:[–—:|]|\s-\s)\s*")
_ENTRY_CHARS = 200  # the words of an entry read, at most


def entry_text(text: str, start: int, end: int) -> str | None:
    """The text of the timeline entry whose heading date is ``text[start:end]`` (its
    sentence's text), up to the entry's end or its cell's; None when the date heads no
    entry (it stands inside a sentence, or nothing parts it from what follows)."""
    if _LEAD.fullmatch(text[:start]) is None:
        return None
    parted = _SEPARATOR.match(text, end)
    if parted is None or parted.end() == end:
        return None
    rest = text[parted.end() : parted.end() + _ENTRY_CHARS]
    entry = rest.split("|", 1)[0].strip()
    return entry or None

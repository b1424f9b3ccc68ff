"""A timeline written as a definition list: each ``<dt>`` a date ("January 2021", "14
September 2023", "2020"), its ``<dd>`` what happened then.

The extractor writes each term and each definition as a list item of its own ("-
January 2021", "- Drummond Civil takes over the contract"): the date stood alone, dimmed
as a dateline, and the entry's sentence named no date, so that nothing told when it
happened, nor could a story's "took over in January 2021" be compared with it. Each
dated term is put back at the head of its entry, as the page's other timelines write
it ("- January 2021 – Drummond Civil takes over the contract"; reader.analysis.times.
entry_dates reads such a date as the entry's).
"""

from __future__ import annotations

import re
from html import unescape

from reader.ingest.date_lines import is_date_line
from reader.lazy_regex import LazyPattern

__all__ = ["with_dated_terms"]

_TERM = LazyPattern(r"<dt\b[^>]*>(.*?)</dt\s*>", re.IGNORECASE | re.DOTALL)
_TAG = LazyPattern(r"<[^>]*>")
_YEAR = LazyPattern(r"(?:1[5-9]|20)\d\d")
_ITEM = "- "


def with_dated_terms(lines: list[str], html: str) -> list[str]:
    """``lines`` with each line that is a ``<dt>`` of ``html`` holding only a date joined
    to the line after it, its definition ("- 2020", "- The site stands empty" -> "- 2020
    – The site stands empty"); unchanged when the page has no dated term."""
    terms = {t for t in (_text(m.group(1)) for m in _TERM.finditer(html)) if _is_date(t)}
    if not terms:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        term = _term_of(lines[i], terms)
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if term is not None and after and _term_of(after, terms) is None:
            entry = after.removeprefix(_ITEM)
            out.append(f"{_ITEM}{term} – {entry}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _term_of(line: str, terms: set[str]) -> str | None:
    """The dated term ``line`` writes, as a list item or alone; None when it is none."""
    text = line.removeprefix(_ITEM).strip()
    return text if text in terms else None


def _text(inner: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", inner)).split())


def _is_date(text: str) -> bool:
    return bool(text) and (_YEAR.fullmatch(text) is not None or is_date_line(text))

"""A live page's summary in its place: after the headline and the standfirst, before the
updates, where the page shows it.

A live page sums the day up under a heading of its own ("Summary", "Key points", "Das
Wichtigste in Kürze", "L'essentiel", "Lo más importante", "In sintesi", "Resumo"), as a
list or a few paragraphs. A page may set that box beside or after the feed in its markup
(a side column shown at the top), and the extractor keeps the markup's order: the reader
found the summary after the updates, the last thing on the page.
"""

from __future__ import annotations

import re

from reader.ingest.update_stamps import MIN_STAMPS, is_update_stamp
from reader.lazy_regex import LazyPattern

__all__ = ["summary_first"]

_SUMMARY_HEADINGS = (
    # English
    r"summary|key points|key facts|what we know(?: so far)?|at a glance"
    # German
    r"|das wichtigste(?: in kürze| im überblick| zusammengefasst)?|zusammenfassung"
    r"|im überblick|kurz zusammengefasst"
    # French
    r"|l['’]essentiel|ce qu['’]il faut (?:retenir|savoir)|à retenir|les points clés|résumé"
    # Spanish
    r"|lo (?:más importante|esencial|que sabemos)|resumen|claves|en resumen"
    # Italian
    r"|in sintesi|in breve|i punti chiave|riepilogo|cosa sappiamo"
    # Portuguese
    r"|resumo|o essencial|o que se sabe|pontos-chave|em resumo"
)
_SUMMARY_HEADING = LazyPattern(rf"^(?:{_SUMMARY_HEADINGS})\s*:?$", re.IGNORECASE)
_ITEM = "- "


def summary_first(lines: list[str]) -> list[str]:
    """``lines`` of a live page with its summary (a summary heading and the list items or
    paragraphs after it, up to the next update's time) moved before the first update's
    time, when the extractor gave it after; ``lines`` unchanged when they hold fewer
    than ``MIN_STAMPS`` update times (no live page) or the summary already comes first."""
    stamps = [i for i, line in enumerate(lines) if is_update_stamp(line)]
    if len(stamps) < MIN_STAMPS:
        return lines  # no live page
    first = stamps[0]
    heading = next(
        (i for i in range(first + 1, len(lines)) if _SUMMARY_HEADING.match(lines[i])), None
    )
    if heading is None:
        return lines
    start = heading - 1 if is_update_stamp(lines[heading - 1]) else heading
    if start == first:
        return lines  # the first update is the summary: it comes first already
    end = _summary_end(lines, heading)
    if end is None:
        return lines
    return [*lines[:first], *lines[start:end], *lines[first:start], *lines[end:]]


def _summary_end(lines: list[str], heading: int) -> int | None:
    """The end of the summary under ``lines[heading]``: its list items, or its paragraphs
    up to the next update's time; None for a heading with nothing under it, or
    paragraphs with no update after them (what follows the last update may be anything)."""
    end = heading + 1
    if end < len(lines) and lines[end].startswith(_ITEM):
        while end < len(lines) and lines[end].startswith(_ITEM):
            end += 1
        return end
    stamp = next((i for i in range(end, len(lines)) if is_update_stamp(lines[i])), None)
    return None if stamp == end else stamp

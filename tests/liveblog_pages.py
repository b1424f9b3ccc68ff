"""A fact-checker's live blog and wire pair (tests/data/pages/liveblog_*: a regional
paper's live blog of an invented landslide in the village of Ardmoyle, newest entry
first, and a wire's report written at the end of the day), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def liveblog_alignment(data_dir: Path, method: str) -> Alignment:
    """The Northfield Herald's live blog (A: "Live" and "Updated 18:05 GMT" badges, a "Key
    events" box, 12 entries from 18:05 GMT back to 08:30 GMT with "1h ago" beside the
    newest, the toll told as "several" at 09:12, "nine" at 12:40, 11 at 16:10 and 14 at
    18:05, "11 houses" destroyed, "three are still missing", a correction entry, a
    minister's quotation, an embedded post, "Share" / "Copy link" on each entry, "Show
    older posts") and Crestline Press Agency's report (B: "killing 14 people and leaving
    four missing", "Earlier on Tuesday officials had put the toll at nine", "nine homes
    had been destroyed", "some seven inches of rain") aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "liveblog_northfield_herald.html", "liveblog_crestline_press.html", method
    )

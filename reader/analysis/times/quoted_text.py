"""Whether a place of a sentence lies inside a quotation: a "today" said there (English's
or Korean's "오늘") tells a time not known, most often the present age, not the article's
day (reader.analysis.times.told_days, yesterdays)."""

from __future__ import annotations

__all__ = ["inside_quotation"]


def inside_quotation(text: str, at: int) -> bool:
    """The character at ``at`` lies inside a quotation: after an opening mark not yet
    closed, or before a closing mark whose opening is in an earlier sentence."""
    before, after = text[:at], text[at:]
    curly_open, curly_close = before.rfind("“"), before.rfind("”")
    if curly_open > curly_close:
        return True
    next_close, next_open = after.find("”"), after.find("“")
    if curly_open < 0 and next_close >= 0 and (next_open < 0 or next_close < next_open):
        return True
    straight = before.count('"')
    return straight % 2 == 1 or (straight == 0 and after.count('"') % 2 == 1)

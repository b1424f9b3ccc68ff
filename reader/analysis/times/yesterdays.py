"""Yesterday and the day before in the other languages read: "gisteren", "gisteravond",
"eergisteren", "gestern", "vorgestern", "hier", "avant-hier", "ayer", "anteayer", "ieri",
"l'altro ieri", "ontem", "anteontem", "i går", "i förrgår", read as English "yesterday" is
(reader.analysis.times.told_days): the day before the article's date, or two before.
Korean's "어제", "그제" (and "오늘", today, which Korean news tells of the day as English
"today" does) are read in any sentence, their particle glued ("어제는", "오늘부터"): no
other language writes Hangul; not "오늘날" (nowadays), nor "어제오늘" (lately), nor a
"오늘" inside a quotation (“오늘 우리는 ...”), left unread as English's quoted "today" is.

Each is read only in its own language ("hier" is French's yesterday and Dutch's "here").
"Today" and "tomorrow" are left unread: "vandaag", "heute", "hoy" are as often the
present age, and "morgen", "mañana" a morning."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import day_key
from reader.analysis.times.quoted_text import inside_quotation
from reader.analysis.words.korean_particles import HANGUL
from reader.model import Span

__all__ = ["yesterdays"]

# each language's words, and how many days before the article's date each tells
_DAYS_BACK: dict[str, dict[str, int]] = {
    "Dutch": {
        "gisteren": 1, "gisteravond": 1, "gistermiddag": 1, "gisterochtend": 1,
        "gistermorgen": 1, "gisternacht": 1, "eergisteren": 2,
    },
    "German": {"gestern": 1, "vorgestern": 2},
    "French": {"hier": 1, "avant-hier": 2},
    "Spanish": {"ayer": 1, "anteayer": 2, "antier": 2},
    "Italian": {"ieri": 1, "l'altro ieri": 2, "avantieri": 2},
    "Portuguese": {"ontem": 1, "anteontem": 2},
    "Swedish": {"i går": 1, "igår": 1, "i förrgår": 2, "förrgår": 2},
}  # fmt: skip
_WORDS = {
    language: re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(sorted(map(re.escape, days), key=len, reverse=True))
        + r")(?![\w-])"
    )
    for language, days in _DAYS_BACK.items()
}


_KOREAN_DAYS_BACK = {"오늘": 0, "어제": 1, "그제": 2, "그저께": 2}
_KOREAN = re.compile(
    rf"(?<![{HANGUL}])(그저께|그제|어제|오늘)"
    rf"(?=(?:은|는|도|의|부터|까지|에|에는|밤|오전|오후|새벽|아침|저녁|낮)?(?![{HANGUL}]))"
)


def yesterdays(f: UnitFeatures, published: date) -> list[Mention]:
    """The days ``f``'s sentence tells as yesterday or the day before, in its article's
    language, as dates relative to ``published`` keyed as dates are (``date:MM-DD``),
    each spanning its word."""
    text, base = f.unit.text, f.unit.span.start
    out = [
        _day(published - timedelta(days=_KOREAN_DAYS_BACK[m.group(1)]), base, m)
        for m in _KOREAN.finditer(text)
        # a quoted "오늘", as English's quoted "today", tells no known day
        if m.group(1) != "오늘" or not inside_quotation(text, m.start())
    ]
    pattern = _WORDS.get(f.language or "")
    if pattern is None:
        return out
    days = _DAYS_BACK[f.language or ""]
    for m in pattern.finditer(text.lower().replace("’", "'")):
        out.append(_day(published - timedelta(days=days[m.group()]), base, m))
    return out


def _day(day: date, base: int, m: re.Match[str]) -> Mention:
    """Day ``day`` as a date mention spanning ``m``'s word (its first group, if any)."""
    word = m.lastindex or 0
    return Mention(
        "date", day_key(day), Span(base + m.start(word), base + m.end(word)), m.group(word)
    )

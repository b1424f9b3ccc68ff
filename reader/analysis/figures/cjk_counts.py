"""Chinese, Japanese and Korean counts: a figure written in two magnitudes ("3万8千人",
38,000 people; "3万5000人"; Korean "3만8천 명", "3만 8000명"), and the counters that count
one thing ("名", "位" and "人" count people: "3.8万名平壤市民" and "5万人" are two counts
of people; so does Korean "명", written glued or apart, with its particle: "4만 명이").

reader.analysis.figures.numerals reads "3万" and "8千" each with its magnitude, and
reader.analysis.figures.counted_words takes the character glued after a figure for what
it counts; :func:`joined_magnitudes` reads the two figures as one, and :func:`counter`
gives each counter of people (and each spelling of "years old") one key.
"""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.mention import Mention
from reader.analysis.words.korean_particles import HANGUL, PARTICLES
from reader.model import Span

__all__ = ["counter", "joined_magnitudes", "korean_counter"]

# the magnitudes a figure may go on after ("3万8千": 30,000 and 8,000; "3만8천")
_MAGNITUDES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "만": 1e4, "억": 1e8}
# Korean's only, which may be followed by a space before the rest ("3만 8000명")
_SPACED_MAGNITUDES = ("만", "억")
# counters told as one: people (Chinese 名, 位, 人, 个人; Japanese 人, 名; Korean 명), age
# (Korean 세, 살), years (Korean 년)
_COUNTERS = {
    "名": "人", "位": "人", "歲": "岁", "歳": "岁", "명": "人", "세": "岁", "살": "岁", "년": "年"
}  # fmt: skip
# a Korean counter written apart from its figure, with its particle ("3만8천 명이")
_KOREAN_COUNTER = re.compile(
    rf" (명|세|살|년|개월|개|척|대|곳|건|채|마리|원|달러){PARTICLES}?(?![{HANGUL}])"
)


def counter(glued: str) -> str:
    """The key of the counter ``glued`` after a figure: "名" and "位" count people as
    "人" does, "歳" (Japanese) and "歲" (traditional) are "岁"."""
    return _COUNTERS.get(glued, glued)


def korean_counter(text: str, end: int) -> str | None:
    """The key of the Korean counter written apart after the figure ending at ``end`` of
    ``text`` ("3만8천 명이": "人"), None when none is."""
    m = _KOREAN_COUNTER.match(text, end)
    return None if m is None else counter(m.group(1))


def joined_magnitudes(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (of ``text``, which starts at ``base``, in order) with a count ending
    in 万 or 亿 and a smaller count right after it read as one: "3万" and "8千人" as
    38,000 people."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        joined = _joined(prev, m) if prev is not None else None
        if joined is None:
            out.append(m)
            continue
        span = Span(prev.span.start, m.span.end)  # type: ignore[union-attr]
        surface = text[span.start - base : span.end - base]
        out[-1] = dataclasses.replace(m, key=f"num:{joined:g}", span=span, surface=surface)
    return out


def _joined(prev: Mention, m: Mention) -> float | None:
    """The value of ``prev`` and ``m`` read as one figure, None when they are two."""
    if prev.kind != "number" or m.kind != "number":
        return None
    scale = _MAGNITUDES.get(prev.surface[-1:])
    gap = m.span.start - prev.span.end
    if gap != 0 and not (gap == 1 and prev.surface.endswith(_SPACED_MAGNITUDES)):
        return None
    if (
        scale is None
        or prev.unit_word
        or not (prev.key.startswith("num:") and m.key.startswith("num:"))
    ):
        return None
    try:
        high, low = float(prev.key[4:]), float(m.key[4:])
    except ValueError:
        return None
    return high + low if 0 < low < scale else None

"""Korean names, told by the title after them: "푸틴 대통령", "김정은 위원장이", "김정은
국무위원장은". Names are found by their capitals (reader.analysis.features), which Hangul
has none of, so a Korean pair shared no name, and the event gate (pair_analysis
.event_gate) scaled its every link down as two stories of one kind. A name before its
title takes no particle; the word right before a title is read as a name when it is of
two syllables at least ("김 위원장", the surname alone, is none), no title itself
("위원장은 대통령") and no verb ("말했다"). A country before the title ("러시아 대통령",
"블라디미르 푸틴 러시아 대통령") is no holder's name: the name before the country is.
"""

from __future__ import annotations

import re

from reader.analysis.mention import Mention
from reader.analysis.units import Unit
from reader.analysis.words.korean_particles import HANGUL, TITLES, korean_word, word_set
from reader.model import Span

__all__ = ["korean_names"]

_WORD = re.compile(f"[{HANGUL}]+")
# countries a title tells the holder's office of ("러시아 대통령", "북한 외무상")
_COUNTRIES = word_set(
    "한국 북한 미국 중국 일본 러시아 우크라이나 영국 프랑스 독일 베트남 "
    "인도 대만 남한 북 미 중 일 러 조선"
)


def korean_names(unit: Unit) -> list[Mention]:
    """The names ``unit`` tells before a title ("푸틴 대통령": 푸틴), keyed as written."""
    words = list(_WORD.finditer(unit.folded))
    out: list[Mention] = []
    for k in range(1, len(words)):
        title = korean_word(words[k].group())
        if words[k].group() not in TITLES and title not in TITLES:
            continue
        at = k - 1
        if words[at].group() in _COUNTRIES and at > 0 and _adjacent(unit.folded, words, at):
            at -= 1  # "블라디미르 푸틴 러시아 대통령": 푸틴
        name = words[at].group()
        if len(name) < 2 or name in _COUNTRIES or not _adjacent(unit.folded, words, at + 1):
            continue
        if korean_word(name) in TITLES or name.endswith(("다", "고", "며")):
            continue  # a title with its particle ("위원장은 대통령"), a verb
        m = words[at]
        span = Span(unit.span.start + m.start(), unit.span.start + m.end())
        out.append(Mention("name", name, span, name))
    return out


def _adjacent(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Word ``k`` follows word ``k - 1`` with a space alone between them."""
    return text[words[k - 1].end() : words[k].start()] == " "

"""Chinese and Japanese names told without a title: "普京与金正恩签署了…", "欢迎普京".

Names of Han and kana are found only by a title beside them (reader.analysis.names
.cjk_names: "俄罗斯总统普京", "金正恩表示：“……”"), so a sentence naming a person bare shared
no name with the other article's. A name either article of the pair reads with a title
(or as a quotation's speaker) somewhere is a name wherever the pair writes it: each
place it is written in Han or kana, outside a name already found, is a mention of it. A
name of one character ("林" of "林官房長官") is not spread: too many words hold it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.unspaced import HAN, KANA
from reader.model import Span

__all__ = ["spread_titled_names"]

_CJK_NAME = re.compile(f"[{HAN}{KANA}]{{2,}}")
_CJK_TEXT = re.compile(f"[{HAN}{KANA}]")


def spread_titled_names(feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]) -> None:
    """Add, to each unit of both articles, a mention of each Chinese or Japanese name the
    pair reads elsewhere ("普京" of "俄罗斯总统普京") wherever the unit writes it bare."""
    known = {m.key for f in (*feats_a, *feats_b) for m in f.names if _CJK_NAME.fullmatch(m.key)}
    if not known:
        return
    # the longest first: "金正恩" before a "金正" some title gave
    ordered = sorted(known, key=len, reverse=True)
    for f in (*feats_a, *feats_b):
        if _CJK_TEXT.search(f.unit.folded):
            f.names = _with_bare(f, ordered)


def _with_bare(f: UnitFeatures, known: list[str]) -> list[Mention]:
    text, base = f.unit.folded, f.unit.span.start
    taken = [(m.span.start - base, m.span.end - base) for m in f.names]
    added: list[Mention] = []
    for name in known:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(a < end and at < b for a, b in taken):
                taken.append((at, end))
                added.append(Mention("name", name, Span(base + at, base + end), name))
            at = text.find(name, end)
    return [*f.names, *added] if added else f.names

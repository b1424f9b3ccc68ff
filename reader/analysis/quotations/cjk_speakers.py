"""Who says a Chinese or Japanese quotation: the run of characters that opens the clause
before the verb of saying ("金正恩表示：“……”", "金正恩说，这是“……”", "“……”，普京说。"), or, in
Japanese, the subject before "は" of a quotation closed by "と述べた" and its like
("金正恩氏は「……」と述べた"). Names are found by their capitals (reader.analysis.features),
which these scripts have none of, so quotations.speakers finds no speaker in them.

A Korean quotation's speaker is read by quotations.korean_speakers; one read so has no
capitals, and quotations.misattributed takes it for a role someone holds. A Chinese or
Japanese speaker is a name when names.cjk_names.cjk_person reads one in it ("金正恩",
"外交部发言人毛宁"; not "发言人", "外交部"): two such names for one quotation are a
misattribution, as in English.
"""

from __future__ import annotations

import re

from reader.analysis.quotations.korean_speakers import korean_speaker
from reader.analysis.words.korean_particles import HANGUL
from reader.analysis.words.unspaced import HAN
from reader.model import Span

__all__ = ["cjk_speaker"]

_NAME = f"[{HAN}\u30a0-\u30ff]{{2,12}}?"
# Chinese verbs of saying, with the colon or comma after them
_SAYS = "(?:表示|说|称|指出|强调|宣布|透露|介绍|回应|坦言|重申)"
# a clause opens at the sentence's start or after a stop, a comma or a colon
_OPENS = r"(?:^|(?<=[，。；：,;:\s”」』]))"
_BEFORE = re.compile(rf"{_OPENS}(?P<who>{_NAME}){_SAYS}[：:，,]?\s*$")
_AFTER = re.compile(rf"^[，,]?\s*(?P<who>{_NAME}){_SAYS}")
# Japanese: "金正恩氏は「……」と述べた", "首相は「……」と語った"
_JA_SUBJECT = re.compile(rf"{_OPENS}(?P<who>{_NAME})(?:氏|さん)?は\s*$")
_JA_SAYS = re.compile(r"^と(?:述べ|語っ|話し|強調し|説明し|明らかにし|発表し|指摘し)")


def cjk_speaker(text: str, sentence: Span, quote: Span) -> str | None:
    """The speaker of the quotation at ``quote`` (its marks included) in ``text``, read
    in its ``sentence``: the clause before it or right after it; None when neither
    names one. A Korean quotation's is its sentence's subject (korean_speakers)."""
    if re.search(f"[{HANGUL}]", text[quote.start : quote.end]):
        return korean_speaker(text, sentence, quote)
    before = text[sentence.start : quote.start]
    after = text[quote.end : max(sentence.end, quote.end)]
    if after[:1] in "。.":
        after = ""
    for rx, part in ((_BEFORE, before), (_AFTER, after)):
        m = rx.search(part)
        if m is not None:
            return m.group("who")
    if _JA_SAYS.search(after):
        m = _JA_SUBJECT.search(before)
        if m is not None:
            return m.group("who")
    # "金正恩说，这是“……”": the verb opens the sentence before the quotation's clause
    m = re.search(rf"{_OPENS}(?P<who>{_NAME}){_SAYS}[：:，,]", before)
    return m.group("who") if m is not None else None

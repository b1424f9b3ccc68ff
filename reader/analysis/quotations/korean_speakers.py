"""Who says a Korean quotation: the subject of the sentence that closes the quotation with
"(이)라고" or "고" and a verb of saying ("김정은 위원장은 “……”이라고 말했다", "푸틴 대통령은
기자회견에서 “……”고 밝혔다", "김 위원장은 회담 뒤 이 조약이 “……”라고 강조했다"). The speaker
is the first word before the quotation that carries the topic particle (은/는), else the
subject's (이/가), with the word before it when that word is a title's holder ("김정은
위원장", "정부 관계자"); a name before its title keeps its last syllable ("김정은" is no
"김정" with "은"). Names are found by their capitals, which Hangul has none of, so
quotations.speakers finds no speaker in Korean; a speaker read here has no capitals, and
quotations.misattributed takes it for a role: two are never told apart.
"""

from __future__ import annotations

import re

from reader.analysis.words.korean_particles import HANGUL, TITLES, korean_word, word_set
from reader.model import Span

__all__ = ["korean_speaker"]

# the quotation's close: "(이)라고", "고", "라며" and a verb of saying
_SAYS = re.compile(
    rf"^\s*(?:이라고|라고|이라며|라며|고|며)\s+(?:[{HANGUL}]+\s+)?"
    r"(?:말|밝|강조|전|덧붙|주장|설명|지적|언급|발표|경고|비판|답|말하|토로|역설|호소)"
)
_WORD = re.compile(f"[{HANGUL}]+")
# the heads of a speaker's phrase the word before belongs to ("정부 관계자")
_HEADS = TITLES | word_set("관계자 당국자 소식통 측 대변인 관리 당국")


def korean_speaker(text: str, sentence: Span, quote: Span) -> str | None:
    """The speaker of the Korean quotation at ``quote`` (its marks included) in ``text``,
    read in its ``sentence``; None when the quotation is closed by no verb of saying or
    no word before it carries a subject's particle."""
    if _SAYS.search(text[quote.end : max(sentence.end, quote.end)]) is None:
        return None
    words = list(_WORD.finditer(text, sentence.start, quote.start))
    for particles in (("은", "는"), ("이", "가")):
        for k, m in enumerate(words):
            word = m.group()
            after = words[k + 1].group() if k + 1 < len(words) else ""
            if not word.endswith(particles) or korean_word(word, after) == word:
                continue
            head = word[:-1]
            before = words[k - 1] if k > 0 else None
            if (
                before is not None
                and head in _HEADS
                and text[before.end() : m.start()] == " "
                and korean_word(before.group(), word) in (before.group(), head)
            ):
                return f"{before.group()} {head}"
            return head
    return None

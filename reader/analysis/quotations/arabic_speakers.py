"""Who says an Arabic quotation: the words after the verb of saying that opens its clause
("وقال وزير الداخلية عبد الوافي لفتيت في مؤتمر صحفي: «...»", "قال لفتيت إن الحكومة
"..."", "وأكدت الوزارة أن ...") or follows it ("«...»، قال لفتيت."). Arabic has no
capitals to find a name by (reader.analysis.features), so quotations.speakers finds no
speaker in it.

The speaker is the words between the verb and what the verb says: a colon or comma, the
"that" of reported speech (إن, أن), or a phrase of place or time the verb opens ("في
مؤتمر صحفي", "خلال زيارته", "أمام البرلمان", "يوم الأربعاء"). A verb with nothing before
that ("وقال إن ...") names nobody. Like a Korean speaker (korean_speakers), one read so
has no capitals, and quotations.misattributed takes it for a role someone holds.
"""

from __future__ import annotations

import re

from reader.model import Span

__all__ = ["arabic_speaker", "has_arabic"]

_ARABIC = re.compile("[\u0600-\u06ff]")
# verbs of saying in the past, masculine or feminine ("قالت"), with "and" or "so" glued
# before them ("وقال", "فأكد")
_VERBS = "قال|أكد|أضاف|أوضح|صرح|تابع|شدد|أعلن|ذكر|اعتبر|رأى|أشار|لفت|كتب|حذر|قالت"
_SAYS = rf"(?<![\w])[وف]?(?:{_VERBS})ت?(?![\w])"
# what ends the speaker's words: what the verb says, or a phrase of place or time
_ENDS = re.compile(
    r"\s*[:،,؛;\"'(]|\s+(?:إن|أن|إنه|أنه|إنها|أنها|في|خلال|أمام|عبر|على|من|لدى|مساء|صباح"
    r"|يوم|اليوم|أمس|بعد|قبل|لدى|لوكالة|للصحفيين)(?![\w])"
)
_MAX_WORDS = 6  # words of a speaker, at most ("وزير الداخلية عبد الوافي لفتيت")
_BEFORE = re.compile(rf"{_SAYS}\s+(?P<rest>[^.!?؟\"]*)$")
_AFTER = re.compile(rf"^\s*[،,]?\s*{_SAYS}\s+(?P<rest>[^.!?؟\"]*)")


def has_arabic(text: str, start: int, end: int) -> bool:
    """True when ``text`` holds an Arabic letter between ``start`` and ``end``."""
    return _ARABIC.search(text, start, end) is not None


def arabic_speaker(text: str, sentence: Span, quote: Span) -> str | None:
    """The speaker of the quotation at ``quote`` (its marks included) in ``text``, read
    in its ``sentence``: the clause before it or right after it; None when neither
    names one."""
    before = text[sentence.start : quote.start]
    after = text[quote.end : max(sentence.end, quote.end)]
    for m in (_BEFORE.search(before), _AFTER.search(after)):
        if m is not None:
            who = _speaker_words(m.group("rest"))
            if who is not None:
                return who
    return None


def _speaker_words(rest: str) -> str | None:
    """The words that open ``rest`` (what follows a verb of saying) up to what ends a
    speaker's words; None when none, or more than a speaker's words, are there."""
    end = _ENDS.search(" " + rest)
    words = (" " + rest)[: end.start() if end is not None else None].split()
    if not words or len(words) > _MAX_WORDS or not all(_ARABIC.match(w) for w in words):
        return None
    return " ".join(words)

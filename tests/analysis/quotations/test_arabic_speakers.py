"""Who says an Arabic quotation (reader.analysis.quotations.arabic_speakers)."""

from __future__ import annotations

import pytest

from reader.analysis.quotations.arabic_speakers import arabic_speaker, has_arabic
from reader.ingest.normalize import fold
from reader.model import Span


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "وقال وزير الداخلية عبد الوافي لفتيت في مؤتمر صحفي: «نحن نعمل ليلاً»",
            "وزير الداخلية عبد الوافي لفتيت",
        ),
        ('وقال وزير الداخلية عبد الوافي لفتيت: "نعمل ليلاً"', "وزير الداخلية عبد الوافي لفتيت"),
        (
            'قال رئيس الحكومة عزيز أخنوش إن الدولة ستفي بالتزاماتها: "سنعيد بناء كل بيت"',
            "رئيس الحكومة عزيز أخنوش",
        ),
        ('وأكدت الوزارة أن "الوضع تحت السيطرة"', "الوزارة"),
        ("«لن نترك أحداً في العراء»، قال رئيس الحكومة عزيز أخنوش.", "رئيس الحكومة عزيز أخنوش"),
        ("وأضاف لفتيت لوكالة الأنباء: «نحن هنا»", "لفتيت"),
        ('وقال إن "الوضع تحت السيطرة"', None),
        ('ووصف السكان الزلزال بأنه "الأقوى"', None),
    ],
)
def test_the_speaker_of_an_arabic_quotation(text: str, who: str | None) -> None:
    folded = fold(text)
    start = next(k for k, c in enumerate(folded) if c == '"')
    end = folded.index('"', start + 1) + 1
    assert arabic_speaker(folded, Span(0, len(folded)), Span(start, end)) == who


def test_arabic_letters_are_told_from_others() -> None:
    assert has_arabic("Putin قال", 0, 9)
    assert not has_arabic("Putin said", 0, 10)

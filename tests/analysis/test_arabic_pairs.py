"""An Arabic pair read on words, names and figures: two reports of an earthquake in the
Rif written for the tests (tests/data/arabic/ar_*), a wire's with Eastern Arabic digits
("٣٨ ألف شخص", "١٩ يونيو/حزيران ٢٠٢٤", «...») and a daily's with Western ones ("نحو 38
ألفاً", "19 حزيران 2024", "..."). One real disagreement: 40 survivors pulled from the
rubble against 60."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from reader.analysis import align
from reader.analysis.figures.casualties import casualty
from reader.analysis.figures.fates import DEAD, INJURED, MISSING
from reader.analysis.quotations.quote_wording import wording_difference
from reader.ingest import load_document
from reader.model import Alignment, DiscrepancyKind, Document, MatchKind
from tests.analysis.quotations.test_quote_figures import quotation

DATA = Path(__file__).parent.parent / "data" / "arabic"


@cache
def _read() -> tuple[Document, Document, Alignment]:
    a = load_document(DATA / "ar_a.txt")
    b = load_document(DATA / "ar_b.txt")
    return a, b, align(a, b, method="lexical")


def _pairs(kind: MatchKind) -> list[tuple[str, str]]:
    a, b, al = _read()
    return [(a.slice(m.a), b.slice(m.b)) for m in al.matches if m.kind is kind]


def test_the_one_discrepancy_is_40_against_60_survivors() -> None:
    a, b, al = _read()
    found = [(d.kind, a.slice(d.a), b.slice(d.b)) for d in al.discrepancies]
    assert found == [(DiscrepancyKind.NUMBER, "٤٠", "60")]


def test_eastern_and_western_figures_are_read_as_one() -> None:
    numbers = _pairs(MatchKind.NUMBER)
    for pair in [
        ("٣٨ ألف", "38 ألفا"),
        ("٦٫٤", "6.4"),
        ("٤٬٥٠٠", "4500"),
        ("١٬٢٥٠ مليون", "1250 مليون"),
        ("٣ آلاف", "3000"),
        ("١٩ يونيو/حزيران ٢٠٢٤", "19 حزيران 2024"),
        ("٨ سبتمبر/أيلول ٢٠٢٣", "8 أيلول/سبتمبر 2023"),
    ]:
        assert any(x.startswith(pair[0]) and y.startswith(pair[1]) for x, y in numbers), pair


def test_the_claims_are_linked_and_questions_end_sentences() -> None:
    claims = _pairs(MatchKind.CLAIM)
    assert any(
        x.startswith("وقالت وزارة الداخلية إن ٣٨") and y.startswith("وأكدت وزارة الداخلية")
        for x, y in claims
    )
    assert any(
        x.startswith("وأكد المعهد الوطني") and y.startswith("وقال المعهد الوطني") for x, y in claims
    )
    assert (
        "هل ستكفي الخيام قبل الشتاء؟",
        "ويتساءل سكان القرى الجبلية: هل ستكفي الخيام قبل الشتاء؟",
    ) in claims


def test_both_quotations_are_matched_with_their_speakers() -> None:
    a, b, al = _read()
    quotes = [m for m in al.matches if m.kind is MatchKind.QUOTE]
    assert [(a.slice(m.a)[:8], b.slice(m.b)[:8]) for m in quotes] == [
        ("«نحن نعم", '"نعمل لي'),
        ("«لن نترك", '"سنعيد ب'),
    ]
    speakers = {q.speaker for q in al.quotes_a} | {q.speaker for q in al.quotes_b}
    assert speakers == {"وزير الداخلية عبد الوافي لفتيت", "رئيس الحكومة عزيز أخنوش"}


def test_a_quotation_trimmed_at_its_and_is_no_misquote(doc: Callable[[str], Document]) -> None:
    a = doc("زلزال\n«لن نترك أحداً في العراء، وسنعيد بناء كل بيت تهدم»، قال رئيس الحكومة.")
    b = doc('زلزال\nوقال رئيس الحكومة إن الدولة ستفي بالتزاماتها: "سنعيد بناء كل بيت تهدم".')
    assert wording_difference(a, quotation(a), b, quotation(b)) is None
    c = doc('زلزال\nوقال رئيس الحكومة: "سنعيد بناء نصف البيوت".')
    assert wording_difference(a, quotation(a), c, quotation(c)) is not None


def test_a_day_told_in_the_other_naming_is_flagged(doc: Callable[[str], Document]) -> None:
    a, b, _ = _read()
    later = doc(b.text.replace("فجر الأربعاء 19 حزيران", "فجر الخميس 20 حزيران"))
    al = align(a, later, method="lexical")
    dates = [
        (a.slice(d.a), later.slice(d.b)) for d in al.discrepancies if d.kind is DiscrepancyKind.DATE
    ]
    assert dates == [("١٩ يونيو/حزيران ٢٠٢٤", "20 حزيران 2024")]


def test_a_toll_told_in_arabic_nouns_is_flagged(doc: Callable[[str], Document]) -> None:
    a, b, _ = _read()
    fewer = doc(b.text.replace("و315 جريحاً", "و290 جريحاً"))
    al = align(a, fewer, method="lexical")
    found = [(a.slice(d.a), fewer.slice(d.b)) for d in al.discrepancies]
    assert ("٣١٥", "290") in found
    assert ("٤٠", "60") in found


def test_arabic_fates_are_read_before_and_after_the_figure() -> None:
    told = [
        ("ما أسفر عن مقتل ٧٢ شخصاً وإصابة ٣١٥ آخرين", "٧٢", DEAD),
        ("ما أسفر عن مقتل ٧٢ شخصاً وإصابة ٣١٥ آخرين", "٣١٥", INJURED),
        ("وخلف الزلزال 72 قتيلاً و315 جريحاً", "72", DEAD),
        ("وخلف الزلزال 72 قتيلاً و315 جريحاً", "315", INJURED),
        ("ولا يزال 12 مفقودين تحت الأنقاض", "12", MISSING),
        ("وأودى بحياة نحو 300 شخص", "300", DEAD),
    ]
    for text, figure, fate in told:
        start = text.index(figure)
        assert casualty(text, start, start + len(figure), "", "Arabic script") == fate, text


def test_one_toll_told_by_a_fate_before_and_after_is_a_numbers_pair() -> None:
    numbers = _pairs(MatchKind.NUMBER)
    # "the killing of 72 people and the injury of 315 others", "72 dead and 315 injured"
    assert ("٧٢", "72") in numbers
    assert ("٣١٥", "315") in numbers
    # the headlines: "displaces 38 thousand people", "38 thousand displaced"
    assert ("٣٨ ألف", "38 ألف") in numbers

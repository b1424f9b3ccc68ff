"""reader.bidi: which way a text reads, and isolates round right-to-left pieces."""

from __future__ import annotations

from reader.bidi import FSI, PDI, is_rtl, isolate, isolate_detail


def test_direction_is_the_first_strong_letters() -> None:
    assert is_rtl("20 ביוני 2024")
    assert is_rtl("«هذه الوثيقة اختراق حقيقي في علاقاتنا»")
    assert not is_rtl("20 June 2024, said ביוני")
    assert not is_rtl("2024")  # no letter: the view's own direction
    # what is isolated keeps its own way: the first letter outside is "v"
    assert not is_rtl(f"{FSI}20 ביוני{PDI} vs {FSI}21 ביוני{PDI}")


def test_english_is_left_as_it_is() -> None:
    assert isolate("June 18, 2024") == "June 18, 2024"
    assert isolate_detail("June 18, 2024 vs June 19, 2024") == "June 18, 2024 vs June 19, 2024"


def test_each_line_and_each_value_is_isolated_on_its_own() -> None:
    assert isolate("ביוני 2024\nEnglish") == f"{FSI}ביוני 2024{PDI}\nEnglish"
    assert isolate_detail("10 آلاف vs 20 ألف") == f"{FSI}10 آلاف{PDI} vs {FSI}20 ألف{PDI}"
    quoted = "\u201cاختراق حقيقي\u201d vs \u201cاختراق كبير\u201d"
    assert isolate_detail(quoted) == (
        f"\u201c{FSI}اختراق حقيقي{PDI}\u201d vs \u201c{FSI}اختراق كبير{PDI}\u201d"
    )

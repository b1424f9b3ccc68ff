"""Verbs that tell what a speaker called a thing as verbs of saying before a quotation
(fifty-fourth session, the speech page pair): "Piet Brandauer dismissed the plan as “a
fantasy”" quotes Piet Brandauer (reader.analysis.words.saying)."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.words.saying import SAYING
from reader.model import Document
from tests.analysis.quotations.test_speakers import speakers


def test_dismissed_as_before_a_quotation_names_its_subject(
    doc: Callable[[str], Document],
) -> None:
    d = doc("Title line\nPiet Brandauer dismissed the plan as “a fantasy for the rich”.")
    assert speakers(d) == ["Piet Brandauer"]


def test_hailed_as_before_a_quotation_names_its_subject(doc: Callable[[str], Document]) -> None:
    d = doc('Title line\nMara Lind hailed the deal as "a historic step".')
    assert speakers(d) == ["Mara Lind"]


def test_branded_before_a_quotation_names_its_subject(doc: Callable[[str], Document]) -> None:
    d = doc('Title line\nMara Lind branded the proposal "reckless".')
    assert speakers(d) == ["Mara Lind"]


def test_dismissed_with_no_quotation_after_as_is_no_verb_of_saying() -> None:
    # a guard (it holds on main too): "dismissed" alone says nothing
    assert [m.group() for m in SAYING.finditer("The judge dismissed the case as moot.")] == []

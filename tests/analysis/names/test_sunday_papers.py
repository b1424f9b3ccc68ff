"""Tests of reader/analysis/names/sunday_papers.py: a Sunday paper ("Welt am Sonntag", "Bild am
Sonntag", "Frankfurter Allgemeine Sonntagszeitung") is another paper than its daily."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.names.sunday_papers import editions_apart
from reader.model import Document
from tests.analysis.name_keys import entity_tags, pair_keys

MakeDoc = Callable[[str], Document]
OPENING = (
    "Großbrand im Hamburger Hafen\nEin Großbrand hat am Dienstagabend eine Lagerhalle zerstört.\n"
)


def report(doc: MakeDoc, sentence: str) -> Document:
    return doc(OPENING + sentence + "\n")


SUNDAY_AND_DAILY = [
    ("Der Hafenchef sagte der Welt am Sonntag, die Halle werde abgerissen.",
     "Der Hafenchef sagte der Welt, die Halle werde abgerissen.", "welt am sonntag"),
    ("Der Bild am Sonntag sagte der Hafenchef, die Halle werde abgerissen.",
     "Der Bild sagte der Hafenchef, die Halle werde abgerissen.", "bild am sonntag"),
    ("Der Hafenchef sagte der Frankfurter Allgemeinen Sonntagszeitung, die Halle sei alt.",
     "Der Hafenchef sagte der Frankfurter Allgemeinen, die Halle sei alt.",
     "frankfurt allgemein sonntagszeit"),
]  # fmt: skip


@pytest.mark.parametrize(("sunday", "daily", "key"), SUNDAY_AND_DAILY)
def test_a_sunday_paper_is_keyed_whole(doc: MakeDoc, sunday: str, daily: str, key: str) -> None:
    a, b = pair_keys(report(doc, sunday), report(doc, daily))
    assert key in a and key not in b
    assert not a & b


@pytest.mark.parametrize(("sunday", "daily", "key"), SUNDAY_AND_DAILY)
def test_a_sunday_paper_is_not_tagged_as_its_daily(
    doc: MakeDoc, sunday: str, daily: str, key: str
) -> None:
    assert not entity_tags(report(doc, sunday), report(doc, daily))


@pytest.mark.parametrize(("sunday", "daily", "key"), SUNDAY_AND_DAILY)
def test_the_same_paper_in_both_reports_is_tagged(
    doc: MakeDoc, sunday: str, daily: str, key: str
) -> None:
    for told in (sunday, daily):
        assert entity_tags(report(doc, told), report(doc, told))


def test_a_sunday_paper_told_in_the_nominative_is_keyed_whole(doc: MakeDoc) -> None:
    a, b = pair_keys(
        report(doc, "Die Welt am Sonntag berichtete, die Halle werde abgerissen."),
        report(doc, "Der Hafenchef sagte der Welt am Sonntag, die Halle werde abgerissen."),
    )
    assert "welt am sonntag" in a & b


def test_the_daily_is_no_short_form_of_its_sunday_paper() -> None:
    keys = {"frankfurt allgemein", "frankfurt allgemein sonntagszeit", "bild", "hamburg"}
    assert editions_apart(keys) == {("frankfurt allgemein", "frankfurt allgemein sonntagszeit")}


def test_the_picture_is_no_paper(doc: MakeDoc) -> None:
    a, _ = pair_keys(
        report(doc, "Auf dem Bild sagte der Hafenchef, ist die brennende Halle zu sehen."),
        report(doc, "Der Bild sagte der Hafenchef, die Halle werde abgerissen."),
    )
    assert not {k for k in a if "bild" in k}

"""Tests of reader/ingest/ad_boxes.py: an advertisement's box (a class or id naming an
advert, its label first, a short advert after it) is no part of the story."""

from __future__ import annotations

import pytest

from reader.ingest import document_from_text

_STORY = (
    "<p>Der Pegel der Selbach stieg am Dienstag auf 7,20 Meter, wie das Landratsamt Wernau"
    " mitteilte. Rund 3.500 Menschen mussten ihre Häuser verlassen.</p>"
    "<p>Der Landkreis stellte 2,4 Millionen Euro als Soforthilfe für Betroffene bereit."
    " Anträge können ab Donnerstag gestellt werden.</p>"
)


def _page(box: str) -> str:
    return (
        "<html><head><title>Hochwasser in Kellbrunn</title></head><body><article>"
        f"<h1>Hochwasser in Kellbrunn</h1><p>Von Miriam Kössler</p>{_STORY}{box}"
        "<p>Alle 42 Schulen im Landkreis bleiben am Mittwoch geschlossen, teilte das"
        " Landratsamt mit. Der Wetterdienst rechnet mit weiterem Regen.</p>"
        "</article></body></html>"
    )


# was a paragraph of the story, "only in" its article
@pytest.mark.parametrize(
    "box",
    [
        '<div class="ad"><p>Anzeige</p><p>Jetzt wechseln und sparen: Ihr neuer Stromtarif'
        " ab 29,90 Euro im Monat.</p></div>",
        '<aside id="ad-slot-3"><span>Advertisement</span><p>Save 20% on your first'
        " order today.</p></aside>",
    ],
)
def test_an_advert_under_its_label_is_left_out(box: str) -> None:
    text = document_from_text(_page(box), fmt="html").text
    assert "29,90" not in text and "first order" not in text
    assert "Alle 42 Schulen" in text


def test_a_box_named_otherwise_stays() -> None:
    box = '<div class="shadow"><p>Anzeige</p><p>Die Feuerwehr pumpte 40 Keller leer.</p></div>'
    assert "40 Keller" in document_from_text(_page(box), fmt="html").text

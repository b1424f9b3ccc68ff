"""A caption's credit naming the photographer and the outlet they worked for, on a web
page's <figcaption> (reader.ingest.photo_credits): boilerplate, not a passage only in one
article."""

from __future__ import annotations

from pathlib import Path

from reader.ingest import load_document

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
CREDIT = "Photo: Lena Marsh for The Northern Review"


def test_a_caption_s_credit_for_an_outlet_is_boilerplate_and_its_caption_is_not() -> None:
    doc = load_document(PAGES / "feature_ashbury_library_fire.html")
    marked = [doc.text[s.start : s.end] for s in doc.boilerplate]
    assert CREDIT in marked
    caption = "Firefighters pour water on the Ashbury Public Library before dawn on Sunday."
    assert not any(caption in m for m in marked)


# was a sentence of its own ("Foto: dpa/Jana Roth"), a passage "only in B" of
# tests/data/pages/wahl_*: German labels its caption's credit "Foto:"
def test_a_german_caption_s_credit_is_boilerplate_and_its_caption_is_not() -> None:
    doc = load_document(PAGES / "wahl_rheinmark_rundfunk.html")
    marked = [doc.text[s.start : s.end] for s in doc.boilerplate]
    assert "Foto: dpa/Jana Roth" in marked
    assert not any("Wahlsieger Matthias Wendler" in m for m in marked)

"""reader.ingest.cut_short: a page that stops at a paywall or is page 1 of several; a
subscription offer under a whole story is no cut."""

from __future__ import annotations

import pytest

from reader.ingest.cut_short import page_cut
from reader.model.document import PAGES, PAYWALL, Document


@pytest.mark.parametrize(
    ("html", "cut"),
    [
        ("<p>Story.</p><h2>Subscribe to continue reading</h2>", PAYWALL),
        ("<p>Story.</p><p>This story is for subscribers only.</p>", PAYWALL),
        ("<p>Story.</p><p>Il vous reste 78% de cet article à lire.</p>", PAYWALL),
        ('<div class="article-locked" style="display: none"><p>More.</p></div>', PAYWALL),
        ("<p>Story.</p><span>Page 1 of 3</span>", PAGES),
        ('<p>Story.</p><a href="?p=2">Next page »</a>', PAGES),
        ("<p>Story.</p><p>Continue reading on page 2</p>", PAGES),
        # an offer under a whole story; the next story's link; page 2 of 3
        ("<p>Story.</p><p>Keep reading for just £1 for 4 weeks.</p>", None),
        ("<p>Already a subscriber? Log in</p><p>Story.</p>", None),
        ('<p>Story.</p><a href="/next">Next story »</a><p>Page 2 of 3</p>', None),
        ('<div class="paywall-teaser"><p>Jetzt abonnieren</p></div>', None),
    ],
)
def test_page_cut(html: str, cut: str | None) -> None:
    assert page_cut(html) == cut


def test_a_document_keeps_its_cut_in_json() -> None:
    doc = Document(path="", title="T", text="T", cut=PAGES)
    assert Document.from_json(doc.to_json()).cut == PAGES
    assert "cut" not in Document(path="", title="T", text="T").to_json()
    assert Document.from_json({**doc.to_json(), "cut": "bogus"}).cut is None

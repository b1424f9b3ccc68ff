"""A page's advertisement boxes: an element named as an advertisement (its class or id
"ad", "ad-slot", "anzeige", "werbung", "sponsored") whose first words are an
advertisement's label ("Anzeige", "Advertisement", "Publicité") and which holds a short
advert after it ("Jetzt wechseln und sparen: Ihr neuer Stromtarif ab 29,90 Euro im
Monat."). The label alone, a line of its own, was left out (reader.ingest.site_lines,
boilerplate), but the advert's words stayed in the story, a passage "only in" it."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["ad_boxes"]

# a class or id naming an advertisement, as a whole word or a hyphened part ("ad",
# "ad-slot", "ads_top", "advert", "anzeige-box"), not "head", "shadow" or "download"
_AD_NAME = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|anzeigen?|werbung|sponsored|publicite|publicidad)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# an advertisement's label, as sites print it above the advert
_AD_LABEL = re.compile(
    r"(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|pubblicità|publicidade)",
    re.IGNORECASE,
)
# an advert is short: a box holding more is a part of the page, not an advert
_AD_CHARS = 400


def ad_boxes(elements: list[Any]) -> list[Any]:
    """The advertisement boxes among ``elements`` (lxml elements of a page), each the
    outermost of its kind."""
    found: list[Any] = []
    for element in elements:
        if any(box in element.iterancestors() for box in found):
            continue
        if _is_ad_box(element):
            found.append(element)
    return found


def _is_ad_box(element: Any) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if not _AD_NAME.search(names):
        return False
    texts = [t.strip() for t in element.itertext() if t.strip()]
    if len(texts) < 2 or not _AD_LABEL.fullmatch(texts[0]):
        return False
    return len(" ".join(texts)) < _AD_CHARS

"""A web page that holds only part of its story: one that stops at a paywall ("Subscribe
to continue reading", "This article is for subscribers", French "Il vous reste 78% de cet
article à lire", German "Dieser Artikel ist nur für Abonnenten"), or the first page of a
story split over several ("Page 1 of 3", "Next page »", "Continue reading on page 2").

What the other article says after the point where such a page stops is no omission of
its outlet: the reader only has the first part (reader.analysis.cut_ends). A paywall's
text a page holds but hides (``style="display:none"`` on the locked part) is not read,
as a browser does not show it (reader.ingest.html prunes it); the page is then cut short.

A subscription offer alone ("Keep reading for just £1", "Already a subscriber? Log in")
says nothing of the story being cut: sites print it under whole stories too.
"""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern
from reader.model.document import PAGES, PAYWALL

__all__ = ["HIDDEN_XPATH", "page_cut"]

# An element a browser does not show by its inline style (the locked part of a story a
# paywall's script reveals to subscribers).
HIDDEN_XPATH = (
    "//*[contains(translate(@style, ' ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz'), 'display:none')]"
)

_TAG = LazyPattern(r"<[^<>]*>")
_SPACE = LazyPattern(r"\s+")
# words that say the rest of the story is for subscribers
_PAYWALL_LINE = LazyPattern(
    r"\b(?:subscribe|sign up|log in|register) (?:now |today )?to (?:continue|keep) reading\b"
    r"|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)\b"
    r"|\bthis (?:article|story|content|piece) is (?:only |exclusively )?(?:for|available to)"
    r" (?:paying )?(?:subscribers|members)\b"
    r"|\bthe rest of this (?:article|story) is (?:only )?(?:for|available to) subscribers\b"
    r"|\byou(?:'|’)ve (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit\b"
    r"|\bil vous reste \d+(?:[.,]\d+)?\s*% de (?:cet |l['’])article à lire"
    r"|\bla suite est réservée aux abonnés"
    r"|\bdieser (?:artikel|beitrag) ist (?:nur|exklusiv) für abonnent"
    r"|\bpara seguir leyendo\b|\bper continuare a leggere\b|\bpara continuar lendo\b"
    r"|\blees verder met\b|\bdit artikel is (?:alleen|exclusief) voor abonnees\b",
    re.IGNORECASE,
)
# words that say the story goes on on a next page
_PAGE_LINE = LazyPattern(
    r"\bpage 1 (?:of|/) (?:[2-9]|[1-9]\d)\b"
    r"|\bcontinue(?:d| reading)? on (?:the next )?page(?: 2)?\b"
    r"|\bnext page\s*(?:»|›|>|→)?\s*<",
    re.IGNORECASE,
)
# an element whose class names a locked story ("paywall-content", "article-locked",
# "premium-locked") and which the page hides
_LOCKED_HIDDEN = LazyPattern(
    r"<[a-z][^<>]*\bclass\s*=\s*[\"'][^\"']*(?:paywall|locked|premium|subscriber)"
    r"[^\"']*[\"'][^<>]*\bstyle\s*=\s*[\"'][^\"']*display\s*:\s*none"
    r"|<[a-z][^<>]*\bstyle\s*=\s*[\"'][^\"']*display\s*:\s*none[^\"']*[\"'][^<>]*"
    r"\bclass\s*=\s*[\"'][^\"']*(?:paywall|locked|premium|subscriber)",
    re.IGNORECASE,
)


def page_cut(html: str) -> str | None:
    """``PAYWALL`` when page ``html`` (its scripts and styles stripped) stops at a
    paywall, ``PAGES`` when it is the first page of a story split over several, else
    None. The page's hidden locked part counts as a paywall."""
    if _LOCKED_HIDDEN.search(html):
        return PAYWALL
    if _PAGE_LINE.search(html):  # "Next page »</a>" is read with its tag
        return PAGES
    words = _SPACE.sub(" ", _TAG.sub(" ", html))
    if _PAYWALL_LINE.search(words):
        return PAYWALL
    return PAGES if _PAGE_LINE.search(words + "<") else None

"""Which comes first in a document's numeric dates ("12/03/2024"): the day or the month.

The United States writes the month first; Britain, Ireland, Australia, India, Europe and
most of the world the day. A date whose parts cannot be swapped ("24/02/2013", "02/24/2013")
shows how the document writes all of its dates; else the page's language (``<html
lang="en-GB">``) or its site's address (".co.uk") tells where it was written; else a
site's stamp in another language ("Publié le 05/06/2024", "Stand: 05.06.2024") says the
day; else the month is read first, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from enum import Enum
from urllib.parse import urlsplit

from reader.ingest.stamp_words import OTHER_LABELS

__all__ = ["DateHints", "DateOrder", "date_order", "reread"]


class DateOrder(Enum):
    """How a document writes its numeric dates."""

    MONTH_FIRST = "month-first"
    DAY_FIRST = "day-first"


@dataclass(frozen=True, slots=True)
class DateHints:
    """Where a document was written, as far as it says: its language tag ("en-GB", "fr")
    and the address (or host) of its site."""

    language: str | None = None
    address: str | None = None


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b(?![/.]\d)")
# English as the United States writes it; any other English, or another language, writes
# the day first ("fr", "de", "es", "en-GB", "en-AU", "en-IN").
_MONTH_FIRST_LANGUAGES = frozenset({"en-us"})
_NO_HINT_LANGUAGES = frozenset({"en"})
# Sites anywhere (.com, .org) say nothing; .us is the United States'. A country's own
# domain (.uk, .au, .in, .ie, .nz, .fr, .de) and .eu say the day comes first. Canada and
# the Philippines write both ways.
_MONTH_FIRST_DOMAINS = frozenset({"us"})
_NO_HINT_DOMAINS = frozenset({"ca", "ph", "fm", "tv", "io", "ai", "co", "me", "ly"})
_COUNTRY_DOMAIN = re.compile(r"^[a-z]{2}$")


def date_order(text: str, hints: DateHints | None = None) -> DateOrder:
    """The order of the numeric dates of ``text``: that of its first date whose parts
    cannot be swapped, else what ``hints`` tell (language, then address), else a stamp
    in another language, else month first."""
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if first > 12 >= second >= 1:
            return DateOrder.DAY_FIRST
        if second > 12 >= first >= 1:
            return DateOrder.MONTH_FIRST
    hints = hints or DateHints()
    return (
        _language_order(hints.language)
        or _address_order(hints.address)
        or _stamp_order(text)
        or DateOrder.MONTH_FIRST
    )


# a numeric date after another language's publication or update label
_OTHER_STAMP = re.compile(
    rf"\b(?:{OTHER_LABELS})\b\W{{0,3}}(?:\w{{1,3}}\s+)?\d{{1,2}}[/.]\d", re.IGNORECASE
)


def _stamp_order(text: str) -> DateOrder | None:
    """Day first when a site stamps a numeric date in a language other than English."""
    return DateOrder.DAY_FIRST if _OTHER_STAMP.search(text) else None


def _language_order(language: str | None) -> DateOrder | None:
    tag = (language or "").strip().replace("_", "-").lower()
    if not tag or tag in _NO_HINT_LANGUAGES:
        return None
    if tag in _MONTH_FIRST_LANGUAGES:
        return DateOrder.MONTH_FIRST
    if not re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", tag):
        return None  # not a language tag: no hint
    return DateOrder.DAY_FIRST


def _address_order(address: str | None) -> DateOrder | None:
    if not address:
        return None
    host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
    domain = host.rstrip(".").rpartition(".")[2]
    if not domain or "." not in host:
        return None
    if domain in _MONTH_FIRST_DOMAINS:
        return DateOrder.MONTH_FIRST
    if domain == "eu" or (_COUNTRY_DOMAIN.match(domain) and domain not in _NO_HINT_DOMAINS):
        return DateOrder.DAY_FIRST
    return None


def reread(found: str, page: str, order: DateOrder) -> str:
    """The date ``found`` (``YYYY-MM-DD``) that the extractor read in ``page`` (its HTML),
    read again in ``order``: trafilatura reads a numeric date in a page's text day first
    ("Published 12/03/2024" is 12 March even on an American page). Unchanged when the
    page states the date unambiguously too (ISO, in its metadata) or does not write it
    as an ambiguous numeric date."""
    try:
        day = _date.fromisoformat(found[:10])
    except ValueError:
        return found
    if order is DateOrder.DAY_FIRST or day.day > 12 or day.day == day.month:
        return found
    if day.isoformat() in page:
        return found
    numeric = re.compile(
        rf"\b0?{day.day}/0?{day.month}/(?:{day.year}|{day.year % 100:02d})\b(?![/.]\d)"
    )
    if numeric.search(page) is None:
        return found
    return day.replace(month=day.day, day=day.month).isoformat()

"""Safari's web archive (``.webarchive``, Safari's "Save As… Web Archive", its default
way to keep a page) -> the page's HTML.

The file is a binary property list (read with the standard library's ``plistlib``): the
page is its main resource's data, in the text encoding the archive names; the address it
was saved from is kept as the comment a browser writes at the top of a page saved as HTML
(``<!-- saved from url=(0071)https://... -->``), which dates the page and names its site
as for a page saved as HTML or MHTML.
"""

from __future__ import annotations

import plistlib
import re

from reader.errors import IngestError
from reader.ingest.decode import decode_declared
from reader.ingest.sniff import PLIST_MAGIC as MAGIC

__all__ = ["MAGIC", "webarchive_html"]

_URL = re.compile(r"\Ahttps?://[^\s<>]+\Z")


def webarchive_html(data: bytes, name: str, path: str) -> str | None:
    """The HTML of the page a web archive ``data`` holds, headed by the address it was
    saved from; None when ``data`` is a property list but no web archive;
    ``IngestError`` when it is a web archive holding no page."""
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError,
            OverflowError, RecursionError, MemoryError):  # fmt: skip
        return None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        return None
    page = main.get("WebResourceData")
    kind = str(main.get("WebResourceMIMEType") or "text/html")
    if not isinstance(page, bytes) or not kind.startswith(("text/html", "application/xhtml")):
        raise IngestError(f"Cannot open {name}: the web archive holds no page to read.", path)
    html = decode_declared(page, main.get("WebResourceTextEncodingName"), path)
    url = str(main.get("WebResourceURL") or "").strip()
    if _URL.match(url):
        html = f"<!-- saved from url=({len(url):04d}){url} -->\n{html}"
    return html

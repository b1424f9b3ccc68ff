"""MHTML (a web page a browser saved as one file: Chrome's and Edge's "Web page, single
file", ``.mhtml``/``.mht``) -> the page's HTML.

The file is a MIME message: headers, then the page and its pictures, style sheets and
frames as parts, each in quoted-printable or base64. The page is its first ``text/html``
part; the address it was saved from is kept as the comment a browser writes at the top of
a page saved as HTML (``<!-- saved from url=(0071)https://... -->``), which dates the page
and names its site as for a page saved as HTML.
"""

from __future__ import annotations

import email
import email.policy
import re

from reader.errors import IngestError
from reader.ingest.decode import decode_declared
from reader.ingest.email_message import damaged_base64
from reader.ingest.sniff import MHTML_SUFFIXES as SUFFIXES
from reader.ingest.sniff import is_mhtml

__all__ = ["SUFFIXES", "is_mhtml", "mhtml_html"]

_URL = re.compile(r"\Ahttps?://[^\s<>]+\Z")


def mhtml_html(data: bytes, name: str, path: str) -> str:
    """The HTML of the page saved in the MHTML ``data``, headed by the address it was
    saved from; ``IngestError`` when it holds no web page."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if damaged_base64(part):
            # decoded only in part, or not at all (then the base64 itself would be read)
            raise IngestError(f"Cannot open {name}: the saved web page is damaged.", path)
        html = decode_declared(payload, part.get_content_charset(), path)
        url = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "")
        url = url.strip()
        if _URL.match(url):
            html = f"<!-- saved from url=({len(url):04d}){url} -->\n{html}"
        return html
    raise IngestError(
        f"Cannot open {name}: the saved web page (MHTML) holds no page to read.", path
    )

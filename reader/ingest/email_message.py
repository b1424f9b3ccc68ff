"""An e-mail saved as a file (``.eml``: a press release as it arrived, a story a colleague
forwarded) -> the article it carries, with its subject as the title, its sender as the
source and its date.

The body is the message's plain-text part, else its HTML part (read as a web page), each
decoded from quoted-printable or base64 in its charset. A subject loses its "Fwd:" and
the like. A plain-text message forwarding another ("---------- Forwarded message
---------", then "From: ...", "Sent: ..."; or as French, German, Spanish, Italian and
Portuguese mail programs write it, "---------- Message transféré ---------", "De : ...")
is read as the message it forwards (the
innermost): its sender, date and subject, the forwarder's lines left out; so is a
message forwarded as an attachment, unless the forwarder's own text is the longer.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

from reader.errors import IngestError
from reader.ingest.date_order import DateOrder
from reader.ingest.decode import decode_declared
from reader.ingest.metadata import parse_date
from reader.ingest.sniff import is_email

__all__ = ["MailText", "damaged_base64", "is_email", "mail_text"]

# "Fwd:", "Re:", "AW:", "[EXTERNAL]" before a subject
_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:fwd?|fw|re|aw|tr|wg|rv|enc)\s*:\s*|\s*\[[^\]]{1,40}\]\s*)+", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class MailText:
    body: str
    is_html: bool
    title: str | None
    source: str | None
    date: str | None  # ISO, YYYY-MM-DD


def mail_text(data: bytes, name: str, path: str) -> MailText:
    """The article the e-mail ``data`` carries; ``IngestError`` when it has no text."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part, is_html = _body_part(message)
    attached = _attached_message(message)
    if attached is not None:  # forwarded as an attachment: the story, unless the note is longer
        inner, inner_html = _body_part(attached)
        if inner is not None and len(_payload(inner)) > (len(_payload(part)) if part else 0):
            message, part, is_html = attached, inner, inner_html
    if part is None:
        raise IngestError(f"Cannot open {name}: the e-mail holds no text to read.", path)
    if damaged_base64(part):
        raise IngestError(f"Cannot open {name}: the e-mail is damaged.", path)
    body = decode_declared(_payload(part), part.get_content_charset(), path)
    subject = _header(message, "Subject")
    sender = _header(message, "From")
    date = _date(_header(message, "Date"))
    body = body.replace("\r\n", "\n").replace("\r", "\n")  # as mail is sent: CRLF
    forwarded = None if is_html else _forwarded(body)
    if forwarded is not None:  # the message forwarded is the article, its sender the source
        body, headers = forwarded
        subject = headers.get("subject") or subject
        sender = headers.get("from") or sender
        order = DateOrder(headers.get("order", DateOrder.MONTH_FIRST.value))
        date = parse_date(headers.get("date") or headers.get("sent") or "", order) or date
    title = _REPLY_PREFIX.sub("", subject).strip() or None
    name, address = email.utils.parseaddr(sender)
    source = name.strip() or address.strip() or None
    return MailText(body, is_html, title, source, date)


# the line a mail program writes above a message it forwards (Gmail, Thunderbird, Apple
# Mail, Outlook; in English, French, German, Spanish, Italian and Portuguese), then the
# forwarded message's own headers, one a line
_FORWARD_TITLES = (
    r"(?:Forwarded|Original)\s+Message|Message\s+transf[ée]r[ée]|Message\s+d[’']origine"
    r"|Message\s+original|Weitergeleitete\s+Nachricht|Urspr[üu]ngliche\s+Nachricht"
    r"|Originalnachricht|Mensaje\s+(?:reenviado|original)|Messaggio\s+(?:inoltrato|originale)"
    r"|Mensagem\s+(?:re)?encaminhada|Mensagem\s+original"
)
_FORWARD_OPENINGS = (
    r"Begin\s+forwarded\s+message|D[ée]but\s+du\s+message\s+(?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])"
    r"|Anfang\s+der\s+weitergeleiteten\s+(?:Nachricht|E-Mail)"
    r"|Inicio\s+del\s+mensaje\s+reenviado|Inizio\s+messaggio\s+inoltrato"
    r"|(?:In[íi]cio|Come[çc]o)\s+da\s+mensagem\s+(?:re)?encaminhada"
)
_FORWARD = re.compile(
    rf"^[ \t]*(?:-{{2,}}[ \t]*(?i:{_FORWARD_TITLES})[ \t]*-{{2,}}"
    rf"|(?i:{_FORWARD_OPENINGS})[ \t\u00a0\u202f]*:|_{{10,}})[ \t]*$",
    re.MULTILINE,
)
# the forwarded message's header labels, by what they give: who sent it, when, about what
# (a label of none of these, "To:", "À :", "An:", "Para:", "Cc:", is skipped)
_HEADER_KEYS = {
    "from": "from", "de": "from", "von": "from", "da": "from",
    "date": "date", "datum": "date", "fecha": "date", "data": "date",
    "sent": "sent", "envoyé": "sent", "envoye": "sent", "gesendet": "sent", "enviado": "sent",
    "enviada": "sent", "inviato": "sent",
    "subject": "subject", "objet": "subject", "betreff": "subject", "asunto": "subject",
    "oggetto": "subject", "assunto": "subject",
}  # fmt: skip
_ENGLISH_LABELS = frozenset({"from", "date", "sent", "subject", "to", "cc", "bcc"})
_FORWARD_HEADER = re.compile(
    r"^[ \t]*(From|Sent|Date|Subject|To|Cc|Bcc|De|Envoy[ée]|Objet|[ÀA]|Cci|Von|Gesendet"
    r"|Datum|Betreff|An|Kopie|Fecha|Enviad[oa](?:[ \t]+el)?|Asunto|Para|CC|Da|Inviato|Data|Oggetto"
    r"|Assunto)[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*(.*)$",
    re.IGNORECASE,
)


def _forwarded(body: str) -> tuple[str, dict[str, str]] | None:
    """The message a plain-text e-mail forwards, the forwarder's lines above it left out:
    its text and its headers (from, date or sent, subject; small-letter keys; "order"
    is "day-first" when the labels are not English, as such mail programs write numeric
    dates), or None when the e-mail forwards none. Of forwards inside forwards, the
    innermost."""
    markers = list(_FORWARD.finditer(body))
    if not markers:
        return None
    lines = body[markers[-1].end() :].split("\n")
    headers: dict[str, str] = {}
    k = 0
    while k < len(lines) and (not lines[k].strip() and not headers):
        k += 1  # blank lines before the headers
    foreign = False
    while k < len(lines):
        found = _FORWARD_HEADER.match(lines[k])
        if found is None:
            break
        label = found.group(1).lower().split()[0]  # "Enviado el": "enviado"
        foreign = foreign or label not in _ENGLISH_LABELS
        headers.setdefault(_HEADER_KEYS.get(label, label), found.group(2).strip())
        k += 1
    if not headers:
        return None
    if foreign:
        headers["order"] = DateOrder.DAY_FIRST.value
    return "\n".join(lines[k:]).strip("\n"), headers


_DAMAGED_BASE64 = (
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64LengthDefect,
)


def damaged_base64(part: Message) -> bool:
    """True when ``part`` (of an e-mail or a saved page) is base64 that does not decode
    whole: read, it would be a part of the text or the base64 itself."""
    part.get_payload(decode=True)  # the defects are found as it is decoded
    return any(isinstance(d, _DAMAGED_BASE64) for d in part.defects)


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _attached_message(message: Message) -> Message | None:
    """The one message ``message`` carries as an attachment (a story forwarded "as an
    attachment"), or None when it carries none or several."""
    attached = [p for p in _own_parts(message) if p.get_content_type() == "message/rfc822"]
    if len(attached) != 1:
        return None
    inner = attached[0].get_payload()
    if isinstance(inner, list) and len(inner) == 1 and isinstance(inner[0], Message):
        return inner[0]
    return None


def _own_parts(message: Message) -> Iterator[Message]:
    """The parts of ``message``, in order, not those of the messages attached to it."""
    yield message
    if message.get_content_type() == "message/rfc822":
        return
    payload = message.get_payload()
    if message.is_multipart() and isinstance(payload, list):
        for part in payload:
            if isinstance(part, Message):
                yield from _own_parts(part)


def _body_part(message: Message) -> tuple[Message | None, bool]:
    """The part holding the message's text (plain text first), and whether it is HTML;
    attachments and the messages attached are passed over."""
    html: Message | None = None
    for part in _own_parts(message):
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return part, False
        if kind == "text/html" and html is None:
            html = part
    return html, html is not None


def _header(message: Message, key: str) -> str:
    """The header ``key`` as text, its encoded words ("=?utf-8?q?...?=") decoded."""
    raw = message.get(key)
    if raw is None:
        return ""
    try:
        parts = email.header.decode_header(str(raw))
    except (ValueError, LookupError):
        return " ".join(str(raw).split())
    text = "".join(
        p.decode(charset or "ascii", errors="replace") if isinstance(p, bytes) else p
        for p, charset in _known_charsets(parts)
    )
    return " ".join(text.split())


_Parts = list[tuple[bytes | str, str | None]]


def _known_charsets(parts: _Parts) -> _Parts:
    """``parts`` with a charset Python does not know read as UTF-8."""
    out: _Parts = []
    for p, charset in parts:
        try:
            "".encode(charset or "ascii")
        except LookupError:
            charset = "utf-8"
        out.append((p, charset))
    return out


def _date(value: str) -> str | None:
    """The ISO date (YYYY-MM-DD) of an e-mail's Date header, or None."""
    try:
        moment = email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment.date().isoformat() if moment is not None else None

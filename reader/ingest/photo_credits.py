"""Photo credits: a caption's trailing credit ("(AFP/Yonhap)", "Photo: Reuters",
"REUTERS/Kim Kyung-Hoon") and a credit on a line of its own ("KCNA via Reuters")."""

from __future__ import annotations

import re

_TRAILING_PAREN = re.compile(r"(?<=[.!?”\"’'])\s+(\([^()\n]{1,80}\))$")
_BARE_TRAILING_PAREN = re.compile(r"\w\s+(\([^()\n]{1,40}\))$")
# a caption's credit after its last sentence: "... in Athens. Photo: Reuters", "... in
# Lorstadt. Foto: dpa/Jana Roth", and a chart's source: "Weekly confirmed cases. Source:
# VIPH"
_TRAILING_LABEL = re.compile(
    r"(?<=[.!?”\"’'])\s+((?:Photo|Photograph|Picture|Image|Credit|Photo credit|Source"
    r"|Graphic|Chart|Foto|Bild|Quelle)s?\s*:\s*"
    r"([^\n:]{1,60}))$",
    re.IGNORECASE,
)
# an agency's credit after a caption's last sentence, the agency and the photographer
# set off by a slash, as Reuters writes it: "... in Tokyo. REUTERS/Kim Kyung-Hoon", with
# the link it puts after it ("Purchase Licensing Rights")
_TRAILING_SLASHED = re.compile(r"(?<=[.!?”\"’'])\s+([A-Z][^\n.!?/]{0,40}/[^\n.!?]{1,60})$")
_LICENSING = re.compile(r"(?<=\s)purchase licensing rights\W*$", re.IGNORECASE)
_CREDIT_BODY = re.compile(
    r"^(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})*$"
)
# a labelled credit naming the photographer and the outlet that sent them ("Photo: Lena
# Marsh for The Northern Review", "Photograph: Jane Roe for The Guardian")
_CREDIT_NAMES = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_COMMISSIONED = re.compile(rf"^{_CREDIT_NAMES}\s+for\s+(?:the\s+)?{_CREDIT_NAMES}$")
_CREDIT_WORD = re.compile(
    r"\b(?:photo|photos|credit|courtesy|via|getty|afp|ap|reuters|yonhap|epa|xinhua|"
    r"kcna|tass|sputnik|pool|file|dpa|efe|ansa|anp|imago)\b",
    re.IGNORECASE,
)


def trailing_credit(line: str) -> int | None:
    """Offset in ``line`` of a trailing photo credit like ``(AFP/Yonhap)``, ``Photo:
    Reuters``, ``Photo: Lena Marsh for The Northern Review`` or ``REUTERS/Kim Kyung-Hoon
    Purchase Licensing Rights``, or None."""
    m = _TRAILING_LABEL.search(line)
    if m is not None and (is_credit(m.group(2)) or _COMMISSIONED.match(m.group(2))):
        return m.start(1)
    licensing = _LICENSING.search(line)
    if licensing is not None:
        body = line[: licensing.start()].rstrip()
        m = _TRAILING_SLASHED.search(body)
        return m.start(1) if m is not None and is_credit(m.group(1)) else licensing.start()
    m = _TRAILING_SLASHED.search(line)
    if m is not None and _CREDIT_BODY.match(m.group(1)):
        return m.start(1)
    m = _TRAILING_PAREN.search(line)
    if m is not None:
        return m.start(1) if is_credit(m.group(1)[1:-1]) else None
    # A caption without a final period: only an unmistakable credit ("(AFP/Yonhap)").
    m = _BARE_TRAILING_PAREN.search(line)
    if m is not None and _CREDIT_WORD.search(m.group(1)) and len(m.group(1)) <= 42:
        return m.start(1)
    return None


# A picture's credit as a line of its own, under its caption: names joined by slashes or
# "via", one of them an agency's ("Gavriil Grigorov/Sputnik/AFP", "KCNA via Reuters").
_CREDIT_LINE = re.compile(rf"^{_CREDIT_NAMES}(?:\s*(?:/|\bvia\b)\s*{_CREDIT_NAMES})+$")


def is_credit_line(line: str) -> bool:
    return len(line) <= 80 and bool(_CREDIT_LINE.match(line) and _CREDIT_WORD.search(line))


def is_credit(body: str) -> bool:
    """``AFP/Yonhap``, ``AP Photo/Ahn Young-joon``, ``KCNA via AP``, ``Reuters``."""
    body = body.strip()
    return bool(_CREDIT_BODY.match(body)) or (bool(_CREDIT_WORD.search(body)) and len(body) <= 60)

"""Text clean-up that keeps the article as written, and ``fold`` for matching.

``clean`` is applied to every decoded text before it is shown: newlines become ``\\n``
and control characters (other than ``\\n`` and ``\\t``) are removed, as are the invisible
marks that sit inside words (soft hyphens, zero-width spaces, word joiners): a page
hyphenating "com\\u00adpromise" still quotes the "compromise" another report writes out.
Typographic quotes, dashes and no-break spaces are *kept*: the pane shows the article as
written.

``fold`` maps those variants to plain ASCII-like forms for matching, one character in,
one character out, so offsets computed on the folded text are valid in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["clean", "fold", "is_blank"]

# CRLF, CR, the Unicode line and paragraph separators, and the controls that break a line
# or a page (VT: Word's manual line break, FF: a page break, NEL): each a new line, so the
# words on either side are not run together when the controls are removed.
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# C0 and C1 controls and DEL, except \t (09) and \n (0a); soft hyphen, zero-width space,
# word joiner and zero-width no-break space (a BOM inside the text). Zero-width (non-)
# joiners stay: Persian, Indic scripts and emoji need them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")

_FOLD_TABLE: dict[int, str] = {
    **{ord(c): "'" for c in "‘’‚‛′‹›"},
    **{ord(c): '"' for c in "“”„‟″«»"},
    **{ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2004\u2005\u2006"},
    **{ord(c): "-" for c in "‐‑‒–—―−"},
}


# Long texts are worked on in pieces of about this many characters, cut after a newline:
# each piece is one call into C that holds the interpreter lock, and a 5 MB article in
# one call would keep the window's thread waiting for half a second.
PIECE = 1 << 16


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut after newlines into pieces of ``size`` to ``2 * size`` characters (a
    piece with no newline in reach is cut at ``size``, never between ``\\r`` and
    ``\\n``); ``"".join`` gives ``text`` back."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = text.find("\n", start + size, start + 2 * size)
        if cut < 0:
            cut = start + size
            cut += text[cut - 1] == "\r" and text[cut : cut + 1] == "\n"
        else:
            cut += 1
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def clean(text: str) -> str:
    """Normalise newlines (CRLF, CR, U+2028/9, VT, FF, NEL -> ``\\n``) and drop control characters
    and invisible in-word marks (soft hyphens, zero-width spaces)."""
    return "".join([_CONTROLS.sub("", _NEWLINES.sub("\n", part)) for part in pieces(text)])


@lru_cache(maxsize=4096)
def _nfkc_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """Fold quotes, dashes and special spaces to ASCII, then NFKC, keeping the length.

    Every character maps to exactly one character (``len(fold(t)) == len(t)``); a
    character whose NFKC form is longer than one character (``ﬁ``, ``½``) is kept.
    """
    return "".join([_fold_piece(part) for part in pieces(text)])


def _fold_piece(text: str) -> str:
    text = text.translate(_FOLD_TABLE)
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    return "".join([_nfkc_char(c) for c in text])


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace."""
    return not text or text.isspace()

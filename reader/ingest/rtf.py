"""RTF (Rich Text Format, as WordPad, TextEdit and older word processors save a press
release) -> the article's text and title, with no dependency.

RTF is text: groups in braces, control words (``\\par``, ``\\'93``, ``\\u8220?``) and the
words themselves. The reader keeps the words, turns the paragraph, line, tab and
typographic control words into their characters, decodes ``\\'hh`` in the document's
code page (``\\ansicpg``, Windows-1252 by default) and ``\\uN`` as Unicode (skipping the
``\\ucN`` characters that follow it for older readers), and skips the groups that hold no
article text: the font, colour and style tables, the document's information (its title is
kept as the article's), pictures, objects, fields' instructions, headers, footers,
footnotes, annotations and every ``{\\*\\...}`` group a reader may ignore.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.ingest.sniff import RTF_MAGIC, is_rtf

__all__ = ["RTF_MAGIC", "RtfText", "is_rtf", "rtf_text"]

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # \par, \u8220 (the space after it is its end)
    r"|\\'([0-9a-fA-F]{2})"  # \'93: a byte in the document's code page
    r"|\\([^a-zA-Z])"  # \~, \{, \*
    r"|([{}])"
    r"|([^\\{}\r\n]+)"  # the words
    r"|[\r\n]+"  # line ends of the file, not of the text
)
# destinations whose text is not the article's
_SKIPPED = frozenset(
    """
    fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator info
    pict object objdata fldinst datafield themedata colorschememapping latentstyles
    datastore xmlnstbl header headerl headerr headerf footer footerl footerr footerf
    footnote annotation atnid atnauthor comment bkmkstart bkmkend shppict nonshppict
    blipuid mmathPr pgdsctbl
    """.split()  # noqa: SIM905
)
# a table's cells are read as a Word table row is: one line, its cells apart
_CELL = " | "
_CHARACTERS = {
    "par": "\n",
    "sect": "\n",
    "page": "\n",
    "line": "\n",
    "row": "\n",
    "tab": "\t",
    "cell": _CELL,
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
}
# a backslash at a line's end is a \par (TextEdit ends every paragraph so)
_SYMBOLS = {
    "~": "\u00a0",
    "-": "\u00ad",
    "_": "\u2011",
    "\\": "\\",
    "{": "{",
    "}": "}",
    "\n": "\n",
    "\r": "\n",
}


@dataclass(frozen=True, slots=True)
class RtfText:
    text: str
    title: str | None


@dataclass
class _Group:
    skip: bool  # a destination whose text is not the article's
    uc: int  # characters after \uN that stand for it in older readers
    title: bool  # the \info group's \title
    info: bool = False  # the document's information


def rtf_text(source: str) -> RtfText:
    """The text and title of the RTF document ``source``."""
    out: list[str] = []
    title: list[str] = []
    stack: list[_Group] = []
    group = _Group(skip=False, uc=1, title=False)
    codepage = "cp1252"
    pending_bytes = bytearray()
    to_skip = 0  # fallback characters of a \uN still to pass over

    def flush() -> None:
        if pending_bytes:
            decoded = pending_bytes.decode(codepage, errors="replace")
            if group.title:
                title.append(decoded)
            elif not group.skip:
                out.append(decoded)
            pending_bytes.clear()

    def emit(piece: str) -> None:
        flush()
        if group.title:
            title.append(piece)
        elif not group.skip:
            out.append(piece)

    for m in _TOKEN.finditer(source):
        word, param, hexa, symbol, brace, plain = m.groups()
        if to_skip and (plain or hexa or symbol):
            if plain:
                dropped = min(to_skip, len(plain))
                to_skip -= dropped
                plain = plain[dropped:]
                if not plain:
                    continue
            else:
                to_skip -= 1
                continue
        if brace == "{":
            flush()
            stack.append(group)
            group = _Group(group.skip, group.uc, group.title)
        elif brace == "}":
            flush()
            if stack:
                group = stack.pop()
        elif word is not None:
            flush()
            if word in _SKIPPED:
                group.skip = True
                group.info = word == "info"
            elif word == "title" and stack and stack[-1].info:
                group.title = True
            elif word == "ansicpg" and param:
                codepage = _codepage(param, codepage)
            elif word == "uc" and param:
                group.uc = max(0, int(param))
            elif word == "u" and param:
                emit(chr(int(param) % 0x10000) if -0x8000 <= int(param) < 0x10000 else "\ufffd")
                to_skip = group.uc
            elif word in _CHARACTERS and not group.skip:
                if word == "row":
                    _end_row(out)
                if word != "cell" or group.title or _end_cell(out):
                    emit(_CHARACTERS[word])
        elif symbol is not None:
            if symbol == "*":
                group.skip = True  # {\*\destination ...}: ignorable
            elif symbol in _SYMBOLS:
                emit(_SYMBOLS[symbol])
        elif hexa is not None:
            if group.title or not group.skip:
                pending_bytes.append(int(hexa, 16))
        elif plain is not None:
            emit(plain)
    flush()
    text = "\n\n".join(line.strip() for line in _paired("".join(out)).split("\n") if line.strip())
    heading = " ".join(_paired("".join(title)).split())
    return RtfText(text, heading or None)


def _end_cell(out: list[str]) -> bool:
    """True when the table cell ``\\cell`` ends holds text, to be kept apart from the next
    by a separator; False when it is empty (opening a row, or between two cells): it then
    leaves no separator, as an empty cell of a Word table. The blanks ending the cell are
    taken off the end of ``out``, each once, however many empty cells follow."""
    while out and "\n" not in out[-1] and not out[-1].strip():
        out.pop()
    return bool(out) and out[-1] != _CELL and bool(out[-1].rsplit("\n", 1)[-1].strip())


def _end_row(out: list[str]) -> None:
    """Take the separator after a table row's last cell (``\\cell`` ends every cell, the
    last too) off the end of ``out``, with the empty cells and blanks before it."""
    while out and (out[-1] == _CELL or not out[-1].strip()):
        out.pop()


def _paired(text: str) -> str:
    """``text`` with the halves of a character beyond U+FFFF (RTF writes it as two \\uN)
    joined, and a half alone replaced."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _codepage(param: str, current: str) -> str:
    """The Python codec of the Windows code page ``param`` (1252 -> cp1252), or ``current``
    when Python has none."""
    name = f"cp{int(param)}"
    try:
        codecs.lookup(name)
    except LookupError:
        return current
    return name

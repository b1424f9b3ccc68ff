"""Markdown export (the default): a header naming both articles, then one section an entry.

Passages are quoted as blockquotes, attributed to A or B. ``<`` in article and note text
is written as ``&lt;`` so that markup inside an article never turns into live HTML in a
Markdown viewer, and the ``&`` of what a viewer would read as a character reference
(``&lt;``, ``&amp;``, ``&#8212;`` written in a note) as ``&amp;``, so that it shows as
written ("R&D" stays as it is); control characters (a NUL, a terminal's escape
sequences, pasted into a note) are written as U+FFFD, as in the HTML export; and a line
of a note or passage that would start a block of its own (a heading ``# ...``, a code
fence, a rule or heading underline ``---``, a quotation ``>``, a ``+`` list item) gets a
backslash before its first character, so that it reads as written and the entries after
it keep their shape; everything else stays as written (``*emphasis*``, ``- lists`` and
links in a note render as such). A line of a passage that the article's source marks as a
heading (``Document.headings``: a crosshead) is a heading inside its blockquote,
"> ### Allies again", and a part of one (a name in it) is in bold, as the window sets
them bold and larger.
"""

from __future__ import annotations

import re

from reader.export.entries import ExportData, readable_time
from reader.export.entry import Entry, heading_lines
from reader.export.html import CONTROLS
from reader.export.passage_entries import closest_label

_BLOCK_START = re.compile(
    r"^[ \t]{0,3}(?=#{1,6}(?:[ \t]|$)|`{3}|~{3}|>|\+[ \t]|[-=*_](?:[ \t]*[-=*_])*[ \t]*$)"
)


# what CommonMark reads as an entity or numeric character reference
_REFERENCE = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")


def _safe(text: str) -> str:
    return _REFERENCE.sub("&amp;", CONTROLS.sub("\ufffd", text)).replace("<", "&lt;")


def _line(line: str) -> str:
    """One line of a note or passage, made unable to start a block of its own."""
    found = _BLOCK_START.match(line)
    return line if found is None else line[: found.end()] + "\\" + line[found.end() :]


def _lines(text: str) -> list[str]:
    return [_line(line) for line in _safe(text).splitlines()]


def code_span(text: str) -> str:
    """``text`` as one CommonMark code span, whatever backticks it holds: the fence is the
    shortest run of backticks that no run inside the text equals, and a text starting or
    ending with a backtick or a space is padded with one space (which CommonMark strips)."""
    text = " ".join(text.splitlines())  # a line break would end the list item
    runs = {len(run) for run in re.findall(r"`+", text)}
    fence = "`" * next(n for n in range(1, len(runs) + 2) if n not in runs)
    if text[:1] in ("`", " ") or text[-1:] in ("`", " "):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def _quote(text: str) -> str:
    lines = _lines(text) or [""]
    return "\n".join(f"> {line}".rstrip() for line in lines)


# the closing sequence of an ATX heading ("## Score 3 ##"), which a viewer drops
_CLOSING = re.compile(r"(?:(?<=[ \t])|^)(#+)[ \t]*$")


def _heading(text: str) -> str:
    """A heading the source marks, inside a quoted passage: "### words", its words as
    written (a closing "#" run kept by a backslash)."""
    words = _CLOSING.sub(lambda m: "\\" + m[1], " ".join(_safe(text).split()))
    return f"> ### {words}"


def _passage(e: Entry, side: str) -> str:
    """A passage as a blockquote: a line the source marks as a heading is a heading in it
    ("> ### Allies again"), a part of one (a name in a crosshead) in bold, the other lines
    quoted as they are."""
    lines = e.lines(side)
    if not heading_lines(lines):
        return _quote(e.a_text if side == "a" else e.b_text)
    out: list[str] = []
    for line in lines:
        if line.heading:
            out.append(_heading(line.text))
        elif line.in_heading:
            words = " ".join(_safe(line.text).split()).replace("*", "\\*")
            out.append(f"> **{words}**")
        else:
            out.append(_quote(line.text))
    return "\n".join(out)


def _header(data: ExportData) -> list[str]:
    a, b = data.a, data.b
    out = [f"# {_safe(a.title)} / {_safe(b.title)}", ""]
    for letter, d in (("A", a), ("B", b)):
        line = f"- **{letter}:** {_safe(d.title)}"
        if d.byline:
            line += f" — {_safe(d.byline)}"
        if d.path:
            line += f" ({code_span(d.path)})"
        out.append(line)
    when = readable_time(data.exported)
    out += ["", f"Exported by Crossread on {when}: {data.count_text()}.", ""]
    for sentence in data.preamble():
        out += [" ".join(_lines(sentence)), ""]
    return out


def _facts(e: Entry) -> str:
    parts = [_safe(part) for part in e.summary()]
    if e.tags:
        parts.append("tags: " + ", ".join(_safe(t) for t in e.tags))
    return " · ".join(parts)


def _entry(number: int, e: Entry) -> list[str]:
    out = [f"## {number}. {_facts(e)}", ""]
    for letter, span in (("A", e.a), ("B", e.b)):
        if span is not None:
            out += [f"**{letter}:**", "", _passage(e, letter.lower()), ""]
    if e.evidence:
        out += ["Shared: " + ", ".join(_safe(x) for x in e.evidence), ""]
    for d in e.differs():
        out += [f"**Differs:** {_safe(d)}", ""]
    if e.wording:
        out += [_safe(e.wording), ""]
    for n in e.notes:
        if n.text:
            first, *rest = _safe(n.text).splitlines() or [""]  # "**Note:**" shields the first
            out += ["**Note:** " + "  \n".join([first, *map(_line, rest)]), ""]
    return out


def render_markdown(data: ExportData) -> str:
    lines = _header(data)
    if not data.entries:
        lines += [f"_{data.empty_text()}_", ""]
    for i, e in enumerate(data.entries, 1):
        lines += _entry(i, e)
    for side, doc in (("a", data.a), ("b", data.b)):
        passages = data.only_in(side)
        if passages:
            lines += [f"## {_safe(data.only_heading(side, doc.title))}", ""]
            for e in passages:
                lines += [_passage(e, side), ""]
                if e.closest_text:
                    near = " ".join(_safe(e.closest_text).split())  # one line: a paragraph
                    lines += [f"_{closest_label(e)}:_ {near}", ""]
    for side, doc in (("a", data.a), ("b", data.b)):
        quoted = data.quoted_in(side)
        if quoted:
            lines += [f"## {_safe(data.quoted_heading(side, doc.title))}", ""]
            lines += [_quoted(e, "B" if side == "a" else "A") for e in quoted] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _quoted(e: Entry, other: str) -> str:
    """A quotation as a list item: "- **Putin:** “breakthrough” (also in B)", "- **DHWU
    Carrowick (post):** Day five ..." for a social post the article embeds."""
    who = f"**{_safe(e.who)}:** " if e.who else ""
    words = " ".join(_safe(e.a_text or e.b_text).split())
    also = e.also_in(other)
    return f"- {who}{words}" + (f" ({_safe(also)})" if also else "")

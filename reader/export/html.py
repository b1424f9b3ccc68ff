"""HTML export: one self-contained file (inline CSS, no scripts, no external resources).

Each entry is a two-column table: A's passage left, B's right, tinted with the colour
of the match kind as the app highlights it (Okabe-Ito, colour-blind safe), then the
notes. Every piece of article or note text goes through ``html.escape(quote=True)``.
The markup keeps to what QTextDocument renders too, so the PDF export reuses it: tables
with cellpadding for layout, lengths in px (QTextDocument drops padding given in pt).

Each kind also differs by what the window gives it besides colour
(``reader.ui.highlights``): a quote's passage is underlined in dashes, an entity's in a
solid line, a number's in dots and in semi-bold, what two passages disagree on in a wave
and in bold; a claim is the flat tint alone (paler, and called loose after its score,
when scored under ``reader.model.LOOSE_SCORE``), a passage only in one article is hatched.
Each underline is given twice, as ``text-decoration-*`` for a browser and as
``text-underline-style`` for Qt's rich text (the PDF), each ignoring the other's.
Text reads at 4.5:1 or more on its background, the underlines at 3:1 (WCAG 2).

Every element holding article or note text takes its direction from the text's first
strong letter (:func:`_dir`), as ``dir='auto'`` would in a browser: a Hebrew or Arabic
passage is laid out right to left and right-aligned, its full stop and brackets on the
correct side, in a browser and in Qt's rich text (the PDF), which ignores ``auto``.
The labels inside those elements ("A · AP", "Note:") carry ``dir='ltr'``, which takes
them out of that choice.

A line of a passage that the article's source marks as a heading (``Document.headings``:
a crosshead, a web page's <h2>) is an ``<h3 class='heading'>`` in its cell, bold and a
step larger as the window shows it, keeping its kind's underline; a part of one (a name
matched in a crosshead) is in bold. The passage's words are the same.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from reader.export.contrast import LINE_CONTRAST, TEXT_CONTRAST, contrast, legible
from reader.export.entries import DocumentInfo, ExportData, readable_time
from reader.export.entry import REJECTED_LABEL, Entry, PassageLine, heading_lines, line_blocks
from reader.export.passage_entries import closest_label
from reader.model import LOOSE_WORDS
from reader.model.spelling import NOTES as SPELLING_NOTES

# Okabe-Ito colours of the app's highlights, by match kind.
PALETTE = {
    "claim": "#56B4E9",  # sky blue
    "quote": "#E69F00",  # orange
    "entity": "#009E73",  # bluish green
    "number": "#CC79A7",  # reddish purple
    "note": "#999999",  # grey: a note on passages outside any match
}
TINT = 0.25  # a highlighted passage's share of its kind's colour
LOOSE_SHARE = 0.6  # a loose claim's tint, of a claim's: paler, as in the window
DISCREPANCY = "#D55E00"  # vermillion
TEXT = "#1A1A1A"  # the page's text
PAGE = "#FFFFFF"
# the window's cue besides colour, by kind: the underline's style for a browser and for
# Qt's rich text, and the weight
CUES = {
    "quote": ("dashed", "dashed", None),
    "entity": ("solid", "solid", None),
    "number": ("dotted", "dotted", "600"),
}
# a passage only in one article: faint diagonal lines, as in the window (a browser's;
# Qt's rich text draws the flat tint)
HATCH = (
    "repeating-linear-gradient(135deg, transparent 0px, transparent 6px,"
    " rgba(0, 0, 0, 0.12) 6px, rgba(0, 0, 0, 0.12) 7px)"
)


def tint(colour: str, strength: float = TINT) -> str:
    """``colour`` mixed with white: the background of a highlighted passage."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(strength * c + (1 - strength) * 255) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def label_text(colour: str) -> str:
    """Black or white, whichever reads better on a kind's label of ``colour``."""
    return max(("#000000", "#FFFFFF"), key=lambda text: contrast(text, colour))


def _underline(browser: str, qt: str, colour: str) -> str:
    return (
        f"text-decoration-line: underline; text-decoration-style: {browser};"
        f" text-decoration-color: {colour}; text-underline-style: {qt};"
        " text-underline-offset: 0.2em;"
    )


# a heading the source marks, in a passage: bold and a step larger, as in the window;
# given in the element too, as Qt's rich text (the PDF) takes an <h3>'s size and margins
# from its style attribute, not from the style sheet
HEADING_STYLE = "font-size: 11.5pt; font-weight: bold; margin-top: 4px; margin-bottom: 6px;"

# characters no HTML document may hold (C0 controls but tab, newline and carriage return;
# DEL and the C1 controls): a browser flags them as parse errors, an XML reader refuses
# the page; a note pasted from a terminal or a PDF can carry them (the Markdown export
# shows them as U+FFFD too)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(text: str) -> str:
    """``text`` escaped for HTML, its control characters shown as U+FFFD."""
    return escape(CONTROLS.sub("\ufffd", text), quote=True).replace("\n", "<br>")


def _css(for_print: bool) -> str:
    page = "" if for_print else " margin: 2em auto; max-width: 64em;"
    rules = [
        "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif;"
        f" font-size: 10pt; color: #1A1A1A;{page} }}",
        "h1 { font-size: 14pt; margin-bottom: 6px; }",
        "h2 { font-size: 12pt; margin: 18px 0 6px 0; page-break-after: avoid;"
        " break-after: avoid; }",
        "tr, table.entry { page-break-inside: avoid; break-inside: avoid; }",
        "table.docs td { padding: 2px 10px 2px 0; vertical-align: top; }",
        "p.meta { color: #555555; font-size: 9pt; }",
        "p.told { font-size: 9pt; margin: 2px 0; }",
        "table.entry { width: 100%; border-collapse: collapse; margin-top: 18px; }",
        "table.entry td { padding: 8px; vertical-align: top; }",
        "td.head { font-size: 9pt; color: #333333; padding-bottom: 4px; }",
        "span.kind { font-weight: bold; padding: 1px 5px; }",
        "span.tag { background-color: #EEEEEE; color: #333333; padding: 1px 5px; }",
        "span.side { font-size: 8pt; color: #555555; }",
        "td.passage { width: 50%; line-height: 140%; }",
        "td.speaker { width: 18%; font-weight: bold; vertical-align: top; }",
        "td.said { line-height: 140%; }",
        "td.empty { color: #666666; font-style: italic; }",
        "td.note { background-color: #FFF8D6; }",
        f"td.differs {{ color: {legible(DISCREPANCY, [PAGE], TEXT, TEXT_CONTRAST)};"
        f" font-weight: bold; {_underline('wavy', 'wave', DISCREPANCY)} }}",
        f"td.only {{ background-image: {HATCH}; }}",
        "td.evidence { font-size: 8pt; color: #555555; padding-top: 3px; }",
        f"h3.heading {{ {HEADING_STYLE} page-break-after: avoid; break-after: avoid; }}",
    ]
    for kind, colour in PALETTE.items():
        rules.append(
            f"span.kind-{kind} {{ background-color: {colour}; color: {label_text(colour)}; }}"
        )
        rules.append(f"td.passage-{kind} {{ background-color: {tint(colour)}; }}")
        if kind == "claim":
            rules.append(f"td.passage-loose {{ background-color: {_loose_tint()}; }}")
        if kind in CUES:
            browser, qt, weight = CUES[kind]
            line = legible(colour, [tint(colour)], TEXT, LINE_CONTRAST)
            bold = f" font-weight: {weight};" if weight else ""
            rules.append(f"span.text-{kind} {{ {_underline(browser, qt, line)}{bold} }}")
    return "\n".join(rules)


def _header(data: ExportData) -> str:
    rows = []
    for letter, d in (("A", data.a), ("B", data.b)):
        extra = "".join(f"<br><span class='meta'>{_e(x)}</span>" for x in (d.byline, d.path) if x)
        rows.append(
            f"<tr><td width='24'><b>{letter}</b></td>"
            f"<td {_dir(d.title)}><b>{_e(d.title)}</b>{extra}</td></tr>"
        )
    told = "".join(f"<p class='told'>{_e(x)}</p>\n" for x in data.preamble())
    return (
        f"<h1 {_dir(data.a.title)}>{_e(data.a.title)} / {_e(data.b.title)}</h1>\n"
        f"<table class='docs' cellspacing='0' cellpadding='2'>{''.join(rows)}</table>\n"
        f"<p class='meta'>Exported by Crossread on {_e(readable_time(data.exported))}: "
        f"{_e(data.count_text())}.</p>\n{told}"
    )


def _dir(text: str) -> str:
    """The ``dir`` (and, for Qt's rich text, ``align``) attributes of an element holding
    ``text``: right to left when its first strong letter is Hebrew or Arabic."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "dir='rtl' align='right'"
        if kind == "L":
            return "dir='ltr'"
    return "dir='auto'"


def _loose_tint() -> str:
    return tint(PALETTE["claim"], TINT * LOOSE_SHARE)


def _passage(
    kind: str,
    side: DocumentInfo,
    letter: str,
    lines: list[PassageLine],
    text: str,
    loose: bool = False,
) -> str:
    label = (
        f"<span class='side' dir='ltr'>{letter}{' · ' + _e(side.source) if side.source else ''}"
        "</span>"
    )
    if not lines:
        return f"<td class='passage empty' width='50%'>{label}<br>(no passage in {letter})</td>"
    shade, style = (_loose_tint(), "loose") if loose else (tint(PALETTE[kind]), kind)
    shown = _text(lines, text, f"text-{kind}")
    brk = "" if shown.startswith("<h3") else "<br>"  # a heading's block starts a line
    return (
        f"<td class='passage passage-{style}' width='50%' bgcolor='{shade}' {_dir(text)}>"
        f"{label}{brk}{shown}</td>"
    )


def _text(lines: list[PassageLine], text: str, style: str = "") -> str:
    """A passage's ``text`` (its ``lines``, ``Entry.lines``) in a span of class
    ``style``: a heading the source marks as an <h3 class='heading'> of its own, a part of
    one (a name in a crosshead) in bold, the rest as written."""
    if not heading_lines(lines):
        return _span(_e(text), style)
    out = []
    for block in line_blocks(lines):
        if block[0].heading:
            words = block[0].text.strip()
            out.append(
                f"<h3 class='heading' style='{HEADING_STYLE}' {_dir(words)}>"
                f"{_span(_e(words), style)}</h3>"
            )
        else:
            shown = [
                f"<b class='in-heading'>{_e(line.text)}</b>" if line.in_heading else _e(line.text)
                for line in block
            ]
            out.append(_span("<br>".join(shown), style))
    return "".join(out)


def _span(html: str, style: str) -> str:
    return f"<span class='{style}'>{html}</span>" if style else html


def _entry(number: int, e: Entry, data: ExportData) -> str:
    kind = e.kind if e.kind in PALETTE else "note"
    head = [f"{number}.", f"<span class='kind kind-{kind}'>{_e(e.label)}</span>"]
    if e.spelling is not None:
        head.append(SPELLING_NOTES[e.spelling])
    if e.manual:
        head.append("linked by hand")
    if e.rejected:
        head.append(f"<b>{REJECTED_LABEL}</b>")
    loose = e.loose
    if e.score is not None:
        head.append(f"score {e.score:.2f}" + (f", {LOOSE_WORDS}" if loose else ""))
    if e.speaker:
        head.append(f"speaker: {_e(e.speaker)}")
    head += [f"<span class='tag'>{_e(t)}</span>" for t in e.tags]
    rows = [
        "<tr>"
        + _passage(kind, data.a, "A", e.lines("a"), e.a_text, loose)
        + _passage(kind, data.b, "B", e.lines("b"), e.b_text, loose)
        + "</tr>",
    ]
    if e.evidence:
        shared = ", ".join(_e(x) for x in e.evidence)
        rows.append(f"<tr><td class='evidence' colspan='2'>Shared: {shared}</td></tr>")
    rows += [f"<tr><td class='differs' colspan='2'>Differs: {_e(d)}</td></tr>" for d in e.differs()]
    if e.wording:
        rows.append(f"<tr><td class='evidence' colspan='2'>{_e(e.wording)}</td></tr>")
    rows += [
        f"<tr><td class='note' colspan='2' bgcolor='#FFF8D6' {_dir(n.text)}>"
        f"<b dir='ltr'>Note:</b> {_e(n.text)}</td></tr>"
        for n in e.notes
        if n.text
    ]
    # The heading is the table's header row, so a page break never leaves it alone.
    return (
        "<table class='entry' width='100%' cellspacing='0' cellpadding='6'>"
        f"<thead><tr><td class='head' colspan='2'>{' &nbsp; '.join(head)}</td></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _closest(e: Entry) -> str:
    """The other article's closest sentence under a passage only one reports ("" when
    none comes near), on a line of its own."""
    if not e.closest_text:
        return ""
    return (
        f"<br><span class='closest' dir='ltr'><i>{_e(closest_label(e))}:</i></span> "
        f"<span {_dir(e.closest_text)}>{_e(e.closest_text)}</span>"
    )


def _only(side: str, doc: DocumentInfo, data: ExportData, for_print: bool) -> str:
    """The passages only ``side`` reports, under a heading; "" when none."""
    passages = data.only_in(side)
    if not passages:
        return ""
    rows = [
        f"<tr><td class='passage passage-note only' bgcolor='{tint(PALETTE['note'])}' "
        f"{_dir(e.a_text or e.b_text)}>"
        f"{_text(e.lines(side), e.a_text or e.b_text)}{_closest(e)}</td></tr>"
        for e in passages
    ]
    return f"<h2>{_e(data.only_heading(side, doc.title))}</h2>" + _rows("only", rows, for_print)


def _quoted(side: str, doc: DocumentInfo, data: ExportData, for_print: bool) -> str:
    """The quotations of ``side`` with their speakers, under a heading; "" when none."""
    quoted = data.quoted_in(side)
    if not quoted:
        return ""
    other = "B" if side == "a" else "A"
    rows = [
        f"<tr><td class='speaker' width='18%' {_dir(e.speaker or '')}>{_e(e.who)}</td>"
        f"<td class='said' width='82%' {_dir(e.a_text or e.b_text)}>{_e(e.a_text or e.b_text)}"
        + (f" <i>({_e(e.also_in(other) or '')})</i>" if e.match_id else "")
        + "</td></tr>"
        for e in quoted
    ]
    heading = f"<h2>{_e(data.quoted_heading(side, doc.title))}</h2>"
    return heading + _rows("quoted", rows, for_print)


def _rows(kind: str, rows: list[str], for_print: bool) -> str:
    """``rows`` in a table of class ``kind``; for print, each in a table of its own: Qt's
    rich text splits a row where a page ends, and the PDF's layout keeps a table whole
    (``reader.ui.page_breaks``), where a browser keeps a row whole as the style asks."""
    table = f"<table class='{kind}' width='100%' cellspacing='4' cellpadding='6'>"
    if for_print:
        return "".join(f"{table}{row}</table>" for row in rows)
    return f"{table}{''.join(rows)}</table>"


def render_html(data: ExportData, for_print: bool = False) -> str:
    """The HTML page; ``for_print`` drops the page width and margins a browser needs, and
    gives each passage only in one article and each quotation a table of its own."""
    title = f"{data.a.title} / {data.b.title}"
    body = [_header(data)]
    if not data.entries:
        body.append(f"<p><i>{_e(data.empty_text())}</i></p>")
    body += [_entry(i, e, data) for i, e in enumerate(data.entries, 1)]
    sides = (("a", data.a), ("b", data.b))
    body += [_only(side, doc, data, for_print) for side, doc in sides]
    body += [_quoted(side, doc, data, for_print) for side, doc in sides]
    joined = "\n".join(body)
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='generator' content='Crossread'>\n"
        f"<title>{escape(CONTROLS.sub(chr(0xFFFD), title), quote=True)}</title>\n"
        f"<style>\n{_css(for_print)}\n</style>\n</head>\n"
        f"<body>\n{joined}\n</body>\n</html>\n"
    )

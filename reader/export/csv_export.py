"""CSV export: one row an entry, then one row a passage only one article reports (kind
``only_a`` or ``only_b``), then one row a quotation (kind ``quoted_a`` or ``quoted_b``,
its speaker in the ``speaker`` column), for spreadsheets; the ``rejected`` column says "yes" for
a match the reader rejected as wrong (listed for its notes). The columns after it came
later (older exports end at "rejected"): the words, names and numbers the match rests on,
each article's source, date and file, and on every row how the pair was matched, the
notices the window showed about it, and the filter ("only annotated", "only the matches
shown, 12 of 40" when only the matches the window's Matches panel showed were asked for,
"only the matches listed, 12 of 40" when ``crossread export --matches`` listed them, or
empty); then,
for a match whose passages disagree, the kind of each discrepancy (date, number, name,
quote, negation) with A's value and B's value in columns of their own, "; " between several, so a
spreadsheet can sort and filter on them (the ``discrepancies`` column keeps the
"A's value vs B's value" sentence it always had); then, for a passage only one article
reports, the other's sentence closest to it (``closest``); "yes" for a loose claim,
one scored under ``reader.model.LOOSE_SCORE`` (``loose``); last, how a claim's or quote's
passages are worded ("Word for word the same", "Words differ: ...", as the other exports
write it; empty when they tell it in other words) (``wording``).

Encoding: UTF-8 with a byte-order mark (``utf-8-sig``), so that Excel recognises UTF-8
(it reads BOM-less files in the local code page and garbles quotes and accents);
LibreOffice, pandas and Python's csv module accept the mark. Rows end in CRLF, as RFC
4180 says. A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
gets a leading apostrophe, so that article text is never run as a spreadsheet formula.
Control characters but tab and line breaks (a NUL, a terminal's escape sequence pasted
into a note) are written as U+FFFD, as in the Markdown and HTML exports.
"""

from __future__ import annotations

import csv
import io

from reader.export.entries import ExportData
from reader.export.entry import Entry
from reader.export.html import CONTROLS

ENCODING = "utf-8-sig"
COLUMNS = (
    "number",
    "kind",
    "match",
    "manual",
    "score",
    "a_start",
    "a_end",
    "a_text",
    "b_start",
    "b_end",
    "b_text",
    "tags",
    "note",
    "discrepancies",
    "a_title",
    "b_title",
    "speaker",
    "rejected",
    "evidence",
    "a_source",
    "a_date",
    "a_path",
    "b_source",
    "b_date",
    "b_path",
    "method",
    "notices",
    "filter",
    "difference_kinds",
    "a_values",
    "b_values",
    "closest",
    "loose",
    "wording",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    value = CONTROLS.sub("\ufffd", value)  # a NUL, a terminal's escape: as in every export
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _row(number: int, e: Entry, data: ExportData) -> list[str]:
    return [
        str(number),
        e.kind,
        e.match_id or "",
        "yes" if e.manual else "",
        "" if e.score is None else f"{e.score:.4g}",
        "" if e.a is None else str(e.a.start),
        "" if e.a is None else str(e.a.end),
        _text(e.a_text),
        "" if e.b is None else str(e.b.start),
        "" if e.b is None else str(e.b.end),
        _text(e.b_text),
        _text("; ".join(e.tags)),
        _text(e.note_text),
        _text("; ".join(e.discrepancies)),
        _text(data.a.title),
        _text(data.b.title),
        _text(e.speaker or ""),
        "yes" if e.rejected else "",
        _text("; ".join(e.evidence)),
        *(_text(x) for d in (data.a, data.b) for x in (d.source, d.date, d.path)),
        data.method,
        _text(" ".join(data.notices)),
        _filter(data),
        *(_text("; ".join(values)) for values in _difference_columns(e)),
        _text(e.closest_text),
        "yes" if e.loose else "",
        _text(e.wording),
    ]


def _filter(data: ExportData) -> str:
    """The ``filter`` column: which passages the export was asked to keep to."""
    if data.only_annotated:
        return "only annotated"
    if data.only_shown is not None:
        which = "listed" if data.keep_listed else "shown"
        return f"only the matches {which}, {data.only_shown[0]} of {data.only_shown[1]}"
    return ""


def _difference_columns(e: Entry) -> tuple[list[str], list[str], list[str]]:
    """The kind of each discrepancy of ``e``, A's value and B's value, in one order."""
    found = e.differences
    return [d.kind for d in found], [d.a_text for d in found], [d.b_text for d in found]


def render_csv(data: ExportData) -> str:
    """The CSV text (encode it with ``ENCODING``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = (*data.entries, *data.only, *data.quoted)  # passages only one reports, quotations
    writer.writerows(_row(i, e, data) for i, e in enumerate(rows, 1))
    return buffer.getvalue()

"""Export of a session's notes and matches: Markdown, HTML, JSON, CSV, Word and PDF.

:func:`export_session` writes a file atomically and raises only ``ReaderError``
subclasses (:class:`ExportError`, ``SessionError``). PDF goes through Qt
(``reader.ui.pdf_export``); it and the Word writer are imported only when asked for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection

from reader.errors import ReaderError
from reader.export.csv_export import ENCODING as CSV_ENCODING
from reader.export.csv_export import render_csv
from reader.export.entries import ExportData, build_entries, export_data
from reader.export.html import render_html
from reader.export.json_export import render_json
from reader.export.markdown import render_markdown
from reader.model.session import Session
from reader.session.atomic import atomic_write
from reader.session.store import describe

FORMATS: dict[str, str] = {
    "md": "Markdown",
    "html": "HTML",
    "json": "JSON",
    "csv": "CSV",
    "docx": "Word",
    "pdf": "PDF",
}
"""Format name -> what a file dialog calls it; the name is also the file suffix."""

_TEXT_RENDERERS: dict[str, tuple[Callable[[ExportData], str], str]] = {
    "md": (render_markdown, "utf-8"),
    "html": (render_html, "utf-8"),
    "json": (render_json, "utf-8"),
    "csv": (render_csv, CSV_ENCODING),
}


# half of a UTF-16 pair, which a session file may escape ("\ud83d") and no encoding can
# write: shown as U+FFFD, one character for one, as a decoder shows an unreadable byte
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ExportError(ReaderError):
    """An export could not be made or written."""


NOTHING_ANNOTATED = "Nothing to export: no match or passage has a note."


class NothingAnnotated(ExportError):
    """Only annotated passages were asked for and no match or passage has a note: no file
    is written (one already at the path stays as it was)."""

    def __init__(self, message: str = NOTHING_ANNOTATED) -> None:
        super().__init__(message)


def has_annotated(session: Session) -> bool:
    """Whether an export of only annotated passages would list anything: a note on a
    match (rejected or not) or on text of either article."""
    return bool(build_entries(session, only_annotated=True))


def render_export(
    session: Session,
    fmt: str = "md",
    only_annotated: bool = False,
    minor: bool = False,
    keep: Collection[str] | None = None,
    keep_listed: bool = False,
) -> bytes:
    """The bytes of the export of ``session`` in format ``fmt`` (a key of FORMATS);
    ``keep``: the ids of the only matches to list besides those with a note (the
    Matches panel's, ``build_entries``), None for all; ``keep_listed``: they came from a
    list of ids (``crossread export --matches``), as the header then says.

    Raises NothingAnnotated when only annotated passages are asked for and there are none.
    """
    if only_annotated and not has_annotated(session):
        raise NothingAnnotated()
    if fmt == "pdf":
        try:
            from reader.ui.pdf_export import render_pdf
        except ImportError as exc:
            raise ExportError(f"PDF export needs Qt (PySide6), which is missing: {exc}.") from None
        return render_pdf(*print_html(session, only_annotated, minor, keep, keep_listed))
    data = export_data(session, only_annotated, minor, keep=keep, keep_listed=keep_listed)
    if fmt == "docx":
        # imported when asked for: its XML escaping pulls in urllib.request, http and
        # ssl, which the window has no use for at start
        from reader.export.docx_export import render_docx

        return render_docx(data)
    if fmt not in _TEXT_RENDERERS:
        known = ", ".join(FORMATS)
        raise ExportError(f"Unknown export format {fmt!r}; choose one of {known}.")
    render, encoding = _TEXT_RENDERERS[fmt]
    return _LONE_SURROGATE.sub("\ufffd", render(data)).encode(encoding)


def print_html(
    session: Session,
    only_annotated: bool = False,
    minor: bool = False,
    keep: Collection[str] | None = None,
    keep_listed: bool = False,
) -> tuple[str, str]:
    """The HTML the PDF export (and File > Print) lays out in pages, and the PDF's title."""
    data = export_data(session, only_annotated, minor, keep=keep, keep_listed=keep_listed)
    return render_html(data, for_print=True), f"{data.a.title} / {data.b.title}"


def export_session(
    session: Session,
    path: str | os.PathLike[str],
    fmt: str = "md",
    only_annotated: bool = False,
    minor: bool = False,
    keep: Collection[str] | None = None,
    keep_listed: bool = False,
) -> None:
    """Write the export of ``session`` to ``path`` atomically.

    Without notes (or with ``only_annotated`` False) the export covers every visible claim
    and quote match; ``minor`` adds entity and number matches; ``keep`` (match ids) leaves
    out every other match that carries no note (``keep_listed``: see render_export).
    """
    data = render_export(session, fmt, only_annotated, minor, keep, keep_listed)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ExportError(f"Could not write the export to {path}: {describe(exc)}.") from None


__all__ = [
    "FORMATS",
    "NOTHING_ANNOTATED",
    "ExportError",
    "NothingAnnotated",
    "export_session",
    "has_annotated",
    "render_export",
]

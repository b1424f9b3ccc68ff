"""A long PDF export laid out in a process of its own, so the window never pauses.

Qt lays a PDF out in ``QTextDocument.setHtml`` and the page loop, holding Python's lock
all along even on the exporter's worker thread: for a 2 x 100,000-character pair that
stopped the window 140-290 ms, for a session of 2,000 notes about 900 ms. A session
whose texts and notes run past ``OWN_PROCESS_CHARS`` (40,000 characters) is therefore
written to a scratch session file and exported by ``crossread export`` in a child
process (the same program: the bundle's executable, or this Python with ``-m reader``),
which this thread waits for without holding the lock. The output is the same file: the
child renders the same session through the same code and writes it atomically (the
matches to keep to, when asked, go in a scratch file beside it: ``--matches``, with
``--matches-shown`` so that the header names the Matches panel, as in this process).
Shorter exports stay in the worker thread, where they stall the window less than 90 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path

from reader.export import ExportError
from reader.export.command import MATCHES_SHOWN
from reader.model.session import Session
from reader.session.store import describe, save_session

OWN_PROCESS_CHARS = 40_000
"""Characters of articles and notes from which a PDF is laid out in its own process.
Below it the worker's layout stalls the window at most about 90 ms (16,000 characters:
45 ms, 31,000: 71 ms, 61,000: 130-180 ms; benchmarks/gui_stalls.py --only export); a
process costs no stall but half a second or more before the file is written."""

CHILD_TIMEOUT_S = 600


def session_chars(session: Session) -> int:
    """How much text a session's export lays out: its two articles and its notes."""
    al = session.alignment
    return len(al.a.text) + len(al.b.text) + sum(len(n.text) for n in session.notes)


def crossread_command() -> list[str]:
    """The command that runs this Crossread: the bundle's executable, or this Python
    with ``-m reader``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "reader"]


def export_in_own_process(
    session: Session, path: str, only_annotated: bool, keep: Collection[str] | None = None
) -> None:
    """Write the PDF export of ``session`` to ``path`` by ``crossread export`` in a child
    process (``keep``: the only matches to list besides those with a note); ExportError
    with its one-line reason when it fails."""
    with tempfile.TemporaryDirectory(prefix="crossread-export-") as scratch:
        session_file = Path(scratch) / "export.crossread"
        save_session(session, session_file)
        command = [*crossread_command(), "export", str(session_file), "-o", path]
        command += ["--format", "pdf"] + (["--only-annotated"] if only_annotated else [])
        if keep is not None:
            ids = Path(scratch) / "matches.txt"
            try:
                ids.write_text("".join(f"{mid}\n" for mid in sorted(keep)), encoding="utf-8")
            except OSError as exc:
                raise ExportError(f"The PDF export could not be made: {describe(exc)}.") from None
            command += ["--matches", str(ids), MATCHES_SHOWN]  # the header names the panel
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # no window, any desktop
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ExportError(f"The PDF export could not be made: {exc}.") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {done.returncode}"
        for prefix in ("crossread: error: ", "crossread: internal error: "):
            reason = reason.removeprefix(prefix)
        raise ExportError(f"The PDF export could not be made: {reason}")

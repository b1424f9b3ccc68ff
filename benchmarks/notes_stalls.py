"""GUI-thread stalls with a fact-checker's session: thousands of notes on a long pair.

    QT_QPA_PLATFORM=offscreen python benchmarks/notes_stalls.py [--chars 100000]
                                                                [--notes 2000] [--big-note]

Opens the long pair of gui_stalls.py (lexical method unless ``--method``), makes a
session of ``--notes`` notes on it (on matches, on free passages of A and of B, on
manual links and on rejected matches; tags, multi-paragraph texts, emoji, right-to-left
text; ``--big-note`` adds one note of 1 MB), saves it and opens it in the window, then
does what a reader does with the notes: scroll the notes table, sort each column, select
notes (jump to their passages), select matches (the note marks follow), open a note's
dialog and OK an edit, delete a note, undo, save, export each format. Each row is the
worst gap of a 20 ms timer on the GUI thread (see gui_stalls.py).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_stalls import (  # noqa: E402
    STALL_LIMIT_MS,
    Bench,
    Probe,
    isolated_window,
    shows_its_session,
    spin,
)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

TEXTS = (
    "Checked against the wire copy; the date differs.",
    "First paragraph of a long note.\n\nSecond paragraph: the AP says 18 June, "
    "Hankyoreh 19 June.\n\nThird: ask the desk. 🔍📰✅",
    "الاتفاقية وُقّعت في بيونغ يانغ — نص عربي من اليمين إلى اليسار",
    "עברית: האמנה נחתמה בפיונגיאנג",
    "Quote attributed to a different speaker? 🤔 " * 20,
)
TAGS = ("agrees", "contradicts", "only here", "check this", "source: AP", "🧭 framing")


def noted_session(session: object, count: int, big_note: bool) -> object:
    """``session`` with ``count`` varied notes, some manual links and rejected matches."""
    from reader.model.note import Note
    from reader.model.session import Session
    from reader.model.span import Span

    assert isinstance(session, Session)
    rng = random.Random(7)
    al = session.alignment
    na, nb = len(al.a.text), len(al.b.text)
    for _ in range(60):  # manual links
        a0, b0 = rng.randrange(na - 300), rng.randrange(nb - 300)
        session, _m = session.link(Span(a0, a0 + 120), Span(b0, b0 + 90))
    matches = list(al.matches)
    for m in matches[::9]:  # rejected matches (their notes stay)
        session = session.reject(m.id)
    manual = [m.id for m in session.manual]
    rejected = sorted(session.rejected)
    notes = []
    for i in range(count):
        text = TEXTS[i % len(TEXTS)] + f" #{i}"
        tags = tuple(rng.sample(TAGS, rng.randrange(0, 4)))
        kind = i % 5
        if kind == 0:
            notes.append(Note.new(text, tags, match_id=manual[i % len(manual)]))
        elif kind == 1:
            notes.append(Note.new(text, tags, match_id=rejected[i % len(rejected)]))
        elif kind == 2:
            a0 = rng.randrange(na - 200)
            notes.append(Note.new(text, tags, a=Span(a0, a0 + rng.randrange(5, 200))))
        elif kind == 3:
            b0 = rng.randrange(nb - 200)
            notes.append(Note.new(text, tags, b=Span(b0, b0 + rng.randrange(5, 200))))
        else:
            notes.append(Note.new(text, tags, match_id=matches[i % len(matches)].id))
    if big_note:
        big = ("A very long note. " * 58255)[:1_000_000]
        notes.append(Note.new(big, TAGS, match_id=matches[0].id))
    for n in notes:
        session = session.add_note(n)
    return session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--big-note", action="store_true", help="add one note of 1 MB")
    parser.add_argument("--method", default="lexical", help="semantic or lexical")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="notes-stalls-") as tmp:
        folder = Path(tmp)
        app, window, (pa, pb, _ph) = isolated_window(folder, args.chars, args.method)
        from reader.session.store import save_session

        done: list[object] = []
        window.alignment_finished.connect(done.append)
        window.open_pair(str(pa), str(pb))
        spin(300, lambda: bool(done) and shows_its_session(window))
        ctl = window.session_controller
        base = ctl.session()
        session = noted_session(base, args.notes, args.big_note)
        path = folder / "noted.crossread"
        save_session(session, path)  # type: ignore[arg-type]
        print(f"session: {len(session.notes)} notes, {path.stat().st_size:,} bytes")  # type: ignore[attr-defined]

        probe = Probe()
        probe.start()
        bench = Bench(probe)
        run(bench, window, folder, path)
        probe.stop()
        ctl._modified = False
        window.close()
        spin(0.2)
        over = [r for r in bench.rows if r.stall_ms > STALL_LIMIT_MS]
        print(f"{len(over)} of {len(bench.rows)} actions stall the GUI thread over 200 ms")
        del app
    return 0


def run(bench: Bench, window: object, folder: Path, path: Path) -> None:
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctl = window.session_controller
    dock = ctl.dock
    bench.measure_phases(
        "open the noted session",
        lambda: ctl.open_session(path),
        [
            ("until read", lambda: len(getattr(ctl.session(), "notes", ())) > 100),
            ("then shown", lambda: shows_its_session(window)),
        ],
        settle_s=1.0,
    )
    dock.show()
    dock.raise_()
    spin(0.5)
    bar = dock.table.verticalScrollBar()
    bench.repeat(
        "scroll the notes table (x100)",
        [lambda: bar.setValue(bar.value() + 60) for _ in range(100)],
    )
    for col in range(3):
        bench.measure(
            f"sort notes by column {col}",
            partial(dock.table.sortByColumn, col, Qt.SortOrder.DescendingOrder),
        )
    bench.measure("unsort notes", lambda: dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder))
    session = ctl.session()
    assert session is not None
    ids = [n.id for n in session.notes]
    bench.repeat(
        "select notes (jump to passages) x10",
        [partial(dock.select_note, ids[i]) for i in range(0, len(ids), max(1, len(ids) // 10))],
        gap_ms=150,
    )
    mids = [m.id for m in session.visible_matches()]
    bench.repeat(
        "select matches (marks follow) x10",
        [partial(window.select_match, mids[i]) for i in range(0, len(mids), len(mids) // 10)],
        gap_ms=150,
    )
    dock.select_note(ids[len(ids) // 2])
    spin(0.3)
    bench.measure("edit note: open the dialog", dock.edit_selected)

    def ok() -> None:
        dialog = dock.dialog
        if isinstance(dialog, QDialog):
            dialog.text_edit.setPlainText("Edited: the date is 19 June.")
            dialog.accept()

    bench.measure("edit note: OK", ok)
    dock.select_note(ids[len(ids) // 3])
    spin(0.3)
    bench.measure("delete a note", dock.delete_selected)
    bench.measure("undo the delete", window.session_controller.notes.undo)
    writer = ctl.writer
    out = folder / "saved.crossread"
    bench.measure(
        "save (until written)", lambda: ctl.saving.save_to(str(out)), lambda: not writer.is_busy()
    )
    written: list[str] = []
    ctl.exports.exported.connect(lambda p, _fmt: written.append(p))
    for fmt in ("md", "html", "json", "csv", "pdf"):
        target = str(folder / f"notes.{fmt}")
        bench.measure(
            f"export ({fmt}, until written)",
            partial(ctl.exports.export_to, target, fmt),
            partial(written.__contains__, target),
            timeout_s=600,
        )
        size = Path(target).stat().st_size if Path(target).exists() else -1
        print(f"    {target}: {size:,} bytes")


if __name__ == "__main__":
    raise SystemExit(main())

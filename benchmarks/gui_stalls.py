"""GUI-thread stalls of the real window on a long pair, action by action.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_stalls.py [--chars 100000]
                                                              [--method semantic|lexical]

Writes two articles of about ``--chars`` characters (ECB+ dev articles one after another,
as speed.py makes them; B shares every fifth of A's paragraphs) and B again as an HTML
page, then drives one MainWindow (isolated settings, data and vector cache folders)
through what a reader does: open the pair (alignment in the worker, then what the GUI
thread does with its result), scroll both panes with sync on, drag to the end, click
highlights, select rows of the Matches dock, filter it by kind, "Show" and words, sort each
column, move the Min score slider, Swap sides, open a saved session of the pair, toggle
a dark palette, zoom in and out, Find "the", add a note, export the notes (Markdown,
HTML, PDF), Print Preview (the long pair's pages made for the PDF viewer), open the pair
with B as an HTML page; then the session files read or written
at a question or at start: Save answering the unsaved-notes question before another pair
opens, restoring a crashed run's autosave in a new window, a session file named on the
command line in a new window, and last Save answering the question on close (until the
window has closed); File > Recover unsaved notes with ten kept copies of the long pair
(the list opened until every copy is read, a copy deleted, one deleted as the list is
read again); last, in a new window showing the long pair, a PDF export asked for and the
window closed at once (until the export is written and the window closed); last, in
another new window, File > Update from the article files on a saved session of the long
pair whose article A was edited in 30 places, and such sessions opened (see
gui_stalls_updates.py). ``--only`` opens the pair and runs only the session-file
actions (``sessions``), the recovery list's (``recovery``), the close during an export
(``export``) or the update's (``updates``).

For each action a 20 ms timer runs on the GUI thread and the largest gap between two of
its firings is the action's stall (the time the window could not answer input or
paint); ``call`` is the time the action's own Qt call took (time.perf_counter). Each
action is started from the event loop and measured until it has settled (its deferred
work, sliced or laid out, included).
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402
from speed import synthetic_text  # noqa: E402

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

STALL_LIMIT_MS = 200.0
PROBE_MS = 20
ONLY = {
    "sessions": "session files read or written behind a question or at start",
    "recovery": "File > Recover unsaved notes: open the list, delete copies",
    "export": "close the window while a PDF export is written",
    "updates": "a session updated from its edited article files, and opened moved or older",
}


@dataclass
class Probe:
    """A 20 ms timer on the GUI thread: the largest gap between its firings."""

    gaps: list[float] = field(default_factory=list)
    last: float = 0.0
    timer: QTimer | None = None

    def start(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def reset(self) -> None:
        self.gaps = []
        self.last = time.perf_counter()

    def worst_ms(self) -> float:
        self._tick()  # the gap up to now counts too
        return 1000 * max(self.gaps)

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()


def spin(seconds: float, until: Callable[[], bool] | None = None, poll_ms: int = 10) -> bool:
    """Run the event loop for ``seconds`` at most, or until ``until()`` is true."""
    end = time.perf_counter() + seconds
    loop = QEventLoop()
    while time.perf_counter() < end:
        if until is not None and until():
            return True
        QTimer.singleShot(poll_ms, loop.quit)
        loop.exec()
    return until() if until is not None else True


@dataclass
class Row:
    action: str
    call_ms: float
    stall_ms: float


class Bench:
    def __init__(self, probe: Probe) -> None:
        self.probe = probe
        self.rows: list[Row] = []

    def measure(
        self,
        name: str,
        action: Callable[[], object],
        until: Callable[[], bool] | None = None,
        settle_s: float = 0.6,
        timeout_s: float = 120.0,
    ) -> None:
        """Run ``action`` from the event loop; the stall until it has settled."""
        spin(0.2)
        self.probe.reset()
        took: list[float] = []

        def run() -> None:
            t = time.perf_counter()
            action()
            took.append(1000 * (time.perf_counter() - t))

        QTimer.singleShot(0, run)
        spin(timeout_s, lambda: bool(took) and (until is None or until()))
        spin(settle_s)
        self._report(Row(name, took[0] if took else float("nan"), self.probe.worst_ms()))

    def measure_phases(
        self,
        name: str,
        action: Callable[[], object],
        phases: Sequence[tuple[str, Callable[[], bool]]],
        settle_s: float = 0.6,
        timeout_s: float = 120.0,
    ) -> None:
        """Run ``action`` from the event loop; one row per phase, each the stall from
        the end of the one before until its condition holds (the last: until it has
        settled too), e.g. while a file is read, then while what was read is shown."""
        spin(0.2)
        self.probe.reset()
        took: list[float] = []

        def run() -> None:
            t = time.perf_counter()
            action()
            took.append(1000 * (time.perf_counter() - t))

        QTimer.singleShot(0, run)
        for i, (label, until) in enumerate(phases):
            spin(timeout_s, lambda: bool(took) and until())  # noqa: B023 (called at once)
            if i == len(phases) - 1:
                spin(settle_s)
            call = (took[0] if took else float("nan")) if i == 0 else float("nan")
            self._report(Row(f"{name}: {label}", call, self.probe.worst_ms()))
            self.probe.reset()

    def _report(self, row: Row) -> None:
        self.rows.append(row)
        flag = "  <-- over 200 ms" if row.stall_ms > STALL_LIMIT_MS else ""
        call = "       -" if row.call_ms != row.call_ms else f"{row.call_ms:8.1f}"  # nan: -
        print(f"{row.action:<44} call {call} ms   stall {row.stall_ms:8.1f} ms{flag}")
        sys.stdout.flush()

    def repeat(
        self,
        name: str,
        steps: Sequence[Callable[[], object]],
        gap_ms: int = 30,
        settle_s: float = 0.6,
    ) -> None:
        """Run ``steps`` one per ``gap_ms`` (a reader's wheel, clicks or keys): the
        longest single call and the worst stall over them all."""
        spin(0.2)
        self.probe.reset()
        longest = [0.0]
        left = list(steps)

        def run() -> None:
            if not left:
                return
            t = time.perf_counter()
            left.pop(0)()
            longest[0] = max(longest[0], 1000 * (time.perf_counter() - t))
            if left:
                QTimer.singleShot(gap_ms, run)

        QTimer.singleShot(0, run)
        spin(600, lambda: not left)
        spin(settle_s)
        self._report(Row(f"{name} (x{len(steps)})", longest[0], self.probe.worst_ms()))


def write_inputs(folder: Path, chars: int) -> tuple[Path, Path, Path]:
    """A, B (sharing every fifth paragraph of A) and B as an HTML page."""
    a_text = synthetic_text(chars, 0)
    b_text = synthetic_text(chars, 97)
    a_pars = [p for p in a_text.split("\n") if p.strip()]
    b_pars = [p for p in b_text.split("\n") if p.strip()]
    shared = a_pars[5::5]
    mixed: list[str] = []
    for i, par in enumerate(b_pars):
        mixed.append(par)
        if i % 4 == 3 and shared:
            mixed.append(shared.pop(0))
    b_text = "\n".join(mixed)[: int(chars * 1.05)]
    pa, pb, ph = folder / "long-a.txt", folder / "long-b.txt", folder / "long-b.html"
    pa.write_text(a_text, encoding="utf-8")
    pb.write_text(b_text, encoding="utf-8")
    lines = [ln for ln in b_text.split("\n") if ln.strip()]
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines[1:])
    ph.write_text(
        f"<!DOCTYPE html><html><head><title>{html.escape(lines[0])} | The Ledger</title>"
        "<script>var x = 1;</script></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>{html.escape(lines[0])}</h1>{body}</article>"
        "<footer>Related stories</footer></body></html>",
        encoding="utf-8",
    )
    return pa, pb, ph


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def isolated_window(
    folder: Path, chars: int, method: str
) -> tuple[QApplication, MainWindow, tuple[Path, Path, Path]]:
    """The application and a shown 1400x900 window whose data, cache and settings live
    in ``folder``, matching by ``method`` (empty: the settings' default), and the long
    pair of about ``chars`` characters a side written there (A, B, and B as HTML)."""
    os.environ["CROSSREAD_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("CROSSREAD_CACHE_DIR", str(folder / "cache"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from reader.ui.app import application
    from reader.ui.main_window import MainWindow

    app = application()
    settings = QSettings(str(folder / "crossread.ini"), QSettings.Format.IniFormat)
    if method:
        from reader.ui.settings import METHOD_KEY

        settings.setValue(METHOD_KEY, method)
    paths = write_inputs(folder, chars)
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    spin(0.5)
    return app, window, paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--method", default="", help="semantic or lexical (default: settings)")
    parser.add_argument(
        "--only",
        choices=["all", *ONLY],
        default="all",
        help="open the pair, then only these actions: " + "; ".join(ONLY.values()),
    )
    parser.add_argument(
        "--copies", type=int, default=10, help="kept copies listed by Recover unsaved notes"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gui-stalls-") as tmp:
        folder = Path(tmp)
        app, window, (pa, pb, ph) = isolated_window(folder, args.chars, args.method)
        probe = Probe()
        probe.start()
        bench = Bench(probe)
        print(
            f"pair: {pa.stat().st_size:,} + {pb.stat().st_size:,} bytes; HTML {ph.stat().st_size:,}"
        )
        run_actions(bench, app, window, folder, (pa, pb, ph), args.only, args.copies)
        probe.stop()
        if shiboken6.isValid(window):  # not deleted after the actions
            window.session_controller._modified = False  # no question on close
            window.close()
        spin(0.2)
        over = [r for r in bench.rows if r.stall_ms > STALL_LIMIT_MS]
        print(f"{len(over)} of {len(bench.rows)} actions stall the GUI thread over 200 ms")
    return 0


def run_actions(
    bench: Bench,
    app: QApplication,
    window: object,
    folder: Path,
    paths: tuple[Path, Path, Path],
    only: str = "all",
    copies: int = 10,
) -> None:
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    pa, pb, ph = paths
    done: list[object] = []
    window.alignment_finished.connect(done.append)

    def opened() -> bool:
        return bool(done) and not window.is_showing()

    bench.measure(
        "open pair (align in worker, then show)",
        lambda: window.open_pair(str(pa), str(pb)),
        opened,
        settle_s=1.5,
    )
    al = window.alignment()
    assert al is not None
    print(
        f"  {len(al.matches)} matches, {len(al.a.text):,} + {len(al.b.text):,} chars, {al.method}"
    )
    if only == "sessions":
        session_file_actions(bench, window, folder)
        return
    if only == "recovery":
        recovery_actions(bench, window, folder, copies)
        return
    if only == "export":
        close_while_exporting(bench, window, folder)
        return
    if only == "updates":
        from gui_stalls_updates import update_actions

        update_actions(bench, window, folder, (pa, pb))
        return

    # scrolling with sync on: wheel-like steps down A, then down B
    window.set_sync_scrolling(True)
    bar_a = window.pane_a.browser.verticalScrollBar()
    bar_b = window.pane_b.browser.verticalScrollBar()
    steps = [lambda: bar_a.setValue(bar_a.value() + 120) for _ in range(150)]
    bench.repeat("scroll A (sync on, 120 px steps)", steps)
    steps = [lambda: bar_b.setValue(bar_b.value() + 120) for _ in range(150)]
    bench.repeat("scroll B (sync on, 120 px steps)", steps)
    bench.measure("drag A to the end (sync on)", lambda: bar_a.setValue(bar_a.maximum()))
    bench.measure("drag A to the top (sync on)", lambda: bar_a.setValue(0))

    # clicks on highlights in A: the partner in B comes into view
    def click_visible(i: int) -> None:
        pane = window.pane_a
        seen = pane.visible_range()
        here = [m for m in al.matches if seen.start <= m.a.start < seen.end]
        if not here:
            return
        m = here[i % len(here)]
        cursor = QTextCursor(pane.browser.document())
        cursor.setPosition(pane._offsets.to_qt(m.a.start) + 1)
        rect = pane.browser.cursorRect(cursor)
        QTest.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    bench.repeat(
        "click highlights in A (jump)",
        [partial(click_visible, i) for i in range(10)],
        gap_ms=150,
    )
    ids = [m.id for m in al.matches]
    far = ids[:: max(1, len(ids) // 10)][:10]
    bench.repeat(
        "select far matches (dock row / jump)",
        [partial(window.select_match, mid) for mid in far],
        gap_ms=150,
    )
    bench.repeat(
        "next match (F8) x20", [window.actions_.next_match.trigger for _ in range(20)], gap_ms=60
    )

    dock = window.dock
    dock.raise_()
    boxes = list(dock.kind_boxes.values())
    bench.repeat("matches filter: kind boxes off/on", [b.toggle for b in boxes] * 2, gap_ms=80)
    bench.repeat(
        "matches filter: Show choices",
        [partial(dock.show_box.setCurrentIndex, i) for i in (1, 2, 0)],
        gap_ms=80,
    )

    def filter_words(text: str) -> None:
        dock.words.edit.setText(text)
        dock.words.flush()  # as when typing pauses

    bench.repeat(
        "matches filter: words typed, then cleared",
        [partial(filter_words, t) for t in ("the", "the police", "")],
        gap_ms=80,
    )
    for col in range(6):
        bench.measure(
            f"sort matches by column {col}",
            partial(dock.table.sortByColumn, col, Qt.SortOrder.DescendingOrder),
        )
    bench.measure(
        "unsort matches", lambda: dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    )
    bench.repeat(
        "min-score slider 0 -> 0.9 -> 0",
        [partial(dock.slider.setValue, v) for v in [*range(0, 91, 5), *range(90, -1, -10)]],
        gap_ms=40,
    )

    def swapped() -> bool:
        return (
            not window.is_showing()
            and not window.pane_a.loading.is_loading()
            and not window.pane_b.loading.is_loading()
        )

    bench.measure("swap sides", window.swap_sides, swapped, settle_s=1.0)
    bench.measure("swap back", window.swap_sides, swapped, settle_s=1.0)

    # a saved session of the pair, opened again
    ctl = window.session_controller
    session_path = folder / "long.crossread"
    writer = getattr(ctl, "writer", None)  # the session files' background queue

    def session_written() -> bool:
        return writer is None or not writer.is_busy()

    bench.measure(
        "save session (until written)",
        lambda: ctl.saving.save_to(str(session_path)),
        session_written,
    )
    bench.measure(
        "open saved session",
        lambda: window.session_controller.open_session(session_path),
        lambda: session_written() and swapped(),
        settle_s=1.0,
    )

    bench.measure("dark palette", lambda: app.setPalette(dark_palette()), settle_s=1.0)
    bench.measure(
        "light palette", lambda: app.setPalette(app.style().standardPalette()), settle_s=1.0
    )

    bench.repeat("zoom in x3", [lambda: window.zoom(1) for _ in range(3)], gap_ms=100, settle_s=1.0)
    bench.repeat(
        "zoom out x3", [lambda: window.zoom(-1) for _ in range(3)], gap_ms=100, settle_s=1.0
    )

    window.actions_.find.trigger()
    field = window.find_bar.field

    def find_next() -> None:
        QTest.keyClick(field, Qt.Key.Key_Return)

    bench.measure("find: type 'the'", lambda: QTest.keyClicks(field, "the"))
    bench.repeat("find 'the': Enter x10", [find_next for _ in range(10)], gap_ms=60)
    window.find_bar.close_bar()

    # add a note on the current match: the dialog opens, OK adds it
    window.select_match(ids[len(ids) // 2])
    spin(0.3)
    notes = window.session_controller.dock

    def accept_note() -> None:
        dialog = notes.dialog
        if isinstance(dialog, QDialog):
            dialog.text_edit.setPlainText("Checked against the wire copy.")
            dialog.accept()

    bench.measure("add note: open the dialog", lambda: window.session_controller.add_note())
    bench.measure("add note: OK", accept_note)
    written: list[str] = []
    ctl.exports.exported.connect(lambda path, _fmt: written.append(path))
    for fmt in ("md", "html", "json", "csv", "pdf"):
        out = str(folder / f"notes.{fmt}")
        bench.measure(
            f"export notes ({fmt}, until written)",
            partial(ctl.exports.export_to, out, fmt),
            partial(written.__contains__, out),
            settle_s=0.5,
            timeout_s=600,
        )

    previewed: list[str] = []

    def pdf_viewer(url: QUrl) -> bool:  # the desktop's PDF viewer, stood in for
        previewed.append(url.toLocalFile())
        return True

    QDesktopServices.openUrl = pdf_viewer  # type: ignore[method-assign,assignment]
    bench.measure(
        "print preview (long pair: until made for the PDF viewer)",
        window.session_controller.printing.preview.dialog,
        lambda: bool(previewed),
        settle_s=0.5,
        timeout_s=600,
    )

    window.session_controller._modified = False  # no question before the next pair
    done.clear()
    bench.measure(
        "open pair with B as HTML", lambda: window.open_pair(str(pa), str(ph)), opened, settle_s=1.5
    )
    done.clear()
    bench.measure("open the pair again", lambda: window.open_pair(str(pa), str(pb)), opened)
    recovery_actions(bench, window, folder, copies)
    session_file_actions(bench, window, folder)
    # a new window showing the long pair's session (saved by the actions above)
    last = MainWindow(settings=window.settings.store)
    last.resize(1400, 900)
    last.show()
    last.session_controller.open_session(folder / "long-noted.crossread")
    spin(120, lambda: shows_its_session(last))
    close_while_exporting(bench, last, folder)
    # last, in a new window: File > Update from the article files (gui_stalls_updates);
    # the windows closed above are still alive (the app has one window, gone at quit),
    # and a palette set on the application would restyle their long pairs too
    from gui_stalls_updates import update_actions

    for closed in QApplication.topLevelWidgets():
        if isinstance(closed, MainWindow) and closed.isHidden():
            closed.deleteLater()
    spin(0.5)
    updating = MainWindow(settings=window.settings.store)
    updating.resize(1400, 900)
    updating.show()
    spin(0.5)
    update_actions(bench, updating, folder, (pa, pb))
    updating.session_controller._modified = False
    updating.close()


def shows_its_session(window: object) -> bool:
    """The window's session is on screen and no session file is being read or written."""
    from reader.session.view import visible_alignment
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctl = window.session_controller
    s = ctl.session()
    return (
        s is not None
        and not ctl.writer.is_busy()
        and not window.is_showing()
        and not window.pane_a.loading.is_loading()
        and not window.pane_b.loading.is_loading()
        and window.alignment() == visible_alignment(s)
    )


def crashed_run(data: Path, session: object) -> Path:
    """What a run killed after autosaving leaves: its autosave and its running marker."""
    import subprocess

    from reader.model.session import Session
    from reader.session import autosave
    from reader.session.store import save_session

    assert isinstance(session, Session)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    data.mkdir(parents=True, exist_ok=True)
    path = autosave.autosave_path(data, child.pid)
    save_session(session, path)
    autosave.marker_path(data, child.pid).write_text(f"{child.pid}\n", encoding="utf-8")
    return path


def session_file_actions(bench: Bench, window: object, folder: Path) -> None:
    """The session files read or written behind a question or at start (the window's
    pair is the long one, just opened): Save answering the unsaved-notes question before
    a small pair opens, a crashed run's autosave restored at start, a session named on
    the command line, then Save answering the question on close (the window closes)."""
    from reader.model.note import Note
    from reader.session.store import save_session
    from reader.ui.app import _open_named_session
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctl = window.session_controller
    dialogs = ctl.dialogs
    session = ctl.session()
    assert session is not None
    mid = session.alignment.matches[len(session.alignment.matches) // 2].id
    noted = session.add_note(Note.new("Checked against the wire copy.", match_id=mid))
    long_file = folder / "long-noted.crossread"
    save_session(noted, long_file)
    crashed_run(folder / "data", noted)

    # a note nobody saved, then another (small) pair: Save, then the pair opens
    x, y = folder / "x.txt", folder / "y.txt"
    x.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    y.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    ctl.change(noted)
    # the questions' answers, as the tests give them: Save, and where
    setattr(dialogs, "ask_unsaved", lambda *_a: "save")  # noqa: B010
    setattr(dialogs, "ask_save_path", lambda: str(folder / "before-another.crossread"))  # noqa: B010

    def small_pair_shown() -> bool:
        s = ctl.session()
        return (
            s is not None
            and s.alignment.a.text.startswith("Putin visited")
            and shows_its_session(window)
        )

    bench.measure_phases(
        "another pair, Save",
        lambda: window.opener.request(str(x), str(y)),
        [("until saved", lambda: not ctl.is_modified()), ("then pair shown", small_pair_shown)],
    )

    settings = window.settings.store

    def new_window() -> MainWindow:
        w = MainWindow(settings=settings)
        w.resize(1400, 900)
        w.show()
        spin(0.5)
        return w

    # a first new window shows a session once, unmeasured: what the first one pays once
    # (about 50 ms) would land on whichever of the two start actions came first
    warm = new_window()
    warm.session_controller.open_session(long_file)
    spin(120, lambda: shows_its_session(warm))
    warm.close()

    # a new window at start: the crashed run's autosave restored
    w2 = new_window()
    setattr(w2.session_controller.dialogs, "ask_restore", lambda _p: True)  # noqa: B010
    bench.measure_phases(
        "restore autosave",
        lambda: w2.session_controller.start(),
        [
            ("until read", lambda: w2.session_controller.session() is not None),
            ("then shown", lambda: shows_its_session(w2)),
        ],
        settle_s=1.0,
    )
    w2.session_controller._modified = False  # no question on close
    w2.close()

    # a new window: `crossread long-noted.crossread`
    w3 = new_window()
    bench.measure_phases(
        "command-line session",
        lambda: _open_named_session(w3, str(long_file), {"code": 0}),
        [
            ("until read", lambda: w3.session_controller.session() is not None),
            ("then shown", lambda: shows_its_session(w3)),
        ],
        settle_s=1.0,
    )
    w3.close()

    # the long session with a note nobody saved, and the window closed: Save, then close
    ctl.open_session(long_file)
    spin(120, lambda: shows_its_session(window))
    s = ctl.session()
    assert s is not None
    ctl.change(s.add_note(Note.new("One more.", match_id=mid)))
    bench.measure_phases(
        "close, Save",
        window.close,
        [("until saved", lambda: not ctl.is_modified()), ("then closed", window.isHidden)],
        settle_s=0.5,
    )


def all_copies_read(dialog: object) -> bool:
    """Every row of the recovery list is read (a list read on the GUI thread always is)."""
    model = getattr(dialog, "model", None)
    unread = getattr(model, "unread_total", None)
    return unread is None or unread() == 0


def recovery_actions(bench: Bench, window: object, folder: Path, copies: int) -> None:
    """File > Recover unsaved notes with ``copies`` kept copies of the window's long pair,
    each with a note: the list opened until every copy is read, the newest copy deleted
    (the list read again, where it was), the list opened again and its newest copy
    deleted at once, as the copies are read."""
    from reader.model.note import Note
    from reader.session.store import save_session
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    recovery = window.session_controller.recovery
    session = window.session_controller.session()
    assert session is not None
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    mid = session.alignment.matches[0].id
    for i in range(copies):
        kept = session.add_note(Note.new(f"Kept copy {i}.", match_id=mid))
        save_session(kept, data / f"unsaved-20240601-{i // 60:02d}{i % 60:02d}00.crossread")
    opened: list[object] = []

    def open_list() -> None:
        dialog = recovery.open()
        setattr(dialog, "ask_delete", lambda _copy: True)  # noqa: B010 (Yes, as tests answer)
        opened[:] = [dialog]

    def shown() -> bool:
        return bool(opened) and getattr(opened[0], "isVisible", lambda: False)()

    def read() -> bool:
        return shown() and all_copies_read(opened[0])

    bench.measure_phases(
        f"recover: open the list ({copies} copies)",
        open_list,
        [("until shown", shown), ("then every copy read", read)],
    )
    bench.measure_phases(
        "recover: delete a copy",
        lambda: getattr(opened[0], "delete_selected")(),  # noqa: B009
        [("until listed", read)],
    )
    getattr(opened[0], "reject")()  # noqa: B009
    spin(0.3)

    def open_and_delete() -> None:
        open_list()
        getattr(opened[0], "delete_selected")()  # noqa: B009

    bench.measure_phases(
        "recover: open, delete as it reads",
        open_and_delete,
        [("until listed", read)],
    )
    getattr(opened[0], "reject")()  # noqa: B009
    spin(0.3)


def close_while_exporting(bench: Bench, window: object, folder: Path) -> None:
    """A PDF export of the window's long pair asked for, and the window closed at once
    (no unsaved notes): the stall until the PDF is written, then until the window has
    closed."""
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    exports = window.session_controller.exports
    out = folder / "closing.pdf"
    window.session_controller._modified = False  # no question on close

    def export_then_close() -> None:
        exports.export_to(str(out), "pdf")
        window.close()

    bench.measure_phases(
        "close while exporting PDF",
        export_then_close,
        [("until written", out.exists), ("then closed", window.isHidden)],
        settle_s=0.5,
        timeout_s=600,
    )


if __name__ == "__main__":
    raise SystemExit(main())

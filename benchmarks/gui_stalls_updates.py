"""GUI-thread stalls of File > Update from the article files on gui_stalls.py's long pair.

Run by ``benchmarks/gui_stalls.py`` (all actions, in a window of its own at the end, or
``--only updates``). The long pair is copied into a folder of its own, opened, given a
few notes and saved as a session; article A's file is then edited in 30 places
(update_diff.py's edits: a word reworded, a paragraph added, a paragraph removed, in
turn). Measured: the session opened (read, shown, its files checked and the notice
said), Update (read and aligned off the GUI thread, then shown), F9 and Shift+F9
through the changes, the pointer on a change bar and on a removed passage's wedge (the
tooltips with the word diff), A scrolled with its bars and wedges, the overview strips
and the legend's change entry in a dark palette and back, Undo of the update (the
notice said again), Redo, the updated session saved; then the folder moved with its
articles and the session opened from there (found by their bytes), and an older
session without fingerprints opened (its files read to take them).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from gui_stalls import Bench, Row, dark_palette, shows_its_session, spin
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QPoint,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from update_diff import edited

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

EDITS = 30
HOVERS = 10  # change bars, and wedges, the pointer is put on


def repeat_prepared(
    bench: Bench,
    name: str,
    steps: Sequence[tuple[Callable[[], object], Callable[[], object]]],
    settle_s: float = 0.3,
) -> None:
    """Each step's first callable (bringing its place into view) run and settled unmeasured,
    then its second from the event loop: the longest of those calls and the worst stall
    while one ran and settled."""
    longest = worst = 0.0
    for prepare, step in steps:
        prepare()
        spin(0.3)
        bench.probe.reset()
        took: list[float] = []

        def run(act: Callable[[], object] = step, took: list[float] = took) -> None:
            t = time.perf_counter()
            act()
            took.append(1000 * (time.perf_counter() - t))

        QTimer.singleShot(0, run)
        spin(30, lambda: bool(took))  # noqa: B023 (called at once)
        spin(settle_s)
        longest = max(longest, took[0] if took else float("nan"))
        worst = max(worst, bench.probe.worst_ms())
    bench._report(Row(f"{name} (x{len(steps)})", longest, worst))


def hover(window: MainWindow, side: str, pos: QPoint) -> str:
    """The tooltip the pane shows with the pointer resting at viewport ``pos``."""
    viewport = window.pane(side).browser.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def quieting_tooltips() -> Callable[[], object]:
    """Drop the offscreen platform's message about each tooltip shown (Qt's other
    messages go to the handler before, the application's); returns what puts it back."""
    Handler = Callable[[QtMsgType, QMessageLogContext, str], object]
    before: list[Handler | None] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "does not support raise()" in message:
            return
        if before[0] is not None:
            before[0](kind, context, message)
        else:
            print(message, file=sys.stderr)

    before.append(qInstallMessageHandler(handler))
    return lambda: qInstallMessageHandler(before[0])


def without_fingerprints(session_file: Path, out: Path) -> None:
    """``session_file`` as a session saved before fingerprints were kept."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "fingerprint"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    data = json.loads(session_file.read_text(encoding="utf-8"))
    out.write_text(json.dumps(strip(data), ensure_ascii=False, indent=1), encoding="utf-8")


def update_actions(bench: Bench, window: object, folder: Path, pair: tuple[Path, Path]) -> None:
    """The update's actions in ``window`` on a copy of the long ``pair`` (see the module)."""
    from reader.model.note import Note
    from reader.ui.main_window import MainWindow
    from reader.ui.removed_wedges import RemovedPlace, wedge_at

    assert isinstance(window, MainWindow)
    ctl = window.session_controller
    notice = window.notice_bar
    here = folder / "updates"
    here.mkdir()
    a, b = here / pair[0].name, here / pair[1].name
    shutil.copyfile(pair[0], a)
    shutil.copyfile(pair[1], b)

    ctl._modified = False  # no question before the pair opens
    window.open_pair(str(a), str(b))

    def shows(path: Path) -> bool:
        s = ctl.session()
        return s is not None and s.alignment.a.path == str(path) and shows_its_session(window)

    spin(300, partial(shows, a))
    session = ctl.session()
    assert session is not None
    matches = session.alignment.matches
    for i in range(5):
        m = matches[i * len(matches) // 5]
        session = session.add_note(Note.new(f"Checked {i}.", match_id=m.id))
    ctl.change(session)
    saved = here / "long.crossread"
    ctl.saving.save_to(str(saved))
    spin(120, lambda: not ctl.writer.is_busy() and not ctl.is_modified())
    new_text = edited(a.read_text(encoding="utf-8"), EDITS)
    a.write_text(new_text, encoding="utf-8")
    later = saved.stat().st_mtime + 60
    os.utime(a, (later, later))

    def checked(words: str) -> Callable[[], bool]:
        return lambda: not ctl.updating.is_checking() and words in notice.text()

    def opening(name: str, path: Path, last: tuple[str, Callable[[], bool]]) -> None:
        before = ctl.session()
        bench.measure_phases(
            name,
            lambda: ctl.open_session(path),
            [
                ("until read", lambda: ctl.session() is not before),
                ("then shown", lambda: shows_its_session(window)),
                last,
            ],
            settle_s=1.0,
        )

    opening(
        "open session, A's file edited",
        saved,
        ("then checked, notice said", checked("changed since")),
    )
    before_update = ctl.session()
    bench.measure_phases(
        f"update from the files ({EDITS} edits in A)",
        ctl.updating.action.trigger,
        [
            ("until read and aligned", lambda: ctl.session() is not before_update),
            ("then shown", lambda: shows_its_session(window) and "was updated" in notice.text()),
        ],
        settle_s=1.0,
        timeout_s=300,
    )
    updated = ctl.session()
    assert updated is not None and updated.update_marks
    marks = updated.update_marks
    print(
        f"  {len(marks)} update marks ({sum(m.removed for m in marks)} removed), "
        f"{notice.text()[:120]}"
    )

    steps = ctl.change_steps
    bench.repeat("next change (F9)", [steps.next_change.trigger for _ in range(20)], gap_ms=150)
    bench.repeat(
        "previous change (Shift+F9)", [steps.prev_change.trigger for _ in range(20)], gap_ms=150
    )

    pane = window.pane("a")
    browser = pane.browser
    to_qt = pane.pointer.offsets.to_qt

    def bar_point(at: int) -> QPoint:
        cursor = QTextCursor(browser.document())
        cursor.setPosition(to_qt(at) + 2)
        return browser.cursorRect(cursor).center()

    def wedge_point(at: int) -> QPoint:  # the margin wedge
        paragraphs = next(m.paragraphs for m in marks if m.removed and m.span.start == at)
        wedge = wedge_at(browser, RemovedPlace(to_qt(at), paragraphs))
        return QPoint(3, round(wedge.y if wedge is not None else -100))

    def reveal(at: int) -> None:
        window.navigator.reveal("a", next(m.span for m in marks if m.span.start == at))

    changed = [m.span.start for m in marks if m.side == "a" and not m.removed][:HOVERS]
    removed = [m.span.start for m in marks if m.side == "a" and m.removed][:HOVERS]
    tips: list[str] = []
    put_back = quieting_tooltips()

    def tip_at(point: Callable[[int], QPoint], at: int) -> None:
        tips.append(hover(window, "a", point(at)))

    repeat_prepared(
        bench,
        "pointer on a change bar (tooltip)",
        [(partial(reveal, at), partial(tip_at, bar_point, at)) for at in changed],
    )
    repeat_prepared(
        bench,
        "pointer on a removed wedge (tooltip)",
        [(partial(reveal, at), partial(tip_at, wedge_point, at)) for at in removed],
    )
    put_back()
    said = sum("in the update" in t for t in tips)
    print(f"  {said} of {len(tips)} tooltips tell the update")

    bar = browser.verticalScrollBar()
    bar.setValue(0)
    window.set_sync_scrolling(True)
    bench.repeat(
        "scroll A with change bars (120 px steps)",
        [lambda: bar.setValue(bar.value() + 120) for _ in range(150)],
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    bench.measure(
        "dark palette (change bars, ticks, legend)",
        lambda: app.setPalette(dark_palette()),
        settle_s=1.0,
    )
    bench.measure(
        "light palette (change bars, ticks, legend)",
        lambda: app.setPalette(app.style().standardPalette()),
        settle_s=1.0,
    )

    bench.measure_phases(
        "undo the update",
        ctl.actions.undo_delete.trigger,
        [
            ("until shown", lambda: ctl.session() is before_update and shows_its_session(window)),
            ("then checked, notice said", checked("changed since")),
        ],
        settle_s=1.0,
    )
    bench.measure(
        "redo the update",
        ctl.actions.redo.trigger,
        lambda: ctl.session() is updated and shows_its_session(window),
        settle_s=1.0,
    )
    done = here / "long-updated.crossread"
    bench.measure(
        "save the updated session (until written)",
        lambda: ctl.saving.save_to(str(done)),
        lambda: not ctl.writer.is_busy() and not ctl.is_modified(),
    )

    moved = folder / "moved"
    shutil.move(here, moved)
    opening(
        "open session, folder moved",
        moved / done.name,
        (
            "then checked",
            lambda: (
                not ctl.updating.is_checking()
                and "found beside" in window.statusBar().currentMessage()
            ),
        ),
    )
    again = moved / "long-again.crossread"  # names the articles where they are now
    ctl.saving.save_to(str(again))
    spin(120, lambda: not ctl.writer.is_busy() and not ctl.is_modified())
    older = moved / "older.crossread"
    without_fingerprints(again, older)
    ctl.updating.fingerprints.clear()
    opening(
        "open older session (no fingerprints)",
        older,
        (
            "then files read, fingerprints taken",
            lambda: not ctl.updating.is_checking() and len(ctl.updating.fingerprints) == 2,
        ),
    )

"""Entry point of the GUI: ``run_gui(paths, screenshot)``."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.errors import EXIT_INPUT, report_input_error
from reader.session.source_files import absolute_path
from reader.session.store import SUFFIX as SESSION_SUFFIX
from reader.ui import crash_report
from reader.ui.about import app_icon
from reader.ui.main_window import MainWindow
from reader.ui.sample_pair import SamplePair, seed_paths

SCREENSHOT_SIZE = (1400, 900)
# how long a Python thread may hold the GIL before another may take it. Python's 5 ms
# made the window wait on the worker reading and matching a long pair (a first open of
# two 100,000-character articles stalled 135-170 ms); at 1 ms the GUI thread gets the
# interpreter back within a millisecond of its event, and the worker is no slower
# (docs/alignment.md, "The first large open's stall")
SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    if app.platformName() == "offscreen":  # a screenshot, or a run with no display
        _quiet_offscreen_warnings()
    app.setOrganizationName("Crossread")
    app.setApplicationName("crossread")
    app.setApplicationDisplayName("Crossread")
    app.setDesktopFileName("crossread")
    app.setWindowIcon(app_icon())
    return app


# what the offscreen platform says of every window it is asked to size, four times a
# screenshot: nothing a reader can act on
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_warnings() -> None:
    """Leave out the offscreen platform's warning that it cannot pass on a window's size
    hints; every other message of Qt goes where it went."""
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == _OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def is_session_file(path: str) -> bool:
    return path.lower().endswith(SESSION_SUFFIX)


def run_gui(paths: Sequence[str], screenshot: str | None = None) -> int:
    """Open the window on ``paths`` (none: the seed pair; two: that pair; one article: it and
    one the reader chooses; one .crossread file: that session).

    With ``screenshot``, render the window at 1400x900 once alignment has finished, save
    the PNG and return 0 (1 when the pair could not be aligned; 2, said in one line on
    stderr, when the PNG could not be written).

    Files named here that cannot be read (missing, empty, binary, a damaged session...)
    are reported as ``crossread align`` reports them: one line on stderr, ``crossread:
    error: ...``, and exit status 2 (reader.errors.report_input_error); the window also
    shows its error dialog, for a reader who started it from a file manager. A
    screenshot then ends at once and writes no PNG; so does a run on the offscreen
    platform, whose dialog no one could close.

    Relative paths are made absolute against the working directory first, so the
    session and the recent pairs name the files wherever Crossread runs next.
    """
    if len(paths) > 2 or (len(paths) == 1 and screenshot and not is_session_file(paths[0])):
        return report_input_error(
            "give two files (A and B), one (then choose the other), a .crossread "
            "session, or none for the sample pair"
        )
    paths = [absolute_path(p) for p in paths]
    app = application()
    with tempfile.TemporaryDirectory(prefix="crossread-") as scratch:
        # a screenshot shows the default layout and leaves the reader's settings alone
        settings = (
            QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat)
            if screenshot is not None
            else None
        )
        window = MainWindow(settings=settings)
        if screenshot is not None:  # the window as it reads, without the first start's tip
            return _run(app, window, paths, screenshot)
        SamplePair(window)  # the sample pair's tip on a first start
        reporter = crash_report.for_window(window)  # a bug: told, logged, notes autosaved
        try:
            return _run(app, window, paths, screenshot)
        finally:
            reporter.uninstall()


def _run(
    app: QApplication, window: MainWindow, paths: Sequence[str], screenshot: str | None
) -> int:
    pair = (str(paths[0]), str(paths[1])) if len(paths) == 2 else seed_paths()
    status = {"code": 0}
    if screenshot is not None:
        _arrange_for_screenshot(window, app, screenshot, status)
    else:
        window.show()
    report = os.environ.get("CROSSREAD_REPORT_SHOWN")
    if report:  # benchmarks/startup.py: print when the text, then the highlights, are on screen
        window.opener.previewable.connect(
            lambda _d: QTimer.singleShot(0, lambda: _report_text_shown(window))
        )
        window.alignment_finished.connect(
            lambda _a: QTimer.singleShot(0, lambda: _report_shown(window, report == "exit"))
        )
    session = window.session_controller
    # bad input ends a screenshot, and a run on the offscreen platform, where no one can
    # see or close the error dialog the window shows (it would wait forever)
    leave = screenshot is not None or app.platformName() == "offscreen"

    def open_pair(restored: bool = False) -> None:
        if not restored:
            _report_bad_pair(window, status, leave)
            window.open_pair(*pair)

    def open_named(_restored: bool = False) -> None:
        if is_session_file(paths[0]):
            _open_named_session(window, paths[0], status, leave)
        else:
            _report_bad_pair(window, status, leave)  # the article named, then its partner
            ask_for_partner(window, str(paths[0]))

    # a crashed run's work, once restored (read off the GUI thread), comes first: then
    # the pair opens only if it was not restored, a file named alone in any case; the
    # question about it would block a screenshot or a benchmark
    go_on = open_named if len(paths) == 1 else open_pair
    if screenshot is None and not report:
        session.start(then=go_on)
    else:
        go_on()
    code = app.exec()
    if screenshot is not None:
        # closed only now: closing the last window inside exec() would post a Quit event
        # that outlives this loop and ends the next one at once (the next test's)
        window.close()
    return status["code"] or code


def _open_named_session(
    window: MainWindow, path: str, status: dict[str, int], leave: bool = False
) -> None:
    """Open the session the command line names (read off the GUI thread, as the window
    shows and paints); when it cannot be read, report why as bad input (status["code"]
    becomes 2) besides the window's dialog, and with ``leave`` (a screenshot) end the
    program then."""

    def failed(text: str) -> None:
        status["code"] = report_input_error(text)
        if leave:
            QApplication.exit(status["code"])

    window.session_controller.open_session(path, failed=failed)


def _report_bad_pair(window: MainWindow, status: dict[str, int], leave: bool) -> None:
    """Report the files of the pair being opened, the one the command line names, as bad
    input when they cannot be read (status["code"] becomes 2); with ``leave`` (a
    screenshot), end the program then. Pairs opened later report in the window only."""
    watching = [True]

    def rejected(message: str) -> None:
        if watching[0]:
            status["code"] = report_input_error(message)
            if leave:  # in the event loop: a file checked before it runs is told at once
                QTimer.singleShot(0, lambda: QApplication.exit(status["code"]))

    def done(*_args: object) -> None:
        watching[0] = False

    window.opener.input_rejected.connect(rejected)
    window.opener.loaded.connect(done)
    window.opener.failed.connect(done)


def ask_for_partner(window: MainWindow, path_a: str) -> bool:
    """One article given (a file manager's "Open with"): ask for the one to compare it
    with, in its folder (its partner is most likely beside it); without an answer, the
    window stays empty. An article that cannot open (missing, a folder, empty, binary...)
    is said at once, as a pair's would be, and no partner is asked for. True when a pair
    is opening."""
    if window.opener.checked(path_a) is None:
        return False
    window.settings.set_open_folder(path_a)
    names = window.ask_open_file_names(f"Choose the article to compare with {Path(path_a).name}")
    if not names:
        # Open pair… asks for both articles again: "the first" would be nowhere on screen
        key = window.actions_.open_pair.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        window.statusBar().showMessage(
            f"Choose both articles with File > Open pair… ({key}), or drop two files on the "
            f"window: none was chosen to compare with {Path(path_a).name}."
        )
        return False
    window.open_pair(path_a, names[0])
    return True


def _report_text_shown(window: MainWindow) -> None:
    import time

    if window.pane_a.loading.is_previewing():
        window.repaint()
        print(f"CROSSREAD_TEXT_SHOWN {time.time():.6f}", flush=True)


def _report_shown(window: MainWindow, leave: bool) -> None:
    import time

    window.repaint()  # paint the highlighted panes now, then stamp
    print(f"CROSSREAD_SHOWN {time.time():.6f}", flush=True)
    if leave:
        window.close()
        QApplication.exit(0)


def unwritable(path: str) -> str:
    """Why a file could not be written at ``path`` (Qt's image writer does not say)."""
    folder = Path(path).parent
    if not folder.is_dir():
        return "the folder does not exist"
    if Path(path).is_dir():
        return "it is a folder"
    if not os.access(folder, os.W_OK) or (Path(path).exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return "the image could not be written"


def _arrange_for_screenshot(
    window: MainWindow, app: QApplication, out: str, status: dict[str, int]
) -> None:
    window.resize(*SCREENSHOT_SIZE)
    window.show()

    def grab() -> None:
        window.resize(*SCREENSHOT_SIZE)
        ok = window.grab().save(out, "PNG")
        # a PNG that cannot be written is bad output, said as align -o says it
        status["code"] = 0 if ok else report_input_error(f"cannot write {out}: {unwritable(out)}")
        app.exit(status["code"])  # _run closes the window once exec() has returned

    def failed(message: str) -> None:
        if status["code"] == EXIT_INPUT:  # the files: reported already (_report_bad_pair)
            return
        print(f"crossread: {message}", file=sys.stderr)
        status["code"] = 1
        app.exit(1)

    window.alignment_finished.connect(lambda _a: QTimer.singleShot(200, grab))
    window.alignment_failed.connect(failed)

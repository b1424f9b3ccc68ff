"""Entry point of the GUI: ``run_gui(paths, screenshot)``."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reader.session.store import SUFFIX as SESSION_SUFFIX
from reader.ui.about import app_icon
from reader.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1400, 900)
SEED_A = "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
SEED_B = "ap-2024-06-20-north-korea-deal-military-assistance.txt"


def seed_paths() -> tuple[str, str]:
    """Paths of the sample pair shipped in the package (reader.resources/sample)."""
    sample = files("reader.resources") / "sample"
    with as_file(sample / SEED_A) as a, as_file(sample / SEED_B) as b:
        return str(Path(a)), str(Path(b))


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Crossread")
    app.setApplicationName("crossread")
    app.setApplicationDisplayName("Crossread")
    app.setDesktopFileName("crossread")
    app.setWindowIcon(app_icon())
    return app


def is_session_file(path: str) -> bool:
    return path.lower().endswith(SESSION_SUFFIX)


def run_gui(paths: Sequence[str], screenshot: str | None = None) -> int:
    """Open the window on ``paths`` (none: the seed pair; two: that pair; one article: it and
    one the reader chooses; one .crossread file: that session).

    With ``screenshot``, render the window at 1400x900 once alignment has finished, save
    the PNG and return 0 (1 when the pair could not be opened or the PNG not written).
    """
    if len(paths) > 2 or (len(paths) == 1 and screenshot and not is_session_file(paths[0])):
        print(
            "crossread: give two files (A and B), one (then choose the other), a .crossread "
            "session, or none for the sample pair",
            file=sys.stderr,
        )
        return 2
    app = application()
    with tempfile.TemporaryDirectory(prefix="crossread-") as scratch:
        # a screenshot shows the default layout and leaves the reader's settings alone
        settings = (
            QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat)
            if screenshot is not None
            else None
        )
        window = MainWindow(settings=settings)
        return _run(app, window, paths, screenshot)


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
    # the question about a crashed run's work would block a screenshot or a benchmark
    restored = session.start() if screenshot is None and not report else False
    if len(paths) == 1 and not is_session_file(paths[0]):
        ask_for_partner(window, str(paths[0]))
    elif len(paths) == 1:
        if not session.open_session(paths[0]) and screenshot is not None:
            print(f"crossread: could not open the session {paths[0]}", file=sys.stderr)
            window.close()
            return 1
    elif not restored:
        window.open_pair(*pair)
    code = app.exec()
    if screenshot is not None:
        # closed only now: closing the last window inside exec() would post a Quit event
        # that outlives this loop and ends the next one at once (the next test's)
        window.close()
    return status["code"] or code


def ask_for_partner(window: MainWindow, path_a: str) -> bool:
    """One article given (a file manager's "Open with"): ask for the one to compare it
    with; without an answer, the window stays empty. True when a pair is opening."""
    names = window.ask_open_file_names(f"Choose the article to compare with {Path(path_a).name}")
    if not names:
        window.statusBar().showMessage(
            "Choose a second article with File > Open pair… to compare it with the first."
        )
        return False
    window.open_pair(path_a, names[0])
    return True


def _report_text_shown(window: MainWindow) -> None:
    import time

    if window.pane_a.is_previewing():
        window.repaint()
        print(f"CROSSREAD_TEXT_SHOWN {time.time():.6f}", flush=True)


def _report_shown(window: MainWindow, leave: bool) -> None:
    import time

    window.repaint()  # paint the highlighted panes now, then stamp
    print(f"CROSSREAD_SHOWN {time.time():.6f}", flush=True)
    if leave:
        window.close()
        QApplication.exit(0)


def _arrange_for_screenshot(
    window: MainWindow, app: QApplication, out: str, status: dict[str, int]
) -> None:
    window.resize(*SCREENSHOT_SIZE)
    window.show()

    def grab() -> None:
        window.resize(*SCREENSHOT_SIZE)
        ok = window.grab().save(out, "PNG")
        status["code"] = 0 if ok else 1
        app.exit(status["code"])  # _run closes the window once exec() has returned

    def failed(message: str) -> None:
        print(f"crossread: {message}", file=sys.stderr)
        status["code"] = 1
        app.exit(1)

    window.alignment_finished.connect(lambda _a: QTimer.singleShot(200, grab))
    window.alignment_failed.connect(failed)

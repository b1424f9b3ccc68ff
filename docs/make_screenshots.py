"""Render the user guide's pictures: the window on the sample pair with notes, the notes
tab (docs/notes.png), the matches tab with its Differs and Note columns
(docs/matches.png), and the quotes tab (docs/quotes.png).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer

from reader.model import MatchKind
from reader.model.note import Note
from reader.ui.app import application
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import NOTE
from reader.ui.quotes_dock import SHARED
from reader.ui.sample_pair import seed_paths

HERE = Path(__file__).resolve().parent


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["CROSSREAD_DATA_DIR"] = scratch
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1400, 900)
        window.show()
        loop = QEventLoop()
        window.alignment_finished.connect(lambda _a: loop.quit())
        window.open_pair(*seed_paths())
        loop.exec()
        ctl = window.session_controller
        while window.is_showing():
            wait(50)
        session = ctl.session()
        assert session is not None
        claims = [m for m in session.alignment.matches if m.kind is MatchKind.CLAIM]
        photo = next(m for m in claims if "welcome ceremony" in session.alignment.a.slice(m.a))
        session = session.add_note(
            Note.new("Photo date differs: June 18 (Hankyoreh) vs June 19 (AP). Check the "
                     "agencies' captions.", ("contradicts", "check this"), match_id=photo.id)
        )  # fmt: skip
        al = session.alignment
        treaty = next(m for m in claims if "1961" in al.a.slice(m.a) and "1961" in al.b.slice(m.b))
        session = session.add_note(
            Note.new("Both recall the 1961 Soviet pact.", ("agrees",), match_id=treaty.id)
        )
        ctl.change(session)
        wait(300)
        window.select_match(photo.id)
        ctl.dock.raise_()
        wait(500)
        ok = window.grab().save(str(HERE / "notes.png"))
        window.dock.raise_()
        window.dock.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
        wait(300)
        ok = window.grab().save(str(HERE / "matches.png")) and ok
        window.quotes_dock.raise_()
        shared = next(
            r
            for r in range(window.quotes_dock.model.rowCount())
            if window.quotes_dock.model.index(r, SHARED).data()
        )
        window.quotes_dock.table.selectRow(shared)
        wait(500)
        ok = window.grab().save(str(HERE / "quotes.png")) and ok
        ctl.dialogs.ask_unsaved = lambda *_: "discard"  # type: ignore[method-assign]
        window.close()
        app.processEvents()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The bundled sample pair in the window: what Help > Open the sample pair opens (the
entry is the window's own, reader/ui/actions.py), and a first-start tip above the
articles while the sample is on screen, saying it is a sample and how to open one's own
articles (app.run_gui adds the tip: a bare window, as tests make, has none).

``crossread`` with no arguments opens the sample pair, and a first-time reader saw it
with no word that it was one, nor how to compare articles of their own (the empty pane's
hint, which says so, never shows on that start); the app itself had no way back to it.
The tip shows until the reader closes it or opens a pair of their own: either is
remembered in the settings, so it never comes back. It follows the text on screen, not
the matching that comes seconds after it: it shows with the sample's text (it came only
once the sample was matched, and moved the articles down under a reader reading them),
and goes as soon as the text of another pair shows, however the pair was opened (File >
Open pair, Recent pairs, a drop, pasted text, the command line); that pair is the
reader's own once it is on screen, and a pair that fails to open leaves the sample, and
its tip, as they were.

The tip is added by app.run_gui, not by the window: it is the program's first start,
which a window made by the tests, or for a screenshot, is not.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QWidget

from reader.ui.notice_bar import NoticeBar

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SEED_A = "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
SEED_B = "ap-2024-06-20-north-korea-deal-military-assistance.txt"
TIP_DONE_KEY = "first_run/sample_tip_done"  # closed, or a pair of the reader's own opened


def seed_paths() -> tuple[str, str]:
    """Paths of the sample pair shipped in the package (reader.resources/sample)."""
    sample = files("reader.resources") / "sample"
    with as_file(sample / SEED_A) as a, as_file(sample / SEED_B) as b:
        return str(Path(a)), str(Path(b))


def is_sample(paths: tuple[str, str] | None) -> bool:
    """True when ``paths`` are the sample pair's files, in either order (sides swapped)."""
    return paths is not None and set(paths) == set(seed_paths())


def open_sample(window: MainWindow) -> int | None:
    """Open the sample pair in ``window`` (asking first about unsaved notes, as any pair):
    Help > Open the sample pair."""
    return window.opener.request(*seed_paths())


def _key(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def tip_text(window: MainWindow) -> str:
    """The tip, with the window's own keys."""
    act = window.actions_
    return (
        "This is the sample pair Crossread comes with: a Hankyoreh and an AP report of the "
        "June 2024 Putin–Kim treaty. To compare your own articles: File > Open pair… "
        f"({_key(act.open_pair)}), Compare pasted text… ({_key(act.paste_pair)}), or drop "
        "two files on the window. Help > Reading guide explains the highlights."
    )


class SamplePair(QObject):
    """The first-start tip (``tip``) of ``window`` (its child: it lives as long as the
    window), with the window's Help > Open the sample pair (``action``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window.actions_.sample_pair
        self.tip = NoticeBar(window)
        self.tip.setObjectName("sample_tip")
        self.tip.setAccessibleName("Tip")
        self.tip.close_button.setToolTip("Hide this tip for good")
        self.tip.close_button.setAccessibleName("Hide tip")
        self.tip.dismissed.connect(self._done)
        self._place_tip()
        window.alignment_finished.connect(self.follow)
        window.opener.previewable.connect(self._previewed)
        window.opener.preview_ended.connect(self.follow)  # failed: the pair on screen stays

    def _place_tip(self) -> None:
        """Below the notice about the pair, above the articles; Tab reaches its ✕ after the
        notice's."""
        w = self.window
        central = w.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(w.notice_bar) + 1, self.tip)
        QWidget.setTabOrder(w.notice_bar.close_button, self.tip.close_button)

    def done(self) -> bool:
        """True once the tip was closed or a pair of the reader's own opened."""
        return bool(self.window.settings.store.value(TIP_DONE_KEY, False, type=bool))

    def _done(self) -> None:
        store = self.window.settings.store
        store.setValue(TIP_DONE_KEY, True)
        store.sync()

    def follow(self, _alignment: object = None) -> None:
        """Show the tip while the sample pair is on screen (until it is done with); a
        pair of the reader's own hides it for good."""
        if is_sample(self.window.paths()):
            self._show()
            return
        if self.window.paths() is not None and not self.done():
            self._done()
        self.tip.set_notice(None)

    def _previewed(self, documents: object) -> None:
        """The text of a pair being opened is on screen, not yet matched: the tip with the
        sample's, none with another's (which is not the reader's own until it opens)."""
        if is_sample(getattr(documents, "paths", None)):
            self._show()
        else:
            self.tip.set_notice(None)

    def _show(self) -> None:
        self.tip.set_notice(None if self.done() else tip_text(self.window))

    def open(self) -> int | None:
        """Open the sample pair (asking first about unsaved notes, as any pair)."""
        return open_sample(self.window)

"""Opening a pair: the paths a drop carries, and PairOpener, which runs the worker task
(``reader.ui.pair_task``: load both files, align, build the sync map) for the window,
hands it the two articles to show while they are being matched, fills File > Recent pairs
(``reader.ui.recent_menu``) and shows the error dialogs."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressBar

from reader.errors import IngestError, ReaderError, SessionError
from reader.model import Alignment
from reader.session.pasted import Pasted, save_pasted
from reader.session.source_files import absolute_path, is_file_path
from reader.ui.messages import error_text
from reader.ui.notice_bar import NoticeBar, pair_key
from reader.ui.pair_task import Aligner, LoadedPair, Loader, PairDocuments, pair_task
from reader.ui.paste_dialog import PasteDialog
from reader.ui.recent_gone import ask_forget, gone_files
from reader.ui.recent_menu import fill_recent_menu
from reader.ui.settings import Settings
from reader.ui.worker import TaskRunner

SAVED_NOTES_MS = 15_000  # how long the status bar says where a pair's saved notes are
OPEN_NOTES = "Open the session with your notes"  # the notice's button then
# while a pair waits for the sentence model to load (the first pair matched, its
# sentences' vectors not kept from an earlier run): a second here, longer on a slow laptop
LOADING_MODEL = "Loading the sentence model…"


def dropped_paths(mime: QMimeData) -> list[str]:
    """Local files carried by a drag (empty when it carries anything else)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def document_paths(alignment: Alignment | None) -> tuple[str, str] | None:
    """The files of ``alignment``'s two articles, when both were read from one."""
    if alignment is None or not all(is_file_path(d.path) for d in alignment.documents):
        return None
    return alignment.a.path, alignment.b.path


class PairOpener(QObject):
    """Opens pairs for the window: the worker run, the paths, recent pairs, error dialogs.

    Only the latest request counts: opening another pair while one is aligning cancels
    the first (the worker's generation counter discards its result).

    What the reader asks for (the dialog, a side replaced, a recent pair) goes through
    :meth:`request`, which first asks ``may_open`` (the window's unsaved-notes question);
    :meth:`open` opens without asking (code, the command line).

    Signals:
        started(int): a pair started loading (its generation).
        loaded(object): the latest request's LoadedPair arrived.
        failed(str): the latest request failed (reader-facing text).
        input_rejected(str): just before ``failed``, when the files themselves could not
            be read (a ReaderError: missing, empty, binary...): its one-line message.
        error_shown(str, str): an error dialog opened (title, text).
        recent_pairs_changed(): the recent pairs list changed.
    """

    started = Signal(int)
    loaded = Signal(object)
    failed = Signal(str)
    input_rejected = Signal(str)
    previewable = Signal(object)  # PairDocuments of the pair being opened, not yet matched
    preview_ended = Signal()  # the pair being opened failed or was cancelled
    _documents_read = Signal(object)  # from the worker thread (queued)
    _model_loading = Signal(object, bool)  # from the worker thread: its paths, loading
    error_shown = Signal(str, str)
    recent_pairs_changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        loader: Loader,
        aligner: Aligner,
        recent: tuple[QMenu, QAction],
        progress: QProgressBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._loader = loader
        self._aligner = aligner
        self._recent_menu, self._clear_action = recent
        self._progress = progress
        self._message_box: QMessageBox | None = None
        self.paste_dialog: PasteDialog | None = None
        self.paths: tuple[str, str] | None = None  # the pair on screen
        self.pending: tuple[str, str] | None = None  # the pair being opened
        self.aligning = ""  # what the status bar says while the latest pair is matched
        self.has_pair: Callable[[], bool] = lambda: self.paths is not None
        self.may_open: Callable[[tuple[str, str]], bool] = lambda _paths: True
        # the files of the pair on screen when it came from none opened here (a session)
        self.shown_paths: Callable[[], tuple[str, str] | None] = lambda: None
        # opens a recent pair's session file (its notes); None: recent pairs open the files
        self.open_session: Callable[[str], object] | None = None
        # whether the session saved in a file stays on screen once an alignment is shown
        # (the same pair opened again from its files over it): its notes are not offered
        self.shows_session: Callable[[str, Alignment], bool] = lambda _saved, _al: False
        # the notice's button offering the session that holds notes on the pair opened
        self.open_notes = QAction(OPEN_NOTES, window)
        self.open_notes.setToolTip("Open the session file your notes on this pair are saved in")
        self.open_notes.triggered.connect(self._open_notes)
        self._notes_offer: tuple[Hashable, str] | None = None  # the pair's key, its session
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_loaded)
        self.runner.errored.connect(self._on_failed)
        self.runner.progressed.connect(lambda f: progress.setValue(round(f * 100)))
        self._documents_read.connect(self._on_documents_read)
        self._model_loading.connect(self._on_model_loading)
        self._clear_action.triggered.connect(self._clear_recent)
        self.rebuild_recent_menu()
        # a file moved or deleted since the menu was filled is found gone when it opens
        self._recent_menu.aboutToShow.connect(lambda: self.rebuild_recent_menu(False))

    @property
    def loader(self) -> Loader:
        """What reads an article file (the real ingest, unless a test gives another)."""
        return self._loader

    @property
    def aligner(self) -> Aligner:
        """What aligns two articles (with the settings' method)."""
        return self._aligner

    def open(self, path_a: str, path_b: str) -> int:
        """Load and align a pair off the GUI thread; returns its generation. Relative
        paths are made absolute here (against the working directory), so the pair's
        documents, its session and its recent-pairs entry name the files from anywhere."""
        paths = (absolute_path(path_a), absolute_path(path_b))
        self.pending = paths
        self._notes_offer = None
        self._progress.setValue(0)
        self._progress.show()
        self.aligning = f"Aligning {Path(paths[0]).name} and {Path(paths[1]).name}…"
        self._window.statusBar().showMessage(self.aligning)
        task = pair_task(
            paths,
            self._loader,
            self._aligner,
            self._documents_read.emit,
            lambda loading: self._model_loading.emit(paths, loading),
        )
        gen = self.runner.start(task)
        self.started.emit(gen)
        return gen

    def request(self, path_a: str, path_b: str) -> int | None:
        """Open a pair the reader asked for, once ``may_open`` agrees; None if it did not.
        A file that is missing, a folder, empty, too large, binary or a session is reported
        first: there is no point asking what to do with unsaved notes for a pair that
        cannot open."""
        checked = self.checked(path_a, path_b)
        if checked is None:
            return None
        paths = (checked[0], checked[1])
        return self.open(*paths) if self.may_open(paths) else None

    def checked(self, *paths: str) -> tuple[str, ...] | None:
        """``paths`` made absolute, or None when one of them cannot open: a file that is
        missing, a folder, empty, too large, binary or a session (said at once)."""
        from reader.ingest.load import check_file

        full = tuple(absolute_path(path) for path in paths)
        try:
            for path in full:
                check_file(path)
        except IngestError as exc:
            self._tell_failure(exc)
            return None
        return full

    def open_dialog(self, ask: Callable[[str], list[str]]) -> None:
        """Ask for two files (one dialog, or A then B) and open them."""
        names = ask("Open two articles (A and B)")
        if len(names) == 1:
            second = ask("Open article B")
            names = names + second[:1] if second else []
        if len(names) != 2:
            if names:
                self.report_error("Open pair", "Choose exactly two articles: A and B.")
            return
        self.request(names[0], names[1])

    def open_paste_dialog(self) -> PasteDialog:
        """File > Compare pasted text…: the two boxes (non-blocking); Compare keeps both
        texts as files in the data folder and opens them as a pair."""
        if self.paste_dialog is not None:
            self.paste_dialog.close()
        dialog = PasteDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.compare_requested.connect(self._compare_pasted)
        dialog.finished.connect(lambda _r: setattr(self, "paste_dialog", None))
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def _compare_pasted(self, a: Pasted, b: Pasted) -> None:
        try:
            paths = save_pasted(a, b)
        except SessionError as exc:
            self.report_error("Compare pasted text", exc.message)
            return
        self.request(*paths)

    def replace_side(self, side: str, path: str) -> None:
        """Open ``path`` in place of one side of the current (or pending) pair, a pair
        shown from a session with the other side's file."""
        current = self.pending or self.paths or self.shown_paths()
        if current is None:
            self._window.statusBar().showMessage("Drop two files to open a pair.", 6000)
        elif side == "a":
            self.request(path, current[1])
        else:
            self.request(current[0], path)

    def report_error(self, title: str, text: str) -> None:
        """Show an error dialog without blocking (and tell listeners through error_shown)."""
        self.close_dialog()
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setAccessibleName(f"Error: {title}")  # read in place of the title
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "_message_box", None))
        self._message_box = box
        box.open()
        self.error_shown.emit(title, text)

    def close_dialog(self) -> None:
        if self._message_box is not None:
            self._message_box.close()
            self._message_box = None

    def rebuild_recent_menu(self, changed: bool = True) -> None:
        """Fill File > Recent pairs anew (``changed``: the list changed, say so)."""
        fill_recent_menu(
            self._recent_menu,
            self._settings.recent_pairs(),
            self._open_recent,
            self._clear_action,
            self._settings.recent_titles(),
            None
            if self.open_session is None
            else (self._settings.recent_sessions(), self.open_session),
        )
        if changed:
            self.recent_pairs_changed.emit()

    def _open_recent(self, a: str, b: str) -> None:
        """Open a recent pair; one whose file is gone is offered for removal instead."""
        gone = gone_files(a, b)
        if not gone:
            self.request(a, b)
            return

        def forget() -> None:
            self._settings.remove_recent_pair(a, b)
            self.rebuild_recent_menu()

        self.close_dialog()
        self._message_box = ask_forget(self._window, gone, forget)
        self._message_box.finished.connect(lambda _r: setattr(self, "_message_box", None))

    def shutdown(self) -> None:
        self.close_dialog()
        self.runner.cancel()
        self.runner.wait()

    def _clear_recent(self) -> None:
        self._settings.clear_recent_pairs()
        self.rebuild_recent_menu()

    def _on_loaded(self, result: object) -> None:
        if not isinstance(result, LoadedPair):
            return
        # the progress bar stays, with "Aligning…", until the pair is drawn (``drawn``)
        self._progress.setValue(self._progress.maximum())
        self.paths = result.paths
        self.pending = None
        al = result.alignment
        self._settings.add_recent_pair(*result.paths, titles=(al.a.title, al.b.title))
        self.rebuild_recent_menu()
        self._tell_saved_notes(al, *result.paths)
        self.loaded.emit(result)

    def drawn(self) -> None:
        """A pair is on screen: the progress bar and "Aligning…" go together, the bar
        having stayed while the pair was drawn (both went 150 ms apart, "Aligning…" alone
        in the bar meanwhile). Not while another pair is being matched: the bar and the
        message are its own. What else the bar says (a note deleted, saved notes) stays
        its time."""
        if self.pending is not None:
            return
        self._offer_notes()
        self._progress.hide()
        bar = self._window.statusBar()
        if bar.currentMessage() == self.aligning:
            bar.clearMessage()

    def _tell_saved_notes(self, alignment: Alignment, a: str, b: str) -> None:
        """Say where the notes saved on this pair are, when a session holds some: the
        articles opened alone show none of them. The notice above the articles offers
        that session once the pair is drawn (``_offer_notes``)."""
        saved = self._settings.saved_session(a, b)
        if saved is not None and self.shows_session(saved, alignment):
            return  # opened over that very session, which stays: its notes are on screen
        if saved is not None and Path(saved).is_file():
            self._window.statusBar().showMessage(
                f"Notes on this pair are saved in {Path(saved).name}: File > Recent pairs "
                "opens them with the articles.",
                SAVED_NOTES_MS,
            )
            if self.open_session is not None:
                self._notes_offer = (pair_key(alignment), saved)

    def _offer_notes(self) -> None:
        """The pair just drawn has notes saved on it: the notice above the articles says
        where, with a button opening that session (until closed, or another pair shown)."""
        offer, self._notes_offer = self._notes_offer, None
        bar = getattr(self._window, "notice_bar", None)
        if offer is None or not isinstance(bar, NoticeBar):
            return
        key, saved = offer
        self.open_notes.setData(saved)
        bar.add_standing(
            f"Your notes on this pair are saved in {Path(saved).name}.", key, self.open_notes
        )

    def _open_notes(self) -> None:
        """The notice's button: open the session holding the notes (after the question
        about unsaved changes, as File > Recent pairs asks it)."""
        saved = self.open_notes.data()
        if isinstance(saved, str) and self.open_session is not None:
            self.open_session(saved)

    def _on_documents_read(self, documents: object) -> None:
        if isinstance(documents, PairDocuments) and documents.paths == self.pending:
            self.previewable.emit(documents)

    def _on_model_loading(self, paths: object, loading: bool) -> None:
        """Say the sentence model is loading while the pair being opened waits for it;
        then "Aligning…" again (unless something else was said meanwhile)."""
        if paths != self.pending:
            return
        bar = self._window.statusBar()
        if loading:
            bar.showMessage(LOADING_MODEL)
        elif bar.currentMessage() == LOADING_MODEL:
            bar.showMessage(self.aligning)

    def _on_failed(self, exc: object) -> None:
        self._progress.hide()
        self.pending = None
        self.preview_ended.emit()
        if type(exc).__name__ == "AlignmentCancelled":
            return
        self._tell_failure(exc)

    def _tell_failure(self, exc: object) -> None:
        """Say why a pair could not open: status bar, ``failed`` and a dialog."""
        if isinstance(exc, ReaderError):
            self.input_rejected.emit(exc.message)
        title, text = error_text(exc)
        if self.has_pair():
            text += "\n\nThe articles already open stay open."
        self._window.statusBar().showMessage(text.splitlines()[0], 8000)
        self.failed.emit(text)
        self.report_error(title, text)

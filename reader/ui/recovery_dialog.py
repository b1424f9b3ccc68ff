"""File > Recover unsaved notes: the kept copies of unsaved work, to open or delete.

The dialog lists the kept copies (:mod:`reader.session.kept_copies`, newest first) in a
table over :class:`KeptCopiesModel`; it opens nothing itself: Open emits
``open_requested`` and the session controller opens the file as unsaved work (no file of
its own).

Reading a copy of a long pair takes milliseconds (its JSON, for the titles and notes:
:func:`~reader.session.kept_copies.read_kept_copy`), so the dialog shows at once, from
the folder's listing, each row "Reading…" until :class:`CopyReads` has read it off the
GUI thread (the selected row first). Open on a row not read yet opens it once read,
if it can be; Delete removes the row, whose read, queued or under way, is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import SessionError
from reader.session.kept_copies import (
    KeptCopy,
    Stamp,
    delete_kept_copy,
    kept_copy_times,
    read_kept_copy,
    stamp,
)
from reader.ui.notes_model import elide
from reader.ui.row_table import row_table
from reader.ui.table_model import AnyIndex, ColumnsTableModel
from reader.ui.worker import TaskRunner
from reader.ui.yes_no import yes_no

KEPT, TITLE_A, TITLE_B, NOTES = range(4)
TITLE_CHARS = 60
READING = "Reading…"


def kept_label(copy: KeptCopy) -> str:
    """When the copy was kept, in local time (``2024-06-21 09:30``)."""
    return copy.kept.astimezone().strftime("%Y-%m-%d %H:%M")


def read_copy(path: Path, kept: datetime) -> KeptCopy:
    """What the list shows of ``path`` (in the worker): a copy that cannot be read, for
    whatever reason, is listed with the reason."""
    try:
        return read_kept_copy(path)
    except Exception as exc:  # read_kept_copy turns damage into KeptCopy.error: a bug
        return KeptCopy(path, kept, error=f"it could not be read ({type(exc).__name__}: {exc})")


class CopyReads(QObject):
    """Reads kept copies off the GUI thread, one at a time, in the order asked (one
    asked :meth:`first` goes before the others).

    Signals:
        copy_read(object): a :class:`KeptCopy` was read (unreadable: with the reason).
    """

    copy_read = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._read)
        self._queue: list[tuple[Path, datetime]] = []
        self._stopped = False

    def read(self, copies: Iterable[KeptCopy]) -> None:
        """Read ``copies`` (in this order) instead of those still waiting their turn."""
        self._queue = [(c.path, c.kept) for c in copies]
        self._next()

    def first(self, path: Path) -> None:
        """Read ``path`` next, if it waits its turn."""
        ahead = [item for item in self._queue if item[0] == path]
        self._queue = ahead + [item for item in self._queue if item[0] != path]

    def drop(self, path: Path) -> None:
        """Do not read ``path`` (a read under way is reported all the same)."""
        self._queue = [item for item in self._queue if item[0] != path]

    def is_reading(self) -> bool:
        return self.runner.is_running() or bool(self._queue)

    def stop(self) -> None:
        """Read nothing more and go: at once, or once the read under way has returned
        (never waiting for it)."""
        self._queue.clear()
        self._stopped = True
        if not self.runner.is_running():
            self.deleteLater()

    def _next(self) -> None:
        if self._queue and not self.runner.is_running():
            path, kept = self._queue.pop(0)
            self.runner.start(lambda _p, _c: read_copy(path, kept))

    def _read(self, copy: object) -> None:
        if self._stopped:
            self.deleteLater()
            return
        if isinstance(copy, KeptCopy):
            self.copy_read.emit(copy)
        self._next()


class KeptCopiesModel(ColumnsTableModel):
    """One row a kept copy: when, article A, article B, notes; unreadable ones say why,
    those not read yet say so."""

    columns = ("Kept", "Article A", "Article B", "Notes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copies: list[KeptCopy] = []
        self._unread: set[Path] = set()

    def set_copies(self, copies: list[KeptCopy], unread: Iterable[Path] = ()) -> None:
        """List ``copies``; those in ``unread`` are placeholders until :meth:`update`."""
        self.beginResetModel()
        self._copies = list(copies)
        self._unread = set(unread)
        self.endResetModel()

    def copy_at(self, row: int) -> KeptCopy | None:
        return self._copies[row] if 0 <= row < len(self._copies) else None

    def row_of(self, path: Path) -> int | None:
        return next((i for i, c in enumerate(self._copies) if c.path == path), None)

    def is_read(self, row: int) -> bool:
        copy = self.copy_at(row)
        return copy is not None and copy.path not in self._unread

    def unread_total(self) -> int:
        return len(self._unread)

    def row_total(self) -> int:
        return len(self._copies)

    def update(self, copy: KeptCopy) -> int | None:
        """``copy`` is read: its row shows it (returns the row; None: no longer listed)."""
        row = self.row_of(copy.path)
        if row is None:
            return None
        self._copies[row] = copy
        self._unread.discard(copy.path)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def remove(self, path: Path) -> None:
        row = self.row_of(path)
        if row is None:
            return
        self.beginRemoveRows(self.index(row, 0).parent(), row, row)
        del self._copies[row]
        self._unread.discard(path)
        self.endRemoveRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        copy = self.copy_at(index.row()) if index.isValid() else None
        if copy is None:
            return None
        col = index.column()
        unread = copy.path in self._unread
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(copy, col, unread)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE_A and copy.error is not None:
                return f"{copy.error}\n{copy.path}"
            if unread:
                return str(copy.path)
            return str(copy.path) if col == KEPT else self._text(copy, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (copy.error is not None or unread):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(copy: KeptCopy, col: int, unread: bool = False) -> str:
        if col == KEPT:
            return kept_label(copy)
        if unread:
            return READING if col == TITLE_A else ""
        if copy.error is not None:
            return f"Unreadable: {elide(copy.error, 2 * TITLE_CHARS)}" if col == TITLE_A else ""
        if col == NOTES:
            return str(copy.notes)
        return elide(copy.titles[0 if col == TITLE_A else 1], TITLE_CHARS)


class RecoveryDialog(QDialog):
    """The kept copies, newest first, with Open, Delete (after a question) and Close.

    Signals:
        open_requested(str): the reader chose to open this copy (a .crossread path).
        copy_deleted(str): this copy was deleted.
    """

    open_requested = Signal(str)
    copy_deleted = Signal(str)

    def __init__(self, directory: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved notes")
        self.setObjectName("recovery_dialog")
        self._directory = directory
        self._stamps: dict[Path, Stamp] = {}  # each listed copy's, when it was listed
        self._open_when_read: Path | None = None  # Open pressed on a row not read yet
        # the reads outlive the dialog (deleted once the read under way returns): the
        # window owns them, so that deleting the dialog never waits for a read
        self.reads = CopyReads(parent if parent is not None else self)
        self.reads.copy_read.connect(self._copy_read)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Crossread kept these copies of unsaved notes when another pair or session "
            "replaced them. Open one to go on with it, or delete the ones you no longer need."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = KeptCopiesModel(self)
        self.table = row_table(self.model)
        self.table.setAccessibleName("Kept copies of unsaved notes")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (KEPT, NOTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.open_button = self._button("&Open", role.AcceptRole, self.open_selected)
        self.delete_button = self._button("&Delete", role.DestructiveRole, self.delete_selected)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectRow(0)
        self._update_buttons()
        self.resize(760, 320)

    def _button(
        self, text: str, role: QDialogButtonBox.ButtonRole, slot: Callable[[], None]
    ) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        """List the data folder again (at once: a listing), and read off the GUI thread
        the copies not read yet or changed since they were."""
        read: dict[Path, KeptCopy] = {}
        for row in range(self.model.row_total()):
            copy = self.model.copy_at(row)
            if copy is not None and self.model.is_read(row):
                read[copy.path] = copy
        selected = self.selected_copy()
        copies: list[KeptCopy] = []
        unread: list[KeptCopy] = []
        stamps: dict[Path, Stamp] = {}
        for path, kept in kept_copy_times(self._directory):
            stamps[path] = stamp(path)
            known = read.get(path)
            if known is not None and stamps[path] == self._stamps.get(path):
                copies.append(known)
            else:
                copies.append(KeptCopy(path, kept))
                unread.append(copies[-1])
        self._stamps = stamps
        self.model.set_copies(copies, (c.path for c in unread))
        self.reads.read(unread)
        again = self.model.row_of(selected.path) if selected is not None else None
        if again is not None:
            self.table.selectRow(again)
        self._update_spans()
        self._update_buttons()
        if self.model.row_total() == 0:
            self._say("No copies of unsaved notes are left.")
        else:
            self.message.hide()

    def selected_copy(self) -> KeptCopy | None:
        row = self._selected_row()
        return self.model.copy_at(row) if row is not None else None

    def selected_is_read(self) -> bool:
        row = self._selected_row()
        return row is not None and self.model.is_read(row)

    def open_selected(self) -> None:
        """Open the selected copy; one not read yet, once read (if it can be)."""
        copy = self.selected_copy()
        if copy is None:
            return
        if not self.selected_is_read():
            self._open_when_read = copy.path
            self.reads.first(copy.path)
        elif copy.readable:
            self.open_requested.emit(str(copy.path))

    def delete_selected(self) -> None:
        copy = self.selected_copy()
        if copy is None or not self.ask_delete(copy):
            return
        try:
            delete_kept_copy(copy.path)
        except SessionError as exc:
            self._say(exc.message)
            return
        self._forget(copy.path)
        self.copy_deleted.emit(str(copy.path))

    def _forget(self, path: Path) -> None:
        """Take ``path`` off the list (its read, queued or under way, is dropped); the
        row after it, else the one before, is selected."""
        row = self.model.row_of(path)
        self.reads.drop(path)
        if self._open_when_read == path:
            self._open_when_read = None
        self.model.remove(path)
        self._stamps.pop(path, None)
        self._update_spans()
        if row is not None and self.model.row_total():
            self.table.selectRow(min(row, self.model.row_total() - 1))
        if self.model.row_total() == 0:
            self._say("No copies of unsaved notes are left.")
        self._update_buttons()

    def ask_delete(self, copy: KeptCopy) -> bool:
        """Whether to delete ``copy`` (tests replace this)."""
        row = self.model.row_of(copy.path)
        if row is not None and not self.model.is_read(row):
            what = ""
        elif copy.readable:
            what = f" ({copy.notes} note(s) on “{copy.titles[0]}” and “{copy.titles[1]}”)"
        else:
            what = " (an unreadable copy)"
        return yes_no(
            self,
            "Delete kept copy?",
            f"Delete the copy kept {kept_label(copy)}{what}? This cannot be undone.",
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def done(self, result: int) -> None:
        self.reads.stop()  # the copies not read yet are not: the dialog goes
        self._open_when_read = None
        super().done(result)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        copy = self.selected_copy()
        if copy is not None and copy.path != self._open_when_read:
            self._open_when_read = None  # another row: Open on the first is forgotten
        if copy is not None and not self.selected_is_read():
            self.reads.first(copy.path)  # what the reader looks at is read first
        self._update_buttons()

    def _copy_read(self, copy: KeptCopy) -> None:
        if not copy.readable and not copy.path.exists():  # gone since it was listed
            self._forget(copy.path)
            return
        row = self.model.update(copy)
        if row is None:
            return  # deleted meanwhile
        self.table.setSpan(row, TITLE_A, 1, 1 if copy.readable else 2)  # a reason: across
        self._update_buttons()
        if self._open_when_read == copy.path:
            self._open_when_read = None
            if copy.readable:
                self.open_requested.emit(str(copy.path))

    def _update_spans(self) -> None:
        """A row not read yet, or unreadable, has one cell across both titles."""
        self.table.clearSpans()
        for row in range(self.model.row_total()):
            copy = self.model.copy_at(row)
            if copy is not None and (not copy.readable or not self.model.is_read(row)):
                self.table.setSpan(row, TITLE_A, 1, 2)

    def _update_buttons(self) -> None:
        copy = self.selected_copy()
        can_open = copy is not None and (copy.readable or not self.selected_is_read())
        self.open_button.setEnabled(can_open)
        self.delete_button.setEnabled(copy is not None)

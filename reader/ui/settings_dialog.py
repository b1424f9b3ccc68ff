"""Settings: the sentence-model folder and the matching method (issue 5), stored with
QSettings next to the window's own settings, plus the status-bar notice shown when an
alignment fell back to lexical matching.

The model folder reaches the core through ``$CROSSREAD_MODEL_DIR`` (read by
``reader.analysis.embedding``), the method through :func:`settings_aligner`, the
aligner the window runs: both are process-wide, as the model itself is.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.embedding_model import MODEL_DIR_ENV
from reader.model import Alignment, Document
from reader.ui.settings import METHOD_KEY, MODEL_KEY

METHODS: dict[str, str] = {
    "auto": "Automatic (semantic when the model loads, else lexical)",
    "lexical": "Lexical (shared words, names and numbers)",
    "semantic": "Semantic (sentence model; an error when it cannot load)",
}
NOTICE_MS = 30000

_state: dict[str, str] = {"method": "auto"}


class AnalysisSettings:
    """Typed access to the analysis settings in a QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def model_dir(self) -> str:
        return str(self.store.value(MODEL_KEY, "") or "")

    def method(self) -> str:
        value = str(self.store.value(METHOD_KEY, "auto") or "auto")
        return value if value in METHODS else "auto"

    def save(self, model_dir: str, method: str) -> None:
        if model_dir:
            self.store.setValue(MODEL_KEY, model_dir)
        else:
            self.store.remove(MODEL_KEY)
        self.store.setValue(METHOD_KEY, method if method in METHODS else "auto")
        self.store.sync()


def current_method() -> str:
    return _state["method"]


def apply_settings(settings: AnalysisSettings, at_start: bool = False) -> bool:
    """Make the stored folder and method the ones the aligner uses; True if either changed.

    At start an empty folder setting leaves ``$CROSSREAD_MODEL_DIR`` as the shell set it;
    later, an empty one (Reset to default) removes it.
    """
    folder, method = settings.model_dir(), settings.method()
    changed = method != _state["method"]
    _state["method"] = method
    if folder or not at_start:
        changed = set_model_dir(folder or None) or changed
    return changed


def set_model_dir(folder: str | None) -> bool:
    """Point the sentence model at ``folder`` (None: the default); True if that changed."""
    if (os.environ.get(MODEL_DIR_ENV) or None) == folder:
        return False
    if folder:
        os.environ[MODEL_DIR_ENV] = folder
    else:
        os.environ.pop(MODEL_DIR_ENV, None)
    from reader.analysis.embedding import reset_default_embedder

    reset_default_embedder()
    return True


def settings_aligner(a: Document, b: Document, **kw: object) -> Alignment:
    """The window's aligner: ``reader.analysis.align`` with the method of the settings."""
    from reader.analysis import align

    return align(a, b, method=current_method(), **kw)  # type: ignore[arg-type]


LONG_NOTICE = 140  # characters a status bar shows whole beside the match counts
SHORT_FALLBACK = (
    "The sentence model could not be loaded, so matching uses words, names and numbers "
    "only (point here for why)."
)


def _clear_tip(bar: QStatusBar, message: str) -> None:
    if not message:
        bar.setToolTip("")


def report_notices(bar: QStatusBar, alignment: Alignment, shown: set[str]) -> str | None:
    """Put the alignment's first notice not yet in ``shown`` in the status bar (once).

    Call it when an alignment is shown; clear ``shown`` when the model settings change,
    so a new failure is reported again. Returns the message shown, if any.
    """
    fresh = [n for n in alignment.notices if n not in shown]
    if not fresh:
        return None
    shown.update(fresh)
    text = " ".join(fresh)
    # a long reason (onnxruntime's own words) would push the point out of the status bar:
    # the bar says it short, its tooltip says why in full while the message shows
    short = text if len(text) <= LONG_NOTICE else SHORT_FALLBACK
    if not bar.property("notice_tooltip"):
        bar.setProperty("notice_tooltip", True)
        bar.messageChanged.connect(lambda message: _clear_tip(bar, message))
    bar.showMessage(short, NOTICE_MS)
    bar.setToolTip(text if short != text else "")
    return short


class SettingsDialog(QDialog):
    """The model folder (line edit, Browse…, Reset to default) and the matching method."""

    def __init__(self, settings: AnalysisSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.folder = QLineEdit(settings.model_dir())
        self.folder.setPlaceholderText("Default (installed all-MiniLM-L6-v2)")
        self.folder.setAccessibleName("Sentence-model folder")
        self.browse = QPushButton("Browse…")
        self.reset = QPushButton("Reset to default")
        self.browse.clicked.connect(self._browse)
        self.reset.clicked.connect(self.folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        row.addWidget(self.reset)
        self.method = QComboBox()
        self.method.setAccessibleName("Matching method")
        for key, label in METHODS.items():
            self.method.addItem(label, key)
        self.method.setCurrentIndex(list(METHODS).index(settings.method()))
        self.hint = hint = QLabel(
            "A model folder holds model.onnx and tokenizer.json (and optionally model.sha256 "
            "with the model's SHA-256). If it cannot be loaded, Crossread says so in the "
            "status bar and matches words, names and numbers only."
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Sentence-model folder:", row)
        form.addRow("Matching method:", self.method)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(self.buttons)
        # as tall as the wrapped hint needs at this width: a fixed height cut its last
        # line off at a large font
        width = max(640, self.minimumSizeHint().width())
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    def chosen(self) -> tuple[str, str]:
        """The folder ("" for the default) and method in the dialog."""
        return self.folder.text().strip(), str(self.method.currentData())

    def accept(self) -> None:
        self.settings.save(*self.chosen())
        super().accept()

    def ask_folder(self) -> str:
        """The OS folder dialog (tests replace this one call)."""
        return QFileDialog.getExistingDirectory(self, "Sentence-model folder", self.folder.text())

    def _browse(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder.setText(folder)


__all__ = [
    "METHODS",
    "AnalysisSettings",
    "SettingsDialog",
    "apply_settings",
    "current_method",
    "report_notices",
    "set_model_dir",
    "settings_aligner",
]

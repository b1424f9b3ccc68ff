"""Settings: the sentence-model folder and the matching method (issue 5), stored with
QSettings next to the window's own settings, plus the status-bar notice shown when an
alignment fell back to lexical matching.

The model folder reaches the core through
:func:`reader.analysis.sentence_model.model_source.choose_model_dir`, the method through
:func:`settings_aligner`, the aligner the window runs: both are process-wide, as the model
itself is. No folder chosen (the field left empty) leaves the model to
``$CROSSREAD_MODEL_DIR``, else the installed one; the variable itself is never changed.
The SHA-256 of a chosen folder's model file, recorded when it is first read (trust on
first use), is kept with the folder, and later loads are checked against it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
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

from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, language_notice
from reader.analysis.sentence_model.model_source import (
    MODEL_DIR_ENV,
    choose_model_dir,
    chosen_model_dir,
    model_files,
    on_model_recorded,
)
from reader.errors import ModelLoadError
from reader.model import Alignment, Document
from reader.ui.screen_reader import announce, describe_label
from reader.ui.settings import (
    METHOD_KEY,
    MODEL_KEY,
    MODEL_SHA256_KEY,
    choose_stored_model,
    stored_model,
)

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
        # the folder was chosen again (Browse…): its model's digest is recorded anew when
        # the settings next apply
        self.trust_anew = False

    def model_dir(self) -> str:
        return stored_model(self.store)[0]

    def model_sha256(self) -> str | None:
        """The SHA-256 recorded for the model file of :meth:`model_dir` (None: none yet)."""
        return stored_model(self.store)[1]

    def method(self) -> str:
        value = str(self.store.value(METHOD_KEY, "auto") or "auto")
        return value if value in METHODS else "auto"

    def save(self, model_dir: str, method: str, trust_anew: bool = False) -> None:
        """Store the folder and method; the recorded digest goes with a folder that is
        another, or the same one chosen again (``trust_anew``)."""
        if model_dir != self.model_dir() or trust_anew:
            self.store.remove(MODEL_SHA256_KEY)
            self.trust_anew = trust_anew and bool(model_dir)
        if model_dir:
            self.store.setValue(MODEL_KEY, model_dir)
        else:
            self.store.remove(MODEL_KEY)
        self.store.setValue(METHOD_KEY, method if method in METHODS else "auto")
        self.store.sync()

    def record_sha256(self, folder: str, sha256: str) -> bool:
        """Keep ``sha256`` as the digest of ``folder``'s model file when ``folder`` is the
        one stored and has none yet; True if kept."""
        if not folder or folder != self.model_dir() or self.model_sha256() is not None:
            return False
        self.store.setValue(MODEL_SHA256_KEY, sha256)
        self.store.sync()
        return True


class _Recorder(QObject):
    """Brings a digest recorded on the thread that read the model to the GUI thread,
    where it is stored with the folder."""

    recorded = Signal(str, str)

    def __init__(self, settings: AnalysisSettings) -> None:
        super().__init__()
        self.settings = settings
        self.recorded.connect(self.keep)

    @Slot(str, str)
    def keep(self, folder: str, sha256: str) -> None:
        self.settings.record_sha256(folder, sha256)


_recorder: list[_Recorder] = []  # the one whose settings the window applied last


def _record_into(settings: AnalysisSettings) -> None:
    """Store the digest of the chosen folder's model file in ``settings`` once it is
    recorded (already, by a load started before the window, or by a later load)."""
    if not _recorder or _recorder[0].settings is not settings:
        _recorder[:] = [_Recorder(settings)]
        on_model_recorded(_recorder[0].recorded.emit)
    folder, sha256 = chosen_model_dir()
    if folder and sha256:
        settings.record_sha256(folder, sha256)


def current_method() -> str:
    return _state["method"]


def apply_settings(settings: AnalysisSettings, at_start: bool = False, retry: bool = False) -> bool:
    """Make the stored folder and method the ones the aligner uses; True if either changed.

    At start as later, an empty folder setting (Reset to default) leaves the model to
    ``$CROSSREAD_MODEL_DIR`` as the shell set it, else to the installed one; so OK with
    nothing changed changes nothing, unless ``retry``: the model could not be loaded and
    the reader, told why in the dialog, pressed OK, so it is loaded again (its files may
    have been put right). ``at_start`` is kept for callers.
    """
    method = settings.method()
    changed = method != _state["method"]
    _state["method"] = method
    trust_anew, settings.trust_anew = settings.trust_anew, False
    again = retry and model_problem(method) is not None  # told why, and OK pressed
    if choose_stored_model(settings.store, trust_anew=trust_anew) or again:
        _forget_model()
        changed = True
    _record_into(settings)
    return changed


def model_problem(method: str | None = None) -> str | None:
    """Why the sentence model could not be loaded under the settings applied (None: it
    loaded, was not tried yet, or ``method``, else the method applied, is lexical)."""
    if (method or current_method()) == "lexical":
        return None
    from reader.analysis.sentence_model.embedding import last_load_error

    return last_load_error()


def _forget_model() -> None:
    from reader.analysis.sentence_model.embedding import reset_default_embedder

    reset_default_embedder()


def set_model_dir(folder: str | None, sha256: str | None = None) -> bool:
    """Point the sentence model at ``folder`` (None: ``$CROSSREAD_MODEL_DIR``, else the
    installed model), whose model file must have ``sha256`` when given; True if that
    changed."""
    if not choose_model_dir(folder, sha256):
        return False
    _forget_model()
    return True


def settings_aligner(a: Document, b: Document, **kw: object) -> Alignment:
    """The window's aligner: ``reader.analysis.align`` with the method of the settings."""
    from reader.analysis import align

    return align(a, b, method=current_method(), **kw)  # type: ignore[arg-type]


LONG_NOTICE = 140  # characters a status bar shows whole beside the match counts
SHORT_FALLBACK = (
    "The sentence model could not be loaded, so matching uses words, names and numbers "
    "only (Edit > Settings… says why, as does pointing here)."
)
LOAD_PROBLEM = (
    "The sentence model could not be loaded, so matching uses words, names and numbers only:"
)


def _clear_tip(bar: QStatusBar, message: str) -> None:
    if not message:
        bar.setToolTip("")


def report_notices(bar: QStatusBar, alignment: Alignment, shown: set[str]) -> str | None:
    """Put the alignment's first notice not yet in ``shown`` in the status bar (once).

    Call it when an alignment is shown; clear ``shown`` when the model settings change,
    so a new failure is reported again. Returns the message shown, if any.
    """
    # not what the bar above the articles says ("Both articles are in German, ...", "The
    # installed sentence model reads English only: ..." after "Article A is written in ...")
    above = (language_notice(alignment), ENGLISH_ONLY_MODEL)
    fresh = [n for n in alignment.notices if n not in shown and n not in above]
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
    """The model folder (line edit, Browse…, Reset to default) and the matching method,
    both put back as installed by Restore Defaults;
    with ``load_problem``, why the model could not be loaded (the status bar says it in a
    tooltip, out of the keyboard's reach): OK then tries the model again."""

    def __init__(
        self,
        settings: AnalysisSettings,
        parent: QWidget | None = None,
        load_problem: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.folder = QLineEdit(settings.model_dir())
        shell = os.environ.get(MODEL_DIR_ENV)
        self.folder.setPlaceholderText(
            f"{MODEL_DIR_ENV}: {shell}" if shell else "Default (installed all-MiniLM-L6-v2)"
        )
        self.folder.setAccessibleName("Sentence-model folder")
        self.rechosen = False  # a folder picked with Browse…: its model is trusted anew
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
            "with the model's SHA-256; without it, the model's SHA-256 is noted when it "
            f"first loads, and checked after). Left empty: the folder in {MODEL_DIR_ENV} "
            "if set, else the installed model. If the model cannot be loaded, Crossread "
            "says so in the status bar and matches words, names and numbers only."
        )
        hint.setWordWrap(True)
        # why OK did not take the folder (none, model.onnx or tokenizer.json missing)
        self.problem = QLabel()
        self.problem.setObjectName("settings_problem")
        describe_label(self.problem, "Settings problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.problem.font()
        bold.setBold(True)
        self.problem.setFont(bold)
        self.problem.hide()
        self.load_problem = load_problem
        if load_problem:
            self.problem.setText(f"{LOAD_PROBLEM} {load_problem} OK tries it again.")
            self.problem.show()
        self.folder.textEdited.connect(self.problem.hide)
        self.reset.clicked.connect(self.problem.hide)
        form = QFormLayout()
        form.addRow("Sentence-model folder:", row)
        folder_label = form.labelForField(row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.folder)  # the row holds its buttons too
        form.addRow("Matching method:", self.method)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip("The installed model and Automatic matching (OK keeps them)")
        defaults.clicked.connect(self.restore_defaults)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        # as tall as the wrapped hint needs at this width: a fixed height cut its last
        # line off at a large font
        self._fit_height(max(640, self.minimumSizeHint().width()))

    def _fit_height(self, width: int) -> None:
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    def chosen(self) -> tuple[str, str]:
        """The folder ("" for the default) and method in the dialog."""
        return self.folder.text().strip(), str(self.method.currentData())

    def folder_problem(self) -> str | None:
        """Why the folder in the field cannot be the model folder (None: it can). A folder
        other than the stored one must exist and hold model.onnx and tokenizer.json; the
        stored one is left to the model's loader, which says what is wrong with it."""
        folder = self.chosen()[0]
        if not folder or (folder == self.settings.model_dir() and not self.rechosen):
            return None
        try:
            model_files(folder)
        except ModelLoadError as exc:
            return f"{exc.message} Nothing was changed: choose a model folder, or Reset to default."
        return None

    def accept(self) -> None:
        """Store the folder and method; a folder that holds no model is refused, said in
        the dialog, which stays open, the settings as they were."""
        problem = self.folder_problem()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            announce(self.problem, problem)  # the keyboard goes to the folder, not here
            self._fit_height(self.width())  # the hint whole above it
            self.folder.setFocus()
            self.folder.selectAll()
            return
        folder, method = self.chosen()
        # told why the folder's model could not be loaded, the reader takes the model now
        # in it with OK, as choosing the folder again would (its digest recorded anew)
        retried = bool(self.load_problem) and bool(folder) and folder == self.settings.model_dir()
        self.settings.save(folder, method, trust_anew=self.rechosen or retried)
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.load_problem and self.problem.isVisible():
            announce(self.problem, self.problem.text())  # the keyboard is in the folder

    def restore_defaults(self) -> None:
        """Every setting in the dialog as installed: no folder of one's own (the shell's
        ``$CROSSREAD_MODEL_DIR``, else the installed model) and Automatic matching; OK
        stores them."""
        self.folder.clear()
        self.rechosen = False
        self.method.setCurrentIndex(list(METHODS).index("auto"))
        self.problem.hide()

    def ask_folder(self) -> str:
        """The OS folder dialog (tests replace this one call)."""
        return QFileDialog.getExistingDirectory(self, "Sentence-model folder", self.folder.text())

    def _browse(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder.setText(folder)
            self.rechosen = True
            self.problem.hide()


__all__ = [
    "METHODS",
    "AnalysisSettings",
    "SettingsDialog",
    "apply_settings",
    "current_method",
    "model_problem",
    "report_notices",
    "set_model_dir",
    "settings_aligner",
]

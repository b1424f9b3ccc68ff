"""Tests of reader/ui/settings_dialog.py: the model folder and matching method settings, and
the status-bar notice when the model cannot load (lexical fallback)."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QStatusBar
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, language_notice
from reader.analysis.sentence_model.embedding import reset_default_embedder
from reader.analysis.sentence_model.embedding_model import MODEL_DIR_ENV
from reader.analysis.sentence_model.model_source import (
    bundled_tokenizer_file,
    choose_model_dir,
    chosen_model_dir,
    default_model_file,
    model_files,
    on_model_recorded,
)
from reader.ingest import load_document
from reader.model import Alignment
from reader.ui import settings_dialog
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from reader.ui.settings import METHOD_KEY, MODEL_KEY, MODEL_SHA256_KEY
from reader.ui.settings_dialog import (
    SHORT_FALLBACK,
    AnalysisSettings,
    SettingsDialog,
    current_method,
    report_notices,
    settings_aligner,
)
from tests.analysis.linking.test_relatedness import GERMAN_A, GERMAN_B
from tests.session.samples import sample_alignment
from tests.ui import font_fixtures
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import (
    ALIGN_TIMEOUT,
    check_closed,
    lexical,
    make_controller,
    settle,
)

ctl, data_folder, pair, win = fx.ctl, fx.data_folder, fx.pair, fx.win
app_font = font_fixtures.app_font


@pytest.fixture(autouse=True)
def model_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No model folder from the shell or chosen; the process-wide method and model
    restored after."""
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    saved = dict(settings_dialog._state)
    choose_model_dir(None, trust_anew=True)
    reset_default_embedder()
    yield
    settings_dialog._state.update(saved)
    monkeypatch.undo()
    choose_model_dir(None, trust_anew=True)
    on_model_recorded(None)
    settings_dialog._recorder.clear()
    reset_default_embedder()


def ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def broken_model(tmp_path: Path) -> Path:
    folder = tmp_path / "broken-model"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"not a model")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    return folder


def test_dialog_stores_folder_and_method(
    ctl: SessionController, settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = str(model_folder(tmp_path))
    dialog = ctl.settings_opener.open()
    assert dialog.chosen() == ("", "auto")
    dialog.folder.setText(folder)
    dialog.method.setCurrentIndex(dialog.method.findData("lexical"))
    with qtbot.waitSignal(ctl.settings_opener.applied) as sig:
        ok(dialog)
    assert sig.args == [True]
    assert settings.value(MODEL_KEY) == folder
    assert settings.value(METHOD_KEY) == "lexical"
    assert chosen_model_dir()[0] == folder
    assert current_method() == "lexical"
    assert ctl.settings_opener.open().chosen() == (folder, "lexical")


@pytest.fixture
def working(ctl: SessionController, qtbot: QtBot, tmp_path: Path) -> str:
    """A model folder chosen in Settings and applied: the working setting."""
    folder = str(model_folder(tmp_path, "working-model"))
    dialog = ctl.settings_opener.open()
    dialog.folder.setText(folder)
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    return folder


def not_a_model(tmp_path: Path) -> Path:
    """A folder of notes, not of a model."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.txt").write_text("Putin and Kim signed a treaty.", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp: tmp / "does-not-exist", "does not exist or is not a folder"),
        (not_a_model, "has no model.onnx"),
    ],
    ids=["missing", "not a model"],
)
def test_a_folder_without_a_model_is_refused_in_the_dialog(
    ctl: SessionController,
    working: str,
    settings: QSettings,
    tmp_path: Path,
    make: Callable[[Path], Path],
    said: str,
) -> None:
    bad = str(make(tmp_path))
    applied: list[bool] = []
    ctl.settings_opener.applied.connect(applied.append)
    dialog = ctl.settings_opener.open()
    dialog.folder.setText(bad)
    ok(dialog)
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.problem.isVisible()
    assert said in dialog.problem.text() and bad in dialog.problem.text()
    assert "Nothing was changed" in dialog.problem.text()
    assert applied == []
    assert settings.value(MODEL_KEY) == working
    assert chosen_model_dir()[0] == working
    dialog.reject()


def test_the_hint_and_the_problem_show_whole_once_a_folder_is_refused(
    ctl: SessionController, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ctl.settings_opener.open()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "does-not-exist"))
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.problem.height() > 0)
    for label in (dialog.hint, dialog.problem):
        assert label.height() >= label.heightForWidth(label.width()), "a last line is cut"
    assert dialog.buttons.geometry().top() >= dialog.problem.geometry().bottom()
    dialog.reject()


def test_reset_to_default_after_a_refused_folder_is_taken(
    ctl: SessionController, working: str, settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ctl.settings_opener.open()
    dialog.folder.setText(str(tmp_path / "does-not-exist"))
    ok(dialog)
    dialog.reset.click()
    assert not dialog.problem.isVisible()
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    assert settings.value(MODEL_KEY) is None


def test_browse_and_reset_to_default(
    ctl: SessionController, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    AnalysisSettings(settings).save("/some/model", "auto")
    dialog = ctl.settings_opener.open()
    monkeypatch.setattr(dialog, "ask_folder", lambda: "/chosen/model")
    dialog.browse.click()
    assert dialog.folder.text() == "/chosen/model"
    dialog.reset.click()
    assert dialog.folder.text() == ""
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    assert settings.value(MODEL_KEY) is None
    assert chosen_model_dir() == (None, None)


def test_restore_defaults_resets_the_folder_and_the_method_for_good(
    ctl: SessionController, settings: QSettings, qtbot: QtBot
) -> None:
    AnalysisSettings(settings).save("/some/model", "lexical")
    dialog = ctl.settings_opener.open()
    restore = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert restore is not None, "a button puts every setting back as installed"
    restore.click()
    assert dialog.chosen() == ("", "auto")
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    after_restart = AnalysisSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert (after_restart.model_dir(), after_restart.method()) == ("", "auto")
    assert current_method() == "auto"


def test_stored_folder_applies_at_start(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    AnalysisSettings(settings).save(str(tmp_path), "semantic")
    w = MainWindow(settings=settings, aligner=lexical)
    qtbot.addWidget(w)
    make_controller(w, monkeypatch)
    assert chosen_model_dir()[0] == str(tmp_path)
    assert current_method() == "semantic"
    check_closed(w)


def test_settings_without_a_pair_apply_to_the_next(
    ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    dialog = ctl.settings_opener.open()
    dialog.method.setCurrentIndex(dialog.method.findData("lexical"))
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    assert "next pair" in win.statusBar().currentMessage()


@pytest.fixture
def model_window(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, SessionController]]:
    """A window aligning with the method of the settings (lexical to begin with)."""
    AnalysisSettings(settings).save("", "lexical")
    w = MainWindow(settings=settings, aligner=settings_aligner)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    c = make_controller(w, monkeypatch)
    yield w, c
    check_closed(w)


def test_broken_model_folder_falls_back_to_lexical_with_a_notice(
    model_window: tuple[MainWindow, SessionController],
    pair: tuple[str, str],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    w, c = model_window
    with qtbot.waitSignal(c.session_changed, timeout=ALIGN_TIMEOUT):
        w.open_pair(*pair)
    settle(qtbot, c)
    first = w.alignment()
    assert first is not None and not first.notices
    dialog = c.settings_opener.open()
    dialog.folder.setText(str(broken_model(tmp_path)))
    dialog.method.setCurrentIndex(dialog.method.findData("auto"))
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        ok(dialog)
    realigned: Alignment = sig.args[0]
    assert realigned.method == "lexical"
    assert (
        realigned.notices
        and "Matching uses words, names and numbers only" in (realigned.notices[0])
    )
    assert w.statusBar().currentMessage() == SHORT_FALLBACK  # the reason is long
    assert w.statusBar().toolTip() == realigned.notices[0]
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT):
        w.open_pair(*pair)
    assert w.statusBar().currentMessage() == "", "the notice is shown once"


def test_the_counts_keep_saying_why_matching_used_words(
    model_window: tuple[MainWindow, SessionController],
    pair: tuple[str, str],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """The status bar says it once, for a while; the counts' "(lexical)" keeps the reason
    in its tooltip (and for screen readers) for as long as the pair is shown."""
    w, c = model_window
    dialog = c.settings_opener.open()
    dialog.folder.setText(str(broken_model(tmp_path)))
    dialog.method.setCurrentIndex(dialog.method.findData("auto"))
    ok(dialog)
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        w.open_pair(*pair)
    notice = sig.args[0].notices[0]
    w.statusBar().clearMessage()
    assert "(lexical)" in w.counts.full_text()
    assert w.counts.toolTip().endswith(notice)
    assert notice in w.counts.accessibleDescription()
    settle(qtbot, c)


def test_settings_changed_while_a_pair_is_matched_apply_to_that_pair(
    model_window: tuple[MainWindow, SessionController], pair: tuple[str, str], qtbot: QtBot
) -> None:
    w, c = model_window
    w.open_pair(*pair)  # still being matched, under the settings it started with
    with qtbot.waitSignal(w.opener.started, timeout=ALIGN_TIMEOUT):
        assert c.realign()  # what OK in Settings does: the pair is matched again
    assert "next pair" not in w.statusBar().currentMessage()
    settle(qtbot, c)


def test_semantic_method_with_a_broken_model_is_an_error(
    model_window: tuple[MainWindow, SessionController],
    pair: tuple[str, str],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    w, c = model_window
    AnalysisSettings(w.settings.store).save(str(broken_model(tmp_path)), "semantic")
    settings_dialog.apply_settings(c.analysis)
    with qtbot.waitSignal(w.error_shown, timeout=ALIGN_TIMEOUT) as sig:
        w.open_pair(*pair)
    assert sig.args[0] == "Sentence model not available"
    assert "model" in sig.args[1] and "Automatic" in sig.args[1]


def test_report_notices_once(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    base = sample_alignment()
    failed = Alignment(base.a, base.b, base.matches, notices=("The model could not load.",))
    shown: set[str] = set()
    assert report_notices(bar, base, shown) is None
    assert report_notices(bar, failed, shown) == "The model could not load."
    assert bar.currentMessage() == "The model could not load."
    bar.clearMessage()
    assert report_notices(bar, failed, shown) is None
    assert bar.currentMessage() == ""


def test_the_language_notice_is_left_to_the_bar_above_the_articles(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    docs = []
    for side, text in (("a", GERMAN_A), ("b", GERMAN_B)):
        (tmp_path / f"{side}.txt").write_text(text, encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    al = align(docs[0], docs[1], method="auto")
    assert language_notice(al) in al.notices  # the bar above the articles says it
    assert report_notices(bar, al, set()) is None
    assert bar.currentMessage() == ""


def test_the_english_only_model_sentence_is_left_to_the_bar_above_the_articles(
    qtbot: QtBot,
) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    base = sample_alignment()
    al = Alignment(base.a, base.b, base.matches, notices=(ENGLISH_ONLY_MODEL,))
    assert report_notices(bar, al, set()) is None
    assert bar.currentMessage() == ""


def test_a_long_notice_is_said_short_with_the_reason_in_the_tooltip(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    base = sample_alignment()
    reason = (
        "The sentence-embedding model could not be loaded from /home/me/models (onnxruntime "
        "cannot load it: [ONNXRuntimeError] : 7 : INVALID_PROTOBUF : Protobuf parsing "
        "failed.); reinstall Crossread or choose another model folder in Settings. Matching "
        "uses words, names and numbers only."
    )
    failed = Alignment(base.a, base.b, base.matches, notices=(reason,))
    shown = report_notices(bar, failed, set())
    assert shown == SHORT_FALLBACK == bar.currentMessage()
    assert bar.toolTip() == reason
    bar.clearMessage()
    assert bar.toolTip() == ""


@pytest.mark.parametrize("points", [10, 18])
def test_the_whole_hint_shows_at_normal_and_large_font(
    ctl: SessionController, qtbot: QtBot, app_font: Callable[[int], None], points: int
) -> None:
    app_font(points)
    dialog = ctl.settings_opener.open()
    qtbot.waitExposed(dialog)
    hint = dialog.hint
    assert hint.height() >= hint.heightForWidth(hint.width()), "the hint's last line is cut"
    assert dialog.buttons.geometry().top() >= hint.geometry().bottom()
    dialog.reject()


# -- the folder of the shell, and the model's digest kept with the chosen folder ------------


def model_folder(tmp_path: Path, name: str = "my-model") -> Path:
    """A model folder holding copies of the installed model and tokenizer (no model.sha256)."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copyfile(default_model_file(), folder / "model.onnx")
    shutil.copyfile(bundled_tokenizer_file(), folder / "tokenizer.json")
    return folder


def damage_weights(model_file: Path) -> None:
    """Change bytes in the middle of the weights: onnxruntime still loads the file."""
    size = model_file.stat().st_size
    with model_file.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x7f" * 64)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ok_with_nothing_changed_keeps_the_folder_of_the_shell(
    ctl: SessionController, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = model_folder(tmp_path, "shell-model")
    monkeypatch.setenv(MODEL_DIR_ENV, str(shell))
    dialog = ctl.settings_opener.open()
    assert dialog.chosen() == ("", "auto")
    assert str(shell) in dialog.folder.placeholderText(), "the field says what empty means"
    with qtbot.waitSignal(ctl.settings_opener.applied) as sig:
        ok(dialog)
    assert sig.args == [False], "nothing changed: the pair is not matched again"
    assert os.environ.get(MODEL_DIR_ENV) == str(shell)
    assert model_files(None).model_file == shell / "model.onnx"


def test_a_folder_chosen_in_settings_is_used_before_the_shells(
    ctl: SessionController, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell, chosen = model_folder(tmp_path, "shell-model"), model_folder(tmp_path)
    monkeypatch.setenv(MODEL_DIR_ENV, str(shell))
    dialog = ctl.settings_opener.open()
    dialog.folder.setText(str(chosen))
    with qtbot.waitSignal(ctl.settings_opener.applied):
        ok(dialog)
    assert model_files(None).model_file == chosen / "model.onnx"
    dialog = ctl.settings_opener.open()
    dialog.reset.click()
    with qtbot.waitSignal(ctl.settings_opener.applied) as sig:
        ok(dialog)
    assert sig.args == [True]
    assert model_files(None).model_file == shell / "model.onnx", "empty: the shell's again"


def test_the_chosen_models_digest_is_kept_with_the_folder_when_first_loaded(
    model_window: tuple[MainWindow, SessionController],
    pair: tuple[str, str],
    settings: QSettings,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, c = model_window
    folder = model_folder(tmp_path)
    with qtbot.waitSignal(c.session_changed, timeout=ALIGN_TIMEOUT):
        w.open_pair(*pair)
    settle(qtbot, c)
    dialog = c.settings_opener.open()
    monkeypatch.setattr(dialog, "ask_folder", lambda: str(folder))
    dialog.browse.click()
    dialog.method.setCurrentIndex(dialog.method.findData("auto"))
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        ok(dialog)
    assert sig.args[0].method == "semantic" and not sig.args[0].notices
    digest = sha256_of(folder / "model.onnx")
    qtbot.waitUntil(lambda: settings.value(MODEL_SHA256_KEY) == digest, timeout=ALIGN_TIMEOUT)
    settle(qtbot, c)
    with qtbot.waitSignal(c.settings_opener.applied) as applied:
        ok(c.settings_opener.open())
    assert applied.args == [False]
    assert settings.value(MODEL_SHA256_KEY) == digest, "OK with nothing changed keeps it"


def test_a_model_changed_since_its_digest_was_kept_falls_back_with_a_notice(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = model_folder(tmp_path)
    AnalysisSettings(settings).save(str(folder), "auto")
    settings.setValue(MODEL_SHA256_KEY, sha256_of(folder / "model.onnx"))
    damage_weights(folder / "model.onnx")  # after it was chosen and first loaded
    w = MainWindow(settings=settings, aligner=settings_aligner)  # the next start
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    make_controller(w, monkeypatch)
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        w.open_pair(*pair)
    aligned: Alignment = sig.args[0]
    assert aligned.method == "lexical"
    assert len(aligned.notices) == 1 and "changed since it was first loaded" in aligned.notices[0]
    assert "Matching uses words, names and numbers only" in aligned.notices[0]
    assert w.statusBar().currentMessage() == SHORT_FALLBACK  # the reason is long
    assert w.statusBar().toolTip() == aligned.notices[0]
    check_closed(w)


def test_choosing_the_folder_again_trusts_the_model_now_in_it(
    model_window: tuple[MainWindow, SessionController],
    pair: tuple[str, str],
    settings: QSettings,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, c = model_window
    folder = model_folder(tmp_path)
    AnalysisSettings(settings).save(str(folder), "auto")
    settings.setValue(MODEL_SHA256_KEY, "0" * 64)  # of the model that was there before
    settings_dialog.apply_settings(c.analysis)
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        w.open_pair(*pair)
    assert sig.args[0].method == "lexical"
    settle(qtbot, c)
    dialog = c.settings_opener.open()
    monkeypatch.setattr(dialog, "ask_folder", lambda: str(folder))
    dialog.browse.click()  # the same folder, chosen again
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        ok(dialog)
    assert sig.args[0].method == "semantic" and not sig.args[0].notices
    digest = sha256_of(folder / "model.onnx")
    qtbot.waitUntil(lambda: settings.value(MODEL_SHA256_KEY) == digest, timeout=ALIGN_TIMEOUT)
    settle(qtbot, c)

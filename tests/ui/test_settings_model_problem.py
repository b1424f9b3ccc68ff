"""Settings when the sentence model could not be loaded (reader/ui/settings_dialog.py,
reader/ui/settings_opener.py): the dialog says why, where the keyboard reaches it (the
status bar's tooltip needs a pointer), and its OK tries the model again, so a folder
whose files were put right is used without a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.analysis.sentence_model.model_source import bundled_tokenizer_file, default_model_file
from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.screen_reader import announcements
from reader.ui.session_controller import SessionController
from reader.ui.settings_dialog import SHORT_FALLBACK, AnalysisSettings, settings_aligner
from tests.ui import session_fixtures as fx
from tests.ui import test_settings_dialog as sd
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, make_controller, settle

data_folder, pair = fx.data_folder, fx.pair
model_env = sd.model_env  # no model folder from the shell; the process-wide state restored
ok, broken_model = sd.ok, sd.broken_model


def broken_window(
    qtbot: QtBot, settings: QSettings, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, SessionController]:
    """The window of a start whose settings name ``folder`` as the model folder."""
    AnalysisSettings(settings).save(str(folder), "auto")
    w = MainWindow(settings=settings, aligner=settings_aligner)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w, make_controller(w, monkeypatch)


def opened(
    qtbot: QtBot,
    settings: QSettings,
    folder: Path,
    pair: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, SessionController, Alignment]:
    """That window with ``pair`` opened and matched, its work settled."""
    w, c = broken_window(qtbot, settings, folder, monkeypatch)
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        w.open_pair(*pair)
    settle(qtbot, c)
    return w, c, sig.args[0]


def put_right(folder: Path) -> None:
    """The reader copies the model's real files into the folder."""
    shutil.copyfile(default_model_file(), folder / "model.onnx")
    shutil.copyfile(bundled_tokenizer_file(), folder / "tokenizer.json")


def test_settings_says_why_the_model_could_not_be_loaded(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, c, found = opened(qtbot, settings, broken_model(tmp_path), pair, monkeypatch)
    reason = found.notices[0].removesuffix(" Matching uses words, names and numbers only.")
    dialog = c.settings_opener.open()
    assert dialog.problem.isVisibleTo(dialog)
    assert reason in dialog.problem.text()
    assert "OK tries it again" in dialog.problem.text()
    dialog.reject()
    check_closed(w)


def test_the_status_bar_sends_the_keyboard_to_settings_for_why(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, _, _ = opened(qtbot, settings, broken_model(tmp_path), pair, monkeypatch)
    assert w.statusBar().currentMessage() == SHORT_FALLBACK
    assert "Settings" in SHORT_FALLBACK
    check_closed(w)


def test_the_problem_is_read_out_when_settings_opens(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, c, _ = opened(qtbot, settings, broken_model(tmp_path), pair, monkeypatch)
    heard: list[str] = []
    announcements().said.connect(heard.append)
    try:
        dialog = c.settings_opener.open()
        QApplication.processEvents()
    finally:
        announcements().said.disconnect(heard.append)
    assert dialog.problem.text() in heard
    dialog.reject()
    check_closed(w)


def test_ok_on_a_model_that_could_not_be_loaded_tries_it_again(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = broken_model(tmp_path)
    w, c, found = opened(qtbot, settings, folder, pair, monkeypatch)
    assert found.method == "lexical"
    put_right(folder)
    dialog = c.settings_opener.open()
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        ok(dialog)  # nothing changed in the dialog
    assert sig.args[0].method == "semantic" and not sig.args[0].notices
    settle(qtbot, c)
    check_closed(w)


def test_settings_says_nothing_of_a_model_that_loaded(
    qtbot: QtBot,
    settings: QSettings,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = broken_model(tmp_path)
    put_right(folder)
    w, c, found = opened(qtbot, settings, folder, pair, monkeypatch)
    assert found.method == "semantic"
    dialog = c.settings_opener.open()
    assert not dialog.problem.isVisibleTo(dialog)
    dialog.reject()
    check_closed(w)

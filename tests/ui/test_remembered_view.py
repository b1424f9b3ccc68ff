"""The View menu's settings at the next start: as the reader left them, or the defaults
where the settings file holds what this version cannot read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.app import ask_for_partner
from reader.ui.main_window import MainWindow
from reader.ui.settings import stored_model


def restarted(qtbot: QtBot, settings: QSettings) -> MainWindow:
    """A window started anew on ``settings``."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    return win


def test_entity_and_number_links_stay_on_at_the_next_start(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.actions_.minor_links.trigger()
    window.close()
    again = restarted(qtbot, window.settings.store)
    assert again.actions_.minor_links.isChecked()
    assert again.linker.minor_links
    again.shutdown()


def test_synced_scrolling_stays_on_where_its_setting_is_not_understood(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue("view/sync", "maybe")
    win = restarted(qtbot, settings)
    assert win.actions_.sync.isChecked()
    win.shutdown()


def answer_file_dialog(act: Callable[[QFileDialog], None]) -> None:
    """Once the next file dialog is open, ``act`` on it (it must close the dialog)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def choose_file(path: Path) -> Callable[[QFileDialog], None]:
    """What ``answer_file_dialog`` does to choose ``path`` (made here) in the dialog."""
    path.parent.mkdir(exist_ok=True)
    path.write_text("An article.", encoding="utf-8")

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return choose


def end_the_run(tmp_path: Path) -> None:
    """Qt remembers the last folder for the rest of the process: a file chosen elsewhere
    (in a dialog of no window of Crossread's) stands for the run that ended."""
    answer_file_dialog(choose_file(tmp_path / "elsewhere" / "b.txt"))
    QFileDialog.getOpenFileName(None, "Elsewhere", str(tmp_path / "elsewhere"))


def start_folder(ask: Callable[[], object]) -> str:
    """The folder the file dialog ``ask`` opens starts in (the dialog is cancelled)."""
    started_in: list[str] = []

    def look(dialog: QFileDialog) -> None:
        started_in.append(dialog.directory().absolutePath())
        dialog.reject()

    answer_file_dialog(look)
    ask()
    assert len(started_in) == 1
    return started_in[0]


def test_the_open_dialog_starts_in_the_folder_last_chosen_at_the_next_start(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    answer_file_dialog(choose_file(folder / "a.txt"))
    assert window.ask_open_file_names("Open two articles (A and B)") == [str(folder / "a.txt")]
    window.close()
    end_the_run(tmp_path)
    again = restarted(qtbot, window.settings.store)
    assert start_folder(lambda: again.ask_open_file_names("Open two articles")) == str(folder)
    again.shutdown()


def test_the_open_session_dialog_starts_in_the_folder_last_chosen_at_the_next_start(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "reading"
    answer_file_dialog(choose_file(folder / "a.txt"))
    window.ask_open_file_names("Open two articles (A and B)")
    window.close()
    end_the_run(tmp_path)
    again = restarted(qtbot, window.settings.store)
    assert start_folder(again.session_controller.dialogs.ask_open_path) == str(folder)
    again.shutdown()


def test_a_model_folder_setting_this_version_cannot_read_is_no_folder(
    settings: QSettings, tmp_path: Path
) -> None:
    """Two folders (a list in the INI file) name no model folder: the installed model
    loads, rather than a folder named "['/a', '/b']" that does not exist."""
    (tmp_path / "crossread.ini").write_text(
        "[analysis]\nmodel_dir=/models/a, /models/b\n", encoding="utf-8"
    )
    settings.sync()  # read the file as written
    assert stored_model(settings) == ("", None)


def unsaveable(qtbot: QtBot, blocker: Path) -> MainWindow:
    """A window shown whose settings cannot be saved: a file at ``blocker``, where the
    settings folder would be."""
    blocker.write_text("a file where the settings folder would be", encoding="utf-8")
    win = restarted(qtbot, QSettings(str(blocker / "crossread.ini"), QSettings.Format.IniFormat))
    win.show()
    return win


def test_settings_that_cannot_be_saved_are_said_once_the_pair_is_shown(
    qtbot: QtBot, tmp_path: Path, alignment: Alignment
) -> None:
    blocker = tmp_path / "config"
    win = unsaveable(qtbot, blocker)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(alignment)
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Crossread cannot save its settings in {blocker / 'crossread.ini'}")
    win.shutdown()


def test_a_notice_about_the_pair_keeps_its_time_before_the_settings_are_said(
    qtbot: QtBot, tmp_path: Path, alignment: Alignment
) -> None:
    blocker = tmp_path / "config"
    win = unsaveable(qtbot, blocker)
    notice = "The sentence model could not load: matching used words, names and numbers."
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(replace(alignment, notices=(notice,)))
    assert win.statusBar().currentMessage() == notice
    win.statusBar().clearMessage()  # its time is up
    assert win.statusBar().currentMessage().startswith("Crossread cannot save its settings")
    win.shutdown()


def test_the_partner_of_an_article_named_alone_is_asked_for_in_its_folder(
    window: MainWindow, tmp_path: Path
) -> None:
    """'crossread a.txt' (a file manager's Open with): the dialog for the article to
    compare it with starts beside a.txt, not where files were last chosen."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    window.settings.set_open_folder(str(elsewhere / "b.txt"))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("An article.", encoding="utf-8")
    assert start_folder(lambda: ask_for_partner(window, str(folder / "a.txt"))) == str(folder)

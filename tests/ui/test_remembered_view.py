"""The View menu's settings at the next start: as the reader left them, or the defaults
where the settings file holds what this version cannot read."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


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

"""What a screen reader gets from the window beyond Qt's defaults: the status bar's
message as its name, the menus named for their titles, a label whose text is what it
says, and announcements of what appears without the keyboard going there (a notice, a
find's result).

Qt reads a QLabel's and a QStatusBar's accessible name in place of their text: a fixed
name set on them ("Status bar", "Title of article A") hid every message and the title
itself from a screen reader, which read the name alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QMenuBar, QStatusBar

STATUS_NAME = "Status bar"  # the status bar's name while it shows no message


def voice_status_bar(bar: QStatusBar) -> None:
    """The status bar's accessible name is the message it shows (what the text cursor is
    on, a session saved, a model that failed), ``STATUS_NAME`` while it shows none."""

    def said(text: str) -> None:
        bar.setAccessibleName(text or STATUS_NAME)

    said(bar.currentMessage())
    bar.messageChanged.connect(said)


def menu_title(menu: QMenu) -> str:
    """A menu's title as read out: "&File" -> "File" ("&&" stays one "&")."""
    return menu.title().replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_menus(bar: QMenuBar) -> None:
    """Each menu of ``bar`` and their submenus named for their titles (Qt leaves an open
    menu nameless: it was read out as "menu" alone)."""
    menus = [m for a in bar.actions() if (m := a.menu()) is not None and isinstance(m, QMenu)]
    while menus:
        menu = menus.pop()
        if not menu.accessibleName():
            menu.setAccessibleName(menu_title(menu))
        menus += [m for a in menu.actions() if isinstance(m := a.menu(), QMenu)]


def clear_button(edit: QLineEdit, name: str = "Clear") -> None:
    """Give ``edit`` Qt's clear button, named (Qt leaves it nameless: a button read out
    as nothing while the field holds text)."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")  # Qt's name since 5.2
    if action is not None:
        action.setText(name)


def describe_label(label: QLabel, what: str) -> None:
    """``label``'s text is its accessible name (Qt's default) and ``what`` it is ("Title
    of article A") its description: a name set on a label is read in place of its text."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)


class Announcements(QObject):
    """Signals:
    said(str): an announcement was sent to screen readers (the window's own record)."""

    said = Signal(str)


_ANNOUNCEMENTS: list[Announcements] = []


def announcements() -> Announcements:
    """The one record of announcements."""
    if not _ANNOUNCEMENTS:
        _ANNOUNCEMENTS.append(Announcements())
    return _ANNOUNCEMENTS[0]


def announce(source: QObject, text: str) -> None:
    """Ask screen readers to say ``text`` (politely: after what they are saying), for
    something that appeared where the keyboard is not."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
        announcements().said.emit(text)

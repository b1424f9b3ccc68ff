"""The None-refcount work-around for PySide6 6.12 on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import reader.ui  # noqa: F401 - applies the work-around
from reader.ui.compat import RESERVE, binding_drops_none_refs, protect_none


def test_void_calls_cannot_exhaust_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(20_000):
        widget.update()
    if binding_drops_none_refs():
        assert sys.getrefcount(None) > RESERVE // 4
    assert protect_none() == binding_drops_none_refs()

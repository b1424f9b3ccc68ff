"""The None-refcount work-around for PySide6 6.12 on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import reader.ui  # noqa: F401 - applies the work-around
from reader.ui.compat import RESERVE, binding_drops_none_refs, protect_none


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_emits_cannot_exhaust_singletons(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    emitter.fired.connect(lambda _on: None)
    for i in range(20_000):
        widget.update()
        emitter.fired.emit(i % 2 == 0)
    if binding_drops_none_refs():
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > RESERVE // 4
    assert protect_none() == binding_drops_none_refs()

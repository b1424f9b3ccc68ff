"""TaskRunner: results, errors, progress, stale generations discarded."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.worker import IsCancelled, Progress, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.cancel()
    assert r.wait(5000)
    assert r.active_threads() == 0


def test_result_and_progress(runner: TaskRunner, qtbot: QtBot) -> None:
    def task(progress: Progress, cancelled: IsCancelled) -> int:
        progress(0.5)
        return 42

    seen: list[object] = []
    runner.progressed.connect(seen.append)
    runner.finished.connect(seen.append)
    with qtbot.waitSignal(runner.finished):
        runner.start(task)
    assert seen == [0.5, 42]
    assert not runner.is_running()


def test_error_reaches_gui(runner: TaskRunner, qtbot: QtBot) -> None:
    def task(progress: Progress, cancelled: IsCancelled) -> int:
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.errored) as sig:
        runner.start(task)
    assert isinstance(sig.args[0], ValueError)


def test_stale_result_discarded(runner: TaskRunner, qtbot: QtBot) -> None:
    gate = threading.Event()
    saw_cancel = threading.Event()

    def slow(progress: Progress, cancelled: IsCancelled) -> str:
        while not gate.wait(0.005):
            if cancelled():
                saw_cancel.set()
                break
        return "stale"

    results: list[object] = []
    runner.finished.connect(results.append)
    first = runner.start(slow)
    with qtbot.waitSignal(runner.finished):
        second = runner.start(lambda p, c: "fresh")
    assert second == first + 1
    qtbot.waitUntil(saw_cancel.is_set)
    gate.set()
    runner.wait()
    qtbot.wait(10)  # let any queued (stale) delivery run: it must be dropped
    assert results == ["fresh"]
    assert saw_cancel.is_set()

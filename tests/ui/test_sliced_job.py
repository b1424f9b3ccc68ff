"""SlicedJob: GUI-thread work a slice per event-loop turn, cancelled by the next job."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reader.ui.sliced_job import STEP, SlicedJob, Steps

pytestmark = pytest.mark.gui


def counting(done: list[int], n: int) -> Steps:
    for i in range(n):
        done.append(i)
        yield STEP


@pytest.fixture
def owner() -> Iterator[QObject]:
    obj = QObject()
    yield obj
    for job in obj.findChildren(SlicedJob):
        job.cancel()


def test_short_job_is_done_before_start_returns(owner: QObject) -> None:
    job = SlicedJob(owner)
    done: list[int] = []
    job.start(counting(done, 3))
    assert done == [0, 1, 2] and not job.pending()


def test_job_runs_over_several_turns_to_the_end(owner: QObject, qtbot: QtBot) -> None:
    job = SlicedJob(owner, budget_ms=0)
    done: list[int] = []
    with qtbot.waitSignal(job.finished):
        job.start(counting(done, 5))
        assert done == [0]  # one step per slice: the rest runs in later turns
    assert done == [0, 1, 2, 3, 4]


def test_new_job_cancels_the_unfinished_one(owner: QObject, qtbot: QtBot) -> None:
    job = SlicedJob(owner, budget_ms=0)
    first: list[int] = []
    second: list[int] = []
    finished: list[bool] = []
    job.finished.connect(lambda: finished.append(True))
    job.start(counting(first, 5))
    with qtbot.waitSignal(job.finished):
        job.start(counting(second, 3))
    qtbot.wait(10)
    assert first == [0] and second == [0, 1, 2] and finished == [True]


def test_flush_runs_the_rest_at_once(owner: QObject) -> None:
    job = SlicedJob(owner, budget_ms=0)
    done: list[int] = []
    job.start(counting(done, 4))
    job.flush()
    assert done == [0, 1, 2, 3] and not job.pending()


def test_cancel_closes_the_steps(owner: QObject) -> None:
    job = SlicedJob(owner, budget_ms=0)
    closed: list[bool] = []

    def steps() -> Steps:
        try:
            while True:
                yield STEP
        finally:
            closed.append(True)

    job.start(steps())
    job.cancel()
    assert closed == [True] and not job.pending()


def test_two_jobs_take_turns(owner: QObject, qtbot: QtBot) -> None:
    first, second = SlicedJob(owner, budget_ms=0), SlicedJob(owner, budget_ms=0)
    order: list[str] = []

    def steps(name: str) -> Steps:
        for _ in range(3):
            order.append(name)
            yield STEP

    first.start(steps("a"))
    with qtbot.waitSignal(second.finished):
        second.start(steps("b"))
    assert order == ["a", "b", "a", "b", "a", "b"]

"""TaskRunner: results, errors, progress, stale generations discarded."""

from __future__ import annotations

import gc
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader import regex_cache
from reader.gc_pause import collections_paused
from reader.regex_cache import PatternFile, file_name
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


def _own_niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's"
)


@linux_only
def test_a_task_and_the_threads_it_starts_run_at_the_worker_niceness(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    from reader.ui.worker import WORKER_NICENESS

    seen: dict[str, int] = {}

    def task(progress: Progress, cancelled: IsCancelled) -> None:
        seen["task"] = _own_niceness()
        # the aligner's model runs go on threads the task starts
        inner = threading.Thread(target=lambda: seen.setdefault("inner", _own_niceness()))
        inner.start()
        inner.join()

    with qtbot.waitSignal(runner.finished):
        runner.start(task)
    base = _own_niceness()  # the GUI thread keeps its own
    assert seen == {"task": max(base, WORKER_NICENESS), "inner": max(base, WORKER_NICENESS)}
    assert _own_niceness() == base


@linux_only
def test_a_thread_niced_further_is_not_raised_back_to_the_worker_niceness() -> None:
    from reader.ui.worker import WORKER_NICENESS, lower_thread_priority

    seen: list[int] = []

    def run() -> None:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS + 3)
        lower_thread_priority()
        seen.append(_own_niceness())

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [WORKER_NICENESS + 3]


def test_the_collector_runs_again_once_the_last_of_overlapping_pauses_ends() -> None:
    first, second = collections_paused(), collections_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled(), "the second task is still under way"
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_pause_leaves_the_collector_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with collections_paused():
            assert not gc.isenabled()  # paused, as it was
        assert not gc.isenabled()  # and left off: the pause did not turn it on
    finally:
        gc.enable()


def test_a_task_keeps_the_patterns_it_compiled(
    runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program keeps patterns on exit; the window also after each task, so a window
    killed after its first alignment has them kept."""
    monkeypatch.setattr(regex_cache, "WORTH_WRITING_S", 0.0)
    pattern = r"(?P<who>[A-Z]\w+) (?:told|said) (?:the )?worker test"
    re.purge()
    assert regex_cache.install(tmp_path)
    try:
        runner.start(lambda progress, cancelled: re.compile(pattern))
        assert runner.wait(5000)
    finally:
        regex_cache.uninstall()
        re.purge()
    kept = PatternFile.read(tmp_path / "regex" / file_name()).kept
    assert (pattern, 0) in kept

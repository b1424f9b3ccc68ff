"""Background: work on another thread, its value or its exception collected later."""

from __future__ import annotations

import threading

import pytest

from reader.analysis.background import Background


def test_result_is_the_value_of_the_work() -> None:
    assert Background(lambda: 6 * 7).result() == 42


def test_work_runs_on_another_thread() -> None:
    job = Background(lambda: threading.current_thread() is threading.main_thread())
    assert job.result() is False


def test_exception_of_the_work_is_raised_by_result() -> None:
    def fail() -> int:
        raise KeyError("lost")

    job = Background(fail)
    with pytest.raises(KeyError, match="lost"):
        job.result()


def test_wait_swallows_the_exception_and_ends_the_thread() -> None:
    def fail() -> None:
        raise RuntimeError("ignored by wait")

    job = Background(fail, name="failing-job")
    job.wait()
    assert "failing-job" not in {t.name for t in threading.enumerate()}

"""Tests of reader/terminal_progress.py: `crossread align`'s progress on a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from reader.terminal_progress import DELAY, STEP, TerminalProgress

LANGUAGES = Path(__file__).resolve().parent / "data" / "languages"


class Terminal(io.StringIO):
    """Text written to a terminal (isatty), kept to be read back."""

    def isatty(self) -> bool:
        return True


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_quick_run_writes_nothing(clock: Clock) -> None:
    term = Terminal()
    progress = TerminalProgress(term, clock)
    clock.now += DELAY / 2
    progress(0.5)
    progress.close()
    assert term.getvalue() == ""


def test_a_long_run_says_how_far_it_has_got(clock: Clock) -> None:
    term = Terminal()
    progress = TerminalProgress(term, clock)
    clock.now += DELAY
    progress(0.45)
    assert term.getvalue() == "\rcrossread: matching… 45%"


def test_lines_come_at_most_every_step(clock: Clock) -> None:
    term = Terminal()
    progress = TerminalProgress(term, clock)
    clock.now += DELAY
    progress(0.1)
    clock.now += STEP / 5
    progress(0.2)
    clock.now += STEP
    progress(0.3)
    assert term.getvalue().count("\r") == 2 and term.getvalue().endswith("30%")


def test_close_clears_the_line(clock: Clock) -> None:
    term = Terminal()
    progress = TerminalProgress(term, clock)
    clock.now += DELAY
    progress(1.0)
    progress.close()
    written = "\rcrossread: matching… 100%"
    assert term.getvalue() == written + "\r" + " " * (len(written) - 1) + "\r"


def test_a_redirected_stream_gets_no_progress(clock: Clock) -> None:
    log = io.StringIO()  # not a terminal: a file or a pipe
    progress = TerminalProgress(log, clock)
    clock.now += DELAY * 10
    progress(0.5)
    progress.close()
    assert log.getvalue() == ""


def test_no_stream_at_all_is_quiet(clock: Clock) -> None:
    progress = TerminalProgress(None, clock)
    clock.now += DELAY
    progress(0.5)
    progress.close()


def test_crossread_align_writes_no_progress_into_a_redirected_stderr() -> None:
    pair = [str(LANGUAGES / f"de_{side}.txt") for side in "ab"]
    done = subprocess.run(
        [sys.executable, "-m", "reader", "align", "--method", "lexical", *pair],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "matching…" not in done.stderr

"""``crossread align`` as a program (``python -m reader``): what the reader's shell sees,
including the exit that skips the interpreter's teardown (reader.cli.entry)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.model import SCHEMA
from tests.pdf_files import pdf_over_the_text_limit


def crossread(tmp_path: Path, *argv: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "CROSSREAD_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "reader", *argv], env=env, timeout=120, **kwargs
    )


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_align_prints_the_whole_result_and_exits_0(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path, method: str
) -> None:
    done = crossread(
        tmp_path, "align", str(seed_a_path), str(seed_b_path), "--method", method,
        capture_output=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["schema"] == SCHEMA and result["matches"]
    assert done.stderr == b""


def test_align_output_file_is_complete_when_the_program_ends(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    out = tmp_path / "pair.json"
    done = crossread(
        tmp_path, "align", str(seed_a_path), str(seed_b_path), "-o", str(out), capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["matches"]
    # vectors and word pieces of each document, kept for next time
    assert len(list((tmp_path / "cache" / "vectors").glob("*.npz"))) == 4


def test_bad_input_exits_2_with_one_line(tmp_path: Path, seed_a_path: Path) -> None:
    done = crossread(
        tmp_path, "align", str(seed_a_path), str(tmp_path / "missing.txt"), capture_output=True
    )
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and "missing.txt" in done.stderr.decode()


def test_a_reader_closing_the_pipe_early_sees_no_traceback(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    command = [sys.executable, "-m", "reader", "align", str(seed_a_path), str(seed_b_path)]
    env = {**os.environ, "CROSSREAD_CACHE_DIR": "off"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as p:
        assert p.stdout is not None and p.stderr is not None
        assert p.stdout.read(1) == b"{"
        p.stdout.close()  # as `crossread align A B | head -c 1` does
        err = p.stderr.read()
        code = p.wait(timeout=120)
    assert code == 0
    assert b"Traceback" not in err


def test_a_pdf_piped_in_may_be_as_large_as_a_pdf_file(tmp_path: Path, seed_a_path: Path) -> None:
    path = pdf_over_the_text_limit(tmp_path / "article.pdf")
    with path.open("rb") as piped:
        done = crossread(
            tmp_path, "align", "-", str(seed_a_path), "--method", "lexical",
            stdin=piped, capture_output=True,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Kim Il-sung Square" in json.loads(done.stdout)["documents"][0]["text"]


# a program writing ``head`` then zeros to its standard output, a megabyte at a time,
# until it has written ``total`` bytes or the pipe is closed; it then says on standard
# error how many bytes the reader took
ZEROS_WRITER = """
import os, sys
head, total = sys.argv[1].encode(), int(sys.argv[2])
block, written = bytes(1024 * 1024), 0
try:
    written += os.write(1, head)
    while written < total:
        written += os.write(1, block)
except BrokenPipeError:
    pass
sys.stderr.write(str(written))
"""


def piped_into_align(head: str, total: int, other: Path) -> tuple[int, str, int]:
    """Pipe ``head`` and zeros, ``total`` bytes, into ``crossread align - OTHER``: its exit
    status, what it printed on standard error, and how many bytes the pipe took."""
    writer = subprocess.Popen(
        [sys.executable, "-c", ZEROS_WRITER, head, str(total)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert writer.stdout is not None and writer.stderr is not None
    env = {**os.environ, "CROSSREAD_CACHE_DIR": "off"}
    argv = [sys.executable, "-m", "reader", "align", "-", str(other), "--method", "lexical"]
    with writer, subprocess.Popen(argv, stdin=writer.stdout, stderr=subprocess.PIPE, env=env) as p:
        writer.stdout.close()  # crossread alone reads the pipe: the writer sees it closed
        _, err = p.communicate(timeout=120)
        written = int(writer.stderr.read())
    return p.returncode, err.decode(), written


def test_an_endless_text_piped_in_is_refused_once_past_the_text_limit(seed_a_path: Path) -> None:
    from reader.ingest.load import MAX_PDF_BYTES

    total = MAX_PDF_BYTES + 1024 * 1024  # as `cat /dev/zero | crossread align - B`
    code, err, written = piped_into_align("Headline\n", total, seed_a_path)
    assert code == 2
    assert err.splitlines() == [
        "crossread: error: Cannot open standard input: it is larger than the 5 MB limit "
        "for articles."
    ]
    assert written < total  # read no further than the limit


def test_a_pdf_piped_in_past_the_pdf_limit_is_refused_unread_beyond_it(seed_a_path: Path) -> None:
    from reader.ingest.load import MAX_PDF_BYTES

    total = MAX_PDF_BYTES + 4 * 1024 * 1024
    code, err, written = piped_into_align("%PDF-1.7\n", total, seed_a_path)
    assert code == 2
    assert err.splitlines() == [
        "crossread: error: Cannot open standard input: it is larger than the 50 MB limit "
        "for articles."
    ]
    assert written < total


def window_env(tmp_path: Path) -> dict[str, str]:
    """An offscreen window whose settings, autosave and vectors all stay in tmp_path."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CROSSREAD_CACHE_DIR": str(tmp_path / "cache"),
        "CROSSREAD_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def crossread_lines(stderr: bytes) -> list[str]:
    """What crossread itself printed on stderr (not what Qt may print besides)."""
    return [line for line in stderr.decode().splitlines() if line.startswith("crossread")]


@pytest.mark.gui  # starts the window, which needs PySide6
def test_a_screenshot_prints_no_warning_of_the_offscreen_platform(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    argv = [sys.executable, "-m", "reader", "--screenshot", str(shot)]
    done = subprocess.run(argv, env=window_env(tmp_path), capture_output=True, timeout=120)
    assert done.returncode == 0 and shot.exists()
    assert b"propagateSizeHints" not in done.stderr


@pytest.mark.gui  # starts the window, which needs PySide6
def test_screenshot_of_an_empty_article_is_bad_input_as_in_align(
    tmp_path: Path, seed_b_path: Path
) -> None:
    empty, shot = tmp_path / "empty.txt", tmp_path / "shot.png"
    empty.write_bytes(b"")
    argv = [sys.executable, "-m", "reader", str(empty), str(seed_b_path), "--screenshot", str(shot)]
    done = subprocess.run(argv, env=window_env(tmp_path), capture_output=True, timeout=120)
    assert done.returncode == 2
    assert crossread_lines(done.stderr) == [
        f"crossread: error: Cannot open “{empty}”: it is empty."
    ]
    assert not shot.exists()


@pytest.mark.gui  # starts the window, which needs PySide6
def test_screenshot_of_a_damaged_session_is_bad_input_as_in_align(tmp_path: Path) -> None:
    bad, shot = tmp_path / "bad.crossread", tmp_path / "shot.png"
    bad.write_text("{", encoding="utf-8")
    argv = [sys.executable, "-m", "reader", str(bad), "--screenshot", str(shot)]
    done = subprocess.run(argv, env=window_env(tmp_path), capture_output=True, timeout=120)
    assert done.returncode == 2
    [line] = crossread_lines(done.stderr)
    assert line.startswith(f"crossread: error: Could not open {bad}: the file is damaged")
    assert not shot.exists()


@pytest.mark.gui  # starts the window, which needs PySide6
def test_the_window_reports_a_missing_article_as_align_does(
    tmp_path: Path, seed_b_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    argv = [sys.executable, "-m", "reader", str(missing), str(seed_b_path)]
    with subprocess.Popen(argv, env=window_env(tmp_path), stderr=subprocess.PIPE) as p:
        assert p.stderr is not None
        deadline = threading.Timer(120, p.kill)  # a silent window would keep it open
        deadline.start()
        try:  # the window stays open on its error dialog: read until crossread speaks
            lines = map(bytes.decode, p.stderr)
            line = next((s for s in lines if s.startswith("crossread")), None)
        finally:
            deadline.cancel()
            deadline.join()
            p.terminate()
    assert line == f"crossread: error: Cannot open “{missing}”: the file does not exist.\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_standard_output_is_one_line_and_exit_2(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    with open("/dev/full", "wb") as full:  # as `crossread align A B > out.json` on a full disk
        done = crossread(
            tmp_path, "align", str(seed_a_path), str(seed_b_path), "--method", "lexical",
            stdout=full, stderr=subprocess.PIPE,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "crossread: error: cannot write to standard output: No space left on device\n"
    )


def test_a_closed_standard_output_is_one_line_and_exit_2(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    command = [sys.executable, "-m", "reader", "align", str(seed_a_path), str(seed_b_path)]
    env = {**os.environ, "CROSSREAD_CACHE_DIR": "off"}
    # as `crossread align A B >&-` in a shell: the program starts without a descriptor 1
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *command, "--method", "lexical"],
        env=env, stderr=subprocess.PIPE, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode().startswith("crossread: error: standard output is closed")
    assert done.stderr.decode().count("\n") == 1


def test_a_closed_standard_error_keeps_notices_out_of_the_result(tmp_path: Path) -> None:
    """As `crossread align A B 2>&- | jq` (a job started without a descriptor 2): the
    notice that the sentence model was set aside is not written into the JSON instead."""
    hebrew = "פוטין וקים חתמו ביום רביעי על הסכם הגנה הדדית בפיונגיאנג. הפגישה נמשכה שלוש שעות.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(hebrew * 3, encoding="utf-8")
    command = [sys.executable, "-m", "reader", "align", str(tmp_path / "a.txt")]
    env = {**os.environ, "CROSSREAD_CACHE_DIR": "off"}
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" 2>&-', "sh", *command, str(tmp_path / "b.txt")],
        env=env, stdout=subprocess.PIPE, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0
    assert json.loads(done.stdout)["schema"] == SCHEMA


def test_standard_input_that_cannot_be_read_is_bad_input(tmp_path: Path, seed_a_path: Path) -> None:
    # a descriptor open for writing only: reading it fails with "Bad file descriptor"
    fd = os.open(tmp_path / "written.txt", os.O_WRONLY | os.O_CREAT)
    try:
        done = crossread(
            tmp_path, "align", "-", str(seed_a_path), "--method", "lexical",
            stdin=fd, capture_output=True,
        )  # fmt: skip
    finally:
        os.close(fd)
    assert done.returncode == 2
    assert crossread_lines(done.stderr) == [
        "crossread: error: Cannot read standard input: bad file descriptor."
    ]


BLAS_SCRIPT = (
    "import os, sys, reader.cli as cli\n"
    "cli.blas_on_one_thread()\n"
    "import numpy\n"
    "print(os.environ.get(cli.BLAS_THREADS_ENV))\n"
)


def test_align_runs_numpys_products_on_one_thread() -> None:
    """OpenBLAS's own threads spin after loading and after each product: the command
    asks numpy for none, before numpy loads."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", BLAS_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "1", done.stderr


def test_a_blas_thread_count_the_user_set_is_kept() -> None:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "3"}
    done = subprocess.run(
        [sys.executable, "-c", BLAS_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "3", done.stderr


WINDOW_BLAS_SCRIPT = (
    "import os, sys, reader.cli as cli\n"
    "code = cli.main(['--screenshot', sys.argv[1], sys.argv[2], sys.argv[3]])\n"
    "print(code, 'numpy' in sys.modules, os.environ.get(cli.BLAS_THREADS_ENV))\n"
)


def _window_start(tmp_path: Path, blas: str | None) -> str:
    """The window started on a short pair to a screenshot: its exit status, whether it
    loaded numpy, and the BLAS thread count it ran with."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Levy passes\n\nThe council approved a sales tax on Tuesday.\n", encoding="utf-8")
    b.write_text("Tax approved\n\nThe council on Tuesday approved a sales tax.\n", encoding="utf-8")
    env = {k: v for k, v in window_env(tmp_path).items() if k != "OPENBLAS_NUM_THREADS"}
    if blas is not None:
        env["OPENBLAS_NUM_THREADS"] = blas
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_BLAS_SCRIPT, str(tmp_path / "x.png"), str(a), str(b)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr


@pytest.mark.gui  # starts the window, which needs PySide6
def test_the_window_runs_numpys_products_on_one_thread(tmp_path: Path) -> None:
    """As `crossread align`: the window asks numpy for no BLAS threads of its own before
    the model's preload or the window loads numpy (the spinning threads cost its first
    start on the sample pair 0.09 s of CPU of 2.1 s)."""
    assert _window_start(tmp_path, None) == "0 True 1"


@pytest.mark.gui
def test_the_window_keeps_a_blas_thread_count_the_user_set(tmp_path: Path) -> None:
    assert _window_start(tmp_path, "3") == "0 True 3"


def test_align_as_a_program_runs_no_garbage_collection(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    """The program ends without the collection a paused collector owes at the pause's
    end (reader.cli.entry): each collection started writes a line to standard error."""
    listen = (
        "import gc, os, sys\n"
        "from reader.cli import entry\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and os.write(2, b'GC\\n'))\n"
        "sys.argv = ['crossread', *sys.argv[1:]]\n"
        "entry()\n"
    )
    out = tmp_path / "pair.json"
    argv = ("align", str(seed_a_path), str(seed_b_path), "--method", "lexical", "-o", str(out))
    env = {**os.environ, "CROSSREAD_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", listen, *argv], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["matches"]
    assert b"GC" not in done.stderr

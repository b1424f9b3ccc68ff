"""``crossread align`` as a program (``python -m reader``): what the reader's shell sees,
including the exit that skips the interpreter's teardown (reader.cli.entry)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.model import SCHEMA


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
    assert len(list((tmp_path / "cache" / "vectors").glob("*.npz"))) == 2  # kept for next time


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

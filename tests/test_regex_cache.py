"""reader.regex_cache: compiled patterns kept on disk match exactly what Python's own
compiling gives; a damaged, foreign or refused file costs only the time saved."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import regex_cache
from reader.regex_cache import PatternFile, file_name

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample"
DATE = r"(?P<day>\d{1,2})\s+(?P<month>June|July)(?:\s+(?P<year>\d{4}))?"


def python_compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return regex_cache._ORIGINAL(pattern, flags)  # type: ignore[no-any-return]


@pytest.fixture
def kept_file(tmp_path: Path) -> Path:
    return tmp_path / "regex" / file_name()


@pytest.fixture
def worth_any_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new pattern is worth a write (a small one compiles faster than the bar)."""
    monkeypatch.setattr(regex_cache, "WORTH_WRITING_S", 0.0)


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[Path]:
    """The cache installed on tmp_path, removed afterwards (and re's own cache emptied,
    so that re.compile reaches the compiler)."""
    re.purge()
    assert regex_cache.install(tmp_path)
    yield tmp_path / "regex" / file_name()
    regex_cache.uninstall()
    re.purge()


def saved_and_read(kept_file: Path, *patterns: tuple[str, int]) -> PatternFile:
    writer = PatternFile(kept_file, {})
    for pattern, flags in patterns:
        writer.compile(pattern, flags)
    writer.save()
    return PatternFile.read(kept_file)


def test_a_kept_pattern_is_the_pattern_python_compiles(
    kept_file: Path, worth_any_write: None
) -> None:
    reader = saved_and_read(kept_file, (DATE, 0))
    assert reader.compile(DATE, 0) == python_compiled(DATE)
    assert (DATE, 0) in reader.used and not reader.new


def test_a_kept_pattern_finds_what_python_finds(kept_file: Path, worth_any_write: None) -> None:
    reader = saved_and_read(kept_file, (DATE, 0))
    found = reader.compile(DATE, 0).search("Signed on 19 June 2024 in Pyongyang")
    assert found is not None and found.groupdict() == {"day": "19", "month": "June", "year": "2024"}


def test_flags_are_part_of_what_is_kept(kept_file: Path, worth_any_write: None) -> None:
    reader = saved_and_read(kept_file, (DATE, 0))
    folded = reader.compile(DATE, re.IGNORECASE)
    assert folded == python_compiled(DATE, re.IGNORECASE)
    assert folded.search("19 JUNE") is not None and (DATE, re.IGNORECASE) in reader.new


def test_a_damaged_file_is_read_as_nothing_kept(kept_file: Path, worth_any_write: None) -> None:
    saved_and_read(kept_file, (DATE, 0))
    data = bytearray(kept_file.read_bytes())
    data[-5] ^= 0x01
    kept_file.write_bytes(bytes(data))
    reader = PatternFile.read(kept_file)
    assert reader.kept == {}
    assert reader.compile(DATE, 0) == python_compiled(DATE)


@pytest.mark.parametrize("content", [b"", b"\x00\xff" * 40, "€".encode() * 100])
def test_a_file_of_other_content_is_read_as_nothing_kept(kept_file: Path, content: bytes) -> None:
    kept_file.parent.mkdir(parents=True)
    kept_file.write_bytes(content)
    assert PatternFile.read(kept_file).kept == {}


def test_codes_the_engine_refuses_are_compiled_anew(kept_file: Path) -> None:
    """A file whose digest holds but whose codes are no program (written by a bug, or by
    hand): the engine refuses them and the pattern is compiled as Python does."""
    flags, _, groups, index, names = regex_cache._entry(DATE, 0)
    broken = PatternFile(kept_file, {(DATE, 0): (flags, "AAAAAP////8=", groups, index, names)})
    assert broken.compile(DATE, 0) == python_compiled(DATE)
    assert (DATE, 0) not in broken.kept


def test_nothing_is_written_for_patterns_quick_to_compile(kept_file: Path) -> None:
    writer = PatternFile(kept_file, {})
    writer.compile(r"\bKim\b", 0)
    writer.save()
    assert not kept_file.exists()


def test_a_save_keeps_the_earlier_patterns(kept_file: Path, worth_any_write: None) -> None:
    saved_and_read(kept_file, (DATE, 0))
    second = PatternFile.read(kept_file)
    second.compile(r"\d+ (?:km|miles)", 0)
    second.save()
    assert set(PatternFile.read(kept_file).kept) == {(DATE, 0), (r"\d+ (?:km|miles)", 0)}


def test_beyond_the_limit_a_save_keeps_what_the_run_used(
    kept_file: Path, worth_any_write: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_and_read(kept_file, (DATE, 0), ("old one", 0), ("old two", 0))
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 3)
    run = PatternFile.read(kept_file)
    run.compile(DATE, 0)
    run.compile("new one", 0)
    run.save()
    assert set(PatternFile.read(kept_file).kept) == {(DATE, 0), ("new one", 0)}


def another_pythons_file(kept_file: Path, days_unwritten: float) -> Path:
    other = kept_file.parent / "patterns-cpython-39-3.9.18-20171005-4.bin"
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_bytes(b"kept by an older Python")
    then = time.time() - days_unwritten * 86400
    os.utime(other, (then, then))
    return other


def test_a_save_removes_a_file_no_other_python_wrote_for_long(
    kept_file: Path, worth_any_write: None
) -> None:
    other = another_pythons_file(kept_file, regex_cache.OTHERS_KEPT_DAYS + 1)
    saved_and_read(kept_file, (DATE, 0))
    assert not other.exists() and kept_file.exists()


def test_a_save_leaves_a_file_another_python_wrote_lately(
    kept_file: Path, worth_any_write: None
) -> None:
    other = another_pythons_file(kept_file, regex_cache.OTHERS_KEPT_DAYS - 1)
    saved_and_read(kept_file, (DATE, 0))
    assert other.exists()


def test_a_save_leaves_files_that_hold_no_patterns(kept_file: Path, worth_any_write: None) -> None:
    kept_file.parent.mkdir(parents=True)
    note = kept_file.parent / "README.txt"
    note.write_text("the user's own")
    os.utime(note, (0, 0))
    saved_and_read(kept_file, (DATE, 0))
    assert note.exists()


def test_threads_compiling_and_saving_at_once_keep_every_pattern(
    kept_file: Path, worth_any_write: None
) -> None:
    """The window compiles on its GUI thread and its workers and saves after each task."""
    run = PatternFile(kept_file, {})
    wanted = [(rf"\b{word}\w* (?:said|told) {n}", 0) for n in range(40) for word in "ab"]

    def compile_and_save(part: list[tuple[str, int]]) -> None:
        for pattern, flags in part:
            run.compile(pattern, flags)
            run.save()

    threads = [threading.Thread(target=compile_and_save, args=(wanted[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.save()
    assert set(PatternFile.read(kept_file).kept) == set(wanted)


def test_a_str_made_by_a_library_is_compiled_but_not_kept(kept_file: Path) -> None:
    class Text(str):
        """A str subclass, as lxml's text results are."""

    run = PatternFile(kept_file, {})
    assert run.compile(Text("Pyongyang"), 0).search("in Pyongyang") is not None
    assert run.new == {}


def test_the_file_is_named_for_this_interpreter() -> None:
    version = ".".join(str(part) for part in sys.version_info[:3])
    assert version in file_name() and str(sys.implementation.cache_tag) in file_name()


def test_this_python_compiles_as_the_module_expects(kept_file: Path) -> None:
    assert regex_cache.compiles_as_python(PatternFile(kept_file, {}))


def test_no_cache_folder_installs_nothing() -> None:
    assert not regex_cache.install(None)
    assert re._compiler.compile is regex_cache._ORIGINAL  # type: ignore[attr-defined]


def test_installed_re_compile_goes_through_the_file(installed: Path, worth_any_write: None) -> None:
    assert re.compile(DATE + "x") == python_compiled(DATE + "x")
    regex_cache.save()
    assert (DATE + "x", 0) in PatternFile.read(installed).kept


def test_uninstalled_re_compiles_as_python_does(tmp_path: Path) -> None:
    regex_cache.install(tmp_path)
    regex_cache.uninstall()
    assert re._compiler.compile is regex_cache._ORIGINAL  # type: ignore[attr-defined]


# patterns of the kinds Crossread writes: literals, classes, groups (named, optional,
# look-around), alternations and repeats, under the flags it uses
_ATOMS = st.sampled_from(
    [
        "a", "Kim", r"\d", r"\w+", r"\s*", "[A-Z]", "[^.!?]", "é", "ü", r"\$", "[.,]",
        r"\b", "(?:mon|tue)", r"(?<!\w)", r"(?=\s)", "(?i:june)", r"\.", "[0-9]{1,2}",
    ]
)  # fmt: skip


@st.composite
def patterns(draw: st.DrawFn, depth: int = 2) -> str:
    parts = draw(st.lists(_ATOMS, min_size=1, max_size=4))
    if depth and draw(st.booleans()):
        inner = draw(patterns(depth - 1))
        wrap = draw(st.sampled_from(["(%s)", "(?:%s)?", f"(?P<g{depth}>%s)", "(?:%s)+?"]))
        parts.append(wrap % inner)
    if draw(st.booleans()):
        return "|".join(parts)
    return "".join(parts)


_FLAGS = st.sampled_from([0, re.IGNORECASE, re.MULTILINE, re.IGNORECASE | re.DOTALL])


@given(pattern=patterns(), flags=_FLAGS)
def test_any_pattern_kept_is_compiled_as_python_compiles_it(pattern: str, flags: int) -> None:
    kept = {(pattern, int(flags)): regex_cache._entry(pattern, int(flags))}
    compiled = PatternFile(Path("unused"), kept).compile(pattern, int(flags))
    assert compiled == python_compiled(pattern, int(flags))


# `crossread align` as reader.cli.entry runs it, every new pattern kept; it prints the
# patterns of Crossread's own modules it compiled that the cache folder did not hold (a
# library's may be built from a set: babel's plural rules)
_RUN = """
import contextlib, io, json, os, re, sys
from reader import regex_cache
from reader.cache_dir import cache_dir
from reader.cli import main
regex_cache.WORTH_WRITING_S = 0.0
regex_cache.install(cache_dir())
kept_compile, ours = re._compiler.compile, set()

def compile(pattern, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "lazy_regex.py")):
        frame = frame.f_back
    if frame and "/reader/" in frame.f_code.co_filename.replace(os.sep, "/"):
        ours.add(pattern)
    return kept_compile(pattern, flags)

re._compiler.compile = compile
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
new = {pattern for pattern, _ in regex_cache._installed.new}
print(json.dumps(sorted(new & ours)))
regex_cache.save()
sys.exit(code)
"""


def aligned_with_hash_seed(tmp_path: Path, seed: str, *argv: str) -> list[str]:
    """The patterns a run of `crossread align ARGV` under PYTHONHASHSEED=seed compiled
    anew, with tmp_path/cache as its cache folder."""
    env = {**os.environ, "CROSSREAD_CACHE_DIR": str(tmp_path / "cache"), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", _RUN, "align", *argv]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "pair",
    [
        sorted(str(path) for path in SAMPLE.glob("*.txt")),
        [
            str(ROOT / "tests/data/pages" / name)
            for name in ("storm_albion_post.html", "storm_gulf_coast_register.html")
        ],
    ],
    ids=["sample", "storm pages"],
)
def test_a_second_run_under_another_hash_seed_compiles_nothing_anew(
    tmp_path: Path, pair: list[str]
) -> None:
    """No pattern's text depends on the order of a set (which the hash seed changes):
    what one run kept, the next finds."""
    assert aligned_with_hash_seed(tmp_path, "1", "--method", "lexical", *pair)
    assert aligned_with_hash_seed(tmp_path, "2", "--method", "lexical", *pair) == []


def test_crossread_align_says_the_same_with_its_patterns_kept(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "reader", "align", "--method", "lexical"]
    argv += sorted(str(path) for path in SAMPLE.glob("*.txt"))
    env = {**os.environ, "CROSSREAD_CACHE_DIR": str(tmp_path / "cache")}
    outputs = []
    for _ in range(2):
        done = subprocess.run(argv, env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        result.pop("timing_ms")
        outputs.append(result)
    assert (tmp_path / "cache" / "regex" / file_name()).is_file()
    assert outputs[0] == outputs[1]


def test_a_pattern_with_a_lone_surrogate_is_kept(kept_file: Path, worth_any_write: None) -> None:
    """Unicode ranges of CJK and emoji filters hold surrogates no UTF-8 text can."""
    pattern = "[\ud800-\udfff]+|\u3040"
    assert saved_and_read(kept_file, (pattern, 0)).compile(pattern, 0) == python_compiled(pattern)

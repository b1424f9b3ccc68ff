"""Tests of reader/session/store.py: lossless round trip, atomic saves, clear errors."""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import SessionError
from reader.model.session import Session
from reader.session import store
from reader.session.store import keep_original, load_session, save_session, session_bytes
from tests.session.samples import realigned_alignment, sample_session, seed_session

ROOT = Path(__file__).resolve().parents[2]


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_round_trip_is_lossless(saved: Path, session: Session) -> None:
    assert load_session(saved) == session


def test_file_an_editor_saved_with_a_byte_order_mark_opens(saved: Path, session: Session) -> None:
    saved.write_bytes(codecs.BOM_UTF8 + saved.read_bytes())  # Notepad's "UTF-8" before 2019
    assert load_session(saved) == session


def test_file_is_versioned_json(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert (data["schema"], sorted(data)) == (
        "reader.session/1",
        ["alignment", "app_version", "manual", "notes", "rejected", "saved", "schema", "view"],
    )


def test_file_holds_both_documents(saved: Path, session: Session) -> None:
    docs = json.loads(saved.read_text(encoding="utf-8"))["alignment"]["documents"]
    assert [d["text"] for d in docs] == [session.alignment.a.text, session.alignment.b.text]


def test_corrections_survive_realignment_and_a_save(tmp_path: Path, session: Session) -> None:
    realigned = session.reapply(realigned_alignment(session.alignment))
    path = tmp_path / "again.crossread"
    save_session(realigned, path)
    opened = load_session(path)
    assert ([m.id for m in opened.visible_matches()], opened.rejected) == (
        ["manual-1", "x4", "x1", "x2"],
        frozenset({"x3"}),
    )


def test_save_replaces_an_older_file(saved: Path, session: Session) -> None:
    save_session(session.reject("m1"), saved)
    assert load_session(saved).rejected == frozenset({"m1", "m3"})


def test_save_leaves_no_temporary_file(saved: Path) -> None:
    assert temp_files(saved.parent) == []


# -- damaged, foreign and future files ---------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"schema": "reader.session/1", "notes": [',
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"schema": "reader.session/1", "alignment": {"schema": "x"}}',
        b'{"schema": "reader.session/1", "alignment": null}',
    ],
    ids=["truncated", "empty", "binary", "not-an-object", "bad-alignment", "null-alignment"],
)
def test_damaged_file_raises_session_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.crossread"
    path.write_bytes(content)
    with pytest.raises(SessionError, match=r"bad\.crossread"):
        load_session(path)


def test_damaged_file_is_left_unchanged(saved: Path) -> None:
    damaged = saved.read_bytes()[:-40]
    saved.write_bytes(damaged)
    with pytest.raises(SessionError, match="damaged"):
        load_session(saved)
    assert saved.read_bytes() == damaged


def test_malformed_note_is_left_out(saved: Path) -> None:
    """The other notes stay within reach (tests/session/test_note_reading.py)."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["notes"][0]["a"] = {"start": 9, "end": 2}
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert [n.id for n in load_session(saved).notes] == ["n2"]


def test_headings_survive_a_save(tmp_path: Path, session: Session) -> None:
    a = session.alignment.a
    headed = replace(
        session, alignment=replace(session.alignment, a=replace(a, headings=(a.paragraphs[1],)))
    )
    path = tmp_path / "headed.crossread"
    save_session(headed, path)
    assert load_session(path).alignment.a.headings == (a.paragraphs[1],)


def test_a_file_saved_before_headings_were_kept_opens(saved: Path, session: Session) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    for doc in data["alignment"]["documents"]:
        del doc["headings"]
    saved.write_text(json.dumps(data), encoding="utf-8")
    opened = load_session(saved)
    assert (opened, opened.alignment.a.headings) == (session, ())


def test_keep_original_copies_the_file_beside_it(saved: Path) -> None:
    copy = keep_original(saved)
    assert copy == saved.with_name("pair.crossread.bak")
    assert copy.read_bytes() == saved.read_bytes()


def test_keep_original_never_overwrites_an_earlier_copy(saved: Path) -> None:
    saved.with_name("pair.crossread.bak").write_bytes(b"an earlier copy")
    assert keep_original(saved) == saved.with_name("pair.crossread.2.bak")
    assert saved.with_name("pair.crossread.bak").read_bytes() == b"an earlier copy"


def test_newer_version_raises_session_error(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["schema"] = "reader.session/2"
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match="written by a newer version of Crossread"):
        load_session(saved)


def test_a_version_no_crossread_wrote_is_named_as_such(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["schema"] = "reader.session/0"
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match=r"session format \(reader.session/0\) is none"):
        load_session(saved)


def test_newer_version_is_left_unchanged(saved: Path) -> None:
    future = saved.read_bytes().replace(b"reader.session/1", b"reader.session/2", 1)
    saved.write_bytes(future)
    with pytest.raises(SessionError):
        load_session(saved)
    assert saved.read_bytes() == future


def test_foreign_json_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "other.crossread"
    path.write_text('{"schema": "reader.alignment/1"}', encoding="utf-8")
    with pytest.raises(SessionError, match="not a Crossread session"):
        load_session(path)


def test_too_large_file_is_refused(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_BYTES", 100)
    with pytest.raises(SessionError, match="too large"):
        load_session(saved)


def test_deeply_nested_json_raises_session_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.crossread"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(SessionError):
        load_session(path)


# -- OS errors ---------------------------------------------------------------------------


def test_missing_file_raises_session_error(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="does not exist"):
        load_session(tmp_path / "missing.crossread")


def test_folder_instead_of_file_raises_session_error(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)


def test_save_into_missing_folder_raises_session_error(tmp_path: Path, session: Session) -> None:
    with pytest.raises(SessionError, match="does not exist"):
        save_session(session, tmp_path / "nowhere" / "pair.crossread")


def test_failed_rename_keeps_the_previous_file(
    saved: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()

    def full_disk(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(SessionError, match="disk is full"):
        save_session(session.delete_note("n1"), saved)
    assert saved.read_bytes() == before


def test_failed_rename_removes_the_temporary_file(
    saved: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SessionError, match="permission denied"):
        save_session(session, saved)
    assert temp_files(saved.parent) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_raises_session_error(saved: Path, session: Session) -> None:
    before = saved.read_bytes()
    saved.parent.chmod(0o500)
    try:
        with pytest.raises(SessionError, match="permission denied"):
            save_session(session.delete_note("n1"), saved)
    finally:
        saved.parent.chmod(0o700)
    assert saved.read_bytes() == before


# -- a process killed mid-write ----------------------------------------------------------

_SLOW_WRITER = """
import os, sys, time
from reader.session.store import save_session
from tests.session.samples import sample_session

def slow_disk(fd):  # the bytes are written; the disk takes its time to sync them
    time.sleep(60)

os.fsync = slow_disk
save_session(sample_session().delete_note("n1"), sys.argv[1])
"""


@pytest.fixture
def killed_mid_write(saved: Path) -> Path:
    """``saved``, after a process saving over it was killed mid-write (SIGKILL)."""
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    child = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(saved)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while not any(p.stat().st_size > 1000 for p in temp_files(saved.parent)):
            assert time.monotonic() < deadline and child.poll() is None, "writer never started"
            time.sleep(0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    return saved


def test_process_killed_mid_write_leaves_previous_file(
    killed_mid_write: Path, session: Session
) -> None:
    assert load_session(killed_mid_write) == session


def test_next_save_removes_what_a_killed_save_left(
    killed_mid_write: Path, session: Session
) -> None:
    an_hour_and_more_ago = time.time() - 2 * 3600
    for leftover in temp_files(killed_mid_write.parent):
        os.utime(leftover, (an_hour_and_more_ago, an_hour_and_more_ago))
    save_session(session, killed_mid_write)
    assert temp_files(killed_mid_write.parent) == []


# -- the seed pair -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_a_path: Path, seed_b_path: Path) -> Session:
    return seed_session(seed_a_path, seed_b_path)


def test_seed_session_round_trip_is_lossless(tmp_path: Path, seed: Session) -> None:
    save_session(seed, tmp_path / "seed.crossread")
    assert load_session(tmp_path / "seed.crossread") == seed


def test_seed_corrections_survive_realignment_and_a_save(
    tmp_path: Path, seed: Session, seed_a_path: Path, seed_b_path: Path
) -> None:
    again = seed.reapply(seed_session(seed_a_path, seed_b_path).alignment)
    save_session(again, tmp_path / "seed.crossread")
    opened = load_session(tmp_path / "seed.crossread")
    assert (opened.rejected, opened.manual, opened.notes) == (
        seed.rejected,
        seed.manual,
        seed.notes,
    )


# -- whatever the file holds, SessionError or a Session ----------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_open_or_raise_session_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.crossread"
    path.write_bytes(data)
    with contextlib.suppress(SessionError):
        load_session(path)


@settings(max_examples=150, deadline=None)
@given(pick=st.randoms(use_true_random=False), value=_JSON)
def test_any_damaged_field_opens_or_raises_session_error(
    tmp_path_factory: pytest.TempPathFactory, pick: random.Random, value: object
) -> None:
    data = json.loads(session_bytes(sample_session()))
    node = data
    while True:  # walk down to a random object or list, then overwrite one of its items
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = pick.choice(keys)
        child = node[key]
        if not isinstance(child, dict | list) or not child or pick.random() < 0.3:
            node[key] = value
            break
        node = child
    path = tmp_path_factory.mktemp("fuzz") / "x.crossread"
    path.write_text(json.dumps(data), encoding="utf-8")
    with contextlib.suppress(SessionError):
        load_session(path)


def test_collection_runs_again_after_a_session_is_read(saved: Path) -> None:
    import gc

    assert gc.isenabled()
    load_session(saved)
    assert gc.isenabled()


def test_collection_runs_again_after_a_damaged_session(saved: Path) -> None:
    import gc

    saved.write_text('{"schema": "reader.session/1", "alignment": 7}', encoding="utf-8")
    with pytest.raises(SessionError):
        load_session(saved)
    assert gc.isenabled()


# -- a session saved before passages ended at paragraph breaks ---------------------------


def _joined(text: str, runs: list[list[int]], headline_end: int) -> list[list[int]]:
    """``runs`` joined as Crossread joined them before the fortieth session: the next
    onto the one before whenever only white space lies between, paragraph breaks included
    (but the headline's)."""
    out: list[list[int]] = []
    for start, end in runs:
        if out and not text[out[-1][1] : start].strip() and not out[-1][1] <= headline_end:
            out[-1] = [out[-1][0], end]
        else:
            out.append([start, end])
    return out


def _in_the_old_shape(path: Path) -> dict[str, list[list[int]]]:
    """Rewrite the session file ``path`` as an older Crossread wrote it; its old runs."""
    data = json.loads(path.read_text(encoding="utf-8"))
    al = data["alignment"]
    for side, doc in (("only_a", al["documents"][0]), ("only_b", al["documents"][1])):
        head = doc["paragraphs"][0][1] if doc.get("paragraphs") else -1
        al[side] = _joined(doc["text"], al[side], head)
    path.write_text(json.dumps(data), encoding="utf-8")
    return {side: al[side] for side in ("only_a", "only_b")}


def test_an_older_sessions_passages_open_split_at_paragraph_breaks(
    tmp_path: Path, seed: Session
) -> None:
    path = tmp_path / "seed.crossread"
    save_session(seed, path)
    old = _in_the_old_shape(path)
    assert len(old["only_b"]) < len(seed.alignment.only_b)  # AP's KCNA paragraphs were one
    opened = load_session(path)
    assert (opened.alignment.only_a, opened.alignment.only_b) == (
        seed.alignment.only_a,
        seed.alignment.only_b,
    )


def test_an_older_session_keeps_its_notes_and_corrections_as_its_passages_split(
    tmp_path: Path, seed: Session
) -> None:
    path = tmp_path / "seed.crossread"
    save_session(seed, path)
    _in_the_old_shape(path)
    assert load_session(path) == seed


def test_an_older_sessions_passage_leaves_out_a_crosshead_it_ran_through(tmp_path: Path) -> None:
    from reader.analysis.pipeline import align
    from reader.ingest import document_from_text

    debate, buses = (
        "The measure passed after three hours of debate.",
        "Most of the money will go to new bus routes in the eastern suburbs.",
    )
    vote = "The city council approved a half-cent sales tax for public transit on Tuesday."
    text_a = f"Transit levy approved\n\n{vote}\n\n{debate}\n\nWhat it pays for\n\n{buses}\n"
    text_b = (
        "Transit levy approved\n\n"
        "The city council on Tuesday approved a half-cent sales tax to pay for public transit.\n"
    )
    session = Session(align(document_from_text(text_a), document_from_text(text_b)))
    path = tmp_path / "levy.crossread"
    save_session(session, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    start = text_a.index(debate)  # the subhead was read as a sentence: one run of three
    data["alignment"]["only_a"] = [[start, text_a.index(buses) + len(buses)]]
    path.write_text(json.dumps(data), encoding="utf-8")
    a = load_session(path).alignment.a
    assert [a.slice(s) for s in load_session(path).alignment.only_a] == [debate, buses]

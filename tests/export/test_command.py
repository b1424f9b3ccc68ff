"""Tests of reader/export/command.py: ``crossread export``."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reader.export import FORMATS, NOTHING_ANNOTATED
from reader.export.command import MATCHES_SHOWN, SUFFIXES, run_export
from reader.model.session import Session
from reader.session.store import save_session

CapSys = pytest.CaptureFixture[str]


@pytest.fixture
def session_file(tmp_path: Path, session: Session) -> Path:
    path = tmp_path / "pair.crossread"
    save_session(session, path)
    return path


def test_exports_a_session_as_markdown(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    assert run_export([str(session_file), "-o", str(out)]) == 0
    assert "**Note:** Both agree on the pledge" in out.read_text(encoding="utf-8")


def test_a_dash_for_output_writes_the_export_to_standard_output(
    session_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_export([str(session_file), "-o", "-"]) == 0
    assert "**Note:** Both agree on the pledge" in capsys.readouterr().out
    assert not (tmp_path / "-").exists()


@pytest.fixture
def one_note_damaged(session_file: Path) -> Path:
    """``session_file`` with its first note's passage hand-damaged."""
    data = json.loads(session_file.read_text(encoding="utf-8"))
    data["notes"][0]["a"] = {"start": 9, "end": 2}
    session_file.write_text(json.dumps(data), encoding="utf-8")
    return session_file


def test_a_damaged_note_leaves_the_others_exported(one_note_damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    assert run_export([str(one_note_damaged), "-o", str(out)]) == 0
    assert "**Note:** Only AP gives the length" in out.read_text(encoding="utf-8")


def test_a_damaged_note_is_named_on_stderr(
    one_note_damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_export([str(one_note_damaged), "-o", str(tmp_path / "notes.md")])
    err = capsys.readouterr().err
    assert err.startswith("crossread export: “Both agree on the pledge;")
    assert "could not be read (its place in article A is damaged); left out" in err


def test_a_session_named_json_with_a_byte_order_mark_is_exported(
    session_file: Path, tmp_path: Path
) -> None:
    named = tmp_path / "pair.json"
    named.write_bytes(codecs.BOM_UTF8 + session_file.read_bytes())
    assert run_export([str(named), "-o", str(tmp_path / "notes.md")]) == 0


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_a_session_read_from_a_pipe_is_exported(session_file: Path, tmp_path: Path) -> None:
    """``crossread export <(cat pair.crossread) -o notes.md``: a pipe is read once."""
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, session_file.read_bytes())  # the sample fits the pipe's buffer
        os.close(write_end)
        out = tmp_path / "notes.md"
        assert run_export([f"/dev/fd/{read_end}", "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").startswith("# Putin and Kim")
    finally:
        os.close(read_end)


def test_format_follows_the_output_suffix(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.json"
    run_export([str(session_file), "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "reader.export/1"


def test_format_option_wins_over_the_suffix(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    run_export([str(session_file), "-o", str(out), "--format", "html"])
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unsupported_suffix_is_refused_and_nothing_is_written(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.odt"
    status = run_export([str(session_file), "-o", str(out)])
    err = capsys.readouterr().err
    assert (status, err.count("\n"), out.exists()) == (2, 1, False)
    assert ".odt" in err and all(suffix in err for suffix in SUFFIXES)


def test_an_unsupported_suffix_of_two_articles_writes_nothing(
    seed_a_path: Path, seed_b_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.odt"
    assert run_export([str(seed_a_path), str(seed_b_path), "-o", str(out)]) == 2
    assert not out.exists()


@pytest.mark.parametrize(
    ("suffix", "start"),
    [
        (".md", "# "),
        (".markdown", "# "),
        (".MD", "# "),
        (".html", "<!DOCTYPE html>"),
        (".htm", "<!DOCTYPE html>"),
        (".json", "{"),
        (".csv", "\ufeffnumber,kind"),
    ],
)
def test_each_supported_suffix_writes_its_format(
    session_file: Path, tmp_path: Path, suffix: str, start: str
) -> None:
    out = tmp_path / f"notes{suffix}"
    assert run_export([str(session_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(start)


def test_every_format_has_a_suffix() -> None:
    assert set(SUFFIXES.values()) == set(FORMATS)
    assert all(f".{fmt}" in SUFFIXES for fmt in FORMATS)


def test_an_output_without_suffix_is_markdown(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    assert run_export([str(session_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_only_annotated_option(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    run_export([str(session_file), "-o", str(out), "--only-annotated"])
    assert "breakthrough" not in out.read_text(encoding="utf-8")


@pytest.fixture
def match_list(tmp_path: Path) -> Path:
    """The ids of the matches the window's Matches panel shows: the quote alone (spaces
    and a blank line around it, as a hand-written list may have)."""
    path = tmp_path / "shown.txt"
    path.write_text("\n  m2 \n\n", encoding="utf-8")
    return path


def exported_matches(session_file: Path, out: Path, *options: str) -> list[str | None]:
    """The match ids of the JSON export of ``session_file`` with ``options``."""
    assert run_export([str(session_file), "-o", str(out), *options]) == 0
    return [e["match"] for e in json.loads(out.read_text(encoding="utf-8"))["entries"]]


def test_matches_option_keeps_to_the_listed_and_the_annotated(
    session_file: Path, match_list: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.json"
    listed = exported_matches(session_file, out, "--matches", str(match_list))
    assert listed == ["m1", "m2", None]  # m1 for its note, the note n2 on free text


def test_matches_option_is_said_in_the_header(
    session_file: Path, match_list: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    assert run_export([str(session_file), "-o", str(out), "--matches", str(match_list)]) == 0
    assert "Filter: only the 1 of 3 claim and quote matches" in out.read_text(encoding="utf-8")


@pytest.fixture
def id_list(tmp_path: Path) -> Callable[..., Path]:
    """id_list(*lines) -> a match list holding those lines."""

    def write(*lines: str) -> Path:
        path = tmp_path / "ids.txt"
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        return path

    return write


def test_ids_naming_no_match_are_named_in_one_warning(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path, capsys: CapSys
) -> None:
    ids = id_list("m2", "m99", "M2")
    assert run_export([str(session_file), "-o", str(tmp_path / "n.md"), "--matches", str(ids)]) == 0
    assert capsys.readouterr().err == (
        f"crossread: warning: 2 ids in {ids} name no match: m99, M2\n"
    )


def test_the_export_goes_on_after_the_warning(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path
) -> None:
    ids = id_list("m2", "m99")
    listed = exported_matches(session_file, tmp_path / "n.json", "--matches", str(ids))
    assert listed == ["m1", "m2", None]


def test_one_id_naming_no_match_is_singular(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path, capsys: CapSys
) -> None:
    ids = id_list("m9")
    run_export([str(session_file), "-o", str(tmp_path / "n.md"), "--matches", str(ids)])
    assert capsys.readouterr().err == f"crossread: warning: 1 id in {ids} names no match: m9\n"


def test_the_warning_names_five_ids_and_counts_the_rest(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path, capsys: CapSys
) -> None:
    ids = id_list(*(f"x{i}" for i in range(1, 9)))
    run_export([str(session_file), "-o", str(tmp_path / "n.md"), "--matches", str(ids)])
    assert capsys.readouterr().err.endswith("name no match: x1, x2, x3, x4, x5 and 3 more\n")


def test_the_warning_cuts_a_long_line_short(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path, capsys: CapSys
) -> None:
    """A wrong file given as the list (an article): its lines are no ids."""
    ids = id_list("The summit in Pyongyang lasted five hours, officials said.")
    run_export([str(session_file), "-o", str(tmp_path / "n.md"), "--matches", str(ids)])
    assert capsys.readouterr().err.endswith("no match: The summit in Pyongyang laste…\n")


def test_rejected_and_manual_ids_name_matches(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path, capsys: CapSys
) -> None:
    ids = id_list("m3", "manual-1", "m4")  # rejected, linked by hand, a number match
    assert run_export([str(session_file), "-o", str(tmp_path / "n.md"), "--matches", str(ids)]) == 0
    assert capsys.readouterr().err == ""


def test_every_listed_match_kept_claims_no_filter(
    session_file: Path, id_list: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "n.md"
    ids = id_list("manual-1", "m1", "m2")
    assert run_export([str(session_file), "-o", str(out), "--matches", str(ids)]) == 0
    assert "Filter:" not in out.read_text(encoding="utf-8")


def test_the_header_says_the_matches_came_from_the_list(
    session_file: Path, match_list: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    run_export([str(session_file), "-o", str(out), "--matches", str(match_list)])
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert "claim and quote matches listed with --matches; any other is listed only" in text
    assert "Matches panel" not in text


def test_the_windows_own_process_names_the_matches_panel(
    session_file: Path, match_list: Path, tmp_path: Path
) -> None:
    """The window's long PDF exports go through crossread export with --matches-shown."""
    out = tmp_path / "notes.md"
    options = ["--matches", str(match_list), MATCHES_SHOWN]
    assert run_export([str(session_file), "-o", str(out), *options]) == 0
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert "claim and quote matches the Matches panel showed; a match it hid" in text


def test_the_windows_option_is_not_in_the_help(capsys: CapSys) -> None:
    run_export(["--help"])
    assert MATCHES_SHOWN not in capsys.readouterr().out


def test_an_empty_list_says_no_match_was_listed_above_the_passages_only_in_a(
    unannotated: Path, id_list: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    assert run_export([str(unannotated), "-o", str(out), "--matches", str(id_list())]) == 0
    text = out.read_text(encoding="utf-8")
    said = (
        "_No match or note is listed: --matches named none of the 2 claim and quote "
        "matches, and no passage has a note._"
    )
    assert text.index(said) < text.index("## Only in A")


def test_a_missing_match_list_is_one_line_and_status_2(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.md"
    gone = tmp_path / "gone.txt"
    status = run_export([str(session_file), "-o", str(out), "--matches", str(gone)])
    assert (status, out.exists()) == (2, False)
    assert capsys.readouterr().err == (
        f"crossread: error: Could not read the match list {gone}: "
        "the file or folder does not exist.\n"
    )


def test_a_match_list_not_in_utf8_is_refused(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "ids.bin"
    binary.write_bytes(b"\xff\xfe\x00m2")
    assert (
        run_export([str(session_file), "-o", str(tmp_path / "x.md"), "--matches", str(binary)]) == 2
    )
    assert "is not UTF-8 text" in capsys.readouterr().err


def test_output_over_the_match_list_is_refused(
    session_file: Path, match_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = match_list.read_bytes()
    status = run_export(
        [str(session_file), "-o", str(match_list), "--format", "md", "--matches", str(match_list)]
    )
    assert (status, match_list.read_bytes()) == (2, before)
    assert capsys.readouterr().err.startswith("crossread: error: will not write over")


@pytest.fixture
def unannotated(session: Session, tmp_path: Path) -> Path:
    """A session file with matches and no note."""
    path = tmp_path / "plain.crossread"
    save_session(Session(session.alignment), path)
    return path


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_only_annotated_without_notes_says_so_and_writes_nothing(
    unannotated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """It wrote a file of a header alone (CSV: one line) and exited 0."""
    out = tmp_path / f"notes.{fmt}"
    status = run_export([str(unannotated), "-o", str(out), "--only-annotated"])
    err = capsys.readouterr().err
    assert status == 2
    assert err == f"crossread: error: {NOTHING_ANNOTATED}\n"
    assert not out.exists()


def test_only_annotated_without_notes_leaves_an_existing_file_as_it_was(
    unannotated: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    out.write_text("earlier notes", encoding="utf-8")
    assert run_export([str(unannotated), "-o", str(out), "--only-annotated"]) == 2
    assert out.read_text(encoding="utf-8") == "earlier notes"


def test_only_annotated_without_notes_writes_nothing_to_standard_output(
    unannotated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_export([str(unannotated), "-o", "-", "--only-annotated"]) == 2
    assert capsys.readouterr().out == ""


def test_missing_session_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_export([str(tmp_path / "gone.crossread"), "-o", str(tmp_path / "x.md")])
    err = capsys.readouterr().err
    assert (status, err.count("\n"), "does not exist" in err) == (2, 1, True)


def test_damaged_session_gives_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.crossread"
    bad.write_text("{", encoding="utf-8")
    run_export([str(bad), "-o", str(tmp_path / "x.md")])
    assert "Traceback" not in capsys.readouterr().err


def test_a_single_article_asks_for_two_articles_or_a_session(
    seed_a_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.md"
    status = run_export([str(seed_a_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert (status, err.count("\n"), out.exists()) == (2, 1, False)
    assert "needs two articles (A B) or one saved session (.crossread)" in err
    assert "damaged" not in err and "JSON" not in err


def test_a_session_saved_under_another_suffix_is_exported(session: Session, tmp_path: Path) -> None:
    renamed = tmp_path / "pair.json"
    save_session(session, renamed)
    out = tmp_path / "notes.md"
    assert run_export([str(renamed), "-o", str(out)]) == 0
    assert "**Note:** Both agree on the pledge" in out.read_text(encoding="utf-8")


def test_a_damaged_session_is_still_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.crossread"
    bad.write_text("not json", encoding="utf-8")
    assert run_export([str(bad), "-o", str(tmp_path / "x.md")]) == 2
    assert "damaged" in capsys.readouterr().err


def test_missing_output_option_is_a_usage_error(
    session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_export([str(session_file)]) == 2
    assert capsys.readouterr().err.startswith("crossread: error: the following arguments")


def test_three_inputs_are_refused(session_file: Path, tmp_path: Path) -> None:
    args = [str(session_file)] * 3
    assert run_export([*args, "-o", str(tmp_path / "x.md")]) == 2


def test_unknown_format_is_refused(session_file: Path, tmp_path: Path) -> None:
    assert run_export([str(session_file), "-o", str(tmp_path / "x"), "--format", "doc"]) == 2


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_export(["--help"]) == 0 and "SESSION" in capsys.readouterr().out


def test_unreadable_article_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "a.txt")
    assert run_export([missing, missing, "-o", str(tmp_path / "x.md")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.slow
def test_two_articles_are_aligned_and_exported(
    seed_a_path: Path, seed_b_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "seed.md"
    assert run_export([str(seed_a_path), str(seed_b_path), "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert "Putin, Kim pledge" in md and "North Korea says deal between Putin and Kim" in md


def test_errors_are_the_line_every_crossread_command_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_export([str(tmp_path / "gone.crossread"), "-o", str(tmp_path / "x.md")])
    assert capsys.readouterr().err.startswith("crossread: error: Could not open ")


def test_output_over_the_session_is_refused(
    session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = session_file.read_bytes()
    status = run_export([str(session_file), "-o", str(session_file), "--format", "md"])
    assert (status, session_file.read_bytes()) == (2, before)
    assert capsys.readouterr().err.startswith("crossread: error: will not write over")


@pytest.fixture
def article_copy(tmp_path: Path, seed_b_path: Path) -> Path:
    copy = tmp_path / "b.txt"
    copy.write_bytes(seed_b_path.read_bytes())
    return copy


def test_output_over_an_input_article_is_refused(
    seed_a_path: Path, article_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = article_copy.read_bytes()
    args = [str(seed_a_path), str(article_copy), "-o", str(article_copy), "--format", "md"]
    assert (run_export(args), article_copy.read_bytes()) == (2, before)
    assert capsys.readouterr().err.startswith("crossread: error: will not write over")


def test_output_over_an_article_the_session_names_is_refused(
    session_file: Path, article_copy: Path
) -> None:
    """The sample session names its articles "a.txt" and "b.txt", found beside it."""
    before = article_copy.read_bytes()
    status = run_export([str(session_file), "-o", str(article_copy), "--format", "md"])
    assert (status, article_copy.read_bytes()) == (2, before)


def test_two_articles_are_aligned_with_the_method_asked_for(
    seed_a_path: Path, seed_b_path: Path, tmp_path: Path
) -> None:
    from reader.analysis import align
    from reader.ingest import load_document
    from reader.model import MatchKind

    out = tmp_path / "seed.json"
    args = [str(seed_a_path), str(seed_b_path), "-o", str(out), "--method", "lexical"]
    assert run_export(args) == 0
    lexical = align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")
    passages = [m for m in lexical.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE)]
    assert len(json.loads(out.read_text(encoding="utf-8"))["entries"]) == len(passages)


def test_a_model_dir_that_is_no_folder_writes_nothing(
    seed_a_path: Path, seed_b_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.md"
    args = [str(seed_a_path), str(seed_b_path), "-o", str(out), "--model-dir", str(tmp_path / "no")]
    assert run_export(args) == 2
    assert "--model-dir" in capsys.readouterr().err and not out.exists()


def test_an_error_in_crossread_itself_is_one_line_and_status_1(
    session_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.export.command as command

    def broken(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(command, "export_session", broken)  # a bug where the work is done
    assert run_export([str(session_file), "-o", str(tmp_path / "x.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("crossread: internal error: ZeroDivisionError: division by zero")
    assert err.count("\n") == 1 and "CROSSREAD_DEBUG=1" in err


def test_crossread_debug_shows_an_internal_errors_traceback(
    session_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.export.command as command

    def broken(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(command, "export_session", broken)
    monkeypatch.setenv("CROSSREAD_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        run_export([str(session_file), "-o", str(tmp_path / "x.md")])


def test_a_saved_session_repeats_the_aligners_notices(session: Session, tmp_path: Path) -> None:
    """The window's long PDFs go through a saved session too: the aligner's notice (the
    sentence model could not be used) must survive the file."""
    notice = "The sentence-embedding model is not available. Matching uses words only."
    path = tmp_path / "noticed.crossread"
    save_session(replace(session, alignment=session.alignment.with_notices((notice,))), path)
    out = tmp_path / "notes.md"
    assert run_export([str(path), "-o", str(out)]) == 0
    assert notice in " ".join(out.read_text(encoding="utf-8").split())


def test_output_over_an_article_found_beside_a_moved_session_is_refused(
    tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    """The session names its articles by absolute paths, gone since the folder moved:
    the article found beside it by its fingerprint is an input too."""
    from reader.analysis import align
    from reader.ingest import load_document
    from reader.model.session import Session

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    for seed, name in ((seed_a_path, "a.txt"), (seed_b_path, "b.txt")):
        (old / name).write_bytes(seed.read_bytes())
    pair = (load_document(old / "a.txt"), load_document(old / "b.txt"))
    save_session(Session(align(*pair, method="lexical")), old / "s.crossread")
    old.rename(new)
    before = (new / "b.txt").read_bytes()
    status = run_export([str(new / "s.crossread"), "-o", str(new / "b.txt"), "--format", "md"])
    assert (status, (new / "b.txt").read_bytes()) == (2, before)

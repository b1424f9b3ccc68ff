"""``crossread align`` and friends, run in-process through ``reader.cli.main``."""

from __future__ import annotations

import gc
import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main
from reader.model import SCHEMA, Alignment


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_align_output_dash_is_standard_output(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ("align", str(seed_a_path), str(seed_b_path), "--method", "lexical", "-o", "-")
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert json.loads(out)["schema"] == SCHEMA
    assert not (tmp_path / "-").exists()


def test_align_seed_pair_json_follows_schema(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    code, out, _ = run(capsys, "align", str(seed_a_path), str(seed_b_path), "--method", "lexical")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == SCHEMA
    assert {"documents", "matches", "discrepancies", "only_a", "only_b", "timing_ms"} <= set(data)
    assert set(data["timing_ms"]) >= {"ingest", "align"}
    Alignment.from_json(data)  # validates every span


def test_align_text_format_is_readable(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "align",
        str(seed_a_path),
        str(seed_b_path),
        "--format",
        "text",
        "--method",
        "lexical",
    )
    assert code == 0
    assert out.startswith("A: Putin, Kim pledge")
    assert "June 18, 2024 vs June 19, 2024" in out
    assert "note:" not in out


def test_align_text_format_lists_who_is_quoted(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    args = ("align", str(seed_a_path), str(seed_b_path), "--format", "text")
    code, out, _ = run(capsys, *args, "--method", "lexical")
    assert code == 0
    assert "QUOTED IN B (9 quotations)" in out
    assert "  - Vladimir Putin: \u201cbreakthrough document\u201d" in out


def test_align_text_format_lists_quoted_terms_after_who_said_what(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    args = ("align", str(seed_a_path), str(seed_b_path), "--format", "text")
    code, out, _ = run(capsys, *args, "--method", "lexical")
    quoted_b = out[out.index("QUOTED IN B") :].split("\n\n")[0].splitlines()
    assert code == 0
    assert quoted_b[-1] == "  quoted terms: \u201cnew Cold War\u201d"
    assert "  - the agency: \u201cmilitary and other assistance.\u201d" in quoted_b


def test_align_text_format_lists_a_quotation_nobody_is_named_as_saying(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Storm\nThe storm hit the coast on Monday.\n", encoding="utf-8")
    b.write_text(
        "Storm hits coast\nThe storm hit the coast on Monday.\n"
        '"We have never seen water rise this fast, and we are afraid of the night."\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "align", str(a), str(b), "--format", "text", "--method", "lexical")
    assert code == 0
    assert '  - (no speaker named): "We have never seen water rise this fast' in out


def test_align_text_format_says_when_nothing_is_shared(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, data_dir: Path
) -> None:
    rehab = data_dir / "ecb" / "1_10ecb.txt"
    code, out, _ = run(capsys, "align", str(seed_a_path), str(rehab), "--format", "text")
    assert code == 0
    assert "0 claim matches, 0 quote matches" in out
    assert "note: No claim or quote in common was found" in out


def test_align_text_format_blames_min_score_not_the_pair_for_no_shared_claim(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    args = ("align", str(seed_a_path), str(seed_b_path), "--format", "text")
    code, out, _ = run(capsys, *args, "--method", "lexical", "--min-score", "0.99")
    assert code == 0
    assert "different events" not in out
    assert "note: No claim or quote scored 0.99 or more" in out


def test_min_score_filters(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    args = ["align", str(seed_a_path), str(seed_b_path), "--method", "lexical"]
    _, out, _ = run(capsys, *args, "--min-score", "0.85")
    assert all(m["score"] >= 0.85 for m in json.loads(out)["matches"])


def test_align_names_relatively_given_files_by_their_absolute_paths(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "a.txt").write_bytes(seed_a_path.read_bytes())
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "align", "a.txt", "a.txt", "--method", "lexical")
    assert code == 0
    assert [d["path"] for d in json.loads(out)["documents"]] == [str(tmp_path / "a.txt")] * 2


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_a_path: Path) -> None:
    out = tmp_path / "out.json"
    code, _, _ = run(
        capsys, "align", str(seed_a_path), str(seed_a_path), "-o", str(out), "--method", "lexical"
    )
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == SCHEMA


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * (1_100_000))
    return {
        "missing": (tmp_path / "nope.txt", "does not exist"),
        "directory": (tmp_path, "folder"),
        "empty": (empty, "empty"),
        "binary": (binary, "binary"),
        "too large": (huge, "MB"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "binary", "too large"])
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_a_path: Path, case: str
) -> None:
    path, words = _bad_inputs(tmp_path)[case]
    code, out, err = run(capsys, "align", str(seed_a_path), str(path))
    assert code == 2
    assert out == ""
    assert err.startswith("crossread: error: ")
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_file_name_with_a_line_break_is_still_one_line_of_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_a_path: Path
) -> None:
    code, _, err = run(capsys, "align", str(seed_a_path), str(tmp_path / "two\nlines.txt"))
    assert code == 2
    assert err.count("\n") == 1 and "two\\nlines.txt" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"crossread {__version__}"


def test_three_files_are_an_error(capsys: pytest.CaptureFixture[str], seed_a_path: Path) -> None:
    code, _, err = run(capsys, *[str(seed_a_path)] * 3)
    assert code == 2
    assert "two articles" in err


def test_screenshot_of_one_article_is_an_error(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path
) -> None:
    code, _, err = run(capsys, str(seed_a_path), "--screenshot", "x.png")
    assert code == 2
    assert "needs two articles" in err


def test_unwritable_output_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_a_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "out.json"
    code, _, err = run(capsys, "align", str(seed_a_path), str(seed_a_path), "-o", str(target))
    assert code == 2
    assert err.startswith("crossread: error: cannot write")


def test_no_display_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code, _, err = run(capsys)
    assert code == 2
    assert "no display" in err


def test_semantic_align_keeps_vectors_for_the_next_run(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path, tmp_path: Path
) -> None:
    from reader.analysis.sentence_model.semantic import cache_for
    from reader.ingest import load_document

    args = ("align", str(seed_a_path), str(seed_b_path), "--method", "semantic")
    code, first, _ = run(capsys, *args)
    assert code == 0
    # a file of sentence vectors and one of word pieces for each document
    assert len(list((tmp_path / "cache" / "vectors").glob("*.npz"))) == 4
    code, again, _ = run(capsys, *args)  # the memory cache is new: vectors come from disk
    assert code == 0
    assert json.loads(again)["matches"] == json.loads(first)["matches"]
    cache = cache_for(load_document(seed_a_path))
    assert cache.misses == 0 and cache.hits > 0


def test_cache_off_keeps_no_vectors_on_disk(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CROSSREAD_CACHE_DIR", "off")
    code, _, _ = run(capsys, "align", str(seed_a_path), str(seed_b_path), "--method", "semantic")
    assert code == 0
    assert not (tmp_path / "cache").exists() and not Path("off").exists()


def test_align_with_a_model_that_cannot_load_says_why_and_matches_words(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.analysis.sentence_model.embedding import reset_default_embedder
    from reader.analysis.sentence_model.embedding_model import MODEL_DIR_ENV, bundled_tokenizer_file

    folder = tmp_path / "broken-model"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"\x0a\x03not a model at all")
    (folder / "tokenizer.json").write_bytes(bundled_tokenizer_file().read_bytes())
    monkeypatch.setenv(MODEL_DIR_ENV, str(folder))
    reset_default_embedder()  # the model is read and prepared from the start of the command
    try:
        code, out, err = run(capsys, "align", str(seed_a_path), str(seed_b_path))
    finally:
        reset_default_embedder()
    assert code == 0
    assert json.loads(out)["method"] == "lexical"
    assert "not a model onnxruntime can load" in err
    assert "words, names and numbers only" in err


@pytest.fixture
def article(tmp_path: Path, seed_a_path: Path) -> Path:
    """A copy of article A that a command may (wrongly) be asked to write over."""
    copy = tmp_path / "article a.txt"
    copy.write_bytes(seed_a_path.read_bytes())
    return copy


def _same_path(article: Path) -> Path:
    return article


def _link_to(article: Path) -> Path:
    link = article.with_name("link.txt")
    link.symlink_to(article)
    return link


@pytest.mark.parametrize("name_of", [_same_path, _link_to], ids=["same path", "a link"])
def test_align_output_over_an_input_article_is_refused(
    capsys: pytest.CaptureFixture[str],
    article: Path,
    seed_b_path: Path,
    name_of: Callable[[Path], Path],
) -> None:
    before = article.read_bytes()
    args = ("align", str(article), str(seed_b_path), "--method", "lexical")
    code, _, err = run(capsys, *args, "-o", str(name_of(article)))
    assert (code, article.read_bytes()) == (2, before)
    assert err.startswith("crossread: error: will not write over") and err.count("\n") == 1


def test_screenshot_over_an_input_article_is_refused(
    capsys: pytest.CaptureFixture[str], article: Path, seed_b_path: Path
) -> None:
    before = article.read_bytes()
    code, _, err = run(capsys, str(article), str(seed_b_path), "--screenshot", str(article))
    assert (code, article.read_bytes()) == (2, before)
    assert err.startswith("crossread: error: will not write over")


@pytest.mark.parametrize("name", ["notes.txt", "shot", "shot.jpg"])
def test_a_screenshot_not_named_png_is_refused_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """An article named by mistake (``crossread --screenshot 1_10ecb.txt``, meaning to
    open it) is not replaced by a picture: it is no input of the command, only its name
    says it is not one."""
    target = tmp_path / name
    target.write_text("An article the reader meant to open.\n", encoding="utf-8")
    code, _, err = run(capsys, "--screenshot", str(target))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("crossread: error: --screenshot writes a PNG picture")
    assert target.read_text(encoding="utf-8") == "An article the reader meant to open.\n"


@pytest.mark.parametrize(
    "argv",
    [["align", "--bogus"], ["align", "a.txt"], ["align", "a", "b", "--format", "xml"], ["--bogus"]],
    ids=["unknown option", "one article", "unknown format", "window option"],
)
def test_wrong_arguments_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err.startswith("crossread: error: ") and "--help)" in err


def test_every_align_option_is_described_in_its_help() -> None:
    from reader.cli import _align_parser

    undescribed = [a.dest for a in _align_parser()._actions if not a.help]
    assert undescribed == []


# -- the sentence model's folder: --model-dir, else $CROSSREAD_MODEL_DIR, else installed ----


@pytest.fixture
def fresh_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No model folder from the shell, none loaded, before and after the test."""
    from reader.analysis.sentence_model.embedding import reset_default_embedder
    from reader.analysis.sentence_model.embedding_model import MODEL_DIR_ENV

    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    reset_default_embedder()
    yield
    monkeypatch.undo()
    reset_default_embedder()


def _model_folder(tmp_path: Path, name: str, model: bytes | None = None) -> Path:
    """A model folder: a copy of the installed model (or ``model``) and its tokenizer."""
    from reader.analysis.sentence_model.model_source import (
        bundled_tokenizer_file,
        default_model_file,
    )

    folder = tmp_path / name
    folder.mkdir()
    (folder / "model.onnx").write_bytes(model or default_model_file().read_bytes())
    (folder / "tokenizer.json").write_bytes(bundled_tokenizer_file().read_bytes())
    return folder


@pytest.mark.usefixtures("fresh_model")
def test_align_loads_the_model_of_the_model_dir_option(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path, tmp_path: Path
) -> None:
    folder = _model_folder(tmp_path, "broken-model", b"\x0a\x03not a model at all")
    code, out, err = run(
        capsys, "align", str(seed_a_path), str(seed_b_path), "--model-dir", str(folder)
    )
    assert code == 0
    assert json.loads(out)["method"] == "lexical"
    assert f"{folder / 'model.onnx'} is not a model onnxruntime can load" in err


@pytest.mark.usefixtures("fresh_model")
def test_the_model_dir_option_comes_before_the_environment(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.analysis.sentence_model.embedding_model import MODEL_DIR_ENV
    from reader.analysis.sentence_model.model_source import chosen_model_dir, model_files

    shell = _model_folder(tmp_path, "broken-model", b"\x0a\x03not a model at all")
    monkeypatch.setenv(MODEL_DIR_ENV, str(shell))
    good = _model_folder(tmp_path, "my-model")
    code, out, err = run(
        capsys, "align", str(seed_a_path), str(seed_b_path), "--model-dir", str(good)
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["method"] == "semantic"
    # the command over (in-process, as here), the process's choice is as it was
    assert chosen_model_dir() == (None, None)
    assert model_files(None).model_file == shell / "model.onnx"


def test_a_model_dir_that_is_no_folder_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, tmp_path: Path
) -> None:
    args = ("align", str(seed_a_path), str(seed_a_path), "--model-dir", str(tmp_path / "nope"))
    code, out, err = run(capsys, *args)
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err.startswith("crossread: error: --model-dir") and "no such folder" in err


def test_an_error_in_crossread_itself_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.analysis

    def broken(*_args: object, **_kw: object) -> None:
        raise KeyError("unit 7")

    monkeypatch.setattr(reader.analysis, "align", broken)  # a bug inside the aligner
    code, out, err = run(capsys, "align", str(seed_a_path), str(seed_b_path), "--method", "lexical")
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.startswith("crossread: internal error: KeyError: 'unit 7'")


def test_help_tells_bad_input_from_an_internal_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["align", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "2 on bad input" in out and "1 on an error in Crossread itself" in out


def test_an_article_piped_in_as_dash_is_aligned(
    capsys: pytest.CaptureFixture[str],
    seed_a_path: Path,
    seed_b_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    piped = io.TextIOWrapper(io.BytesIO(seed_b_path.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", piped)
    code, out, _ = run(capsys, "align", str(seed_a_path), "-", "--method", "lexical")
    assert code == 0
    data = json.loads(out)
    assert data["documents"][1]["path"] == "-"
    assert any(m["kind"] == "claim" for m in data["matches"])


def test_two_articles_cannot_both_be_piped_in(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "align", "-", "-")
    assert code == 2
    assert "only one article can come from standard input" in err


def test_an_empty_piped_article_is_named_as_standard_input(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, _, err = run(capsys, "align", "-", str(seed_a_path), "--method", "lexical")
    assert code == 2
    assert err.strip() == "crossread: error: Cannot open standard input: it is empty."


def test_align_runs_without_garbage_collections(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    """The collector is paused while the command runs (as the window's tasks pause it)
    and runs again after it: at most the one collection the work's objects are owed,
    as the pause ends, where an unpaused run made 142."""
    collections: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(heard)
    try:  # only the command is listened to: reading the captured output after it may
        # set off a collection of its own, the collector being on again by then
        code = main(["align", str(seed_a_path), str(seed_b_path), "--method", "lexical"])
    finally:
        gc.callbacks.remove(heard)
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["matches"]
    assert len(collections) <= 1
    assert gc.isenabled()


def test_align_leaves_the_collector_off_when_it_was_off(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    gc.disable()
    try:
        code, _, _ = run(capsys, "align", str(seed_a_path), str(seed_b_path), "--method", "lexical")
        assert code == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_align_json_notices_carry_the_pair_s_note_the_text_format_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One article read from its page and from its text pasted, the byline longer in
    one: the text format notes "the same text but for their bylines..."; so does the
    JSON's notices."""
    from reader.analysis.linking.relatedness import SAME_WORDS
    from reader.ingest import load_document
    from tests.wire_copies import GAZETTE

    page = load_document(GAZETTE)
    paragraphs = [page.slice(p) for p in page.paragraphs]
    paragraphs[1] = "By Maria Lopez, Associated Press. Gazette staff contributed to this report."
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("\n\n".join(paragraphs), encoding="utf-8")
    args = ("align", str(GAZETTE), str(pasted), "--method", "lexical")
    _, text, _ = run(capsys, *args, "--format", "text")
    assert f"note: {SAME_WORDS}" in text
    code, out, _ = run(capsys, *args, "--format", "json")
    assert code == 0
    assert SAME_WORDS in json.loads(out)["notices"]


def test_align_json_of_a_pair_with_nothing_to_note_has_no_notices(
    capsys: pytest.CaptureFixture[str], seed_a_path: Path, seed_b_path: Path
) -> None:
    code, out, _ = run(capsys, "align", str(seed_a_path), str(seed_b_path), "--method", "lexical")
    assert code == 0
    assert "notices" not in json.loads(out)

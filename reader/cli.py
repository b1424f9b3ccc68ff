"""Command line: ``crossread [A B]`` (the reader window), ``crossread align A B``,
``crossread export SESSION -o OUT``, ``crossread --version``.

Bad input prints one line (``crossread: error: ...``) and exits 2; an error in Crossread
itself prints one line (``crossread: internal error: ...``) and exits 1; never a traceback
(unless ``CROSSREAD_DEBUG`` is set).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reader import __version__, regex_cache
from reader.cache_dir import cache_dir
from reader.errors import (
    DEBUG_ENV,
    STANDARD_OUTPUT,
    IngestError,
    OneLineParser,
    ReaderError,
    refuse_overwriting,
    report_internal_error,
    to_stderr,
)
from reader.errors import report_input_error as _fail  # bad input: one line, status 2
from reader.gc_pause import collections_paused
from reader.model_choice import EXIT_STATUS, add_model_options, check_model_dir, model_dir

if TYPE_CHECKING:
    from reader.analysis.sentence_model.model_source import ModelReading
    from reader.model import Document


def _keep_vectors() -> None:
    """Sentence vectors outlive the run, in the user's cache folder (see
    reader.session.vector_files; CROSSREAD_CACHE_DIR=off keeps them in memory only)."""
    from reader.analysis.sentence_model.embedding_cache import use_vector_store
    from reader.session.vector_files import default_vector_files

    use_vector_store(default_vector_files())


def _load_model_early(reading: ModelReading | None = None) -> None:
    """Load the sentence model on another thread from now on: building its session
    releases the GIL, so it overlaps this thread importing the aligner (or the window);
    whoever needs the model then waits for whatever is left of the load. With
    ``reading`` (the model file being read since the command started), the load's steps
    that hold the GIL run first, here (see preload_default_embedder)."""
    from reader.analysis.sentence_model.embedding import preload_default_embedder

    preload_default_embedder(reading=reading)


# the files an article may be read from (reader.ingest.load_document)
ARTICLE_SUFFIXES = ".txt, .md, .html, .mhtml, .webarchive, .pdf, .docx, .odt, .rtf, .eml"


def _align_parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="crossread align",
        description="Align two articles and print the matches (JSON schema reader.alignment/1).",
        epilog=EXIT_STATUS.format(
            bad="a missing, empty, binary or too large file, a folder, wrong arguments"
        ),
    )
    p.add_argument("a", help=f"article A ({ARTICLE_SUFFIXES}; '-': standard input)")
    p.add_argument("b", help=f"article B ({ARTICLE_SUFFIXES}; '-': standard input)")
    p.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: every match, with offsets into each article's text (the default); "
        "text: a readable summary of the claims, quotes, entities, numbers and "
        "discrepancies, who is quoted, "
        "and what only one article reports",
    )
    p.add_argument(
        "--min-score",
        type=float,
        default=0.0,
        metavar="S",
        help="drop matches scored below S, between 0 and 1 (default: 0, keep all)",
    )
    add_model_options(p)
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to this file (replaced whole, never an input article) instead of "
        "standard output ('-' for standard output)",
    )
    return p


def _write_stdout(out: str) -> int:
    """Write ``out`` to standard output and flush it; the exit status. A full disk or a
    closed stream is bad output, said in one line (a reader closing the pipe early is
    not: main answers BrokenPipeError with 0)."""
    if sys.stdout is None:
        return _fail("standard output is closed; give -o OUT to write to a file")
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        return _fail(f"cannot write to standard output: {exc.strerror or exc}")
    return 0


# numpy's BLAS (OpenBLAS) keeps threads of its own, one a core but the first, that spin
# for a while after loading and after each product, whether or not the product was
# shared with them; the aligner's products are small (a sentence's word pieces against
# another's), and the two model runs and the features keep both cores busy already
BLAS_THREADS_ENV = "OPENBLAS_NUM_THREADS"


def blas_on_one_thread() -> None:
    """numpy's products on the thread that asks for them, unless the environment says
    otherwise or numpy is loaded already (OpenBLAS reads the variable as it loads): a
    first `crossread align` of the sample pair spent 0.13-0.15 s of CPU (of 1.3 s) in the
    spinning threads, and beside a busy program took 1.10 s instead of 1.25 s (median of
    10; fastest 0.88 s instead of 0.98 s). The output is the same byte for byte (the
    sample pair and 20 ECB+ pairs): OpenBLAS shares out whole entries of a product, each
    summed alike, and a product this small it keeps on one thread anyway.

    The window's first start on the sample pair (no vectors kept yet, to the highlights
    shown: benchmarks/startup.py's first start, 8 runs each, other jobs on the 2 cores)
    took 2.01 s of CPU instead of 2.10 s (median; fastest 1.90 s instead of 1.98 s) and
    2.27 s instead of 2.57 s (median; fastest 1.84 s instead of 1.95 s): the window asks
    for the same before it imports numpy."""
    if "numpy" not in sys.modules:
        os.environ.setdefault(BLAS_THREADS_ENV, "1")


def run_align(argv: Sequence[str]) -> int:
    blas_on_one_thread()
    with collections_paused():
        return _run_align(argv)


def _run_align(argv: Sequence[str]) -> int:
    args = _align_parser().parse_args(list(argv))
    if not 0.0 <= args.min_score <= 1.0:
        return _fail("--min-score must lie between 0 and 1")
    if args.output == STANDARD_OUTPUT:
        args.output = None
    if args.output:
        refuse_overwriting(args.output, (args.a, args.b))
    check_model_dir(args.model_dir)
    with model_dir(args.model_dir):
        return _align(args)


def _align(args: argparse.Namespace) -> int:
    import time

    reading = None
    if args.method != "lexical":  # the model file is read and checked meanwhile
        from reader.analysis.sentence_model.model_source import ModelReading

        reading = ModelReading()
    from reader.ingest import load_document
    from reader.session.source_files import absolute_path

    t0 = time.perf_counter()
    if args.a == STANDARD_OUTPUT and args.b == STANDARD_OUTPUT:
        return _fail("only one article can come from standard input ('-')")
    # the JSON names the files from anywhere; "-" is an article piped in
    doc_a, doc_b = (
        _piped_article() if arg == STANDARD_OUTPUT else load_document(absolute_path(arg))
        for arg in (args.a, args.b)
    )
    ingest_ms = (time.perf_counter() - t0) * 1000
    if args.method != "lexical":
        _keep_vectors()
        from reader.analysis.sentence_model.embedding import model_needed

        if model_needed(doc_a, doc_b):
            _load_model_early(reading)

    from reader.analysis import align
    from reader.report import json_summary, text_summary
    from reader.terminal_progress import TerminalProgress

    progress = TerminalProgress(sys.stderr)
    try:
        result = align(
            doc_a, doc_b, method=args.method, min_score=args.min_score, progress=progress
        )
    finally:
        progress.close()
    result.timing_ms["ingest"] = ingest_ms
    for notice in result.notices:
        to_stderr(f"crossread: {notice}")
    if args.format == "json":
        summary = json_summary(result, args.min_score)  # the pair's note too, as text says it
        out = json.dumps(summary, ensure_ascii=False, indent=1) + "\n"
    else:
        out = text_summary(result, args.min_score)
    if args.output:
        from reader.session.atomic import atomic_write

        try:
            atomic_write(args.output, out.encode("utf-8"))
        except OSError as exc:
            return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
        return 0
    return _write_stdout(out)


def _piped_article() -> Document:
    """The article piped in on standard input (``crossread align - B``: a page from
    ``curl``, a text from another program), read as a file of any kind Crossread opens."""
    import tempfile
    from dataclasses import replace

    from reader.ingest import load_document

    with tempfile.TemporaryDirectory(prefix="crossread-stdin-") as folder:
        path = Path(folder) / "standard input"
        try:
            with path.open("wb") as copy:
                if sys.stdin is not None:
                    _copy_piped(sys.stdin.buffer, copy, str(path))
        except OSError as exc:  # not readable (a descriptor open for writing), a full disk
            reason = (exc.strerror or "the system refused to read it").lower()
            raise IngestError(f"Cannot read standard input: {reason}.", "-") from None
        try:
            doc = load_document(path)
        except IngestError as exc:  # name the input as the reader gave it
            said = exc.message.replace(f"\u201c{path}\u201d", "standard input")
            raise IngestError(said, "-") from None
    title = doc.title if doc.title != path.stem else "standard input"
    return replace(doc, path="-", title=title)


_PIPE_CHUNK = 1024 * 1024  # what is piped in is copied so much at a time


def _copy_piped(piped: BinaryIO, copy: BinaryIO, path: str) -> None:
    """Copy ``piped`` into ``copy`` (the file ``path``), one megabyte at a time, up to one
    byte more than an article of its kind may hold (a text's 5 MB, a PDF's or a Word
    file's 50 MB: see reader.ingest.load.size_limit): reading ``path`` then refuses one too
    large as any file, and an endless pipe (``cat /dev/zero``) is read no further."""
    from reader.ingest.load import SNIFF_BYTES, size_limit

    head = piped.read(SNIFF_BYTES)
    copy.write(head)
    left = size_limit(path, head) + 1 - len(head)
    while left > 0 and (chunk := piped.read(min(left, _PIPE_CHUNK))):
        copy.write(chunk)
        left -= len(chunk)


def _gui_parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="crossread",
        description="Compare two articles about the same event side by side. "
        "Subcommands: 'crossread align A B' and 'crossread export SESSION -o OUT'.",
        epilog=EXIT_STATUS.format(
            bad="a missing, empty, binary or too large file, a folder, a damaged session, "
            "wrong arguments, no display to open the window on"
        ),
    )
    p.add_argument(
        "files",
        nargs="*",
        help="two articles, one article (you then choose the other), or one .crossread "
        "session (default: the bundled sample pair)",
    )
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--version", action="version", version=f"crossread {__version__}")
    return p


def _has_display() -> bool:
    """True when Qt can show a window: a display, or an explicit platform plugin."""
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(argv: Sequence[str]) -> int:
    blas_on_one_thread()  # before the model's preload or the window imports numpy
    args = _gui_parser().parse_args(list(argv))
    if len(args.files) > 2:
        return _fail("give two articles, one (the window asks for the other), a .crossread "
                     "session, or none to open the sample pair")  # fmt: skip
    if len(args.files) == 1 and args.screenshot and not args.files[0].endswith(".crossread"):
        return _fail("a screenshot needs two articles or a .crossread session")
    if args.screenshot:
        refuse_overwriting(args.screenshot, args.files)
        if not args.screenshot.lower().endswith(".png"):  # not an article named by mistake
            return _fail(
                f"--screenshot writes a PNG picture: give it a name ending in .png, "
                f"not “{args.screenshot}”"
            )
    if sys.platform.startswith("linux") and not _has_display():
        if args.screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
        else:
            return _fail(
                "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                "run crossread on a desktop, or use --screenshot OUT.png"
            )
    if not args.screenshot:  # a screenshot keeps the default settings: no early load
        from reader.ui.model_preload import preload_model

        preload_model()  # while the window's modules import
    from reader.ui.app import run_gui as start

    _keep_vectors()

    return start(args.files, screenshot=args.screenshot)  # app.run_gui makes them absolute


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "align":
            return run_align(args[1:])
        if args and args[0] == "export":
            from reader.export.command import run_export

            _keep_vectors()
            return run_export(args[1:])
        return run_gui(args)
    except ReaderError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the reader, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        return report_internal_error(exc)


ONE_SHOT = ("align", "export")


def entry() -> None:
    """The ``crossread`` program (and ``python -m reader``): :func:`main`, then exit.

    After a one-shot subcommand, whose output is written and whose files are closed by
    now, the process ends without the interpreter's teardown: freeing the sentence model
    and every module took about 160 ms of a 1.5 s ``crossread align``. The window exits
    normally, so Qt saves its settings.

    Patterns are compiled through :mod:`reader.regex_cache`: what one run compiled, the
    next reads from the cache folder.

    A one-shot subcommand also runs with the garbage collector off from start to end:
    the pause of :func:`run_align` would end in a collection of everything the work
    made (15 ms for the sample pair, lexical or semantic) just before the process ends.
    """
    argv = sys.argv[1:]
    if argv and argv[0] in ONE_SHOT:
        gc.disable()  # the process ends with os._exit: nothing is left to collect for
    regex_cache.install(cache_dir())
    code = main(argv)
    regex_cache.save()
    if argv and argv[0] in ONE_SHOT:
        for stream in (sys.stdout, sys.stderr):
            # a closed pipe or stream: nothing more can be said
            with contextlib.suppress(OSError, ValueError):
                if stream is not None:  # None: the descriptor was closed at the start
                    stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()

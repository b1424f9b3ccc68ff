"""``crossread export SESSION -o OUT [--format FMT] [--only-annotated] [--all-kinds]
[--matches FILE]``.

SESSION is a ``.crossread`` file, or two article files: then they are aligned and all
their matches exported, as a reader exporting at once would get them; a single article
is refused with a message asking for two. The format is
``--format``, else the output's suffix (``SUFFIXES``), else, when OUT has no suffix,
Markdown; a suffix no format has (``notes.docx``) is an error, so that no file ever holds
another format than its name says, and OUT is never one of the files read (the session,
its articles). Two articles are aligned with ``--method`` and ``--model-dir`` as in
``crossread align``. ``--matches FILE`` keeps the export to the matches whose ids FILE
lists, one a line (those the window's Matches panel shows; a match with a note is listed
all the same); ids that name no match of the session get one warning line on stderr,
``crossread: warning: ...``, and the export goes on. Errors are one line on stderr,
``crossread: error: ...``, as in every command, and exit status 2, and write nothing; an
error in Crossread itself is one line ``crossread: internal error: ...`` and exit status
1; never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from pathlib import Path

from reader.errors import (
    DEBUG_ENV,
    STANDARD_OUTPUT,
    OneLineParser,
    ReaderError,
    UsageError,
    refuse_overwriting,
    report_input_error,
    report_internal_error,
    report_warning,
    to_stderr,
)
from reader.export import FORMATS, export_session, render_export
from reader.model.session import Session
from reader.model_choice import EXIT_STATUS, add_model_options, check_model_dir, model_dir
from reader.session.store import SUFFIX as SESSION_SUFFIX
from reader.session.store import describe, read_session

PROG = "crossread export"

SUFFIXES: dict[str, str] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".docx": "docx",
    ".pdf": "pdf",
}
"""Output suffix (lower case) -> the format written when ``--format`` is not given."""

MATCHES_SHOWN = "--matches-shown"
"""The hidden option the window adds to ``--matches FILE``: FILE lists the matches its
Matches panel shows, and the export's header names the panel, not the list."""

UNKNOWN_NAMED = 5
"""How many of the ids of ``--matches FILE`` that name no match the warning names."""


def _usage_error(message: str) -> UsageError:
    """Wrong arguments: one line, exit status 2, pointing at the help."""
    return UsageError(f"{message} (see {PROG} --help)")


def _parser() -> OneLineParser:
    p = OneLineParser(
        prog=PROG,
        usage=f"{PROG} (SESSION | A B) -o OUT [--format FMT] [--only-annotated] [--all-kinds] "
        "[--matches FILE] [--method M] [--model-dir DIR]",
        description="Export a session's notes and matches, or those of two articles "
        "(aligned first, with --method and --model-dir; a session keeps its own matches).",
        epilog=EXIT_STATUS.format(
            bad="a missing or damaged session, an unreadable article, wrong arguments"
        ),
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="SESSION",
        help="a .crossread session file, or two article files (A and B)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write (replaced whole; never the session or its articles); '-' "
        "writes to standard output",
    )
    p.add_argument(
        "--format",
        choices=list(FORMATS),
        help="md, html, json, csv, docx or pdf (default: from OUT's suffix; md when OUT has none)",
    )
    p.add_argument(
        "--only-annotated", action="store_true", help="only matches and passages with a note"
    )
    p.add_argument(
        "--all-kinds",
        action="store_true",
        help="also entity (name) and number matches, not only claims and quotes",
    )
    p.add_argument(
        "--matches",
        metavar="FILE",
        help="only the matches whose ids FILE lists, one a line (as the window's Matches "
        "panel shows them); a match with a note is listed all the same",
    )
    # the window's PDF export in a process of its own (reader.ui.export_process): the ids
    # of --matches are those its Matches panel shows, and the header says so
    p.add_argument(MATCHES_SHOWN, action="store_true", help=argparse.SUPPRESS)
    add_model_options(p)  # for two articles, aligned here
    return p


def _is_one_article(path: str) -> bool:
    """True when ``path`` is a readable file that is plainly no session: not named
    ``.crossread`` and not starting with ``{`` (a session is a JSON object, which an
    editor may have saved after a byte-order mark), like the single article given
    instead of two."""
    if path.lower().endswith(SESSION_SUFFIX) or not os.path.isfile(path):
        return False  # a pipe (<(cat pair.crossread)) can be read only once: by read_session
    try:
        with open(path, "rb") as fh:
            start = fh.read(256).removeprefix(codecs.BOM_UTF8).lstrip()
    except OSError:
        return False  # missing, a folder...: load_session says what is wrong
    return not start.startswith(b"{")


def _session(inputs: list[str], method: str = "auto") -> Session:
    if len(inputs) == 1:
        if _is_one_article(inputs[0]):
            raise _usage_error(
                f"needs two articles (A B) or one saved session (.crossread); "
                f"“{inputs[0]}” is a single article"
            )
        opened = read_session(inputs[0])
        for u in opened.unread:  # the export goes on with the notes that could be read
            to_stderr(f"{PROG}: {u.label()} could not be read ({u.reason}); left out")
        return opened.session
    if len(inputs) != 2:
        raise _usage_error("give one session file or two article files")
    from reader.analysis import align
    from reader.ingest import load_document

    a, b = (load_document(p) for p in inputs)
    return Session(align(a, b, method=method))


def _session_articles(session: Session, inputs: list[str]) -> tuple[str, ...]:
    """The article files a session read from ``inputs`` names (a relative path looked up
    beside the session file first, an absolute one gone found there by its fingerprint,
    as the window does); none for two articles given."""
    if len(inputs) != 1:
        return ()
    from reader.session.source_files import found_beside, with_absolute_paths

    al = found_beside(with_absolute_paths(session, inputs[0]), inputs[0])[0].alignment
    return (al.a.path, al.b.path)


def _format(requested: str | None, output: str) -> str:
    """``requested``, else the format OUT's suffix names, else (no suffix) Markdown."""
    if requested:
        return requested
    suffix = Path(output).suffix
    if not suffix:
        return "md"
    if suffix.lower() not in SUFFIXES:
        known = ", ".join(SUFFIXES)
        raise _usage_error(
            f"cannot export to a {suffix} file; the output's suffix must be one of {known} "
            "(or choose the format with --format)"
        )
    return SUFFIXES[suffix.lower()]


def read_match_ids(path: str) -> tuple[str, ...]:
    """The match ids the file ``path`` lists, one a line, each once in the file's order
    (blank lines and the spaces around an id left out); ReaderError, saying why, when it
    cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ReaderError(f"Could not read the match list {path}: {describe(exc)}.") from None
    except UnicodeDecodeError:
        raise ReaderError(
            f"Could not read the match list {path}: it is not UTF-8 text (one match id a line)."
        ) from None
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def unknown_ids_warning(session: Session, ids: tuple[str, ...], path: str) -> str:
    """The warning for the ids of ``path`` that name no match of ``session`` (shown,
    rejected or linked by hand), the first few named; "" when every id names one."""
    known = {m.id for m in (*session.alignment.matches, *session.manual)}
    unknown = [i for i in ids if i not in known]
    if not unknown:
        return ""
    named = ", ".join(_shortened(i) for i in unknown[:UNKNOWN_NAMED])
    if len(unknown) > UNKNOWN_NAMED:
        named += f" and {len(unknown) - UNKNOWN_NAMED} more"
    n = len(unknown)
    said = f"{n} id in {path} names" if n == 1 else f"{n} ids in {path} name"
    return f"{said} no match: {named}"


def _shortened(text: str, most: int = 30) -> str:
    """``text`` cut to ``most`` characters (a line of a wrong file, given as the list)."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _to_stdout(data: bytes) -> int:
    """Write an export to standard output (``-o -``); the exit status."""
    if sys.stdout is None:
        return report_input_error("standard output is closed; give -o OUT to write to a file")
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        return report_input_error(f"cannot write to standard output: {exc.strerror or exc}")
    return 0


def run_export(argv: list[str]) -> int:
    """Run the command with ``argv`` (the arguments after ``export``); the exit status."""
    try:
        args = _parser().parse_args(argv)
        fmt = _format(args.format, args.output)  # before any work: a wrong suffix writes nothing
        refuse_overwriting(args.output, [*args.inputs, args.matches or ""])
        keep = None if args.matches is None else read_match_ids(args.matches)
        check_model_dir(args.model_dir)
        with model_dir(args.model_dir):
            session = _session(args.inputs, args.method)
        refuse_overwriting(args.output, _session_articles(session, args.inputs))
        if keep is not None and (warning := unknown_ids_warning(session, keep, args.matches)):
            report_warning(warning)  # a typo, or a list of another pair: the export goes on
        options = {
            "only_annotated": args.only_annotated,
            "minor": args.all_kinds,
            "keep": keep,
            "keep_listed": not args.matches_shown,
        }
        if args.output == STANDARD_OUTPUT:
            return _to_stdout(render_export(session, fmt, **options))
        export_session(session, args.output, fmt, **options)
    except BrokenPipeError:  # the reader closed the pipe early (crossread export ... | head)
        return 0
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except ReaderError as exc:  # wrong arguments (UsageError) or bad input
        return report_input_error(exc.message)
    except KeyboardInterrupt:
        to_stderr(f"{PROG}: interrupted")
        return 130
    except Exception as exc:  # a bug: one line, never a traceback unless asked for
        if os.environ.get(DEBUG_ENV):
            raise
        return report_internal_error(exc)
    return 0


def main() -> None:  # pragma: no cover - ``python -m reader.export.command``
    sys.exit(run_export(sys.argv[1:]))


if __name__ == "__main__":  # pragma: no cover
    main()

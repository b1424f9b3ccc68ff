"""The sentence-model options the commands share (``crossread align`` and ``crossread
export A B``): ``--method`` and ``--model-dir``, and the folder's use for one command."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator

from reader.errors import UsageError

EXIT_STATUS = (
    "Exit status: 0 on success; 2 on bad input ({bad}), with one line on standard error, "
    "'crossread: error: ...'; 1 on an error in Crossread itself (a bug), with one line "
    "'crossread: internal error: ...' (CROSSREAD_DEBUG=1 shows its traceback)."
)
"""The epilog of every command's --help; ``bad`` names that command's bad input."""


def add_model_options(p: argparse.ArgumentParser) -> None:
    """``--method`` and ``--model-dir`` on ``p``."""
    p.add_argument(
        "--method",
        choices=("auto", "lexical", "semantic"),
        default="auto",
        help="auto (the default): the local sentence model when it loads, else "
        "words/names/numbers only, saying why; lexical: words/names/numbers only, the model "
        "never loaded; semantic: the model, an error (status 2) when it cannot load",
    )
    p.add_argument(
        "--model-dir",
        metavar="DIR",
        help="the sentence model's folder (model.onnx, tokenizer.json, optionally "
        "model.sha256); default: $CROSSREAD_MODEL_DIR if set, else the installed model. "
        "The folder chosen in the window's Settings is not read here",
    )


def check_model_dir(folder: str | None) -> None:
    """Raise :class:`UsageError` when ``--model-dir`` names no folder."""
    if folder is not None and not os.path.isdir(folder):
        raise UsageError(f"--model-dir {folder}: no such folder")


def _forget_loaded_model() -> None:
    """Forget the sentence model loaded already (only when a command runs in-process
    again; importing the embedding module just for this would slow the command's start)."""
    embedding = sys.modules.get("reader.analysis.sentence_model.embedding")
    if embedding is not None:
        embedding.reset_default_embedder()


@contextlib.contextmanager
def model_dir(folder: str | None) -> Iterator[None]:
    """The sentence model loads from ``folder`` during the command (None: from
    ``$CROSSREAD_MODEL_DIR``, else the installed one); the choice before is restored."""
    if folder is None:
        yield
        return
    from reader.analysis.sentence_model.model_source import choose_model_dir, chosen_model_dir

    before = chosen_model_dir()
    if choose_model_dir(folder):
        _forget_loaded_model()
    try:
        yield
    finally:
        choose_model_dir(*before, trust_anew=True)
        _forget_loaded_model()

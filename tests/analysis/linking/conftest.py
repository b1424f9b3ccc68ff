"""Fixtures of the linking tests: a model folder of the reader's own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def chosen_model(tmp_path: Path) -> Iterator[Path]:
    """A model folder chosen by the reader (a copy of the installed model's files): it
    may be a multilingual one, as far as Crossread can tell."""
    from reader.analysis.sentence_model.embedding import reset_default_embedder
    from reader.analysis.sentence_model.model_source import (
        bundled_tokenizer_file,
        choose_model_dir,
        chosen_model_dir,
        default_model_file,
    )

    folder = tmp_path / "my-model"
    folder.mkdir()
    shutil.copyfile(default_model_file(), folder / "model.onnx")
    shutil.copyfile(bundled_tokenizer_file(), folder / "tokenizer.json")
    before = chosen_model_dir()
    choose_model_dir(str(folder))
    reset_default_embedder()
    yield folder
    choose_model_dir(*before, trust_anew=True)
    reset_default_embedder()

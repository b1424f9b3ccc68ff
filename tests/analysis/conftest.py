"""Fixtures for the analysis tests: documents built from literal text, a model folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.embedding_model import Embedder
from reader.analysis.sentence_model.model_source import bundled_tokenizer_file, default_model_file
from reader.ingest import document_from_text, load_document
from reader.model import Document


@pytest.fixture
def doc() -> Callable[[str], Document]:
    """Make a Document from plain text (one paragraph a line)."""

    def make(text: str, path: str = "") -> Document:
        return document_from_text(text, path=path)

    return make


@pytest.fixture
def article_file(tmp_path: Path) -> Callable[[str], Document]:
    """Load ``text`` from a .txt file, as the app opens an article."""

    def load(text: str) -> Document:
        path = tmp_path / "article.txt"
        path.write_text(text, encoding="utf-8")
        return load_document(path)

    return load


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """A user model folder holding copies of the real model and tokenizer."""
    folder = tmp_path / "my-model"
    folder.mkdir()
    shutil.copyfile(default_model_file(), folder / "model.onnx")
    shutil.copyfile(bundled_tokenizer_file(), folder / "tokenizer.json")
    return folder


@pytest.fixture
def sentence_model() -> Embedder:
    """The installed sentence model (the test fails if it cannot load)."""
    model = default_embedder()
    if model is None:
        pytest.fail("the installed sentence model should load")
    return model

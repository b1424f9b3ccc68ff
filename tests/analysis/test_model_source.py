"""Locating and reading the model's files ahead of the load (reader/analysis/model_source.py),
and the default model loaded from such a reading (embedding.preload_default_embedder)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.analysis import model_source
from reader.analysis.embedding import (
    default_embedder,
    last_load_error,
    preload_default_embedder,
    reset_default_embedder,
)
from reader.analysis.model_source import (
    MODEL_DIR_ENV,
    ModelReading,
    read_model,
)
from reader.errors import ModelLoadError


@pytest.fixture
def model_dir(model_copy: Path) -> Path:
    """A model folder with a copy of the installed model and its checksum file."""
    digest = hashlib.sha256((model_copy / "model.onnx").read_bytes()).hexdigest()
    (model_copy / "model.sha256").write_text(digest)
    return model_copy


@pytest.fixture
def fresh_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The default model forgotten before and after the test."""
    reset_default_embedder()
    yield
    monkeypatch.undo()
    reset_default_embedder()


def test_read_model_gives_the_file_as_a_writable_buffer(model_dir: Path) -> None:
    data = read_model(model_dir / "model.onnx", None)
    assert isinstance(data, bytearray)
    assert data == (model_dir / "model.onnx").read_bytes()


def test_a_reading_gives_the_files_and_the_checked_bytes(model_dir: Path) -> None:
    files, data = ModelReading(model_dir).result()
    assert files.model_file == model_dir / "model.onnx"
    assert data is not None and bytes(data) == files.model_file.read_bytes()


def test_a_large_model_is_read_only_when_wanted(
    model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_source, "READ_AHEAD_MAX", 1000)
    reading = ModelReading(model_dir)
    reading._thread.join()
    assert reading._data is None  # located, not read
    _, data = reading.result()
    assert data is not None and bytes(data) == (model_dir / "model.onnx").read_bytes()


def test_a_reading_of_a_damaged_model_raises_the_checksum_error(model_dir: Path) -> None:
    with (model_dir / "model.onnx").open("r+b") as handle:
        handle.seek(500)
        handle.write(b"\0" * 8)
    with pytest.raises(ModelLoadError, match="checksum"):
        ModelReading(model_dir).result()


def test_a_reading_of_a_missing_folder_raises_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        ModelReading(tmp_path / "nowhere").result()


@pytest.mark.usefixtures("fresh_default")
def test_the_default_model_loads_from_a_reading(
    model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODEL_DIR_ENV, str(model_dir))
    preload_default_embedder(reading=ModelReading()).join()
    embedder = default_embedder()
    assert embedder is not None and embedder.name.startswith("my-model@")
    assert embedder.embed(["Kim met Putin in Pyongyang."]).shape == (1, embedder.dim)


@pytest.mark.usefixtures("fresh_default")
def test_a_reading_that_fails_makes_the_default_model_say_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    monkeypatch.setattr(model_source, "MODEL_SHA256", "0" * 64)
    preload_default_embedder(reading=ModelReading()).join()
    assert default_embedder() is None
    assert "checksum" in (last_load_error() or "")

"""Locating and reading the model's files ahead of the load
(reader/analysis/sentence_model/model_source.py), and the default model loaded from such a
reading (embedding.preload_default_embedder)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.analysis.sentence_model import model_source
from reader.analysis.sentence_model.embedding import (
    default_embedder,
    last_load_error,
    preload_default_embedder,
    reset_default_embedder,
)
from reader.analysis.sentence_model.embedding_model import load_model
from reader.analysis.sentence_model.model_source import (
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


# -- the folder the program chose (Settings, --model-dir), trusted on first use -------------


@pytest.fixture
def no_choice(fresh_default: None) -> Iterator[None]:
    """No folder chosen and no listener, before and after the test."""
    model_source.choose_model_dir(None, trust_anew=True)
    yield
    model_source.choose_model_dir(None, trust_anew=True)
    model_source.on_model_recorded(None)


def damage_weights(model_file: Path) -> None:
    """Change bytes in the middle of the weights: onnxruntime still loads the file."""
    size = model_file.stat().st_size
    with model_file.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x7f" * 64)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.usefixtures("no_choice")
def test_a_chosen_folder_comes_before_the_environment(
    model_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = tmp_path / "shell-model"
    shutil.copytree(model_copy, shell)
    monkeypatch.setenv(MODEL_DIR_ENV, str(shell))
    assert model_source.model_files(None).model_file == shell / "model.onnx"
    assert model_source.choose_model_dir(str(model_copy))
    assert model_source.model_files(None).model_file == model_copy / "model.onnx"
    assert not model_source.choose_model_dir(str(model_copy)), "the same folder: no change"
    assert model_source.choose_model_dir(None)
    assert model_source.model_files(None).model_file == shell / "model.onnx"


@pytest.mark.usefixtures("no_choice")
def test_a_chosen_folder_without_checksum_file_is_trusted_on_first_use(
    model_copy: Path,
) -> None:
    heard: list[tuple[str, str]] = []
    model_source.on_model_recorded(lambda folder, digest: heard.append((folder, digest)))
    model_source.choose_model_dir(str(model_copy))
    digest = sha256_of(model_copy / "model.onnx")
    load_model(None)  # the first load: its digest is noted
    assert model_source.chosen_model_dir() == (str(model_copy), digest)
    assert heard == [(str(model_copy), digest)]
    damage_weights(model_copy / "model.onnx")
    with pytest.raises(ModelLoadError, match="changed since it was first loaded"):
        ModelReading().result()
    assert heard == [(str(model_copy), digest)], "noted once"


@pytest.mark.usefixtures("no_choice")
def test_a_chosen_model_read_but_not_loaded_is_not_trusted(model_copy: Path) -> None:
    model_source.choose_model_dir(str(model_copy))
    ModelReading().result()  # read, never built
    assert model_source.chosen_model_dir() == (str(model_copy), None)


@pytest.mark.usefixtures("no_choice")
def test_a_chosen_model_onnxruntime_refuses_is_not_trusted_and_loads_once_mended(
    model_copy: Path,
) -> None:
    model_file = model_copy / "model.onnx"
    good = model_file.read_bytes()
    model_file.write_bytes(b"not a model" * 100)
    model_source.choose_model_dir(str(model_copy))
    with pytest.raises(ModelLoadError):
        load_model(None)
    assert model_source.chosen_model_dir() == (str(model_copy), None), "nothing trusted"
    model_file.write_bytes(good)  # the reader puts the right file back
    load_model(None)
    assert model_source.chosen_model_dir() == (str(model_copy), sha256_of(model_file))


@pytest.mark.usefixtures("no_choice")
def test_a_digest_recorded_earlier_is_checked_from_the_first_read(model_copy: Path) -> None:
    digest = sha256_of(model_copy / "model.onnx")
    damage_weights(model_copy / "model.onnx")
    model_source.choose_model_dir(str(model_copy), digest)  # as Settings keep it
    with pytest.raises(ModelLoadError, match=r"checksum mismatch.*choose its folder again"):
        ModelReading().result()


@pytest.mark.usefixtures("no_choice")
def test_choosing_the_folder_again_trusts_the_model_now_there(model_copy: Path) -> None:
    model_source.choose_model_dir(str(model_copy), "0" * 64)
    assert not model_source.choose_model_dir(str(model_copy)), "no digest given: kept"
    assert model_source.chosen_model_dir()[1] == "0" * 64
    assert model_source.choose_model_dir(str(model_copy), trust_anew=True)
    load_model(None)
    assert model_source.chosen_model_dir()[1] == sha256_of(model_copy / "model.onnx")


@pytest.mark.usefixtures("no_choice")
def test_a_chosen_folder_with_a_checksum_file_is_checked_by_it_alone(model_dir: Path) -> None:
    model_source.choose_model_dir(str(model_dir))
    ModelReading().result()
    assert model_source.chosen_model_dir() == (str(model_dir), None), "nothing to note"
    damage_weights(model_dir / "model.onnx")
    with pytest.raises(ModelLoadError, match="is damaged"):
        ModelReading().result()


@pytest.mark.usefixtures("no_choice")
def test_a_large_chosen_model_is_noted_when_read_late(
    model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_source, "READ_AHEAD_MAX", 1000)
    model_source.choose_model_dir(str(model_copy))
    load_model(None)
    assert model_source.chosen_model_dir()[1] == sha256_of(model_copy / "model.onnx")


@pytest.mark.usefixtures("no_choice")
def test_the_default_model_refuses_a_chosen_model_changed_since_it_was_noted(
    model_copy: Path,
) -> None:
    model_source.choose_model_dir(str(model_copy), sha256_of(model_copy / "model.onnx"))
    damage_weights(model_copy / "model.onnx")
    assert default_embedder() is None
    assert "changed since it was first loaded" in (last_load_error() or "")

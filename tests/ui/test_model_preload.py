"""The sentence model starts loading before the window's modules import, as the
stored settings choose."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.analysis.sentence_model.embedding import (
    default_embedder,
    last_load_error,
    reset_default_embedder,
)
from reader.analysis.sentence_model.embedding_model import MODEL_DIR_ENV
from reader.analysis.sentence_model.model_source import (
    bundled_tokenizer_file,
    choose_model_dir,
    chosen_model_dir,
    default_model_file,
)
from reader.ui.model_preload import preload_model
from reader.ui.settings import METHOD_KEY, MODEL_KEY, MODEL_SHA256_KEY


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def fresh_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    choose_model_dir(None, trust_anew=True)
    reset_default_embedder()
    yield
    choose_model_dir(None, trust_anew=True)  # preload_model chose it
    reset_default_embedder()


def test_default_settings_load_the_installed_model(store: QSettings, fresh_model: None) -> None:
    thread = preload_model(store)
    assert thread is not None and not thread.daemon  # an early exit waits for the load
    thread.join()
    model = default_embedder()
    assert model is not None and last_load_error() is None


def test_lexical_method_loads_nothing(store: QSettings, fresh_model: None) -> None:
    store.setValue(METHOD_KEY, "lexical")
    assert preload_model(store) is None


def test_stored_model_folder_is_the_one_loaded(
    store: QSettings, fresh_model: None, tmp_path: Path
) -> None:
    folder = tmp_path / "my-model"  # no such folder: the load fails and says which
    store.setValue(MODEL_KEY, str(folder))
    thread = preload_model(store)
    assert thread is not None
    thread.join()
    assert chosen_model_dir() == (str(folder), None)
    assert MODEL_DIR_ENV not in os.environ, "the shell's variable is left alone"
    assert default_embedder() is None
    assert str(folder) in (last_load_error() or "")


def test_the_early_load_checks_the_digest_kept_with_the_folder(
    store: QSettings, fresh_model: None, tmp_path: Path
) -> None:
    folder = tmp_path / "my-model"
    folder.mkdir()
    shutil.copyfile(default_model_file(), folder / "model.onnx")
    shutil.copyfile(bundled_tokenizer_file(), folder / "tokenizer.json")
    store.setValue(MODEL_KEY, str(folder))
    store.setValue(MODEL_SHA256_KEY, "0" * 64)  # noted for the model that was there then
    thread = preload_model(store)
    assert thread is not None
    thread.join()
    assert default_embedder() is None
    assert "changed since it was first loaded" in (last_load_error() or "")


def test_the_load_runs_at_lower_priority(
    store: QSettings, fresh_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # onnxruntime's threads, started by the loading thread, inherit its priority
    import threading

    from reader.ui import worker

    seen: list[str] = []
    monkeypatch.setattr(
        worker, "lower_thread_priority", lambda: seen.append(threading.current_thread().name)
    )
    thread = preload_model(store)
    assert thread is not None
    thread.join()
    assert seen == ["model-load"]

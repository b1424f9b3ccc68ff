"""Long fuzz run over ingestion and alignment (issue 7).

    python benchmarks/fuzz.py [--examples 600] [--targets ingest_bytes,align_pairs,...]

Runs the strategies of tests/ingest/test_hostile_inputs.py and
tests/analysis/test_hostile_pairs.py for many more examples than the tests do, with a
fixed seed (hypothesis ``derandomize``), and keeps going after a failure: each target
reports the examples run, the errors found (an exception other than the documented ones,
or a broken invariant: a span outside its document, overlapping sentences...) and its
time. Exits 1 when any error was found.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reader.analysis import align  # noqa: E402
from reader.errors import IngestError  # noqa: E402
from reader.ingest import document_from_text, load_document  # noqa: E402
from reader.model import Document  # noqa: E402
from tests.analysis.test_hostile_pairs import ARTICLE, check_alignment  # noqa: E402
from tests.analysis.test_hostile_pairs import TEXTS as PAIR_TEXTS  # noqa: E402
from tests.ingest.test_hostile_inputs import (  # noqa: E402
    ENCODINGS,
    HOSTILE_TEXT,
    LEAK,
    SUFFIXES,
    check_document,
    html_pages,
)
from tests.ingest.test_office import para, run, write_docx  # noqa: E402

# sentences telling days by the article's date, mixed into the hostile pair texts
DAY_SENTENCES = st.sampled_from(
    [
        "The treaty was signed on Wednesday in Pyongyang.",
        "The treaty was signed yesterday, officials said Thursday.",
        "Leaders will meet again on Monday, June 24.",
        "It happened last Friday, on June 14, 2024.",
        '"We agreed today," Putin said on Tuesday.',
        "The talks ended in January 2009 and resumed on Dec. 16.",
        "On 10 Nov 11 the ship was seen; today it is gone.",
    ]
)
DATED_TEXTS = st.lists(st.one_of(DAY_SENTENCES, PAIR_TEXTS), min_size=1, max_size=6).map("\n".join)


@dataclass
class Outcome:
    name: str
    examples: int = 0
    refused: int = 0  # documented errors (IngestError): expected, not errors
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _ingest_file(directory: Path, data: bytes, suffix: str) -> Document | None:
    path = directory / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except IngestError:
        return None
    check_document(doc)
    return doc


def _ingest(text: str, fmt: str) -> Document | None:
    try:
        doc = document_from_text(text, path=f"fuzz.{fmt}", fmt=fmt)
    except IngestError:
        return None
    check_document(doc)
    return doc


def _targets(directory: Path) -> dict[str, tuple[Any, Callable[..., Document | None]]]:
    """name -> (strategy of argument tuples, function returning a Document or None)."""
    article = document_from_text(ARTICLE, path="article.txt")

    def ingest_bytes(data: bytes, suffix: str) -> Document | None:
        return _ingest_file(directory, data, suffix)

    def ingest_encoded(text: str, encoding: str, suffix: str) -> Document | None:
        return _ingest_file(directory, text.encode(encoding, errors="replace"), suffix)

    def ingest_truncated_utf8(text: str, cut: int) -> Document | None:
        data = (text + "\u5317\U0001f642").encode("utf-8")[:-cut]
        return _ingest_file(directory, data, ".txt")

    def ingest_text(text: str, fmt: str) -> Document | None:
        return _ingest(text, fmt)

    def ingest_html(page: str) -> Document | None:
        return _ingest(page, "html")

    def html_no_leak(page: str) -> Document | None:
        doc = _ingest(page, "html")
        if doc is not None:
            assert LEAK not in doc.text, "script, style or attribute text reached the document"
        return doc

    def align_pairs(text_a: str, text_b: str) -> Document | None:
        a, b = _ingest(text_a, "txt"), _ingest(text_b, "txt")
        if a is None or b is None:
            return None
        check_alignment(align(a, b, method="lexical"))
        return a

    def align_dated_pairs(text_a: str, text_b: str, day: int) -> Document | None:
        """Two articles dated a few days apart, so their weekdays, "yesterday" and
        "today" are read as dates (reader.analysis.times.told_days)."""
        a, b = _ingest(text_a, "txt"), _ingest(text_b, "txt")
        if a is None or b is None:
            return None
        published = date(2024, 6, 20) + timedelta(days=day)
        a = dataclasses.replace(a, date="2024-06-20")
        b = dataclasses.replace(b, date=published.isoformat())
        check_alignment(align(a, b, method="lexical"))
        return a

    def align_identical(text: str) -> Document | None:
        d = _ingest(text, "txt")
        if d is not None:
            check_alignment(align(d, d, method="lexical"))
        return d

    def align_with_article(text: str, fmt: str) -> Document | None:
        d = _ingest(text, fmt)
        if d is not None:
            check_alignment(align(d, article, method="lexical"))
            check_alignment(align(article, d, method="lexical"))
        return d

    printed = (ROOT / "tests/data/pdf/article.pdf").read_bytes()

    def ingest_pdf_mutated(flips: list[tuple[int, int]], cut: int) -> Document | None:
        """The printed sample PDF with bytes overwritten and its end cut off."""
        data = bytearray(printed[: len(printed) - cut])
        for at, value in flips:
            data[at % len(data)] = value
        return _ingest_file(directory, bytes(data), ".pdf")

    def ingest_pdf_bytes(data: bytes) -> Document | None:
        return _ingest_file(directory, b"%PDF-1.4\n" + data, ".pdf")

    words = [para(run("The ministry said on Wednesday that the treaty holds. " * 8))] * 6
    written = write_docx(directory / "release.docx", words).read_bytes()

    def ingest_docx_mutated(flips: list[tuple[int, int]], cut: int) -> Document | None:
        """A Word file with bytes overwritten and its end cut off."""
        data = bytearray(written[: max(4, len(written) - cut)])
        for at, value in flips:
            data[at % len(data)] = value
        return _ingest_file(directory, bytes(data), ".docx")

    fmts = st.sampled_from(["txt", "md", "html"])
    return {
        "ingest_bytes": (st.tuples(st.binary(max_size=4000), SUFFIXES), ingest_bytes),
        "ingest_encoded": (
            st.tuples(HOSTILE_TEXT, st.sampled_from(ENCODINGS), SUFFIXES),
            ingest_encoded,
        ),
        "ingest_truncated_utf8": (
            st.tuples(HOSTILE_TEXT, st.integers(1, 3)),
            ingest_truncated_utf8,
        ),
        "ingest_pdf_mutated": (
            st.tuples(
                st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=40),
                st.integers(0, 2000),
            ),
            ingest_pdf_mutated,
        ),
        "ingest_pdf_bytes": (st.tuples(st.binary(max_size=4000)), ingest_pdf_bytes),
        "ingest_docx_mutated": (
            st.tuples(
                st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=40),
                st.integers(0, 2000),
            ),
            ingest_docx_mutated,
        ),
        "ingest_text": (st.tuples(HOSTILE_TEXT, fmts), ingest_text),
        "ingest_html": (st.tuples(html_pages()), ingest_html),
        "html_no_leak": (st.tuples(html_pages(junk=False)), html_no_leak),
        "align_pairs": (st.tuples(PAIR_TEXTS, PAIR_TEXTS), align_pairs),
        "align_dated_pairs": (
            st.tuples(DATED_TEXTS, DATED_TEXTS, st.integers(-400, 400)),
            align_dated_pairs,
        ),
        "align_identical": (st.tuples(PAIR_TEXTS), align_identical),
        "align_with_article": (st.tuples(PAIR_TEXTS, fmts), align_with_article),
    }


def run_target(name: str, strategy: Any, fn: Callable[..., Document | None], n: int) -> Outcome:
    out = Outcome(name)

    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        derandomize=True,  # a fixed seed: the same examples on every run
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def body(args: tuple[Any, ...]) -> None:
        out.examples += 1
        try:
            if fn(*args) is None:
                out.refused += 1
        except Exception as exc:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            out.errors.append(
                f"{type(exc).__name__}: {str(exc)[:200]} at {where.filename}:{where.lineno}"
                f" for {args!r:.300}"
            )

    t0 = time.perf_counter()
    body()
    out.seconds = time.perf_counter() - t0
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=600, help="examples per target")
    parser.add_argument("--targets", default="", help="comma-separated subset of targets")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        targets = _targets(Path(tmp))
        chosen = [t for t in args.targets.split(",") if t] or list(targets)
        print(f"{'target':24} {'examples':>8} {'refused':>8} {'errors':>6} {'time':>8}")
        results = []
        for name in chosen:
            strategy, fn = targets[name]
            r = run_target(name, strategy, fn, args.examples)
            results.append(r)
            print(
                f"{r.name:24} {r.examples:8d} {r.refused:8d} {len(r.errors):6d} {r.seconds:7.1f}s",
                flush=True,
            )
    total = sum(r.examples for r in results)
    errors = [e for r in results for e in r.errors]
    seconds = sum(r.seconds for r in results)
    print(
        f"{'total':24} {total:8d} {sum(r.refused for r in results):8d} {len(errors):6d} "
        f"{seconds:7.1f}s"
    )
    for r in results:
        for e in r.errors[:5]:
            print(f"  {r.name}: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Soak: open, align and close 200 pairs in one process through the real window (issue 7).

    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py [--pairs 200] [--every 20]
                                                        [--reuse] [--timeout 120]

Pairs are ECB+ development articles (two reports of one event, or of two events of one
topic), written to a temporary folder as .txt, .html or .md in turn. For each pair a
MainWindow is created (with isolated QSettings and autosave folder), shown, given the pair
through ``open_pair``, and the script waits in a QEventLoop for ``alignment_finished`` or
``alignment_failed`` (with a timeout); the window is then closed and deleted. With
``--reuse`` one window opens every pair in turn instead.

Every ``--every`` pairs it prints the resident set size (VmRSS), the count of Python
objects the garbage collector tracks, and Qt's top-level widgets. A Qt message handler
counts warnings (the offscreen plugin's "propagateSizeHints" notice is counted apart as
noise). The last lines give RSS at start and end and the warnings seen.
"""

from __future__ import annotations

import argparse
import gc
import html
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared/corpora/ecbplus-dev"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.model import Alignment  # noqa: E402
from reader.ui.app import application  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Messages:
    """Qt's log messages, counted by kind; warnings and worse kept for the report."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.warnings: list[str] = []
        self.noise = 0

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if OFFSCREEN_NOISE in message:
            self.noise += 1
            return
        self.counts[kind.name] += 1
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            self.warnings.append(f"{kind.name}: {message}")


def _as_html(title: str, lines: list[str]) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>"
        "<script>var x = 1;</script></head><body><nav>Home | World</nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    )


def write_pairs(folder: Path, count: int) -> list[tuple[str, str]]:
    """``count`` pairs of article files; same-event pairs mostly, a few across events."""
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    events: dict[str, list[str]] = gold["events"]
    names = sorted(events)
    files = {p.stem: p for p in CORPUS.glob("*/*.txt")}
    pairs: list[tuple[str, str]] = []
    formats = (".txt", ".html", ".md")
    for i in range(count):
        event = names[i % len(names)]
        docs = [d for d in events[event] if d in files] or [next(iter(files))]
        a = docs[(i // len(names)) % len(docs)]
        if i % 7 == 6:  # another event of the same topic: few shared facts
            other = event.replace("ecbplus", "ecb") if "plus" in event else event + "plus"
            b_docs = [d for d in events.get(other, []) if d in files] or docs
        else:
            b_docs = docs
        b = b_docs[(i // len(names) + 1) % len(b_docs)]
        paths = []
        for side, stem in (("a", a), ("b", b)):
            lines = files[stem].read_text(encoding="utf-8").splitlines()
            lines = [ln for ln in lines if ln.strip()]
            title = lines[0] if lines else stem
            fmt = formats[(i + (side == "b")) % len(formats)]
            path = folder / f"{i:03d}-{side}-{stem}{fmt}"
            if fmt == ".html":
                path.write_text(_as_html(title, lines), encoding="utf-8")
            elif fmt == ".md":
                path.write_text(f"# {title}\n\n" + "\n\n".join(lines[1:]), encoding="utf-8")
            else:
                path.write_text("\n".join(lines), encoding="utf-8")
            paths.append(str(path))
        pairs.append((paths[0], paths[1]))
    return pairs


def wait_for_pair(window: MainWindow, pair: tuple[str, str], timeout_s: float) -> str:
    """Open ``pair`` and spin an event loop until it is shown or failed: the outcome."""
    loop = QEventLoop()
    outcome = {"result": "timeout"}

    def finished(_alignment: Alignment) -> None:
        outcome["result"] = "aligned"
        loop.quit()

    def failed(message: str) -> None:
        outcome["result"] = f"failed: {message}"
        loop.quit()

    window.alignment_finished.connect(finished)
    window.alignment_failed.connect(failed)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    window.open_pair(*pair)
    if outcome["result"] == "timeout":  # not already finished synchronously
        loop.exec()
    timer.stop()
    window.alignment_finished.disconnect(finished)
    window.alignment_failed.disconnect(failed)
    return outcome["result"]


def new_window(settings_path: Path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1200, 800)
    window.show()
    return window


def dispose(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def corpus_text(size: int, offset: int) -> str:
    """About ``size`` bytes of news: ECB+ articles one after another (as memory.py)."""
    files = sorted(CORPUS.glob("*/*.txt"))
    files = files[offset % len(files) :] + files[: offset % len(files)]
    parts = [f"Long article {offset}: ECB+ reports one after another"]
    total, i = 0, 0
    while total < size:
        text = files[i % len(files)].read_text(encoding="utf-8").strip()
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def responsiveness(
    folder: Path, settings_path: Path, size: int, timeout_s: float, settle_s: float = 5.0
) -> None:
    """Open one pair of ``size`` bytes each; a 20 ms timer measures how long the event
    loop is kept from running (the longest gap between its ticks) while the pair loads,
    aligns and is shown, and the progress bar's updates are counted. It keeps ticking
    ``settle_s`` seconds more: what is left once the pair is shown (Qt laying the long
    texts out in the background, deferred work)."""
    paths = []
    n_files = len(list(CORPUS.glob("*/*.txt")))
    for side, offset in (("a", 0), ("b", n_files // 2)):
        path = folder / f"big-{side}.txt"
        path.write_text(corpus_text(size, offset), encoding="utf-8")
        paths.append(str(path))
    window = new_window(settings_path)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(tick)
    progress: list[int] = []
    window.progress.valueChanged.connect(progress.append)
    ticker.start()
    t0 = time.perf_counter()
    last[0] = t0
    result = wait_for_pair(window, (paths[0], paths[1]), timeout_s)
    shown = time.perf_counter() - t0
    until_shown = sorted(gaps)
    gaps.clear()
    settle = QEventLoop()
    QTimer.singleShot(int(settle_s * 1000), settle.quit)
    settle.exec()
    ticker.stop()
    dispose(window)
    after = sorted(gaps) or [0.0]
    median = until_shown[len(until_shown) // 2]
    print(
        f"big pair ({size:,} bytes each): {result} in {shown:.1f} s; {len(progress)} progress "
        f"updates; event-loop gaps: median {1000 * median:.0f} ms, "
        f"longest {1000 * until_shown[-1]:.0f} ms, "
        f"over 200 ms: {sum(g > 0.2 for g in until_shown)}",
        flush=True,
    )
    print(
        f"  then {settle_s:.0f} s more: longest gap {1000 * after[-1]:.0f} ms, "
        f"over 100 ms: {sum(g > 0.1 for g in after)}, over 200 ms: {sum(g > 0.2 for g in after)}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--every", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per pair")
    parser.add_argument("--reuse", action="store_true", help="one window for every pair")
    parser.add_argument(
        "--big",
        type=int,
        default=0,
        help="then open one pair of this many bytes each and report the longest GUI stall",
    )
    args = parser.parse_args(argv)

    messages = Messages()
    qInstallMessageHandler(messages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CROSSREAD_DATA_DIR"] = str(folder / "data")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app: QApplication = application()
        pairs = write_pairs(folder, args.pairs)
        settings_path = folder / "crossread.ini"
        gc.collect()
        start_rss = rss_mb()
        print(f"start: RSS {start_rss:.0f} MB, {len(gc.get_objects()):,} objects", flush=True)
        print(
            f"{'pairs':>5} {'RSS MB':>7} {'objects':>9} {'top-level':>9} {'warnings':>8} "
            f"{'failed':>6} {'time s':>7}",
            flush=True,
        )
        outcomes: Counter[str] = Counter()
        t0 = time.perf_counter()
        window = new_window(settings_path) if args.reuse else None
        samples: list[float] = []
        for n, pair in enumerate(pairs, 1):
            win = window or new_window(settings_path)
            result = wait_for_pair(win, pair, args.timeout)
            outcomes["aligned" if result == "aligned" else result.split(":")[0]] += 1
            if result != "aligned":
                print(f"  pair {n} {Path(pair[0]).name} / {Path(pair[1]).name}: {result}")
            if window is None:
                dispose(win)
            del win
            if n % args.every == 0 or n == len(pairs):
                gc.collect()
                rss = rss_mb()
                samples.append(rss)
                print(
                    f"{n:5d} {rss:7.0f} {len(gc.get_objects()):9,d} "
                    f"{len(app.topLevelWidgets()):9d} {len(messages.warnings):8d} "
                    f"{sum(v for k, v in outcomes.items() if k != 'aligned'):6d} "
                    f"{time.perf_counter() - t0:7.1f}",
                    flush=True,
                )
        if window is not None:
            dispose(window)
        gc.collect()
        end_rss = rss_mb()
        if args.big:
            responsiveness(folder, settings_path, args.big, args.timeout)
    print(f"outcomes: {dict(outcomes)}")
    print(
        f"RSS: start {start_rss:.0f} MB, after the first {args.every} pairs {samples[0]:.0f} MB, "
        f"end {end_rss:.0f} MB"
    )
    print(
        f"Qt messages: {dict(messages.counts)}; warnings {len(messages.warnings)}; "
        f"offscreen propagateSizeHints noise {messages.noise}"
    )
    for w in sorted(set(messages.warnings))[:20]:
        print(f"  {w}")
    return 0 if not messages.warnings and outcomes["aligned"] == len(pairs) else 1


if __name__ == "__main__":
    sys.exit(main())

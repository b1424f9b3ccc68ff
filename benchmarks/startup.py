"""Startup and responsiveness of the reader window (offscreen).

1. Time from process start to the window showing the seed pair's text (while it is being
   matched), and its highlights: a child
   process runs ``crossread`` (``reader.cli.main([])``) with CROSSREAD_REPORT_SHOWN=exit
   and prints a timestamp once the alignment is shown and painted; measured from just
   before spawning it. The first start finds no sentence vectors kept on disk, the later
   ones find those it kept.
2. Opening a pair of two 100,000-character articles (concatenated ECB+ articles): time
   until the highlights are shown, and the longest event-loop stall meanwhile (a 10 ms
   QTimer records the gaps between its ticks), split into "while aligning" (worker
   thread busy), "text shown" (the gap in which the articles' text appears while they are
   matched, and the next: laying out and painting the preview) and "showing"
   (highlights applied on the GUI thread).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpora/ecbplus-dev")
TARGET_CHARS = 100_000


def startup_once(cache: str) -> tuple[float, float]:
    """`crossread` with no arguments (the CLI entry, as a reader starts it), its cache
    folder (vectors, compiled patterns) ``cache``: seconds until the articles' text is
    shown (0 if it was not shown before the highlights) and until the highlights are."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CROSSREAD_REPORT_SHOWN="exit",
        CROSSREAD_CACHE_DIR=cache,
    )
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", "import sys, reader.cli; sys.argv[1:] = []; reader.cli.entry()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    text = 0.0
    for line in proc.stdout.splitlines():
        if line.startswith("CROSSREAD_TEXT_SHOWN "):
            text = float(line.split()[1]) - t0
        if line.startswith("CROSSREAD_SHOWN "):
            return text, float(line.split()[1]) - t0
    raise RuntimeError(f"no timestamp (exit {proc.returncode}): {proc.stderr[-2000:]}")


def big_article(topics: list[str], chars: int) -> str:
    parts: list[str] = []
    total = 0
    for topic in topics:
        for f in sorted((CORPUS / topic).glob("*.txt")):
            text = f.read_text(encoding="utf-8").strip()
            parts.append(text)
            total += len(text) + 2
            if total >= chars:
                return "\n\n".join(parts)[:chars]
    return "\n\n".join(parts)[:chars]


def large_pair(out: Path) -> tuple[str, str]:
    a = big_article([f"{i}ecb" for i in range(1, 13)], TARGET_CHARS)
    b = big_article([f"{i}ecbplus" for i in range(1, 13)], TARGET_CHARS)
    pa, pb = out / "large-a.txt", out / "large-b.txt"
    pa.write_text(a, encoding="utf-8")
    pb.write_text(b, encoding="utf-8")
    return str(pa), str(pb)


def make_window() -> MainWindow:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from reader.ui.app import application
    from reader.ui.main_window import MainWindow

    app = application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return window


def large_pair_run(window: MainWindow, paths: tuple[str, str]) -> dict[str, float]:
    """Open ``paths`` in ``window``; time to shown, and the longest event-loop stalls."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    gaps: dict[str, float] = {"aligning": 0.0, "text": 0.0, "showing": 0.0}
    phase = {"name": "aligning"}
    text_ticks = {"left": 0}  # ticks whose gap counts as the text being shown
    last = {"t": 0.0}
    tick = QTimer()
    tick.setInterval(10)

    def on_tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gap = now - last["t"]
        last["t"] = now
        name = "text" if text_ticks["left"] and phase["name"] == "aligning" else phase["name"]
        text_ticks["left"] = max(0, text_ticks["left"] - 1)
        gaps[name] = max(gaps[name], gap)

    tick.timeout.connect(on_tick)
    loop = QEventLoop()
    t_done: dict[str, float] = {}

    def finished(_a: object) -> None:
        t_done["shown"] = clock.nsecsElapsed() / 1e6
        QTimer.singleShot(0, loop.quit)

    def loaded(_r: object) -> None:  # worker result arrived: the GUI-thread part starts
        gap = clock.nsecsElapsed() / 1e6 - last["t"]
        gaps["aligning"] = max(gaps["aligning"], gap)
        last["t"] = clock.nsecsElapsed() / 1e6
        phase["name"] = "showing"

    def text_shown(_d: object) -> None:  # the window shows the text unless a pair is on screen
        if window.pane_a.loading.is_previewing():  # the gap up to the next tick holds its work
            text_ticks["left"] = 2  # and the next one the paint

        def stamp() -> None:
            if window.pane_a.loading.is_previewing():
                t_done.setdefault("text", clock.nsecsElapsed() / 1e6)

        QTimer.singleShot(0, stamp)

    window.runner.finished.connect(loaded)
    window.alignment_finished.connect(finished)
    window.opener.previewable.connect(text_shown)

    def failed(message: str) -> None:
        print(message)
        loop.quit()

    window.alignment_failed.connect(failed)
    clock.start()
    tick.start()
    window.open_pair(*paths)
    loop.exec()
    # keep ticking a while: work deferred after the show (layout, overview, link map)
    # belongs to "showing the result"
    wait_tick = QEventLoop()
    QTimer.singleShot(500, wait_tick.quit)
    wait_tick.exec()
    tick.stop()
    window.runner.finished.disconnect(loaded)
    window.alignment_finished.disconnect(finished)
    window.alignment_failed.disconnect(failed)
    window.opener.previewable.disconnect(text_shown)
    alignment = window.alignment()
    return {
        "open_to_shown_ms": t_done.get("shown", float("nan")),
        "open_to_text_ms": t_done.get("text", float("nan")),
        "max_stall_aligning_ms": gaps["aligning"],
        "max_stall_text_ms": gaps["text"],
        "max_stall_showing_ms": gaps["showing"],
        "matches": float(len(alignment.matches)) if alignment else 0.0,
        "align_ms": sum(alignment.timing_ms.values()) if alignment else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="startup runs (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        text, first = startup_once(cache)
        print(
            f"startup (seed pair), first start: text shown {text:.2f} s, "
            f"highlights shown {first:.2f} s"
        )
        runs = [startup_once(cache) for _ in range(args.runs)]
    if runs:
        times = [shown for _text, shown in runs]
        print(
            "startup (seed pair), later starts (vectors, patterns kept on disk): text shown median "
            f"{statistics.median(t for t, _s in runs):.2f} s, highlights shown median "
            f"{statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})"
        )
    with tempfile.TemporaryDirectory() as tmp:
        paths = large_pair(Path(tmp))
        sizes = [len(Path(p).read_text(encoding="utf-8")) for p in paths]
        # first open in a fresh process loads the embedding model; the second does not
        # (and replaces the large pair already on screen, as a reader opening another would)
        window = make_window()
        for label in ("first open (model loads)", "second open (model loaded)"):
            r = large_pair_run(window, paths)
            print(
                f"large pair, {label} ({sizes[0]:,} + {sizes[1]:,} chars, "
                f"{r['matches']:.0f} matches): open to highlights shown "
                f"{r['open_to_shown_ms'] / 1000:.2f} s (alignment {r['align_ms'] / 1000:.2f} s)"
            )
            text = r["open_to_text_ms"]
            print(
                f"  text shown while matching: {text / 1000:.2f} s"
                if text == text  # not NaN
                else "  text shown while matching: no (the pair on screen stays until then)"
            )
            print(f"  longest event-loop stall while aligning: {r['max_stall_aligning_ms']:.0f} ms")
            if text == text:
                print(
                    "  longest event-loop stall as the text is shown (that gap and the next): "
                    f"{r['max_stall_text_ms']:.0f} ms"
                )
            print(
                f"  longest event-loop stall showing the result: {r['max_stall_showing_ms']:.0f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

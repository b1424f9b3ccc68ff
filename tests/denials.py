"""Two sentences, the second denying the first (reader.analysis.conflicts.negation), and two
articles made of them."""

from __future__ import annotations

from pathlib import Path

STATED = "The jury sentenced Brian Nichols to death on Friday for the 2005 courthouse killings."
DENIED = (
    "The jury did not sentence Brian Nichols to death on Friday for the 2005 courthouse killings."
)


def write_denied_pair(folder: Path) -> tuple[Path, Path]:
    """Article A stating STATED and article B denying it (DENIED), written in ``folder``."""
    paths = (folder / "stated.txt", folder / "denied.txt")
    for path, title, text in zip(paths, ("Sentence", "Nichols"), (STATED, DENIED), strict=True):
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return paths

"""Entry point of the PyInstaller bundle: the same as the ``crossread`` console script."""

from __future__ import annotations

from reader.cli import entry

if __name__ == "__main__":
    entry()

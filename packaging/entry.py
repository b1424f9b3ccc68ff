"""Entry point of the PyInstaller bundle: the same as the ``crossread`` console script."""

from __future__ import annotations

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m reader`` = ``crossread``."""

from reader.cli import entry

entry()

"""Crossread: compare two articles about the same event."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crossread")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0.0.0+unknown"

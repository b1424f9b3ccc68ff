"""Crossread: compare two articles about the same event."""

# the one place the version is written (pyproject.toml reads it); reading it from the
# installed metadata instead cost every start about 50 ms of importlib.metadata
__version__ = "0.1.0"

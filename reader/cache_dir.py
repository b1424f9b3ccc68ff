"""The user's cache folder: what Crossread keeps between runs to start faster (sentence
vectors, compiled patterns). ``platformdirs.user_cache_dir("crossread")``, or
``$CROSSREAD_CACHE_DIR``; ``CROSSREAD_CACHE_DIR=off`` keeps nothing on disk."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CROSSREAD_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder (not created here), or None when the reader turned it off."""
    env = os.environ.get(ENV_VAR, "")
    if env.strip().lower() == "off":
        return None
    if env:
        return Path(env)
    import platformdirs  # 9 ms: only when no folder is given

    return Path(platformdirs.user_cache_dir("crossread", appauthor=False))

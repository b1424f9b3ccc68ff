"""FileFingerprint: what identifies the bytes an article's text was read from (their
number and SHA-256), so that a session knows by content, not by a file's time, whether
the file still holds what it read."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

_SHA256_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class FileFingerprint:
    """The size in bytes of a file as it was read, and the SHA-256 of its bytes (64
    lowercase hex digits). Two files of different sizes differ: the size is checked
    first, without reading the file."""

    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, data: bytes) -> FileFingerprint:
        return cls(len(data), hashlib.sha256(data).hexdigest())

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> FileFingerprint | None:
        """The fingerprint ``data`` holds; None when it holds none, or none well formed
        (a hand-edited file): the session then knows its file as an older one did."""
        if not isinstance(data, dict):
            return None
        size, sha256 = data.get("size"), data.get("sha256")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            return None
        if not isinstance(sha256, str) or not _SHA256_RE.fullmatch(sha256):
            return None
        return cls(size, sha256)

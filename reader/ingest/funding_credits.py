"""A wire's note on who funds a desk, as it closes a story: "The Associated Press Health
and Science Department receives support from the Howard Hughes Medical Institute's
Science and Educational Media Group. The AP is solely responsible for all content.",
"Continental Press health and science coverage receives support from the Halvorsen
Foundation. CP is solely responsible for all content." No fact of the story: a line of
its own made of the disclaimer ("... is solely responsible for all content."), after the
support sentence or alone, or of a sentence on the support its coverage or journalism
receives. "The trial received support from the National Institutes of Health." and "The
rescue team receives support from the army." tell a fact, and stay."""

from __future__ import annotations

import re

__all__ = ["is_funding_credit"]

_RECEIVES = (
    r"\s+(?:receives|has\s+received|is\s+supported\s+by|is\s+funded\s+by)\s*"
    r"(?:(?:financial\s+)?support\s+(?:from|by)\s+)?[^.]{3,160}\."
)
_DISCLAIMER = r"[^.]{1,60}\bis\s+solely\s+responsible\s+for\s+all\s+content\."
_CREDIT = re.compile(
    rf"^(?:(?:[^.]{{0,80}}\b(?:coverage|journalism){_RECEIVES}(?:\s+{_DISCLAIMER})?)"
    rf"|(?:[^.]{{0,80}}\b(?:department|desk|reporting){_RECEIVES}\s+{_DISCLAIMER})"
    rf"|{_DISCLAIMER})$",
    re.IGNORECASE,
)


def is_funding_credit(line: str) -> bool:
    """``line`` is a wire's note of the support its desk receives, or its disclaimer of
    that support ("... is solely responsible for all content.")."""
    line = line.strip()
    return len(line) <= 400 and _CREDIT.match(line) is not None

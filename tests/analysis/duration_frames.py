"""What the durations of a sentence are told as (reader/analysis/times/durations.py): a length,
a deadline, a rate, a distance or a compared span, for the duration tests."""

from __future__ import annotations

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import feats


def frames(text: str, language: str | None = None) -> list[str]:
    """The frame of each duration in ``text`` (read as ``language``; None: guessed)."""
    return [d.frame for d in durations(feats(text, language))]

"""An interview and a story quoting it (tests/data/pages/interview_*: The Northbridge
Ledger's transcript of its interview with Housing Minister Karin Lindqvist, Fjordland
Radio's abridged transcript of hers on its morning programme, and the Sundvale Post's
news story written from the Ledger's), aligned as the app aligns them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

LEDGER = "interview_northbridge_ledger.html"
RADIO = "interview_fjordland_radio.html"
POST = "interview_sundvale_post.html"


@cache
def interview_alignment(data_dir: Path, method: str) -> Alignment:
    """The Ledger's transcript (A: questions labelled "Ledger:", answers "Lindqvist:",
    no quotation marks; "[laughs]", "(inaudible)", an edited-for-length note) and the
    Post's story (B: the answers quoted in marks, "she told the Northbridge Ledger";
    "betrayed" for the transcript's "failed", "14,000 new homes" for "40,000"; the
    council-land answer paraphrased; an opposition spokesman's words only in B) aligned
    by ``method`` ("lexical" or "semantic"; an Alignment is immutable: one serves every
    test)."""
    return aligned_pages(data_dir, LEDGER, POST, method)


@cache
def radio_alignment(data_dir: Path, method: str) -> Alignment:
    """Fjordland Radio's transcript ("Q:" / "A:", the interviewee named in the intro
    only) and the Post's story aligned by ``method``."""
    return aligned_pages(data_dir, RADIO, POST, method)

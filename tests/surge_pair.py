"""The storm pair (tests/data/pages/storm_*) with the British paper's surge told in feet
and two feet higher ("A storm surge of 14 feet" against the US paper's "A storm surge of
12 feet"): a discrepancy between two measures of one unit, as real pages in a folder,
aligned as the app aligns them."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

# the discrepancy as every view tells it: each figure with its unit as written
SURGE = "12 feet vs 14 feet"
_ALBION, _GULF = "storm_albion_post.html", "storm_gulf_coast_register.html"
_METRES = "A 3.7-metre storm surge swept through the centre of Port Alder"
_FEET = "A storm surge of 14 feet swept through downtown Port Alder"


def surge_alignment(data_dir: Path, folder: Path) -> Alignment:
    """The US paper's report (A: "12 feet") and the British one (B), its surge rewritten
    "A storm surge of 14 feet swept through downtown Port Alder", copied into
    ``folder``/pages and aligned on words."""
    pages = folder / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    source = data_dir / "pages"
    albion = (source / _ALBION).read_text(encoding="utf-8")
    (pages / _ALBION).write_text(albion.replace(_METRES, _FEET), encoding="utf-8")
    (pages / _GULF).write_text((source / _GULF).read_text(encoding="utf-8"), encoding="utf-8")
    return aligned_pages(folder, _GULF, _ALBION, "lexical")

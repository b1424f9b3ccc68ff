"""A fact-checker's vehicle recall pair (tests/data/pages/recall_*: a motoring site and a
wire on one invented recall of Halvard Motors' Corsan), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def recall_alignment(data_dir: Path, method: str) -> Alignment:
    """Gearline's story (A: "412,000 Corsan compact SUVs from the 2021-2024 model years",
    "torqued to 35 Nm", "318,000 vehicles are in the US and 94,000 in Canada", "campaign
    26V-318", "the 2022-24 Corsan Hybrid", "three crashes and two minor injuries", "part
    No. 55-1204", "by Jan. 15", "1-800-555-0199", "fell 2.1%") and Keystone Wire's (B:
    "more than 400,000 Corsan sport utility vehicles from model years 2021 through 2024",
    "35 newton-metres", "the MVSB", "the 2022 to 2024 Corsan", "five crashes and two minor
    injuries", "mid-January", "closed down 2%") aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, "recall_gearline.html", "recall_keystone_wire.html", method)

"""benchmarks/speed.py makes its long articles of ECB+ ones; run from a checkout with no
corpus beside it, it says where it looked instead of failing on a division by zero."""

from __future__ import annotations

from pathlib import Path

import pytest
import speed


def test_no_corpus_is_said(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(speed, "CORPUS", tmp_path / "ecbplus-dev")
    with pytest.raises(SystemExit, match=r"no articles in .*ecbplus-dev"):
        speed.synthetic_text(1000, 0)


def test_the_long_article_is_as_long_as_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "ecbplus-dev" / "1ecb"
    folder.mkdir(parents=True)
    (folder / "1_1ecb.txt").write_text("A storm hit the coast on Monday.\n" * 10, encoding="utf-8")
    monkeypatch.setattr(speed, "CORPUS", tmp_path / "ecbplus-dev")
    assert len(speed.synthetic_text(1000, 0)) == 1000

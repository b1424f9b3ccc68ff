"""Pasted articles kept as files in the data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import SessionError
from reader.ingest import MAX_BYTES, load_document
from reader.session.pasted import Pasted, pasted_folder, pasted_title, prune, save_pasted, slug

ARTICLE_A = "Putin, Kim pledge mutual assistance\nThe two leaders signed a pact on Wednesday.\n"
ARTICLE_B = "Deal requires military assistance\nNorth Korea said the pact was signed.\n"


def test_both_articles_become_files_that_load(tmp_path: Path) -> None:
    a, b = save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), tmp_path)
    assert Path(a).parent == pasted_folder(tmp_path) == tmp_path / "pasted"
    assert load_document(a).title == "Putin, Kim pledge mutual assistance"
    assert load_document(b).text.startswith("Deal requires military assistance")


def test_file_names_tell_the_side_and_the_first_words(tmp_path: Path) -> None:
    a, b = save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), tmp_path)
    assert Path(a).name.endswith("-a-putin-kim-pledge-mutual-assistance.txt")
    assert "-b-deal-requires" in Path(b).name


def test_html_is_kept_as_a_web_page_for_the_extractor(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Treaty</title></head><body><nav>Home | World</nav>"
        "<article><h1>Leaders sign a treaty</h1><p>The two leaders signed a mutual "
        "defence treaty in the capital on Wednesday, officials said.</p></article></body></html>"
    )
    a, _ = save_pasted(Pasted("Leaders sign a treaty", page), Pasted(ARTICLE_B), tmp_path)
    assert a.endswith(".html")
    doc = load_document(a)
    assert "mutual defence treaty" in doc.text and "<p>" not in doc.text


def test_a_page_source_pasted_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    source = (
        "<!DOCTYPE html>\n<html><head><title>Treaty</title><script>var x = 1;</script>"
        "<style>p { color: red }</style></head><body><article><h1>Leaders sign a treaty</h1>"
        "<p>The two leaders signed a mutual defence treaty in the capital on Wednesday, "
        "officials said.</p></article></body></html>"
    )
    a, _ = save_pasted(Pasted(source), Pasted(ARTICLE_B), tmp_path)
    assert a.endswith(".html")
    doc = load_document(a)
    assert "mutual defence treaty" in doc.text
    assert "<" not in doc.text and "var x" not in doc.text


def test_a_text_mentioning_html_stays_text(tmp_path: Path) -> None:
    text = "The page said <html> was broken.\nNothing else.\n"
    a, _ = save_pasted(Pasted(text), Pasted(ARTICLE_B), tmp_path)
    assert a.endswith(".txt")


def test_two_pastes_in_one_second_keep_both(tmp_path: Path) -> None:
    first = save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), tmp_path)
    second = save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), tmp_path)
    assert set(first).isdisjoint(second)
    assert all(Path(p).exists() for p in (*first, *second))


@pytest.mark.parametrize("blank", ["", "   \n\t"])
def test_an_empty_article_is_refused_with_a_message(tmp_path: Path, blank: str) -> None:
    with pytest.raises(SessionError, match="Article B is empty"):
        save_pasted(Pasted(ARTICLE_A), Pasted(blank), tmp_path)
    assert not pasted_folder(tmp_path).exists()


def test_an_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    huge = "x" * (MAX_BYTES + 1)
    with pytest.raises(SessionError, match="Article A is over 5 MB"):
        save_pasted(Pasted(huge), Pasted(ARTICLE_B), tmp_path)


def test_an_unwritable_folder_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(SessionError, match="Could not keep the pasted text"):
        save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), blocker)


def test_only_the_newest_pasted_files_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "pasted"
    folder.mkdir()
    for i in range(5):
        f = folder / f"pasted-{i}.txt"
        f.write_text("x", encoding="utf-8")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
    (folder / "notes.txt").write_text("not pasted", encoding="utf-8")
    prune(folder, keep=2)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "pasted-3.txt", "pasted-4.txt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\n  Putin, Kim pledge ‘mutual assistance’ in event of attack",
            "-putin-kim-pledge-mutual-assistance-in",
        ),
        ("북한 러시아", ""),
        ("", ""),
    ],
)
def test_slug_keeps_ascii_words_of_the_first_line(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_a_pasted_article_without_a_headline_is_labelled_by_its_opening_words(
    tmp_path: Path,
) -> None:
    prose = (
        "Lawmakers approved the budget on Tuesday after a night of talks that ended with "
        "a vote of 54 to 46.\nThe opposition walked out.\n"
    )
    a, _ = save_pasted(Pasted(prose), Pasted(ARTICLE_B), tmp_path)
    doc = pasted_title(load_document(a), tmp_path)
    assert doc.title == "“Lawmakers approved the budget on Tuesday after a…” (pasted)"


def test_a_short_opening_is_quoted_whole(tmp_path: Path) -> None:
    a, _ = save_pasted(Pasted("The opposition walked out.\n"), Pasted(ARTICLE_B), tmp_path)
    title = pasted_title(load_document(a), tmp_path).title
    assert title == "“The opposition walked out.” (pasted)"


def test_a_label_cut_after_a_comma_drops_the_comma(tmp_path: Path) -> None:
    prose = "Late on Tuesday, after a night of talks, lawmakers approved the budget.\n"
    a, _ = save_pasted(Pasted(prose), Pasted(ARTICLE_B), tmp_path)
    title = pasted_title(load_document(a), tmp_path).title
    assert title == "“Late on Tuesday, after a night of talks…” (pasted)"


def test_a_pasted_articles_headline_stays_its_title(tmp_path: Path) -> None:
    a, _ = save_pasted(Pasted(ARTICLE_A), Pasted(ARTICLE_B), tmp_path)
    assert pasted_title(load_document(a), tmp_path).title == "Putin, Kim pledge mutual assistance"


def test_a_file_outside_the_pasted_folder_keeps_its_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "notes-on-the-budget.txt"
    path.write_text("lawmakers approved the budget on tuesday after a night of talks.\n")
    doc = load_document(path)
    assert pasted_title(doc, tmp_path) is doc

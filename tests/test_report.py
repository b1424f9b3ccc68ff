"""Tests of reader/report.py: the text summary of ``crossread align --format text``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document, Match, MatchKind, Span
from reader.report import json_summary, text_summary
from tests.election_pages import election_alignment
from tests.quake_pages import quake_alignment
from tests.session.samples import document
from tests.storm_pages import storm_alignment
from tests.wire_copies import GAZETTE, wire_copies

JAPANESE = (
    "ロシアのプーチン大統領と北朝鮮の金正恩総書記は6月19日、平壌で包括的戦略パートナーシップ"
    "条約に署名し、両国は一方が攻撃された場合には相互に軍事援助を提供することで合意したと"
    "朝鮮中央通信が木曜日に伝えた。"
) * 2
ADDRESS = "https://example.com/news/" + "2024-06-20-putin-kim-" * 8 + "treaty.html was shared"
ENGLISH = "Russia and North Korea agreed on Wednesday to help each other if attacked. " * 3


def only_in_a(passage: str) -> str:
    """The summary's line for ``passage``, the one passage only article A reports."""
    a = document(passage, "A", "Hankyoreh", "2024-06-20", "a.txt")
    b = document("Another text.", "B", "AP", "2024-06-20", "b.txt")
    summary = text_summary(Alignment(a, b, only_a=(Span(0, len(passage)),)))
    [line] = [s for s in summary.splitlines() if s.startswith("  - ")]
    return line.removeprefix("  - ")


@pytest.mark.parametrize("passage", [JAPANESE, ADDRESS], ids=["japanese", "address"])
def test_a_long_passage_without_spaces_keeps_its_start(passage: str) -> None:
    line = only_in_a(passage)
    assert line.endswith("…") and passage.startswith(line.removesuffix("…"))
    assert len(line) == 110


def test_a_long_passage_is_cut_after_a_whole_word(passage: str = ENGLISH) -> None:
    line = only_in_a(passage)
    assert line.endswith(" …") and len(line) <= 110
    assert passage.startswith(line.removesuffix(" …") + " ")


def test_a_short_passage_is_whole() -> None:
    assert only_in_a("Putin visited Pyongyang.") == "Putin visited Pyongyang."


def test_a_denial_is_listed_among_the_discrepancies(denied_pair: tuple[Path, Path]) -> None:
    summary = text_summary(align(*(load_document(p) for p in denied_pair), method="lexical"))
    discrepancies = summary.split("DISCREPANCIES\n", 1)[1].split("\n\n", 1)[0]
    assert (
        discrepancies == "  negation: \u201csentenced\u201d vs \u201cdid not sentence\u201d (in m1)"
    )


def test_entity_and_number_matches_are_listed_as_the_claims_are() -> None:
    """`crossread align --format text` names each entity and number match (id, score, A's
    words, B's), not only their count."""
    a = document(
        "Vladimir Putin met Kim Jong Un on Wednesday with 300 delegates.", "A", "", "", "a"
    )
    b = document("Kim Jong-un received Vladimir Putin; some 300 officials came.", "B", "", "", "b")

    def at(doc_text: str, words: str) -> Span:
        start = doc_text.index(words)
        return Span(start, start + len(words))

    matches = (
        Match(
            "m1", MatchKind.ENTITY, at(a.text, "Vladimir Putin"), at(b.text, "Vladimir Putin"), 0.9
        ),
        Match("m2", MatchKind.ENTITY, at(a.text, "Kim Jong Un"), at(b.text, "Kim Jong-un"), 0.85),
        Match("m3", MatchKind.NUMBER, at(a.text, "300"), at(b.text, "300"), 0.9),
    )
    summary = text_summary(Alignment(a, b, matches))
    entities = summary.split("ENTITIES (2 matches, 2 pairs of words; ", 1)[1]
    assert "\n  Vladimir Putin · Vladimir Putin  (A ¶1; B ¶1)  score 0.90\n    m1\n" in entities
    assert "\n  Kim Jong Un · Kim Jong-un  (A ¶1; B ¶1)  score 0.85\n    m2\n" in entities
    numbers = summary.split("NUMBERS (1 match, 1 pair of words; ", 1)[1]
    assert "\n  300 · 300  (A ¶1; B ¶1)  score 0.90\n    m3\n" in numbers


def at(doc: Document, words: str, nth: int = 0) -> Span:
    """The ``nth`` (from 0) place of ``words`` in ``doc``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return Span(start, start + len(words))


def putin_pair() -> Alignment:
    """Putin named in A's paragraphs 2, 3 and 5 and in B's 1 and 4, each place matched."""
    a_text = "\n\n".join(
        ["Headline A", "Putin arrived.", "Putin spoke.", "Kim listened.", "Putin left."]
    )
    b_text = "\n\n".join(["Putin and Kim meet", "Kim waited.", "Rain fell.", "Putin smiled."])
    a = document(a_text, "A", "", "", "a")
    b = document(b_text, "B", "", "", "b")
    pairs = [(0, 0), (1, 0), (2, 1), (1, 1)]  # (nth Putin in A, nth Putin in B)
    matches = tuple(
        Match(f"m{i}", MatchKind.ENTITY, at(a, "Putin", na), at(b, "Putin", nb), 0.9)
        for i, (na, nb) in enumerate(pairs, 1)
    )
    kim = Match("m5", MatchKind.ENTITY, at(a, "Kim"), at(b, "Kim", 1), 0.9)
    return Alignment(a, b, (*matches[:2], kim, *matches[2:]))


def test_the_matches_of_the_same_words_are_one_line_with_their_count_and_paragraphs() -> None:
    """The same name listed once a match, with no place, repeated "m25 Putin · Putin"."""
    summary = text_summary(putin_pair())
    assert "ENTITIES (5 matches, 2 pairs of words; ¶: paragraph, the headline ¶1)\n" in summary
    assert "\n  Putin · Putin  ×4  (A ¶2, 3, 5; B ¶1, 4)  score 0.90\n" in summary
    assert summary.count("Putin · Putin") == 1


def test_each_group_names_its_matches_ids_for_the_json_and_export_matches() -> None:
    lines = text_summary(putin_pair()).splitlines()
    putin = lines.index("  Putin · Putin  ×4  (A ¶2, 3, 5; B ¶1, 4)  score 0.90")
    assert lines[putin + 1] == "    m1, m2, m3, m4"
    assert lines[putin + 2].startswith("  Kim · Kim  (A ¶4; B ¶2)")
    assert lines[putin + 3] == "    m5"


def test_a_group_scored_differently_gives_the_range_of_its_scores() -> None:
    al = putin_pair()
    first = replace(al.matches[0], score=0.75)
    summary = text_summary(replace(al, matches=(first, *al.matches[1:])))
    assert "  Putin · Putin  ×4  (A ¶2, 3, 5; B ¶1, 4)  score 0.75-0.90\n" in summary


def test_no_entity_heading_when_there_is_no_entity_match() -> None:
    a = document("Putin visited Pyongyang.", "A", "", "", "a")
    assert "ENTITIES" not in text_summary(Alignment(a, a))


SAID_A = (
    "An explosion at a chemical plant in Ludwigshafen killed twelve workers on Tuesday.\n\n"
    "\u201cWe have never seen a fire of this intensity in the city,\u201d fire chief Markus "
    "Brandt told reporters at the plant gate.\n\n"
    "\u201cThe hall was full of solvents,\u201d Brandt said.\n"
)
SAID_B = (
    "An explosion at a chemical plant in Ludwigshafen killed fourteen people on Tuesday.\n\n"
    "\u201cWe have never seen a fire of this intensity in the city,\u201d mayor Jutta "
    "Steinruck told reporters at the plant gate.\n"
)


def quoted_lines(
    side: str, tmp_path: Path, b_text: str = SAID_B, *, write_a: bool = True
) -> list[str]:
    """The summary's lines of the quotations of article ``side`` of the pair above (A's
    file as written already when not ``write_a``)."""
    if write_a:
        (tmp_path / "a.txt").write_text(SAID_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    pair = (load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"))
    summary = text_summary(align(*pair, method="lexical"))
    block = summary.split(f"QUOTED IN {side}", 1)[1].split("\n\n", 1)[0]
    return [line for line in block.splitlines() if line.startswith("  - ")]


def test_a_quotation_the_other_article_gives_to_someone_else_names_them(tmp_path: Path) -> None:
    first, second = quoted_lines("A", tmp_path)
    assert first.startswith("  - Markus Brandt: \u201cWe have never seen")
    assert first.endswith(" (also in B, said by Jutta Steinruck)")
    assert "also in" not in second


def test_the_other_articles_list_names_this_articles_speaker(tmp_path: Path) -> None:
    [line] = quoted_lines("B", tmp_path)
    assert line.endswith(" (also in A, said by Markus Brandt)")


def test_a_quotation_the_other_article_gives_to_the_same_speaker_says_only_also_in(
    tmp_path: Path,
) -> None:
    same = SAID_B.replace("mayor Jutta Steinruck", "fire chief Markus Brandt")
    [line] = quoted_lines("B", tmp_path, same)
    assert line.endswith("\u201d (also in A)")


def test_a_speaker_the_other_article_spells_otherwise_is_no_other_speaker(
    tmp_path: Path,
) -> None:
    a = SAID_A.replace("fire chief Markus Brandt", "Kim Jong-un")
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    same = SAID_B.replace("mayor Jutta Steinruck", "Kim Jong Un")
    [line] = quoted_lines("B", tmp_path, same, write_a=False)
    assert line.endswith("\u201d (also in A)")


def test_a_claim_worded_differently_names_the_words_past_the_passages_cut() -> None:
    said = text_summary(wire_copies()).splitlines()
    at = next(
        i
        for i, line in enumerate(said)
        if line.startswith('    A: "We will rebuild, and') and said[i + 1].startswith('    B: "We')
    )
    assert said[at + 3] == (
        "    words differ: “and we will do it together” only in A · “Mayor Ana” only in A"
    )


def test_a_claim_the_other_article_gives_word_for_word_says_so() -> None:
    said = text_summary(wire_copies()).splitlines()
    at = next(i for i, line in enumerate(said) if line.startswith("    A: Rescue crews"))
    assert said[at + 3] == "    word for word the same"


def test_the_header_says_how_much_of_each_article_is_the_other_s_words() -> None:
    """One wire story two outlets ran: both articles' shares, A first, below the counts."""
    lines = text_summary(wire_copies()).splitlines()
    assert lines[3:5] == [
        "A's words: 57% word for word in B, 15% closely reworded, 4% told in other words, "
        "23% only in A",
        "B's words: 64% word for word in A, 13% closely reworded, 16% told in other words, "
        "6% only in B",
    ]


def test_two_unrelated_articles_get_no_share_line(data_dir: Path) -> None:
    """Tara Reid's rehab (ECB+) against the Texas flood: nothing to say of their words."""
    rehab = load_document(data_dir / "ecb/1_10ecb.txt")
    al = align(rehab, load_document(GAZETTE), method="lexical")
    assert "'s words:" not in text_summary(al)


def test_the_json_gives_each_article_s_shares() -> None:
    shares = json_summary(wire_copies())["word_shares"]
    assert shares == {
        "a": {
            "words": 362,
            "word_for_word": 0.572,
            "reworded": 0.155,
            "other_words": 0.041,
            "only_here": 0.232,
        },
        "b": {
            "words": 312,
            "word_for_word": 0.644,
            "reworded": 0.131,
            "other_words": 0.16,
            "only_here": 0.064,
        },
    }


def test_figures_one_article_gives_rounded_are_listed_as_rounded(data_dir: Path) -> None:
    al = election_alignment(data_dir, "lexical")
    lines = text_summary(al).splitlines()
    assert "  1,204,331 · 1.2 million  (A ¶5; B ¶5)  score 0.75 (rounded)" in lines
    assert "  47.7% · 47.7 percent  (A ¶6; B ¶7)  score 0.90" in lines


def test_figures_told_in_two_units_are_listed_with_their_units(data_dir: Path) -> None:
    lines = text_summary(storm_alignment(data_dir)).splitlines()
    assert (
        "  3.7-metre · 12 feet  (A ¶7; B ¶7)  score 0.75 (converted: 3.7 metres is 12.1 feet)"
        in lines
    )
    assert (
        "  30C · 86 degrees Fahrenheit  (A ¶13; B ¶13)  score 0.75 (converted: 30°C is 86.0°F)"
        in lines
    )
    assert "  150mph · 150 mph  (A ¶4; B ¶4)  score 0.90" in lines


def test_a_figure_inside_an_order_of_magnitude_is_listed_as_within(data_dir: Path) -> None:
    lines = text_summary(quake_alignment(data_dir, "lexical")).splitlines()
    assert "  40 · Dozens  (A ¶9; B ¶10)  score 0.75 (within)" in lines


def test_a_part_told_as_a_fraction_of_a_whole_is_listed_with_the_part(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Fire on Alder Street\n\nHalf of the 40 homes on Alder Street burned.\n")
    b = tmp_path / "b.txt"
    b.write_text("Alder Street fire\n\nTwenty homes on Alder Street burned on Monday.\n")
    al = align(load_document(a), load_document(b), method="lexical")
    lines = text_summary(al).splitlines()
    assert "  Half of the 40 · Twenty  (A ¶2; B ¶2)  score 0.75 (part: 20)" in lines


def test_a_figure_with_a_unit_is_spanned_whole_in_the_json(data_dir: Path) -> None:
    import json

    data = json.loads(json.dumps(json_summary(storm_alignment(data_dir))))
    a, b = (d["text"] for d in data["documents"])
    spanned = [
        (a[m["a"]["start"] : m["a"]["end"]], b[m["b"]["start"] : m["b"]["end"]])
        for m in data["matches"]
        if m["kind"] == "number"
    ]
    assert ("500mm", "20 inches") in spanned


PAGES = Path(__file__).parent / "data" / "pages"
FEATURE = PAGES / "feature_ashbury_library_fire.html"
BRIEF = PAGES / "brief_ashbury_library_fire.html"


def test_align_text_lists_the_features_correction_note_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    assert main(["align", str(BRIEF), str(FEATURE), "--format", "text", "--method", "lexical"]) == 0
    out = capsys.readouterr().out
    head, _, rest = out.partition("CORRECTION NOTES (1)\n")
    assert "CLAIMS" not in head and rest.startswith("  B: Editor's note: An earlier version")
    assert "It was 60, not 80." in " ".join(rest.split("\n\n")[0].split())


def test_align_json_gives_the_correction_note(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from reader.cli import main

    assert main(["align", str(BRIEF), str(FEATURE), "--method", "lexical"]) == 0
    data = json.loads(capsys.readouterr().out)
    [note] = data["corrections"]
    text = data["documents"][1]["text"]
    assert note["side"] == "b" and text[note["start"] : note["end"]].startswith("Editor's note:")
    assert note["fixes"] == [{"right": "60", "wrong": "80"}, {"right": "1891", "wrong": "1881"}]
    assert note["stale"] == []  # the brief gives 60 firefighters: right


def test_json_summary_of_a_pair_without_notes_has_none() -> None:
    al = align(load_document(BRIEF), load_document(BRIEF), method="lexical")
    assert json_summary(al)["corrections"] == []


def test_align_text_lists_the_correction_notes_passage_first_under_only_in_b(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    assert main(["align", str(BRIEF), str(FEATURE), "--format", "text", "--method", "lexical"]) == 0
    out = capsys.readouterr().out
    only_b = out.split("\nONLY IN B (", 1)[1].splitlines()
    assert only_b[1].startswith("  - Editor's note: An earlier version")  # as the window


def test_align_text_names_what_each_figure_counts(data_dir: Path) -> None:
    summary = text_summary(election_alignment(data_dir, "lexical"))
    discrepancies = summary.split("DISCREPANCIES\n", 1)[1].split("\n\n", 1)[0]
    assert [line.rsplit(" (in m", 1)[0] for line in discrepancies.splitlines()] == [
        "  number: 52.3% vs 53.2 percent (vote share)",
        "  number: 87 vs 85 seats",
        "  number: 71% vs 67 percent (turnout)",
    ]


def test_align_json_keeps_the_detail_with_what_is_counted_beside_it(data_dir: Path) -> None:
    data = json_summary(election_alignment(data_dir, "lexical"))
    found = data["discrepancies"]
    assert isinstance(found, list)
    assert [(d["detail"], d["counted"]) for d in found] == [
        ("52.3% vs 53.2 percent", "vote share"),
        ("87 vs 85", "seats"),
        ("71% vs 67 percent", "turnout"),
    ]


def test_a_discrepancy_of_two_clock_times_is_a_time(data_dir: Path) -> None:
    """The launch pair's capsule separated at "10:44 a.m. EDT" in A, "14:46 UTC" in B:
    listed as "date: ...", a fact-checker looked for a day."""
    from tests.launch_pages import launch_alignment

    summary = text_summary(launch_alignment(data_dir, "lexical"))
    discrepancies = summary.split("DISCREPANCIES\n", 1)[1].split("\n\n", 1)[0]
    assert "  time: 10:44 a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC) (in " in discrepancies
    assert "date:" not in discrepancies


def test_a_count_of_quotations_says_how_many_are_posts(data_dir: Path) -> None:
    """The strike pair's B embeds the union's post, listed among B's quotations as
    "DHWU Carrowick (post)": the heading counted it with no word of it."""
    from tests.strike_pages import strike_alignment

    summary = text_summary(strike_alignment(data_dir, "lexical"))
    assert "QUOTED IN B (4 quotations, 1 a post)" in summary
    assert "QUOTED IN A (3 quotations)\n" in summary

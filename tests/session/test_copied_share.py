"""Tests of reader/session/copied_share.py: how much of each article is the other's
words, sentence by sentence, weighted by words."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document, Match, MatchKind, Span
from reader.model.alignment import Quoted
from reader.session.copied_share import (
    Wording,
    WordShares,
    sentence_wordings,
    told_lines,
    told_side,
    word_shares,
    words_in,
)
from tests.wire_copies import PAGES, release_story, wire_copies


def _doc(sentences: Sequence[str], date: str | None = None, boilerplate: int = 0) -> Document:
    """A document of ``sentences``, each a paragraph of its own; the first
    ``boilerplate`` of them boilerplate."""
    text = "\n\n".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s)))
        at += len(s) + 2
    return Document(
        "x.txt",
        sentences[0] if sentences else "",
        text,
        paragraphs=tuple(spans),
        sentences=tuple(spans),
        boilerplate=tuple(spans[:boilerplate]),
        date=date,
    )


def _span(doc: Document, needle: str) -> Span:
    start = doc.text.index(needle)
    return Span(start, start + len(needle))


def _match(
    a: Document,
    b: Document,
    in_a: str,
    in_b: str,
    mid: str = "m1",
    kind: MatchKind = MatchKind.CLAIM,
) -> Match:
    return Match(mid, kind, _span(a, in_a), _span(b, in_b), 0.9)


HEAD_A = "Flash floods kill at least 23 in Mill Creek"
HEAD_B = "Texas flood death toll rises to 25"
RIVER = "The Pecan River rose 22 feet in less than two hours."
QUOTE = '"We will rebuild, and we will do it together," Mayor Ana Ruiz said.'
TRIMMED = '"We will rebuild," Ruiz said.'
LEAD_A = "Flash floods tore through Mill Creek before dawn on Tuesday, killing at least 23."
LEAD_B = "Rescuers searched the river banks on Wednesday after floods killed at least 25 people."
CAMP = "Camp Bluebonnet said in a statement that it was heartbroken."
SHELTER = "Shelters opened at the high school gym."


def _wordings(al: Alignment, side: str, rejected: Sequence[str] = ()) -> list[Wording]:
    return [s.wording for s in sentence_wordings(al, side, rejected)]


def test_a_sentence_matched_to_the_same_words_is_word_for_word() -> None:
    a, b = _doc([HEAD_A, RIVER]), _doc([HEAD_B, RIVER])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, RIVER),))
    assert _wordings(al, "a") == [Wording.ONLY, Wording.SAME]
    assert _wordings(al, "b") == [Wording.ONLY, Wording.SAME]


def test_a_sentence_whose_words_are_all_in_its_partner_s_is_word_for_word_the_partner_not() -> None:
    """B trimmed the quotation and the mayor's given name: every word of B's sentence is
    A's, in order; A's has words B left out."""
    a, b = _doc([HEAD_A, QUOTE]), _doc([HEAD_B, TRIMMED])
    al = Alignment(a, b, matches=(_match(a, b, QUOTE, TRIMMED),))
    assert _wordings(al, "b")[1] is Wording.SAME
    assert _wordings(al, "a")[1] is Wording.REWORDED


def test_a_sentence_with_a_word_changed_is_closely_reworded() -> None:
    river_b = RIVER.replace("22", "23")
    a, b = _doc([HEAD_A, RIVER]), _doc([HEAD_B, river_b])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, river_b),))
    assert _wordings(al, "a")[1] is Wording.REWORDED
    assert _wordings(al, "b")[1] is Wording.REWORDED


def test_a_sentence_matched_to_a_rewritten_one_is_told_in_other_words() -> None:
    a, b = _doc([HEAD_A, LEAD_A]), _doc([HEAD_B, LEAD_B])
    al = Alignment(a, b, matches=(_match(a, b, LEAD_A, LEAD_B),))
    assert _wordings(al, "a")[1] is Wording.OTHER
    assert _wordings(al, "b")[1] is Wording.OTHER


def test_a_name_or_a_figure_matched_alone_leaves_a_sentence_only_in_its_article() -> None:
    a, b = _doc([HEAD_A, RIVER]), _doc([HEAD_B, RIVER])
    entity = _match(a, b, "Pecan River", "Pecan River", kind=MatchKind.ENTITY)
    assert _wordings(Alignment(a, b, matches=(entity,)), "a") == [Wording.ONLY, Wording.ONLY]


def test_the_shares_are_of_the_words_each_sentence_counted_once() -> None:
    """RIVER (11 words) has two partners, the same sentence and a rewritten one: it is
    word for word, counted once; SHELTER (7) only in A."""
    a = _doc([RIVER, SHELTER])
    b = _doc([RIVER, LEAD_B])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, RIVER), _match(a, b, RIVER, LEAD_B, "m2")))
    shares, _ = word_shares(al)
    assert (words_in(RIVER), words_in(SHELTER)) == (11, 7)
    assert shares == WordShares("a", 18, 11, 0, 0, 7)
    assert shares.percents() == (61, 0, 0, 39)


def test_of_two_partners_the_closest_counts_whichever_comes_first() -> None:
    river_b = RIVER.replace("22", "23")
    a, b = _doc([RIVER]), _doc([LEAD_B, river_b])
    other_words = _match(a, b, RIVER, LEAD_B)
    reworded = _match(a, b, RIVER, river_b, "m2")
    assert _wordings(Alignment(a, b, matches=(other_words, reworded)), "a") == [Wording.REWORDED]
    assert _wordings(Alignment(a, b, matches=(reworded, other_words)), "a") == [Wording.REWORDED]


def test_a_sentence_joining_two_is_reworded_matched_one_by_one_word_for_word_as_one_passage() -> (
    None
):
    """B joined two of A's sentences: against each alone B's has words of its own;
    matched as one passage, every word of it is A's."""
    first, second = "The river rose 22 feet overnight.", "About 12,000 homes lost power."
    joined = "The river rose 22 feet overnight. About 12,000 homes lost power."
    a, b = _doc([first, second]), _doc([joined.replace(". ", "; ")])
    one_by_one = (_match(a, b, first, b.text), _match(a, b, second, b.text, "m2"))
    assert _wordings(Alignment(a, b, matches=one_by_one), "b") == [Wording.REWORDED]
    whole = Match("m1", MatchKind.CLAIM, Span(0, len(a.text)), Span(0, len(b.text)), 0.9)
    assert _wordings(Alignment(a, b, matches=(whole,)), "b") == [Wording.SAME]


def test_words_picked_out_of_the_partner_here_and_there_are_reworded() -> None:
    mine = "Ruiz said the river rose fast."
    theirs = "Mayor Ruiz, who spoke Tuesday, said that the Pecan river rose very fast."
    a, b = _doc([mine]), _doc([theirs])
    al = Alignment(a, b, matches=(_match(a, b, mine, theirs),))
    assert _wordings(al, "a") == [Wording.REWORDED]


def test_a_quotation_copied_in_a_sentence_whose_attribution_was_rewritten_is_reworded() -> None:
    """The quote match pairs only the quotations; the sentences are compared whole."""
    mine = '"The water came up so fast," Keller, a volunteer firefighter, told reporters.'
    theirs = '"The water came up so fast," Keller said.'
    a, b = _doc([mine]), _doc([theirs])
    quote = _match(a, b, '"The water came up so fast,"', '"The water came up so fast,"')
    assert _wordings(Alignment(a, b, matches=(quote,)), "a") == [Wording.REWORDED]


def test_rejected_matches_are_left_out() -> None:
    a, b = _doc([HEAD_A, RIVER]), _doc([HEAD_B, RIVER])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, RIVER),))
    assert _wordings(al, "a", rejected=["m1"]) == [Wording.ONLY, Wording.ONLY]
    assert word_shares(al, ["m1"])[1].same == 0


def test_boilerplate_is_no_part_of_the_words() -> None:
    a = _doc(["By Jane Doe, staff writer", RIVER], boilerplate=1)
    b = _doc([RIVER])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, RIVER),))
    shares, _ = word_shares(al)
    assert shares.words == words_in(RIVER)
    assert shares.percents() == (100, 0, 0, 0)


def test_an_empty_article_has_no_share_and_nothing_is_told() -> None:
    a, b = _doc([]), _doc([RIVER])
    shares = word_shares(Alignment(a, b))
    assert shares[0] == WordShares("a", 0, 0, 0, 0, 0)
    assert shares[0].percents() == (0, 0, 0, 0)
    assert shares[0].to_json()["word_for_word"] == 0.0
    assert told_side(Alignment(a, b), shares) is None


def test_two_articles_sharing_no_words_get_no_line() -> None:
    a, b = _doc([HEAD_A, LEAD_A]), _doc([HEAD_B, LEAD_B])
    al = Alignment(a, b, matches=(_match(a, b, LEAD_A, LEAD_B),))
    assert told_lines(al) == ("", "")


def _copied(date_a: str | None, date_b: str | None) -> Alignment:
    """B copies RIVER and adds two sentences of its own: more of A is B's than of B A's."""
    a = _doc([RIVER, SHELTER], date_a)
    b = _doc([RIVER, LEAD_B, CAMP], date_b)
    return Alignment(a, b, matches=(_match(a, b, RIVER, RIVER),))


def test_the_later_article_is_told_when_both_are_dated_apart() -> None:
    """A release dated the day before is not built on the story: its share goes to the
    tooltip, though more of it is in the other."""
    al = _copied("2026-11-17", "2026-11-18")
    said, other = told_lines(al)
    assert said == "B's words: 31% word for word in A, 69% only in B"
    assert other == "A's words: 61% word for word in B, 39% only in A"
    assert told_lines(_copied("2026-11-19", "2026-11-18"))[0].startswith("A's words: 61%")


def test_undated_the_article_more_made_of_the_other_s_words_is_told() -> None:
    assert told_lines(_copied(None, None))[0].startswith("A's words: 61% word for word in B")


def test_a_share_under_a_tenth_is_no_news() -> None:
    a = _doc([RIVER])
    b = _doc([RIVER, *(f"{LEAD_B[:-1]} in town number {n}." for n in range(9))])
    al = Alignment(a, b, matches=(_match(a, b, RIVER, RIVER),))
    shares = word_shares(al)
    assert shares[1].taken_percent < 10
    assert told_side(al, shares) is shares[0]  # A, all of it in B, is told


def test_the_json_gives_the_four_shares_and_the_words() -> None:
    assert WordShares("b", 200, 82, 30, 28, 60).to_json() == {
        "words": 200,
        "word_for_word": 0.41,
        "reworded": 0.15,
        "other_words": 0.14,
        "only_here": 0.3,
    }


def test_the_line_names_every_part_but_those_at_nought() -> None:
    assert WordShares("b", 200, 82, 30, 28, 60).said() == (
        "B's words: 41% word for word in A, 15% closely reworded, 14% told in other words, "
        "30% only in B"
    )
    assert WordShares("a", 10, 0, 6, 4, 0).said() == (
        "A's words: 0% word for word in B, 60% closely reworded, 40% told in other words"
    )


def _said(al: Alignment, side: str, wording: Wording) -> list[str]:
    """The first five words of each of article ``side``'s sentences told so."""
    doc = al.a if side == "a" else al.b
    found = sentence_wordings(al, side)
    return [" ".join(doc.slice(s.span).split()[:5]) for s in found if s.wording is wording]


def test_the_story_built_on_the_release_is_told_with_its_copied_paragraphs() -> None:
    """The Courier (B, a day after the release) keeps ten of the release's sentences word
    for word (192 of its 522 words: the 38 minutes, the crew, the scan, the 58 patients,
    the 90 days, the chief's two closing quotations, the hours and the call to 911, and
    the chief's quotation it trimmed); the month changed and the chief's title are
    reworded; the critic, the 2019 proposal, the county's response times of 2023 and
    Ortega's calls and truck are its own (forty-fifth session: no longer linked on one
    name or the story's word alone)."""
    al = release_story()
    a, b = word_shares(al)
    assert (b.words, b.same, b.percents()) == (522, 192, (37, 7, 26, 30))
    assert told_lines(al)[0] == (
        "B's words: 37% word for word in A, 7% closely reworded, 26% told in other words, "
        "30% only in B"
    )
    assert '"This unit brings the emergency' in _said(al, "b", Wording.SAME)
    assert _said(al, "b", Wording.REWORDED) == [
        "The unit, which began operating",
        '"Every minute counts when someone',
    ]
    assert _said(al, "b", Wording.ONLY)[:3] == [
        "Not everyone is convinced the",
        '"These are encouraging figures, but',
        '"I would want to see',
    ]
    # the release's caveat is left out by the story: only in A
    assert _said(al, "a", Wording.ONLY) == [
        "The results are preliminary and",
        "The comparison with standard ambulance",
        "The hospital plans to submit",
    ]
    assert a.percents() == (40, 15, 32, 12)


def test_one_wire_story_run_by_two_outlets_is_mostly_word_for_word() -> None:
    """The Ledger (B, a day later) keeps most of the Gazette's paragraphs word for word
    (201 of its 312 words); its rewritten lead and headline are told in other words, its
    Salvation Army paragraph only in B; the Gazette's crosshead "Help for neighbors" is
    no part of the words."""
    al = wire_copies()
    a, b = word_shares(al)
    assert (b.words, b.same, b.percents()) == (312, 201, (64, 13, 16, 6))
    assert _said(al, "b", Wording.ONLY) == ["In Dallas, the Salvation Army"]
    assert '"We will rebuild," Ruiz said' in _said(al, "b", Wording.SAME)
    assert _said(al, "b", Wording.REWORDED)[-1] == "Mayor Ruiz said at least"
    assert (a.words, a.percents()) == (362, (57, 15, 4, 23))
    assert "Help for neighbors" not in _said(al, "a", Wording.ONLY)


def _pages(a: str, b: str, method: str) -> Alignment:
    return align(
        load_document(PAGES / f"{a}.html"), load_document(PAGES / f"{b}.html"), method=method
    )


def test_two_reports_written_apart_get_no_line_for_the_sentences_they_keep_close() -> None:
    """The election pages keep a quotation and a few formulas of results close ("took
    47.7% of the vote" / "won 47.7 percent": 26% and 19% closely reworded), the blast
    pages more (37% and 33%), neither a sentence whole: no line, though a tenth or more."""
    for a, b in (
        ("election_selden_herald", "election_coastal_tribune"),
        ("blast_rhine_courier", "blast_continental_wire"),
    ):
        al = _pages(a, b, method="lexical")
        shares = word_shares(al)
        assert [s.percents()[0] for s in shares] == [0, 0]
        assert min(s.taken_percent for s in shares) >= 10
        assert told_lines(al) == ("", "")


def test_an_article_with_sentences_copied_whole_is_told() -> None:
    al = Alignment(_doc([RIVER]), _doc([RIVER]))
    told = told_side(al, (WordShares("a", 100, 5, 5, 40, 50), WordShares("b", 100, 4, 30, 0, 66)))
    assert told is not None and told.side == "a"  # 5% whole; B's 4% whole is not enough


def test_an_article_rewritten_sentence_by_sentence_is_told() -> None:
    """An outlet's rewrite of a wire story (ECB+ 3_7ecb, the AP's sentences each
    reworded: 0% word for word, 52% closely reworded) is much made of its words."""
    al = Alignment(_doc([RIVER]), _doc([RIVER]))
    told = told_side(al, (WordShares("a", 100, 0, 37, 40, 23), WordShares("b", 100, 0, 40, 0, 60)))
    assert told is not None and told.side == "b"  # 40% closely reworded; A's 37% is not
    apart = (WordShares("a", 100, 0, 37, 40, 23), WordShares("b", 100, 0, 0, 40, 60))
    assert told_side(al, apart) is None


STOCK = "The cause is under investigation."
CHIEF = '"But we held the line at the river last night, and we will hold it again today."'


def _shared_alone(sentence: str) -> WordShares:
    """B's shares when B gives ``sentence`` word for word as A does, and nothing else
    of A's, beside sentences of its own (the sentence a tenth to a third of B: under the
    share told as rewritten sentence by sentence, REWRITTEN_PERCENT)."""
    own = [
        "Officials in the county said the evacuation orders would stay in place for days.",
        "Crews from three neighbouring states arrived overnight with water tankers.",
        "Schools across the valley will stay closed until the smoke clears next week.",
    ]
    a = _doc([sentence, RIVER])
    b = _doc([sentence, *own])
    kind = MatchKind.QUOTE if sentence.startswith('"') else MatchKind.CLAIM
    quotes = (Quoted(_span(a, sentence), None),), (Quoted(_span(b, sentence), None),)
    al = Alignment(
        a, b, matches=(_match(a, b, sentence, sentence, kind=kind),),
        quotes_a=quotes[0] if kind is MatchKind.QUOTE else (),
        quotes_b=quotes[1] if kind is MatchKind.QUOTE else (),
    )  # fmt: skip
    return word_shares(al)[1]


@pytest.mark.parametrize("sentence", [STOCK, CHIEF], ids=["stock phrase", "quotation"])
def test_a_stock_phrase_or_a_quotation_given_alike_tells_no_copying(sentence: str) -> None:
    shares = _shared_alone(sentence)
    assert shares.percents()[0] >= 5 and shares.taken_percent >= 10  # as counted
    assert not shares.telling


def test_a_sentence_of_the_outlet_s_own_given_alike_tells_copying() -> None:
    shares = _shared_alone(RIVER)
    assert shares.percents()[0] >= 5 and shares.telling


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_two_wildfire_reports_sharing_a_quotation_and_a_stock_phrase_get_no_line(
    method: str,
) -> None:
    al = _pages("wildfire_calder_county_courier", "wildfire_northern_press_wire", method)
    assert told_lines(al) == ("", "")


def test_the_share_of_quotations_and_stock_sentences_word_for_word_is_said() -> None:
    """The Courier's 37% word for word holds the chief's quotations: the tooltip says how
    much, as the decision to tell the share leaves them out."""
    _, b = word_shares(release_story())
    assert b.quoted_said() == (
        "Of B's 37% word for word in A, 12% are quotations or sentences of fewer than six "
        "words, which two outlets may give alike without copying each other."
    )


@pytest.mark.parametrize("own", [None, 410, 406])
def test_nothing_is_said_when_no_whole_percent_is_quoted(own: int | None) -> None:
    assert WordShares("b", 1000, 410, 150, 140, 300, own).quoted_said() == ""

"""The lexical aligner on literal text pairs: which sentences it links, and its guarantees."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis import AlignmentCancelled, align
from reader.analysis.pipeline import WEEKDAY_LINK_SCORE
from reader.ingest import load_document
from reader.model import Alignment, DiscrepancyKind, Document, MatchKind
from tests.analysis import foreign_pairs

Make = Callable[[str], Document]


def claim_pairs(al: Alignment) -> set[tuple[str, str]]:
    return {(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.CLAIM}


CASES = [
    (
        "same fact in other words",
        "Quake hits coast\nA magnitude 6.1 earthquake struck the coast of Chile on Monday.\n"
        "Schools were closed in the capital.",
        "Chile earthquake\nThe coast of Chile was struck by a 6.1 magnitude earthquake Monday.\n"
        "The football league postponed its games.",
        {
            (
                "A magnitude 6.1 earthquake struck the coast of Chile on Monday.",
                "The coast of Chile was struck by a 6.1 magnitude earthquake Monday.",
            ),
            # a headline is a claim too
            ("A magnitude 6.1 earthquake struck the coast of Chile on Monday.", "Chile earthquake"),
        },
    ),
    (
        "reordered sentences",
        "Storm news\nThe mayor ordered an evacuation of Riverside.\n"
        "Flood water reached the bridge at noon.",
        "Weekend report\nFlood water reached the old bridge by noon.\n"
        "Riverside residents were told to evacuate by the mayor.",
        {
            ("The mayor ordered an evacuation of Riverside.",
             "Riverside residents were told to evacuate by the mayor."),
            ("Flood water reached the bridge at noon.",
             "Flood water reached the old bridge by noon."),
        },
    ),
    (
        "unrelated articles",
        "Rehab\nThe actress checked into a treatment center in Malibu on Tuesday.",
        "Markets\nThe central bank raised interest rates by half a point.",
        set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("label", "a", "b", "expected"), CASES, ids=[c[0] for c in CASES])
def test_claim_links_on_literal_pairs(
    doc: Make, label: str, a: str, b: str, expected: set[tuple[str, str]]
) -> None:
    assert claim_pairs(align(doc(a), doc(b), method="lexical")) == expected


def test_identical_documents_link_every_sentence_to_itself(doc: Make) -> None:
    text = "Title of it\nFirst claim about the dam.\nSecond claim about the river.\nThird one here."
    al = align(doc(text), doc(text), method="lexical")
    assert {(m.a, m.b) for m in al.matches if m.kind is MatchKind.CLAIM} >= {
        (s, s) for s in al.a.content_sentences()
    }


def test_quote_match_carries_speaker(doc: Make) -> None:
    a = doc('Deal\nPutin called it a "breakthrough document" on Wednesday.')
    b = doc("Pact\nThe pact is a \u201cbreakthrough document,\u201d Putin said.")
    (q,) = [m for m in align(a, b, method="lexical").matches if m.kind is MatchKind.QUOTE]
    assert q.speaker == "Putin"
    assert q.score == 1.0


def test_entity_matches_join_spelling_variants(doc: Make) -> None:
    a = doc("Talks\nKim Jong-un met the envoy in the capital.")
    b = doc("Meeting\nKim Jong Un received an envoy.")
    ents = [m for m in align(a, b, method="lexical").matches if m.kind is MatchKind.ENTITY]
    assert [(al_a, al_b) for al_a, al_b in [(a.slice(m.a), b.slice(m.b)) for m in ents]] == [
        ("Kim Jong-un", "Kim Jong Un")
    ]


def test_date_discrepancy_on_linked_captions(doc: Make) -> None:
    a = doc("Visit\nPutin and Kim walk at a ceremony in Pyongyang, North Korea, on June 18, 2024.")
    b = doc("Deal\nPutin and Kim pose for a photo in Pyongyang, North Korea, on June 19, 2024.")
    al = align(a, b, method="lexical")
    (d,) = al.discrepancies
    assert (a.slice(d.a), b.slice(d.b)) == ("June 18, 2024", "June 19, 2024")
    assert al.match_by_id(d.match) is not None


def test_unmatched_sentences_are_only_in_one_side(doc: Make) -> None:
    a = doc("Dam\nThe dam broke on Friday night.\nNobody knows who built the old mill.")
    b = doc("Flood\nThe dam broke late on Friday night.")
    al = align(a, b, method="lexical")
    assert [a.slice(s) for s in al.only_a] == ["Dam", "Nobody knows who built the old mill."]


def test_greetings_of_two_unrelated_live_blogs_are_not_linked(doc: Make) -> None:
    a = doc(
        "Storm Isha: live updates\nGood morning\n"
        "Trains between Glasgow and Edinburgh are cancelled after winds of 99mph.\n"
        "That's all for today. Thanks for following."
    )
    b = doc(
        "Budget 2024: live\nGood morning.\n"
        "The chancellor will raise taxes by 40bn pounds in her first budget.\n"
        "That's all for today. Thanks for following."
    )
    for method in ("lexical", "semantic"):
        claims = [m for m in align(a, b, method=method).matches if m.kind is MatchKind.CLAIM]
        assert claims == [], method


def test_boilerplate_never_matched(doc: Make) -> None:
    a = doc("News\nBreaking News\nThe dam broke on Friday night.\nRelated stories")
    b = doc("Flood\nBreaking News\nThe dam broke late on Friday night.\nRelated stories")
    al = align(a, b, method="lexical")
    assert al.matches
    for m in al.matches:
        assert not al.a.is_boilerplate(m.a)
        assert not al.b.is_boilerplate(m.b)


def test_one_empty_side_gives_no_matches(doc: Make) -> None:
    al = align(doc("Only a title"), doc("Title\nSome sentence here."), method="lexical")
    assert [m for m in al.matches if m.kind is MatchKind.CLAIM] == []


def test_min_score_drops_weaker_matches(doc: Make) -> None:
    a = doc("Quake\nA 6.1 earthquake struck Chile on Monday.\nSchools closed in Santiago.")
    b = doc("Chile\nChile was struck by a 6.1 earthquake on Monday.\nSantiago schools shut.")
    al = align(a, b, method="lexical", min_score=0.95)
    assert all(m.score >= 0.95 for m in al.matches)


def test_progress_reaches_one(doc: Make) -> None:
    seen: list[float] = []
    align(doc("T\nOne two three."), doc("T\nOne two four."), method="lexical", progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


def test_cancellation_stops_alignment(doc: Make) -> None:
    with pytest.raises(AlignmentCancelled):
        align(doc("T\nA b c."), doc("T\nA b d."), method="lexical", is_cancelled=lambda: True)


def long_doc(doc: Make, topic: str) -> Document:
    lines = [f"{topic} report {i}: officials said the {topic} talks went on." for i in range(80)]
    return doc("\n".join([f"{topic.title()} talks", *lines]))


def test_semantic_progress_moves_through_the_embedding(doc: Make) -> None:
    seen: list[float] = []
    align(long_doc(doc, "trade"), long_doc(doc, "budget"), method="semantic", progress=seen.append)
    during = [f for f in seen if 0.1 < f < 0.6]
    assert len(during) >= 4  # not one jump from 0.1 to 0.6
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_cancelling_stops_semantic_alignment_inside_the_embedding(doc: Make) -> None:
    from reader.analysis.sentence_model.semantic import cache_for

    a, b = long_doc(doc, "fishing"), long_doc(doc, "pension")
    seen: list[float] = []
    with pytest.raises(AlignmentCancelled):
        align(
            a,
            b,
            method="semantic",
            progress=seen.append,
            is_cancelled=lambda: bool(seen) and seen[-1] > 0.1,
        )
    assert max(seen) < 0.6  # stopped before the embedding of both was done
    assert len(cache_for(a)) == 0  # A's embedding was cut short: nothing half-done kept


def test_unknown_method_rejected(doc: Make) -> None:
    with pytest.raises(ValueError, match="unknown alignment method"):
        align(doc("T\nA."), doc("T\nB."), method="psychic")


def test_idf_prior_keeps_words_shared_by_every_sentence_of_short_articles(doc: Make) -> None:
    from reader.analysis.features import extract
    from reader.analysis.linking.lexical import build_index
    from reader.analysis.units import document_units

    a = doc("Lohan in rehab\nLohan checked into rehab on Thursday.\nLohan is an actress.")
    b = doc("Rehab again\nLohan checked into a rehab clinic Thursday.\nLohan has a lawyer.")
    fa = [extract(u) for u in document_units(a)]
    fb = [extract(u) for u in document_units(b)]
    plain = build_index(fa, fb).similarity(1, 1)
    smoothed = build_index(fa, fb, prior_docs=100).similarity(1, 1)
    assert smoothed > plain


def _evidence(doc: Make, a: str, b: str) -> int:
    from reader.analysis.features import extract
    from reader.analysis.pair_analysis import shared_evidence
    from reader.analysis.units import document_units

    fa = [extract(u) for u in document_units(doc(a))]
    fb = [extract(u) for u in document_units(doc(b))]
    return shared_evidence(fa, fb)


def test_event_evidence_leaves_out_shared_nationalities(doc: Make) -> None:
    a = "Tanker seized\nSomali pirates seized a Greek tanker on Monday, the Indian navy said."
    b = "Ship freed\nThe Indian navy said Somali pirates freed a Greek cargo ship."
    assert _evidence(doc, a, b) == 0  # two hijackings of one kind share these


def test_event_evidence_counts_shared_names_beside_nationalities(doc: Make) -> None:
    a = "Hijack\nSomali pirates seized the Sirius Star off Kenya on Monday."
    b = "Tanker\nThe Sirius Star, held by Somali pirates, is anchored off Kenya."
    assert _evidence(doc, a, b) == 2  # Sirius Star and Kenya


def test_match_evidence_reads_like_the_text(doc: Make) -> None:
    a = "Talks\nNorth Korean envoys met Russian officials in Vladivostok on Wednesday."
    b = "Meeting\nOn Wednesday, North Korea's envoys met officials in Vladivostok."
    al = align(doc(a), doc(b))
    (m,) = [m for m in al.matches if m.kind is MatchKind.CLAIM and "Vladivostok" in m.evidence]
    assert {"Wednesday", "envoys"} <= set(m.evidence)
    assert not {"wednesday", "north", "North"} & set(m.evidence)


@pytest.mark.parametrize(
    "said",
    [
        '"We appreciate her family\'s privacy at this time," he said.',
        "\u201cWe appreciate her family\u2019s privacy at this time,\u201d he said.",
        '"We appreciate her family \'s privacy at this time," he said.',
    ],
)
def test_quote_evidence_holds_no_fragment_of_a_possessive(doc: Make, said: str) -> None:
    a = doc(f"Rehab\nThe actress checked in. {said}")
    b = doc('Reid\n"We appreciate her family\'s privacy at this time," the rep said.')
    (q,) = [m for m in align(a, b, method="lexical").matches if m.kind is MatchKind.QUOTE]
    assert q.evidence == ("appreciate", "family", "privacy", "time")


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "North Korean envoys met officials in Vladivostok.",
            "North Korea's envoys met officials in Vladivostok.",
            "North Korean",
        ),
        (
            "Envoys from Russia met officials in Vladivostok.",
            "Russian envoys met officials in Vladivostok.",
            "Russia",
        ),
    ],
)
def test_match_evidence_joins_a_nationality_with_its_country(
    doc: Make, a: str, b: str, shown: str
) -> None:
    al = align(doc(f"Talks\n{a}"), doc(f"Meeting\n{b}"))
    (m,) = [m for m in al.matches if m.kind is MatchKind.CLAIM and "Vladivostok" in m.evidence]
    assert shown in m.evidence
    assert not {"North", "north", "Korea"} & set(m.evidence)


def test_quotation_in_other_words_is_a_discrepancy_of_its_quote_match(doc: Make) -> None:
    a = 'Treaty\nKim said the pact means "we will provide military assistance without delay".'
    b = 'Pact\nKim said "we will provide military help without delay" at the summit.'
    al = align(doc(a), doc(b))
    (d,) = [d for d in al.discrepancies if d.kind is DiscrepancyKind.QUOTE]
    quote = next(m for m in al.matches if m.id == d.match)
    assert quote.kind is MatchKind.QUOTE
    assert (al.a.slice(d.a), al.b.slice(d.b)) == ("assistance", "help")


def test_semantic_alignment_extracts_features_on_another_thread(doc: Make) -> None:
    import reader.analysis.reading as reading

    threads: list[str] = []
    original = reading.features

    def spy(*args: object) -> object:
        threads.append(threading.current_thread().name)
        return original(*args)  # type: ignore[arg-type]

    reading.features = spy  # type: ignore[assignment]
    try:
        al = align(long_doc(doc, "trade"), long_doc(doc, "trade"), method="semantic")
    finally:
        reading.features = original
    assert threads == ["features"]
    assert al.matches  # the features reached the aligner: a document matches itself


def test_cancelled_semantic_alignment_leaves_no_feature_thread_running(doc: Make) -> None:
    seen: list[float] = []
    with pytest.raises(AlignmentCancelled):
        align(
            long_doc(doc, "harbour"),
            long_doc(doc, "railway"),
            method="semantic",
            progress=seen.append,
            is_cancelled=lambda: bool(seen) and seen[-1] > 0.1,
        )
    assert "features" not in {t.name for t in threading.enumerate()}


def test_importing_the_package_leaves_the_aligner_modules_unloaded() -> None:
    # the CLI loads the sentence model on another thread while the aligner imports
    code = (
        "import sys, reader.analysis; "
        "print(sorted(m for m in sys.modules if m.startswith('reader.analysis.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for heavy in (
        "pipeline",
        "features",
        "sentence_model.embedding_model",
        "sentence_model.semantic",
    ):
        assert f"reader.analysis.{heavy}'" not in out


PIRATES_A = """Navy foils pirate attack in Gulf of Aden
The Indian Navy foiled a pirate attack on a merchant ship in the Gulf of Aden on Saturday.
The pirates fired at the ship from two small boats before a navy helicopter arrived.
Marine commandos boarded the pirate boats and seized six rifles and 12 magazines.
The 23 pirates were handed over to the authorities in Djibouti."""
PIRATES_B = """Indian warship captures 23 pirates
An Indian warship captured 23 pirates who attacked a merchant vessel in the Gulf of Aden.
Commandos on board the INS Mysore seized 14 rifles and 31 magazines from the pirates.
The merchant ship, flying the Ethiopian flag, was escorted to safety.
The pirates will be handed over to Djibouti."""


def test_counts_of_the_same_things_disagree_but_boats_are_not_pirates(doc: Make) -> None:
    al = align(doc(PIRATES_A), doc(PIRATES_B), method="semantic")
    details = [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert details == ["six vs 14", "12 vs 31"]


RAHMAN_A = (
    "Klitschko beats Rahman\nHasim Rahman arrived in Germany on Monday and declared he was in "
    "top shape for the title fight against Wladimir Klitschko.\nThe crowd in Berlin cheered."
)
RAHMAN_B = """Klitschko stops Rahman
Hasim Rahman showed no signs of life in the title fight against Wladimir Klitschko on Saturday.
The referee stopped it in the seventh round."""
REID_A = """Tara Reid enters rehab
Tara Reid has finally entered Malibu Promises Treatment Center on Tuesday, her rep told People."""
REID_B = """Reid in rehab
Tara Reid checked into Promises Treatment Center in Malibu on Friday for an unspecified problem."""


def test_two_weekdays_on_a_weak_link_are_two_occasions(doc: Make) -> None:
    al = align(doc(RAHMAN_A), doc(RAHMAN_B), method="semantic")
    weak = [
        m
        for m in al.matches
        if m.kind is MatchKind.CLAIM and "Monday" in al.a.text[m.a.start : m.a.end]
    ]
    assert weak and all(m.score < WEEKDAY_LINK_SCORE for m in weak)
    assert al.discrepancies == ()


def test_two_weekdays_on_a_strong_link_disagree(doc: Make) -> None:
    al = align(doc(REID_A), doc(REID_B), method="semantic")
    assert [d.detail for d in al.discrepancies] == ["Tuesday vs Friday"]


TRIAL_A = """Nichols sentenced
Nichols was sentenced to life in prison on Saturday.
Eight of the jurors were black.
The trial has already cost more than $2 million.
Page had been in hospital for the past three weeks."""
TRIAL_B = """Supermax for Nichols
The judge suggested Nichols serve his sentence in a federal prison.
Cells are 8-by-12 feet, with concrete walls.
The county paid $2 million for the defence.
Three Husbands"""


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_shared_count_of_other_things_links_nothing(doc: Make, method: str) -> None:
    al = align(doc(TRIAL_A), doc(TRIAL_B), method=method)
    linked = claim_pairs(al)
    assert (
        "Eight of the jurors were black.",
        "Cells are 8-by-12 feet, with concrete walls.",
    ) not in linked
    assert ("Page had been in hospital for the past three weeks.", "Three Husbands") not in linked


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_shared_sum_of_money_links_alone(doc: Make, method: str) -> None:
    al = align(doc(TRIAL_A), doc(TRIAL_B), method=method)
    assert (
        "The trial has already cost more than $2 million.",
        "The county paid $2 million for the defence.",
    ) in claim_pairs(al)


def test_a_figure_outside_linked_sentences_matches_only_a_count_of_the_same_thing(
    doc: Make,
) -> None:
    al = align(doc(TRIAL_A), doc(TRIAL_B), method="lexical")
    numbers = {(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER}
    assert ("Eight", "8") not in numbers  # what either counts is not said
    assert ("three", "Three") not in numbers  # weeks, husbands
    assert ("$2 million", "$2 million") in numbers


OFFER_A = """Teixeira talks
The Red Sox offered Mark Teixeira an eight-year deal on Thursday.
Teixeira will be 29 in April.
His agent Scott Boras asked for more money."""
OFFER_B = """Sox chase Teixeira
Boston made first baseman Mark Teixeira an offer of eight years on Thursday.
Teixeira is a Maryland native.
The Angels also want him back."""


def test_sentences_sharing_only_the_storys_name_are_not_linked(doc: Make) -> None:
    linked = claim_pairs(align(doc(OFFER_A), doc(OFFER_B), method="semantic"))
    assert ("Teixeira will be 29 in April.", "Teixeira is a Maryland native.") not in linked


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_name_with_more_in_common_still_links(doc: Make, method: str) -> None:
    linked = claim_pairs(align(doc(OFFER_A), doc(OFFER_B), method=method))
    assert (
        "The Red Sox offered Mark Teixeira an eight-year deal on Thursday.",
        "Boston made first baseman Mark Teixeira an offer of eight years on Thursday.",
    ) in linked


# Two reports of a derailment written apart: their fourth sentences (the driver questioned;
# works on the track) share only articles and prepositions ("le", "la", "dans"; "der";
# "el", "la"), between two pairs of sentences that say the same thing.
DERAILMENTS = {
    "French": (foreign_pairs.FR_DERAILMENT_A, foreign_pairs.FR_DERAILMENT_B),
    "German": (foreign_pairs.DE_DERAILMENT_A, foreign_pairs.DE_DERAILMENT_B),
    "Spanish": (foreign_pairs.ES_DERAILMENT_A, foreign_pairs.ES_DERAILMENT_B),
}
MIDDLE = {
    "French": ("Le conducteur a été entendu", "des travaux sur la voie"),
    "German": ("Der Lokführer wurde", "Bauarbeiten im Gange"),
    "Spanish": ("El maquinista fue interrogado", "la vía estaba en obras"),
}
NEIGHBOURS = {
    "French": [("Trois passagers", "Trois voyageurs"), ("La SNCF a ouvert", "La SNCF a annoncé")],
    "German": [("Drei Fahrgäste", "Drei Fahrgäste"), ("Die Deutsche Bahn", "Die Deutsche Bahn")],
    "Spanish": [("Tres pasajeros", "Tres viajeros"), ("Adif ha abierto", "Adif anunció")],
}


def _linked(al: Alignment, a: str, b: str) -> bool:
    return any(a in x and b in y for x, y in claim_pairs(al))


@pytest.mark.parametrize("language", sorted(DERAILMENTS))
def test_sentences_sharing_only_function_words_are_not_linked(doc: Make, language: str) -> None:
    text_a, text_b = DERAILMENTS[language]
    al = align(doc(text_a), doc(text_b), method="auto")
    assert not _linked(al, *MIDDLE[language])


@pytest.mark.parametrize("language", sorted(DERAILMENTS))
def test_the_neighbours_of_an_unlinked_pair_stay_linked(doc: Make, language: str) -> None:
    text_a, text_b = DERAILMENTS[language]
    al = align(doc(text_a), doc(text_b), method="auto")
    assert all(_linked(al, a, b) for a, b in NEIGHBOURS[language])


@pytest.mark.parametrize("language", sorted(DERAILMENTS))
def test_a_pair_sharing_only_function_words_scores_nothing_nor_lends_context(
    doc: Make, language: str
) -> None:
    from reader.analysis import LEXICAL_PARAMS
    from reader.analysis.pair_analysis import analyse

    pa = analyse(*(doc(t) for t in DERAILMENTS[language]), params=LEXICAL_PARAMS)
    # the fourth sentence of each (the headline is the first)
    assert pa.rows(3, 4)[0, 3] == 0


def test_english_sentences_sharing_a_content_word_keep_their_score(doc: Make) -> None:
    from reader.analysis import LEXICAL_PARAMS
    from reader.analysis.pair_analysis import analyse

    pa = analyse(doc(CASES[0][1]), doc(CASES[0][2]), params=LEXICAL_PARAMS)
    lexical = pa.sources[0][0].rows(0, len(pa.units_a)) * pa.gate
    assert (pa.matrix() == lexical).all()


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        (  # ECB+ 12_5ecb, 12_12ecb: "Aden" and "Gulf of Aden" are one piece of evidence
            "Attack foiled\nThe ship was 150 nautical miles from Aden in the Gulf of Aden.",
            "Pirates caught\nThe Indian Navy caught pirates in the Gulf of Aden near Aden.",
            1,
        ),
        (  # ECB+ topic 11: a party and its country too
            "Vote\nTurkmenistan voted; the Democratic Party of Turkmenistan won every seat.",
            "Poll\nThe Democratic Party of Turkmenistan won the poll in Turkmenistan.",
            1,
        ),
    ],
)
def test_event_evidence_counts_a_place_and_a_thing_of_it_once(
    doc: Make, a: str, b: str, shared: int
) -> None:
    assert _evidence(doc, a, b) == shared


def test_an_entity_match_s_evidence_is_the_longer_form_of_the_name(doc: Make) -> None:
    a = "A split vote\nCouncil members voted 5-4 on the flood wall."
    b = "Wall approved\nThe Riverside City Council voted 6-3 on the flood wall."
    al = align(doc(a), doc(b), method="lexical")
    entities = [m for m in al.matches if m.kind is MatchKind.ENTITY]
    assert [(al.a.slice(m.a), m.evidence) for m in entities] == [
        ("Council", ("Riverside City Council",))
    ]


# a web page with a crosshead quoting words its source said, and one saying them in full
NICHOLS_LEAD = (
    "<p>Brian Nichols was sentenced on Saturday to life in prison without parole for"
    " killing four people in 2005.</p>"
)
NICHOLS_PAGE = (
    "<html><body><article><h1>Nichols gets life in prison for courthouse shootings</h1>"
    f"{NICHOLS_LEAD}<p>The jury could not agree on the death penalty, the judge said.</p>"
    "{head}<p>His lawyer said Nichols would appeal the verdict.</p></article></body></html>"
)
NICHOLS_OTHER = (
    "<html><body><article><h1>Courthouse gunman Nichols sentenced to life</h1>"
    "<p>Brian Nichols was sentenced to life without parole on Saturday for the 2005"
    " courthouse killings.</p>"
    '<p>"In his own words, it is not in his DNA to stay in prison," the prosecutor'
    " said.</p></article></body></html>"
)


def _page_pair(tmp_path: Path, head: str) -> Alignment:
    (tmp_path / "a.html").write_text(NICHOLS_PAGE.format(head=head), encoding="utf-8")
    (tmp_path / "b.html").write_text(NICHOLS_OTHER, encoding="utf-8")
    a, b = load_document(tmp_path / "a.html"), load_document(tmp_path / "b.html")
    return align(a, b, method="lexical")


def test_a_quotation_in_a_crosshead_is_matched_with_none_of_the_others(tmp_path: Path) -> None:
    al = _page_pair(tmp_path, '<h2>"Not in his DNA"</h2>')
    assert [al.a.slice(h) for h in al.a.headings] == ['"Not in his DNA"']
    assert not [m for m in al.matches if m.kind is MatchKind.QUOTE]
    assert al.quotes_a == ()  # the crosshead quotes no one: it heads what follows


def test_the_same_words_quoted_in_a_paragraph_are_a_quote_match(tmp_path: Path) -> None:
    al = _page_pair(tmp_path, '<p>It was "not in his DNA" to give up, his brother said.</p>')
    (quote,) = [m for m in al.matches if m.kind is MatchKind.QUOTE]
    assert al.a.slice(quote.a) == '"not in his DNA"'

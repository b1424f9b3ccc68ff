"""Crossheads ("About the prison:") state nothing and are linked to no sentence
(reader.analysis.crossheads)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.crossheads import crossheads
from reader.analysis.pair_analysis import analyse
from reader.analysis.pipeline import align
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Alignment, Document, MatchKind

# ECB+ 3_2ecb and 3_4ecb, shortened
PRISON_A = (
    "Brian Nichols was sentenced to life without parole on Saturday.\n\n"
    '"I thought maybe Supermax might be a good place for Mr. Nichols," Bodiford said.\n\n'
    "About the prison:\n\n"
    "The supermax unit at Florence, Colo., holds extremely dangerous federal inmates.\n"
)
PRISON_B = (
    "Brian Nichols was sentenced on Saturday to life in prison without parole.\n\n"
    '"In his own words, it is not in his DNA to stay in prison," the prosecutor said.\n'
)


def aligned(tmp_path: Path, a: str, b: str) -> Alignment:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def heads(doc: Document) -> list[str]:
    units = document_units(doc)
    return [units[i].text.strip() for i in sorted(crossheads(units, doc))]


@pytest.mark.parametrize(
    ("line", "crosshead"),
    [
        ("About the prison:", True),
        ("Some known inmates:", True),
        ("Les réactions :", True),
        ("The judge told the guards:", False),  # a sentence introducing a quotation
        ("Bodiford added:", False),
        ("Macron a déclaré :", False),
        ("Nichols was sentenced:", False),
        ("The judge offered advice for the prison guards who will handle Nichols:", False),
        ("Police believe:", False),  # a verb of thinking in the present
        ("Investigators suspect:", False),
        ("Hopes and fears:", True),  # a noun after "and", no verb
        ("What we know:", True),  # an explainer's heading opening with a question word
        ("Who they are:", True),
        ("How it happened:", True),
    ],
)
def test_a_short_line_ending_in_a_colon_without_a_verb_is_a_crosshead(
    doc: Callable[[str], Document], line: str, crosshead: bool
) -> None:
    text = f'Nichols was sentenced to life on Saturday.\n\n{line}\n\n"Do not trust him."\n'
    assert heads(doc(text)) == ([line] if crosshead else [])


def test_a_colon_inside_a_paragraph_is_no_crosshead(doc: Callable[[str], Document]) -> None:
    assert heads(doc("Nichols was sentenced on Saturday. About the prison: it is remote.\n")) == []


def test_a_crosshead_is_linked_to_no_sentence(tmp_path: Path) -> None:
    al = aligned(tmp_path, PRISON_A, PRISON_B)
    head = al.a.text.index("About the prison:")
    assert not [m for m in al.matches if m.a.start <= head < m.a.end]
    assert not [s for s in al.only_a if s.start <= head < s.end]


def test_a_short_sentence_introducing_a_quotation_is_still_linked(tmp_path: Path) -> None:
    a = PRISON_A.replace("About the prison:", "Bodiford warned the prison guards:")
    b = PRISON_B + "\nBodiford warned the prison guards who will handle Nichols.\n"
    al = aligned(tmp_path, a, b)
    warned = al.a.text.index("Bodiford warned")
    linked = [m for m in al.matches if m.kind is MatchKind.CLAIM and m.a.start == warned]
    assert [al.b.slice(m.b) for m in linked] == [
        "Bodiford warned the prison guards who will handle Nichols."
    ]


def test_an_unmatched_headline_is_a_passage_of_its_own(doc: Callable[[str], Document]) -> None:
    a = doc(
        "Texas prison escapee added to most wanted list\n"
        "The marshals added a man serving three life sentences to their list.\n"
        "Comeaux escaped from a prison van near Houston on Monday."
    )
    b = doc("Inmate escapes\nComeaux escaped from a prison van near Houston on Monday.")
    al = align(a, b, method="lexical")
    assert [a.slice(s) for s in al.only_a] == [
        "Texas prison escapee added to most wanted list",
        "The marshals added a man serving three life sentences to their list.",
    ]


# the start of the BBC's report of the Putin-Kim pact (tests/ingest/news_pages.py), which
# names Putin and Kim inside a sentence
PACT_HEADLINE = "Putin and Kim sign defence pact in Pyongyang"
PACT_LEAD = (
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un have signed a "
    "pact promising mutual assistance if either country is attacked."
)
PACT_NEXT = "South Korea said it was concerned by the pact."


@pytest.mark.parametrize(
    ("line", "crosshead"),
    [
        ("Reaction in Seoul", True),
        ("Reactions", True),  # ECB+ 9_1ecb
        ("Scope of exceptions", True),  # ECB+ 9_5ecb
        ("International observers", True),  # ECB+ 11_4ecb
        ("Early Years", True),  # ECB+ 4_7ecb
        ("BLOW TO GOVERNMENT", True),  # ECB+ 8_8ecbplus
        ("Media Mogul", True),  # ECB+ 4_7ecb
        # a person's name, the BBC's crosshead: left to bare_names ("only in one" when the
        # other article does not name Kim)
        ("Kim Jong Un", False),
        ("What happens next", True),  # a question word, whatever verb follows
        ("Why it matters", True),
        # a question word and a preposition ending the line: an explainer's heading
        ("What it pays for", True),
        ("Who it is for", True),
        ("How it began and", False),  # a question word, then a sentence cut short
        ("Where it came from", True),
        ("Which schools close", True),
        ("When asked about the deal", False),  # "when" opens a clause, not a question
        ("Summary of the day so far", True),  # the Guardian's live page
        ("Zelenskyy arrives in Washington", False),  # a live blog's update: a name, a verb
        ("Putin arrives in Pyongyang", False),
        ("Kim calls the treaty the strongest ever", False),  # CNN's live page
        ("Putin and Kim sign mutual defense pact", False),
        ("Tension mounts in Seoul", False),  # a verb in the present before "in"
        ("Protections found lacking", False),  # ECB+ 9_3ecb: a past
        ("It started with the polar bears", False),  # ECB+ 9_1ecb
        ("Where the action is wholly beneficial, or", False),  # a sentence cut short
        ("Missile strike on Kyiv injures 53", False),  # a figure
        ("Law covers 1,400 species", False),  # ECB+ 9_3ecb
        ("- Jennifer Lawrence", False),  # ECB+ 6_11ecbplus: an item of a list
        ("Team Execs Meet With Player's Agent", False),  # a Title Case headline
        ("'Strongest ever' treaty", False),  # a quotation
        ("The two leaders signed a mutual defence pact and vowed to fight", False),  # long
    ],
)
def test_a_short_line_without_a_final_mark_or_a_verb_is_a_crosshead(
    doc: Callable[[str], Document], line: str, crosshead: bool
) -> None:
    text = f"{PACT_HEADLINE}\n\n{PACT_LEAD}\n\n{line}\n\n{PACT_NEXT}\n"
    assert heads(doc(text)) == ([line] if crosshead else [])


# a German and a French live page (tests/ingest/live_pages.py): headline, a sentence, the
# line, a sentence
GERMAN = (
    "Unwetter in Bayern: Der Liveblog",
    "Ein Feuerwehrmann ist bei einem Rettungseinsatz in Bayern ums Leben gekommen.",
    "Die Donau hat in Passau die Marke von zehn Metern überschritten.",
)
FRENCH = (
    "Guerre en Ukraine : suivez notre direct",
    "Volodymyr Zelensky est arrivé à Washington mardi.",
    "Une frappe russe sur Kiev a fait 53 blessés dans la nuit.",
)


@pytest.mark.parametrize(
    ("article", "line", "crosshead"),
    [
        (GERMAN, "Das Wichtigste in Kürze", True),
        # nouns take capitals: a word in small letters after one is a verb
        (GERMAN, "Pegel der Donau steigt weiter", False),
        (GERMAN, "Feuerwehrmann stirbt", False),  # a noun the article writes in a sentence
        (FRENCH, "L’essentiel", True),
        (FRENCH, "Zelensky est arrivé", False),  # an auxiliary
    ],
)
def test_a_crosshead_in_another_language(
    doc: Callable[[str], Document], article: tuple[str, str, str], line: str, crosshead: bool
) -> None:
    headline, before, after = article
    text = f"{headline}\n\n{before}\n\n{line}\n\n{after}\n"
    assert heads(doc(text)) == ([line] if crosshead else [])


@pytest.mark.parametrize(
    "text",
    [
        # the headline
        f"Reaction in Seoul\n\n{PACT_LEAD}\n\n{PACT_NEXT}\n",
        # a deck under the headline, before any sentence of the body (ECB+ 2_10ecbplus)
        f"{PACT_HEADLINE}\n\nTalkshow host returns for second Oscar tour\n\n{PACT_LEAD}\n",
        # a line closing the article heads nothing: a sign-off
        f"{PACT_HEADLINE}\n\n{PACT_LEAD}\n\n{PACT_NEXT}\n\nReaction in Seoul\n",
    ],
)
def test_a_line_without_a_colon_heads_a_part_only_between_sentences_of_the_body(
    doc: Callable[[str], Document], text: str
) -> None:
    assert heads(doc(text)) == []


def test_a_markdown_heading_is_a_crosshead(tmp_path: Path) -> None:
    """ "## Reaction in Seoul" is marked a heading (and has a heading's shape too)."""
    path = tmp_path / "pact.md"
    path.write_text(f"# {PACT_HEADLINE}\n\n{PACT_LEAD}\n\n## Reaction in Seoul\n\n{PACT_NEXT}\n")
    assert heads(load_document(path)) == ["Reaction in Seoul"]


# the reproduction of the thirty-ninth session: two crossheads without a colon
HEADS_A = (
    "Putin arrives in Pyongyang for talks\n\n"
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with "
    "Kim Jong Un.\n\n"
    "The two leaders signed a mutual defence pact.\n\n"
    "Reaction in Seoul\n\n"
    "South Korea said it was concerned by the pact.\n\n"
    "What happens next\n\n"
    "Analysts expect more arms transfers.\n"
)
HEADS_B = (
    "Putin and Kim sign pact\n\n"
    "Vladimir Putin landed in Pyongyang on Wednesday to meet Kim Jong Un.\n\n"
    "They signed a pact pledging mutual defence.\n\n"
    "Seoul voiced concern over the pact.\n"
)


@pytest.mark.parametrize("line", ["Reaction in Seoul", "What happens next"])
def test_a_crosshead_without_a_colon_is_no_passage_only_in_one(tmp_path: Path, line: str) -> None:
    al = aligned(tmp_path, HEADS_A, HEADS_B)
    head = al.a.text.index(line)
    assert not [m for m in al.matches if m.a.start <= head < m.a.end]
    assert not [s for s in al.only_a if s.start <= head < s.end]


def test_a_crosshead_does_not_join_the_passage_after_it(tmp_path: Path) -> None:
    al = aligned(tmp_path, HEADS_A, HEADS_B)
    assert "Analysts expect more arms transfers." in [al.a.slice(s) for s in al.only_a]


def test_a_crosshead_scores_nothing_so_takes_no_sentence_partner_s_place(
    doc: Callable[[str], Document],
) -> None:
    pa = analyse(doc(PRISON_A), doc(PRISON_B))
    (head,) = pa.heads[0]
    assert pa.units_a[head].text.strip() == "About the prison:"
    matrix = pa.matrix()
    assert not matrix[head].any()
    assert matrix.any()


# headings the source marks (Document.headings): each a shape the rule by shape leaves
MARKED = [
    "Protections found lacking",  # a past
    "Limited inmate privileges",  # a word in -ed
    "SAG 'S DARK CLOUD",  # a quotation mark
    '"Not in his DNA"',
    "What The New Law Will Change For Families",  # Title Case over three words
]


def page(*blocks: str) -> str:
    """A web page whose story holds ``blocks`` (HTML) under its headline."""
    body = "".join(blocks)
    return f"<html><body><article><h1>{PACT_HEADLINE}</h1>{body}</article></body></html>"


def headed(tmp_path: Path, html: str) -> Document:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return load_document(path)


@pytest.mark.parametrize("line", MARKED)
def test_a_heading_the_source_marks_is_a_crosshead_whatever_its_shape(
    tmp_path: Path, line: str
) -> None:
    doc = headed(tmp_path, page(f"<p>{PACT_LEAD}</p><h2>{line}</h2><p>{PACT_NEXT}</p>"))
    assert heads(doc) == [line]


@pytest.mark.parametrize("line", MARKED)
def test_the_same_line_unmarked_is_left_to_the_shape(
    doc: Callable[[str], Document], line: str
) -> None:
    assert heads(doc(f"{PACT_HEADLINE}\n\n{PACT_LEAD}\n\n{line}\n\n{PACT_NEXT}\n")) == []


def test_a_marked_markdown_heading_is_a_crosshead_whatever_its_shape(tmp_path: Path) -> None:
    path = tmp_path / "pact.md"
    text = f"# {PACT_HEADLINE}\n\n{PACT_LEAD}\n\n## Protections found lacking\n\n{PACT_NEXT}\n"
    path.write_text(text, encoding="utf-8")
    assert heads(load_document(path)) == ["Protections found lacking"]


@pytest.mark.parametrize(
    "line",
    [
        # a publisher's lede in an <h2>: a sentence ending in a full stop
        "Kim Jong Un welcomed Putin to Pyongyang on Wednesday.",
        # longer than a heading
        "Putin and Kim sign a mutual defence pact in Pyongyang as the West looks on warily",
        # two sentences: neither is all its paragraph
        "Putin is in Pyongyang. Kim met him.",
    ],
)
def test_a_marked_heading_that_is_a_sentence_of_the_body_is_no_crosshead(
    tmp_path: Path, line: str
) -> None:
    doc = headed(tmp_path, page(f"<p>{PACT_LEAD}</p><h2>{line}</h2><p>{PACT_NEXT}</p>"))
    assert [doc.slice(h) for h in doc.headings] == [line]
    assert heads(doc) == []


def test_a_marked_heading_of_a_few_words_ending_in_a_full_stop_is_a_crosshead(
    tmp_path: Path,
) -> None:
    doc = headed(tmp_path, page(f"<p>{PACT_LEAD}</p><h2>No verdict yet.</h2><p>{PACT_NEXT}</p>"))
    assert heads(doc) == ["No verdict yet."]


def test_a_marked_heading_under_the_headline_is_a_deck_not_a_crosshead(tmp_path: Path) -> None:
    deck = "Allies pledge mutual defence"
    doc = headed(tmp_path, page(f"<h2>{deck}</h2><p>{PACT_LEAD}</p><p>{PACT_NEXT}</p>"))
    assert [doc.slice(h) for h in doc.headings] == [deck]
    assert heads(doc) == []


def test_a_marked_crosshead_is_no_passage_only_in_one(tmp_path: Path) -> None:
    """The pipeline: a page's <h2> "Protections found lacking" is linked to nothing and
    shaded "only in" neither article."""
    (tmp_path / "a.html").write_text(
        page(f"<p>{PACT_LEAD}</p><h2>Protections found lacking</h2><p>{PACT_NEXT}</p>"),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(HEADS_B, encoding="utf-8")
    docs = (load_document(tmp_path / "a.html"), load_document(tmp_path / "b.txt"))
    al = align(*docs, method="lexical")
    head = al.a.text.index("Protections found lacking")
    assert not [m for m in al.matches if m.a.start <= head < m.a.end]
    assert not [s for s in al.only_a if s.start <= head < s.end]

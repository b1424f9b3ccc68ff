"""Whom a "he said" stands for when the sentence just before names nobody who speaks, and
who says a quotation a sentence ending with a colon brings in (ECB+ articles, shortened)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document


def speakers(doc: Document) -> list[str | None]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [q.speaker for q in find_quotations(doc, names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jack Ketsoyan said Friday that the star went to the clinic.\n"
            "He did not specify what she was being treated for.\n"
            '"We appreciate your respect," he said.',
            "Jack Ketsoyan",
        ),
        (
            "Bettie Page, who became religious, inspired a film.\n"
            "She became a cult figure for her photographs.\n"
            "After resurfacing in the 1990s, she granted interviews.\n"
            '"I don\'t want to be photographed in my old age," she said in 1998.',
            "Bettie Page",
        ),
        (
            "Chris Weitz will direct the sequel.\n"
            "Weitz has not helmed a girl-oriented project before.\n"
            "Still, the director was taking few chances.\n"
            '"I promise to remain responsive to your hopes," he wrote.',
            "Chris Weitz",
        ),
    ],
)
def test_he_is_the_person_named_before_sentences_that_go_on_speaking_of_him(
    doc: Callable[[str], Document], text: str, expected: str
) -> None:
    assert speakers(doc("Title line\n" + text)) == [expected]


def test_he_is_the_one_person_the_sentence_before_names_not_as_its_subject(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nA professor of economics at the University of Athens, Yanis Varoufakis, "
        "did not go to work.\nBut he rode his bicycle into the city.\n"
        '"What I did witness was the battlefields," he said.'
    )
    assert speakers(d) == ["Yanis Varoufakis"]


def test_she_is_a_speaker_known_as_she_quoted_before(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nMs Page posed in 1955.\n"
        '"It was fun," Bettie Page told Playboy.\n'
        "As for being featured undressed, that seemed fine too.\n"
        '"God approves of nudity," she said.'
    )
    assert speakers(d) == ["Bettie Page", "Bettie Page"]


def test_she_is_not_one_named_after_her_in_a_sentence_that_speaks_of_her(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nBettie Page has died.\nAfter her early career peaked, Ms Page became an "
        "exhibit.\n"
        "In Florida she had her born-again experience and joined the ministry of the Rev "
        "Billy Graham.\nIn her later years, she defended the trade.\n"
        '"I never thought it was shameful," she told Playboy.'
    )
    assert speakers(d) == ["Bettie Page"]


def test_she_is_not_a_speaker_quoted_before_who_is_not_known_as_she(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        'Title line\n"She captured a generation," her agent, Mark Roesler, said.\n'
        "Even though she attended events, she never agreed to be photographed.\n"
        '"I don\'t want to be photographed," she said.'
    )
    assert speakers(d) == ["Mark Roesler", None]


def test_he_is_not_a_woman_by_her_first_name_named_with_him(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nTara Reid has checked into Promises Treatment Center.\n"
        "The move comes as a surprise to Reunion Pictures' Matthew O'Connor, who coproduced "
        "Reid last year on the made-for-TV horror flick Vipers.\n"
        '"Tara was 100 percent professional," he told E! News.'
    )
    assert speakers(d) == ["Matthew O'Connor"]


def test_she_is_the_one_left_when_the_subject_is_a_man_by_his_first_name(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nBettie Page was born in Nashville.\n"
        "Filmmaker and aviator Howard Hughes also doggedly pursued Page but she rebuffed him "
        "as well.\n"
        '"I never returned any of his calls," she once said.'
    )
    assert speakers(d) == ["Bettie Page"]


def test_she_passes_over_a_sentence_naming_only_men_by_their_first_names(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nBettie Page died on Thursday.\n"
        "Her career began in October 1950 when she took a walk along the beach.\n"
        "An amateur photographer named Jerry Tibbs admired her figure.\n"
        '"I never thought it was shameful," she told Playboy in 1998.'
    )
    assert speakers(d) == ["Bettie Page"]


def test_she_passes_over_the_quotation_of_a_man_by_his_first_name_uncounted(
    doc: Callable[[str], Document],
) -> None:
    # four sentences back counting Roesler's two, which "she" cannot be
    d = doc(
        "Title line\nBettie Page has died.\nMs Page had been admitted to hospital for pneumonia.\n"
        "A representative said she never recovered consciousness.\n"
        '"She captured the imagination of a generation," her agent, Mark Roesler, said.\n'
        '"She is the embodiment of beauty."\n'
        "Even so, she never agreed to having her photograph taken again.\n"
        '"I don\'t want to be photographed in my old age," she said in 1998.'
    )
    assert speakers(d) == ["Mark Roesler", "Mark Roesler", "Bettie Page"]


def test_she_right_after_a_man_quoted_is_not_him(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nBettie Page has died.\n"
        '"She was a very dear person," agent Mark Roesler said. '
        '"I never returned any of his calls," she once said.'
    )
    assert speakers(d) == ["Mark Roesler", "Bettie Page"]


def test_he_is_one_the_article_names_only_by_an_office_and_a_surname(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nPresident Obama on Tuesday overturned a Bush administration rule.\n"
        "Obama also helped celebrate the 160th anniversary of the Interior Department on "
        "Tuesday.\n"
        '"Throughout our history, there\'s been a tension," he told department employees.'
    )
    assert speakers(d) == ["Obama"]


def test_she_is_not_the_one_whose_sentence_asks_her(doc: Callable[[str], Document]) -> None:
    # a first name of either sex (Jordan), so that the sentence, not the name, decides
    d = doc(
        "Title line\nA photographer named Jordan Tibbs admired her figure and asked her to pose.\n"
        '"I never thought it was shameful," she said.'
    )
    assert speakers(d) == [None]


def test_he_is_nobody_when_his_own_sentence_names_someone_before_him(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nJohn King met Jim O'Brien.\nTerms of the deal were not disclosed.\n"
        'When King hired O\'Brien, he had called him a "perfect fit" for the job.'
    )
    assert speakers(d) == [None]


def test_he_is_a_surname_with_an_apostrophe_the_sentence_before_opens_its_clause_with(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nThe Sixers fired Jim O'Brien.\n"
        "Reached by telephone yesterday, O'Brien declined to comment.\n"
        '"I\'m not going to have any discussion about this," he said.'
    )
    assert speakers(d) == ["Jim O'Brien"]


def test_he_is_the_person_the_sentence_before_opens_with_in_the_present(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nHugh Jackman will host the show.\n"
        "Jackman sings ballads at home, makes pancakes for son Oscar, 8, daughter Ava, 3, "
        "as well as his wife Deborra-Lee Furness.\n"
        '"Deb and my kids have been the best things," he said.'
    )
    assert speakers(d) == ["Hugh Jackman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Andrew Wetzler, director of the council's species program, was blunt:\n"
            '"We will see them in court."',
            "Andrew Wetzler",
        ),
        (
            "Page posed for Bunny Yeager.\n"
            "One big difference between Page and most neighbors, said Yeager:\n"
            '"She felt more comfortable in the nude than in clothes."',
            "Bunny Yeager",
        ),
        (
            "Hugh Hefner was reported as saying about Page:\n"
            '"I think that she was a remarkable lady."',
            "Hugh Hefner",
        ),
        (
            "Dirk Kempthorne issued the rules.\n"
            "Kempthorne, for his part, sounded aware of timing issues in a call.\n"
            "Asked if that gave him pause for issuing new rules, he replied:\n"
            '"Do you think Eli Manning should have left the field?"',
            "Dirk Kempthorne",
        ),
        (
            "Red Sox owner John Henry has said that his team will not sign Mark Teixeira.\n"
            "His exact words:\n"
            '"We met with Mr. Teixeira and were very much impressed with him."',
            "John Henry",
        ),
    ],
)
def test_a_quotation_after_a_sentence_ending_with_a_colon_is_its_subjects(
    doc: Callable[[str], Document], text: str, expected: str
) -> None:
    assert speakers(doc("Title line\n" + text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 9_4ecbplus
        ("Below is a statement by Francesca Grifo, director of UCS's Scientific Integrity"
         ' Program:\n"Several changes have undermined the act."', "Francesca Grifo"),
        ('Here are remarks delivered by Senator Ann Lee:\n"We will rebuild the bridge."',
         "Ann Lee"),
        # the statement's author, not one it is about
        ('Below is a statement on Francesca Grifo by the agency:\n"She will be missed."',
         None),
        # no colon: the quotation is not introduced
        ("There was a statement by Francesca Grifo on Monday.\n"
         '"Several changes have undermined the act."', None),
    ],
)  # fmt: skip
def test_a_quotation_after_a_statement_by_someone_ending_with_a_colon_is_theirs(
    doc: Callable[[str], Document], text: str, expected: str | None
) -> None:
    assert speakers(doc("Title line\n" + text)) == [expected]


def test_a_quotation_after_a_colon_is_nobodys_when_the_subject_is_unnamed(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nThe judge had advice for anyone who deals with Brian Nichols:\n"
        '"Do not trust Mr. Nichols ever again."'
    )
    assert speakers(d) == [None]


def test_a_quotation_over_paragraphs_each_opening_with_a_mark_is_the_same_speakers(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        'Title line\n"Decisions of this nature are never easy," Ed Stefanski said.\n'
        '"However, at this time I felt it best for Greece and Europe to make a change.\n'
        '"Tony DiLeo has a wealth of basketball knowledge."'
    )
    assert speakers(d) == ["Ed Stefanski", "Ed Stefanski", "Ed Stefanski"]


# a work in apposition to what she owns, no person: "Her fourth, Tidewater Hymns, won"
@pytest.mark.parametrize(
    "owned",
    [
        "Her fourth, Tidewater Hymns, won the Harrowgate prize in 1974.",
        "Her best-known book, Tidewater Hymns, won the Harrowgate prize.",
        "Her debut novel, Tidewater Hymns, sold a million copies.",
    ],
)
def test_she_is_not_the_title_of_her_work(doc: Callable[[str], Document], owned: str) -> None:
    d = doc(
        f"Title line\nHelen Marsh wrote about the sea.\n{owned}\n"
        '"I write about people," she told an interviewer in 1988.'
    )
    assert "Tidewater Hymns" not in speakers(d)


def test_she_is_still_the_person_in_apposition_to_her_kin(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nHelen Marsh wrote about the sea.\n"
        "Her sister, Mary Collier, recalled the storms.\n"
        '"We were never dry," she said.'
    )
    assert speakers(d) == ["Mary Collier"]

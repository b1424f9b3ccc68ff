from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.features import extract
from reader.analysis.quotations.quote_matching import match_speaker
from reader.analysis.quotations.quote_similarity import quote_similarity, ratio_bound
from reader.analysis.quotations.quotes import (
    ACROSS_CHARS,
    Quotation,
    find_quotations,
)
from reader.analysis.units import document_units
from reader.model import Document, Span


def quotations(doc: Document) -> list[Quotation]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return find_quotations(doc, names)


def q(words: str) -> Quotation:
    return Quotation(Span(0, 1), tuple(words.split()), None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("breakthrough document", "breakthrough document", 1.0),
        ("breakthrough", "breakthrough document", 0.7),
        ("all means at its disposal", "deploy all means at its disposal without delay", 0.9),
        ("it", "it was", 0.0),
        ("fiery friendship", "strongest-ever treaty", 0.0),
        ("hunger games", "the hunger games", 0.7),  # a title with and without its article
        # one word of a long statement is not that statement
        ("moon", "i am honored to have been entrusted with new moon", 0.0),
        ("ellen", "we are thrilled to have ellen degeneres host the oscars", 0.0),
        # one statement in two translations: mostly the same words in the same order
        (
            "the future of europe and the future of germany within europe is at stake",
            "nothing less than the future of europe and with that the future of germany in "
            "europe is at stake",
            0.84,  # 0.6 + 0.3 x the share of words in order (0.79)
        ),
        # a fragment quoted again in other small words
        ("the water rise so fast", "we have never seen water rise this fast", 0.65),
        ("the water", "we have never seen water rise this fast", 0.0),
        # a few words said twice, but for a word or two (the audit's F20 and F11)
        ("this is a historic decision", "this is an historic decision", 0.84),
        ("es war ein fürchterlicher knall", "es war ein schrecklicher knall", 0.84),
        (
            "wir werden die ursache lückenlos aufklären",
            "wir werden die ursache nicht aufklären können",
            0.83,
        ),
        ("it was a very good day", "it was a very bad night", 0.0),
        # long quotations on one subject in other words are not one quotation
        (
            "the future of europe depends on the decisions we take in brussels this week",
            "germany will not pay for the mistakes of other countries in the euro zone",
            0.0,
        ),
    ],
)
def test_quote_similarity(a: str, b: str, expected: float) -> None:
    assert quote_similarity(q(a), q(b)) == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a name the other article gives comes before an unnamed source
        (("her rep", True), ("Jack Ketsoyan", False), "Jack Ketsoyan"),
        (("Jack Ketsoyan", False), ("her rep", True), "Jack Ketsoyan"),
        (("the officer", True), (None, False), "the officer"),
        ((None, False), ("the officer", True), "the officer"),
        # else A's, as before
        (("Kim", False), ("Putin", False), "Kim"),
        (("officials", True), ("a spokesman", True), "officials"),
        ((None, False), (None, False), None),
    ],
)
def test_a_quote_match_names_a_named_speaker_before_an_unnamed_source(
    a: tuple[str | None, bool], b: tuple[str | None, bool], expected: str | None
) -> None:
    x, y = (Quotation(Span(0, 1), ("w",), who, unnamed) for who, unnamed in (a, b))
    assert match_speaker(x, y) == expected


def test_two_unnamed_sources_of_one_quotation_are_no_disagreement(
    doc: Callable[[str], Document],
) -> None:
    from reader.analysis.pipeline import align
    from reader.model import MatchKind

    a = doc('Title A\n"The vessel was seized at dawn," officials said.')
    b = doc('Title B\n"The vessel was seized at dawn," a spokesman for the ministry said.')
    al = align(a, b, method="lexical")
    (match,) = [m for m in al.matches if m.kind is MatchKind.QUOTE]
    assert match.speaker == "officials"
    assert [q.speaker for q in al.quotes_b] == ["a spokesman for the ministry"]
    assert al.discrepancies == ()


def test_quotation_with_attribution_gets_its_speaker(doc: Callable[[str], Document]) -> None:
    d = doc("Title\n\u201cRelations have risen to a new level,\u201d Kim said on Wednesday.")
    (found,) = quotations(d)
    assert d.slice(found.span) == "\u201cRelations have risen to a new level,\u201d"
    assert found.speaker == "Kim"


def test_speaker_before_the_quote(doc: Callable[[str], Document]) -> None:
    d = doc('Title\nPutin called it a "breakthrough document" for both sides.')
    (found,) = quotations(d)
    assert found.words == ("breakthrough", "document")
    assert found.speaker == "Putin"


def test_single_quoted_headline_phrase(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Putin, Kim pledge \u2018mutual assistance\u2019 in event of aggression\nBody text here."
    )
    assert [x.words for x in quotations(d)] == [("mutual", "assistance")]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ('"her family\'s privacy"', ("her", "family's", "privacy")),
        ("\u201cher family\u2019s privacy\u201d", ("her", "family's", "privacy")),
        ('"her family \'s privacy"', ("her", "family", "privacy")),  # a tokenised text
        ('"I\'ve done enough"', ("i've", "done", "enough")),
        ('"we do n\'t know"', ("we", "do", "know")),
    ],
)
def test_a_possessive_or_a_contraction_is_one_word_of_a_quotation(
    doc: Callable[[str], Document], said: str, words: tuple[str, ...]
) -> None:
    (found,) = quotations(doc(f"Title\nShe said {said} mattered."))
    assert found.words == words


def test_apostrophes_are_not_quotes(doc: Callable[[str], Document]) -> None:
    d = doc("Title\nKim's visit and Putin's trip aren't news.")
    assert quotations(d) == []


def test_a_quoted_title_is_not_a_quotation(doc: Callable[[str], Document]) -> None:
    d = doc('Title\nReid, who starred in "American Pie," called it "a new start" on Tuesday.')
    assert [x.words for x in quotations(d)] == [("a", "new", "start")]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # ECB+ 11_1ecbplus: a law's title in small letters
        ("Last year a law 'On political parties' was adopted in Turkmenistan.", []),
        ('He starred in the film "Chasing the wind" in 2004.', []),
        ('She wrote the book "Why we are losing" last year.', []),
        ('The decree entitled "On state service" takes effect today.', []),
        # in small letters after such a noun: someone's words
        ('Critics said the bill "would destroy jobs" in the state.',
         ["would destroy jobs"]),
        # a programme or a show is spoken on and told
        ('He told the show "I am done with it" on Monday.', ["I am done with it"]),
    ],
)  # fmt: skip
def test_a_title_after_the_law_or_the_book_it_names_is_no_quotation_whatever_its_case(
    doc: Callable[[str], Document], sentence: str, quoted: list[str]
) -> None:
    found = quotations(doc(f"Title\n{sentence}"))
    assert [" ".join(x.words) for x in found] == [w.lower() for w in quoted]


def test_a_long_book_title_is_not_a_quotation_of_the_one_who_wrote_it(
    doc: Callable[[str], Document],
) -> None:
    # ECB+ 2_4ecb: the title was a quotation of Steve Pond's
    d = doc(
        "Title\nA change is needed, said Steve Pond, author of the 2005 book "
        '"The Big Show: High Times and Dirty Dealings Backstage at the Academy Awards."\n'
        '"The tricky part is that he is charming," Pond said.'
    )
    assert [x.words[:3] for x in quotations(d)] == [("the", "tricky", "part")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # tests/data/languages/de_a.txt: a noun the writer marks, after "einem"
        (
            "Putin sprach nach den Gesprächen von einem „Durchbruchsdokument“.",
            [("durchbruchsdokument",)],
        ),
        ("Scholz nannte es eine „Zeitenwende“.", [("zeitenwende",)]),
        ("Er sagte dem „Spiegel“, das sei falsch.", []),  # a title, after "dem"
    ],
)
def test_a_german_noun_quoted_after_an_indefinite_article_is_a_quotation(
    doc: Callable[[str], Document], text: str, words: list[tuple[str, ...]]
) -> None:
    assert [x.words for x in quotations(doc(f"Titel\n{text}"))] == words


QUOTE_WORDS = st.lists(
    st.sampled_from(["the", "future", "of", "europe", "is", "at", "stake", "moon", "we", "will"]),
    max_size=14,
).map(tuple)


@given(QUOTE_WORDS, QUOTE_WORDS)
def test_quote_similarity_is_symmetric_and_bounded(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    x, y = Quotation(Span(0, 1), a, None), Quotation(Span(0, 1), b, None)
    assert quote_similarity(x, y) == pytest.approx(quote_similarity(y, x))
    assert 0.0 <= quote_similarity(x, y) <= 1.0


@given(QUOTE_WORDS, QUOTE_WORDS)
def test_the_ratio_bound_is_never_below_the_sequence_ratio(
    a: tuple[str, ...], b: tuple[str, ...]
) -> None:
    if a or b:  # words repeated or not: the bound lets no close quotation go unscored
        ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
        assert ratio_bound(a, b, set(a), set(b)) >= ratio


def _wording(doc: Callable[[str], Document], a: str, b: str) -> tuple[str, str, str] | None:
    from reader.analysis.quotations.quote_wording import wording_difference

    da, db = doc(f"Talks\nKim said {a} on Monday."), doc(f"Summit\nKim said {b} on Monday.")
    (qa,), (qb,) = quotations(da), quotations(db)
    found = wording_difference(da, qa, db, qb)
    return None if found is None else (da.slice(found[0]), db.slice(found[1]), found[2])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            '"we will provide military assistance without delay"',
            '"we will provide military help without delay"',
            ("assistance", "help", "\u201cassistance\u201d vs \u201chelp\u201d"),
        ),
        (
            '"we will win this war together"',
            '"We will surely win this war together"',
            ("will win", "will surely win", "\u201cwill win\u201d vs \u201cwill surely win\u201d"),
        ),
        ('"we will win this war"', '"We will win this war."', None),  # case and stops
        # a fragment is compared with what it quotes again, not with the whole
        (
            '"We have never seen water rise this fast"',
            '"the water rise so fast"',
            ("this", "so", "\u201cthis\u201d vs \u201cso\u201d"),
        ),
        (
            '"I made the decision because I felt we were not progressing the way we wanted"',
            '"I felt we were not progressing the way we had wanted"',
            ("we wanted", "we had wanted", "\u201cwe wanted\u201d vs \u201cwe had wanted\u201d"),
        ),
        ('"win this war"', '"we will win this war together"', None),  # an excerpt
        # a quotation and its denial are no excerpt (the audit's F11)
        (
            '"Vamos recorrer da decisão"',
            '"Não vamos recorrer da decisão"',
            ("Vamos", "Não vamos", "\u201cVamos\u201d vs \u201cNão vamos\u201d"),
        ),
        (
            '"negotiate with the kidnappers"',
            '"we will not negotiate with the kidnappers"',
            (
                "negotiate",
                "we will not negotiate",
                "\u201cnegotiate\u201d vs \u201cwe will not negotiate\u201d",
            ),
        ),
        # the writer's own negator before the marks: an excerpt still
        (
            'never "negotiate with the kidnappers"',
            '"we will never negotiate with the kidnappers"',
            None,
        ),
        # a negator elsewhere in the longer quotation denies something else
        ('"win this war"', '"we will not lose, we will win this war"', None),
        ('"This is a historic decision"', '"This is an historic decision"', None),
        # an editor's insertion, a contraction, an article: the same words to a reader
        ('"respect her (Tara Reid) and her family"', '"respect her and her family"', None),
        (
            "\"I know I've done wrong, and I'm sorry\"",
            '"I know I have done wrong, and I am sorry"',
            None,
        ),
        ('"she checked into the Promises center"', '"she checked into Promises center"', None),
        ('"win this war"', '"we will win (this war) soon"', None),  # an excerpt in brackets
        # whole sentences of the longer, one between them left out (the launch pair's
        # director): a trimmed quotation, no misquote
        (
            '"It was the right call. We stand down when we must. It paid off."',
            '"It was the right call. It paid off."',
            None,
        ),
        # ... but words left out inside a sentence are shown
        (
            '"It was the right call. We stand down when we must. It paid off."',
            '"It was the right call. We stand down. It paid off."',
            (
                "down when we must. It",
                "down. It",
                "\u201cdown when we must. It\u201d vs \u201cdown. It\u201d",
            ),
        ),
        ('"the Greek population\'s anger"', '"the Greek populations\' anger"', None),
        ('"rolling back this 11th hour rule"', '"rolling back this eleventh-hour rule"', None),
        (
            '"including right here in the department"',
            '"including here at the department"',
            (
                "including right here in",
                "including here at",
                "\u201cincluding right here in\u201d vs \u201cincluding here at\u201d",
            ),
        ),
    ],
)
def test_wording_difference_points_at_the_words_that_differ(
    doc: Callable[[str], Document], a: str, b: str, expected: tuple[str, str, str] | None
) -> None:
    assert _wording(doc, a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # ECB+ 9_2 / 9_3: the shorter quotes the end of the longer in other words
        (
            '"For more than three decades, the Endangered Species Act has successfully '
            "protected our nation's most threatened wildlife, and we should be looking for "
            'ways to improve it, not weaken it."',
            '"we should be looking at ways to strengthen [the Endangered Species Act] '
            '- not weaken it."',
            "\u201cfor ways to improve it\u201d vs \u201cat ways to strengthen [the Endangered "
            "Species Act]\u201d",
        ),
        # the same where the shorter quotes the opening of the longer
        (
            '"We can grow our economy today and preserve the environment for ourselves, '
            'our children and our grandchildren."',
            '"We can grow the economy now and preserve the environment."',
            "\u201cour economy today\u201d vs \u201cthe economy now\u201d",
        ),
        # ECB+ 8_1 / 8_7: a rewording from the first word on, no part quoted again
        (
            '"The future of Europe and the future of Germany within Europe is at stake."',
            '"This is about nothing less than the future of Europe and with it the future '
            'of Germany in Europe."',
            "\u201cThe future of Europe and the future of Germany within\u2026\u201d vs "
            "\u201cThis is about nothing less than the future of Europe and\u2026\u201d",
        ),
    ],
)
def test_a_shorter_quotation_is_compared_with_the_part_it_quotes(
    doc: Callable[[str], Document], a: str, b: str, expected: str | None
) -> None:
    found = _wording(doc, a, b)
    assert (found and found[2]) == expected


def test_wording_difference_detail_is_clipped(doc: Callable[[str], Document]) -> None:
    long_a = '"' + " ".join(f"alpha{k}" for k in range(30)) + ' and the end"'
    long_b = '"' + " ".join(f"beta{k}" for k in range(30)) + ' and the end"'
    found = _wording(doc, long_a, long_b)
    assert found is not None
    assert max(len(side) for side in found[2].split(" vs ")) <= 62  # 60 and the marks


_VOCAB = ["we", "will", "win", "war", "vs", "help", "aid", "now", "later", "never"]


@given(
    st.lists(st.sampled_from(_VOCAB), min_size=3, max_size=12),
    st.lists(st.sampled_from(_VOCAB), min_size=3, max_size=12),
)
def test_wording_difference_stays_inside_the_quotations_and_swaps_back(
    words_a: list[str], words_b: list[str]
) -> None:
    from reader.analysis.quotations.quote_wording import clip_detail, wording_difference
    from reader.ingest import document_from_text
    from reader.model.alignment import _swap_detail

    da = document_from_text(f'Talks\nKim said "{" ".join(words_a)}" today.')
    db = document_from_text(f'Summit\nKim said "{" ".join(words_b)}" today.')
    (qa,), (qb,) = quotations(da), quotations(db)
    found = wording_difference(da, qa, db, qb)
    if found is None:
        return
    span_a, span_b, detail = found
    assert qa.span.contains(span_a) and qb.span.contains(span_b)
    assert span_a.start < span_a.end and span_b.start < span_b.end
    assert _swap_detail(_swap_detail(detail)) == detail
    assert _swap_detail(detail).startswith(f"\u201c{clip_detail(db.slice(span_b))}\u201d")


# One sentence a line, as ECB+ writes its articles (11_8ecb, 12_4ecbplus).
ONE_SENTENCE_A_LINE = """Turkmenistan votes in parliamentary election
Voters went to the polls on Sunday in Turkmenistan.
"It does not matter who gets elected.
The president has the final say, "Osman-aga, who herds camels, told the Reuters news agency.
Turnout was high, officials said.
"""
STRAY_THEN_QUOTE = """Navy foils pirate attack
"While two of the skiffs managed to get away, Sukanya intercepted the remaining three.
"The three boats had a total of 26 Somali crew on board.
Six rifles and 12 magazines were found and confiscated, "the officer said.
"""


def test_quotation_over_two_lines_is_found(article_file: Callable[[str], Document]) -> None:
    d = article_file(ONE_SENTENCE_A_LINE)
    assert [d.slice(x.span) for x in quotations(d)] == [
        '"It does not matter who gets elected.\nThe president has the final say, "'
    ]


def test_quotation_over_two_lines_has_its_words(article_file: Callable[[str], Document]) -> None:
    d = article_file(ONE_SENTENCE_A_LINE)
    (found,) = quotations(d)
    assert found.words[:3] == ("it", "does", "not")
    assert found.words[-3:] == ("the", "final", "say")


def test_a_quoted_paragraph_left_open_ends_where_the_next_reopens(
    article_file: Callable[[str], Document],
) -> None:
    # news quoting one speaker over paragraphs opens each with a mark and closes the last
    d = article_file(STRAY_THEN_QUOTE)
    assert [d.slice(x.span) for x in quotations(d)] == [
        '"While two of the skiffs managed to get away, Sukanya intercepted the remaining three.',
        '"The three boats had a total of 26 Somali crew on board.\n'
        'Six rifles and 12 magazines were found and confiscated, "',
    ]


def test_a_mark_left_open_inside_a_line_is_not_closed_by_a_reopening_one(
    article_file: Callable[[str], Document],
) -> None:
    d = article_file(
        'Navy foils pirate attack\nThe officer called the skiffs "fast.\n'
        '"The three boats had 26 crew on board," he said.\n'
    )
    assert [d.slice(x.span)[:20] for x in quotations(d)] == ['"The three boats had']


def test_quotation_does_not_run_over_a_blank_line(article_file: Callable[[str], Document]) -> None:
    d = article_file(
        'Title here\n\n"We will stay, he told reporters on Monday.\n\n'
        'Another paragraph ends, "he said.\n'
    )
    assert quotations(d) == []


def test_quotation_does_not_run_past_its_window(article_file: Callable[[str], Document]) -> None:
    lines = ["Title here", '"A stray opening mark starts this line.']
    lines += [f"Line {k} of the report goes on without a mark." for k in range(12)]
    lines.append('It ends here, "he said.')
    assert quotations(article_file("\n".join(lines) + "\n")) == []


_LINE = st.lists(
    st.sampled_from(["we", "will", "win", "Kim", "said", "the", ",", ".", '"', "\n", "\n\n"]),
    max_size=120,
).map(" ".join)


@given(_LINE)
def test_no_quotation_crosses_a_blank_line_or_runs_long(text: str) -> None:
    from reader.ingest import document_from_text

    if not text.strip():
        return
    d = document_from_text("Title here\n" + text)
    for x in quotations(d):
        inside = d.slice(x.span)
        assert "\n\n" not in inside and "\n \n" not in inside
        assert len(inside) <= ACROSS_CHARS + 1


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Das ist ein wirklich bahnbrechendes Dokument“, und ging.",
        "Er sagte: »Das ist ein wirklich bahnbrechendes Dokument«, und ging.",
        "Il a dit : « C'est un document véritablement révolutionnaire », puis il est parti.",
        "Он сказал: «Это действительно прорывной документ», и ушёл.",
        "他说：「这是一份真正的突破性文件」，然后离开了。",
        "彼は『これは本当に画期的な文書だ』と述べた。",
    ],
)
def test_quotation_marks_of_other_languages(doc: Callable[[str], Document], text: str) -> None:
    d = doc(f"Title line\n{text}")
    found = find_quotations(d, [])
    assert len(found) == 1
    inner = d.text[found[0].span.start + 1 : found[0].span.end - 1].strip()
    assert inner and inner in text and len(inner) > 8


def test_a_quoted_paragraph_left_open_ends_before_an_attribution_it_holds(
    article_file: Callable[[str], Document],
) -> None:
    # the source forgot the closing mark before "Salazar said"
    d = article_file(
        "Rule rolled back\n"
        '"By rolling back this rule we protect endangered species, Salazar said on Tuesday.\n'
        '"Agencies will again have to consult biologists."\n'
    )
    first = quotations(d)[0]
    assert d.slice(first.span) == '"By rolling back this rule we protect endangered species,'
    assert first.speaker == "Salazar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ECB+ 6_1ecb: the comma inside the title's marks hid "she wrote"
            "\"I'm sad that she is not with us for 'New Moon,' she wrote in a letter.\n"
            '"Torches and pitchforks are not necessary."\n',
            [
                "\"I'm sad that she is not with us for 'New Moon,'",
                '"Torches and pitchforks are not necessary."',
            ],
        ),
        (  # the comma after the title's marks
            "\"I'm sad that she is not with us for 'New Moon', she wrote in a letter.\n"
            '"Torches and pitchforks are not necessary."\n',
            [
                "\"I'm sad that she is not with us for 'New Moon',",
                '"Torches and pitchforks are not necessary."',
            ],
        ),
        (  # a quotation within, ending in a comma
            "\"The mayor called it 'a total disaster,' he said on Monday.\n"
            '"We will rebuild the bridge."\n',
            [
                "\"The mayor called it 'a total disaster,'",
                '"We will rebuild the bridge."',
            ],
        ),
        (  # the verb before its subject
            "\"The troops took part in 'Operation Storm,' said John Smith.\n"
            '"They came home in May."\n',
            [
                "\"The troops took part in 'Operation Storm,'",
                '"They came home in May."',
            ],
        ),
        (
            '"Nobody expected the flood to rise this fast, said the mayor on Monday.\n'
            '"We will rebuild the bridge."\n',
            [
                '"Nobody expected the flood to rise this fast,',
                '"We will rebuild the bridge."',
            ],
        ),
        (  # a title and a comma with no attribution after them: the quotation runs on
            '"We watched \'New Moon,\' then we went home early.\n"It was a long night."\n',
            [
                "\"We watched 'New Moon,' then we went home early.",
                '"It was a long night."',
            ],
        ),
    ],
    ids=[
        "comma-inside-title",
        "comma-after-title",
        "nested-quote",
        "said-smith",
        "said-the-mayor",
        "no-attribution",
    ],
)
def test_a_quoted_paragraph_left_open_ends_before_an_attribution_after_a_title(
    article_file: Callable[[str], Document], text: str, expected: list[str]
) -> None:
    d = article_file("Letter to the fans\n" + text)
    assert [d.slice(x.span) for x in quotations(d)] == expected


def test_a_quotation_ending_before_she_wrote_is_hers(
    article_file: Callable[[str], Document],
) -> None:
    d = article_file(
        "Letter to the fans\nStephenie Meyer penned a letter to calm her fans.\n"
        "\"I'm sad that she is not with us for 'New Moon,' she wrote in a letter.\n"
        '"Torches and pitchforks are not necessary."\n'
    )
    assert quotations(d)[0].speaker == "Stephenie Meyer"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 11_5ecb / 11_8ecb: the ellipsis stands for the sentence left out
        (
            '"There are very few billboards around the city. With just four days to go '
            "before the election, I still don't know who I'm supposed to vote for\"",
            "\"There are very few billboards around the city ... I still don't know who "
            "I'm supposed to vote for\"",
        ),
        ('"We will win this war together"', '"We will win \u2026 together"'),
        ('"We will win this war together"', '"We will win [...] together"'),
    ],
)
def test_words_left_out_at_an_ellipsis_are_no_misquote(
    doc: Callable[[str], Document], a: str, b: str
) -> None:
    assert _wording(doc, a, b) is None
    assert _wording(doc, b, a) is None


def test_words_left_out_without_an_ellipsis_stay_a_misquote(
    doc: Callable[[str], Document],
) -> None:
    # 4_1ecb / 4_5ecb: "of men and women" dropped with no mark; the ellipsis at the end
    # stands for what follows, not for these words
    found = _wording(
        doc,
        '"She captured the imagination of a generation of men and women with her free '
        'spirit and unabashed sensuality"',
        '"She captured the imagination of a generation with her free spirit and unabashed '
        'sensuality ..."',
    )
    assert found is not None
    assert found[0] == "generation of men and women with"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 4_1ecb / 4_5ecb: one time in two notations, a zone given on one side only
        (
            '"Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday) in a '
            'Los Angeles hospital"',
            '"Bettie Page passed away at 18:41 this evening (02:41 GMT Friday) in a Los '
            'Angeles hospital"',
        ),
        ('"the plane landed at 6.41 p.m. in Paris"', '"the plane landed at 18h41 in Paris"'),
        ('"der Zug kam um 18.41 Uhr an"', '"der Zug kam um 18:41 an"'),
        # one zone on both sides, or "local time" against a zone
        ('"she died at 6:41pm PST in a hospital"', '"she died at 18:41 PST in a hospital"'),
        ('"she died at 18:41 local time in a hospital"', '"she died at 6:41pm PST in a hospital"'),
    ],
)
def test_one_clock_time_in_two_notations_is_no_misquote(
    doc: Callable[[str], Document], a: str, b: str
) -> None:
    assert _wording(doc, a, b) is None


def test_two_clock_times_in_a_quotation_stay_a_misquote(doc: Callable[[str], Document]) -> None:
    found = _wording(
        doc,
        '"Bettie Page passed away at 6:41pm this evening in a Los Angeles hospital"',
        '"Bettie Page passed away at 18:14 this evening in a Los Angeles hospital"',
    )
    assert found is not None
    assert "6:41" in found[0]
    assert "18:14" in found[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"Bettie Page passed away at 6:41pm PST this evening in a Los Angeles hospital"',
            '"Bettie Page passed away at 18:41 GMT this evening in a Los Angeles hospital"',
        ),
        (
            '"the plane landed at 6.41 p.m. EST in Paris"',
            '"the plane landed at 18h41 CET in Paris"',
        ),
    ],
)
def test_one_clock_reading_in_two_zones_stays_a_misquote(
    doc: Callable[[str], Document], a: str, b: str
) -> None:
    # the zone is left out only when one quotation gives none: two zones are two times
    found = _wording(doc, a, b)
    assert found is not None
    assert found[0].endswith(("PST", "EST"))
    assert found[1].endswith(("GMT", "CET"))


def test_one_moment_in_two_zones_is_not_converted(doc: Callable[[str], Document]) -> None:
    # "6:41pm PST" is "0241 GMT" the next day: clock readings are compared, not moments
    assert (
        _wording(
            doc,
            '"Bettie Page passed away at 6:41pm PST in a Los Angeles hospital"',
            '"Bettie Page passed away at 0241 GMT in a Los Angeles hospital"',
        )
        is not None
    )

"""Tests of reader/ingest/segment.py: paragraphs and sentences with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.segment import paragraph_spans, sentence_spans, split_sentences, strip_span
from reader.model.span import Span


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


SENTENCE_CASES: list[tuple[str, list[str]]] = [
    ("One. Two.", ["One.", "Two."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("He waited… Then he left.", ["He waited…", "Then he left."]),
    ("He waited... Then he left.", ["He waited...", "Then he left."]),
    ("It rose 3.5 percent. It fell.", ["It rose 3.5 percent.", "It fell."]),
    ("It was 1961. 2000 was later.", ["It was 1961.", "2000 was later."]),
    ("lower. case follows.", ["lower. case follows."]),
    # abbreviations and initials
    ("Mr. Kim met Mrs. Lee and Dr. Park.", ["Mr. Kim met Mrs. Lee and Dr. Park."]),
    (
        "Gen. Ri and Sen. Smith, Rep. Jones, Gov. Hall.",
        ["Gen. Ri and Sen. Smith, Rep. Jones, Gov. Hall."],
    ),
    (
        "Lt. Col. Park spoke. St. Petersburg agreed.",
        ["Lt. Col. Park spoke.", "St. Petersburg agreed."],
    ),
    (
        "Martin Luther King Jr. spoke. So did Sr. Ana.",
        ["Martin Luther King Jr. spoke.", "So did Sr. Ana."],
    ),
    (
        "The U.S. and the U.K. met at the U.N. Security Council.",
        ["The U.S. and the U.K. met at the U.N. Security Council."],
    ),
    (
        "He landed at 2 a.m. Wednesday. He left at 5 p.m. Thursday.",
        ["He landed at 2 a.m. Wednesday.", "He left at 5 p.m. Thursday."],
    ),
    (
        "On Jan. 5 and Feb. 6, then Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11.",
        ["On Jan. 5 and Feb. 6, then Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11."],
    ),
    ("It is No. 1 in Asia. No. It is not.", ["It is No. 1 in Asia.", "No.", "It is not."]),
    (
        "Russia vs. Ukraine, etc. Both sides agreed.",
        ["Russia vs. Ukraine, etc.", "Both sides agreed."],
    ),
    ("Russia vs. Ukraine, etc. Kyiv agreed.", ["Russia vs. Ukraine, etc. Kyiv agreed."]),
    ("Allies include the U.S. The summit ended.", ["Allies include the U.S.", "The summit ended."]),
    # a headline in title case is one line, whatever abbreviation it holds
    (
        "Convicted Child Molestor Arcade Joseph Comeaux Jr. On The Lam in Texas",
        ["Convicted Child Molestor Arcade Joseph Comeaux Jr. On The Lam in Texas"],
    ),
    (
        "Obama Meets Troops In U.S. The Visit Surprises Them",
        ["Obama Meets Troops In U.S. The Visit Surprises Them"],
    ),
    (
        "He met U.S. Army officers at 9 a.m. He left.",
        ["He met U.S. Army officers at 9 a.m.", "He left."],
    ),
    ("Mr. He said so.", ["Mr. He said so."]),
    (
        "Some states, e.g. Texas, i.e. Big ones, agreed.",
        ["Some states, e.g. Texas, i.e. Big ones, agreed."],
    ),
    ("J. K. Rowling wrote it. She agreed.", ["J. K. Rowling wrote it.", "She agreed."]),
    (
        "He is on the U. S. Marshal's list. He ran.",
        ["He is on the U. S. Marshal's list.", "He ran."],
    ),
    # quotations and their attribution
    (
        "“Relations between our countries have risen to a new high level of alliance,” Kim "
        "said, according to a Kremlin readout.",
        [
            "“Relations between our countries have risen to a new high level of alliance,” Kim "
            "said, according to a Kremlin readout."
        ],
    ),
    (
        "“As of now, there is nothing specific we can tell you,” Lee Kyung-ho, a spokesperson "
        "at Seoul’s Defense Ministry, said when asked during a briefing.",
        [
            "“As of now, there is nothing specific we can tell you,” Lee Kyung-ho, a spokesperson "
            "at Seoul’s Defense Ministry, said when asked during a briefing."
        ],
    ),
    ("“We won.” Kim said that twice.", ["“We won.” Kim said that twice."]),
    ("“We won.” Kim Jong Un says.", ["“We won.” Kim Jong Un says."]),
    ("“Did we win?” asked Kim.", ["“Did we win?” asked Kim."]),
    ("“We won.” he said.", ["“We won.” he said."]),
    ('"We won." The agency said so.', ['"We won." The agency said so.']),
    # a quotation opened after a colon has its speaker: a verb of saying after it opens
    # the next sentence (was one sentence, whose "She said" took the quotation)
    (
        'Ostrowski told GridBeat: "We lost a line." She said the system "did its job".',
        ['Ostrowski told GridBeat: "We lost a line."', 'She said the system "did its job".'],
    ),
    ("Kim said: “We won.” He said it twice.", ["Kim said: “We won.”", "He said it twice."]),
    ("“We won.” The war was over.", ["“We won.”", "The war was over."]),
    ("He said: “We won.” “They lost.”", ["He said: “We won.”", "“They lost.”"]),
    ("He said it. “We won,” Kim said.", ["He said it.", "“We won,” Kim said."]),
    ("He spoke (at length.) Then left.", ["He spoke (at length.)", "Then left."]),
    (
        "Kim met Putin on June 18, 2024. (AFP/Yonhap)",
        ["Kim met Putin on June 18, 2024.", "(AFP/Yonhap)"],
    ),
    ("No terminator here", ["No terminator here"]),
    # tokenised text (ECB+): spaces inside numbers and before closing quotes
    ("It cost $27. 5 million. 2013 was worse.", ["It cost $27. 5 million.", "2013 was worse."]),
    ('He said "stop. " Then he left.', ['He said "stop. "', "Then he left."]),
    ('"We won. "', ['"We won. "']),
    ("A star at Cinnaminson (N.J.) He won.", ["A star at Cinnaminson (N.J.) He won."]),
    ("Near the Wittman/P.J. Carlesimo pile.", ["Near the Wittman/P.J. Carlesimo pile."]),
    ("He told E! News so. Yahoo! Sports agreed.", ["He told E! News so.", "Yahoo! Sports agreed."]),
    ("Fri., May. 3, 2013", ["Fri., May. 3, 2013"]),
    # a wire dateline's "St." and a state's short form before the agency end no sentence
    (
        "ST. LOUIS, Mo. (AP) — A gunman killed two people. Police said so.",
        ["ST. LOUIS, Mo. (AP) — A gunman killed two people.", "Police said so."],
    ),
    (
        "ST. PAUL, Minn. (AP) — The bridge collapsed. Police said so.",
        ["ST. PAUL, Minn. (AP) — The bridge collapsed.", "Police said so."],
    ),
    ("  padded.   Both ends.  ", ["padded.", "Both ends."]),
    # a French regional paper's dateline in capitals before a full stop ends no sentence
    (
        "MONTCLARIN. La grève a perturbé le trafic. Le mouvement dure.",
        ["MONTCLARIN. La grève a perturbé le trafic.", "Le mouvement dure."],
    ),
    ("SAINT-AUBRAC-LES-PINS. La gare est vide.", ["SAINT-AUBRAC-LES-PINS. La gare est vide."]),
    ("Il a dit non. PARIS. Ensuite.", ["Il a dit non.", "PARIS.", "Ensuite."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_title_keeping_its_prepositions_small_is_one_line() -> None:
    text = "Hunt for Comeaux Jr. In Texas Continues without Leads"
    assert [text[s.start : s.end] for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arcade Joseph Comeaux Jr. The Texas Department of Criminal Justice said Thursday",
            ["Arcade Joseph Comeaux Jr.", "The Texas Department of Criminal Justice said Thursday"],
        ),
        (
            "Police in Houston arrested Arcade Joseph Comeaux Jr. The Texas Department of "
            "Criminal Justice confirmed it",
            [
                "Police in Houston arrested Arcade Joseph Comeaux Jr.",
                "The Texas Department of Criminal Justice confirmed it",
            ],
        ),
    ],
)
def test_a_sentence_full_of_names_without_its_final_stop_is_no_headline(
    text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


def test_split_sentences_shifts_by_offset() -> None:
    assert split_sentences("Ab cd. Ef gh.", 10) == [Span(10, 16), Span(17, 23)]


def test_blank_paragraph_has_no_sentences() -> None:
    assert split_sentences("   ") == []


PARAGRAPH_CASES: list[tuple[str, list[str]]] = [
    ("one\ntwo", ["one", "two"]),
    ("one\n\n\ntwo\n", ["one", "two"]),
    ("  indented  \n\t tab", ["indented", "tab"]),
    ("\n \n\t\n", []),
    ("", []),
    ("single", ["single"]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_CASES)
def test_paragraph_spans(text: str, expected: list[str]) -> None:
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == expected


def test_line_break_always_ends_a_sentence() -> None:
    text = "Mr.\nSmith went on\nand on"
    paragraphs = paragraph_spans(text)
    got = [text[s.start : s.end] for s in sentence_spans(text, paragraphs)]
    assert got == ["Mr.", "Smith went on", "and on"]


STRIP_CASES: list[tuple[str, int, int, Span | None]] = [
    ("  ab  ", 0, 6, Span(2, 4)),
    ("ab", 0, 2, Span(0, 2)),
    ("   ", 0, 3, None),
    ("a\u00a0", 0, 2, Span(0, 1)),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), STRIP_CASES)
def test_strip_span(text: str, start: int, end: int, expected: Span | None) -> None:
    assert strip_span(text, start, end) == expected


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.text())
def test_sentences_cover_all_non_whitespace_in_order(text: str) -> None:
    text = text.replace("\r", "\n")
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs)
    covered = [False] * len(text)
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert any(p.contains(s) for p in paragraphs)
        for i in range(s.start, s.end):
            covered[i] = True
        previous_end = s.end
    for i, c in enumerate(text):
        if not c.isspace():
            assert covered[i], (text, i)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German dates: the day's ordinal dot ends no sentence
        ("Berlin, 20. Juni 2024. Die Flut stieg.", ["Berlin, 20. Juni 2024.", "Die Flut stieg."]),
        ("Ab Montag, dem 24. Juni, sind Anträge möglich.",
         ["Ab Montag, dem 24. Juni, sind Anträge möglich."]),
        # a magnitude's abbreviation after a figure (was "Der Kreis gab 2,4 Mio." and "Euro
        # Soforthilfe frei.")
        ("Der Kreis gab 2,4 Mio. Euro Soforthilfe frei. Die Bahn fährt.",
         ["Der Kreis gab 2,4 Mio. Euro Soforthilfe frei.", "Die Bahn fährt."]),
        ("Das kostet 3 Mrd. Dollar.", ["Das kostet 3 Mrd. Dollar."]),
        # Arabic: no capitals after the stop; the Arabic question mark ends a sentence
        ("قتل ١٢ شخصاً. وقال الوزير إن الفرق تعمل.",
         ["قتل ١٢ شخصاً.", "وقال الوزير إن الفرق تعمل."]),
        ("هل كانت المنطقة مستعدة؟ يقول الخبراء إنها لم تكن.",
         ["هل كانت المنطقة مستعدة؟", "يقول الخبراء إنها لم تكن."]),
        # Hebrew
        ("שלושה כבאים נפצעו. המשטרה חוקרת.", ["שלושה כבאים נפצעו.", "המשטרה חוקרת."]),
        # Russian: a Cyrillic capital opens the next sentence
        ("Открыто 6 станций. Стоимость составила 95 млрд рублей.",
         ["Открыто 6 станций.", "Стоимость составила 95 млрд рублей."]),
        # Chinese and Japanese: full-width stops, no space
        ("台风已造成5人受伤。目前没有死亡报告！当地政府拨款救灾？",
         ["台风已造成5人受伤。", "目前没有死亡报告！", "当地政府拨款救灾？"]),
        ("“这是最强台风。”李明表示。全省停运。", ["“这是最强台风。”李明表示。", "全省停运。"]),
        ("東京で地震があった。けが人はいない。", ["東京で地震があった。", "けが人はいない。"]),
    ],
)  # fmt: skip
def test_split_sentences_in_other_scripts(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


POST_LINE = "Thank you for the tea. #PortStrike — DHWU Carrowick (@DHWUCarrowick) December 5, 2026"


# was one sentence from "Thank" to "2026", over the dimmed attribution's edge
def test_a_sentence_ends_where_boilerplate_inside_its_paragraph_begins() -> None:
    tail = Span(POST_LINE.index("—"), len(POST_LINE))
    spans = sentence_spans(POST_LINE, [Span(0, len(POST_LINE))], [tail])
    assert [POST_LINE[s.start : s.end] for s in spans] == [
        "Thank you for the tea. #PortStrike",
        "— DHWU Carrowick (@DHWUCarrowick) December 5, 2026",
    ]


@settings(deadline=None)
@given(text=st.text(), cuts=st.lists(st.integers(0, 60), max_size=6))
def test_sentences_cut_at_boilerplate_still_cover_the_text_in_order(
    text: str, cuts: list[int]
) -> None:
    text = text.replace("\r", "\n")
    edges = sorted(c for c in cuts if c <= len(text))
    apart = [Span(a, b) for a, b in zip(edges[::2], edges[1::2], strict=False) if a < b]
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs, apart)
    covered = [False] * len(text)
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert not any(s.start < e < s.end for b in apart for e in (b.start, b.end))
        covered[s.start : s.end] = [True] * len(s)
        previous_end = s.end
    assert all(covered[i] for i, c in enumerate(text) if not c.isspace())


# were two sentences ("... kl." / "14.30 i går."), one ("säger hon. Statens ...": "hon."
# the abbreviation "Hon."), one ("hänt. ”Vi ...": ” opens a Swedish quotation)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Färjan gick på grund kl. 14.30 i går. Ombord fanns 148 passagerare.",
         ["Färjan gick på grund kl. 14.30 i går.", "Ombord fanns 148 passagerare."]),
        ("”Vi beklagar”, säger hon. Statens haverikommission utreder olyckan.",
         ["”Vi beklagar”, säger hon.", "Statens haverikommission utreder olyckan."]),
        ("Vd:n talade om det som hänt. ”Vi beklagar djupt”, säger hon.",
         ["Vd:n talade om det som hänt.", "”Vi beklagar djupt”, säger hon."]),
        ("Han läste de böcker som fanns, inget mer än det. Sedan for han hem.",
         ["Han läste de böcker som fanns, inget mer än det.", "Sedan for han hem."]),
        ("The Hon. Member for Leeds spoke.", ["The Hon. Member for Leeds spoke."]),
    ],
)  # fmt: skip
def test_swedish_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected

"""Tests of reader/analysis/linking/relatedness.py: the notice for a pair that shares nothing."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import align
from reader.analysis.linking.relatedness import (
    NOTHING_SHARED,
    OTHER_LANGUAGE,
    SAME_TEXT,
    SAME_WORDS,
    language_notice,
    not_english,
    pair_notice,
    shared_statements,
)
from reader.ingest import load_document
from reader.ingest.languages import _SCRIPTS, main_language, main_script, most_letters
from reader.model import Alignment, Document, MatchKind
from tests.analysis.language_samples import BRIEFS, UNNAMED
from tests.session.samples import sample_alignment
from tests.wire_copies import GAZETTE, wire_copies


@pytest.fixture(scope="module")
def unrelated(seed_a_path: Path, data_dir: Path) -> Alignment:
    """The seed's Hankyoreh article against an ECB+ brief on an actress entering rehab."""
    return align(load_document(seed_a_path), load_document(data_dir / "ecb" / "1_10ecb.txt"))


def test_unrelated_articles_get_the_notice(unrelated: Alignment) -> None:
    assert pair_notice(unrelated) == NOTHING_SHARED


def test_the_seed_pair_gets_no_notice(seed_a_path: Path, seed_b_path: Path) -> None:
    al = align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")
    assert pair_notice(al) is None


def test_a_single_quote_is_something_shared() -> None:
    al = sample_alignment()
    only_quote = replace(al, matches=tuple(m for m in al.matches if m.kind is MatchKind.QUOTE))
    assert shared_statements(only_quote) == 1
    assert pair_notice(only_quote) is None


def test_entity_and_number_matches_alone_share_no_statement() -> None:
    al = sample_alignment()
    minor = tuple(m for m in al.matches if m.kind in (MatchKind.ENTITY, MatchKind.NUMBER))
    assert minor, "the sample has entity and number matches"
    assert pair_notice(replace(al, matches=minor, discrepancies=())) == NOTHING_SHARED


def test_a_manual_link_counts_as_shared() -> None:
    al = sample_alignment()
    claim = next(m for m in al.matches if m.kind is MatchKind.CLAIM)
    manual_only = replace(al, matches=(replace(claim, manual=True),), discrepancies=())
    assert pair_notice(manual_only) is None


def _dated(a: str | None, b: str | None) -> Alignment:
    al = sample_alignment()
    return replace(al, a=replace(al.a, date=a), b=replace(al.b, date=b))


def test_articles_weeks_apart_get_a_date_notice() -> None:
    notice = pair_notice(_dated("2013-06-13", "2013-05-03"))
    assert notice is not None
    assert notice.startswith("The two articles are dated 41 days apart (2013-05-03 and 2013-06-13)")
    assert pair_notice(_dated("2013-05-03", "2013-06-13")) == notice  # the same after a swap


@pytest.mark.parametrize(
    ("a", "b"),
    [("2013-05-02", "2013-05-09"), ("2013-05-03", None), (None, None), ("2013-05-03", "soon")],
)
def test_no_date_notice_within_a_week_or_without_two_dates(a: str | None, b: str | None) -> None:
    assert pair_notice(_dated(a, b)) is None


def test_one_text_on_both_sides_gets_the_same_text_notice(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    assert pair_notice(align(doc, doc, method="lexical")) == SAME_TEXT


def test_two_scripts_get_their_own_notice() -> None:
    from reader.ingest import document_from_text

    a = document_from_text(
        "조약 체결\n\n푸틴 대통령과 김정은 위원장은 평양에서 포괄적 전략 동반자 조약에 서명했다.\n"
    )
    b = document_from_text(
        "Договор подписан\n\nПутин и Ким Чен Ын подписали в Пхеньяне договор о партнерстве.\n"
    )
    notice = pair_notice(align(a, b, method="lexical"))
    assert notice is not None
    assert notice.startswith("Article A is written in Korean script and article B in Cyrillic")


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("The treaty was signed in Pyongyang on Wednesday.", "Latin"),
        ("Да", None),
        # Japanese: Chinese characters with kana endings and particles
        ("ロシアのプーチン大統領は北朝鮮の金正恩総書記と平壌で首脳会談を行い、条約に署名した。",
         "Japanese"),
        ("俄罗斯总统普京与朝鲜领导人金正恩在平壤举行会谈并签署了全面战略伙伴关系条约。", "Chinese"),
    ],
)  # fmt: skip
def test_main_script(text: str, script: str | None) -> None:
    assert main_script(text) == script


def _main_script_letter_by_letter(text: str) -> str | None:
    """main_script as first written: each letter's Unicode name read in turn."""
    counts: Counter[str] = Counter()
    for ch in text[:20_000]:
        if ch.isalpha():
            script = _SCRIPTS.get(unicodedata.name(ch, "").split(" ", 1)[0])
            if script is not None:
                counts[script] += 1
    return most_letters(counts)


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200))
def test_main_script_tells_as_reading_letter_by_letter(text: str) -> None:
    assert main_script(text) == _main_script_letter_by_letter(text)


@given(st.text(alphabet="aZéßжЖλ京かア한ا1_½Ⅷ ", min_size=20, max_size=80))
def test_main_script_tells_mixed_scripts_as_reading_letter_by_letter(text: str) -> None:
    assert main_script(text) == _main_script_letter_by_letter(text)


# The seed's event told in other languages (written for these tests).
FRENCH = """Poutine et Kim signent un pacte d'assistance mutuelle

Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un ont signé mercredi à Pyongyang un accord de partenariat stratégique global, qui prévoit une assistance mutuelle en cas d'agression contre l'un des deux pays.

Selon l'agence officielle nord-coréenne KCNA, l'article 4 de l'accord stipule que si l'un des pays est envahi et se trouve en état de guerre, l'autre doit fournir sans délai une aide militaire et autre par tous les moyens dont il dispose.

Kim a qualifié le traité de « plus fort de l'histoire » des relations entre les deux pays, tandis que Poutine a parlé d'un document « révolutionnaire ». Les États-Unis et leurs alliés s'inquiètent d'un possible échange d'armes contre de la technologie.
"""  # noqa: E501
GERMAN = """Putin und Kim unterzeichnen Beistandspakt

Der russische Präsident Wladimir Putin und der nordkoreanische Machthaber Kim Jong Un haben am Mittwoch in Pjöngjang ein Abkommen über eine umfassende strategische Partnerschaft unterzeichnet, das gegenseitigen Beistand im Fall eines Angriffs vorsieht.

Nach Angaben der staatlichen Nachrichtenagentur KCNA heißt es in Artikel 4 des Abkommens, dass das eine Land dem anderen unverzüglich militärische und andere Hilfe leisten muss, wenn es angegriffen wird und sich im Kriegszustand befindet.

Kim nannte den Vertrag den stärksten in der Geschichte der Beziehungen beider Länder. Putin sprach von einem bahnbrechenden Dokument. Die USA und ihre Verbündeten sind besorgt, dass Nordkorea Munition für den Krieg in der Ukraine liefert und dafür Technologie erhält.
"""  # noqa: E501
OTHER_LANGUAGES = {
    "Spanish": (
        "El presidente ruso Vladimir Putin y el líder norcoreano Kim Jong Un firmaron el "
        "miércoles en Pyongyang un acuerdo de asociación estratégica que prevé la asistencia "
        "mutua en caso de agresión. Según la agencia oficial, el artículo 4 del acuerdo "
        "establece que si uno de los países es invadido, el otro debe prestar ayuda militar "
        "sin demora. Kim dijo que es el tratado más fuerte de la historia de sus relaciones, "
        "pero los Estados Unidos y sus aliados temen un intercambio de armas por tecnología."
    ),
    "Italian": (
        "Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong Un hanno firmato "
        "mercoledì a Pyongyang un accordo di partenariato strategico che prevede l'assistenza "
        "reciproca in caso di aggressione. Secondo l'agenzia ufficiale, l'articolo 4 "
        "dell'accordo stabilisce che se uno dei paesi viene invaso, l'altro deve fornire aiuto "
        "militare senza indugio. Kim ha detto che è il trattato più forte della storia delle "
        "relazioni tra i due paesi, ma gli Stati Uniti e i loro alleati temono uno scambio di "
        "armi con tecnologia. È stata la prima visita di Putin in Corea del Nord da 24 anni."
    ),
    "Portuguese": (
        "O presidente russo Vladimir Putin e o líder norte-coreano Kim Jong Un assinaram na "
        "quarta-feira em Pyongyang um acordo de parceria estratégica que prevê assistência "
        "mútua em caso de agressão. Segundo a agência oficial, o artigo 4 do acordo estabelece "
        "que se um dos países for invadido, o outro deve prestar ajuda militar sem demora. Kim "
        "disse que é o tratado mais forte da história das relações entre os dois países, mas "
        "os Estados Unidos e seus aliados temem uma troca de armas por tecnologia. Foi a "
        "primeira visita de Putin à Coreia do Norte em 24 anos, e ele foi recebido pelo líder."
    ),
    "Dutch": (
        "De Russische president Vladimir Poetin en de Noord-Koreaanse leider Kim Jong Un "
        "hebben woensdag in Pyongyang een akkoord over een strategisch partnerschap getekend "
        "dat voorziet in wederzijdse bijstand bij een aanval. Volgens het staatspersbureau "
        "staat in artikel 4 van het akkoord dat het ene land het andere zonder uitstel "
        "militaire hulp moet geven als het wordt aangevallen. Kim noemde het verdrag het "
        "sterkste in de geschiedenis van de betrekkingen tussen de twee landen, maar de "
        "Verenigde Staten en hun bondgenoten vrezen een ruil van wapens voor technologie."
    ),
    "French": FRENCH,
    "German": GERMAN,
}


@pytest.fixture
def article(tmp_path: Path) -> Callable[[str], Document]:
    """Load ``text`` from a .txt file, as the app opens an article."""

    def load(text: str) -> Document:
        path = tmp_path / f"article-{len(list(tmp_path.iterdir()))}.txt"
        path.write_text(text, encoding="utf-8")
        return load_document(path)

    return load


@pytest.mark.parametrize("other", ["French", "German"])
def test_two_languages_get_their_own_notice(
    seed_b_path: Path, article: Callable[[str], Document], other: str
) -> None:
    al = align(load_document(seed_b_path), article(OTHER_LANGUAGES[other]), method="lexical")
    notice = pair_notice(al)
    assert notice is not None
    assert notice.startswith(f"Article A is written in English and article B in {other}:")


ENGLISH_BRIEF = """Passau gets 3.5 million euros in emergency aid after the flood
The Bavarian government approved emergency aid for the city on Thursday.
"We will not leave the people of Passau alone," said premier Markus Söder.
According to the city, about 1,200 households were hit by the flood.
The fire brigade sent 850 firefighters, and the relief agency THW helped too.
"""


def test_two_short_briefs_in_two_languages_get_their_own_notice(
    article: Callable[[str], Document],
) -> None:
    al = align(article(ENGLISH_BRIEF), article(GERMAN_A), method="lexical")
    notice = pair_notice(al)
    assert notice is not None
    assert notice.startswith("Article A is written in English and article B in German:")


@pytest.mark.parametrize(
    ("a", "b", "said"),
    [
        (ENGLISH_BRIEF, BRIEFS["Polish"][0], "in English and article B in Polish"),
        (BRIEFS["Italian"][0], BRIEFS["French"][0], "in Italian and article B in French"),
        (BRIEFS["Czech"][0], BRIEFS["Slovak"][0], "in Czech and article B in Slovak"),
    ],
)
def test_two_briefs_in_languages_newly_told_get_their_own_notice(
    article: Callable[[str], Document], a: str, b: str, said: str
) -> None:
    notice = pair_notice(align(article(a), article(b), method="lexical"))
    assert notice is not None
    assert notice.startswith(f"Article A is written {said}:")


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_main_language_of_other_languages(language: str) -> None:
    assert main_language(OTHER_LANGUAGES[language]) == language


def test_main_language_of_the_seeds(seed_a_path: Path, seed_b_path: Path) -> None:
    texts = [load_document(p).text for p in (seed_a_path, seed_b_path)]
    assert [main_language(t) for t in texts] == ["English", "English"]


def test_english_quoting_a_french_sentence_stays_english(seed_a_path: Path) -> None:
    text = load_document(seed_a_path).text.replace(
        "In contrast with Kim,",
        "« Nous sommes prêts à défendre la paix et la sécurité dans la région, et nous ne "
        "reculerons pas devant les menaces », a dit le porte-parole. In contrast with Kim,",
    )
    assert main_language(text) == "English"


def test_short_text_has_no_language() -> None:
    assert main_language("Le président a signé un accord avec la Corée du Nord.") is None


ECB = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "ecbplus-dev"


@pytest.mark.skipif(not ECB.is_dir(), reason="ECB+ development corpus not present")
def test_no_ecb_article_is_taken_for_another_language() -> None:
    told = {main_language(load_document(p).text) for p in sorted(ECB.glob("*/*.txt"))}
    assert told <= {"English", None}


GERMAN_A = """Passau erhält 3,5 Millionen Euro Soforthilfe nach dem Hochwasser
Die bayerische Staatsregierung hat am Donnerstag eine Soforthilfe für die Stadt beschlossen.
„Wir lassen die Menschen in Passau nicht allein“, sagte Ministerpräsident Markus Söder.
Nach Angaben der Stadt sind rund 1.200 Haushalte von dem Hochwasser betroffen.
Die Feuerwehr war mit 850 Einsatzkräften im Einsatz, auch das Technische Hilfswerk half.
"""
GERMAN_B = """Passau bekommt 3,8 Millionen Euro nach der Flut
Das bayerische Kabinett hat am Donnerstag eine Soforthilfe für Passau bewilligt.
Ministerpräsident Markus Söder sagte: „Wir lassen die Menschen in Passau nicht allein.“
Laut der Stadt sind etwa 1.500 Haushalte von dem Hochwasser betroffen.
Rund 850 Feuerwehrleute waren im Einsatz, das Technische Hilfswerk schickte Pumpen.
"""
ARABIC_A = """مقتل ١٢ شخصاً في زلزال جنوب المغرب
ضرب زلزال بقوة ٦٫٢ درجات منطقة الحوز جنوب المغرب فجر الخميس، ما أدى إلى مقتل ١٢ شخصاً.
وقال وزير الداخلية: «فرق الإنقاذ تعمل دون توقف في جميع القرى المتضررة».
"""
ARABIC_B = """مقتل 15 شخصاً في زلزال جنوب المغرب
ضرب زلزال بقوة 6.2 درجات إقليم الحوز في المغرب صباح الخميس، ما أدى إلى مقتل 15 شخصاً.
وقال الوزير إن «فرق الإنقاذ تعمل دون توقف في جميع القرى المتضررة».
"""


def _pair(tmp_path: Path, a: str, b: str) -> tuple[Document, Document]:
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    return load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt")


POLISH_A = (
    "Prezydent Rosji Władimir Putin i przywódca Korei Północnej Kim Dzong Un podpisali w "
    "środę w Pjongjangu umowę o partnerstwie strategicznym, która przewiduje wzajemną pomoc "
    "w przypadku agresji. Według państwowej agencji artykuł 4 umowy stanowi, że jeśli jedno "
    "z państw zostanie zaatakowane, drugie musi niezwłocznie udzielić mu pomocy wojskowej. "
    "Kim powiedział, że jest to najsilniejszy traktat w historii stosunków między oboma "
    "krajami, ale Stany Zjednoczone i ich sojusznicy obawiają się wymiany broni na "
    "technologie. Była to pierwsza wizyta Putina w Korei Północnej od 24 lat."
)
POLISH_B = (
    "Władimir Putin i Kim Dzong Un podpisali w Pjongjangu traktat o wzajemnej pomocy "
    "wojskowej na wypadek ataku na jedno z państw. Zgodnie z artykułem 4 drugie państwo "
    "ma udzielić pomocy bez zwłoki wszystkimi dostępnymi środkami. Kim nazwał umowę "
    "najsilniejszym traktatem w historii obu krajów. Waszyngton i Seul obawiają się, że "
    "Moskwa dostarczy Pjongjangowi technologie wojskowe w zamian za amunicję. Putin "
    "odwiedził Koreę Północną po raz pierwszy od 24 lat."
)
SWEDISH = (
    "Rysslands president Vladimir Putin och Nordkoreas ledare Kim Jong Un undertecknade på "
    "onsdagen i Pyongyang ett avtal om strategiskt partnerskap som innebär ömsesidigt "
    "bistånd vid ett angrepp. Enligt den statliga nyhetsbyrån fastslår artikel 4 att om det "
    "ena landet angrips ska det andra utan dröjsmål ge militär hjälp. Kim sade att det är "
    "det starkaste fördraget i ländernas historia, men USA och dess allierade fruktar ett "
    "utbyte av vapen mot teknik. Det var Putins första besök i Nordkorea på 24 år."
)
TURKISH = (
    "Rusya Devlet Başkanı Vladimir Putin ile Kuzey Kore lideri Kim Jong Un çarşamba günü "
    "Pyongyang'da, bir saldırı durumunda karşılıklı yardımı öngören stratejik ortaklık "
    "anlaşması imzaladı. Devlet ajansına göre anlaşmanın 4. maddesi, ülkelerden biri "
    "saldırıya uğrarsa diğerinin gecikmeden askeri yardım sağlaması gerektiğini belirtiyor. "
    "Kim, bunun iki ülke ilişkilerinin tarihindeki en güçlü antlaşma olduğunu söyledi, "
    "ancak ABD ve müttefikleri silahların teknoloji karşılığında takas edilmesinden endişe "
    "ediyor. Bu, Putin'in 24 yıl aradan sonra Kuzey Kore'ye yaptığı ilk ziyaretti."
)


LATVIAN_B = (
    "Valdība apstiprināja budžeta projektu, kas paredz vairāk naudas veselības aprūpei un "
    "izglītībai. Finanšu ministrs sacīja, ka deficīts nākamgad samazināsies, taču opozīcija "
    "uzskata, ka skaitļi ir pārāk optimistiski. Galīgais lēmums tiks pieņemts līdz gada "
    "beigām, un Saeima projektu skatīs pēc divām nedēļām. Ekonomisti brīdina, ka "
    "inflācija vēl ilgi saglabāsies augsta, tāpēc iedzīvotāju ienākumi pieaugs lēnāk, nekā "
    "cer valdība. Arodbiedrības jau paziņoja par protestu nākamajā mēnesī."
)


@pytest.mark.parametrize(
    ("text", "language"), [(POLISH_A, "Polish"), (SWEDISH, "Swedish"), (TURKISH, "Turkish")]
)
def test_polish_swedish_turkish_are_named(text: str, language: str) -> None:
    assert not_english(text) == language


@pytest.mark.parametrize("language", sorted(UNNAMED))
def test_a_language_the_lists_do_not_name_is_still_not_english(language: str) -> None:
    assert not_english(UNNAMED[language]) == OTHER_LANGUAGE


@pytest.mark.skipif(not ECB.is_dir(), reason="ECB+ development corpus not present")
def test_no_ecb_article_is_taken_for_a_language_other_than_english() -> None:
    told = {not_english(load_document(p).text) for p in sorted(ECB.glob("*/*.txt"))}
    assert told == {None}


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        (GERMAN_A, GERMAN_B, "German"),
        (ARABIC_A, ARABIC_B, "Arabic script"),
        (POLISH_A, POLISH_B, "Polish"),
        (UNNAMED["Latvian"], LATVIAN_B, OTHER_LANGUAGE),
    ],
)
def test_a_pair_the_model_cannot_read_is_matched_on_words_and_says_so(
    tmp_path: Path, a: str, b: str, language: str
) -> None:
    """The sentence model reads English only: on two German or two Arabic articles its
    scores are noise, so auto matches them lexically, and both the status notice and the
    pair notice say why."""
    al = align(*_pair(tmp_path, a, b), method="auto")
    assert al.method == "lexical"
    assert any("only English" in n and language in n for n in al.notices), al.notices
    notice = pair_notice(al)
    assert notice is not None
    assert f"Both articles are in {language}" in notice
    assert "only English" in notice
    assert NOTHING_SHARED not in notice  # they share claims: not "different events"


FRENCH_BRIEF = (
    "Incendie à Notre-Dame : la flèche s'est effondrée lundi soir, a déclaré le préfet.\n\n"
    "Le feu s'est déclaré vers 18 h 50."
)
FRENCH_REPORT = (
    "La flèche de Notre-Dame de Paris s'est effondrée lundi soir dans l'incendie qui a "
    "ravagé la cathédrale. Le feu s'est déclaré vers 18 h 50 dans les combles, selon les "
    "pompiers, et il a fallu plusieurs heures pour le maîtriser. Le préfet a déclaré que la "
    "structure était sauvée."
)


@pytest.mark.parametrize("order", ["brief first", "brief second"])
def test_a_brief_beside_an_article_in_its_language_is_read_as_that_language(
    tmp_path: Path, order: str
) -> None:
    """Two sentences hold too few function words to tell their language alone; beside a
    French report, the few they have are enough."""
    texts = (FRENCH_BRIEF, FRENCH_REPORT)
    al = align(*_pair(tmp_path, *(texts if order == "brief first" else texts[::-1])), method="auto")
    assert al.method == "lexical"
    assert any("French" in n for n in al.notices), al.notices


def test_two_briefs_in_one_language_are_told_together(tmp_path: Path) -> None:
    other = "Notre-Dame : la flèche est tombée lundi vers 19 heures, selon le préfet."
    al = align(*_pair(tmp_path, FRENCH_BRIEF, other), method="auto")
    assert al.method == "lexical"


def test_an_english_brief_beside_a_french_report_is_not_read_as_french(tmp_path: Path) -> None:
    al = align(*_pair(tmp_path, "Fire at the cathedral.", FRENCH_REPORT), method="auto")
    assert not any("French" in n for n in al.notices)


def test_the_aligner_and_the_pair_say_the_language_notice_in_the_same_words(
    tmp_path: Path,
) -> None:
    """Exports list the window's notices each once: the same words are one notice."""
    al = align(*_pair(tmp_path, GERMAN_A, GERMAN_B), method="auto")
    assert language_notice(al) in al.notices


def test_an_english_pair_has_no_language_notice(tmp_path: Path) -> None:
    english = (
        "Russia and North Korea signed a treaty on Wednesday, and the two leaders said "
        "that the agreement was one of mutual assistance in case of an attack by others."
    )
    al = align(
        *_pair(tmp_path, english, english + " It was signed in Pyongyang."), method="lexical"
    )
    assert pair_notice(al) is None


def test_the_installed_model_chosen_by_hand_on_such_a_pair_is_said_unreliable(
    tmp_path: Path,
) -> None:
    al = align(*_pair(tmp_path, GERMAN_A, GERMAN_B), method="semantic")
    assert al.method == "semantic"
    assert any("unreliable" in n and "German" in n for n in al.notices), al.notices
    assert pair_notice(al) is None or "only English" not in (pair_notice(al) or "")


@pytest.mark.usefixtures("chosen_model")
def test_a_model_the_reader_chose_is_trusted_with_any_language(tmp_path: Path) -> None:
    al = align(*_pair(tmp_path, GERMAN_A, GERMAN_B), method="auto")
    assert al.method == "semantic"
    assert not any("only English" in n for n in al.notices), al.notices
    assert "only English" not in (pair_notice(al) or "")


def test_a_french_brief_of_thirty_words_is_french() -> None:
    # its elided articles ("l’accord", "d’agression") count as the function words they are
    brief = (
        "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un ont "
        "signé mercredi à Pyongyang un accord d’assistance mutuelle en cas d’agression. "
        "L’accord prévoit une aide militaire immédiate, selon l’agence KCNA."
    )
    assert not_english(brief) == "French"


def test_english_apostrophes_are_no_french_elisions() -> None:
    text = (
        "Lohan's lawyer said I'd rather wait, and D'Angelo's team didn't agree, so "
        "L'Oreal's ad ran on Wednesday in New York, where the actress's film opened to "
        "mixed reviews from critics."
    )
    assert not_english(text) is None


def test_a_pair_with_an_article_of_a_word_says_it_is_too_short(
    doc: Callable[[str], Document], seed_b_path: Path
) -> None:
    al = align(doc("Hi"), load_document(seed_b_path), method="lexical")
    assert pair_notice(al) == (
        "Article A holds only 1 word: too little to find what the two articles share. "
        "Check that it is the article you meant to open."
    )


def test_one_article_read_from_its_page_and_its_text_gets_a_notice_of_the_same_words(
    tmp_path: Path,
) -> None:
    page = load_document(GAZETTE)
    pasted = tmp_path / "pasted.txt"  # its paragraphs as copied, a longer byline
    paragraphs = [page.slice(p) for p in page.paragraphs]
    paragraphs[1] = "By Maria Lopez, Associated Press. Gazette staff contributed to this report."
    pasted.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert pair_notice(align(page, load_document(pasted), method="lexical")) == SAME_WORDS


def test_two_outlets_running_one_wire_story_get_no_notice_of_the_same_words() -> None:
    assert pair_notice(wire_copies()) is None

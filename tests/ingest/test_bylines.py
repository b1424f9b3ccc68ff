"""Tests of reader/ingest/bylines.py: bylines in French, German, Spanish, Portuguese and
Italian are dimmed like English ones; sentences that open with the same word are not."""

from __future__ import annotations

import pytest

from reader.ingest import document_from_text
from reader.ingest.boilerplate import is_boilerplate_line
from reader.ingest.bylines import (
    Byline,
    byline_parts,
    byline_word,
    is_byline,
    is_foreign_byline,
    is_writers_line,
    is_writing_credit,
    language_of_tag,
    writer_names,
)

BYLINES = [
    "Von Anna Müller",
    "Par Jean Dupont",
    "Por María López",
    "di Marco Rossi",
    "Di Marco Rossi",
    "Por João Silva",
    "Von Anna Müller und Tom Schmidt",
    "Par Jean Dupont et Marie Martin",
    "Von Anna Müller, Berlin",
    "VON ANNA MÜLLER",
    "Par Jean-Baptiste de Montvalon",
    "Par Jean d'Ormesson",
    "Par A.-M. Dupont",
    "Por Maria da Silva dos Santos",
    "Por María José García López y Juan Pérez",
    "Par Jean Dupont, envoyé spécial à Kiev",
    "Por Ana Souza | Reuters",
    "Von Anna Müller (dpa)",
    "Par Jean Dupont avec AFP",
    "di Marco Rossi e Giulia Bianchi",
    "Par la rédaction",
    # Dutch
    "Door Jan de Vries",
    "Door Jan van den Berg en Karin Smit",
    "Door Peter ter Horst",
    "Door Jan de Vries (ANP)",
    "Door Jan de Vries met ANP",
    # Swedish (was "By Anna Lindqvist": the page's byline written back in English)
    "Av Anna Lindqvist",
    "Av Erik Sjöberg och Karin af Ekenstam",
    "Von Anna Müller mit dpa",
    # a desk or a correspondent for a writer, in each language
    "Door onze correspondent",
    "Van onze verslaggever",
    "Door onze correspondent in Brussel",
    "Van onze correspondent, Brussel",
    "De notre envoyé spécial à Kiev",
    "De notre correspondante à Berlin",
    "Von unserem Korrespondenten in Moskau",
    "Por nuestro corresponsal en Bruselas",
    "De nuestra enviada especial",
    "Dal nostro inviato a Kiev",
    "Dal nostro corrispondente",
    "Do nosso correspondente em Paris",
    "Dal nostro inviato Marco Rossi",
    # where the writers wrote from
    "Von Anna Müller aus Berlin",
    "Par Jean Dupont à Kiev",
    "Por María López en Madrid",
    "di Marco Rossi a Roma",
    "Por João Silva em Lisboa",
    "Door Jan de Vries in Brussel",
    # the piece named before the writers
    "Propos recueillis par Jean Dupont",
    "Ein Kommentar von Anna Müller",
    "Eine Reportage von Anna Müller",
    "Escrito por María López",
    "Texto: María López",
    "Testo di Marco Rossi",
    "Un commento di Marco Rossi",
    "Uma análise de João Silva",
    "Een analyse van Jan de Vries",
]

PROSE = [
    "Par ailleurs, le gouvernement a annoncé une réforme des retraites.",
    "Por eso el gobierno decidió actuar de inmediato.",
    "Von Montag an gilt die neue Regel für alle Pendler.",
    "Di recente il governo ha approvato la riforma.",
    "Por qué el Congreso rechazó la ley",
    # a German line of nouns: each "writer" a single word
    "Von Tätern und Opfern",
    "Von Kindern und Jugendlichen",
    # days and months are no names
    "Von Montag Abend",
    "Por Lunes Santo",
    "Von Berlin nach Hamburg",
    # an English headline in capitals
    "Par For The Course",
    "Di Maria",
    "Par Jean Dupont, qui a vu la scène, le gouvernement a menti sur toute la ligne.",
    # Dutch prose opening with "Door" or "Van"
    "Door de aanhoudende regen werd de wedstrijd afgelast.",
    "Door Rusland en Oekraïne",
    "Van Amsterdam naar Rotterdam",
    "Door Maandag Avond",
    "Van de redactie kreeg ik geen antwoord.",
    # Swedish prose opening with "Av"
    "Av de 148 passagerarna skadades tolv.",
    "Av Sveriges kommuner har bara tre svarat.",
    # a desk's word in a sentence
    "De la rédaction du journal, rien.",
    "A la redacción llegaron cartas",
    "Da Roma a Milano",
    "Von Anna Müller mit der Bahn",
    "Von Montag in Berlin",
    "Von Tätern in Berlin",
    "Por eso en Madrid",
    "Par Jean Dupont à Kiev, la guerre continue.",
    "Propos recueillis par la police",
    "Ein Kommentar von Anna Müller löste Empörung aus.",
    "Texto de Ley Orgánica",
    "Testo di legge",
]


@pytest.mark.parametrize("line", BYLINES)
def test_a_foreign_byline_is_a_byline_and_dimmed(line: str) -> None:
    assert is_foreign_byline(line)
    assert is_byline(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_opening_with_a_byline_s_word_is_no_byline(line: str) -> None:
    assert not is_byline(line)
    assert not is_boilerplate_line(line)


def test_a_byline_at_the_top_of_a_pasted_article_is_dimmed_and_never_a_claim() -> None:
    doc = document_from_text(
        "Le G7 s'accorde sur un fonds climat\n\n"
        "Par Jean Dupont et Marie Martin\n\n"
        "Les dirigeants du G7 se sont accordés mercredi sur un fonds climat de 20 milliards "
        "d'euros. Par ailleurs, ils ont promis de réduire leurs émissions.\n"
    )
    assert [doc.slice(b) for b in doc.boilerplate] == ["Par Jean Dupont et Marie Martin"]
    assert all("Jean Dupont" not in doc.slice(s) for s in doc.content_sentences())


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("English", "By"),
        ("French", "Par"),
        ("German", "Von"),
        ("Spanish", "Por"),
        ("Portuguese", "Por"),
        ("Italian", "di"),
        ("Dutch", "Door"),
        ("Swedish", "Av"),
        (None, "By"),
    ],
)
def test_a_byline_opens_with_its_language_s_word(language: str | None, word: str) -> None:
    assert byline_word(language) == word


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("fr-FR", "French"),
        ("de_CH", "German"),
        ("pt-BR", "Portuguese"),
        ("nl", "Dutch"),
        ("sv-SE", "Swedish"),
        ("", None),
    ],
)
def test_a_language_tag_names_its_language(tag: str, language: str | None) -> None:
    assert language_of_tag(tag) == language


ENGLISH_BYLINES = [
    "By our Seoul correspondent",
    "By our foreign staff",
    "From our correspondent",
    "By Jane Smith in Kyiv",
    "By Jane Smith and John Doe in Washington",
]


@pytest.mark.parametrize("line", ENGLISH_BYLINES)
def test_an_english_desk_or_a_byline_with_a_place_is_a_byline(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By our reckoning the plan will fail",
        "From the staff of the hospital came a letter",
        "By Christmas in London",
        "By Monday in Kyiv",
    ],
)
def test_an_english_sentence_opening_as_a_desk_byline_is_none(line: str) -> None:
    assert not is_byline(line)


def test_english_bylines_take_the_agency_in_brackets() -> None:
    assert is_byline("By Jane Doe (Reuters)")


WRITERS = writer_names(["Shaun Walker, Pjotr Sauer", "Jean Dupont"])


@pytest.mark.parametrize(
    "line",
    [
        "Shaun Walker",
        "Shaun Walker in Kyiv",
        "Shaun Walker and Pjotr Sauer",
        "Shaun Walker in Kyiv and Pjotr Sauer in Moscow",
        "Shaun Walker, Pjotr Sauer",
        "Jean Dupont à Kiev",
        "shaun walker",
    ],
)
def test_a_line_of_the_page_s_writers_alone_is_theirs(line: str) -> None:
    assert is_writers_line(line, WRITERS)


@pytest.mark.parametrize(
    "line", ["Shaun Walker, Kyiv", "Shaun Walker (Kyiv)", "Jean Dupont, Paris"]
)
def test_a_line_of_the_page_s_writer_and_a_place_after_a_comma_or_in_brackets_is_theirs(
    line: str,
) -> None:
    """As a page prints the writer after the story, without "By" ("Jane Smith, Hamburg")."""
    assert is_writers_line(line, WRITERS)


@pytest.mark.parametrize(
    "line",
    [
        "Olena Kovalenko",
        "Shaun Walker and Olena Kovalenko",
        "Shaun Walker said the base was hit twice.",
        "Shaun Walker in Kyiv said so",
        "Olena Kovalenko, Kyiv",
        "Shaun Walker, Kyiv police said",
    ],
)
def test_a_line_naming_another_or_saying_more_is_not_the_writers(line: str) -> None:
    assert not is_writers_line(line, WRITERS)


def test_no_line_is_the_writers_of_a_page_naming_none() -> None:
    assert not is_writers_line("Shaun Walker", writer_names([]))


def test_a_writer_of_one_word_is_no_name_to_read_a_line_by() -> None:
    assert writer_names(["Staff", "Jane Smith"]) == {"jane smith"}


# A site's byline with its date stamp on the same line, as German, French, English,
# Spanish, Italian, Portuguese and Dutch sites print it
DATED_BYLINES = [
    "Von Anna Müller (dpa) | 12.03.2024, 06:40 Uhr",
    "Par Jean Dupont (AFP) - 12 mars 2024 à 06h40",
    "By Jane Doe, AP | March 12, 2024 6:40 AM",
    "Por María López (EFE) | 12 de marzo de 2024, 06:40",
    "di Marco Rossi (ANSA) - 12 marzo 2024, 06:40",
    "Por João Silva (Lusa) | 12 de março de 2024 às 06h40",
    "Door Jan de Vries (ANP) | 12 maart 2024, 06:40",
]


@pytest.mark.parametrize("line", DATED_BYLINES)
def test_a_byline_with_its_date_on_the_line_is_a_byline_and_dimmed(line: str) -> None:
    assert is_byline(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le conseil a voté - 12 mars 2024 à 06h40",
        "Von Montag an gilt der neue Fahrplan | 12.03.2024",
        "By Tuesday the talks had failed - March 12, 2024",
    ],
)
def test_prose_with_a_date_set_off_after_it_is_no_byline(line: str) -> None:
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Von Anna Müller (Berlin)", (("Anna Müller",), "(Berlin)")),
        ("Par Jean Dupont (à Paris)", (("Jean Dupont",), "(à Paris)")),
        ("Von Anna Müller, Berlin", (("Anna Müller",), ", Berlin")),
        ("Por João Silva em Lisboa", (("João Silva",), "em Lisboa")),
        ("di Marco Rossi (ANSA, Roma)", (("Marco Rossi",), "(ANSA, Roma)")),
        ("Von Anna Müller und Tom Schmidt", (("Anna Müller", "Tom Schmidt"), "")),
        ("By Jane Smith (Washington)", (("Jane Smith",), "(Washington)")),
        ("By Jane Smith in Kyiv", (("Jane Smith",), "in Kyiv")),
        ("Von Anna Müller (Berlin) | 12.03.2024, 06:40 Uhr", (("Anna Müller",), "(Berlin)")),
    ],
)
def test_a_byline_s_parts_are_its_writers_and_what_follows_them(
    line: str, parts: tuple[tuple[str, ...], str]
) -> None:
    byline = byline_parts(line)
    assert isinstance(byline, Byline)
    assert (byline.writers, byline.tail) == parts


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("By Maria Delgado, Staff Writer — Published March 12, 2026", "Published March 12, 2026"),
        ("By Maria Delgado | Updated 12 March 2026 14:05", "Updated 12 March 2026 14:05"),
        ("Von Anna Müller (Berlin) | 12.03.2024, 06:40 Uhr", "12.03.2024, 06:40 Uhr"),
        ("By Maria Delgado, Staff Writer", ""),
    ],
)
def test_a_byline_s_date_stamp_is_kept_apart_from_its_line(line: str, stamp: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.stamp, byline.line) == (stamp, line.removesuffix(stamp).rstrip(" —|"))


@pytest.mark.parametrize(
    "line",
    ["Par ailleurs, le conseil a voté", "Von unserer Redaktion, Berlin", "By The Associated Press"],
)
def test_a_line_naming_no_writers_has_no_byline_parts(line: str) -> None:
    assert byline_parts(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Reporting by Jane Smith in Hamburg; Editing by John Doe", True),
        ("(Additional reporting by Tom Lee)", True),
        ("Jane Doe contributed to this report.", True),
        ("Choe Sang-Hun contributed reporting from Seoul.", True),
        ("The story by the river was told again.", False),
        ("Reporting on the strike continued for days, the union said.", False),
        ("Mit Material von dpa", True),
        ("Con información de agencias", True),
        ("Avec ses enfants, il a quitté Paris.", False),
    ],
)
def test_a_credit_of_the_writing_is_told_from_prose(line: str, credit: bool) -> None:
    assert is_writing_credit(line) is credit


# A second writer after a comma, and a place after a comma, in the six languages' bylines
SECOND_WRITERS = [
    ("By Shaun Walker, Olena Kovalenko", ("Shaun Walker", "Olena Kovalenko")),
    # a Slavic given name as German spells it, or a surname's shape (no metadata to ask)
    ("By Shaun Walker, Pjotr Sauer", ("Shaun Walker", "Pjotr Sauer")),
    ("By Shaun Walker, Pjotr Bianchi", ("Shaun Walker", "Pjotr Bianchi")),
    ("By Shaun Walker, Bohdan Kovalchuk", ("Shaun Walker", "Bohdan Kovalchuk")),
    ("Von Anna Müller, Piotr Nowak", ("Anna Müller", "Piotr Nowak")),
    (
        "By Shaun Walker, Olena Kovalenko and Pjotr Sauer",
        ("Shaun Walker", "Olena Kovalenko", "Pjotr Sauer"),
    ),
    ("Von Anna Müller, Olena Kovalenko", ("Anna Müller", "Olena Kovalenko")),
    ("Par Jean Dupont, Marie Martin et Paul Petit", ("Jean Dupont", "Marie Martin", "Paul Petit")),
    ("Por María López, Carlos Ruiz", ("María López", "Carlos Ruiz")),
    ("di Marco Rossi, Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi")),
    ("Por João Silva, Ana Souza", ("João Silva", "Ana Souza")),
    # Czech and Polish given names no list holds, told by their endings
    ("By Robert Tait, Jaroslav Plesl", ("Robert Tait", "Jaroslav Plesl")),
    ("Von Anna Müller, Przemysław Czarnek", ("Anna Müller", "Przemysław Czarnek")),
    ("By Shaun Walker, Zdeněk Hřib", ("Shaun Walker", "Zdeněk Hřib")),
    ("By Shaun Walker, Kristýna Kočí", ("Shaun Walker", "Kristýna Kočí")),
]


@pytest.mark.parametrize(("line", "writers"), SECOND_WRITERS)
def test_a_name_after_a_byline_s_comma_is_a_second_writer(
    line: str, writers: tuple[str, ...]
) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.writers, byline.tail) == (writers, "")


PLACES_AFTER_A_COMMA = [
    ("By Shaun Walker, Kyiv", ", Kyiv"),
    ("By Jane Smith, New York", ", New York"),
    ("By Jane Smith, Associated Press", ", Associated Press"),
    ("By Lee Je-hun, Senior Staff Writer", ", Senior Staff Writer"),
    ("By Jane Doe, USA TODAY", ", USA TODAY"),
    ("By Shaun Walker, Olena Kovalenko and Pjotr Sauer, Kyiv", ", Kyiv"),
    ("Von Anna Müller, Bad Homburg", ", Bad Homburg"),
    ("Von Anna Müller, Frankfurt am Main", ", Frankfurt am Main"),
    ("Par Jean Dupont, Le Havre", ", Le Havre"),
    ("Por María López, Buenos Aires", ", Buenos Aires"),
    ("Por João Silva, São Paulo", ", São Paulo"),
    ("Por João Silva, Rio de Janeiro", ", Rio de Janeiro"),
    ("di Marco Rossi, Porto Cervo", ", Porto Cervo"),
    # two words no table knows, no given name first: a place, with no metadata to ask
    ("Von Anna Müller, Reggio Emilia", ", Reggio Emilia"),
    ("By Jane Doe, Baton Rouge", ", Baton Rouge"),
    # a known city, and a surname's shape after a word opening places
    ("By Anna Müller, Berlin", ", Berlin"),
    ("By Jane Doe, Lake Jackson", ", Lake Jackson"),
    ("By Jane Doe, Glen Ellyn", ", Glen Ellyn"),
    ("By Jane Doe, Port Harcourt", ", Port Harcourt"),
    ("Von Anna Müller, Gorzów Wielkopolski", ", Gorzów Wielkopolski"),
    # a given name before a word that closes places: a place, not a second writer
    ("By Jane Doe, Ann Arbor", ", Ann Arbor"),
    ("By Jane Doe, Beverly Hills", ", Beverly Hills"),
    # "St." and a state's short form in the place, as the AP writes them
    ("By Jane Doe, St. Paul, Minn.", ", St. Paul, Minn."),
    ("By Jane Doe, St. Louis", ", St. Louis"),
    ("By Jane Doe, Ann Arbor, Mich.", ", Ann Arbor, Mich."),
    ("By Jane Doe, Grand Rapids, Mich.", ", Grand Rapids, Mich."),
    ("By Jane Doe, Washington, D.C.", ", Washington, D.C."),
]


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("By Jane Doe in St. Paul, Minn.", "in St. Paul, Minn."),
        ("By Jane Doe in St. Louis", "in St. Louis"),
        ("By Jane Doe in Ann Arbor, Mich.", "in Ann Arbor, Mich."),
    ],
)
def test_a_place_after_in_keeps_its_st_and_its_state(line: str, tail: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.writers, byline.tail) == (("Jane Doe",), tail)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe, today. Police said the man fled.",
        "By Jane Doe, St. Louis. Police said the man fled.",
    ],
)
def test_a_sentence_after_a_byline_s_place_is_no_byline(line: str) -> None:
    """Only a place's shortened word ends with a dot in a byline's tail."""
    assert not is_byline(line)


@pytest.mark.parametrize(("line", "tail"), PLACES_AFTER_A_COMMA)
def test_a_place_desk_or_role_after_a_byline_s_comma_is_its_tail(line: str, tail: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert byline.tail == tail
    assert is_boilerplate_line(line)


def test_a_part_after_the_comma_the_story_names_is_the_tail() -> None:
    """ "Jordan" is a given name; the story tells of the Jordan Valley."""
    story = "Farmers in the Jordan Valley say settlers have cut their water pipes again."
    byline = byline_parts("By Jane Doe, Jordan Valley", story=story)
    assert byline is not None
    assert (byline.writers, byline.tail) == (("Jane Doe",), ", Jordan Valley")


@pytest.mark.parametrize(
    ("credits", "story"),
    [
        ("Additional reporting by Ayesha Rascoe; Editing by John Doe", ""),
        ("Reporting by Jane Doe and Ayesha Rascoe in Washington; Editing by Tom Lee", ""),
        ("Photo: Ayesha Rascoe/Reuters", ""),
        ("", "“We were told to leave at once,” Ayesha Rascoe said."),
        ("", "Ayesha Rascoe, who reported from the border, told the BBC the road was shut."),
    ],
)
def test_a_part_after_the_comma_credited_or_said_to_speak_is_a_writer(
    credits: str, story: str
) -> None:
    """ "Ayesha Rascoe": no given name the tables know, no surname's shape; a place
    without credits, a person with them or when the story has her speak."""
    assert byline_parts("By Jane Doe, Ayesha Rascoe") == Byline(
        line="By Jane Doe, Ayesha Rascoe", writers=("Jane Doe",), tail=", Ayesha Rascoe"
    )
    byline = byline_parts("By Jane Doe, Ayesha Rascoe", story=story, credits=credits)
    assert byline is not None
    assert byline.writers == ("Jane Doe", "Ayesha Rascoe")


def test_a_place_a_credit_names_where_it_was_written_stays_a_place() -> None:
    credits = "Reporting by Jane Doe in Ann Arbor; Editing by Tom Lee"
    story = "Officials in Ann Arbor said the plant would close."
    byline = byline_parts("By Jane Doe, Ann Arbor", story=story, credits=credits)
    assert byline is not None
    assert (byline.writers, byline.tail) == (("Jane Doe",), ", Ann Arbor")


def test_a_second_writer_the_story_does_not_name_is_a_writer() -> None:
    story = "Farmers in the Jordan Valley say settlers have cut their water pipes again."
    byline = byline_parts("By Shaun Walker, Olena Kovalenko", story=story)
    assert byline is not None
    assert byline.writers == ("Shaun Walker", "Olena Kovalenko")


def test_a_part_after_the_comma_the_page_s_writers_do_not_name_is_the_tail() -> None:
    """Where the page names its writers, they tell a place no table knows ("Reggio
    Emilia") from a writer, and a writer they do not name is read as written."""
    assert byline_parts("di Marco Rossi, Reggio Emilia", named="Marco Rossi") == Byline(
        line="di Marco Rossi, Reggio Emilia", writers=("Marco Rossi",), tail=", Reggio Emilia"
    )
    named = byline_parts("By Shaun Walker, Olena Kovalenko", named="Shaun Walker; Olena Kovalenko")
    assert named is not None and named.writers == ("Shaun Walker", "Olena Kovalenko")


@pytest.mark.parametrize(
    "line",
    [
        "Mitarbeit: Anna Müller",
        "Unter Mitarbeit von Tom Schmidt",
        "Redaktion: Anna Müller",
        "Avec la collaboration de Marie Martin",
        "Colaboración: María López",
        "Ha collaborato Giulia Bianchi",
        "Colaborou Ana Souza",
        "Contributing: Jane Doe, USA TODAY",
        "With reporting by Jane Smith",
        "Le Monde avec AFP",
        "Com informações do G1",
    ],
)
def test_a_credit_of_collaborators_or_of_a_news_service_is_a_writing_credit(line: str) -> None:
    assert is_writing_credit(line)

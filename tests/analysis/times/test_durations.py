"""Durations told differently in two linked sentences (reader/analysis/times/durations.py):
one length in minutes however told ("48 hours" and "two days", "three hours and 30
minutes" and "three and a half hours"), in English, German, French, Spanish, Italian and
Portuguese, in digits and words; loose lengths that agree, and deadlines, rates and
distances from another moment that tell no length to compare."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.linking.told_lengths import length_pairs
from reader.analysis.times.durations import durations
from reader.analysis.times.length_frames import DEADLINE, DISTANCE, LENGTH, RATE
from reader.model import DiscrepancyKind, Document
from tests.analysis.duration_frames import frames
from tests.analysis.name_keys import news_pair
from tests.analysis.sentence_pairs import details, feats, only_conflict


def _minutes(text: str, language: str | None = None) -> list[float]:
    return [float(d.mention.key[4:]) for d in durations(feats(text, language))]


@pytest.mark.parametrize(
    ("language", "text", "minutes"),
    [
        (None, "The fire burned for six hours.", 360),
        (None, "The fire burned for 48 hours.", 2880),
        (None, "The fire burned for three and a half hours.", 210),
        (None, "The fire burned for three hours and 30 minutes.", 210),
        (None, "The talks lasted two weeks.", 20160),
        ("German", "Das Feuer brannte sechs Stunden lang.", 360),
        ("German", "Das Feuer brannte drei Stunden und 30 Minuten lang.", 210),
        ("German", "Das Feuer brannte zwei Tage lang.", 2880),
        ("French", "L'incendie a brûlé pendant trois heures et demie.", 210),
        ("French", "L'incendie a brûlé pendant deux jours.", 2880),
        ("Spanish", "El incendio ardió durante tres horas y media.", 210),
        ("Spanish", "El incendio ardió durante 45 minutos.", 45),
        ("Italian", "L'incendio è durato tre ore e mezza.", 210),
        ("Italian", "L'incendio è durato per tre ore.", 180),
        ("Portuguese", "O incêndio durou três horas e meia.", 210),
        ("Portuguese", "O fogo ardeu durante seis horas.", 360),
    ],
)
def test_a_length_of_time_is_read_in_minutes(
    language: str | None, text: str, minutes: float
) -> None:
    assert _minutes(text, language) == [minutes]


@pytest.mark.parametrize(
    ("language", "text", "frame"),
    [
        (None, "The firm must report the fire within 48 hours.", DEADLINE),
        (None, "The bill must pass in 72 hours.", DEADLINE),
        (None, "It took 72 hours to pass the bill.", LENGTH),
        (None, "The Senate debated the bill for 72 hours.", LENGTH),
        ("German", "Der Bundestag muss das Gesetz in 72 Stunden verabschieden.", DEADLINE),
        ("French", "Le Parlement doit adopter la loi en 72 heures.", DEADLINE),
        ("French", "Le Parlement votera la loi dans 72 heures.", DEADLINE),
        ("Spanish", "El Congreso debe aprobar la ley en 72 horas.", DEADLINE),
        ("Italian", "Il Parlamento deve approvare la legge in 72 ore.", DEADLINE),
        ("Italian", "Il Parlamento voterà la legge tra 72 ore.", DEADLINE),
        ("Portuguese", "O Parlamento deve aprovar a lei em 72 horas.", DEADLINE),
        ("German", "Die Firma muss den Brand binnen 48 Stunden melden.", DEADLINE),
        ("German", "Die Firma muss den Brand innerhalb von 48 Stunden melden.", DEADLINE),
        ("French", "La société doit signaler l'incendie dans les 48 heures.", DEADLINE),
        ("Spanish", "La empresa debe informar dentro de 48 horas.", DEADLINE),
        ("Italian", "La ditta deve segnalare l'incendio entro 48 ore.", DEADLINE),
        ("Portuguese", "A empresa deve comunicar no prazo de 48 horas.", DEADLINE),
        (None, "The warehouse was guarded 24 hours a day.", RATE),
        ("German", "Die Halle wurde 24 Stunden am Tag bewacht.", RATE),
        ("French", "L'entrepôt était surveillé 24 heures sur 24.", RATE),
        ("Spanish", "El almacén estaba vigilado 24 horas al día.", RATE),
        ("Italian", "Il magazzino era sorvegliato 24 ore su 24.", RATE),
        ("Portuguese", "O armazém era vigiado 24 horas por dia.", RATE),
        (None, "Two hours later, the roof collapsed.", DISTANCE),
        ("German", "Zwei Stunden später stürzte das Dach ein.", DISTANCE),
        ("German", "Vor zwei Stunden stürzte das Dach ein.", DISTANCE),
        ("French", "Le toit s'est effondré deux heures plus tard.", DISTANCE),
        ("French", "Le toit s'est effondré il y a deux heures.", DISTANCE),
        ("Spanish", "El techo se derrumbó dos horas después.", DISTANCE),
        ("Spanish", "El techo se derrumbó hace dos horas.", DISTANCE),
        ("Italian", "Il tetto è crollato due ore dopo.", DISTANCE),
        ("Portuguese", "O telhado desabou há duas horas.", DISTANCE),
    ],
)
def test_a_duration_is_told_in_its_frame(language: str | None, text: str, frame: str) -> None:
    assert frames(text, language) == [frame]


@pytest.mark.parametrize(
    ("language", "a", "b", "counted"),
    [
        (None, "The bridge will stay closed for three months.",
         "The bridge will stay closed for six months.", "months"),
        ("Italian", "Il ponte resterà chiuso per almeno tre mesi.",
         "Il ponte resterà chiuso per almeno sei mesi.", "mesi"),
        (None, "He was handed a 16-year sentence.", "He was handed an 18-year sentence.", ""),
    ],
)  # fmt: skip
def test_two_lengths_in_one_unit_count_the_unit_of_b(
    language: str | None, a: str, b: str, counted: str
) -> None:
    """ "three vs six months" as the reader sees it, not "three vs six"; a unit glued to
    its figure by a hyphen ("18-year") is no word to count by."""
    assert [c.counted for c in conflicts(feats(a, language), feats(b, language))] == [counted]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The bridge stayed closed for at least three months after the collapse."),
        (None, "Crews searched for more than six hours before dark."),
        ("French", "Le pont est resté fermé pendant près de trois mois après l'effondrement."),
        ("Spanish", "El puente estuvo cerrado durante al menos tres meses después del derrumbe."),
        ("Italian", "Il ponte è rimasto chiuso per almeno tre mesi dopo il crollo."),
        ("German", "Die Brücke blieb für mindestens drei Monate nach dem Einsturz gesperrt."),
    ],
)
def test_a_hedged_length_after_for_is_a_length_whatever_follows(
    language: str | None, text: str
) -> None:
    assert frames(text, language) == [LENGTH]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "Firefighters battled the flames for six hours.",
         "Firefighters battled the flames for eight hours.", "six vs eight"),
        (None, "It took firefighters 6 hours to bring the blaze under control.",
         "It took firefighters 8 hours to bring the blaze under control.", "6 vs 8"),
        ("German", "Die Feuerwehr kämpfte sechs Stunden lang gegen die Flammen.",
         "Die Feuerwehr kämpfte acht Stunden lang gegen die Flammen.", "sechs vs acht"),
        ("French", "Les pompiers ont lutté pendant trois heures contre les flammes.",
         "Les pompiers ont lutté pendant cinq heures contre les flammes.", "trois vs cinq"),
        ("Spanish", "El fuego ardió durante seis horas antes de ser controlado.",
         "El fuego ardió durante ocho horas antes de ser controlado.", "seis vs ocho"),
        ("Italian", "I vigili del fuoco hanno lottato per tre ore contro le fiamme.",
         "I vigili del fuoco hanno lottato per cinque ore contro le fiamme.", "tre vs cinque"),
        ("Portuguese", "O fogo ardeu durante seis horas até os bombeiros o controlarem.",
         "O fogo ardeu durante oito horas até os bombeiros o controlarem.", "seis vs oito"),
    ],
)  # fmt: skip
def test_two_lengths_in_one_unit_disagree_as_figures(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.NUMBER.value, detail, False)


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "Firefighters battled the flames for 72 hours.",
         "Firefighters battled the flames for two days.", "72 hours vs two days"),
        (None, "Firefighters battled the flames for three hours and 30 minutes.",
         "Firefighters battled the flames for four and a half hours.",
         "three hours and 30 minutes vs four and a half hours"),
        ("German", "Das Feuer brannte 72 Stunden lang.", "Das Feuer brannte zwei Tage lang.",
         "72 Stunden vs zwei Tage"),
        ("French", "L'incendie a brûlé pendant trois heures et demie.",
         "L'incendie a brûlé pendant quatre heures et demie.",
         "trois heures et demie vs quatre heures et demie"),
        ("Spanish", "El incendio ardió durante tres horas y media.",
         "El incendio ardió durante cuatro horas.", "tres horas y media vs cuatro horas"),
        ("Italian", "L'incendio è durato tre ore e mezza.",
         "L'incendio è durato tre ore e 40 minuti.", "tre ore e mezza vs tre ore e 40 minuti"),
        ("Portuguese", "O incêndio durou três horas e meia.",
         "O incêndio durou duas horas e 30 minutos.",
         "três horas e meia vs duas horas e 30 minutos"),
    ],
)  # fmt: skip
def test_two_lengths_told_in_other_units_disagree_whole(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "Firefighters battled the flames for 48 hours.",
         "Firefighters battled the flames for two days."),
        (None, "Firefighters battled the flames for three hours and 30 minutes.",
         "Firefighters battled the flames for three and a half hours."),
        (None, "Firefighters battled the flames for six hours.",
         "Firefighters battled the flames for 360 minutes."),
        ("German", "Das Feuer brannte 48 Stunden lang.", "Das Feuer brannte zwei Tage lang."),
        ("French", "L'incendie a brûlé pendant 48 heures.",
         "L'incendie a brûlé pendant deux jours."),
        ("French", "L'incendie a brûlé pendant trois heures et demie.",
         "L'incendie a brûlé pendant trois heures et 30 minutes."),
        ("Spanish", "El incendio ardió durante 48 horas.", "El incendio ardió durante dos días."),
        ("Spanish", "El incendio ardió durante tres horas y media.",
         "El incendio ardió durante tres horas y 30 minutos."),
        ("Italian", "L'incendio è durato 48 ore.", "L'incendio è durato due giorni."),
        ("Italian", "L'incendio è durato tre ore e mezza.",
         "L'incendio è durato tre ore e 30 minuti."),
        ("Portuguese", "O incêndio durou 48 horas.", "O incêndio durou dois dias."),
        ("Portuguese", "O incêndio durou três horas e meia.",
         "O incêndio durou três horas e 30 minutos."),
    ],
)  # fmt: skip
def test_one_length_told_in_other_units_agrees(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Firefighters battled the flames for about six hours.",
         "Firefighters battled the flames for six hours."),
        ("Firefighters battled the flames for more than five hours.",
         "Firefighters battled the flames for six hours."),
        ("Firefighters battled the flames for more than 40 hours.",
         "Firefighters battled the flames for two days."),
        ("Firefighters battled the flames for about 50 hours.",
         "Firefighters battled the flames for two days."),
        # calendar days hold any length in hours up to theirs (ECB+ 3_1/3_6)
        ("After four days deliberating on whether to recommend the death penalty, the jury "
         "deadlocked at 9-3.",
         "The jury was unable to come to a decision after 30 hours of deliberation."),
        ("Firefighters battled the flames for 48 hours.",
         "Firefighters battled the flames for three days."),
    ],
)  # fmt: skip
def test_a_loose_length_or_one_in_days_agrees_with_the_length_it_allows(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_length_in_days_told_of_a_hyphened_noun_gives_its_value() -> None:
    # ECB+ 1_3/1_7: the "90-day stay" gives the other's "90 days", and the 30 days done
    # are another length
    a = (
        "At the Betty Ford Centre the actress has just finished 30 days' worth of treatment "
        "and won't stay there for her court-ordered 90-day stay in rehab."
    )
    assert details(a, "The court ordered her to serve 90 days of treatment.") == []


def test_two_distances_in_other_units_tell_two_moments() -> None:
    # ECB+ 9_1/9_7: the rule takes effect nine days before, was issued six weeks before
    a = "The new endangered species rule takes effect nine days before Obama's inauguration."
    b = (
        "Just six weeks before President-elect Barack Obama takes office, the Bush "
        "administration issued revised endangered species regulations Thursday."
    )
    assert details(a, b) == []


def test_a_bound_the_other_length_breaks_disagrees() -> None:
    a = "Firefighters battled the flames for more than five hours."
    assert details(a, "Firefighters battled the flames for four hours.") == ["five vs four"]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "The firm must report the fire to the authorities within 48 hours.",
         "The firm took 72 hours to report the fire to the authorities."),
        (None, "Congress must pass the bill in 72 hours.",
         "Congress debated the bill for 48 hours."),
        ("German", "Die Firma muss den Brand binnen 48 Stunden den Behörden melden.",
         "Die Firma brauchte 72 Stunden, um den Brand den Behörden zu melden."),
        ("French", "La société doit signaler l'incendie dans les 48 heures aux autorités.",
         "La société a mis 72 heures à signaler l'incendie aux autorités."),
        ("Spanish", "La empresa debe informar del incendio dentro de 48 horas.",
         "La empresa tardó 72 horas en informar del incendio."),
        ("Italian", "La ditta deve segnalare l'incendio alle autorità entro 48 ore.",
         "La ditta ha impiegato 72 ore per segnalare l'incendio alle autorità."),
        ("Portuguese", "A empresa deve comunicar o incêndio em 48 horas.",
         "A empresa levou 72 horas para comunicar o incêndio."),
    ],
)  # fmt: skip
def test_a_deadline_is_no_length(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


def test_two_lengths_of_a_bill_s_passage_disagree() -> None:
    a = "Congress took 72 hours to pass the bill."
    assert details(a, "Congress debated the bill for 48 hours.") == ["72 vs 48"]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "Congress must pass the bill within 48 hours.",
         "Congress must pass the bill in 72 hours."),
        ("German", "Der Bundestag muss das Gesetz binnen 48 Stunden verabschieden.",
         "Der Bundestag muss das Gesetz in 72 Stunden verabschieden."),
        ("French", "Le Parlement doit adopter la loi dans les 48 heures.",
         "Le Parlement doit adopter la loi en 72 heures."),
        ("Spanish", "El Congreso debe aprobar la ley dentro de 48 horas.",
         "El Congreso debe aprobar la ley en 72 horas."),
        ("Italian", "Il Parlamento deve approvare la legge entro 48 ore.",
         "Il Parlamento deve approvare la legge in 72 ore."),
        ("Portuguese", "O Parlamento deve aprovar a lei no prazo de 48 horas.",
         "O Parlamento deve aprovar a lei em 72 horas."),
    ],
)  # fmt: skip
def test_a_deadline_told_with_in_disagrees_with_another_deadline(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b, language) == ["48 vs 72"]


def test_two_deadlines_disagree() -> None:
    a = "Die Firma muss den Brand binnen 48 Stunden den Behörden melden."
    b = "Die Firma muss den Brand innerhalb von 72 Stunden den Behörden melden."
    assert details(a, b, "German") == ["48 vs 72"]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "The warehouse was guarded 24 hours a day by the firm.",
         "The warehouse was guarded by the firm for six hours."),
        ("German", "Die Halle wurde 24 Stunden am Tag von der Firma bewacht.",
         "Die Halle wurde zwölf Stunden lang von der Firma bewacht."),
        ("French", "L'entrepôt était surveillé 24 heures sur 24 par la société.",
         "L'entrepôt était surveillé pendant 12 heures par la société."),
        ("Spanish", "El almacén estaba vigilado 24 horas al día por la empresa.",
         "El almacén estaba vigilado durante 12 horas por la empresa."),
        ("Italian", "Il magazzino era sorvegliato 24 ore su 24 dalla ditta.",
         "Il magazzino era sorvegliato per 12 ore dalla ditta."),
        ("Portuguese", "O armazém era vigiado 24 horas por dia pela empresa.",
         "O armazém era vigiado durante 12 horas pela empresa."),
    ],
)  # fmt: skip
def test_a_rate_is_no_length(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


def test_two_distances_from_another_moment_stand_on_a_close_link_only() -> None:
    found = only_conflict(
        "Two hours later, the roof of the warehouse collapsed.",
        "Three hours later, the roof of the warehouse collapsed.",
    )
    assert found == (DiscrepancyKind.NUMBER.value, "Two vs Three", True)


def test_a_distance_is_no_length() -> None:
    a = "Two hours later, firefighters brought the blaze under control."
    assert details(a, "Firefighters brought the blaze under control in three hours.") == []


# the headline and first sentence of a report of a warehouse fire, in each language; the
# third sentence tells something else, told by the second article in other words
FIRE = {
    None: ("Fire destroys warehouse in Setubal\n\nA fire destroyed a logistics warehouse in "
           "Setubal's industrial zone early on Sunday. ",
           "Warehouse burns down in Setubal\n\nA logistics warehouse in Setubal was reduced "
           "to ashes by a fire early on Sunday. "),
    "pt": ("Incêndio destrói armazém em Setúbal\n\nUm incêndio destruiu na madrugada de "
           "domingo um armazém de uma empresa de logística em Setúbal. ",
           "Fogo consome armazém de logística em Setúbal\n\nUm armazém de logística ficou "
           "reduzido a cinzas depois de um incêndio na madrugada de domingo em Setúbal. "),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("pt", "O fogo lavrou durante seis horas e mobilizou 80 bombeiros de sete corporações.",
         "As chamas arderam durante oito horas até serem extintas pelos 80 bombeiros.",
         "seis vs oito"),
        (None, "The blaze burned for 72 hours and drew 80 firefighters from seven stations.",
         "The flames burned for two days before the 80 firefighters put them out.",
         "72 hours vs two days"),
    ],
)  # fmt: skip
def test_two_reports_of_a_fire_disagree_on_how_long_it_burned(
    doc: Callable[[str], Document], language: str | None, a: str, b: str, detail: str
) -> None:
    opening_a, opening_b = FIRE[language]
    found = align(doc(opening_a + a), doc(opening_b + b), method="lexical")
    assert [d.detail for d in found.discrepancies] == [detail]


def test_two_reports_agree_on_a_length_told_in_other_units(
    doc: Callable[[str], Document],
) -> None:
    opening_a, opening_b = FIRE[None]
    a = "The blaze burned for 48 hours and drew 80 firefighters from seven stations."
    b = "The flames burned for two days before the 80 firefighters put them out."
    found = align(doc(opening_a + a), doc(opening_b + b), method="lexical")
    assert found.discrepancies == ()


def test_the_audit_pair_disagrees_on_how_long_the_fire_was_fought() -> None:
    """The Santos fire of the name audit: "Os bombeiros levaram seis horas para
    controlar as chamas" and "Os bombeiros trabalharam durante oito horas" scored under
    the link floor; the two lengths of one fight link them (told_lengths)."""
    found = align(*news_pair("pt"), method="lexical")
    assert [d.detail for d in found.discrepancies] == ["seis vs oito"]


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        ("Os bombeiros levaram seis horas para controlar as chamas.",
         "Os bombeiros trabalharam durante oito horas.", {(0, 0)}),
        # a length far from the other's
        ("The quake shook the city for 30 seconds.",
         "Aftershocks shook the city for two days.", set()),
        # nothing shared but the lengths
        ("The fire burned for six hours.", "Talks lasted eight hours.", set()),
        # a distance from another moment is no length
        ("Six hours later, firefighters left the warehouse.",
         "Firefighters fought the blaze for eight hours.", set()),
        # a length with a half and no figure
        ("The miners' rescue lasted an hour and a half.",
         "The miners' rescue lasted two hours.", {(0, 0)}),
        # a length in years links on its own words
        ("The strike at the plant lasted two years.",
         "The strike at the plant lasted 30 months.", set()),
    ],
)  # fmt: skip
def test_two_sentences_telling_one_length_are_paired(
    a: str, b: str, pairs: set[tuple[int, int]]
) -> None:
    language = "Portuguese" if "bombeiros" in a else None
    assert length_pairs([feats(a, language)], [feats(b, language)]) == pairs

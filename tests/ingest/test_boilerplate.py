"""Tests of reader/ingest/boilerplate.py: debris is marked, content never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ingest.boilerplate import boilerplate_spans, is_boilerplate_line
from reader.ingest.bylines import writer_names
from reader.ingest.date_lines import is_date_line
from reader.ingest.photo_credits import trailing_credit
from reader.ingest.segment import paragraph_spans
from reader.model.document import Document

# ../shared/corpora next to the repository (DESIGN.md); tests skip without it.
ECB = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "ecbplus-dev"

DEBRIS = [
    "x",
    "Sponsored: Five gold coins every investor should own",
    "Advertisement - Scroll to continue",
    "Promoted: The city breaks of the season",
    "Breaking News",
    "More () »",
    "Menu",
    "Skip to content",
    "Share",
    "Subscribe",
    "Advertisement",
    "SKIP ADVERTISEMENT",  # the New York Times' link past an advertisement
    "Sign up",
    "Log in",
    "Related stories",
    "Related articles",
    "Most viewed articles",
    "Most read",
    "RELATED: North Korea, Russia sign mutual defense pact",
    "READ MORE: Russian warships exit Havana's port",
    "See also: the full text of the treaty",
    "More coverage: Wildfire season 2026",  # the wildfire pair's wire (was only in B)
    "Full coverage: Election 2026",
    "Credit: AP",
    "Photo: Reuters",
    "(AFP/Yonhap)",
    "(AP Photo/Ahn Young-joon)",
    "Gavriil Grigorov/Sputnik/AFP",  # a picture's credit, as CNN writes it under its caption
    "Kim Hong-Ji/Reuters",
    "KCNA via Reuters",
    "Getty Images",
    "Posted on : 2024-06-20 17:30 KST Modified on : 2024-06-20 17:43 KST",
    "Updated: May 24, 2005, 3:23 PM ET",
    "Article posted on 08. 07. 2012",
    "By Lee Je-hun, senior staff writer",
    "By JOHN DOE Associated Press",
    "By Jane Roe and John Doe, Reuters",
    "By The Associated Press",
    "By Hyung-jin Kim and Kim Tong-hyung | The Associated Press",
    "The Associated Press contributed to this report.",
    "Associated Press writer Jane Roe in Tokyo contributed to this report.",
    "Choe Sang-Hun contributed reporting from Seoul.",
    "CNN’s Mike Valerio contributed reporting.",
    "Reuters contributed additional reporting.",
    "D.J. Smith and Mr. Lee contributed reporting from Tokyo.",
    "This story has been updated with additional information.",
    "This story has been updated.",
    "This is a developing story and will be updated.",
    "Associated Press",
    "Reporting by Hyonhee Shin; Editing by Ed Davies",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Please direct questions or comments to [english@hani.co.kr]",
    "Send tips to news@example.com",
    "Contact us",
    "Before You Leave, Check This Out",
    "© 2024 The Associated Press.",
    "Copyright 2024 Example Media. All rights reserved.",
    "http://articles. latimes. com/2013/may/03/local/la-me-0504-lohan-rehab-20130504",
    "https://www.example.com/news/2024/06/20/story.html",
    "2013-02-24",
    "Sunday, February 24, 2013",
    "Posted: 02/24/2013",
    "May 2, 2013 | 5:03pm",
    "12:52 p. m. EDT May 2, 2013",
    "button that move to original korean article (클릭시 원문으로 이동하는 버튼)",
    "We use cookies to improve your experience.",
    "We value your privacy",
    "We and our partners use cookies and similar technologies to store and access information.",
    "Accept",
    "Reject all",
    "Manage options",
    "Reuse this content",
    "Explore more on these topics",
    "Sign up for our daily newsletter",
    "***",
    "|",
    "1/5",
]

CONTENT = [
    "Sponsored by the city, the festival drew 20,000 people on Saturday.",
    "Advertising revenue fell 12% in the first quarter, the company said.",
    "North Korea says deal between Putin and Kim requires immediate military assistance",
    "Putin, Kim pledge ‘mutual assistance’ in event of outside aggression",
    "The deal could mark the strongest connection between Moscow and Pyongyang.",
    "By Wednesday, Putin had arrived in Pyongyang.",
    "By the end of the day, the troops had left.",
    "By The end of the day, the troops had left.",
    "The Associated Press reported the deal on Thursday.",
    "Updated figures show the agreement covers trade.",
    "The newsletter was published on Monday.",
    "More than 100 people attended the ceremony.",
    "Share prices rose 3% after the summit.",
    "(Also, his owner is being cheap right now.)",
    "Related talks will continue in Moscow.",
    "She was 85.",
    "Kim Jong Un",
    "May 2013 was warm, officials said.",
    "Analysis: What the treaty means for Seoul",
    "Photographers crowded the square.",
    "See the text, which the agency published, for details.",
    "We and our partners agreed to the deal, the minister said.",
    "The story was updated on Monday after the company sent new figures.",
    "The mayor resigned. Jane Roe contributed reporting.",
    "Reuters/Ipsos poll shows the mayor ahead",
    "Seoul/Tokyo",
    "Nobody contributed reporting of the crash to the police, the inquiry found, and the "
    "driver was not charged until the following spring, after a long investigation.",
]


# What a news site prints around a story and a reader copies with it.
SITE_CHROME = [
    "4 min read",
    "Listen to this article · 4 min",
    "This article is more than 2 years old",
    "Support our journalism. Subscribe from £1 a week.",
    "Follow us on Twitter",
    "Follow @ValleyHerald on X",
    "Already a subscriber? Log in",
    "Please turn on JavaScript. Media requires JavaScript to play.",
    "Show key events only",
    "Pinned post",
    "Don't miss",
    "Get the latest news delivered to your inbox",
    "Get the Courier in your inbox",
    "Sign up here.",
    "Pinned",
    "Like this:",
    "Purchase Licensing Rights",
    # a share bar's buttons read as words
    "Facebook X Copy link",
    "Share this story: Facebook | X | Email",
    "Share on Facebook Share on WhatsApp Copy link",
    "facebook twitter kakaotalk Copy URL",
]

DATE_STAMPS = [
    "Anna Berg · March 12, 2024",
    "March 12, 2024 · 5 min read",
    "Anna Berg • Political correspondent • 12 Mar 2024",
    "By Jane Smith | Originally published 05/03/2013 at 10:20 AM EDT",
    "Von Anna Müller · Erstveröffentlichung: 03.05.2013, 10:20 Uhr",
]


@pytest.mark.parametrize("line", DATE_STAMPS)
def test_a_date_set_off_among_byline_parts_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_sentence_with_a_date_between_bars_is_not_boilerplate() -> None:
    assert not is_boilerplate_line("The vote | held on March 12, 2024 | passed by 214 to 180.")


# What an embedded post leaves in the text around its own words.
EMBED_CHROME = [
    "— County Emergency (@CountyEM) March 13, 2024",
    "— Donald J. Trump (@realDonaldTrump) January 8, 2021",
    "pic.twitter.com/abc123XYZ",
    "A post shared by BBC News (@bbcnews)",
    "View this post on Instagram",
]


@pytest.mark.parametrize("line", EMBED_CHROME)
def test_an_embedded_post_s_attribution_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_sentence_naming_an_account_is_not_boilerplate() -> None:
    assert not is_boilerplate_line("— The mayor (@MayorPark) said the river would peak on Friday.")


# a link to the story's live coverage and a wire's link to its page of a subject (the
# match report pair, tests/data/pages/match_*)
LIVE_AND_HUB_LINKS = [
    "Relive the final as it happened with Rob Ellery's minute-by-minute report",
    "Follow the match live with our reporters at the ground",
    "Catch up on our live blog",
    # a wire's link to its live page above the story (tests/data/pages/crash_*)
    "LIVE UPDATES: Follow the latest",
    "Live blog: the latest on the storm",
    "MP soccer: https://meridianpress.example/hub/soccer",
    "AP World Cup: https://apnews.com/hub/world-cup",
    # a note on where the story first ran (tests/data/pages/outbreak_*: was a passage)
    "This story was first published on our live page on Tuesday evening.",
    "This article originally appeared in our live blog.",
]
LIVE_AND_HUB_LOOKALIKES = [
    "Fans will relive the final as it happened in 1998, the club said.",
    "Follow the money, as it happened in every transfer window, he said.",
    "UN report: https://example.org/report is cited by both sides",
    "Live updates: the minister said, were posted on the site every hour until the polls closed.",
    "This report was first published in 2019 and shaped the live debate on vaccines.",
]


@pytest.mark.parametrize("line", LIVE_AND_HUB_LINKS)
def test_a_link_to_live_coverage_or_to_a_wire_s_subject_page_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", LIVE_AND_HUB_LOOKALIKES)
def test_sentences_like_live_or_hub_links_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


# a paywall's offer left in the page (the merger pair, tests/data/pages/merger_*): was
# read as a passage only in B
PAYWALL_OFFERS = [
    "Keep reading for just £1 for 4 weeks. Then £69 per month. Complete digital access to "
    "quality journalism on any device. Cancel anytime during your trial.",
    "Continue reading for only $1 a week",
    "Complete digital access to quality journalism on any device, for $5 a month.",
    "Cancel anytime during your trial.",
]
PAYWALL_LOOKALIKES = [
    "Keep reading the small print, the regulator told savers who paid £1 for the policy.",
    "Customers could cancel at any time during the contract, the court heard.",
    "The council promised complete digital access to its records by 2027.",
]


@pytest.mark.parametrize("line", PAYWALL_OFFERS)
def test_a_paywall_s_offer_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", PAYWALL_LOOKALIKES)
def test_sentences_like_a_paywall_s_offer_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


SITE_CHROME_LOOKALIKES = [
    "The hearing lasted 4 min before the judge adjourned it.",
    "This article is about the 2024 treaty between Russia and North Korea.",
    "Support for the measure rose to 54% in the latest poll.",
    "Follow the money, the prosecutor told the jury.",
    "Already a subscriber to the service, she said she would cancel.",
    "Don't miss the point: the treaty binds both countries, Lavrov said.",
    "Get ready: the storm will be in your area by noon.",
    "Pinned down by fire, the unit waited for dawn.",
    "Share prices on X fell 5%.",
    "Facebook and X removed the posts on Monday.",
    "Copy this link to the council's page, she wrote.",
    "This story",
]


@pytest.mark.parametrize("line", SITE_CHROME)
def test_site_chrome_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", SITE_CHROME_LOOKALIKES)
def test_sentences_like_site_chrome_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


# a wire's note of what an update of its story changed (tests/data/pages/rescue_*): was
# a passage only in the wire
UPDATE_NOTES = [
    "UPDATE 4 - Updates toll, adds arrests, survivor's account",
    "UPDATE 2",
    "UPDATE 3-Adds details of rescue",
    "(Updates toll, adds quotes from survivor)",
    "(Adds details of arrests in paragraphs 9-10)",
    "(Recasts with coast guard statement)",
]
UPDATE_NOTE_LOOKALIKES = [
    "Update 2: the toll has risen to 41.",
    "UPDATE 3 - The toll has risen to 41.",
    "(Adds up to a bill of $2 million, the council said.",
    "Adds to the pressure on the minister, the report said.",
    "(Reuters) - The coast guard said on Thursday.",
]


@pytest.mark.parametrize("line", UPDATE_NOTES)
def test_a_wire_s_update_note_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", UPDATE_NOTE_LOOKALIKES)
def test_sentences_like_an_update_note_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_line_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", CONTENT)
def test_content_line_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


DATE_LINES = [
    ("2013-02-24", True),
    ("Sunday, February 24, 2013", True),
    ("Posted: 02/24/2013", True),
    ("Tuesday 28 April 2009 22. 34 BST", True),
    ("Dec 13, 2008, 06.42pm IST", True),
    ("Updated: 13 December 2008, 06.42PM", True),
    ("WEDNESDAY, MARCH 4, 2009, 10:53 AM", True),
    ("May", False),
    ("May just", False),
    ("She was 85.", False),
    ("March on Washington", False),
    ("On May 2, 2013, she checked in.", False),
    ("12 January 2010 @ 09:29 pm", True),
    ("First Posted 23:37:00 05/05/2010", True),
    ("WASHINGTON, DC, April 28, 2009", True),
    ("7:00pm UK, Wednesday 05 May 2010", True),
    ("Kim Visits Moscow, May 2024", False),
    ("Obama said May 4, 2009 was a good day", False),
    ("Putin, Kim, Xi, Lee, May 4, 2009", False),
    ("ATHENS, May 5, 2010", True),
    ("ATHENS, Greece, May 5, 2010", True),
    ("ATHENS, Greece (AP) May 5, 2010", True),
    ("New York, March 14, 2024 (AP)", True),
    ("Port Ellis, March 14, 2024 (Wire)", True),
    ("Police (AP) said May 5, 2010 was", False),
    ("September 30, 2023 11:41 PM UTC · Updated 2 hours ago", True),
    ("4:10 PM EDT | Last updated 5 mins ago", True),
    ("11.32 GMT", True),  # a live blog's update time, as British papers write it
    ("6.40pm", True),
    ("10.57 BST", True),
    ("3.45", False),
    ("3.45 million", False),
    ("Updated 2 hours ago", False),  # no date: nothing to read
    ("Turnout was updated 2 hours ago", False),
    # other languages' datelines, day first
    ("Pjöngjang, 19. Juni 2024", True),
    ("Moskau/Seoul, 19. Juni 2024", True),
    ("Mittwoch, 19. Juni 2024", True),
    ("Paris, 16 avril 2019", True),
    ("1er juin 2024", True),
    ("Madrid, 10 de septiembre de 2023", True),
    ("São Paulo, 3 de março de 2021", True),
    ("Roma, 5 maggio 2023", True),
    ("Washington/New York, May 5, 2010", True),
    ("Putin kam am 19. Juni 2024 in Pjöngjang an.", False),
    ("Der Vertrag gilt seit Juni", False),
    ("Monaco", False),
    ("Hamburg, 19. Juni 2024 (dpa)", True),
    ("Hamburg (dpa), 19. Juni 2024", True),
    ("Hamburg, 19. Juni 2024 – dpa", True),
    ("Zürich, 19. Juni 2024 (sda)", True),
    ("Hamburg, den 19. Juni 2024", True),
    ("Hamburg, 19.06.2024", True),
    ("Hamburg, 19. Juni 2024, 14:30 Uhr", True),
    ("Frankfurt am Main, 19. Juni 2024", True),
    ("Rio de Janeiro, 3 de março de 2021", True),
    ("Paris, le 19 juin 2024", True),
    # other languages' short months
    ("Pjöngjang, 19. Jun. 2024", True),
    ("Paris, 19 juil. 2024", True),
    ("Madrid, 19 ene. 2024 (EFE)", True),
    ("19 févr. 2024 à 14h30 CET", True),
    ("Set 2024", False),  # a short month only after a day
    ("Out 2", False),
    # other languages' site stamps: the label, the date, the time
    ("Publié le 19 juin 2024 à 14h30", True),
    ("Mis à jour le 19 juin 2024 à 16h05", True),
    ("Publié le 19/06/2024 à 14:30", True),
    ("Publié le 19 juin 2024 à 14h30, mis à jour le 20 juin 2024 à 08h00", True),
    ("Veröffentlicht am 19.06.2024 um 14:30 Uhr", True),
    ("Zuletzt aktualisiert am 20.06.2024 um 08:12 Uhr", True),
    ("Stand: 19.06.2024 14:30 Uhr", True),
    ("Actualizado: 19/06/2024 - 14:30", True),
    ("Publicado el 19 jun 2024 - 14:30 CEST", True),
    ("Aggiornato il 19 giugno 2024 alle ore 14:30", True),
    ("Publicado em 19 de junho de 2024 às 14h30", True),
    ("Gepubliceerd op 19 juni 2024 om 14:30", True),
    ("Le traité a été publié le 19 juin 2024 à Pyongyang.", False),
    # a first publication's stamp, as sites print it under or after the story (People.com:
    # "Originally published 05/03/2013 at 10:20 AM EDT"), numeric dates in either order
    ("Originally published 05/03/2013 at 10:20 AM EDT", True),
    ("Originally posted on 3.5.2013", True),
    ("Initially published 2013-05-03 10:20 UTC", True),
    ("First published on 3.5.2013, 10:20 BST", True),
    ("Last updated 05/03/2013 at 12:05 PM EDT", True),
    ("Erstveröffentlichung: 03.05.2013, 10:20 Uhr", True),
    ("Zuerst veröffentlicht am 3.5.2013 um 10:20 Uhr (MESZ)", True),
    ("Erstmals erschienen am 2013-05-03", True),
    ("Aktualisiert am 3.5.2013, 12:05 Uhr", True),
    ("Publié le 03/05/2013 à 10h20 Mis à jour le 03/05/2013 à 12h05", True),
    ("Publié initialement le 03/05/2013", True),
    ("Première publication le 3.5.2013 à 10h20", True),
    ("Publicado el 03/05/2013 a las 10:20 CEST", True),
    ("Publicado originalmente em 2013-05-03 às 10h20", True),
    ("Actualizado 03/05/2013 12:05", True),
    ("Atualizado em 03/05/2013", True),
    ("Pubblicato il 3.5.2013 alle 10:20", True),
    ("Pubblicato per la prima volta il 03/05/2013", True),
    ("Aggiornato il 3.5.2013", True),
    # ... and the story's sentences their words open
    ("The report was first published in 2013 by the ministry.", False),
    ("Originally published in 2013, the report was withdrawn.", False),
    ("Der Bericht wurde zuerst am 3.5.2013 veröffentlicht.", False),
    ("Le rapport, publié initialement le 3 mai 2013, a été retiré.", False),
    ("El informe fue publicado por primera vez el 3/5/2013.", False),
    ("O relatório foi publicado originalmente em 2013 pelo ministério.", False),
    ("Il rapporto è stato pubblicato per la prima volta il 3.5.2013.", False),
    # hyphenated and dotted places
    ("Garmisch-Partenkirchen, 5. Juni 2024", True),
    ("Aix-en-Provence, 5 juin 2024", True),
    ("Saint-Denis, 5 juin 2024 (AFP)", True),
    ("WASHINGTON, D.C., June 5, 2024", True),
    ("WINSTON-SALEM, N.C., June 5, 2024", True),
    ("St. Louis, June 5, 2024", True),
    ("Garmisch-Partenkirchen liegt am 5. Juni 2024 im Regen", False),
    # a French live blog's update time
    ("11h40", True),
    ("Le 14h30 est parti", False),
    ("Stand der Dinge am 19. Juni 2024", False),
    # live pages' update times in other languages, as their sites set them
    ("14 h 32", True),
    ("à 14 h 32", True),
    ("14.32 Uhr", True),
    ("um 14.32 Uhr", True),
    ("14.32 h", True),
    ("a las 14.32", True),
    ("alle 14.32", True),
    ("12.12.2023 • 14:32 Uhr", True),
    ("Le 12 h 30 est parti", False),
    ("Il a 3 h de retard", False),
    ("5 h 30 du matin", False),
    ("3.45", False),
]


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


CREDITS = [
    ("Kim met Putin on June 18, 2024. (AFP/Yonhap)", "(AFP/Yonhap)"),
    ("Kim waves to the crowd. (AP Photo/Ahn Young-joon)", "(AP Photo/Ahn Young-joon)"),
    ("Kim waves. (KCNA via AP)", "(KCNA via AP)"),
    ("Kim waves. (Reuters)", "(Reuters)"),
    ("Kim waves (to the crowd)", None),
    ("Kim and Putin in Pyongyang (AFP/Yonhap)", "(AFP/Yonhap)"),
    ("Kim and Putin in Pyongyang (Reuters)", "(Reuters)"),
    ("Talks with the agency (AP) went well", None),
    ("Kim met Putin (in Pyongyang)", None),
    ("The talks lasted three hours. (They went well, aides said.)", None),
    ("No credit here.", None),
    ("Protesters clash with police in Athens. Photo: Reuters", "Photo: Reuters"),
    ("Kim waves. Credit: AP Photo/Ahn Young-joon", "Credit: AP Photo/Ahn Young-joon"),
    ("The photo: a man and his dog walking.", None),
    ("Protesters clash. Photo: this was taken when the police came to the square", None),
    (
        "Firefighters pour water on the library. Photo: Lena Marsh for The Northern Review",
        "Photo: Lena Marsh for The Northern Review",
    ),
    ("The crowd waits. Photo: taken for the record by a neighbour", None),
    (
        "The governor speaks in Tokyo, December 19, 2024. REUTERS/Kim Kyung-Hoon",
        "REUTERS/Kim Kyung-Hoon",
    ),
    (
        "The governor speaks in Tokyo. REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights",
        "REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights",
    ),
    ("The governor speaks in Tokyo. Purchase Licensing Rights", "Purchase Licensing Rights"),
    ("Talks resumed. EU/NATO talks resume today", None),
    # a chart's source (tests/data/pages/outbreak_*: was a passage only in A)
    ("Weekly confirmed cases. Source: VIPH", "Source: VIPH"),
    ("Cases rose. Source: officials said the count was late and incomplete", None),
    # German's labels (tests/data/pages/wahl_*: was a passage only in B)
    ("Wahlsieger Wendler am Sonntagabend. Foto: dpa/Jana Roth", "Foto: dpa/Jana Roth"),
    ("Die Altstadt am Morgen. Bild: imago/Max Weber", "Bild: imago/Max Weber"),
    ("Der Pegel stieg. Foto: zeigt den Pegel am Morgen vor der Brücke in der Stadt", None),
]


@pytest.mark.parametrize(("line", "credit"), CREDITS)
def test_trailing_credit(line: str, credit: str | None) -> None:
    start = trailing_credit(line)
    assert (line[start:] if start is not None else None) == credit


def _marked(text: str) -> list[str]:
    spans = boilerplate_spans(text, paragraph_spans(text))
    return [text[s.start : s.end] for s in spans]


_GERMAN_STORY = (
    "Unwetter setzt Altstadt unter Wasser\n"
    "Ein heftiges Unwetter hat am Dienstagabend die Altstadt unter Wasser gesetzt.\n"
    "Verletzt wurde nach Angaben der Polizei niemand. Mehrere Straßen bleiben gesperrt.\n"
)


@pytest.mark.parametrize("initials", ["mes", "(mes)", "mes/jk", "Text: mes"])
def test_an_editor_s_initials_the_story_ends_with_are_boilerplate(initials: str) -> None:
    assert _marked(f"{_GERMAN_STORY}{initials}") == [initials]


def test_initials_before_a_copyright_line_at_the_end_are_boilerplate() -> None:
    text = f"{_GERMAN_STORY}(mes)\n© Tagesblatt 2024"
    assert _marked(text) == ["(mes)", "© Tagesblatt 2024"]


def test_a_short_real_last_line_stays() -> None:
    """An interview's last answer: no initials."""
    text = "Werden Sie wieder antreten?\nJa."
    assert _marked(text) == []


def test_initials_before_the_story_s_last_line_stay() -> None:
    """A line of small letters amid the story is not read as initials."""
    text = f"{_GERMAN_STORY}mes\nDer Bürgermeister kündigte an, die Schäden zu prüfen."
    assert _marked(text) == []


def test_exact_duplicate_paragraph_is_boilerplate() -> None:
    text = "Caption of the photo.\nBody text here.\nCaption of the photo."
    assert _marked(text) == ["Caption of the photo."]


def test_headlines_under_related_stories_are_boilerplate() -> None:
    text = "Body text.\nRelated stories\nKim visits Moscow\nPutin in Hanoi\nThe article goes on."
    assert _marked(text) == ["Related stories", "Kim visits Moscow", "Putin in Hanoi"]


# A BBC story copied from the browser as text: its save button, its writer's lines, the
# picture's credit and caption, then "Related" cards (a headline, how long ago, a
# section), "More from the BBC" and its topics.
BBC_COPIED = """Putin and Kim sign defence pact in Pyongyang
19 June 2024
Share
Save
Jean Mackenzie
Seoul correspondent
Reporting from Seoul
Getty Images
Vladimir Putin was greeted by Kim Jong Un at Pyongyang airport early on Wednesday
Russian President Vladimir Putin and North Korean leader Kim Jong Un have signed a pact.
The agreement was signed during Mr Putin's first visit to Pyongyang in 24 years.
Related
What is in the Putin-Kim pact?
19 hrs ago
Asia
Why is Putin visiting North Korea?
2 days ago
Asia
More from the BBC
Related topics
North Korea
Russia"""


def test_what_a_copied_bbc_story_carries_besides_the_story_is_boilerplate() -> None:
    assert _marked(BBC_COPIED) == [
        "19 June 2024",
        "Share",
        "Save",
        "Jean Mackenzie",
        "Seoul correspondent",
        "Reporting from Seoul",
        "Getty Images",
        "Related",
        "What is in the Putin-Kim pact?",
        "19 hrs ago",
        "Asia",
        "Why is Putin visiting North Korea?",
        "2 days ago",
        "Asia",
        "More from the BBC",
        "Related topics",
        "North Korea",
        "Russia",
    ]


# A writer's name alone on a line beside the byline's other lines is dimmed with them;
# the same shape of line elsewhere is read.
BARE_NAMES = [
    (
        "The talks went on.\nJean Mackenzie\nSeoul correspondent\nThe pact was signed.",
        ["Jean Mackenzie", "Seoul correspondent"],
    ),
    ("Kelly Ng\nBBC News\nThe pact was signed.", ["Kelly Ng", "BBC News"]),
    (
        "Rupert Wingfield-Hayes and Laura Bicker\nBBC News, Seoul\nThe pact was signed.",
        ["Rupert Wingfield-Hayes and Laura Bicker", "BBC News, Seoul"],
    ),
    ("2 hours ago\nJean Mackenzie\nThe pact was signed.", ["2 hours ago", "Jean Mackenzie"]),
    ("The talks went on.\nKim Jong Un\nThe leader said little.", []),
    ("10:32 GMT\nBoris Johnson\nThe former prime minister spoke.", ["10:32 GMT"]),
    ("BBC News cuts jobs\nThe corporation said.", []),
]


@pytest.mark.parametrize(("text", "dimmed"), BARE_NAMES)
def test_a_bare_name_is_dimmed_beside_the_writer_s_role_or_the_story_s_age(
    text: str, dimmed: list[str]
) -> None:
    assert _marked(text) == dimmed


def test_headline_after_a_navigation_heading_is_kept() -> None:
    text = "Trending\nKim and Putin sign a pact\nThe body begins here."
    assert _marked(text) == ["Trending"]


def test_caption_keeps_its_text_and_loses_its_credit() -> None:
    text = "Kim and Putin walk on June 18, 2024. (AFP/Yonhap)"
    assert _marked(text) == ["(AFP/Yonhap)"]


# The seeds, line by line -------------------------------------------------------------

AP_DEBRIS = [
    "x",
    "Breaking News",
    "More () »",
    "Credit: AP",
    "RELATED: North Korea, Russia sign mutual defense pact",
    "RELATED: Russian warships exit Havana's port as fleet's visit to Cuba wraps",
    "Before You Leave, Check This Out",
]
HANKYOREH_DEBRIS = [
    "Posted on : 2024-06-20 17:30 KST Modified on : 2024-06-20 17:43 KST",
    "By Lee Je-hun, senior staff writer",
    "Please direct questions or comments to [english@hani.co.kr]",
    "Related stories",
    "Most viewed articles",
]
CAPTION = (
    "North Korean leader Kim Jong-un and President Vladimir Putin of Russia walk side-by-side "
    "at a welcome ceremony for Putin and his delegation held at Kim Il-sung Square in "
    "Pyongyang, North Korea, on June 18, 2024."
)


def _boilerplate_texts(doc: Document) -> set[str]:
    return {doc.slice(b) for b in doc.boilerplate}


def _lines(doc: Document) -> list[str]:
    return [doc.slice(p) for p in doc.paragraphs]


def test_ap_seed_debris_is_boilerplate(seed_b_path: Path) -> None:
    doc = load_document(seed_b_path)
    marked = {doc.slice(p) for p in doc.paragraphs if doc.is_boilerplate(p)}
    assert marked == set(AP_DEBRIS)


def test_hankyoreh_seed_debris_is_boilerplate(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    marked = _boilerplate_texts(doc)
    assert set(HANKYOREH_DEBRIS) <= marked
    assert any(m.startswith("button that move to original korean article") for m in marked)


@pytest.mark.parametrize("fixture", ["seed_a_path", "seed_b_path"])
def test_seed_content_sentences_are_not_boilerplate(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    doc = load_document(request.getfixturevalue(fixture))
    debris = set(AP_DEBRIS) | set(HANKYOREH_DEBRIS) | {"(AFP/Yonhap)"}
    content = [
        s
        for s in doc.sentences
        if doc.slice(s) not in debris
        and not doc.slice(s).startswith("button that move")
        and doc.slice(s) != CAPTION
    ]
    assert len(content) >= 18
    assert [doc.slice(s) for s in content if doc.is_boilerplate(s)] == []


def test_hankyoreh_caption_duplicate_is_boilerplate(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    captions = [p for p in doc.paragraphs if doc.slice(p).startswith(CAPTION)]
    assert len(captions) == 2
    first, second = captions
    assert second in doc.boilerplate or any(b.contains(second) for b in doc.boilerplate)
    caption_sentence = next(s for s in doc.sentences if first.contains(s))
    assert doc.slice(caption_sentence) == CAPTION
    assert not doc.is_boilerplate(caption_sentence)


def test_hankyoreh_caption_credit_is_boilerplate(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    first = next(p for p in doc.paragraphs if doc.slice(p).startswith(CAPTION))
    credits = [b for b in doc.boilerplate if first.contains(b)]
    assert [doc.slice(b) for b in credits] == ["(AFP/Yonhap)"]


# ECB+ articles: URL and date lines are boilerplate, sentences are not --------------

ECB_CASES: list[tuple[str, list[str]]] = [
    ("1ecbplus/1_10ecbplus.txt", ["http://articles. latimes. com/", "May 03, 2013"]),
    (
        "1ecbplus/1_11ecbplus.txt",
        [
            "http://www.nydailynews. com/",
            "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
            "UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM",
        ],
    ),
    ("1ecbplus/1_12ecbplus.txt", ["http://nypost. com/", "May 2, 2013 | 5:03pm"]),
    ("4ecb/4_1ecb.txt", []),
    ("12ecbplus/12_10ecbplus.txt", ["http://www.hindustantimes. com/", "November 12, 2011"]),
    ("7ecbplus/7_7ecbplus.txt", ["http://www.eastsideboxing. com/", "Article posted on"]),
]


@pytest.mark.skipif(not ECB.is_dir(), reason="ECB+ development corpus not present")
@pytest.mark.parametrize(("name", "meta"), ECB_CASES)
def test_ecb_url_and_date_lines_are_boilerplate_and_sentences_are_not(
    name: str, meta: list[str]
) -> None:
    doc = load_document(ECB / name)
    marked = [doc.slice(p) for p in doc.paragraphs if doc.is_boilerplate(p)]
    assert len(marked) == len(meta)
    assert all(m.startswith(prefix) for m, prefix in zip(marked, meta, strict=True))


@pytest.mark.skipif(not ECB.is_dir(), reason="ECB+ development corpus not present")
def test_ecb_title_source_and_date() -> None:
    doc = load_document(ECB / "1ecbplus/1_10ecbplus.txt")
    assert (doc.title, doc.source, doc.date) == (
        "Lindsay Lohan checks into Betty Ford Center",
        "latimes.com",
        "2013-05-03",
    )


_GUARDIAN_TOP = (
    "Ukraine strikes Russian airbase\n\nShaun Walker and Pjotr Sauer in Moscow\n\n"
    "Ukraine has struck a Russian airbase, its military intelligence agency said.\n\n"
    "Olena Kovalenko\n\nA villager said she had heard several explosions before dawn."
)


def _dimmed_lines(text: str, writers: frozenset[str]) -> list[str]:
    return [text[b.start : b.end] for b in boilerplate_spans(text, paragraph_spans(text), writers)]


def test_a_line_of_the_page_s_writers_names_is_dimmed() -> None:
    writers = writer_names(["Shaun Walker", "Pjotr Sauer"])
    assert _dimmed_lines(_GUARDIAN_TOP, writers) == ["Shaun Walker and Pjotr Sauer in Moscow"]


def test_a_line_of_names_is_read_when_the_page_names_no_writer() -> None:
    assert _dimmed_lines(_GUARDIAN_TOP, frozenset()) == []


# rights reserved in other languages (fifty-first session: the Italian page pair's
# "Riproduzione riservata © Il Corriere Nazionale" was a passage "only in A")
RESERVED_RIGHTS = [
    "Riproduzione riservata © Il Corriere Nazionale",
    "RIPRODUZIONE RISERVATA",
    "Tutti i diritti riservati",
    "Tous droits réservés",
    "Todos los derechos reservados",
    "Alle Rechte vorbehalten.",
    # Dutch (fifty-second session, tests/data/pages/dijk_*)
    "© 2026 Maasdal Media. Alle rechten voorbehouden.",
    "Alle rechten voorbehouden",
]


@pytest.mark.parametrize("line", RESERVED_RIGHTS)
def test_rights_reserved_in_other_languages_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_sentence_on_a_reserved_reproduction_is_not_boilerplate() -> None:
    assert not is_boilerplate_line(
        "La riproduzione è riservata ai soci del club, ha spiegato il presidente, che ha "
        "parlato a lungo del progetto e dei suoi costi."
    )


@pytest.mark.parametrize(
    "line",
    [
        "This interview has been edited for length and clarity.",
        "The conversation has been condensed and lightly edited.",
        "Answers have been edited for brevity.",
        "This transcript has been translated from Swedish and edited for length.",
        "Edited for length and clarity.",
        "Lightly edited for clarity.",
    ],
)
def test_an_interview_s_edited_for_length_note_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_sentence_on_editing_something_else_is_not_boilerplate() -> None:
    assert not is_boilerplate_line("The minister said the report had been edited for length.")
    assert not is_boilerplate_line("This interview was conducted in Swedish on Thursday.")

"""Tests of reader/ingest/email_message.py (and its branch of load.py): a press release or
a forwarded story saved as an e-mail (.eml) read as the article it carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import IngestError
from reader.ingest import load_document
from reader.model import Document

HEADERS = """\
Return-Path: <press@ministry.example>
From: "Press Office" <press@ministry.example>
To: desk@paper.example
Subject: =?utf-8?q?Fwd=3A_Ministry_welcomes_the_treaty_=E2=80=93_statement?=
Date: Wed, 19 Jun 2024 10:15:00 +0900
Message-ID: <abc123@ministry.example>
MIME-Version: 1.0
"""

PLAIN = """\
The ministry said on Wednesday that the treaty signed in Pyongyang
holds, and that parliament would ratify it before the end of the
month. Officials said the text had been agreed in three rounds of
talks.

=E2=80=9CWe welcome it,=E2=80=9D the minister said.
"""


def mail(tmp_path: Path, body: str, headers: str = HEADERS) -> Path:
    path = tmp_path / "release.eml"
    path.write_bytes((headers + body).replace("\n", "\r\n").encode("ascii"))
    return path


def alternative(plain: str, html: str) -> str:
    return (
        'Content-Type: multipart/alternative; boundary="XYZ"\n\n--XYZ\n'
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: '
        f'quoted-printable\n\n{plain}--XYZ\nContent-Type: text/html; charset="utf-8"\n\n'
        f"{html}\n--XYZ--\n"
    )


def test_the_subject_sender_and_date_are_the_articles(tmp_path: Path) -> None:
    doc = load_document(mail(tmp_path, alternative(PLAIN, "<p>The ministry said.</p>")))
    assert (doc.title, doc.source, doc.date) == (
        "Ministry welcomes the treaty \u2013 statement",
        "Press Office",
        "2024-06-19",
    )


def test_the_plain_text_part_is_read_with_its_wrapped_sentences_whole(tmp_path: Path) -> None:
    doc = load_document(mail(tmp_path, alternative(PLAIN, "<p>The ministry said.</p>")))
    assert [doc.slice(s) for s in doc.sentences] == [
        "The ministry said on Wednesday that the treaty signed in Pyongyang holds, and that "
        "parliament would ratify it before the end of the month.",
        "Officials said the text had been agreed in three rounds of talks.",
        "\u201cWe welcome it,\u201d the minister said.",
    ]


def test_a_message_in_html_alone_is_read_as_a_web_page(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Ministry welcomes the treaty</h1><p>The ministry said on Wednesday "
        "that the treaty signed in Pyongyang holds, and that parliament would ratify it "
        "before the end of the month.</p></body></html>"
    )
    body = f'Content-Type: text/html; charset="utf-8"\n\n{html}\n'
    doc = load_document(mail(tmp_path, body))
    assert "parliament would ratify it before the end of the month." in doc.text
    assert "<p>" not in doc.text


def test_a_message_with_pictures_in_its_html_is_read_as_an_e_mail(tmp_path: Path) -> None:
    # a mail program sends an HTML message with a logo as multipart/related, as a browser
    # saves a page with its pictures (MHTML): the file is still the e-mail, with its
    # plain-text part, subject, sender and date
    logo = "Content-Type: image/png\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\n"
    body = (
        'Content-Type: multipart/related; boundary="REL"\n\n--REL\n'
        + alternative(PLAIN, '<p>The ministry said.</p><img src="cid:logo">')
        + f"--REL\n{logo}iVBORw0KGgo=\n--REL--\n"
    )
    doc = load_document(mail(tmp_path, body))
    assert (doc.title, doc.source, doc.date) == (
        "Ministry welcomes the treaty \u2013 statement",
        "Press Office",
        "2024-06-19",
    )
    assert doc.text.startswith("The ministry said on Wednesday that the treaty")


def test_an_attached_text_file_is_not_the_message(tmp_path: Path) -> None:
    body = (
        'Content-Type: multipart/mixed; boundary="M"\n\n--M\n'
        'Content-Type: text/plain; charset="utf-8"\n'
        'Content-Disposition: attachment; filename="notes.txt"\n\nInternal notes only.\n'
        '--M\nContent-Type: text/html; charset="utf-8"\n\n<p>The treaty holds.</p>\n--M--\n'
    )
    doc = load_document(mail(tmp_path, body))
    assert "Internal notes" not in doc.text
    assert "The treaty holds." in doc.text


def test_a_message_with_no_text_is_refused(tmp_path: Path) -> None:
    body = "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    with pytest.raises(IngestError, match="holds no text"):
        load_document(mail(tmp_path, body))


def test_an_article_opening_with_a_from_line_is_no_e_mail(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "From: the editors\nSubject to change, the summit goes ahead.\n\nThe talks begin "
        "on Monday.\n",
        encoding="utf-8",
    )
    assert load_document(path).text.startswith("From: the editors")


def test_a_subject_in_an_unknown_charset_is_read_all_the_same(tmp_path: Path) -> None:
    headers = HEADERS.replace(
        "=?utf-8?q?Fwd=3A_Ministry_welcomes_the_treaty_=E2=80=93_statement?=",
        "=?x-unknown?q?Treaty_holds?=",
    )
    doc = load_document(mail(tmp_path, "Content-Type: text/plain\n\nThe treaty holds.\n", headers))
    assert doc.title == "Treaty holds"


def test_a_message_whose_base64_is_damaged_is_refused(tmp_path: Path) -> None:
    import base64

    encoded = base64.encodebytes(b"The treaty holds, the ministry said. " * 8).decode("ascii")
    body = (
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + encoded[:30]
        + "!!*"
        + encoded[33:-5]
    )
    with pytest.raises(IngestError, match="damaged"):
        load_document(mail(tmp_path, body))


FORWARDED_BODY = (
    "The ministry said on Wednesday that the treaty signed in Pyongyang\n"
    "holds, and that parliament would ratify it before the end of the\n"
    "month.\n"
)


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",  # Gmail
        "-------- Forwarded Message --------",  # Thunderbird
        "Begin forwarded message:",  # Apple Mail
        "________________________________",  # Outlook
    ],
)
def test_a_forwarded_message_is_the_article_and_its_sender_the_source(
    tmp_path: Path, marker: str
) -> None:
    body = (
        "Content-Type: text/plain; charset=utf-8\n\nFYI, the statement below.\n\n"
        f"{marker}\nFrom: Ministry Press Office <press@ministry.example>\n"
        "Sent: Tuesday, June 18, 2024 10:15 AM\nTo: desk@paper.example\n"
        "Subject: Ministry welcomes the treaty\n\n" + FORWARDED_BODY
    )
    doc = load_document(mail(tmp_path, body))
    assert_the_statement_forwarded(doc)


@pytest.mark.parametrize(
    "forward",
    [
        # Gmail in French: a space before each colon (a no-break space, as French writes it)
        "---------- Message transféré ---------\nDe\u00a0: Ministry Press Office "
        "<press@ministry.example>\nDate\u00a0: mar. 18 juin 2024 à 10:15\n"
        "Objet\u00a0: Ministry welcomes the treaty\nÀ\u00a0: desk@paper.example",
        # Outlook in French
        "-----Message d'origine-----\nDe : Ministry Press Office <press@ministry.example>\n"
        "Envoyé : mardi 18 juin 2024 10:15\nÀ : desk@paper.example\n"
        "Objet : Ministry welcomes the treaty",
        # Apple Mail in French
        "Début du message réexpédié :\n\nDe: Ministry Press Office <press@ministry.example>\n"
        "Objet: Ministry welcomes the treaty\nDate: 18 juin 2024 à 10:15:00 UTC+9",
        # Thunderbird in German
        "-------- Weitergeleitete Nachricht --------\nBetreff: Ministry welcomes the treaty\n"
        "Datum: Tue, 18 Jun 2024 10:15:00 +0900\n"
        "Von: Ministry Press Office <press@ministry.example>\nAn: desk@paper.example",
        # Outlook in German
        "-----Ursprüngliche Nachricht-----\nVon: Ministry Press Office "
        "<press@ministry.example>\nGesendet: Dienstag, 18. Juni 2024 10:15\n"
        "An: desk@paper.example\nBetreff: Ministry welcomes the treaty",
        # Gmail in Spanish
        "---------- Mensaje reenviado ---------\nDe: Ministry Press Office "
        "<press@ministry.example>\nDate: mar, 18 jun 2024 a las 10:15\n"
        "Subject: Ministry welcomes the treaty\nTo: desk@paper.example",
        # Outlook in Spanish
        "-----Mensaje original-----\nDe: Ministry Press Office <press@ministry.example>\n"
        "Enviado el: martes, 18 de junio de 2024 10:15\nPara: desk@paper.example\n"
        "Asunto: Ministry welcomes the treaty",
        # Gmail in Italian
        "---------- Messaggio inoltrato ---------\nDa: Ministry Press Office "
        "<press@ministry.example>\nDate: mar 18 giu 2024 alle ore 10:15\n"
        "Subject: Ministry welcomes the treaty\nTo: desk@paper.example",
        # Outlook in Italian: a numeric date, day first
        "-----Messaggio originale-----\nDa: Ministry Press Office <press@ministry.example>\n"
        "Inviato: 18/06/2024 10:15\nA: desk@paper.example\n"
        "Oggetto: Ministry welcomes the treaty",
        # Gmail in Portuguese
        "---------- Mensagem encaminhada ---------\nDe: Ministry Press Office "
        "<press@ministry.example>\nDate: ter., 18 de jun. de 2024 às 10:15\n"
        "Subject: Ministry welcomes the treaty\nTo: desk@paper.example",
        # Apple Mail in Portuguese
        "Início da mensagem encaminhada:\n\nDe: Ministry Press Office "
        "<press@ministry.example>\nAssunto: Ministry welcomes the treaty\n"
        "Data: 18 de junho de 2024 10:15:00 BRT\nPara: desk@paper.example",
    ],
)
def test_a_message_forwarded_by_a_mail_program_in_another_language_is_the_article(
    tmp_path: Path, forward: str
) -> None:
    note = "Pour info, le communiqué ci-dessous."
    body = f"Content-Type: text/plain; charset=utf-8\n\n{note}\n\n{forward}\n\n" + FORWARDED_BODY
    path = tmp_path / "release.eml"
    path.write_bytes((HEADERS + body).replace("\n", "\r\n").encode("utf-8"))
    doc = load_document(path)
    assert_the_statement_forwarded(doc)


def test_a_day_first_date_of_an_outlook_forward_in_another_language(tmp_path: Path) -> None:
    forward = (
        "-----Message d'origine-----\nDe : Ministry Press Office <press@ministry.example>\n"
        "Envoyé : 05/06/2024 10:15\nObjet : Ministry welcomes the treaty"
    )
    body = f"Content-Type: text/plain; charset=utf-8\n\nFYI\n\n{forward}\n\n" + FORWARDED_BODY
    path = tmp_path / "release.eml"
    path.write_bytes((HEADERS + body).replace("\n", "\r\n").encode("utf-8"))
    assert load_document(path).date == "2024-06-05"


def assert_the_statement_forwarded(doc: Document) -> None:
    """``doc`` is the ministry's statement a colleague forwarded, with its own title,
    sender and date, the colleague's "FYI" left out."""
    assert (doc.title, doc.source, doc.date) == (
        "Ministry welcomes the treaty",
        "Ministry Press Office",
        "2024-06-18",
    )
    assert "FYI" not in doc.text
    assert doc.text.startswith("The ministry said on Wednesday that the treaty signed in")


def test_a_message_forwarding_nothing_keeps_its_own_sender(tmp_path: Path) -> None:
    body = "Content-Type: text/plain; charset=utf-8\n\n" + FORWARDED_BODY
    assert load_document(mail(tmp_path, body)).source == "Press Office"


def attached(note: str, story: str) -> str:
    """A body forwarding ``story`` as an attachment, under the forwarder's ``note``."""
    return (
        'Content-Type: multipart/mixed; boundary="M"\n\n--M\n'
        f"Content-Type: text/plain; charset=utf-8\n\n{note}\n--M\n"
        'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="story.eml"\n\n'
        "From: Ministry Press Office <press@ministry.example>\n"
        "Subject: Ministry welcomes the treaty\nDate: Tue, 18 Jun 2024 10:15:00 +0900\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{story}\n--M--\n"
    )


def test_a_message_forwarded_as_an_attachment_is_the_article(tmp_path: Path) -> None:
    doc = load_document(mail(tmp_path, attached("FYI, see the statement.", FORWARDED_BODY)))
    assert_the_statement_forwarded(doc)


def test_a_note_longer_than_the_message_it_attaches_is_the_article(tmp_path: Path) -> None:
    doc = load_document(mail(tmp_path, attached(FORWARDED_BODY, "Ministry statement.")))
    assert doc.source == "Press Office"
    assert doc.text.startswith("The ministry said on Wednesday that the treaty signed in")

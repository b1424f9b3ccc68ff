"""reader/ui/missing_fonts.py: an article in a writing system no installed font covers is
named in the notice above the panes, with the package that brings a font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.missing_fonts import font_notice, install_commands, unshown_scripts

WS = QFontDatabase.WritingSystem
KOREAN = (
    "블라디미르 푸틴 러시아 대통령과 김정은 북한 국무위원장이 평양에서 포괄적 전략적 "
    "동반자 관계 조약에 서명했다. 두 정상은 유사시 상호 지원을 약속했다."
)
ENGLISH = "Vladimir Putin and Kim Jong Un signed a treaty of mutual assistance in Pyongyang."
THAI = "ประธานาธิบดีรัสเซียและผู้นำเกาหลีเหนือลงนามสนธิสัญญาที่เปียงยางเมื่อวันพุธ"


def test_a_script_no_font_covers_is_unshown() -> None:
    assert unshown_scripts([KOREAN, ENGLISH], covered=[WS.Latin]) == ["Korean"]


def test_a_script_a_font_covers_is_shown() -> None:
    assert unshown_scripts([KOREAN, ENGLISH], covered=[WS.Latin, WS.Korean]) == []


def test_the_notice_names_the_script_and_the_package() -> None:
    notice = font_notice([KOREAN], covered=[WS.Latin])
    assert notice is not None
    assert "no font for Korean" in notice and "fonts-noto-cjk" in notice


def test_two_scripts_name_both_packages() -> None:
    notice = font_notice([KOREAN, THAI], covered=[WS.Latin])
    assert notice is not None
    assert "Korean and Thai" in notice and "fonts-noto-cjk fonts-noto-core" in notice


@pytest.mark.parametrize(
    "command",
    [
        "on Debian or Ubuntu, sudo apt install fonts-noto-cjk;",
        "on Fedora, sudo dnf install google-noto-sans-cjk-fonts;",
        "on Arch, sudo pacman -S noto-fonts-cjk.",
    ],
)
def test_the_notice_names_the_command_on_each_linux_system(command: str) -> None:
    """It named Debian and Ubuntu's package alone: a Fedora reader had nothing to type."""
    notice = font_notice([KOREAN], covered=[WS.Latin], platform="linux")
    assert notice is not None and command in notice
    assert notice.endswith("start Crossread again: " + install_commands(["Korean"]) + ".")


def test_fedora_has_a_package_for_each_script() -> None:
    said = install_commands(["Thai", "Hebrew"])
    assert "sudo dnf install google-noto-sans-hebrew-fonts google-noto-sans-thai-fonts" in said
    assert "sudo apt install fonts-noto-core;" in said  # one package for both


def test_two_scripts_are_their_letters() -> None:
    notice = font_notice([KOREAN, THAI], covered=[WS.Latin])
    assert notice is not None and "Korean and Thai: their letters" in notice


def test_off_linux_the_notice_names_no_package_manager() -> None:
    notice = font_notice([KOREAN], covered=[WS.Latin], platform="win32")
    assert notice is not None and "no font for Korean" in notice
    assert "sudo" not in notice and "fonts for Korean" in notice


def test_latin_articles_need_no_notice() -> None:
    assert font_notice([ENGLISH, ENGLISH], covered=[WS.Latin]) is None


def test_a_korean_article_without_a_korean_font_says_so_above_the_panes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    if WS.Korean in QFontDatabase.writingSystems():  # asked once the application is made
        pytest.skip("this machine has a Korean font")
    a, b = tmp_path / "ko.txt", tmp_path / "en.txt"
    a.write_text(KOREAN, encoding="utf-8")
    b.write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.alignment_finished, timeout=60_000):
        window.open_pair(str(a), str(b))
    assert window.notice_bar.isVisible()
    assert "no font for Korean" in window.notice_bar.text()
    assert "fonts-noto-cjk" in window.notice_bar.text()

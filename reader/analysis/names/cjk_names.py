"""Chinese and Japanese names, told by the titles around them, as korean_names tells
Korean ones: "俄罗斯总统普京", "普京总统", "外交部发言人毛宁",
"朝鲜最高领导人金正恩"; "プーチン大統領", "金正恩総書記", "岸田首相",
"林官房長官", "金正恩氏", "田中さん". Names are found by their capitals
(reader.analysis.features), which Han and kana have none of, so a Chinese or Japanese
pair shared no name. A quotation's speaker (quotations.cjk_speakers) is a name too
when it reads as one (`cjk_person`): "金正恩表示：“……”".

A Chinese name after a title runs two to four characters, up to a character that
follows names ("普京19日抵达", "毛宁表示", "金正恩签署"); one before a title runs
back two to four characters, to a character that precedes names ("会见了普京总统").
A Japanese name before a title is the katakana run ("ロシアのプーチン大統領") or the
Han run ("北朝鮮の金正恩総書記") before it; a Japanese surname may be one character
("林官房長官"). A country ("俄罗斯总统", "ロシア大統領"), a body ("外交部发言人",
"中国外務省報道官"), a modifier ("最高领导人", "同首相") or a role ("官员说") is no
name. Text with Hangul is read by korean_names.
"""

from __future__ import annotations

import re

from reader.analysis.mention import Mention
from reader.analysis.names.korean_names import korean_names
from reader.analysis.quotations.cjk_speakers import cjk_speaker
from reader.analysis.units import Unit
from reader.analysis.words.unspaced import HAN, KANA, KATAKANA
from reader.model import Span

__all__ = ["cjk_names", "cjk_person", "titled_names"]


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_ZH_TITLES = _alternation(
    "总统 總統 副总统 主席 副主席 国家主席 總理 总理 副总理 外长 外長 防长 部长 部長 委员长 委員長 "
    "发言人 發言人 国务卿 國務卿 首相 领导人 領導人 最高领导人 总书记 總書記 秘书长 大使 议长 "
    "國王 国王 女王 王储 总干事 司令 司令员 市长 省长 州长 董事长 总裁 先生 女士"
)
_JA_TITLES = _alternation(
    "大統領 副大統領 首相 総理 総理大臣 総書記 官房長官 長官 国務長官 外相 防衛相 国家主席 主席 "
    "委員長 報道官 大臣 議長 知事 市長 首席 書記長 事務総長 大使 国王 女王 氏 さん"
)
# characters that follow a name in Chinese, not part of it ("普京抵达", "毛宁表示")
_ZH_AFTER = set(
    "表说称指强宣透介回坦重与和及同在于的对将已是也就向抵会访签出等今昨明当还并则曾被把给从到为率致发举接一政"
)
# characters that open no name after a title ("总统大选", "总统府", "主席一职")
_ZH_NOT_FIRST = _ZH_AFTER | set("府职選选候任办辦官大也都们們级級")
# characters that come before a name in Chinese ("会见了普京总统", "与普京总统")
_ZH_BEFORE = set("了与和及同在对向将被把由是的为给跟让请以据")
# a run that ends in these is a body or a place, not a person ("外交部", "朝鲜官方媒体")
_BODY_ENDS = tuple("国部院会局府社省市党方军委厅署处馆台网报团队所员者士人家媒体界门州县区")
_NOT_NAMES = frozenset(
    (  # noqa: SIM905
        "俄罗斯 俄國 俄国 美国 美國 中国 中國 朝鲜 朝鮮 韩国 韓國 "
        "日本 乌克兰 烏克蘭 英国 英國 法国 法國 德国 德國 越南 印度 "
        "台湾 臺灣 伊朗 以色列 北朝鮮 北韓 米国 ロシア アメリカ "
        "ウクライナ イギリス フランス ドイツ インド ベトナム 最高 前任 "
        "现任 現任 新任 代理 临时 臨時 双方 雙方 两国 兩國 両国 "
        "両首脳 官方 当局 當局 政府 民众 民眾 市民 记者 記者 专家 "
        "專家 官员 官員 分析 消息 有关 有關 他们 他們 我们 我們 对此 "
        "對此 同时 同時 随后 隨後 此外 报道 報道 新华社 新華社 同 両 "
        "前 元 新 現 副 各 米 中 韓 露 朝 日 英 仏 独 俄 美 该 "
        "該 其 本 他 她"
    ).split()
)
_ZH_AFTER_TITLE = re.compile(rf"(?:{_ZH_TITLES})(?P<name>[{HAN}]{{2,4}})")
_JA_BEFORE_TITLE = re.compile(
    rf"(?<![{KATAKANA}])(?P<name>[{KATAKANA}]{{2,}})(?:{_JA_TITLES})"
    rf"|(?<![{HAN}])(?P<han>[{HAN}]{{1,5}}?)(?:{_JA_TITLES})"
)


def titled_names(unit: Unit) -> list[Mention]:
    """The names ``unit`` tells by a title, with no capitals: Korean ("푸틴 대통령"),
    Chinese ("俄罗斯总统普京") and Japanese ("プーチン大統領")."""
    return [*korean_names(unit), *cjk_names(unit)]


def cjk_names(unit: Unit) -> list[Mention]:
    """The Chinese or Japanese names ``unit`` tells by a title ("俄罗斯总统普京": 普京,
    "プーチン大統領は": プーチン), keyed as written; none in text without Han or kana."""
    text = unit.folded
    if not re.search(f"[{HAN}{KANA}]", text):
        return []
    found = [(a, b) for a, b in [*_names_at(text), *_speakers(text)] if b > a]
    out: list[Mention] = []
    seen: set[int] = set()
    for a, b in sorted(found):
        if a in seen:
            continue
        seen.add(a)
        span = Span(unit.span.start + a, unit.span.start + b)
        out.append(Mention("name", text[a:b], span, text[a:b]))
    return out


def _names_at(text: str) -> list[tuple[int, int]]:
    """The spans of the names in ``text`` told by a title."""
    if re.search(f"[{KANA}]|大統領|総書記|官房長官|報道官|外相", text):
        return _japanese(text)  # "松野博一官房長官": Japanese with no kana
    out = []
    for m in _ZH_AFTER_TITLE.finditer(text):
        a, b = m.span("name")
        end = next((k for k in range(a + 2, b) if text[k] in _ZH_AFTER), b)
        if text[a] not in _ZH_NOT_FIRST and _a_name(text[a:end], 2):
            out.append((a, end))
    for m in re.finditer(_ZH_TITLES, text):  # "普京总统", "会见了普京总统"
        a = m.start()
        while a > m.start() - 4 and a > 0 and re.match(f"[{HAN}]", text[a - 1]):
            if text[a - 1] in _ZH_BEFORE:
                break
            a -= 1
        whole = a == 0 or text[a - 1] in _ZH_BEFORE or not re.match(f"[{HAN}]", text[a - 1])
        if whole and _a_name(text[a : m.start()], 2):
            out.append((a, m.start()))
    return out


_QUOTE = re.compile(r'"[^"]+"|「[^」]+」|『[^』]+』')


def _speakers(text: str) -> list[tuple[int, int]]:
    """The spans of the names that say a quotation in ``text`` ("金正恩表示：“……”")."""
    out = []
    for q in _QUOTE.finditer(text):
        who = cjk_speaker(text, Span(0, len(text)), Span(q.start(), q.end()))
        person = cjk_person(who) if who is not None else None
        if who is not None and person is not None:
            at = text.rfind(who, 0, q.start())
            at = text.find(who, q.end()) if at < 0 else at
            a = text.find(person, at) if at >= 0 else -1
            if a >= 0:
                out.append((a, a + len(person)))
    return out


def _japanese(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _JA_BEFORE_TITLE.finditer(text):
        group = "name" if m.group("name") else "han"
        a, b = m.span(group)
        if _a_name(text[a:b], 1):
            out.append((a, b))
    return out


def _a_name(run: str, shortest: int) -> bool:
    """``run`` may be a person's name: long enough, no country, body, role or modifier."""
    if len(run) < shortest or run in _NOT_NAMES or run.endswith(_BODY_ENDS):
        return False
    if re.fullmatch(f"(?:{_ZH_TITLES}|{_JA_TITLES})", run):
        return False
    return not any(w in run for w in _NOT_NAMES if len(w) > 1)


def cjk_person(speaker: str) -> str | None:
    """The person a Chinese or Japanese speaker names ("外交部发言人毛宁": 毛宁, "金正恩": 金正恩,
    "プーチン氏": プーチン), or None for a title, a body or a role ("发言人", "外交部", "官员")."""
    unit = Unit(0, Span(0, len(speaker)), speaker, speaker)
    names = cjk_names(unit)
    if names:
        return names[-1].key
    run = re.sub("(?:氏|さん|先生|女士)$", "", speaker)
    if re.fullmatch(f"[{KATAKANA}]{{2,}}", run) and _a_name(run, 2):
        return run
    if re.fullmatch(f"[{HAN}]{{2,4}}", run) and _a_name(run, 2):
        return run if not re.search(f"(?:{_ZH_TITLES}|{_JA_TITLES})", run) else None
    return None

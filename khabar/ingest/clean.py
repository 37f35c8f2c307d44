"""Text cleaning shared by every input format: line endings, whitespace, Arabic presentation forms, boilerplate lines.

Boilerplate never reaches ``Document.text``: share buttons (a trailing ``مشاركة :`` included),
"read also" / "read more" teasers, social-network button rows, print/font-size controls,
advertisement markers and copyright lines. Only whole short lines are dropped (and a share label
glued to the end of the last line), so a sentence that merely mentions "share" is kept.
"""

from __future__ import annotations

import re
import unicodedata

_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|pinterest|reddit|messenger|"
    r"فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكدان|لينكد إن|البريد الإلكتروني|بريد إلكتروني|إكس"
)
_SHARE = r"مشاركة|شارك|شارك المقال|شارك الخبر|شاركها|انشر|share|share this|share this article|share on"
_CONTROLS = (
    r"طباعة|اطبع|أرسل لصديق|ارسل لصديق|إرسال لصديق|تكبير الخط|تصغير الخط|حجم الخط|نسخ الرابط|"
    r"الرابط المختصر|print|print this|email this|copy link|font size|next|previous|next previous|"
    r"advertisement|إعلان|اعلان|تابعونا|تابعنا|follow us|subscribe|اشترك|comments|التعليقات|أضف تعليق|"
    r"\.{2,}\s*المزيد|المزيد|المزيد\s*\.{2,}|more"
)
_READ_ALSO = r"(?:ا|إ|أ)قرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد|كذلك)|read (?:also|more)|see also|related(?: articles| stories)?|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|ذات صلة"
_BOILERPLATE = re.compile(
    rf"^\s*(?:(?:{_SHARE})\s*(?:(?:on|عبر|على)\s*)?[:：\-]?\s*(?:(?:{_SOCIAL})[\s,|/·•]*)*"
    rf"|(?:(?:{_SOCIAL})[\s,|/·•]*)+"
    rf"|(?:{_CONTROLS})\s*[:：]?)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# "اقرأ أيضا: <headline>" and similar teasers, at most ~20 words.
_TEASER = re.compile(rf"^\s*(?:{_READ_ALSO})\s*(?:[:：\-–»>]|$)", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|حقوق\s+(?:النشر|الطبع)|جميع\s+الحقوق\s+محفوظة)|"
    r"(?:all rights reserved|جميع\s+الحقوق\s+محفوظة|الحقوق\s+محفوظة)\W*$",
    re.IGNORECASE,
)
# A share label glued to the end of the article ("... الخبر. مشاركة :").
_TRAILING_SHARE = re.compile(r"(?:\s|^)(?:مشاركة|شارك|share)\s*[:：]\s*$", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    if not line:
        return False
    if _BOILERPLATE.match(line):
        return True
    words = len(line.split())
    if words <= 20 and _TEASER.match(line):
        return True
    return words <= 25 and bool(_COPYRIGHT.search(line))


# Arabic presentation forms (the contextual glyphs U+FB50-U+FDFF, U+FE70-U+FEFC that PDF and old publishing tools
# write instead of letters: «ﻓﺠﺮ» for «فجر», «ﻻ» for «لا»): 205 of SaudiNewsNet's 31,030 articles hold some. No
# stage reads them as Arabic letters, so they become the letters they show (NFKC, for these characters only).
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")


def _letters(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _PRESENTATION_FORMS.sub(_letters, text)
    text = text.replace("\x00", "").replace("\u2028", "\n").replace("\u2029", "\n\n")
    lines = [re.sub(r"[ \t\u00a0\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if not is_boilerplate(ln)]
    # a share label glued to the last line
    while lines and (not lines[-1] or _TRAILING_SHARE.search(lines[-1])):
        lines[-1] = _TRAILING_SHARE.sub("", lines[-1]).rstrip()
        if not lines[-1]:
            lines.pop()
        else:
            break
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()

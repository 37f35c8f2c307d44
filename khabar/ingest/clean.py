"""Text cleaning shared by every input format: line endings, whitespace, boilerplate lines."""

from __future__ import annotations

import re
import unicodedata

# Share buttons, "read more" and similar lines that are not part of the article.
_BOILERPLATE = re.compile(
    r"^\s*(?:مشاركة|شارك|شارك المقال|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|طباعة|تابعونا|share|share this|"
    r"print|read more|related|advertisement|إعلان)\s*[:：]?\s*$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x00", "")
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if not _BOILERPLATE.match(ln)]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()

"""Bytes to text: BOMs, UTF-8, UTF-16, and the legacy Arabic code pages told apart.

cp1256 (Windows Arabic) and ISO-8859-6 put the Arabic letters on overlapping byte values, so a
generic detector often confuses them. Both decodings are tried and scored for Arabic plausibility:
ISO-8859-6 leaves most of cp1256's letter bytes (kaf, feh, qaf, ghain, tatweel) undefined, and
ISO-8859-6 text read as cp1256 turns waw, yeh and heh into accented Latin letters (ç è é ê) glued
to Arabic ones. charset-normalizer is asked only when neither fits.
"""

from __future__ import annotations

import codecs
import re

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip data (name it .gz)"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_AR_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a]")
# Latin letters with accents that cp1256 interleaves with its Arabic letters.
_CP1256_LATIN = re.compile("[àâçèéêëîïôùûüœ]")
_AR_WORD = re.compile("[\u0621-\u064a]+")
_COMMON = frozenset("في من على إلى أن التي الذي عن مع هذا هذه كان قال بين بعد و أو ما لا كما وقد قد".split())


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why in a few words."""


def binary_kind(raw: bytes) -> str | None:
    """A short description when ``raw`` starts like a known binary format, else None."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    return None


def _strip_bom(raw: bytes) -> tuple[str | None, bytes]:
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return enc, raw[len(bom) :]
    return None, raw


def _utf16_guess(raw: bytes) -> str | None:
    """UTF-16 without a BOM: NULs (Latin) or 0x06 bytes (Arabic) in alternate positions."""
    sample = raw[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    hi = (b"\x00", b"\x06")
    even_hi = sum(even.count(b) for b in hi) / len(even)
    odd_hi = sum(odd.count(b) for b in hi) / len(odd)
    if odd_hi > 0.4 and even_hi < 0.05:
        return "utf-16-le"
    if even_hi > 0.4 and odd_hi < 0.05:
        return "utf-16-be"
    return None


def arabic_score(text: str) -> float:
    """How much ``text`` looks like real Arabic: common words found, minus Latin letters glued in."""
    sample = text[:20000]
    words = _AR_WORD.findall(sample)
    if not words:
        return 0.0
    common = sum(w in _COMMON for w in words) / len(words)
    article = sum(w.startswith("ال") for w in words) / len(words)
    glued = len(re.findall("[\u0621-\u064a][àâçèéêëîïôùûüœ]|[àâçèéêëîïôùûüœ][\u0621-\u064a]", sample))
    return common + article - 5 * glued / len(words)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1 for c in sample if (c < " " and c not in "\n\r\t\f") or "\x7f" <= c <= "\x9f" or c == "\ufffd"
    )
    return bad / len(sample)


def decode_bytes(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``; raises ``DecodeError`` for binary or undecodable input.

    ``declared`` (an HTML meta charset or HTTP header) is trusted when the bytes decode with it,
    except that an Arabic page declared as ISO-8859-6 or cp1256 is still checked against the other.
    """
    kind = binary_kind(raw)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    enc, body = _strip_bom(raw)
    if enc:
        try:
            return body.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise DecodeError(f"has a {enc} byte-order mark but is not valid {enc} ({exc.reason})") from None
    u16 = _utf16_guess(raw)
    if u16:
        try:
            return raw.decode(u16), u16
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, "utf-8")
    candidates: list[str] = []
    if declared:
        try:
            declared = codecs.lookup(declared).name
        except LookupError:
            declared = None
    if declared and declared not in ("utf-8", "cp1256", "iso8859-6"):
        candidates.append(declared)
    candidates += ["cp1256", "iso8859-6"]
    decoded: dict[str, str] = {}
    for c in candidates:
        try:
            decoded[c] = raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            continue
    arabic = {c: t for c, t in decoded.items() if c in ("cp1256", "iso8859-6") and _AR_LETTER.search(t)}
    best_ar: tuple[str, str] | None = None
    if arabic:
        # ties go to cp1256, by far the more common of the two
        best = max(arabic, key=lambda c: (arabic_score(arabic[c]), c == "cp1256"))
        t = arabic[best]
        non_ascii = sum(1 for ch in t[:20000] if ch > "\x7f")
        if arabic_score(t) >= 0 and len(_AR_LETTER.findall(t[:20000])) > 0.6 * non_ascii:
            best_ar = (t, best)
    if declared in decoded and declared not in ("cp1256", "iso8859-6"):
        # Arabic pages mislabelled as Latin-1 are common: clear Arabic text overrides the label.
        if best_ar and arabic_score(best_ar[0]) > 0.1:
            return _checked(*best_ar)
        return _checked(decoded[declared], declared)
    if best_ar:
        return _checked(*best_ar)
    # Mostly UTF-8 with a few broken bytes: keep it as UTF-8 rather than guessing a code page.
    replaced = raw.decode("utf-8", errors="replace")
    if replaced.count("\ufffd") <= max(1, len(replaced) // 1000) and re.search(r"[\u0080-\uffff]", replaced):
        return _checked(replaced, "utf-8 (with replacement characters)")
    from charset_normalizer import from_bytes

    best_match = from_bytes(raw[:200_000]).best()
    if best_match is None:
        raise DecodeError("not text in any known encoding")
    enc = best_match.encoding
    try:
        return _checked(raw.decode(enc), enc)
    except UnicodeDecodeError:
        raise DecodeError("not text in any known encoding") from None


def _checked(text: str, enc: str) -> tuple[str, str]:
    if _control_ratio(text) > 0.05:
        raise DecodeError("binary file (control characters), not text")
    return text, enc

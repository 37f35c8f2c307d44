"""(round 32) Arabic nationality adjectives (nisbas) -> ISO country code, derived from the KB's country names.

«وزير الخارجية الروسي» is Russia's foreign minister: the adjective is built from the country's Arabic
name by the regular rules (روسيا -> روسي، فرنسا -> فرنسي، السعودية -> سعودي، مصر -> مصري، اليمن -> يمني), with
and without the article, masculine and feminine. Only one-word country names are used (plus the
aliases of khabar/kb/countries.py: أمريكا -> أمريكي); an adjective two countries would give is dropped.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from khabar.kb.countries import AR_ALIASES
from khabar.text.normalize import normalize

_KB = Path(__file__).parent / "data" / "khabar-kb.sqlite"


def nisba_base(name: str) -> str | None:
    """The normalised masculine adjective, without the article, of a one-word Arabic country name."""
    n = normalize(name)
    if " " in n:
        return None
    if name.strip().startswith("ال"):
        n = n[2:]  # the article (ألمانيا keeps its alif-lam)
    if len(n) < 3:
        return None
    if n.endswith("يا"):
        return n[:-1]  # روسيا، سوريا، تركيا
    if n.endswith("ا"):
        return n[:-1] + "ي"  # فرنسا، أمريكا
    if n.endswith("ه"):
        return n[:-1]  # السعودية
    return n + "ي"  # مصر، اليمن، إيران


@lru_cache(maxsize=1)
def nisba_countries() -> dict[str, str]:
    """Normalised nisba forms (الروسي، الروسيه، روسي، روسيه) -> ISO code."""
    pairs: list[tuple[str, str]] = []
    try:
        con = sqlite3.connect(f"file:{_KB}?mode=ro", uri=True)
        rows = con.execute(
            "SELECT name_ar, country FROM entity WHERE kind = 'country' AND name_ar IS NOT NULL"
        )
        pairs = [(r[0], r[1]) for r in rows if r[1]]
        con.close()
    except sqlite3.Error:
        pairs = []
    pairs += [(name, code) for code, names in AR_ALIASES.items() for name in names]
    base: dict[str, set[str]] = {}
    for name, code in pairs:
        b = nisba_base(name)
        if b:
            base.setdefault(b, set()).add(code)
    out: dict[str, str] = {}
    for b, codes in base.items():
        if len(codes) == 1:
            code = next(iter(codes))
            for form in (b, b + "ه", "ال" + b, "ال" + b + "ه"):
                out[form] = code
    return out


def country_of_phrase(phrase: str) -> str | None:
    """The country of the one nisba after the first word of `phrase` («وزير الخارجية الروسي» -> RU);
    None when there is none, or two different ones."""
    table = nisba_countries()
    codes = {table[w] for w in (normalize(x) for x in phrase.split()[1:]) if w in table}
    return next(iter(codes)) if len(codes) == 1 else None

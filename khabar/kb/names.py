"""Single-token names the tokenizer should know, so that لبوتين splits into ل + بوتين.

Taken from the KB (countries, cities of 200,000 people or more, curated people and organisations,
their Arabic names and variants) or, with no KB file, from the curated tables alone. Computed once
per process.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from khabar.text.normalize import normalize

log = logging.getLogger(__name__)
_AR_WORD = re.compile("^[\u0621-\u064a]{4,}$")
_MIN_POP = 200_000


def _add(out: set[str], name: str | None, whole: bool = True) -> None:
    if not name:
        return
    toks = normalize(name).replace("-", " ").split()
    if whole and len(toks) == 1 and _AR_WORD.match(toks[0]):
        out.add(toks[0])
    elif not whole:
        out.update(t for t in toks if _AR_WORD.match(t) and not t.startswith("ال"))


@lru_cache(maxsize=1)
def known_name_tokens() -> frozenset[str]:
    """Normalized one-word Arabic names (Moscow, Putin, ...) from the knowledge base."""
    out: set[str] = set()
    try:
        import sqlite3

        from khabar.kb.base import kb_path

        path = kb_path()
        if path.exists():
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                q = (
                    "SELECT kind, type, name_ar FROM entity WHERE name_ar IS NOT NULL AND "
                    "(kind IN ('country', 'curated') OR (kind = 'city' AND population >= ?))"
                )
                for kind, typ, name_ar in con.execute(q, (_MIN_POP,)):
                    _add(out, name_ar, whole=not (kind == "curated" and typ == "PERSON"))
                    if kind != "curated":  # بيونغ of بيونغ يانغ is a name, not ب + يونغ
                        _add(out, name_ar, whole=False)
            finally:
                con.close()
        from khabar.kb.curated import read_curated

        for r in read_curated():
            person = r.type == "PERSON"
            for n in [r.name_ar, *r.variants_ar]:
                _add(out, n, whole=not person)
                if person:
                    _add(out, n, whole=True)
    except Exception as exc:  # noqa: BLE001 - the tokenizer must work without the KB
        log.warning("known_name_tokens: %s", exc)
    return frozenset(out)

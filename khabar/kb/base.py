"""Read access to the knowledge base file: entities, the name index, fuzzy and cross-script lookups.

Every lookup is cached per key, so an article's repeated names (and a corpus' recurring ones) cost
one SQLite query each.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from khabar.kb.build import DEFAULT_KB, compact
from khabar.kb.translit import Transliterator, skeleton


@dataclass(frozen=True, slots=True)
class KBEntity:
    id: int
    kind: str
    type: str
    qid: str | None
    geonames: int | None
    name_en: str | None
    name_ar: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    fcode: str | None
    stands_for: str | None
    office: str | None
    start: str | None
    end: str | None
    admin2: str | None = None

    @property
    def ref(self) -> tuple[str | None, int | None]:
        return self.qid, self.geonames


_COLS = 'id, kind, type, qid, geonames, name_en, name_ar, country, admin1, lat, lon, population, fcode, stands_for, office, start, "end", admin2'


def kb_path(explicit: str | os.PathLike | None = None) -> Path:
    """The KB file: ``explicit``, else ``$KHABAR_KB``, else the one shipped in the package."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("KHABAR_KB")
    return Path(env) if env else DEFAULT_KB


class KnowledgeBase:
    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(
                f"knowledge base not found: {self.path} (build it with `khabar build kb`)"
            )
        self._local = threading.local()
        self._ent: dict[int, KBEntity] = {}

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    # --- entities -------------------------------------------------------------------------------
    def person_names_ar(self) -> list[str]:
        """The Arabic names of the KB's people (for the entity stage's full-name pass)."""
        rows = self.con.execute("SELECT name_ar FROM entity WHERE type = 'PERSON' AND name_ar IS NOT NULL")
        return [r[0] for r in rows]

    def country_names_ar(self) -> list[str]:
        """The Arabic names of the KB's countries as the KB writes them (الكاميرون، بنين)."""
        rows = self.con.execute("SELECT name_ar FROM entity WHERE kind = 'country' AND name_ar IS NOT NULL")
        return [r[0] for r in rows]

    def entities(self, ids: list[int]) -> dict[int, KBEntity]:
        missing = [i for i in ids if i not in self._ent]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            q = f"SELECT {_COLS} FROM entity WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.con.execute(q, chunk):
                self._ent[row[0]] = KBEntity(*row[:11], row[11] or 0, *row[12:])
        return {i: self._ent[i] for i in ids if i in self._ent}

    def entity(self, entity_id: int) -> KBEntity | None:
        return self.entities([entity_id]).get(entity_id)

    def by_qid(self, qid: str) -> KBEntity | None:
        row = self.con.execute("SELECT id FROM entity WHERE qid = ? ORDER BY id LIMIT 1", (qid,)).fetchone()
        return self.entity(row[0]) if row else None

    def by_geonames(self, gid: int) -> KBEntity | None:
        row = self.con.execute(
            "SELECT id FROM entity WHERE geonames = ? ORDER BY id LIMIT 1", (gid,)
        ).fetchone()
        return self.entity(row[0]) if row else None

    @lru_cache(maxsize=512)  # noqa: B019 - one KB object per process
    def country(self, iso: str) -> KBEntity | None:
        row = self.con.execute("SELECT id FROM entity WHERE kind='country' AND country=?", (iso,)).fetchone()
        return self.entity(row[0]) if row else None

    # --- names ----------------------------------------------------------------------------------
    @lru_cache(maxsize=200_000)  # noqa: B019
    def exact(self, key: str) -> tuple[tuple[int, int], ...]:
        """(entity id, source) pairs whose name has this compact key; source 0 = primary name."""
        if not key:
            return ()
        return tuple(self.con.execute("SELECT entity, src FROM name WHERE key = ?", (key,)).fetchall())

    @lru_cache(maxsize=50_000)  # noqa: B019
    def fuzzy(
        self, key: str, min_ratio: float = 88.0, max_len_diff: int = 2
    ) -> tuple[tuple[int, float], ...]:
        """Entities whose name key is within a small edit distance of ``key`` (same first two letters)."""
        from rapidfuzz.fuzz import ratio

        if len(key) < 5:
            return ()
        prefix = key[:2]
        hi = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        best: dict[int, float] = {}
        for k, ent in self.con.execute(
            "SELECT key, entity FROM name WHERE key >= ? AND key < ?", (prefix, hi)
        ):
            if abs(len(k) - len(key)) > max_len_diff or k == key:
                continue
            r = ratio(k, key)
            if r >= min_ratio and r > best.get(ent, 0):
                best[ent] = r
        return tuple(sorted(best.items(), key=lambda kv: (-kv[1], kv[0])))

    @lru_cache(maxsize=50_000)  # noqa: B019
    def by_skeleton(self, arabic: str) -> tuple[int, ...]:
        sk = skeleton(arabic)
        if len(sk) < 4:
            return ()
        return tuple(r[0] for r in self.con.execute("SELECT entity FROM skel WHERE key = ?", (sk,)))

    @cached_property
    def translit(self) -> Transliterator | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'translit'").fetchone()
        return Transliterator.from_json(row[0]) if row else None

    def meta(self) -> dict[str, str]:
        return {k: v for k, v in self.con.execute("SELECT key, value FROM meta WHERE key != 'translit'")}

    def counts(self) -> dict[str, int]:
        out = {f"kind:{k}": n for k, n in self.con.execute("SELECT kind, count(*) FROM entity GROUP BY kind")}
        out["entities"] = self.con.execute("SELECT count(*) FROM entity").fetchone()[0]
        out["names"] = self.con.execute("SELECT count(*) FROM name").fetchone()[0]
        out["with_qid"] = self.con.execute("SELECT count(*) FROM entity WHERE qid IS NOT NULL").fetchone()[0]
        return out

    def lookup_name(self, name: str) -> list[KBEntity]:
        """Entities with exactly this name (after normalization), most populous first."""
        hits = self.exact(compact(name))
        ents = self.entities([i for i, _ in hits])
        return sorted(ents.values(), key=lambda e: (-e.population, e.id))


_OPEN: dict[Path, KnowledgeBase] = {}


def open_kb(path: str | os.PathLike | None = None) -> KnowledgeBase:
    """A shared, cached KnowledgeBase (raises FileNotFoundError when the file is missing)."""
    p = kb_path(path).resolve()
    if p not in _OPEN:
        _OPEN[p] = KnowledgeBase(p)
    return _OPEN[p]

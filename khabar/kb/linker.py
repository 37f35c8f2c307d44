"""In-article clustering and knowledge-base linking of a document's entities.

1. Clustering: entities of one article that name the same referent are merged: the same name up to
   spacing/hyphens/the article ال (بيونغ يانغ, بيونغيانغ), a close misspelling (فلاديفوستوك,
   فلاديسفوستوك), or a short form of a longer name (كيم -> كيم جونغ-أون, تاس -> وكالة تاس).
2. Linking: candidates from the KB name index (exact, then fuzzy, then cross-script skeleton), ranked
   by name similarity, prior (population, kind: country > capital > city), type compatibility and
   context (the countries of the article's other confidently linked entities); abstains when the
   best candidate is not good enough.
3. Clusters that link to the same KB entry are merged too; ids are renumbered e1..eN by first
   mention and every reference to an entity id elsewhere in the document is rewritten.
4. Metonymy: a capital or seat of power used as an agent (subject of a speech or action verb) gets
   ``stands_for`` = its country's QID.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz.fuzz import ratio

from khabar.document import Document, Entity, Geo, KBRef, Mention
from khabar.kb.base import KBEntity, KnowledgeBase
from khabar.kb.build import compact
from khabar.text import lexicon as LEX
from khabar.text.normalize import normalize

# Which KB types a mention of a given NER type may link to, with a penalty for looser matches.
TYPE_COMPAT: dict[str, dict[str, float]] = {
    "GPE": {"GPE": 0.0, "LOC": 0.1, "FAC": 0.3, "ORG": 0.4},
    "LOC": {"LOC": 0.0, "GPE": 0.05, "FAC": 0.15},
    "FAC": {"FAC": 0.0, "LOC": 0.15, "GPE": 0.2, "ORG": 0.3},
    "PERSON": {"PERSON": 0.0},
    "ORG": {"ORG": 0.0, "FAC": 0.15, "GPE": 0.35},
    "WEAPON": {"WEAPON": 0.0},
    "MISC": {"MISC": 0.0, "ORG": 0.3, "WEAPON": 0.3, "LOC": 0.4, "GPE": 0.5, "FAC": 0.4},
    # a toponym of unknown NER type (the geoparsing gold spans): any kind of place, an ORG barely
    "PLACE": {"GPE": 0.0, "LOC": 0.0, "FAC": 0.05, "ORG": 0.3},
}
_GROUP = {
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PERSON": "person",
    "ORG": "org",
    "WEAPON": "weapon",
}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Between a place and the region or country the text puts it in: "دوما في شمال الضفة الغربية",
# "بلدة X بمحافظة Y", "X، سوريا".
_INSIDE = re.compile(
    r"\s*(?:[،,]\s*|\s(?:الواقعه\s+|التابعه\s+)?(?:في|ب)\s*"
    r"(?:(?:اقصي\s+)?(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)(?:\s+(?:شرق|غرب)(?:ي)?)?\s+)?"
    r"|\s(?:(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)(?:\s+(?:شرق|غرب)(?:ي)?)?\s+)"
    r"(?:(?:محافظه|ولايه|اقليم|اماره|منطقه|جمهوريه|دوله)\s+)?)$"
)
# Name similarity given to a cross-script (transliteration skeleton) match: enough only with support.
SKELETON_SIM = 0.875

# Leading words that are not part of a name (titles, generic heads), normalized.
_TITLES = frozenset(
    normalize(w)
    for w in "الرئيس الملك الأمير الشيخ السيد السيدة الدكتور الزعيم رئيس وزير المتحدث president king prince "
    "mr mrs ms dr sheikh the".split()
)
# Generic words an organisation's short form may drop (وكالة تاس -> تاس): the shared heads of organisation
# names (khabar.text.lexicon) and تنظيم, less the heads of public bodies and institutions, which this list
# never had (dropping them would let «الخارجية» stand for «وزارة الخارجية», «الملك سعود» for a university).
_KEPT_HEADS = frozenset(normalize(w) for w in "جامعة وزارة مجلس جمعية مؤسسة مستشفى".split())
_ORG_HEADS = (LEX.AR_ORG_NAME_HEADS - _KEPT_HEADS) | {normalize("تنظيم")}

# Speech and action verbs whose subject is an agent (metonymy: موسكو تتهم, اتهمت واشنطن, Moscow said). The
# speech verbs come from the shared lists (khabar.text.lexicon), only in the singular (a place or state
# is one agent: موسكو تقول, not قالوا) and only the commonest (not ذكر، كشف، رأى: a state "says", it
# rarely "mentions"); توقع is here as "sign" (وقع وقعت يوقع توقع).
_AR_SPEECH_VERBS = LEX.AR_SPEECH_VERBS & frozenset(
    normalize(w)
    for w in "قال قالت يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد نفى نفت ينفي تنفي حذر حذرت يحذر تحذر "
    "اعتبر اعتبرت يعتبر تعتبر أبلغ أبلغت أشار أشارت".split()
)
_EN_SPEECH_VERBS = LEX.EN_SPEECH_VERBS & frozenset(
    "said says say announced told denied denies warned warns urged urges insisted claimed".split()
)
_VERBS = (
    _AR_SPEECH_VERBS
    | _EN_SPEECH_VERBS
    | frozenset(
        normalize(w)
        for w in """
اتهم اتهمت يتهم تتهم
رفض رفضت يرفض ترفض دعا دعت يدعو تدعو طالب طالبت يطالب تطالب هدد هددت يهدد تهدد
أدان أدانت يدين تدين فرض فرضت يفرض تفرض قرر قررت يقرر تقرر وافق وافقت يوافق توافق رد ردت يرد ترد
طلب طلبت يطلب تطلب أرسل أرسلت يرسل ترسل وقع وقعت يوقع توقع اقترح اقترحت
عرض عرضت أعرب أعربت ندد نددت يندد تندد شجب شجبت استدعى استدعت اتفق اتفقت
هاجم هاجمت قصف قصفت حثت حث تعهد تعهدت أمر أمرت منح منحت قدم قدمت سحب سحبت علقت علق
accused accuses rejected rejects called calls
threatened threatens condemned condemns imposed imposes demanded demands responded
vowed agreed signed sent has had will would expelled summoned
""".split()
    )
)


# A title (and at most one adjective, الرئيس الأمريكي) right before a person's name, on normalized text:
# the leading words of names above that name an office or rank (not "the", المتحدث, الدكتور), and more.
_PERSON_TITLES = sorted(
    (_TITLES - {"the", normalize("المتحدث"), normalize("الدكتور")})
    | {
        normalize(w)
        for w in (
            "ملك أمير ولي العهد الوزراء الوزير المستشارة المستشار زعيم نظيره نظيرته المرشد الجنرال المشير "
            "العاهل البابا الأمين العام minister chancellor secretary general sen rep gov senator governor pope "
            "emir premier leader"
        ).split()
    }
)
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, _PERSON_TITLES)) + r")\.?(?:\s+\S+)?\s+$")

_PLACE_CUE = re.compile(
    r"(?:(?:^|\s)[وف]?[بل]?(?:في|من|الي|عن|قرب|نحو|حتي|مدينه|بلده|قريه|محافظه|منطقه|ولايه|العاصمه|اماره|محافظ|بلديه|امانه|اهالي|سكان|مطار|ميناء|"
    r"شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)\s*|(?:^|\n)\s*|[-–:]\s*)$"
)


@dataclass
class Cluster:
    members: list[Entity]
    type: str
    link: KBEntity | None = None
    score: float = 0.0
    names: list[str] = field(default_factory=list)  # distinct mention texts, longest first
    focus: KBEntity | None = None  # unlinked local place: the article's focus town, for an approximate point
    container: KBEntity | None = None  # unlinked place the text puts inside this region or country
    weights: dict[str, float] = field(default_factory=dict)  # name -> factor on its similarity (default 1)


@lru_cache(maxsize=100_000)
def _tokens_cached(name: str) -> tuple[str, ...]:
    n = normalize(name).replace("-", " ").replace("_", " ")
    toks = [t for t in n.split() if t]
    while len(toks) > 1 and toks[0] in _TITLES:
        toks = toks[1:]
    return tuple(toks)


def _rep_key(e: Entity) -> tuple[bool, int, int, int]:
    """The member that gives a cluster its type: a named type over MISC ("Iran" over "Iranian"),
    then the longest name, the most mentions."""
    return (e.type != "MISC", len(_tokens(e.name)), len(e.mentions), len(e.name))


def _tokens(name: str) -> list[str]:
    return list(_tokens_cached(name))


@lru_cache(maxsize=100_000)
def _key(name: str) -> str:
    return compact(" ".join(_tokens(name)))


def _strip_al(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _is_sub(short: list[str], long: list[str]) -> bool:
    """``short`` is a contiguous run of ``long``'s tokens (ال-insensitive)."""
    s = [_strip_al(t) for t in short]
    lg = [_strip_al(t) for t in long]
    n = len(s)
    return 0 < n < len(lg) and any(lg[i : i + n] == s for i in range(len(lg) - n + 1))


_SON_OF = frozenset({"بن", "ابن", "بنت"})


def _ancestor_run(short: list[str], long: list[str]) -> bool:
    """Every place ``short`` runs in ``long`` starts right after بن/ابن/بنت: it names a father or
    grandfather of the longer name's person (سلمان بن عبدالعزيز in محمد بن سلمان بن عبدالعزيز), not him."""
    s = [_strip_al(t) for t in short]
    lg = [_strip_al(t) for t in long]
    n = len(s)
    at = [i for i in range(len(lg) - n + 1) if lg[i : i + n] == s]
    return bool(at) and all(i > 0 and lg[i - 1] in _SON_OF for i in at)


class Linker:
    def __init__(self, kb: KnowledgeBase | None, *, min_name: float = 0.86, min_score: float = 1.75) -> None:
        self.kb = kb
        self.w_country = 0.35  # weight of a context country on a candidate's score
        self.w_state = 0.45  # weight of a context state/province
        self.min_fuzzy_latin = 92.0  # least rapidfuzz ratio for a misspelt Latin-script name
        self.w_prior = 0.5  # weight of the prior (population, kind) on a candidate's score
        self.region_prior = 0.85  # prior of curated entries, seas and regions (they have no population)
        self.town_penalty = 0.1  # prior taken off towns under 15,000 people (cities1000)
        self.fuzzy_town_penalty = 0.3
        self.country_prior = 1.8  # prior of countries and continents
        self.min_name = min_name
        self.min_score = min_score
        self._cands: dict[str, tuple[tuple[int, float], ...]] = {}
        self._given: frozenset[str] | None = None
        self._geocoder: Any = None

    # --- clustering -----------------------------------------------------------------------------
    def cluster(self, entities: list[Entity], text: str = "") -> list[list[Entity]]:
        """Groups of entities that are one: same key, a spelling variant, or a short form of one
        longer name. ``text`` (the document's) lets «لليمن» (written mention ليمن) meet اليمن."""
        n = len(entities)
        parent = list(range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        toks = [_tokens(e.name) for e in entities]
        keys = [_strip_al(compact("".join(t))) for t in toks]
        groups = [_GROUP.get(e.type, e.type) for e in entities]
        # «لليمن»: ل + the article with its alef dropped; the mention reads ليمن, the name is اليمن
        elided = [
            k[1:]
            if k.startswith("ل")
            and any(m.start > 0 and text[m.start - 1 : m.start] == "ل" for m in e.mentions)
            else ""
            for k, e in zip(keys, entities, strict=True)
        ]
        for i in range(n):
            for j in range(i + 1, n):
                if groups[i] != groups[j] or not keys[i] or not keys[j]:
                    continue
                a, b = keys[i], keys[j]
                if a == b or (elided[i] and elided[i] == b) or (elided[j] and elided[j] == a):
                    union(i, j)
                elif (
                    min(len(a), len(b)) >= 6
                    and abs(len(a) - len(b)) <= 2
                    and len(toks[i]) == len(toks[j])
                    and ratio(a, b) >= 88
                ):
                    union(i, j)
        # short forms: attach to the one longer name that contains them
        for i in range(n):
            if groups[i] not in ("person", "org") or not toks[i]:
                continue
            longer = {
                find(j)
                for j in range(n)
                if j != i
                and groups[j] == groups[i]
                and _is_sub(toks[i], toks[j])
                and self._short_ok(toks[i], toks[j], groups[i])
                and not (groups[i] == "person" and _ancestor_run(toks[i], toks[j]))
            }
            if len(longer) == 1:
                union(i, longer.pop())
        out: dict[int, list[Entity]] = defaultdict(list)
        for i in range(n):
            out[find(i)].append(entities[i])
        return list(out.values())

    @staticmethod
    def _short_ok(short: list[str], long: list[str], group: str) -> bool:
        if group == "person":
            return all(len(t) >= 2 for t in short)
        rest = [t for t in long if _strip_al(t) not in {_strip_al(s) for s in short}]
        return len("".join(short)) >= 3 and (all(t in _ORG_HEADS for t in rest) or len(short) >= 2)

    # --- candidates -----------------------------------------------------------------------------
    def candidates(self, name: str) -> tuple[tuple[int, float], ...]:
        """(KB entity id, name similarity 0..1) for one surface name, cached."""
        key = _key(name)
        if key in self._cands:
            return self._cands[key]
        res = self._lookup(key, name) if self.kb is not None and key else ()
        if len(self._cands) > 200_000:
            self._cands.clear()
        self._cands[key] = res
        return res

    @staticmethod
    def _variants(key: str) -> list[str]:
        """A key and its form with or without the article."""
        if key.startswith("ال") and len(key) > 4:
            return [key, key[2:]]
        if key and key[0] >= "\u0600" and len(key) >= 3:
            return [key, "ال" + key]
        return [key]

    def _exact_ids(self, name: str) -> set[int]:
        """KB entities one of whose names is ``name`` (with or without the article), no fuzzy match."""
        assert self.kb is not None
        key = _key(name)
        return {ent for v in self._variants(key) if v for ent, _ in self.kb.exact(v)} if key else set()

    def _lookup(self, key: str, name: str) -> tuple[tuple[int, float], ...]:
        kb = self.kb
        assert kb is not None
        found: dict[int, float] = {}
        variants = self._variants(key)
        for v in variants:
            for ent, src in kb.exact(v):
                sim = (1.0, 0.93, 0.9)[min(src, 2)] - (0.02 if v != key else 0.0)
                found[ent] = max(found.get(ent, 0.0), sim)
        if found:
            return tuple(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        for ent, r in kb.fuzzy(key, 88.0 if key[0] >= "\u0600" else self.min_fuzzy_latin):
            found[ent] = max(found.get(ent, 0.0), r / 100.0 * 0.97)
        if not found and key[0] >= "\u0600":
            tr = kb.translit
            ids = kb.by_skeleton(name)
            mine = _strip_al(key)
            for ent, e in kb.entities(list(ids)).items():
                if e.name_ar:
                    theirs = _strip_al(compact(e.name_ar))
                elif tr is not None and e.name_en:
                    theirs = compact(tr.transliterate(e.name_en))
                else:
                    continue
                if ratio(mine, theirs) >= 70:
                    found[ent] = SKELETON_SIM
        return tuple(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))

    # --- ranking --------------------------------------------------------------------------------
    def prior(self, e: KBEntity) -> float:
        p = min(1.0, math.log10(e.population + 1) / 7.0)
        if e.kind in ("country", "continent"):
            p = self.country_prior
        elif e.kind in ("curated", "wikidata", "region"):
            p = max(p, self.region_prior)
        elif e.fcode == "PPLC":
            p += 0.25
        elif e.fcode in ("PPLA", "ADM1"):
            p += 0.1
        if e.kind == "town":
            p -= self.town_penalty
        return p

    def candidate_entities(self, cl: Cluster) -> list[KBEntity]:
        """Type-compatible KB entities that pass the name threshold for a cluster's names."""
        assert self.kb is not None
        compat = TYPE_COMPAT.get(cl.type, TYPE_COMPAT["MISC"])
        sims: dict[int, float] = {}
        for nm in cl.names:
            w = cl.weights.get(nm, 1.0)
            for ent, s in self.candidates(nm):
                sims[ent] = max(sims.get(ent, 0.0), s * w)
        ents = self.kb.entities([i for i, s in sims.items() if s >= self.min_name])
        return [e for e in ents.values() if e.type in compat]

    def scored(
        self,
        cl: Cluster,
        countries: dict[str, float],
        admin1s: dict[tuple[str, str], float] | None = None,
        bonus: dict[int, float] | None = None,
    ) -> list[tuple[float, KBEntity]]:
        """Every admissible candidate of a cluster with its score, best first."""
        assert self.kb is not None
        sims: dict[int, float] = {}
        for nm in cl.names:
            w = cl.weights.get(nm, 1.0)
            for ent, s in self.candidates(nm):
                sims[ent] = max(sims.get(ent, 0.0), s * w)
        if not sims:
            return []
        ents = self.kb.entities(list(sims))
        compat = TYPE_COMPAT.get(cl.type, TYPE_COMPAT["MISC"])
        out: list[tuple[float, int, KBEntity]] = []
        for i, sim in sims.items():
            e = ents.get(i)
            if e is None or e.type not in compat or sim < self.min_name:
                continue
            score = 2.0 * sim + self.w_prior * self.prior(e) - compat[e.type]
            # context counts fully for an exact name, less for an alternate or fuzzy one
            trust = max(0.0, min(1.0, (sim - 0.85) / 0.15))
            if e.country and e.country in countries:
                score += self.w_country * countries[e.country] * trust
            if admin1s and e.admin1 and e.country:
                score += self.w_state * admin1s.get((e.country, e.admin1), 0.0) * trust
            if bonus:
                score += bonus.get(e.id, 0.0)
            if sim < 0.99 and e.kind == "town":
                score -= self.fuzzy_town_penalty  # fuzzy matches to small towns are mostly wrong
            if sim < 0.99 and e.kind in ("city", "town") and cl.type in ("ORG", "PERSON", "MISC", "WEAPON"):
                continue  # an organisation or other name that only looks like a town's (Stratfor ~ Stratford)
            if cl.type == "PERSON" and sim < 0.9 and not self._same_family_name(cl.names, e):
                # a fuzzy match must keep the family name: عبدالله بن سعيد is not عبدالله بن مساعد, and one
                # given name near a surname (عثمان ~ عثماني) is nobody's name
                continue
            if (
                sim == SKELETON_SIM
                and e.kind in ("city", "town")
                and not (e.country in countries or e.population >= 100_000)
            ):
                continue  # a transliteration match needs context or a large place
            out.append((score, -i, e))
        out.sort(key=lambda t: (t[0], t[1]), reverse=True)
        return [(sc, e) for sc, _, e in out]

    @staticmethod
    def _same_family_name(names: list[str], e: KBEntity) -> bool:
        """Some name of the cluster has two words or more and ends with the KB name's last word."""
        theirs = _tokens(e.name_ar or "")
        if not theirs:
            return False
        last = _strip_al(theirs[-1])
        return any(len(t) >= 2 and _strip_al(t[-1]) == last for t in map(_tokens, names))

    def rank(
        self, cl: Cluster, countries: dict[str, float], admin1s: dict[tuple[str, str], float] | None = None
    ) -> tuple[KBEntity | None, float]:
        """The best candidate, or None when even the best scores below the linking threshold."""
        return self._pick(self.scored(cl, countries, admin1s))

    def _pick(self, scored: list[tuple[float, KBEntity]]) -> tuple[KBEntity | None, float]:
        if not scored:
            return None, 0.0
        score, best = scored[0]
        return (best, score) if score >= self.min_score else (None, score)

    # --- the document ---------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        if not doc.entities:
            return
        clusters = [self._make_cluster(m, doc.text) for m in self.cluster(doc.entities, doc.text)]
        if self.kb is not None:
            # pass 1 without context, pass 2 with the countries of the confident links
            first = {id(cl): self.scored(cl, {}) for cl in clusters}
            for cl in clusters:
                cl.link, cl.score = self._pick(first[id(cl)])
            countries = self._context(clusters)
            for cl in clusters:
                cands = first[id(cl)]
                if len({e.country for _, e in cands[:10]}) > 1:  # only then can context change the pick
                    cl.link, cl.score = self.rank(cl, countries)
            if doc.layer.language == "en":
                self._geocode(clusters)  # which weighs containing states and countries itself
            else:
                self._respect_containers(doc, clusters, countries)
                self._drop_unsupported_towns(doc, clusters)
            self._drop_unsupported_persons(doc, clusters)
            clusters = self._merge_same_link(clusters)
        self._write(doc, clusters)

    def _respect_containers(
        self, doc: Document, clusters: list[Cluster], countries: dict[str, float]
    ) -> None:
        """A place the text puts inside a linked region or country ("قرية دوما في شمال الضفة الغربية")
        takes a candidate of that country; when the KB has none, it gets no other place's identity,
        only the country (and the container's point, marked approximate)."""
        places = [cl for cl in clusters if cl.type in PLACE_TYPES]
        owner = {(m.start, m.end): cl for cl in places for e in cl.members for m in e.mentions}
        spans = sorted(owner)
        for cl in places:
            if cl.link is not None and cl.link.kind in ("country", "continent"):
                continue
            parent: Cluster | None = None
            for e in cl.members:
                for m in e.mentions:
                    k = bisect_left(spans, (m.end, -1))  # the next place mention
                    nxt = spans[k] if k < len(spans) else None
                    if nxt is None or nxt[0] - m.end > 40:
                        continue
                    p = owner[nxt]
                    if (
                        p is not cl
                        and p.link is not None
                        and p.link.country
                        and _INSIDE.match(normalize(doc.text[m.end : nxt[0]]))
                    ):
                        parent = p
                        break
                if parent is not None:
                    break
            if parent is None or parent.link is None or (cl.link and cl.link.country == parent.link.country):
                continue
            if (
                parent.link.kind not in ("country", "region", "admin1", "admin2", "curated")
                and parent.link.population < 1e6
            ):
                continue  # "X, Y" between two towns is a list, not containment
            inside = [(sc, e) for sc, e in self.scored(cl, countries) if e.country == parent.link.country]
            cl.link, cl.score = self._pick(inside)
            if cl.link is None:
                cl.container = parent.link

    def _drop_unsupported_towns(self, doc: Document, clusters: list[Cluster]) -> None:
        """A one-word town link nothing else in the article supports is dropped when the name is not
        used as a place: no other name of its country, and either a fuzzy match or a small town
        (under 100,000) without a place cue (في، من، مدينة، بلدة، a dateline...). These are the
        tagger's common-word mistakes (البؤس ~ Aalborg, جامعة ~ Djamaa, أوباما ~ Obama, Japan)."""
        text = doc.text
        for cl in clusters:
            link = cl.link
            if link is None or link.kind not in ("city", "town") or cl.type not in PLACE_TYPES:
                continue
            if any(len(_tokens(nm)) > 1 for nm in cl.names):
                continue
            if self._definite_near_miss(cl, link):
                cl.link, cl.score = None, 0.0
                continue
            others = self._context([c for c in clusters if c is not cl])
            if link.country in others:
                continue
            sim = max((s for nm in cl.names for i, s in self.candidates(nm) if i == link.id), default=0.0)
            if sim != SKELETON_SIM:  # a transliteration guess needs a country named in the article
                exact = any(link.id in self._exact_ids(nm) for nm in cl.names)
                # (round 33) a town under a million matched by one of its other names only (not its
                # Arabic name) needs a place cue: «العمل سويا» ("together") is not Sevilla (إشبيلية),
                # «البسيط» not Albacete (آلباسته)
                big = link.population >= 1_000_000 or self._own_arabic_name(cl, link)
                if self._place_cue(text, cl) or (exact and link.population >= 100_000 and big):
                    continue
            cl.link, cl.score = None, 0.0

    @staticmethod
    def _own_arabic_name(cl: Cluster, link: KBEntity) -> bool:
        """A name of the cluster is the KB entity's Arabic name, with or without the article."""
        if not link.name_ar:
            return False
        theirs = _strip_al(_key(link.name_ar))
        return any(_strip_al(_key(nm)) == theirs for nm in cl.names)

    def _definite_near_miss(self, cl: Cluster, link: KBEntity) -> bool:
        """A one-word name written with the article (الريف "the countryside") that names the town under
        no spelling, with or without the article, only by a fuzzy match (الريف ~ الرديف, Redeyef): an
        Arabic town's name is matched exactly (الرقة، الخليل، الخرطوم ~ خرطوم), so this is a common
        noun the tagger took for a place, linked to a look-alike."""
        if not any(_key(nm).startswith("ال") for nm in cl.names):
            return False
        return not any(link.id in self._exact_ids(nm) for nm in cl.names)

    def _drop_unsupported_persons(self, doc: Document, clusters: list[Cluster]) -> None:
        """A person linked by one doubtful word alone keeps the link only when the article supports
        it: the person's country is named by another of its links, or a title stands right before a
        mention (الرئيس أوباما، President Trump). Doubtful: the word is another person's given name
        (عباس، مارتن), or matches the name only with the article added or dropped (العيد السعيد ~
        قيس سعيد, أسد ~ الأسد, إطلاق العنان ~ كوفي عنان). A distinctive surname (نتنياهو، كيري) stays."""
        text = doc.text
        for cl in clusters:
            link = cl.link
            if link is None or cl.type != "PERSON" or any(len(_tokens(nm)) > 1 for nm in cl.names):
                continue
            if not self._doubtful_person_word(cl, link):
                continue
            others = self._context([c for c in clusters if c is not cl])
            if link.country and link.country in others:
                continue
            if any(
                _TITLE_BEFORE.search(normalize(text[max(0, m.start - 40) : m.start]).lower())
                for e in cl.members
                for m in e.mentions
            ):
                continue
            cl.link, cl.score = None, 0.0

    def _doubtful_person_word(self, cl: Cluster, link: KBEntity) -> bool:
        own = {t for nm in (link.name_ar, link.name_en) if nm for t in _tokens(nm)}
        for nm in cl.names:
            for t in _tokens(nm):
                if t not in own or t in self._given_names():
                    return True
        return False

    def _given_names(self) -> frozenset[str]:
        """First words of the KB's people's names (given names), Arabic and English, normalized."""
        if self._given is None:
            names: set[str] = set()
            if self.kb is not None:
                for ar, en in self.kb.con.execute(
                    "SELECT name_ar, name_en FROM entity WHERE type = 'PERSON'"
                ).fetchall():
                    for nm in (ar, en):
                        toks = _tokens(nm) if nm else []
                        if len(toks) > 1:
                            names.add(toks[0])
            self._given = frozenset(names)
        return self._given

    @staticmethod
    def _place_cue(text: str, cl: Cluster) -> bool:
        for e in cl.members:
            for m in e.mentions:
                before = normalize(text[max(0, m.start - 20) : m.start])
                if _PLACE_CUE.search(before) or (m.start > 0 and text[m.start - 1] == "ب"):  # بمكة
                    return True
        return False

    def _geocode(self, clusters: list[Cluster]) -> None:
        """English articles: the place clusters are resolved jointly by the geocoder (context
        states, geographic coherence, abbreviations, demonyms); a name it cannot resolve keeps the
        linker's pick. An unknown name gets no other place's identity; it only gets the article's
        focus town as an approximate point (``Geo.basis == "article_focus"``), as in the geo eval."""
        places = [cl for cl in clusters if cl.type in PLACE_TYPES and cl.names]
        if not places:
            return
        if self._geocoder is None:
            from khabar.kb.geocoder import Geocoder

            self._geocoder = Geocoder(self.kb, focus_fallback=None)
        phrases = [cl.names[0] for cl in places for _ in range(max(1, len(cl.members)))]
        found = dict(zip(phrases, self._geocoder.resolve(phrases), strict=True))
        for cl in places:
            e = found.get(cl.names[0])
            if e is not None:
                cl.link = e
        if any(cl.link is None for cl in places):
            focus = self._geocoder.focus(phrases, found)
            for cl in places:
                if cl.link is None:
                    cl.focus = focus

    def _make_cluster(self, members: list[Entity], text: str = "") -> Cluster:
        rep = max(members, key=_rep_key)
        surface = {e.name for e in members} | {m.text for e in members for m in e.mentions}
        # «لليمن» is written ليمن after the preposition: its name with the article is a candidate too
        surface |= {
            "ا" + m.text
            for e in members
            for m in e.mentions
            if m.text.startswith("ل") and m.start > 0 and text[m.start - 1 : m.start] == "ل"
        }
        names = sorted(surface, key=lambda s: (-len(s), s))
        return Cluster(members=members, type=rep.type, names=names)

    @staticmethod
    def _context(clusters: list[Cluster]) -> dict[str, float]:
        countries: dict[str, float] = defaultdict(float)
        for cl in clusters:
            if cl.link is None or not cl.link.country:
                continue
            w = 1.0 if cl.link.kind in ("country", "curated") or cl.score >= 2.9 else 0.5
            countries[cl.link.country] = min(1.0, countries[cl.link.country] + w)
        return countries

    @staticmethod
    def _merge_same_link(clusters: list[Cluster]) -> list[Cluster]:
        by_ref: dict[int, Cluster] = {}
        out: list[Cluster] = []
        for cl in clusters:
            if cl.link is None:
                out.append(cl)
                continue
            prev = by_ref.get(cl.link.id)
            if prev is None:
                by_ref[cl.link.id] = cl
                out.append(cl)
            else:
                prev.members.extend(cl.members)
                prev.names = sorted(set(prev.names) | set(cl.names), key=lambda s: (-len(s), s))
        return out

    def _write(self, doc: Document, clusters: list[Cluster]) -> None:
        new: list[tuple[int, Entity, list[str]]] = []
        for cl in clusters:
            mentions: dict[tuple[int, int], Mention] = {}
            for e in cl.members:
                for m in e.mentions:
                    mentions.setdefault((m.start, m.end), m)
            ms = [mentions[k] for k in sorted(mentions)]
            rep = max(cl.members, key=_rep_key)
            counts: dict[str, int] = defaultdict(int)
            for m in ms:
                counts[m.text] += 1
            link = cl.link

            def known(s: str, link: KBEntity | None = link) -> bool:
                return link is not None and any(i == link.id and sim >= 0.97 for i, sim in self.candidates(s))

            name = max(
                counts or {rep.name: 1}, key=lambda s: (len(_tokens(s)), known(s), counts.get(s, 0), len(s))
            )
            if link is not None and not known(name):  # ليمن (from «لليمن») is named اليمن
                name = next((n for n in cl.names if n not in counts and known(n)), name)
            ent = Entity(id="", type=rep.type, name=name, mentions=ms)
            # keep what an earlier stage already knew
            for e in cl.members:
                ent.name_en = ent.name_en or e.name_en
                ent.country = ent.country or e.country
                ent.geo = ent.geo or e.geo
                ent.stands_for = ent.stands_for or e.stands_for
                if e.kb.wikidata or e.kb.geonames:
                    ent.kb = e.kb
            link = cl.link
            if link is not None:
                if ent.type == "LOC" and link.kind in ("country", "city"):
                    ent.type = "GPE"  # مالي, a country the tagger left a plain location
                elif ent.type in ("GPE", "MISC") and link.type == "ORG":
                    ent.type = "ORG"  # "Google" tagged as a place or a bare name, linked to the company
                ent.name_en = link.name_en or ent.name_en
                ent.kb = KBRef(wikidata=link.qid, geonames=link.geonames)
                ent.country = link.country or ent.country
                if ent.type in PLACE_TYPES and link.lat is not None and link.lon is not None:
                    ent.geo = Geo(lat=link.lat, lon=link.lon, country=link.country)
                if link.stands_for and self._is_agent(doc, ms):
                    ent.stands_for = link.stands_for
            elif cl.container is not None:
                c = cl.container
                ent.country = c.country or ent.country
                if c.lat is not None and c.lon is not None:
                    ent.geo = Geo(lat=c.lat, lon=c.lon, country=c.country, basis="container")
                else:
                    ent.geo = None
            elif cl.focus is not None and ent.geo is None and cl.focus.lat is not None:
                f = cl.focus
                ent.geo = Geo(lat=f.lat, lon=f.lon, country=f.country, basis="article_focus")
            first = ms[0].start if ms else 10**9
            new.append((first, ent, [e.id for e in cl.members]))
        new.sort(key=lambda t: (t[0], t[1].name))
        remap: dict[str, str] = {}
        ents: list[Entity] = []
        for i, (_, ent, old_ids) in enumerate(new, start=1):
            ent.id = f"e{i}"
            for old in old_ids:
                remap[old] = ent.id
            ents.append(ent)
        doc.entities = ents
        _remap_refs(doc, remap)

    @staticmethod
    def _is_agent(doc: Document, mentions: list[Mention]) -> bool:
        layer = doc.layer
        toks = layer.tokens
        starts = layer._token_starts  # noqa: SLF001 - the layer's own bisect index
        from bisect import bisect_left

        for m in mentions:
            i = bisect_left(starts, m.start)
            j = bisect_left(starts, m.end)
            for k in (i - 1, j):
                if 0 <= k < len(toks) and toks[k].kind in ("ar", "latin"):
                    t = toks[k].norm
                    if t in _VERBS or (t[:1] in ("و", "ف") and t[1:] in _VERBS):
                        return True
        return False


def _remap_refs(doc: Document, remap: dict[str, str]) -> None:
    """Point quotes and events at the renumbered entity ids."""
    for q in doc.quotes:
        q.speaker = remap.get(q.speaker, q.speaker) if q.speaker else q.speaker
        q.source = remap.get(q.source, q.source) if q.source else q.source
    for ev in doc.events:
        for attr in ("actor", "target", "place", "source"):
            v = getattr(ev, attr)
            if v:
                setattr(ev, attr, remap.get(v, v))

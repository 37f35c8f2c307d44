"""Trigger lexicons: small data files in ``khabar/events/data`` compiled once into dict lookups.

Arabic entries are normalized with :func:`khabar.text.normalize` and looked up on a token's stem
(after the proclitics the tokenizer split off, and again after و ف ب ل ك and ال when it did not).
English entries are looked up on a crude lemma (inflection suffixes stripped) and as phrases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize

DATA = Path(__file__).parent / "data"

# kind: v (verb), f (fixed form, verb-like), n (event noun), w (weak noun), l (light verb), g (governor)


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    mode: str | None
    kind: str  # "verb", "noun", "weak", "light"
    imperfect: bool = False


_AR_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_AR_IMPF_SUFFIXES = ("", "ون", "ان", "وا", "ن", "ين", "ا")
_AR_PRON = ("", "ه", "ها", "هم", "هما", "كم", "ني", "نا")


def _ar_verb_forms(past: str, impf: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for suf in _AR_PAST_SUFFIXES:
        for pron in _AR_PRON:
            if suf == "وا" and pron:
                out.append((past + "و" + pron, False))
            out.append((past + suf + pron, False))
    base = impf[1:] if impf[:1] in "يت" else impf
    for pre in ("ي", "ت", "ن"):
        for suf in _AR_IMPF_SUFFIXES:
            for pron in _AR_PRON:
                if suf == "ون" and pron:
                    out.append((pre + base + "و" + pron, True))
                    continue
                out.append((pre + base + suf + pron, True))
    return out


# (round 31) a Form V / VI verb (تفاعل، تفعّل) has a masdar spelled like its past (التفاوض، بالتنازل، التباحث):
# a noun entry under the past form, which the lookup reaches only as a noun (after ال, ب or a pronoun, see
# ``triggers._keys_of``), the bare word staying a verb. Not «التواصل» (التواصل الاجتماعي: social media), nor a
# protest's (التظاهر، التجمهر: «حق التظاهر»، «قانون التظاهر» lowered the arabic-protest precision).
_AR_MASDAR_NOT_EVENT = frozenset({normalize("تواصل")})


def _ar_masdar_like_past(past: str) -> bool:
    return past[:1] == "ت" and len(past) >= 4 and past not in _AR_MASDAR_NOT_EVENT


def _read(name: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        rows.append((parts[0].strip(), parts[1].strip(), parts[2].split()))
    return rows


def _split_type(tm: str) -> tuple[str, str | None]:
    t, _, m = tm.partition("/")
    return t, (m or None)


@dataclass
class Lexicon:
    words: dict[str, list[Entry]]
    phrases: dict[tuple[str, ...], list[Entry]]  # English multi-word entries, keyed by lemmas
    governors: dict[str, tuple[str, str]]  # form -> (type, effect)
    # (round 31) Arabic keys added as masdars spelled like their past verb (Form V / VI, kind m): the
    # extractor reads them as masdars (``Extractor._ar_triggers``)
    verb_masdars: frozenset[str] = frozenset()

    def lookup(self, key: str) -> list[Entry]:
        return self.words.get(key, [])


def _add(d: dict, key, entry: Entry) -> None:
    lst = d.setdefault(key, [])
    if entry not in lst:
        lst.append(entry)


@lru_cache(maxsize=1)
def arabic() -> Lexicon:
    words: dict[str, list[Entry]] = {}
    masdars: set[str] = set()
    listed: set[str] = set()
    for tm, kind, items in _read("ar_triggers.txt"):
        t, m = _split_type(tm)
        for item in items:
            if kind == "v":
                past, _, impf = item.partition("/")
                for form, is_impf in _ar_verb_forms(normalize(past), normalize(impf or "ي" + past)):
                    _add(words, form, Entry(t, m, "verb", is_impf))
                if _ar_masdar_like_past(normalize(past)) and t != "PROTEST":
                    _add(words, normalize(past), Entry(t, m, "noun"))
                    masdars.add(normalize(past))
            elif kind == "f":
                w = normalize(item)
                _add(words, w, Entry(t, m, "verb", w[:1] in "يتن" and len(w) > 3))
            elif kind == "n":
                _add(words, normalize(item), Entry(t, m, "noun"))
                listed.add(normalize(item))
            elif kind == "m":  # (round 31) a masdar spelled like its past verb, read as the Form V / VI ones
                _add(words, normalize(item), Entry(t, m, "noun"))
                masdars.add(normalize(item))
            elif kind == "w":
                _add(words, normalize(item), Entry(t, m, "weak"))
            elif kind == "l":
                if "/" in item:
                    past, _, impf = item.partition("/")
                    for form, is_impf in _ar_verb_forms(normalize(past), normalize(impf)):
                        _add(words, form, Entry(t, m, "light", is_impf))
                    continue
                w = normalize(item)
                _add(words, w, Entry(t, m, "light", w[:1] == "ي"))
    # a masdar the file lists as a noun of its own (تعاون، تشاور) keeps its reading there
    verb_masdars = frozenset(masdars - listed)
    govs = {}
    for t, effect, items in _read("ar_governors.txt"):
        for item in items:
            govs[normalize(item)] = (t, effect)
    return Lexicon(words, {}, govs, verb_masdars)


_EN_IRREGULAR = {
    "meet": ["met"],
    "hold": ["held"],
    "send": ["sent"],
    "give": ["gave", "given"],
    "shoot": ["shot"],
    "fight": ["fought"],
    "strike": ["struck"],
    "break": ["broke", "broken"],
    "beat": ["beaten"],
    "seize": ["seized"],
    "take": ["took", "taken"],
    "blow": ["blew", "blown"],
    "bring": ["brought"],
    "sell": ["sold"],
    "cut": ["cut"],
    "slay": ["slew", "slain"],
    "seek": ["sought"],
    "hit": ["hit"],
    "shut": ["shut"],
    "set": ["set"],
    "forbid": ["forbade", "forbidden"],
    "freeze": ["froze", "frozen"],
    "forgive": ["forgave", "forgiven"],
    "overrun": ["overran"],
    "overthrow": ["overthrew", "overthrown"],
    "withdraw": ["withdrew", "withdrawn"],
    "withhold": ["withheld"],
    "uphold": ["upheld"],
    "stand": ["stood"],
    "lay": ["laid"],
    "pay": ["paid"],
    "swear": ["swore", "sworn"],
    "undertake": ["undertook", "undertaken"],
    "win": ["won"],
    "lead": ["led"],
    "flee": ["fled"],
    "build": ["built"],
    "lend": ["lent"],
    "tear": ["tore", "torn"],
    "drive": ["drove", "driven"],
    "throw": ["threw", "thrown"],
    "speak": ["spoke", "spoken"],
    "steal": ["stole", "stolen"],
}


def en_lemma(word: str) -> str:
    """A crude English lemma: lower case, common inflection suffixes removed."""
    w = word.lower().replace("’", "'")
    if w.endswith("n't"):
        return "not"
    if w.endswith("'s"):
        w = w[:-2]
    return w


def _en_forms(lemma: str) -> list[str]:
    forms = {lemma, lemma + "s"}
    if lemma.endswith("ee"):
        forms |= {lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing", lemma + "es"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_EN_IRREGULAR.get(lemma, []))
    return sorted(forms)


def _hyphen_split(word: str) -> list[str]:
    """The tokenizer splits "cease-fire" into cease, -, fire: so do the lexicon keys."""
    if "-" not in word.strip("-"):
        return [word]
    out: list[str] = []
    for k, piece in enumerate(word.split("-")):
        if k:
            out.append("-")
        out.append(piece)
    return out


@lru_cache(maxsize=1)
def english() -> Lexicon:
    words: dict[str, list[Entry]] = {}
    phrases: dict[tuple[str, ...], list[Entry]] = {}
    for tm, kind, items in _read("en_triggers.txt"):
        t, m = _split_type(tm)
        k = {"v": "verb", "f": "verb", "n": "noun", "w": "weak", "l": "light"}[kind]
        for item in items:
            parts = [q for p in item.lower().split("_") for q in _hyphen_split(p)]
            if kind == "v":
                head_forms = _en_forms(parts[0])
                for hf in head_forms:
                    key = (hf, *parts[1:])
                    if len(key) == 1:
                        _add(words, hf, Entry(t, m, k))
                    else:
                        _add(phrases, key, Entry(t, m, k))
            else:
                key = tuple(parts)
                if len(key) == 1:
                    _add(words, key[0], Entry(t, m, k))
                else:
                    _add(phrases, key, Entry(t, m, k))
    govs = {}
    for t, effect, items in _read("en_governors.txt"):
        for item in items:
            govs[item.lower()] = (t, effect)
    return Lexicon(words, phrases, govs)


def _read_agents(name: str, key: Callable[[str], str]) -> dict[str, str]:
    """``word<TAB>sector`` lines of ``data/<name>`` (``#`` comments) -> {key(word): sector, CVL if none}."""
    out: dict[str, str] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, sector = line.partition("\t")
        out[key(word.strip())] = sector.strip() or "CVL"
    return out


@lru_cache(maxsize=1)
def arabic_agents() -> dict[str, str]:
    """Normalized group nouns that can act (الشرطة، المتظاهرون) -> CAMEO-style sector code."""
    return _read_agents("ar_agents.txt", normalize)


@lru_cache(maxsize=1)
def english_agents() -> dict[str, str]:
    """English common nouns naming people (suspect, officers, court, woman) -> CAMEO-style sector code."""
    return _read_agents("en_agents.txt", str.lower)

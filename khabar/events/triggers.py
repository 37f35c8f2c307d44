"""Trigger and candidate records, lexicon lookup keys and the word helpers every rule module shares.

Split out of ``khabar.events.extract`` (which imports from here and re-exports
``main_event`` and ``plover_type``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.events import factuality as F
from khabar.events.lexicon import Entry, Lexicon
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token


def light_noun(
    info: list[tuple[list[Entry], bool, str]], positions: Iterable[int], light_types: set[str]
) -> tuple[int, Entry] | None:
    """The event noun a light verb takes among the token ``positions`` (in order; the caller stops them at its
    boundaries): the first strong noun, else the first weak one, which ends the search when it has a type of
    the light verb itself («توقع الحكومة الاتفاق»: its own object, not a noun further on)."""
    from khabar.events.plover import _light_type  # (plover imports this module)

    best = None
    for j in positions:
        strong = [e for e in info[j][0] if e.kind == "noun"]
        weak = [e for e in info[j][0] if e.kind == "weak"]
        if strong:
            return j, strong[0]
        if weak and best is None:
            # (round 48) a weak noun of two types («صواريخ»: missiles deployed MOBILIZE, fired ASSAULT) gives the
            # light verb the type it can take («أطلقوا صواريخ»), its first entry if none
            w = next((e for e in weak if _light_type(light_types, e) is not None), weak[0])
            best = (j, w)
            if w.type in light_types:
                break
    return best


@dataclass
class Trig:
    a: int  # anchor token index in the sentence token list
    b: int  # last token index of the trigger (inclusive)
    type: str
    mode: str | None
    kind: str  # "verb" or "noun"
    cues: list[int] = field(default_factory=list)  # token indices whose left context holds the cues
    future: bool = False
    imperfect: bool = False
    negated: bool = False
    mods: set[str] = field(default_factory=set)
    embedded: bool = False
    gov: str | None = None
    any_q: bool = False  # an Arabic event noun quantified by أي
    dated_future: bool = False  # a future time right after the event noun (غدا, next week)
    cue_placed: bool = False  # a negation cue near the trigger was placed elsewhere (round 10)
    tail: int | None = None  # (round 21) a later token the trigger's text reaches (the noun's own light verb)
    head: int | None = (
        None  # (round 26) an earlier token the trigger's text starts at (a light masdar: «لفرض»)
    )
    # (round 31) an earlier token the trigger's text starts at, text only (the death told before the attack
    # that names the event: «مقتل ثمانية في الاشتباكات»)
    lead: int | None = None


@dataclass
class Cand:
    start: int
    end: int
    ent: str | None  # entity id, or None for a group noun / noun phrase to be created
    name: str
    etype: str
    tok: int  # index of its first token in the sentence
    tok_end: int
    sector: str | None = None  # CAMEO agent sector of a group noun (COP, MIL, CVL ...)


# ---------------------------------------------------------------- token keys
def _ar_keys(tok: Token) -> tuple[tuple[str, bool], ...]:
    """(lookup key, future prefix seen) for an Arabic token, most specific first.

    A key may carry a marker of what the word's form allows, from the morphology around the stem:
    "+" (the article ال, a preposition ب/ك, a pronoun suffix, or a written ة were removed or seen: only
    event nouns may match, so البحث is no بحث "discussed", وزارة no زار + ه, لوحة no لوح + ه) and
    "~" (the preposition ل: nouns, or an imperfect verb as in ليستقبل).
    """
    text = tok.text
    return _ar_keys_of(tok.prefix, tok.norm, text.endswith(("ة", "ات")), text.endswith("ة"))


@lru_cache(maxsize=1 << 16)
def _ar_keys_of(prefix: str, norm: str, fem_or_plural: bool, taa: bool) -> tuple[tuple[str, bool], ...]:
    # cached per word form: every rule that asks a token's keys would otherwise redo the prefix analysis
    pre = normalize(prefix)
    mark = "+" if ("ب" in pre or "ك" in pre or fem_or_plural) else ("~" if "ل" in pre else "")
    return _keys_of(norm, "س" in pre, mark, taa)


@lru_cache(maxsize=200_000)
def _keys_of(n: str, fut: bool, mark: str = "", taa: bool = False) -> tuple[tuple[str, bool], ...]:
    keys: list[tuple[str, bool]] = [(mark + n, fut)]
    if len(n) > 2 and n[0] in "وف":
        keys.append((mark + n[1:], fut))
    for k, f in list(keys):
        m, b = (k[0], k[1:]) if k[:1] in "+~" else ("", k)
        if len(b) > 3 and b[0] in "بلك":
            keys.append(("+" + b[1:] if b[0] in "بك" or m == "+" else "~" + b[1:], f))
            if b.startswith("لل"):
                keys.append(("+ال" + b[2:], f))
    for k, f in list(keys):
        m, b = (k[0], k[1:]) if k[:1] in "+~" else ("", k)
        if b.startswith("ال") and len(b) > 4:
            keys.append(("+" + b[2:], f))
    for k, _ in list(keys):
        m, b = (k[0], k[1:]) if k[:1] in "+~" else ("", k)
        if b[:1] == "س" and b[1:2] in ("ي", "ت", "ن") and len(b) >= 4 and m != "+":
            keys.append((m + b[1:], True))  # also a doubled verb: «ستشن»، «سيرد»
    for k, f in list(keys):
        m, b = (k[0], k[1:]) if k[:1] in "+~" else ("", k)
        for suf in ("هما", "هم", "ها", "ه"):
            if suf == "ه" and taa:
                continue  # a written ة (طريقة) is no pronoun ه (طريقه): normalization made them alike
            if b.endswith(suf) and len(b) - len(suf) >= 3:
                keys.append(("+" + b[: -len(suf)], f))
                if b[: -len(suf)].endswith("ت") and len(b) - len(suf) >= 4:
                    keys.append(("+" + b[: -len(suf) - 1] + "ه", f))  # ة written ت before a pronoun: إدانته
    # noun endings: tanween alif (اعتصاما) and the dual / oblique plural (هجومين، اجتماعين)
    for k, f in list(keys):
        m, b = (k[0], k[1:]) if k[:1] in "+~" else ("", k)
        if b.endswith("ا") and len(b) >= 5 and not b.endswith(("وا", "تا")):
            keys.append(("+" + b[:-1], f))
        if b.endswith(("ين", "ان")) and len(b) >= 6:
            keys.append(("+" + b[:-2], f))
    return tuple(dict.fromkeys(keys))


_KIND_ORDER = {"verb": 0, "noun": 1, "light": 2, "weak": 3}


def _lookup(lex: Lexicon, keys: tuple[tuple[str, bool], ...]) -> tuple[list[Entry], bool, str]:
    for k, fut in keys:
        if k[:1] == "+":
            k = k[1:]
            ents = [e for e in lex.lookup(k) if e.kind in ("noun", "weak")]
        elif k[:1] == "~":
            k = k[1:]
            ents = [e for e in lex.lookup(k) if e.kind in ("noun", "weak") or e.imperfect]
        else:
            ents = lex.lookup(k)
            if k in lex.verb_masdars and all(e.kind == "noun" for e in ents):
                # (round 39) a masdar spelled like a past verb the lexicon leaves out (ضرب: ضرب موعدا) is
                # a noun only with ال, ب / ل or a pronoun: the bare word is no event
                ents = []
        if ents:
            if (
                k[:1] == "س"
                and k[1:2] in ("ي", "ت", "ن")
                and len(k) >= 4  # «ستشن»، «سيرد»: a doubled verb has three letters after سـ
                and ents[0].kind in ("verb", "light")
                and not k.startswith(_AR_NOT_FUTURE)  # سيطر is no سـ + يطر
            ):
                fut = True
            return sorted(ents, key=lambda e: _KIND_ORDER[e.kind]), fut, k
    return [], False, ""


# future-marked words that are nouns, not سـ + imperfect verbs
_AR_NOT_FUTURE = (
    "سياس",
    "سيار",
    "سيطر",
    "سنو",
    "سيد",
    "سين",
    "ستين",
    "ستار",
    "سيول",
    "سيف",
    "ستر",
    "سيم",
    "سيوف",  # (round 11) not «سيو»: «سيؤدي» normalises to سيودي, a future verb
    "سنتين",  # two years («سنتين ليصبح»), not a verb
    "سنتان",
    "سنتيمتر",
)


def _unprep(w: str) -> str:
    """An Arabic word without a ب/ل preposition the tokenizer left on («باحتمال»)."""
    return w[1:] if w[:1] in "بل" and len(w) > 4 else w


def _bare(w: str) -> str:
    """An Arabic word without a leading و/ف conjunction the tokenizer left on."""
    return w[1:] if w[:1] in "وف" and len(w) > 2 else w


_EN_PREP = frozenset("with of for on in by against about over into from at".split())

_EN_DEFINITE = frozenset("the this that these those his her their its".split())

_AR_ON = F._n("على علي عليه عليها عليهم عليهما علينا عليك عليكم")

_EN_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday tomorrow tonight".split())

_AR_REL = F._n("التي الذي اللذين اللتين الذين اللواتي")

# an agreement as a document: the act on it right after («الاتفاقية ... تنتظر التوقيع») names the event, so
# the act's own factuality (awaited, negated, planned) is the event's
_AR_DOCUMENT_NOUNS = F._n("اتفاق الاتفاق اتفاقية الاتفاقية اتفاقيات معاهدة المعاهدة صفقة الصفقة")

_AR_CAUSE = F._n("بسبب جراء اثر إثر بعد عقب نتيجة لاسباب")

_EN_ARTICLE = frozenset("a an the any".split())

_EN_FORCES = frozenset(
    "troops soldiers forces force army military police officers units guard guardsmen marines navy warships "
    "ships jets aircraft tanks battalion battalions brigade brigades reservists peacekeepers personnel "
    "militia fighters border missiles weapons artillery contingent reinforcements security operations "
    "operation mission missions combat frontline tours tour".split()
)

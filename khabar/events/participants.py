"""Participants: agent and role nouns, name merging, subjects, reporting agents and modifiers skipped
before an actor or target.

Split out of ``khabar.events.extract`` (which imports from here and re-exports
``main_event`` and ``plover_type``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from khabar.events import factuality as F
from khabar.events.lexicon import en_lemma, english
from khabar.events.offices import AR_OFFICE_HEADS
from khabar.events.triggers import _EN_PREP, Cand, Trig, _bare
from khabar.text.lexicon import AR_SPEECH_VERBS, EN_SPEECH_VERBS
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token

# A MISC name that denotes people (Palestinians, Bosnian Serbs, Iraqi Kurds, Moroccan diplomats) can act.
_DEMONYM = re.compile(r"(?:ans?|ese|ish|is?)$")


def _en_group(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    if _DEMONYM.search(words[-1]):
        return True
    return len(words) >= 2 and words[-1].endswith("s") and _DEMONYM.search(words[-2]) is not None


EN_TARGET_PREP = frozenset("with against to on toward towards".split())

# Verbs that make an English clause a statement (its subject a speaker, not an actor): the plain verbs of
# saying of the shared list (khabar.text.lexicon; not its weak or evidential ones: asked, wrote, reported,
# noted, claimed), and two verbs of demanding and concluding the shared list lacks.
EN_SPEECH = (
    EN_SPEECH_VERBS
    & frozenset("said says say announced told insisted stated added stressed declared urged".split())
) | frozenset({"demanded", "concluded"})

EN_AGENTS = {
    "police": "COP",
    "policemen": "COP",
    "troops": "MIL",
    "soldiers": "MIL",
    "army": "MIL",
    "protesters": "CVL",
    "rioters": "CVL",
    "protestors": "CVL",
    "demonstrators": "CVL",
    "students": "EDU",
    "workers": "LAB",
    "rebels": "REB",
    "militants": "REB",
    "guerrillas": "REB",
    "gunmen": "REB",
    "insurgents": "REB",
    "militiamen": "REB",
    "activists": "OPP",
    "opposition": "OPP",
    "government": "GOV",
    "authorities": "GOV",
    "prisoners": "CVL",
    "refugees": "REF",
    "settlers": "CVL",
    "villagers": "CVL",
    "residents": "CVL",
    "farmers": "AGR",
    "journalists": "MED",
    "officials": "GOV",
    "forces": "MIL",
    "hackers": "CRM",
}

# a title the NER often tags as a name of its own right before the name: العقيد محمد، الشيخ صالح
_AR_TITLES = F._n(
    "العقيد اللواء العميد الرائد المقدم النقيب الملازم الفريق المشير الشيخ الدكتور الأمير الملك الرئيس "
    "المهندس الأستاذ السفير الوزير معالي سمو فخامة"
)


def _ar_title_before(toks: list[Token], i: int) -> bool:
    w = toks[i - 1].norm
    return w in _AR_TITLES or (w.startswith("ال") and w.endswith("ي") and len(w) >= 6)


def _ar_merge_names(cands: list[Cand], toks: list[Token]) -> list[Cand]:
    """Named-entity candidates the NER split: a title tagged alone before a name gives way to the name
    (العقيد + محمد السعد), and two adjacent person names are one name, as are two place names right
    after a title or a nisba adjective («الرئيس الأميركي باراك أوباما»: the last part, the family
    name, stands for both); two places side by side elsewhere are subject and object («اتهمت واشنطن
    موسكو»)."""
    out: list[Cand] = []
    merged: set[int] = set()
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.tok_end + 1 == c.tok and toks[prev.tok_end].end + 1 >= toks[c.tok].start:
            if prev.tok == prev.tok_end and toks[prev.tok].norm in _AR_TITLES and c.etype == "PERSON":
                out[-1] = c
                continue
            if (
                prev.etype == c.etype
                and (
                    c.etype == "PERSON"
                    or (c.etype == "GPE" and prev.tok > 0 and _ar_title_before(toks, prev.tok))
                )
                and id(prev)
                not in merged  # two parts at most: «باراك أوباما بريطانيا» is a name and a country
                and not normalize(toks[c.tok].prefix)
            ):
                out[-1] = Cand(prev.start, c.end, c.ent, c.name, c.etype, prev.tok, c.tok_end, c.sector)
                merged.add(id(out[-1]))
                continue
        out.append(c)
    return out


# ---------------------------------------------------------------- (round 59) the government of a country
# a government head in construct before a country's name: «حكومة سريلانكا»، «وحكومة اليمن»، «لحكومة مالي»
_AR_GOVERNMENT_HEAD = F._n("حكومة حكومه")


def ar_government_of_country(cands: list[Cand], toks: list[Token], text: str) -> list[Cand]:
    """(round 59) «حكومة سريلانكا» is one actor, the country's government, not a body «حكومة» and a country beside
    it (the NER tags the country alone, the group nouns the head alone; the country then became the actor of the
    next act, «اتهمت المعارضة حكومة سريلانكا بقمع المتظاهرين»: actor «سريلانكا»). A «حكومة» candidate of one
    word (any proclitic) right before a GPE name with no proclitic of its own becomes one candidate over both."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.ent is None
            and prev.tok == prev.tok_end
            and c.tok == prev.tok_end + 1
            and c.etype == "GPE"
            and toks[prev.tok].kind == "ar"
            and toks[prev.tok].norm.lstrip("وفبل") in _AR_GOVERNMENT_HEAD
            and not normalize(toks[c.tok].prefix)
            and toks[c.tok].start - toks[prev.tok].end == 1
        ):
            name = text[prev.start : c.end]
            out[-1] = Cand(prev.start, c.end, None, name, prev.etype, prev.tok, c.tok_end, prev.sector)
            continue
        out.append(c)
    return out


_EN_NO_MERGE = EN_SPEECH | frozenset("say is are was were has have had told".split())


def _reporting_police(lows: list[str]) -> set[str]:
    """ "State police say Dunn was killed in the crash": police as the source is no sign of violence."""
    return {
        "police"
        for k, w in enumerate(lows[:-1])
        if w == "police" and lows[k + 1] in ("say", "says", "said", "reported", "report", "confirmed")
    }


def _merge_en(cands: list[Cand], toks: list[Token], text: str) -> list[Cand]:
    """«Hezbollah guerrillas», «Israeli intelligence officials», «Hungarian and Romanian officials»: one actor."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and c.sector and prev.ent is None and c.ent is None:
            gap = [toks[k].text for k in range(prev.tok_end + 1, c.tok)]
            if len(gap) <= 1 and all(
                g == "and"
                or g in _EN_GROUP_MODIFIERS
                or (
                    g.islower()
                    and g not in _EN_NO_MERGE
                    and not g.endswith("ed")
                    and not english().lookup(en_lemma(g))
                )
                for g in gap
            ):  # "Britain mobilized army reservists" is no group name
                out[-1] = Cand(
                    prev.start, c.end, None, text[prev.start : c.end], c.etype, prev.tok, c.tok_end, c.sector
                )
                continue
            if prev.sector is None and len(out) >= 2 and gap == []:
                pass
        if (
            prev is not None
            and c.sector
            and c.sector[:3] in ("MIL", "COP", "GOV", "REB", "OPP")
            and c.name.lower().endswith("s")
            and c.ent is None
            and prev.ent is not None
            and prev.sector is None
            and prev.etype in ("GPE", "ORG", "MISC")
            and (prev.etype != "MISC" or _DEMONYM.search(prev.name) is not None)
        ):
            gap = [toks[k].text for k in range(prev.tok_end + 1, c.tok)]
            if len(gap) <= 1 and all(g in _EN_GROUP_MODIFIERS for g in gap):
                # "Israeli intelligence officials", "Red Cross officials", "Hezbollah guerrillas": the group
                # acts for the named state or organisation, which stays the participant
                out[-1] = Cand(
                    prev.start,
                    c.end,
                    prev.ent,
                    text[prev.start : c.end],
                    prev.etype,
                    prev.tok,
                    c.tok_end,
                    c.sector,
                )
                continue
        out.append(c)
    # «Hungarian and Romanian officials»: an adjective NP joined by "and" to the merged actor
    res: list[Cand] = []
    for c in out:
        if res and c.sector and res[-1].sector is None and res[-1].ent is None and c.ent is None:
            gap = [toks[k].text for k in range(res[-1].tok_end + 1, c.tok)]
            if gap == ["and"]:
                p = res.pop()
                c = Cand(p.start, c.end, None, text[p.start : c.end], c.etype, p.tok, c.tok_end, c.sector)
        res.append(c)
    return res


_EN_GROUP_MODIFIERS = frozenset(
    "intelligence security military police government rebel rebels army border riot special elite paramilitary "
    "armed naval air defence defense foreign senior top peacekeeping opposition ruling party militia islamist "
    "federal state local".split()
)

_EN_LAW_AGENT = re.compile(r"(?i)\b(police|sheriff|patrol|nypd|lapd|officers|detectives|prosecutors?|fbi)\b")


def _en_reporting_agent(toks: list[Token], words: list[str], cands: list[Cand], t: Trig) -> Cand | None:
    """ "X was arrested ..., police said" / "according to the Sheriff's Office": a police or prosecution
    source that reports an arrest or a charge in the passive made it."""
    for c in cands:
        if not _EN_LAW_AGENT.search(c.name):
            continue
        nxt = words[c.tok_end + 1] if c.tok_end + 1 < len(words) else ""
        if c.tok <= t.b and (c.tok > 1 or nxt not in ("said", "says", "say")):
            continue  # before the event only as the sentence's opening "Police say ..."
        prev2 = words[max(0, c.tok - 3) : c.tok]
        if nxt in ("said", "says", "say", "reported", "wrote") or "according" in prev2:
            return c
    return None


_EN_GAP_STOP = (
    _EN_PREP
    | frozenset("and or but unless if that which who whom whose when while because as than".split())
    | frozenset("the a an this that these those his her their its".split())
)


def _en_subject(before: list[Cand], toks: list[Token], words: list[str], t: Trig) -> Cand:
    """The subject of the trigger's clause among the candidates before it (nearest by default).

    "A man who stabbed a woman ... has been jailed", "police arrested a man who attacked a guard": a
    candidate inside a relative clause gives way to the antecedent of who/which. "Officers responding
    to reports of a man threatening people ... shot": the head noun of a participial phrase that opens
    the clause is its subject."""
    near = before[-1]
    rel = [k for k in range(t.a) if words[k] in ("who", "which")]
    if rel:
        k = rel[-1]
        if near.tok > k:
            ante = [c for c in before if c.tok_end < k and k - c.tok_end <= 2]
            if ante and not any(toks[j].text in (".", ";", ":") for j in range(ante[-1].tok_end + 1, t.a)):
                return ante[-1]
    for c in before:
        if c is near:
            break
        j = c.tok_end + 1
        if (
            j < t.a
            and words[j].endswith("ing")
            and toks[j].text.islower()
            and not any(toks[m].text in (".", ";", ":", ",") for m in range(j, t.a))
            and any(x.tok > j for x in before)
        ):
            return c
    return near


def _skip_modifiers(cands: list[Cand], toks: list[Token]) -> list[Cand]:
    """ "Russian oil giant Rosneft", "New Zealand national Campbell Paterson": a nationality or country
    right before the name it modifies (through a few lowercase words) gives way to the name. Before a
    role noun alone ("Palestinian detainees") the nationality stays: it names the country."""
    while len(cands) >= 2:
        a, b = cands[0], cands[1]
        gap = [toks[k].text for k in range(a.tok_end + 1, b.tok)]
        nationality = a.etype == "GPE" or (a.etype == "MISC" and _DEMONYM.search(a.name) is not None)
        named = b.etype in ("PERSON", "ORG") or (b.sector is None and b.name[:1].isupper())
        if (
            nationality
            and named
            and 1 <= len(gap) <= 3
            and all(w.isalpha() and w.islower() and w not in _EN_GAP_STOP for w in gap)
        ):
            cands = cands[1:]
        else:
            break
    return cands


def _en_role_owned(toks: list[Token], i: int) -> bool:
    """A role noun that stands for a named owner: "Iran's foreign minister", "the mayor of Rome"."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = toks[k].text
        if w.endswith(("'s", "’s", "s'", "s’")) and w[:1].isupper():
            return True
        if not w.islower() or w in ("and", "the", "a", "an"):
            break
    if i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].text[:1].isupper():
        return True  # "the interior minister, Magdy Abdel Ghaffar": the name follows
    return (
        i + 2 < len(toks)
        and toks[i + 1].text == "of"
        and (toks[i + 2].text[:1].isupper() or (toks[i + 2].text == "the" and i + 3 < len(toks)))
        and (toks[i + 2].text != "the" or toks[i + 3].text[:1].isupper())
    )


def _is_protester(name: str) -> bool:
    n = normalize(name)
    for pre in ("و", "ل", "ال", "لل", "وال"):
        if n.startswith(pre) and len(n) - len(pre) >= 5:
            n2 = n[len(pre) :]
            if n2.startswith(("متظاهر", "محتج", "معتصم", "مضرب")):
                return True
    return n.lower().startswith(
        ("متظاهر", "محتج", "معتصم", "مضرب", "protester", "protestor", "demonstrator", "rioter")
    )


# (round 19) words that open no subject noun phrase after an Arabic verb: prepositions spelled with ال
# after normalization (إلى -> الي، إلا)، relatives, time words and days
_AR_NOT_SUBJECT = F._n(
    "الي إلى الا إلا الذي التي الذين اللذين اللتين اللواتي الان الآن الاول الأول الاولى الأولى اليوم "
    "الليلة البارحة الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة السبت الماضي "
    "الماضية الحالي الجاري المقبل المقبلة القادم القادمة الاسبوع الأسبوع الشهر العام السنة الصباح المساء "
    "الظهر العصر الفجر الليل النهار صباح مساء كما ايضا أيضا"
)
_AR_SKIP_AFTER_VERB = F._n("أمس امس اليوم الليلة البارحة مساء صباحا مؤخرا مجددا ايضا أيضا كذلك بدوره بدورها")


_AR_PRONOUN_SUBJ = F._n("هو هي هم هما هن وهو وهي وهم وهما فهو فهي فهم")


def _ar_definite_word(tok: Token) -> bool:
    w = tok.norm
    return (
        tok.kind == "ar"
        and w.startswith("ال")
        and len(w) >= 5
        and not normalize(tok.prefix)
        and w not in _AR_NOT_SUBJECT
        and not w.endswith(("ين", "ات"))  # «ودعا المواطنين»، «نفى الاتهامات»: an object, not a subject
    )


def ar_vso_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """(round 19) The subject of an Arabic verb in verb-subject-object order that neither the NER nor the
    group nouns made a candidate: «نفى المصمم الياباني»، «وأثنى الدباشي على»، «ودعا المهندس الحداد
    المواطنين». The first definite noun right after the verb (one time adverb may come between) is
    its subject, with the definite words that follow it (a nisba, a family name after a title). A
    sound plural or dual in -ين or a plural in -ات after the verb is its object; a time word, an
    event word or a candidate already at that place leaves the verb alone; so does a light verb's span
    («توقيع الاتفاق النووي»: the word after it modifies the noun)."""
    if t.kind != "verb" or t.a != t.b:
        return None
    if t.a > 0 and toks[t.a - 1].norm in _AR_PRONOUN_SUBJ:
        return None  # «وهي طلبت مؤخرا السماح»: the pronoun before the verb is its subject
    i = t.b + 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    if i >= len(toks):
        return None
    if any(c.tok <= i <= c.tok_end for c in cands):
        return None
    if not _ar_definite_word(toks[i]) or event_word(toks[i]):
        return None
    j = i
    while (
        j + 1 < len(toks)
        and j - i < 2
        and toks[j + 1].start - toks[j].end == 1
        and _ar_definite_word(toks[j + 1])
        and not event_word(toks[j + 1])
        and not any(c.tok == j + 1 for c in cands)
    ):
        j += 1
    if any(c.tok == j + 1 and c.sector is None for c in cands):
        return None  # a title before a name: «دعا الدكتور هادي اليامي»، «حث الرئيس الأميركي باراك أوباما»
    plural = toks[i].norm.endswith("ون")
    return Cand(
        toks[i].start,
        toks[j].end,
        None,
        text[toks[i].start : toks[j].end],
        "MISC" if plural else "PERSON",
        i,
        j,
    )


_AR_CHAIN_STOP = F._n(
    "من في على إلى الى عن مع ضد أن ان إن بأن الذي التي الذين بين خلال قبل بعد منذ حيث كما عبر نحو لدى عند"
)


def ar_titled_subject(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    event_word: Callable[[Token], bool],
    chain_only: bool = True,
) -> Cand | None:
    """(round 19) A person named after a chain of titles and offices right after an Arabic verb is its
    subject, however long the chain: «زار إمام وخطيب المسجد النبوي الشريف الشيخ صلاح البدير»، «أبرم
    المدير العام الأستاذ إبراهيم آل معيقل». The chain holds nouns only (no preposition, no punctuation,
    no number, no event word, no other name); a one-word title the group nouns took (الأستاذ) belongs to
    it. A person right after the verb needs no chain (the nearest candidate is taken already). A light
    verb's span («وأبرم المدير العام ... مذكرة تفاهم») holds its subject: the chain starts after the
    verb word."""
    if t.kind != "verb":
        return None
    i = t.a + 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    at = {c.tok: c for c in cands}
    k = i
    while k < len(toks) and k - i < 8:
        c = at.get(k)
        if c is not None:
            if c.sector is None and c.etype == "PERSON" and c.ent is not None:
                far = k - i >= 4 or any(at.get(m) for m in range(i, k))
                return c if k > i and (far or not chain_only) else None
            title = c.sector and c.tok == c.tok_end and toks[k].norm in _AR_TITLES
            # a place or a body in the genitive of an office: «وكيل إمارة منطقة الباحة الدكتور حامد
            # الشمري»، «رئيس مجلس إدارة الغرفة الشيخ فهد»
            office_of = (
                (c.etype in ("GPE", "LOC") or (c.ent is None and c.sector is not None))
                and k > i
                and not normalize(toks[k].prefix)
                and not toks[k - 1].norm.startswith("ال")
            )
            if not (title or office_of):
                return None
            k = c.tok_end + 1
            continue
        tok = toks[k]
        if (
            tok.kind != "ar"
            or tok.start - toks[k - 1].end > 1
            or any(ch in normalize(tok.prefix) for ch in "بلك")
            or tok.norm in _AR_CHAIN_STOP
            or (tok.norm in _AR_NOT_SUBJECT and tok.norm != "العام")  # المدير العام، الأمين العام
            or tok.norm.endswith("ين")
            or (c is None and event_word(tok) and tok.norm not in _AR_TITLES)  # السفير is a title
        ):
            return None
        k += 1
    return None


_AR_REL_PRON = F._n("الذي التي الذين اللذين اللتين")


def ar_relative_agent(
    toks: list[Token], t: Trig, cands: list[Cand], event_word: Callable[[Token], bool]
) -> Cand | None:
    """(round 19) The agent of an Arabic event noun told by the relative clause after it: «الاجتماع الذي
    عقده وكيل الإمارة الدكتور حامد الشمري»، «مظاهرة نظمها حزب البعث»، «الهجوم الذي شنته القوات». The
    clause's verb carries the pronoun of the event noun (-ه، -ها); its subject, right after it or a
    person after a chain of titles, is the agent of the event."""
    if t.kind != "noun":
        return None
    j = t.b + 1
    # (round 21) one or two adjectives may stand between the noun and its relative pronoun: «الهجمات
    # الإرهابية التي شنها تنظيم داعش»
    k = j
    while (
        k < len(toks)
        and k - j < 2
        and toks[k].kind == "ar"
        and toks[k].norm.startswith("ال")
        and toks[k].norm not in _AR_REL_PRON
        and not normalize(toks[k].prefix)
        and not any(c.tok <= k <= c.tok_end for c in cands)
        and not event_word(toks[k])
    ):
        k += 1
    if k > j and k < len(toks) and toks[k].norm in _AR_REL_PRON:
        j = k
    elif (
        k == j
        and not toks[t.b].norm.startswith("ال")
        and j + 1 < len(toks)
        and _ar_nisba(toks[j])
        and not any(c.tok <= j <= c.tok_end for c in cands)
    ):
        j += 1  # (round 22) «غارات جوية شنتها»: an indefinite noun's adjective before its relative verb
    if j < len(toks) and toks[j].norm in _AR_REL_PRON:
        j += 1
    if j + 1 >= len(toks):
        return None
    v = toks[j]
    if (
        v.kind != "ar"
        or normalize(v.prefix)
        or not v.norm.endswith(("ه", "ها", "هما"))  # (round 22) «هجومين تبنتهما»
        or (len(v.norm) < 4 and v.norm not in _AR_SHORT_REL_VERB)
        or v.norm.startswith("ال")
        or v.start - toks[j - 1].end > 1
        or any(c.tok <= j <= c.tok_end for c in cands)
    ):
        return None
    if j == t.b + 1 and toks[t.b].norm.startswith("ال"):
        return None  # a definite noun takes its relative clause through الذي / التي
    at = {c.tok: c for c in cands}
    if j + 2 < len(toks) and toks[j + 1].norm in _AR_REL_TIME and not normalize(toks[j + 1].prefix):
        j += 1  # (round 22) «شنتها اليوم طائرات التحالف»: a time word before the subject
    c = at.get(j + 1)
    head = toks[j + 1].norm in _AR_HEAD_WORDS or toks[j + 1].norm in AR_ROLE_NOUNS_22  # (22) «طائرات التحالف»
    if c is None and head and not normalize(toks[j + 1].prefix):
        h = at.get(j + 2)  # (round 21) «شنها تنظيم داعش»: a generic head before the name
        if h is not None and h.etype in ("ORG", "PERSON", "GPE") and not normalize(toks[j + 2].prefix):
            return h
    if c is not None and not (c.sector and c.tok == c.tok_end and toks[j + 1].norm in _AR_TITLES):
        return c if c.etype in ("PERSON", "ORG", "GPE") or c.sector else None
    return ar_titled_subject(toks, replace(t, a=j, b=j, kind="verb"), cands, event_word, chain_only=False)


# (round 22) a doubled verb with its pronoun is three letters: «هجوم شنه مسلحون» (شنّه)
_AR_SHORT_REL_VERB = F._n("شنه")
_AR_REL_TIME = F._n("اليوم أمس امس الليلة فجر صباح مساء")


def _ar_bare_indefinite(tok: Token) -> bool:
    """An Arabic word with no proclitic and no article, four letters at least: what `_ar_nisba` and
    `_ar_indefinite_noun` both ask of a word before its ending."""
    w = tok.norm
    return tok.kind == "ar" and not normalize(tok.prefix) and not w.startswith("ال") and len(w) >= 4


def _ar_nisba(tok: Token) -> bool:
    """An indefinite nisba adjective with no clitic: جوية، إسرائيلية، انتحاري."""
    return _ar_bare_indefinite(tok) and tok.norm.endswith(("يه", "ي"))


_AR_THEN = F._n("ثم ثمّ وهي وهو وهم فهي فهو فهم")
_AR_PP = F._n("من في على إلى الى عن مع ضد بين حول لدى عند نحو باتجاه قرب دون بدون")


def ar_shared_subject(
    toks: list[Token], t: Trig, usable: list[Cand], is_place: Callable[[Cand], bool]
) -> Cand | None:
    """(round 19) The subject an Arabic verb joined by و / ف / ثم shares with the verb before it, when
    its own clause names none: «إن القوات العراقية تقدمت باتجاه حي التأميم، وسيطرت على الملعب»،
    «القوات الأميركية كانت تستعمل القاعدة ...، وهي طلبت مؤخرا». The nearest candidate before the verb
    that no preposition governs, within the sentence (no full stop or semicolon between)."""
    if t.kind != "verb" or t.a == 0:
        return None
    w = toks[t.a].norm
    joined = (
        normalize(toks[t.a].prefix)[:1] in ("و", "ف")
        or (w[:1] in ("و", "ف") and toks[t.a - 1].text in ("،", ","))  # «، وسيطرت» (و left on the word)
        or toks[t.a - 1].norm in _AR_THEN
    )
    if not joined:
        return None
    for c in reversed([c for c in usable if c.tok_end < t.a]):
        if any(toks[k].text in (".", ";", "؛", "?", "؟", ":") for k in range(c.tok_end + 1, t.a)):
            return None
        if is_place(c):
            continue
        prev = toks[c.tok - 1] if c.tok > 0 else None
        if prev is not None and (prev.norm in _AR_PP or prev.norm[1:] in _AR_PP and prev.norm[:1] in "وف"):
            continue  # inside a prepositional phrase
        if any(ch in normalize(toks[c.tok].prefix) for ch in "بلك"):
            continue
        return c
    return None


# ---------------------------------------------------------------- (round 21) who did what to whom
# masdars of harm, arrest and invasion: their genitive undergoes the event («مقتل جندي»، «اعتقال زوجة
# القيادي»، «غزو العراق»), it never does it
_AR_HARM_MASDAR = F._n(
    "مقتل إصابة اصابة استشهاد اعتقال الاعتقال توقيف التوقيف اختطاف الاختطاف خطف اغتيال الاغتيال إعدام "
    "الإعدام مصرع جرح احتجاز الاحتجاز أسر غزو الغزو احتلال الاحتلال حصار الحصار اجتياح الاجتياح"
)
# verbs whose grammatical subject always undergoes the harm (أُصيب is passive, استشهد intransitive; (round 86) and
# the dual «أصيبا / أصيبتا»: «أن جنديين أصيبا بجروح»)
_AR_VICTIM_VERB = F._n(
    "أصيب أصيبت أصيبوا اصيب اصيبت اصيبوا أصيبا اصيبا أصيبتا اصيبتا يصاب تصاب استشهد استشهدت استشهدوا لقي لقيت لقوا"
)
# kin nouns: «اعتقلت زوجة القيادي» (no one's wife does the arresting: the verb is an unvoiced passive)
_AR_KIN = F._n(
    "زوجة زوجته زوجات ابن ابنة نجل نجلي نجله ابنه ابنته أبناء ابناء شقيق شقيقة شقيقه شقيقته والد والدة أم"
)
# attack nouns whose agent follows with لـ or in a relative clause: «هجوم للقوات»، «غارة شنتها الطائرات»
_AR_ATTACK_NOUN = F._n(
    "هجوم الهجوم هجمات الهجمات غارة الغارة غارات الغارات ضربة ضربات قصف القصف عملية العملية عمليات "
    "العمليات حملة الحملة حملات الحملات كمين مداهمة مداهمات هجومين هجومان غارتين غارتان هجوما"
)
# the agent marks after a passive or a masdar: بـ + bullets / fire, على يد، من قبل
_AR_BY_WEAPON = F._n("رصاص نيران نيرن قذائف قذيفة صواريخ صاروخ سلاح")
_AR_HAND = F._n("يد ايدي أيدي يدي")
# nouns of a place attacked: their genitive is the target, never the attacker («قصفت الطائرات مواقع
# الحوثيين»)
_AR_SITE = F._n(
    "مواقع موقع مقار مقرات مقر معاقل معقل تجمعات تجمع أهداف اهداف مخازن منازل منزل معسكرات معسكر تحصينات "
    "مراكز مركز مخابئ أوكار اوكار عناصر"
)
_AR_AUX = F._n("كان كانت كانوا قد لقد وقد وكان وكانت فقد")
_AR_OBJ_CLITIC = ("ها", "هم", "هما", "هن", "ه")


def _ar_clause_end(toks: list[Token], a: int, hi: int) -> int:
    """The last token index (exclusive bound) of the clause from a: a sentence mark or a comma ends it."""
    for k in range(a, min(hi, len(toks))):
        if toks[k].text in (".", ";", "؛", "?", "؟", "،", ",", ":"):
            return k
    return min(hi, len(toks))


_AR_IN_PREP = F._n("في خلال اثر إثر جراء أثناء اثناء")


def _ar_in_attack(toks: list[Token], k: int) -> bool:
    """The attack noun at k follows a preposition of circumstance: «في هجوم»، «إثر غارة»، «بهجوم»."""
    if normalize(toks[k].prefix)[-1:] == "ب" or (k > 0 and toks[k - 1].norm in _AR_IN_PREP):
        return True
    # «إثر عملية كمين نفذه»: the second noun of an attack pair
    return k > 1 and toks[k - 1].norm in _AR_ATTACK_NOUN and toks[k - 2].norm in _AR_IN_PREP


def _ar_by_weapon(tok: Token) -> bool:
    """«برصاص»، «بنيران»: by the bullets / fire of (the tokenizer may leave the ب on the word)."""
    w = tok.norm
    return (normalize(tok.prefix).endswith("ب") and w in _AR_BY_WEAPON) or (
        w[:1] == "ب" and w[1:] in _AR_BY_WEAPON
    )


def _cand_at(cands: list[Cand], k: int) -> Cand | None:
    return next((c for c in cands if c.tok == k), None)


def ar_harm_agent(
    toks: list[Token], t: Trig, cands: list[Cand], event_word: Callable[[Token], bool]
) -> Cand | None:
    """(round 21) The agent of an Arabic harm or arrest told after its victim, within the trigger's clause:
    «برصاص مسلحين»، «بنيران القوات»، «على يد عناصر الشرطة»، «من قبل السلطات»، «في هجوم للقوات
    الأميركية»، «في غارة شنتها الطائرات». Only for ASSAULT and COERCE."""
    if t.type not in ("ASSAULT", "COERCE"):
        return None
    end = _ar_clause_end(toks, t.b + 1, t.b + 9) if t.b + 1 < len(toks) else t.b + 1
    # (round 22) an attack noun of circumstance may stand twelve words on: «قتل 15 من عناصر تنظيم داعش
    # الإرهابي في غارات جوية شنتها»; the other agent marks stay within eight
    far = _ar_clause_end(toks, t.b + 1, t.b + 13) if t.b + 1 < len(toks) else t.b + 1
    at = {c.tok: c for c in cands}
    for k in range(t.a, far):
        w = toks[k].norm
        if k >= end and w not in _AR_ATTACK_NOUN:
            continue
        nxt: int | None = None
        if _ar_by_weapon(toks[k]):
            nxt = k + 1
        elif w in ("على", "علي") and k + 1 < end and toks[k + 1].norm in _AR_HAND:
            nxt = k + 2
        elif w == "من" and k + 1 < end and toks[k + 1].norm == "قبل":
            nxt = k + 2
        elif w in _AR_ATTACK_NOUN and k + 1 < far and (t.a < k <= t.b or _ar_in_attack(toks, k)):
            # the attack the harm happened in («قتل في هجوم للقوات»، «قتلوا في غارة شنتها»), not an attack
            # the event is about («إحباط محاولة هجوم للإرهابيين»، «منع الهجمات التي يشنها داعش»)
            c = at.get(k + 1)
            if c is not None and normalize(toks[k + 1].prefix)[-1:] == "ل":
                return c  # «هجوم للقوات الأميركية»
            rel = ar_relative_agent(toks, replace(t, a=k, b=k, kind="noun"), cands, event_word)
            if rel is not None:
                return rel  # «غارة شنتها الطائرات»، «الهجوم الذي نفذه التنظيم»
        if nxt is not None and nxt < end:
            c = at.get(nxt)
            if c is None and nxt + 1 < end and toks[nxt].norm in _AR_HEAD_WORDS:
                c = at.get(nxt + 1)  # «على يد عناصر تنظيم داعش»
            if c is not None:
                return c
    return None


# a generic head before a named group: «تنظيم داعش»، «حركة حماس»، «عناصر الشرطة»
_AR_HEAD_WORDS = F._n("تنظيم التنظيم حركة جماعة عناصر مسلحي ميليشيات ميليشيا مليشيات قوات جيش")


def ar_victim_of(toks: list[Token], t: Trig, cands: list[Cand]) -> Cand | None:
    """(round 21) The candidate that undergoes an Arabic harm, arrest or invasion by the form of its trigger:
    the genitive of a masdar («مقتل جندي»، «غزو العراق»: the trigger's first or last word, which may be
    the masdar of a merged span «الهجوم عن مقتل»), the subject after a passive or a victim verb (قُتل،
    أُصيب، استشهد), or a kin noun right after a verb of harm («اعتقلت زوجة القيادي»: no wife does the
    arresting). None when the trigger's form says nothing."""
    if t.type not in ("ASSAULT", "COERCE"):
        return None
    heads = {_bare_ar(toks[t.a].norm), _bare_ar(toks[t.b].norm)}
    nxt = t.b + 1
    if nxt < len(toks) and (toks[nxt].kind == "num" or toks[nxt].norm in _AR_COUNT):
        nxt += 1  # «مقتل 3 جنود»، «قُتل عدة أشخاص»
    if heads & _AR_HARM_MASDAR and t.kind == "noun":
        return next((c for c in cands if c.tok in (t.b + 1, nxt) and c.tok_end >= t.b + 1), None)
    if t.kind != "verb":
        return None
    first = toks[t.a].stem
    passive = len(first) > 1 and first[1] == "\u064f"  # a damma on the first letter: قُتل، اُعتقل
    start = t.b + 1
    kw = ar_killed_and_wounded(toks, t, cands)
    if kw is not None:
        passive, start = True, kw  # (round 22) «قتل وأصيب مدنيون»: both verbs are passive
    if passive or _bare_ar(toks[t.a].norm) in _AR_VICTIM_VERB:
        end = _ar_clause_end(toks, start, start + 5)
        for k in range(start, end):
            if k > start and normalize(toks[k].prefix)[:1] == "و" and toks[k].kind == "ar":
                break  # «قُتل شخصان وأصيب عدة أشخاص»: the next verb's subject
            c = _cand_at(cands, k)
            if c is not None:
                return c
        return None
    if t.b + 1 < len(toks) and toks[t.b + 1].norm in _AR_KIN and not normalize(toks[t.b + 1].prefix):
        c = next((c for c in cands if c.tok <= t.b + 1 <= c.tok_end), None)
        if c is None:  # «اعتقلت زوجة القيادي أحمد سالم»: the kin's owner in its genitive
            end = _ar_clause_end(toks, t.b + 2, t.b + 5)
            c = next((c for c in cands if t.b + 2 <= c.tok < end and not normalize(toks[c.tok].prefix)), None)
        return c
    return None


_AR_COUNT = F._n("عدة عدد نحو حوالي قرابة عشرات مئات")


def _bare_ar(w: str) -> str:
    return w[1:] if w[:1] in "وف" and len(w) > 3 and w[1:] in _AR_HARM_MASDAR | _AR_VICTIM_VERB else w


def _ar_object_clitic(tok: Token, event_word: Callable[[Token], bool]) -> tuple[str, Token] | None:
    """(round 21) The object pronoun an Arabic verb carries (`_AR_OBJ_CLITIC`, at least three letters left before
    it) and the verb without it, when that stem is an event word: «احتجزتها» → («ها», «احتجزت»); None for no such
    ending or one that belongs to the word («وجه»، «نبه»)."""
    w = tok.norm
    cl = next((s for s in _AR_OBJ_CLITIC if w.endswith(s) and len(w) - len(s) >= 3), None)
    if cl is None:
        return None
    stem = replace(tok, norm=w[: -len(cl)], text=tok.text[: -len(cl)])
    return (cl, stem) if event_word(stem) else None


def ar_clitic_subject(
    toks: list[Token], t: Trig, cands: list[Cand], event_word: Callable[[Token], bool]
) -> Cand | None:
    """(round 21) A verb that carries its object as a pronoun (-ها، -ه، -هم) has its subject right after it:
    «الرهينة التي كانت تعتقلها القوات الأميركية»، «السفينة التي احتجزتها البحرية الإيرانية». The pronoun
    stands for the noun before the verb, which is no actor then."""
    if t.kind != "verb" or t.a != t.b or toks[t.a].kind != "ar":
        return None
    if _ar_object_clitic(toks[t.a], event_word) is None:
        return None  # no object pronoun, or «وجه»، «نبه»: the ه belongs to the word
    i = t.b + 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    c = _cand_at(cands, i)
    if c is None and i + 1 < len(toks) and toks[i].norm in _AR_HEAD_WORDS:
        c = _cand_at(cands, i + 1)
    if c is None or normalize(toks[c.tok].prefix):
        return None
    return c


def ar_relative_object_verb(toks: list[Token], t: Trig) -> bool:
    """(round 21) An Arabic verb of attack that describes the indefinite operation noun before it
    («حملات استهدفت عناصر الحزب»، «عمليات استهدفت تنظيم داعش»، «غارات قصفت مواقع»): the operation is its
    subject, the noun after it its object (target)."""
    if t.kind != "verb" or t.a == 0:
        return False
    p = toks[t.a - 1]
    return (
        p.kind == "ar"
        and not p.norm.startswith("ال")
        and p.norm in _AR_ATTACK_NOUN
        and not normalize(toks[t.a].prefix)
    )


def ar_site_genitive(toks: list[Token], c: Cand) -> bool:
    """(round 21) The candidate is the genitive of a place attacked or of a member noun: «مواقع الحوثيين»،
    «مقرات التنظيم»، «عناصر حزب العمال»: the target of an attack, never its actor."""
    if c.tok == 0 or normalize(toks[c.tok].prefix):
        return False
    k = c.tok - 1
    if k > 0 and toks[k].norm in _AR_HEAD_WORDS and not normalize(toks[k].prefix):
        k -= 1  # «مواقع تنظيم داعش»
    return toks[k].norm in _AR_SITE and not normalize(toks[k].prefix)


def ar_harm_roles(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    usable: list[Cand],
    is_place: Callable[[Cand], bool],
    clause_blocked: Callable[[int, int], bool],
    target_marked: Callable[[Cand], bool],
    event_word: Callable[[Token], bool],
) -> tuple[Cand | None, Cand | None] | None:
    """(round 21) Actor and target of an Arabic event when the form of the clause settles them, else None:

    1. a verb that carries its object pronoun has its subject after it (`ar_clitic_subject`); the
       antecedent before the relative pronoun is the target;
    2. an agent after a harm or arrest (`ar_harm_agent`: برصاص، على يد، من قبل، هجوم لـ، هجوم شنته) acts;
       the victim (`ar_victim_of`) or the other candidate of the clause undergoes it («أبو محمد الذي قتل
       في غارة للقوات الروسية»);
    3. a passive, a victim verb or a kin noun after a verb of harm without an agent: the victim is the
       target, there is no actor;
    4. a verb of attack describing the indefinite operation before it («عمليات استهدفت تنظيم داعش»): the
       noun after it is the target, the actor is the clause's subject before the operation noun, if any."""
    if t.type not in ("ASSAULT", "COERCE"):
        return None
    ok = [c for c in usable if not is_place(c)]
    clitic = ar_clitic_subject(toks, t, cands, event_word)
    if clitic is not None and clitic in usable:
        r = t.a - 1
        while r > 0 and toks[r].norm in _AR_AUX:
            r -= 1
        ante = None
        if r > 0 and toks[r].norm in _AR_REL_PRON:
            # «الانتحاريين الـ24 الذين اعتقلتهم»، «(حماس) الذين»: a number or a bracket may stand between
            ante = next((c for c in reversed(ok) if r - 3 <= c.tok_end < r), None)
            if ante is not None and any(
                toks[m].kind != "num" and toks[m].text not in ')(»«"' for m in range(ante.tok_end + 1, r)
            ):
                ante = None
        return clitic, ante
    agent = ar_harm_agent(toks, t, cands, event_word)
    victim = ar_victim_of(toks, t, cands)
    if agent is not None and agent in usable and not is_place(agent):
        if victim is None or victim is agent:
            lo = t.a - 1
            if lo >= 0 and toks[lo].norm in _AR_REL_PRON:
                lo -= 1  # «أبو محمد الذي قتل»: the antecedent
            near = [c for c in ok if c is not agent and t.a < c.tok < agent.tok]
            if t.kind == "verb" or _ar_by_weapon(toks[t.a]):
                # the subject of a passive or of a victim verb before the agent mark: «أصيب جندي برصاص
                # مسلحين»; a speaker before a masdar is none («أعلنت الشرطة اعتقال ... على يد»)
                near += [
                    c
                    for c in reversed(ok)
                    if c.tok_end <= lo and lo - c.tok_end <= 3 and not clause_blocked(c.tok_end + 1, lo + 1)
                ]
            victim = near[0] if near else None
        return agent, victim
    if victim is not None and t.kind == "verb" and victim in usable:
        return None, victim
    if ar_relative_object_verb(toks, t):
        after = [c for c in ok if c.tok > t.b and c.tok - t.b <= 6 and not clause_blocked(t.b + 1, c.tok)]
        before = [
            c
            for c in ok
            if c.tok_end < t.a - 1 and not clause_blocked(c.tok_end + 1, t.a) and not target_marked(c)
        ]
        return (before[-1] if before else None), (after[0] if after else None)
    return None


def ar_undergoer_fix(
    toks: list[Token], t: Trig, cands: list[Cand], actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 21) After the general choice: the genitive of a masdar of harm, arrest or invasion is the
    target, never the actor («أسفر الهجوم عن مقتل جندي تركي»، «في غزو العراق»); the genitive of a place
    attacked after the verb is the target («قصفت الطائرات مواقع الحوثيين»)."""
    if t.type not in ("ASSAULT", "COERCE") or actor is None:
        return actor, target
    if t.kind == "noun" and actor is ar_victim_of(toks, t, cands):
        return None, actor
    if t.kind == "verb" and actor.tok > t.b and ar_site_genitive(toks, actor):
        return None, actor
    if ar_objectless_passive(toks, t, actor):
        return None, actor
    return actor, target


_AR_KILL_VERB = F._n(
    "قتل قتلت قتلا قتلتا قتلوا اغتيل اغتيلا اغتيلوا اعتقل اعتقلت اعتقلا اعتقلوا خطف خطفت خطفا خطفوا اختطف "
    "اختطفت اختطفا اختطفوا أعدم أعدمت أعدما أعدموا اعدم اعدموا"
)
_AR_NO_OBJECT = F._n("في خلال أثناء اثناء اثر إثر جراء بعد عقب أمس امس اليوم الليلة صباح مساء فجر ظهر")


def ar_objectless_passive(toks: list[Token], t: Trig, actor: Cand) -> bool:
    """(round 21) «أن الضابطين قتلا حوالي الساعة السادسة»، «أن المتهمين اعتقلوا أمس في الرياض»: a verb of
    killing or arrest right after its subject with no object after it (a clause end, a time, a place or a
    circumstance follows) is an unvoiced passive; its subject undergoes it."""
    if t.kind != "verb" or t.a != t.b or actor.tok_end != t.a - 1 or t.b + 1 >= len(toks):
        return False
    if _bare_kill(toks[t.a]) not in _AR_KILL_VERB:
        return False
    n = toks[t.b + 1]
    if n.kind == "punct" or _ar_wound_verb(n):
        return True  # (round 22) «أن جنديين قتلا وأصيب أربعة آخرون»: killed and wounded, both passive
    if n.norm in ("حوالي", "نحو", "قرابة") and t.b + 2 < len(toks):
        return toks[t.b + 2].norm in ("الساعة", "الساعه", "منتصف")  # a time, not a count of victims
    return n.norm in _AR_NO_OBJECT and not normalize(n.prefix)


def _bare_kill(tok: Token) -> str:
    w = tok.norm
    return w[1:] if w[:1] in "وف" and w[1:] in _AR_KILL_VERB else w


_AR_NAMING_VERBS = AR_SPEECH_VERBS | F._n("وصف وصفت يصف تصف قالت سأل سألت يسأل تسأل كتب كتبت يكتب تكتب")


def _in_span(start: int, end: int, spans: list[tuple[int, int]], first: bool) -> bool:
    """start..end lies inside one span; ``first``: the span may begin at start."""
    return any((s < start or (first and s == start)) and end <= e for s, e in spans)


def ar_trigger_in_name(
    toks: list[Token], t: Trig, person_spans: list[tuple[int, int]], org_spans: list[tuple[int, int]]
) -> bool:
    """(round 21) An Arabic trigger inside a recognised multi-word name is part of the name: after the first
    word of an organisation («مجلس التعاون الخليجي»، «منظمة العفو الدولية»), and the first word of a person
    named right after a verb of saying or describing, which needs that name as its subject («ووصف دان دي
    لوس»، «وقال دان براون»; a verb at a clause start the tagger ran into a name, «دان معالي الوزير», stays)."""
    start, end = toks[t.a].start, toks[t.b].end
    if t.type != "PROTEST" and _in_span(start, end, org_spans, first=False):
        return True  # a protest word in a movement's name stays («حركة الاحتجاج»: the protest's organiser)
    if t.a == 0 or not _in_span(start, end, person_spans, first=True):
        return False
    prev = toks[t.a - 1].norm
    return prev in _AR_NAMING_VERBS or (prev[:1] in "وف" and prev[1:] in _AR_NAMING_VERBS)


# ---------------------------------------------------------------- (round 22) role nouns of conflict news
# the round-22 additions of ``ar_agents.txt``: the armed, fighters, snipers, warplanes, soldiers and
# policemen counted, settlers, persons, civilians and tourists («وقتل مسلح 38 سائحا»، «قصفت الطائرات الحربية
# سيارة»، «قتل 23 شخصاً»)
AR_ROLE_NOUNS_22 = F._n(
    "مسلح المسلح مسلحان متطرفون المتطرفون مقاتلون المقاتلون مقاتلين المقاتلين متمردين متمردون قناص القناص "
    "قناصة طائرات الطائرات مقاتلات المقاتلات الجندي جنديا جنديين جنديان شرطي شرطيا شرطيين مستوطنون مستوطنين "
    "شخص شخصا شخصين شخصان مدني مدنيا مدنيين مدنيون المدنيين المدنيون سائحا سياح السياح سائحين"
)


def ar_role_noun_gives_way(toks: list[Token], i: int, key: str, named: list[Cand]) -> bool:
    """(round 22) A role noun of `AR_ROLE_NOUNS_22` is no candidate of its own when it carries a pronoun
    («لإطلاق طائراتها»: the owner named before is the party) or stands right before a name, whose head
    it is («طائرات الولايات المتحدة»: the state is the party)."""
    if key not in AR_ROLE_NOUNS_22:
        return False
    if toks[i].norm != key and toks[i].norm[1:] != key:
        return True  # a pronoun suffix or another form: «طائراتها»، «جنودنا»
    return any(c.tok == i + 1 and c.ent is not None for c in named)


def role_noun_ids(entities: list) -> set[str]:
    """(round 22) Ids of the entities made from a role noun of `AR_ROLE_NOUNS_22`: two mentions of «شخصا» or
    «مدنيين» are not one party, so they never make two events one, nor an anaphoric event noun a new event."""
    return {e.id for e in entities if normalize(e.name) in AR_ROLE_NOUNS_22}


_AR_WOUNDED = F._n("أصيب أصيبت أصيبوا اصيب اصيبت اصيبوا جرح جرحت جرحوا")
_AR_OTHERS = F._n("آخرين آخرون اخرين اخرون آخر اخر")


def _ar_wound_verb(tok: Token) -> bool:
    w = tok.norm
    return (normalize(tok.prefix)[:1] == "و" and w in _AR_WOUNDED) or (w[:1] == "و" and w[1:] in _AR_WOUNDED)


def ar_killed_and_wounded(toks: list[Token], t: Trig, cands: list[Cand]) -> int | None:
    """(round 22) A one-word verb of killing joined by و to a verb of wounding is passive, and so is the
    verb of wounding: «قتل وأصيب مدنيون» (the victims after both: their first token is returned),
    «قتل جنديان وجرح أربعة آخرون» (one noun phrase between the verbs, a count after the second: the first
    token after the verb). None when the form says nothing («قتل مسلح شرطيا وجرح آخرين» has two parties)."""
    if t.kind != "verb" or t.a != t.b or t.b + 1 >= len(toks) or _bare_kill(toks[t.a]) not in _AR_KILL_VERB:
        return None
    if _ar_wound_verb(toks[t.b + 1]):
        return t.b + 2
    end = _ar_clause_end(toks, t.b + 1, t.b + 6)
    w = next((k for k in range(t.b + 2, end) if _ar_wound_verb(toks[k])), None)
    if w is None or w + 1 >= len(toks):
        return None
    n = toks[w + 1]
    counted = (
        n.kind == "num"
        or n.norm in _AR_COUNT
        or n.norm in F._n("اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة")
    )
    between = [c for c in cands if t.b < c.tok < w]
    if counted and len(between) == 1 and between[0].tok == t.b + 1:
        return t.b + 1
    return None


def ar_circumstance_attack(toks: list[Token], t: Trig) -> bool:
    """(round 22) The trigger is an attack noun told as the circumstance of another event («قتل ... في هجوم
    شنه مسلحون»، «إثر غارة»): it names the agent of that event (`ar_harm_agent`) and stays an event of its
    own, not merged into the killing it caused."""
    return t.a == t.b and toks[t.a].norm in _AR_ATTACK_NOUN and _ar_in_attack(toks, t.a)


# (round 23) Light (support) verbs whose object is the event noun: the doer is the verb's subject.
# Three kinds: a plain object (شن غارات، نفذ هجوما، عقد لقاء، أجرى محادثات، فرض عقوبات، وجه ضربة، تبنى
# الهجوم), القبض after ألقى, على + masdar after أقدم, بـ + masdar after قام.
_AR_LIGHT_OBJ = F._n(
    "شن شنت شنوا شنا يشن تشن يشنون نفذ نفذت نفذوا نفذا ينفذ تنفذ ينفذون عقد عقدت عقدوا عقدا يعقد تعقد "
    "يعقدون أجرى أجرت أجروا اجرى اجرت اجروا يجري تجري يجرون فرض فرضت فرضوا يفرض تفرض يفرضون وجه وجهت "
    "وجهوا يوجه توجه يوجهون تبنى تبنت تبنوا يتبنى تتبنى"
)
_AR_LIGHT_ARREST = F._n("ألقى ألقت ألقوا القى القت القوا يلقي تلقي يلقون")
_AR_LIGHT_ALA = F._n("أقدم أقدمت أقدموا اقدم اقدمت اقدموا يقدم تقدم يقدمون")
_AR_LIGHT_BI = F._n("قام قامت قاموا قاما يقوم تقوم يقومون")
_AR_LIGHT_ALL = _AR_LIGHT_OBJ | _AR_LIGHT_ARREST | _AR_LIGHT_ALA | _AR_LIGHT_BI


def _ar_light_word(tok: Token) -> str:
    w = tok.norm
    if w not in _AR_LIGHT_ALL and w[:1] in "وف" and w[1:] in _AR_LIGHT_ALL:
        w = w[1:]
    return w


def ar_light_verb_subject(
    toks: list[Token],
    t: Trig,
    usable: list[Cand],
    is_place: Callable[[Cand], bool],
    target_marked: Callable[[Cand], bool],
) -> Cand | None:
    """(round 23) The event noun is the object of a light verb before it, and the verb's subject stands
    between them (verb-subject-object): «ألقت الشرطة في ولاية ... القبض على»، «أقدم - X - على قتل»،
    «شنت مقاتلات التحالف ...، بقصف جوي»، «قام الجيش باعتقال». The first usable candidate after the verb
    that is no place and no partner (مع، ضد، لـ) is the actor. The verb is looked for up to twelve words
    back in the sentence, with no clause word (أن، الذي، ...) between but a relative pronoun right after
    a candidate whose clause a comma closes before the noun (a clause on the subject); a verb carrying an object pronoun
    («التي شنتها X») is a relative clause, handled elsewhere."""
    if t.a < 2:
        return None
    head = toks[t.a].norm
    for v in range(t.a - 1, max(-1, t.a - 14), -1):
        tk = toks[v]
        if tk.text in (".", ";", "؛", "?", "؟", "!"):
            return None
        if (
            tk.norm in _AR_REL_PRON
            and any(c.tok_end == v - 1 for c in usable)
            and any(toks[k].text in ("،", ",") for k in range(v + 1, t.a))
        ):
            continue  # «شنت مقاتلات التحالف العربي الذي بدأ ...، بقصف»: a closed relative clause on the subject
        w = tk.norm[1:] if tk.norm[:1] in "وف" else tk.norm
        if w in F.AR_BOUNDARY or tk.norm in F.AR_BOUNDARY:
            return None
        lw = _ar_light_word(tk)
        if lw not in _AR_LIGHT_ALL:
            continue
        if lw in _AR_LIGHT_ARREST and head != "القبض":
            return None
        if lw in _AR_LIGHT_ALA and toks[t.a - 1].norm != "علي":
            return None
        if lw in _AR_LIGHT_BI and not (tk.kind == "ar" and head[:1] == "ب" and toks[t.a].text[:1] == "ب"):
            return None
        for c in usable:
            if v < c.tok and c.tok_end < t.a and not is_place(c) and not target_marked(c):
                return c
        return None
    return None


# ---------------------------------------------------------------- (code round 58) what the Arabic role rules read
Roles = tuple[Cand | None, Cand | None]
EventWord = Callable[[Token], bool]


@dataclass(frozen=True)
class RoleContext:
    """What every step of an Arabic role chain (`AR_ROLE_CHAIN_FIRST`, `AR_ROLE_CHAIN`, `AR_ROLE_CHAIN_LATE`) reads
    of one trigger, built once per trigger: the sentence's tokens, the trigger, the candidates, the document's text (the phrases
    the rules build take their text from it) and the test of a word that is an event trigger itself."""

    toks: list[Token]
    t: Trig
    cands: list[Cand]
    text: str
    event_word: EventWord


# a step of a chain: the actor and target found so far in, the actor and target after the rule out
RoleRule = Callable[[RoleContext, Cand | None, Cand | None], Roles]


# ---------------------------------------------------------------- (round 24) three participant bugs
_AR_MARTYR_VERB = F._n("استشهد استشهدت استشهدوا استشهدا")
# what one cites: «استشهد ماكين بتصريحات»، «استشهد الموقع بالصحيفة»، «استشهد بقول الشاعر»
_AR_CITED = F._n(
    "تصريح تصريحات التصريحات قول قوله اقوال أقوال الأقوال كلام الكلام كلمات حديث الحديث آية الآية آيات الآيات "
    "اية ايات مقولة المقولة تقرير التقرير تقارير دراسة الدراسة دراسات مثال المثال أمثلة امثلة بيت أبيات ابيات "
    "شعر الشعر صحيفة الصحيفة الصحف كتاب الكتاب رأي الرأي آراء نص النص نصوص عبارة العبارة مقال المقال مقالات "
    "تغريدة تغريدات رسالة الرسالة شهادة شهادات بيانات البيانات أرقام ارقام الأرقام إحصاءات احصاءات "
    "إحصائيات احصائيات قصة القصة تجربة التجربة موقف مواقف وقائع ما أن ان"
)


def ar_cite_sense(toks: list[Token], t: Trig) -> bool:
    """(round 24) «استشهد» followed in its clause (within four words) by بـ + a thing one cites («واستشهد
    ماكين بتصريحات»، «قد استشهد بالصحيفة اليونانية»، «استشهد بما قاله») means "cited", no killing."""
    w = toks[t.a].norm
    if w not in _AR_MARTYR_VERB and not (w[:1] in "وف" and w[1:] in _AR_MARTYR_VERB):
        return False
    end = _ar_clause_end(toks, t.b + 1, t.b + 5)
    for k in range(t.b + 1, end):
        x = normalize(toks[k].text)
        x = x[1:] if x[:1] in "وف" and x[1:2] == "ب" else x
        if x[:1] == "ب" and (x[1:] in _AR_CITED or x[1:].removeprefix("ال") in _AR_CITED):
            return True
    return False


# verbs of opinion and judgement whose object masdar is someone else's deed: «عارضت فرنسا غزو العراق»،
# «أدانت تركيا اعتقال الصحفي»؛ the control verbs of trying or intending (حاول، سعى، قرر، عزم، هدد) and the
# light verbs (شن، نفذ) are not here: their subject does the deed. Nor are the verbs of appeal (طالب، دعا، حث،
# ناشد): their object does it («يطالب المتمردين باحترام الهدنة»، «ودعا السكان إلى التعاون»; tried with them
# and dropped: the object after the verb was read as the subject in six tuning sentences)
_AR_OPINION_GOV = F._n(
    "عارض عارضت عارضوا عارضا يعارض تعارض يعارضون أدان أدانت أدانوا يدين تدين يدينون استنكر استنكرت "
    "استنكروا يستنكر تستنكر ندد نددت نددوا يندد تندد شجب شجبت شجبوا يشجب تشجب انتقد انتقدت انتقدوا ينتقد "
    "تنتقد أيد أيدت أيدوا يؤيد تؤيد رحب رحبت رحبوا يرحب ترحب أشاد أشادت أشادوا يشيد تشيد"
)
_AR_GOV_PREP = F._n("إلى الى على من")


def _ar_opinion_verb(tok: Token) -> bool:
    w = normalize(tok.text)
    return w in _AR_OPINION_GOV or (w[:1] in "وف" and w[1:] in _AR_OPINION_GOV)


def _ar_la_marked(toks: list[Token], c: Cand) -> bool:
    """The candidate carries the preposition لـ: on the token's prefix, before the mention inside the token,
    or as a word of its own before it («لـ العراق»)."""
    tok = toks[c.tok]
    pre = normalize(tok.prefix) or normalize(tok.text[: max(0, c.start - tok.start)])
    return pre[-1:] == "ل" or (c.tok > 0 and normalize(toks[c.tok - 1].text) == "ل")


def ar_governed_masdar(
    toks: list[Token], t: Trig, cands: list[Cand], actor: Cand | None
) -> tuple[Cand | None, Cand | None] | None:
    """(round 24) An event noun that is the object of a verb of opinion or appeal (`_AR_OPINION_GOV`) whose
    subject the general choice made its actor: the opposer is not the invader («وعارضت الحكومة غزو
    العراق»، «الحكومة عارضت غزو العراق»). The masdar's own agent is its genitive when a لـ-phrase names the
    undergoer after it («غزو الولايات المتحدة للعراق»: (US, Iraq)); else it has no actor. Returns (actor,
    target or None to keep the target), or None when the rule does not apply."""
    if t.kind != "noun" or actor is None or actor.tok_end >= t.a:
        return None
    g = t.a - 1
    if g >= 0 and toks[g].norm in _AR_GOV_PREP:
        g -= 1  # «دعت إلى وقف»، «حثت على اعتقال»
    svo = g > actor.tok_end and g - actor.tok_end <= 2 and _ar_opinion_verb(toks[g])
    vso = (
        actor.tok >= 1
        and _ar_opinion_verb(toks[actor.tok - 1])
        and t.a - actor.tok_end <= 2 + (g < t.a - 1)
        and not any(toks[k].kind != "ar" for k in range(actor.tok_end + 1, t.a))
    )
    if not (svo or vso):
        return None
    gen = next((c for c in cands if c.tok == t.b + 1), None)
    if gen is not None and not normalize(toks[gen.tok].prefix):
        und = next(
            (c for c in cands if gen.tok_end < c.tok <= gen.tok_end + 2 and _ar_la_marked(toks, c)),
            None,
        )
        if und is not None:
            return gen, und
    return None, None


# words that put a harm before the event of the main clause: «شنت حربا إثر ... خطف الجنديين»، «عقب مقتل»
_AR_ANTECEDENT = F._n("بعد عقب إثر اثر أعقاب اعقاب بسبب ردا رداً وبعد وعقب وإثر واثر")


def ar_antecedent_harm(toks: list[Token], t: Trig) -> int | None:
    """(round 24) A masdar of harm (`_AR_HARM_MASDAR`) told as what came before or caused the event of the
    clause («شنت إسرائيل حربا ... إثر ما اعتبرته خرقا في عملية خطف الجنديين»، «عقب مقتل ثلاثة جنود»: an
    antecedence word at most nine words before it, no sentence mark between) is another happening: it stays
    an event of its own and is not merged into that event, which would take its victim as its target.
    Returns the antecedence word's index, or None."""
    if not ({_bare_ar(toks[t.a].norm), _bare_ar(toks[t.b].norm)} & _AR_HARM_MASDAR):
        return None  # (a verb-kind trigger of the same letters, «بعد خطف», is read as the masdar here)
    for k in range(t.a - 1, max(-1, t.a - 10), -1):
        if toks[k].text in (".", ";", "؛", "?", "؟", ":"):
            return None
        if normalize(toks[k].text) in _AR_ANTECEDENT:
            return k
    return None


_AR_REL_WORDS = F._n("ما الذي التي الذين")


def ar_antecedent_no_doer(toks: list[Token], t: Trig, actor: Cand | None) -> bool:
    """(round 24) The actor chosen for an antecedent harm (`ar_antecedent_harm`) is the subject of another
    clause: it stands before the antecedence word (the main clause: «شنت إسرائيل حربا إثر ...»، «وأكد أن
    عناصره ... ردا على ... مقتل») or after a relative word inside the phrase («إثر ما اعتبرته إسرائيل خرقا
    في عملية خطف»). A doer inside the phrase stays («بعد مهاجمة الحوثيين القرية لتنفيذ حملة اختطاف»)."""
    if actor is None or actor.tok_end >= t.a:
        return False
    k = ar_antecedent_harm(toks, t)
    if k is None:
        return False
    return actor.tok_end < k or any(toks[j].norm in _AR_REL_WORDS for j in range(k + 1, actor.tok))


def ar_martyr_roles(
    toks: list[Token], t: Trig, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 24) «استشهد» has no actor but an agent phrase: a candidate before it is no doer («التفجير ...
    واستشهد وأصيب جراءه»), and one right after it with no agent word between is its martyr («بينما استشهد
    الثالث»); «استشهد جندي بنيران الحوثيين»، «على يد قوات الاحتلال» keep their agent."""
    w = toks[t.a].norm
    if actor is None or not (w in _AR_MARTYR_VERB or (w[:1] in "وف" and w[1:] in _AR_MARTYR_VERB)):
        return actor, target
    if actor.tok_end < t.a:
        return None, target
    gap = [normalize(toks[k].text) for k in range(t.b + 1, actor.tok)]
    agent = any(g.removeprefix("ب") in _AR_BY_WEAPON or g in _AR_HAND or g in ("قبل", "يد") for g in gap)
    if not agent and actor.tok - t.b <= 2:
        return None, target or actor
    return actor, target


# (round 27) feminine singular heads of bodies: a masculine verb right before one of them does not
# agree with it, so the body is the verb's object («وطالب الحكومة بالتدخل»، «ودعا هيئة الطيران»)
_AR_FEM_BODIES = F._n(
    "حكومة هيئة وزارة منظمة شرطة لجنة جمعية حركة جماعة سلطة دولة مملكة جمهورية رئاسة قيادة محكمة "
    "نيابة إدارة ادارة بلدية مؤسسة شركة جامعة رابطة نقابة أمانة امانة وكالة مفوضية بعثة سفارة قنصلية "
    "إمارة امارة محافظة ولاية منطقة الحكومة الهيئة الوزارة المنظمة الشرطة اللجنة الجمعية الحركة "
    "الجماعة السلطة الدولة المملكة الجمهورية الرئاسة القيادة المحكمة النيابة الإدارة الادارة البلدية "
    "المؤسسة الشركة الجامعة الرابطة النقابة الأمانة الامانة الوكالة المفوضية البعثة السفارة القنصلية "
    "الإمارة الامارة المحافظة الولاية"
)


def _ar_masculine_verb(tok: Token) -> bool:
    """A third-person masculine singular verb form: the imperfect in ي-, or a past form with no ت at
    either end and no plural or dual ending (طالب، دعا، يطالب; not طالبت، تطالب، طالبوا)."""
    w = tok.norm
    if len(w) < 3 or w.endswith("ت") or w.startswith("ت") or w.startswith("ن"):
        return False
    return not (w.endswith("وا") or w.endswith("ون") or w.endswith("ان") or w.endswith("تا"))


def ar_gender_object(toks: list[Token], t: Trig, cands: list[Cand]) -> Cand | None:
    """(round 27) The candidate right after a one-word masculine verb trigger (one time adverb may stand
    between) whose head is a feminine singular body noun (الحكومة، هيئة، وزارة ...) is no subject: the
    verb would agree with it in the feminine (طالبت الحكومة). It is the verb's object: «وطالب الحكومة
    الباكستانية بالتدخل» (he asked the government), «ودعا هيئة الطيران المدني للبدء»."""
    if t.kind != "verb" or t.a != t.b or not _ar_masculine_verb(toks[t.a]):
        return None
    i = t.b + 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    if i >= len(toks) or normalize(toks[i].prefix):
        return None
    c = _cand_at(cands, i)
    if c is None or c.etype == "PERSON" or toks[i].norm not in _AR_FEM_BODIES:
        return None
    return c


# (round 27) words after a verb that are no object: adverbs in -ا, count words, function words
_AR_NOT_OBJECT = F._n(
    "سابقا حاليا رسميا فعلا مجددا مؤخرا ايضا أيضا صباحا مساء ليلا نهارا جزئيا كليا تماما مباشرة "
    "عمدا جوا برا بحرا عشوائيا يوميا أخيرا اخيرا مجددا سويا معا جميعا بدورها بدوره لاحقا حديثا "
    "قرابة نحو حوالي أكثر اكثر هذا هذه ذلك تلك فيها فيه عليها عليه منها منه بها به لها له حكما "
    "أحكاما احكاما قرارا امرا أمرا غرامة عقوبة إجراءات اجراءات ما ماذا كما حيث فورا حرقا ذبحا شنقا "
    "رميا خنقا طعنا ضربا غرقا رجما صلبا"
)
_AR_OBJECT_VERB_TYPES = frozenset({"ASSAULT", "COERCE"})


def _phrase_cand(toks: list[Token], text: str, start: int, i: int, j: int, etype: str = "MISC") -> Cand:
    """A noun phrase that no entity names yet (``ent`` None: it becomes one if it is made a party): tokens
    ``i``..``j``, its text from the offset ``start`` (the first token's start, or after its proclitic or
    conjunction) to the end of token ``j``. The Arabic object / party rules below build their phrases so."""
    return Cand(start, toks[j].end, None, text[start : toks[j].end], etype, i, j)


def _ar_indefinite_noun(tok: Token) -> bool:
    """An indefinite noun in the accusative (مركزا، قياديا) or with the feminine ending (سفينة، نقطة):
    no proclitic, no article, four letters at least, no adverb or function word."""
    w = tok.norm
    return (
        _ar_bare_indefinite(tok)
        and (w.endswith("ا") or tok.stem.endswith("ة"))  # not -ه, the pronoun: «فجر نفسه»
        and not w.endswith("وا")
        and w not in _AR_NOT_OBJECT
    )


def ar_indefinite_object(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    actor: Cand | None,
    text: str,
    event_word: Callable[[Token], bool],
) -> Cand | None:
    """(round 27) The object of a one-word verb of attack or coercion that is a common indefinite noun
    no NER or group noun made a candidate: «استهدف مركزا ثقافيا كرديا»، «وهاجمت سفينة أخرى»، «اعتقلت
    قياديا كبيرا»، «استهدفت عددا من البؤر». Right after the verb, or after its subject and the subject's
    adjectives when the subject follows it («قصفت الطائرات الحربية سيارة»; one time adverb may stand
    between), with up to two indefinite adjectives of the same ending; a number, a count word or an
    adverb after the verb leaves it alone. Also the feminine indefinite genitive of a masculine singular
    masdar of coercion («عن ضبط شبكة إرهابية»). Only used when the clause gave no target."""
    if t.a != t.b or t.type not in _AR_OBJECT_VERB_TYPES:
        return None
    i = t.b + 1
    if t.kind == "noun":
        # the genitive of a masdar of coercion (masculine, singular) undergoes it: «عن ضبط شبكة إرهابية»;
        # a feminine noun after it is no adjective of it, a nisba (-ية) may be one
        w = toks[t.a]
        if (
            t.type != "COERCE"
            or w.stem.endswith("ة")
            or w.norm.endswith("ات")
            or w.norm.startswith("ال")
            or i >= len(toks)
            or not toks[i].stem.endswith("ة")
            or toks[i].norm.endswith("يه")
        ):
            return None
    if actor is not None and actor.tok == i:
        i = actor.tok_end + 1
        while (
            i < len(toks)
            and i - actor.tok_end <= 2
            and toks[i].kind == "ar"
            and toks[i].norm.startswith("ال")
            and not normalize(toks[i].prefix)
            and not any(c.tok == i for c in cands)
        ):
            i += 1  # the subject's adjectives: «قصفت الطائرات الحربية سيارة»
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    if i < len(toks) and (toks[i].kind == "num" or toks[i].norm in _AR_NOT_OBJECT):
        return None  # a count («نحو 300 مشتبه») or an adverb: the counted nouns are the role nouns' work
    if i >= len(toks) or not _ar_indefinite_noun(toks[i]) or event_word(toks[i]):
        return None
    if any(c.tok <= i <= c.tok_end for c in cands):
        return None
    if i + 1 < len(toks) and (
        any(c.tok == i + 1 for c in cands)
        or (
            toks[i + 1].kind == "ar"
            and toks[i + 1].norm.startswith("ال")
            and not normalize(toks[i + 1].prefix)
        )
    ):
        return None  # a noun in construct («خطفت جبهة النصرة»): definite, the subject more likely
    end = toks[i].norm[-1]
    j = i
    while (
        j + 1 < len(toks)
        and j - i < 2
        and toks[j + 1].start - toks[j].end == 1
        and _ar_indefinite_noun(toks[j + 1])
        and toks[j + 1].norm[-1] == end
        and not event_word(toks[j + 1])
        and not any(c.tok == j + 1 for c in cands)
    ):
        j += 1
    return _phrase_cand(toks, text, toks[i].start, i, j)


_AR_COMMA_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "REQUEST", "ACCUSE"})
_AR_ALL_WORDS = F._n("كافة كل جميع")
_AR_COMMA_STOP = F._n("أن ان إن الذي التي الذين اللذين حيث بينما فيما كما بعد قبل عندما حين لكن")


def _ar_np_word(tok: Token, event_word: Callable[[Token], bool]) -> bool:
    return tok.kind == "ar" and not normalize(tok.prefix) and not event_word(tok) and len(tok.norm) >= 3


def ar_object_after_comma(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    actor: Cand | None,
    target: Cand | None,
    text: str,
    event_word: Callable[[Token], bool],
) -> Cand | None:
    """(round 27) A verb with its subject after it, the subject's modifiers closed by a comma, and the
    object after the comma: «وتهدد النساء ... التابعات لوزارة المخابرات، المعلمات المحتجات»، «دعا
    الدكتور ... رئيس لجنة ...، كافة الهيئات»، «واستهدفت معظم الغارات ... في إطار ...، قواعد تابعة
    لحزب ...». The object is a definite noun phrase (or كافة / جميع + one), or an indefinite noun with an
    indefinite adjective in -ة; a name between the subject and the comma belongs to the subject's
    phrase and gives way. Returns the new target, or None to keep the old one."""
    if t.kind != "verb" or t.type not in _AR_COMMA_OBJECT_TYPES:
        return None
    if actor is not None and actor.tok > t.b:
        s = actor.tok_end + 1
    elif t.b > t.a:
        s = t.b + 1  # the subject inside the trigger span: «واستهدفت معظم الغارات»
    else:
        return None
    comma = None
    for k in range(s, min(len(toks), s + 12)):
        w = toks[k]
        if w.text in ("،", ","):
            comma = k
            break
        if (
            w.text in (".", ";", "؛", ":", "?", "؟", "!")
            or _bare_ar(w.norm) in _AR_COMMA_STOP
            or (
                w.kind == "ar" and w.norm and event_word(w) and not w.norm.startswith("ال")
            )  # «في إطار الحرب»
            or (t.type == "REQUEST" and (w.norm in ("الى", "إلى", "على") or "ب" in normalize(w.prefix)))
        ):
            return None  # (a call's complement before the comma: «طالب الرئيس بالإصلاح، ...» is done)
    if comma is None or comma == s or comma + 1 >= len(toks):
        return None
    if any(s <= c.tok < comma and c is not target for c in cands):
        return None  # another party before the comma: the clause is not the subject's phrase alone
    if target is not None and not (s <= target.tok < comma):
        return None
    i = comma + 1
    head = i + 1 if toks[i].norm in _AR_ALL_WORDS and not normalize(toks[i].prefix) else i
    at_i = _cand_at(cands, head)
    if at_i is not None:
        # a name or a group noun after the comma: «، الصحفيين المستقلين»، «، كافة المنظمات»
        return at_i if at_i.etype in ("PERSON", "ORG", "GPE", "MISC") and at_i is not actor else None
    first = toks[i]
    if not _ar_np_word(first, event_word) or first.norm in _AR_COMMA_STOP:
        return None
    j = i
    if first.norm in _AR_ALL_WORDS:
        j = i + 1
        if j >= len(toks) or not (_ar_np_word(toks[j], event_word) and toks[j].norm.startswith("ال")):
            return None
    elif first.norm.startswith("ال"):
        pass
    elif not (
        i + 1 < len(toks)
        and _ar_np_word(toks[i + 1], event_word)
        and not toks[i + 1].norm.startswith("ال")
        and toks[i + 1].stem.endswith("ة")
        and not first.norm.endswith("ا")
    ):
        return None  # an indefinite noun needs its adjective: «قواعد تابعة» (not «، مؤكدا»)
    else:
        j = i + 1
    if any(c.tok <= j and c.tok_end >= i for c in cands):
        return None  # a candidate there already: the general rules name it
    while (
        j + 1 < len(toks)
        and j - i < 3
        and toks[j + 1].start - toks[j].end == 1
        and _ar_np_word(toks[j + 1], event_word)
        and (
            toks[j + 1].norm.startswith("ال")
            if toks[j].norm.startswith("ال")
            else toks[j + 1].stem.endswith("ة")
        )
        and not any(c.tok == j + 1 for c in cands)
    ):
        j += 1
    return _phrase_cand(toks, text, toks[i].start, i, j)


# ---------------------------------------------------------------- (round 31) «بين X و Y», «أعلن عن + masdar»
# words that open another clause: a role phrase after an event word stops at them (the round-31 rules)
_AR_CLAUSE_WORDS = F._n("أن ان إن الذي التي الذين حيث بينما فيما كما بعد قبل عندما حين لكن منذ")
_AR_BETWEEN_PREP = F._n("في من على عن مع الى إلى ضد لدى عند")
_AR_BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT"})


_AR_WA_WORDS = F._n("واحد واحدة واسع واسعة واقع واشنطن وافق وافقت واصل واصلت")


def _ar_conj_start(tok: Token) -> int | None:
    """The offset after the conjunction و that begins ``tok`` («والمسؤولين»، «واعضاء»، «ووكالة»), or None.
    The tokenizer splits و only before the article; before another word, و + و or و + alef is taken
    for the conjunction (not «واشنطن»، «واحد»)."""
    if tok.kind != "ar":
        return None
    if normalize(tok.prefix).startswith("و"):
        return tok.start + 1
    w = tok.norm
    if (len(w) >= 4 and w.startswith("وو")) or (len(w) >= 5 and w.startswith("وا") and w not in _AR_WA_WORDS):
        return tok.start + 1
    return None


def _ar_conj_np(toks: list[Token], k: int, text: str, event_word: Callable[[Token], bool]) -> Cand | None:
    """The noun phrase of the conjunct ``toks[k]`` (وَ + a noun): the noun without its و, then up to three
    definite modifiers or genitives («ووكالة الطيران المدني البرازيلية»، «واعضاء»). None for an event
    word, a clause word or a word of two letters."""
    w = toks[k]
    start = _ar_conj_start(w)
    if start is None or w.end - start < 3 or event_word(w) or _bare_ar(w.norm) in _AR_CLAUSE_WORDS:
        return None
    j = k
    while (
        j + 1 < len(toks)
        and j - k < 3
        and toks[j + 1].kind == "ar"
        and not normalize(toks[j + 1].prefix)
        and toks[j + 1].norm.startswith("ال")
        and toks[j + 1].start - toks[j].end == 1
        and not event_word(toks[j + 1])
    ):
        j += 1
    return _phrase_cand(toks, text, start, k, j)


def ar_between_roles(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    actor: Cand | None,
    target: Cand | None,
    text: str,
    event_word: Callable[[Token], bool],
) -> tuple[Cand, Cand] | None:
    """(round 31) The two parties of a mutual event told by «بين X و Y» after its trigger: «عقدت
    الاجتماعات ... بين ممثلي طالبان والمسؤولين»، «اشتباكات بين شرطة حماس واعضاء في فتح»، «التوقيع على
    اتفاقية ... بين الهيئة ...، ووكالة ...». X (the first candidate after بين) is the actor, Y (the
    conjunct after و: its candidate or its noun phrase) the target. Only when the clause gave no role
    outside the «بين» phrase, and not when a definite genitive follows an indefinite masdar («بحث
    العلاقات الثنائية بين ...»: the phrase qualifies the object). Returns (actor, target) or None."""
    if t.type not in _AR_BETWEEN_TYPES:
        return None
    if (
        t.b + 1 < len(toks)
        and not toks[t.b].norm.startswith("ال")
        and toks[t.b + 1].kind == "ar"
        and not normalize(toks[t.b + 1].prefix)
        and toks[t.b + 1].norm.startswith("ال")
    ):
        return None  # «بحث العلاقات الثنائية بين ...»: the phrase qualifies the masdar's object, no party
    b = None
    for k in range(t.b + 1, min(len(toks), t.b + 9)):
        w = toks[k]
        if w.kind == "punct" or _bare_ar(w.norm) in _AR_CLAUSE_WORDS:
            return None
        if w.norm == "بين" and not normalize(w.prefix):
            b = k
            break
    if b is None:
        return None
    conj = None
    for k in range(b + 2, min(len(toks), b + 9)):
        w = toks[k]
        if w.kind == "punct" and w.text not in ("،", ","):
            return None
        if _ar_conj_start(w) is not None:
            conj = k
            break
    if conj is None:
        return None
    xs = [c for c in cands if b < c.tok and c.tok_end < conj]
    if not xs:
        return None
    for role in (actor, target):
        if role is not None and not (b < role.tok < conj):
            return None  # a party outside the phrase: «بحث الوزير مع نظيره التعاون بين البلدين»
    y = _cand_at(cands, conj)
    for k in range(conj + 1, min(len(toks), conj + 3)):
        if (
            y is not None
            or toks[k].kind != "ar"
            or toks[k].norm in _AR_BETWEEN_PREP
            or normalize(toks[k].prefix)
        ):
            break
        y = _cand_at(cands, k)  # a name in construct after the conjunct: «ووفد حركة فتح»
    y = y or _ar_conj_np(toks, conj, text, event_word)
    if y is None:
        return None
    return xs[0], y


_AR_ANNOUNCE = F._n("أعلن أعلنت يعلن تعلن اعلن اعلنت")
_AR_OWN_FORCE = F._n("الداخلية الدفاع الجيش الشرطة القوات قوات الأمن الامن التحالف البنتاغون البنتاجون")


def ar_announced_own_act(toks: list[Token], t: Trig, cands: list[Cand], target: Cand | None) -> Cand | None:
    """(round 31) «أعلنت وزارة الداخلية ... عن ضبط شبكة»، «أعلنت وزارة الدفاع الأمريكية ... عن مقتل
    فلان»: the security body that announces an arrest or a killing «عن + masdar» is its doer, the
    announced act being its own. Not a body that announces losses of soldiers or police (the target a
    soldier: «أعلن الجيش عن مقتل جنديين»), nor a body with no force (a ministry of health, a
    spokesman). Returns the announcer, or None."""
    if t.kind != "noun" or t.type not in ("COERCE", "ASSAULT") or t.a < 2:
        return None
    if toks[t.a - 1].norm != "عن" or normalize(toks[t.a].prefix):
        return None
    if target is not None and (target.sector or "")[:3] in ("MIL", "COP"):
        return None
    verb = None
    for k in range(t.a - 2, max(-1, t.a - 14), -1):
        w = toks[k]
        if w.text in (".", ";", "؛", ":", "?", "؟", "!") or _bare_ar(w.norm) in _AR_CLAUSE_WORDS:
            return None
        if _bare_ar(w.norm) in _AR_ANNOUNCE or w.norm in _AR_ANNOUNCE:
            verb = k
            break
    if verb is None:
        return None
    subj = _cand_at(cands, verb + 1)
    if subj is None or subj.tok_end >= t.a:
        return None
    words = set(normalize(subj.name).split())
    if not words & _AR_OWN_FORCE:
        return None
    return subj


# ---------------------------------------------------------------- (round 31) «بقصف جوي على قاعدة العند»
_AR_ALA_TYPES = frozenset({"ASSAULT", "COERCE", "AID"})
_AR_DEMONSTRATIVE = F._n("هذا هذه ذلك تلك هؤلاء اولئك أولئك")
# «على مدار الساعة»، «على خلفية»، «على يد»: على heads an adverbial or an agent phrase, no object
_AR_ALA_ADVERBIAL = F._n(
    "مدار مدى طول امتداد حساب خلفية صعيد إثر اثر غرار الأقل الاقل يد أيدي ايدي وقع ضوء هامش"
    # (round 71) «على الرغم من»، «على الفور»، «على التوالي»: a concession or an adverb, no object («بقصف مناطق
    # سكانية على الرغم من وقف إطلاق النار» took «الرغم» for the target)
    " الرغم الفور التوالي"
)
_AR_NOT_ALA_OBJECT = _AR_CLAUSE_WORDS | _AR_DEMONSTRATIVE | _AR_ALA_ADVERBIAL  # no noun phrase after على
_AR_COUNT_WORDS = F._n(
    "المدعو المدعوة نحو حوالي قرابة أكثر اكثر أقل اقل من عدد عشرات مئات آلاف الاف ألف الف مئة مائة"
)


def ar_masdar_object_after_ala(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    actor: Cand | None,
    text: str,
    event_word: Callable[[Token], bool],
) -> Cand | None:
    """(round 31) The object after «على» of a masdar of attack, siege or aid that got no target: «بقصف جوي
    على قاعدة العند»، «بتشديد الحصار على معسكر وقاعدة ...»، «بتوزيع المساعدات ... على اكثر من 138 الف
    عائلة». One or two adjectives may stand between the masdar and على. The target is a candidate
    behind count words, else the noun phrase after على (a definite noun with its definite adjectives,
    an indefinite noun with its definite genitive, or an indefinite noun alone before a conjunct or
    punctuation). Returns the target, or None."""
    if t.kind != "noun" or t.type not in _AR_ALA_TYPES:
        return None
    k = t.b + 1
    while k < len(toks) and k - t.b <= 3 and toks[k].kind == "ar" and not normalize(toks[k].prefix):
        if toks[k].norm == "علي":
            break
        if event_word(toks[k]) or _cand_at(cands, k) is not None or toks[k].norm[:1] == "و":
            return None  # another masdar's complement: «لملاحقة المتورطين ومحاسبتهم على»
        k += 1
    else:
        return None  # no على within three words (the loop breaks only at على)
    s = k + 1
    i = s
    while i < len(toks) and i - s < 6 and (toks[i].kind == "num" or toks[i].norm in _AR_COUNT_WORDS):
        i += 1
    at = _cand_at(cands, i)
    if at is not None:
        return at if at is not actor and at.etype in ("PERSON", "ORG", "GPE", "MISC", "LOC", "FAC") else None
    if i != s or i >= len(toks):
        return None
    w = toks[i]
    if (
        w.kind != "ar"
        or normalize(w.prefix)
        or len(w.norm) < 3
        or event_word(w)
        or w.norm in _AR_NOT_ALA_OBJECT
    ):
        return None
    if any(c.tok <= i <= c.tok_end for c in cands):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None

    def definite(x: Token | None) -> bool:
        return (
            x is not None
            and x.kind == "ar"
            and not normalize(x.prefix)
            and x.norm.startswith("ال")
            and not event_word(x)
        )

    j = i
    if w.norm.startswith("ال"):
        pass
    elif definite(nxt):
        if actor is not None and actor.tok == i + 1:
            return None  # the genitive is the actor already («الهجوم على مخيم اللاجئين» read wrong)
        j = i + 1  # «قاعدة العند»
    elif not (
        nxt is None
        or nxt.kind == "punct"
        or (nxt.kind == "ar" and nxt.norm[:1] == "و" and len(nxt.norm) >= 5)
    ):
        return None  # an indefinite noun alone before a conjunct («معسكر وقاعدة») or punctuation
    while j + 1 < len(toks) and j - i < 3 and definite(toks[j + 1]) and _cand_at(cands, j + 1) is None:
        j += 1
    return _phrase_cand(toks, text, w.start, i, j)


# ---------------------------------------------------------------- (round 31) «مع وزير الخارجية المصري سامح شكري»
_AR_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_AR_OFFICE_WORDS = (
    _AR_TITLES
    | AR_OFFICE_HEADS  # (code round 64) the shared office nouns (``offices``); below, this rule's own
    | F._n(
        "وزيرة رئيسة مديرة مدراء مديري وكيل وكلاء وكيلة سفراء مندوب ممثل ممثلي مستشار حاكم زعيم عضو أعضاء "
        "رؤساء وزراء نظيره نظيرته"
    )
)


_AR_PLURAL_OFFICES = F._n("مدراء مديري وكلاء رؤساء أعضاء اعضاء ممثلي ممثلين سفراء مسؤولي قادة")


def ar_partner_after_titles(
    toks: list[Token],
    t: Trig,
    cands: list[Cand],
    actor: Cand | None,
    text: str,
    event_word: Callable[[Token], bool],
) -> Cand | None:
    """(round 31) The partner of a meeting, an agreement or a cooperation after «مع» behind a chain of
    offices: «اتفق مع وزير الخارجية المصري سامح شكري»، «اجتماعا مع كل من وزير خارجية روسيا سيرجي
    لافروف»، «اتفاقية إطارية مع مدراء ووكلاء الجامعات السعودية». The person the chain ends in, else
    the body the offices belong to (the definite phrase after them). «مع» within five words of the
    trigger (or of a subject after it). Returns the target, or None."""
    if t.type not in _AR_PARTNER_TYPES:
        return None
    s0 = actor.tok_end + 1 if actor is not None and actor.tok > t.b else t.b + 1
    m = None
    for k in range(s0, min(len(toks), s0 + 5)):
        w = toks[k]
        if w.kind == "punct" or _bare_ar(w.norm) in _AR_CLAUSE_WORDS or _cand_at(cands, k) is not None:
            return None
        if w.norm == "مع" and not normalize(w.prefix):
            m = k
            break
    if m is None:
        return None
    k = m + 1
    if k + 1 < len(toks) and toks[k].norm == "كل" and toks[k + 1].norm == "من":
        k += 2
    i = k
    offices = 0
    while k < len(toks) and k - i < 8:
        c = _cand_at(cands, k)
        if c is not None:
            if c.etype == "PERSON" and c.ent is not None:
                return c if offices else None
            if not (offices and c.etype in ("GPE", "LOC")):
                return None  # a name or body right after مع: the general rules take it
            k = c.tok_end + 1
            continue
        w = toks[k]
        bare = w.norm[1:] if w.norm[:1] == "و" and k > i and w.norm[1:] in _AR_OFFICE_WORDS else w.norm
        if w.kind != "ar" or w.norm in _AR_CHAIN_STOP or (event_word(w) and bare not in _AR_OFFICE_WORDS):
            break
        if bare in _AR_OFFICE_WORDS and not normalize(w.prefix):
            offices += 1
        elif not offices:
            return None
        k += 1
    if not offices or k == i:
        return None
    # no person: the body after the offices («مدراء ووكلاء الجامعات السعودية»)
    j0 = next(
        (
            x
            for x in range(i, k)
            if toks[x].norm.startswith("ال") and toks[x].norm[2:] not in _AR_OFFICE_WORDS
        ),
        None,
    )
    if j0 is None or j0 == i:
        return None
    last = toks[j0 - 1].norm
    if (last[1:] if last[:1] == "و" else last) not in _AR_PLURAL_OFFICES:
        return None  # «مع وزير الخارجية المصري»: a singular office is a person, not its ministry
    j = j0
    while j + 1 < k and toks[j + 1].norm.startswith("ال") and not normalize(toks[j + 1].prefix):
        j += 1
    return _phrase_cand(toks, text, toks[j0].stem_start, j0, j, "ORG")


# ---------------------------------------------------------------- (round 40) passives and the subject after أن
# transitive verbs of killing, arrest, targeting and accusing: with one noun phrase and no object they are
# unvoiced passives whose noun phrase undergoes the event
_AR_TRANS_HARM = _AR_KILL_VERB | F._n(
    "استهدف استهدفت استهدفا استهدفوا اتهم اتهمت اتهما اتهموا احتجز احتجزت احتجزا احتجزوا"
)
# adverbs that may stand between such a verb and what follows it (time, manner)
_AR_PASSIVE_ADV = _AR_SKIP_AFTER_VERB | F._n(
    "سابقا لاحقا آنذاك انذاك حينها حرقا ذبحا شنقا رميا خنقا طعنا ضربا غرقا رجما صلبا"
)
_AR_INNA = F._n("ان بان وان لان فان")
# a preposition, a relative or an interrogative after أن is no noun: «أن من الممكن»، «أن من قتل»
_AR_FUNCTION_HEAD = _AR_PP | F._n("ما ماذا كل بعض هناك هنا لها له لهم عليه عليها منه منها فيه فيها")
_AR_AUX_VERBS = F._n("تم جرى كان كانت تكون سيتم ستتم سوف لم لن قد لقد ما لا")
_AR_SUBORD = F._n("ان أن إن الذي التي الذين حيث بينما فيما عندما حين حينما لكن لان لأن كي لكي")
_AR_QUOTE_TOKS = frozenset("\"“”«»'")
_AR_WORD_NUM = F._n(
    "ثلاثة اربعة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث اربع أربع خمس ست سبع ثماني تسع عشر"
)
_AR_OBJ_PREP = F._n("في على من الى إلى عن خلال أثناء اثناء اثر إثر جراء بعد عقب قبل منذ داخل قرب عند لدى")


def _ar_harm_verb(tok: Token) -> bool:
    w = tok.norm
    return tok.kind == "ar" and (w in _AR_TRANS_HARM or (w[:1] in "وف" and w[1:] in _AR_TRANS_HARM))


def _ar_no_object_at(toks: list[Token], k: int, event_word: Callable[[Token], bool]) -> bool:
    """Nothing at k can be the object of a verb before it: the sentence or clause ends, or a preposition,
    a بـ-word or a time word follows (adverbs of time and manner skipped)."""
    n = 0
    while k < len(toks) and n < 2 and toks[k].norm in _AR_PASSIVE_ADV and not normalize(toks[k].prefix):
        k, n = k + 1, n + 1
    if k >= len(toks) or toks[k].text in (".", "؟", "?", "!"):
        return True  # (not a comma: «اتهم آباء، تعرض أبناؤهم ...، الشرطة»: the object after an incise)
    tok = toks[k]
    if _ar_wa_word(tok, event_word):
        return True  # «قتل حرقًا وأصيب والداه»
    if tok.kind != "ar":
        return False
    return (
        (tok.norm in _AR_OBJ_PREP and not normalize(tok.prefix))
        or normalize(tok.prefix)[-1:] == "ب"
        or (tok.norm in _AR_NO_OBJECT and not normalize(tok.prefix))
    )


def _ar_wa_word(tok: Token, event_word: Callable[[Token], bool]) -> bool:
    """A verb of a next clause joined by و (split off or not: «وأصيب»، «واصيب»، «وسجنهما»): the و-word is
    an event word. A conjunct noun («والعديد من الدول»، «ومدني») is none."""
    if tok.kind != "ar":
        return False
    if normalize(tok.prefix).startswith("و"):
        return event_word(tok)
    w = tok.norm
    return len(w) >= 4 and w[:1] == "و" and event_word(replace(tok, norm=w[1:], text=tok.text[1:]))


def _ar_object_in_clause(
    toks: list[Token], m: int, cands: list[Cand], event_word: Callable[[Token], bool]
) -> bool:
    """From m to the clause end (a comma, a sentence mark or a و-word), a number, a candidate or an
    indefinite accusative noun that no preposition governs: a possible object of the verb before."""
    end = _ar_clause_end(toks, m, m + 12)
    for q in range(m, end):
        tok = toks[q]
        if _ar_wa_word(tok, event_word):
            return False  # the next clause: «واصيب ثمانية آخرون»
        if tok.norm in _AR_SUBORD and not normalize(tok.prefix):
            return False  # a subordinate clause: «اعتقل بعد أن اتصلت زوجته»، «قتل عندما»
        if tok.kind == "num":
            return True
        governed = normalize(tok.prefix) or (q > 0 and toks[q - 1].norm in _AR_PP)
        if governed:
            continue
        c = _cand_at(cands, q)
        if c is not None and c.start == tok.start:
            return True  # (a candidate after its own proclitic, «بعدن», is governed by it)
        if c is None and _ar_indefinite_noun(tok) and tok.norm.endswith("ا"):
            return True
    return False


def ar_inna_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """(round 40) The subject of an Arabic verb told right after «أن / إن / بأن» that neither the NER nor
    the group nouns made a candidate: «أن الرئيسين "تشاورا»، «إن أماً اتهمت»، «أن الفضلي قد استهدف». The
    noun after the particle (one to three words, the words after the first one definite, no proclitic,
    no candidate, no event word) stands right before the verb (a quote or «قد» may come between): it is
    the verb's subject (the particle's noun, subject-verb order)."""
    if t.kind != "verb" or t.a < 2:
        return None
    k = t.a - 1
    while k > 0 and (toks[k].text in _AR_QUOTE_TOKS or toks[k].norm in ("قد", "لقد")):
        k -= 1
    j = k
    while k >= 0 and j - k < 3:
        tok = toks[k]
        if (
            tok.kind != "ar"
            or normalize(tok.prefix)
            or any(c.tok <= k <= c.tok_end for c in cands)
            or event_word(tok)
            or tok.norm in _AR_NOT_SUBJECT
            or tok.norm in _AR_INNA
            or tok.norm in _AR_PRONOUN_SUBJ
            or tok.norm in _AR_FUNCTION_HEAD
        ):
            break
        k -= 1
    i = k + 1
    if i > j or k < 0 or toks[k].norm not in _AR_INNA or toks[k].kind != "ar":
        return None
    if any(not toks[m].norm.startswith("ال") for m in range(i + 1, j + 1)):
        return None  # «أن مصادر أمنية»: only a head and its definite modifiers
    first = toks[t.a].stem
    if len(first) > 1 and first[1] == "\u064f":
        return None  # «أن الدوسري حُكم عليه»: a voweled passive, its noun undergoes it
    if i == j and not toks[i].norm.startswith("ال") and toks[i].stem.endswith("ة"):
        return None  # «فإن مرحلة رفع العقوبات»: an indefinite noun in construct with a masdar after it
    if toks[i].norm[:1] == "ي" or toks[i].norm in _AR_AUX_VERBS:
        return None  # «أن يتم التوصل»: a verb (an imperfect in ي-, an auxiliary), not a noun
    if any(toks[m].start - toks[m - 1].end > 1 for m in range(i + 1, j + 1)):
        return None
    return _phrase_cand(toks, text, toks[i].start, i, j, "MISC")


def ar_bare_passive(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 40) A transitive verb of killing, arrest, targeting or accusing with one noun phrase and no
    object is an unvoiced passive: its noun phrase undergoes it (actor None, target the phrase).

    - subject before the verb (a parenthesis or «قد» may stand between) and nothing after it that can be an
      object: «الطفل علي الدوابشة (18 شهراً) قتل حرقًا»، «أن الفضلي قد استهدف سابقا في غارة»، «إن أماً اتهمت
      بالقسوة» (round 21's `ar_objectless_passive` wanted the subject right before a killing or arrest verb);
    - the verb first, then (a time adverb, a count, a title) one candidate, then a preposition, a بـ-word,
      a conjunction or the clause end, and no other candidate or number in the clause that no preposition
      governs: «قتل آنذاك خمسة جنود افغان واصيب»، «قتل اليوم القيادي ابو يحي الحوثي في منطقة العلم».
    A verb with an object pronoun is not read here («قتله»: the form is not in the list)."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if actor is None or t.kind != "verb" or not _ar_harm_verb(toks[t.a]):
        return actor, target
    if toks[t.a].norm.lstrip("وف").startswith("اتهم"):
        # «اتهم X بـ»: accused only with the charge in بـ right after the verb or its noun phrase
        k = actor.tok_end + 1 if actor.tok > t.b else t.a + 1
        if k >= len(toks) or normalize(toks[k].prefix)[-1:] != "ب":
            return actor, target
    if actor.tok_end < t.a:
        k = t.a - 1
        while k > actor.tok_end and toks[k].norm in ("قد", "لقد"):
            k -= 1
        if k > actor.tok_end and toks[k].text == ")":
            op = next((m for m in range(k - 1, max(actor.tok_end, k - 8), -1) if toks[m].text == "("), None)
            k = op - 1 if op is not None else k
        if k != actor.tok_end:
            return actor, target
        if _ar_no_object_at(toks, t.a + 1, event_word) and not _ar_object_in_clause(
            toks, t.a + 1, cands, event_word
        ):
            return None, actor
        return actor, target
    if actor.tok <= t.b or t.a != t.b:
        return actor, target
    # verb-subject order: what stands between the verb and the candidate
    k = t.b + 1
    n = 0
    while k < actor.tok and n < 4:
        tok = toks[k]
        if tok.kind == "num" or (
            tok.kind == "ar"
            and not normalize(tok.prefix)
            and (
                tok.norm in _AR_PASSIVE_ADV
                or tok.norm in _AR_WORD_NUM
                or tok.norm in _AR_COUNT
                or (tok.norm.startswith("ال") and k == actor.tok - 1)  # a title: «القيادي»
            )
        ):
            k, n = k + 1, n + 1
            continue
        return actor, target
    if k != actor.tok:
        return actor, target
    m = actor.tok_end + 1
    if actor.sector is not None and not toks[actor.tok].norm.startswith("ال"):
        # a common indefinite head's indefinite adjectives: «جنود افغان» (after a definite head or a
        # name an indefinite word is an object: «اعتقلت الشرطة رجلين»، «خطف داعش مسيحيين»)
        while (
            m < len(toks)
            and m - actor.tok_end <= 2
            and toks[m].kind == "ar"
            and not normalize(toks[m].prefix)
            and not toks[m].norm.startswith("ال")
            and not toks[m].norm.endswith("ا")
            and not event_word(toks[m])
            and _cand_at(cands, m) is None
            and not _ar_wa_word(toks[m], event_word)
            and toks[m].norm not in _AR_OBJ_PREP
        ):
            m += 1
    nxt = toks[m] if m < len(toks) else None
    if nxt is not None and not _ar_no_object_at(toks, m, event_word):
        return actor, target
    if _ar_object_in_clause(toks, m, cands, event_word):
        return actor, target  # another noun phrase: it may be the object
    return None, actor


# (round 41) mutual events: the conjuncts of a coordinated subject are the two parties («مصر والأردن وقعتا»)
_AR_MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


# (code round 64) a counterpart («ونظيره») and the titles of a state's head or minister, after و:
# a peer, not any office (``offices.AR_OFFICE_HEADS`` has مدير and محافظ, no peers of a state)
_AR_PEER_TITLES = F._n("نظير نظيره نظيرته نظيرها رئيس وزير ملك أمير امير الرئيس الوزير الملك الأمير الامير")


def _ar_conjunct_of(toks: list[Token], prev: Cand, c: Cand) -> bool:
    """``c`` is joined to ``prev`` by و right after it: «واشنطن ولندن»، «مصر والأردن»، «ونساء واطفال»."""
    if c.tok != prev.tok_end + 1 or toks[c.tok].kind != "ar":
        return False
    tok = toks[c.tok]
    return (
        normalize(tok.prefix).startswith("و")
        or (_ar_conj_start(tok) is not None and c.start > tok.start)
        or (c.start > tok.start and tok.text[:1] == "و")
    )


def _ar_titled_conjunct_of(toks: list[Token], prev: Cand, c: Cand) -> bool:
    """``c`` is the name of a second person joined to ``prev`` through titles: «نارندرا مودي رئيس الوزراء
    الهندي ونظيرته البنغلاديشية شيخة حسينة»: the gap (at most seven words, no punctuation, no preposition,
    no proclitic) holds one و-word that is a title or «نظير»."""
    gap = range(prev.tok_end + 1, c.tok)
    if not 1 <= len(gap) <= 7 or toks[c.tok].kind != "ar" or normalize(toks[c.tok].prefix):
        return False
    conj = 0
    for k in gap:
        tok = toks[k]
        if tok.kind != "ar" or normalize(tok.prefix) or tok.norm in _AR_PP:
            return False
        if tok.norm[:1] == "و" and tok.norm[1:] in _AR_PEER_TITLES:
            conj += 1
    return conj == 1


def _ar_free_np(toks: list[Token], c: Cand) -> bool:
    """A noun phrase no preposition governs (no proclitic بـ / لـ / كـ, no preposition right before)."""
    p = normalize(toks[c.tok].prefix).lstrip("وف")
    if p:
        return False
    return not (c.tok > 0 and _ar_pp_word(toks[c.tok - 1]))


def _ar_pp_word(tok: Token) -> bool:
    """A preposition, alone or after و / ف («وفي»، «ومع»)."""
    w = tok.norm
    return tok.kind == "ar" and (w in _AR_PP or (w[:1] in "وف" and w[1:] in _AR_PP))


_AR_WITNESS = F._n("شهد شهدت شهدا شهدتا يشهد تشهد وشهد وشهدت ويشهد وتشهد")


def _ar_governable(toks: list[Token], c: Cand) -> bool:
    """The first conjunct of a subject: a free noun phrase, no preposition nor a number or a count word
    in the two words before it («بين فرق الفنيين والمسؤولين»، «بمقتل ... وخمسة مدنيين وجنديين»), no
    conjunction on it (the list began earlier: «مع الولايات المتحدة الأميركية والاتحاد الأوروبي وروسيا»)
    and no «شهد» right before it (its subject is a place: «وقد شهد إقليم شرناخ وآغري بايزيد اشتباكات»)."""
    if not _ar_free_np(toks, c) or _ar_conj_start(toks[c.tok]) is not None or toks[c.tok].norm[:1] == "و":
        return False
    if c.tok > 0 and toks[c.tok - 1].norm in _AR_WITNESS:
        return False
    for k in range(max(0, c.tok - 2), c.tok):
        tok = toks[k]
        if tok.kind == "num" or _ar_pp_word(tok) or normalize(tok.prefix).endswith(("ب", "ل")):
            return False
        if tok.kind == "ar" and (tok.norm in _AR_COUNT or tok.norm in _AR_WORD_NUM):
            return False
    return True


def ar_conjunct_roles(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 41) A coordinated subject is one party, not a subject and an object.

    - verb first: «وتتهم موسكو وطهران المعارضة بقصف»: the target was the second conjunct of the subject;
      the object is the free noun phrase right after the last conjunct, else (a mutual event: agree,
      consult, cooperate) the second conjunct stays the partner, else there is no target;
    - subject first: «أن مصر والأردن وقعتا اتفاقية»: the actor was the last conjunct (the nearest noun
      before the verb); the first conjunct is the actor, and a mutual event with no target has the
      second conjunct as its partner (a verb trigger, or a masdar of a mutual event or a protest, whose
      parties are the clause's subject list; a one-sided masdar's list is often its genitive or another
      noun's: «بينهم نساء وأطفال ... في قصف»، «روايات الجيش الأميركي والشرطة العراقية بشأن ملابسات مقتل»); titles may stand between the conjuncts («مودي رئيس الوزراء الهندي
      ونظيرته البنغلاديشية شيخة حسينة، وقعا»).
    Not a pair after a preposition («بين الجيش والمعارضة»: the two parties of a clash), nor one behind a
    construct head, a number or a count («بين فرق الفنيين والمسؤولين»، «وخمسة مدنيين وجنديين»); verb
    first only with the subject right after a verb (time words skipped: «اتهم جنبلاط حزب الله وسوريا» has
    the list as its object)."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if actor is None or toks[t.a].kind != "ar":
        return actor, target
    k = t.b + 1
    while k < actor.tok and toks[k].norm in _AR_SKIP_AFTER_VERB:
        k += 1
    if (
        t.kind == "verb"
        and actor.tok == k
        and target is not None
        # a named subject or one word: a noun-phrase candidate of several words may already hold the object
        # («واعتقلت الشرطة المتظاهرين والإيرانيين»: «الشرطة المتظاهرين», and the list is the object's)
        and (actor.ent is not None or actor.tok_end == actor.tok)
        and _ar_free_np(toks, actor)
        and _ar_conjunct_of(toks, actor, target)
        and not _ar_wa_word(toks[target.tok], event_word)
    ):
        chain = [actor, target]
        while True:
            nxt = next((c for c in cands if _ar_conjunct_of(toks, chain[-1], c)), None)
            if nxt is None:
                break
            chain.append(nxt)
        obj = next(
            (
                c
                for c in cands
                if c.tok == chain[-1].tok_end + 1
                and c.start == toks[c.tok].start
                and _ar_free_np(toks, c)
                and c not in chain
            ),
            None,
        )
        if obj is not None:
            return actor, obj
        return actor, (target if t.type in _AR_MUTUAL_TYPES else None)
    if (
        actor.tok_end < t.a
        and actor.tok > 0
        and (t.kind == "verb" or t.type in _AR_MUTUAL_TYPES | {"PROTEST"})
    ):
        gap = range(actor.tok_end + 1, t.a)
        if len(gap) > 6 or any(
            (toks[k].text in F.PUNCT_BOUNDARY and not (k == t.a - 1 and toks[k].text in (",", "،")))
            or (toks[k].kind == "ar" and toks[k].norm in F.AR_BOUNDARY)
            or _ar_wa_word(toks[k], event_word)
            for k in gap
        ):
            # the list is in another clause («بجولة شملت لبنان وإسرائيل ...، ودعا»، «... وقال إن ...، ودعا»)
            return actor, target
        if _ar_wa_word(toks[actor.tok], event_word):
            return actor, target  # «علي سعد دوابشه وطالب الاتحاد»: a verb, no conjunct noun
        first = actor
        while True:
            prev = next((c for c in reversed(cands) if c.tok_end < first.tok), None)
            if prev is None or not (
                _ar_conjunct_of(toks, prev, first) or _ar_titled_conjunct_of(toks, prev, first)
            ):
                break
            if not _ar_governable(toks, prev):
                return actor, target  # «مع الولايات المتحدة والاتحاد الأوروبي وروسيا»: a governed list
            second, first = first, prev
        if first is actor or first.name == second.name:
            return actor, target
        if target is None and t.type in _AR_MUTUAL_TYPES:
            return first, second
        return first, target
    return actor, target


# ---------------------------------------------------------------- (round 46) «القبض على X»، «تعرض X لهجوم»
_AR_ARREST_MASDAR = F._n("القبض قبض")
_AR_ALA = F._n("على علي")
_AR_NAMED_WORDS = F._n("المدعو المدعوة المدعوين المواطن المقيم")
_AR_OBJ_STOP = F._n(
    "منهم منها منه من ممن مثل في الى إلى عن مع بعد قبل عند أمس امس اليوم ظهر صباح مساء ليل قد لم لن كان كانت الذي التي الذين "
    "وهو وهي حيث بينما فيما ثم كما أن ان إن لكن ليس فقط"
)


def _ar_plain_word(tok: Token, event_word: Callable[[Token], bool]) -> bool:
    """A word that may stand in a bare noun phrase: Arabic letters, no proclitic split off, no event word."""
    return (
        tok.kind == "ar"
        and not normalize(tok.prefix)
        and len(tok.norm) >= 3
        and not event_word(tok)
        and tok.norm not in _AR_OBJ_STOP
    )


def _ar_nisba_adj(tok: Token) -> bool:
    """An indefinite adjective of relation: «حوثي»، «سعودية»، «سعوديتان»."""
    w = tok.norm
    return not w.startswith("ال") and w.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))


def ar_arrest_object(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 46) «القبض على X» (إلقاء / تم / من القبض على ...): X is arrested, it is the target and never
    the actor. X is the candidate right after «على» (after «المدعو» or a possessed noun: «على سلفه جوزيه
    ماريا مارين») or, with none there, a bare indefinite noun and its nisba adjectives («على قيادي
    حوثي»). A pronoun on على («القبض عليهم») names no one here. A later noun the clause had made the
    target gives way («على قيادي حوثي بلباس عروس»)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.type != "COERCE" or toks[t.a].kind != "ar":
        return actor, target
    k = next((m for m in range(t.a, t.b + 1) if toks[m].norm in _AR_ARREST_MASDAR), None)
    if k is None or k + 2 >= len(toks) or toks[k + 1].norm not in _AR_ALA or "\u0651" in toks[k + 1].text:
        return actor, target  # not «عليّ» (on me)
    o = k + 2
    if toks[o].norm in _AR_NAMED_WORDS:
        o += 1
    while (
        o < len(toks)
        and o - k < 6
        and (
            toks[o].kind == "num"
            or (
                toks[o].norm in _AR_COUNT_WORDS
                and (toks[o].norm != "من" or toks[o - 1].kind == "num" or toks[o - 1].norm in _AR_COUNT_WORDS)
            )
            or toks[o].norm in _AR_QUANTIFIERS
        )
    ):
        o += 1  # «على عدد من الباعة»، «على نحو 300 مشتبه»
    if o >= len(toks):
        return actor, target
    obj = _cand_at(cands, o)
    if obj is not None and normalize(toks[o].prefix):
        return actor, target  # a place in بـ, no object: «القبض علي بمطار الملك خالد»
    if (
        obj is None
        and o + 1 < len(toks)
        and toks[o].norm.endswith("ه")
        and _ar_plain_word(toks[o], event_word)
    ):
        obj = _cand_at(cands, o + 1)  # «على سلفه جوزيه ماريا مارين»: the possessed noun and its name
    if obj is None:
        w = toks[o]
        if (
            o >= len(toks)
            or not _ar_plain_word(w, event_word)
            or w.norm.startswith("ال")
            or any(c.tok <= o <= c.tok_end for c in cands)
            or w.norm in _AR_NOT_OBJECT
        ):
            return actor, target
        j = o
        if w.norm in _AR_NUMBER_WORDS and o + 1 < len(toks) and _ar_plain_word(toks[o + 1], event_word):
            j = o + 1  # «على ثلاثة وافدين»: the number and its counted noun
        while (
            j + 1 < len(toks)
            and j - o < 2
            and _ar_plain_word(toks[j + 1], event_word)
            and _ar_nisba_adj(toks[j + 1])
        ):
            if any(c.tok <= j + 1 <= c.tok_end for c in cands):
                break
            j += 1
        obj = _phrase_cand(toks, text, w.start, o, j)
    if target is not None and target.tok == obj.tok and target.tok_end >= obj.tok_end:
        obj = target  # the clause's longer phrase there: «على أحد المتورطين»
    if actor is not None and (actor is obj or actor.tok == obj.tok):
        actor = None
    if target is None or target is actor or target.tok > obj.tok_end or target.tok == obj.tok:
        target = obj
    return actor, target


# quantifiers, elatives and demonstratives before the arrested noun: «على أغلب أعضاء»، «على أحد الأشخاص»،
# «على أكبر مهرب»، «على هؤلاء المعتدين» (the relative «من» right after على is no count: «على من تسببوا»)
_AR_QUANTIFIERS = F._n(
    "أغلب اغلب معظم بعض جميع كل كافة أحد احد إحدى احدى أكبر اكبر أبرز ابرز أخطر اخطر أهم اهم "
    "هؤلاء هاولاء أولئك اولئك هذا هذه هذين هاتين ذلك تلك"
)
_AR_NUMBER_WORDS = F._n(
    "اثنين اثنان ثلاثة ثلاث أربعة اربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر"
)
_AR_UNDERGO_VERBS = F._n("تعرض تعرضت تعرضا تعرضتا تعرضوا تعرضن يتعرض تتعرض يتعرضون يتعرضان تتعرضان")
_AR_SUBJ_OPEN = F._n("ان إن أن بأن لأن وأن فإن كانت كان وكانت وكان")
_AR_UNDERGO_SKIP = F._n(
    "قد بالخطأ امس أمس اليوم ظهر صباح مساء ليل فجر الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت"
)


def _ar_undergo_verb(tok: Token) -> bool:
    w = tok.norm
    return w in _AR_UNDERGO_VERBS or (w[:1] in "وف" and w[1:] in _AR_UNDERGO_VERBS)


def _ar_bare_np(
    toks: list[Token], i: int, hi: int, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """The noun phrase that begins at i and ends before hi: a candidate starting there, else one to three
    plain words (a head and its adjectives), none of them inside a candidate that begins elsewhere."""
    if i >= hi:
        return None
    c = _cand_at(cands, i)
    if c is not None:
        return c if c.tok_end < hi else None
    if not _ar_plain_word(toks[i], event_word) or toks[i].norm in _AR_NOT_OBJECT:
        return None
    j = i
    while (
        j + 1 < hi and j - i < 2 and _ar_plain_word(toks[j + 1], event_word) and toks[j + 1].norm[:1] != "و"
    ):
        j += 1  # a head and its adjectives, not a conjunct («و...»)
    return _phrase_cand(toks, text, toks[i].start, i, j)


def _ar_subject_reaches(toks: list[Token], g: int, u: int) -> bool:
    """Only «قد» or a place phrase in في of three words at most («في مدينة ميلووكي») stand between the
    subject's end g and the verb u."""
    if g >= u:
        return True
    if toks[g].norm == "قد":
        return g + 1 == u
    return toks[g].norm == "في" and u - g <= 4 and all(toks[k].kind == "ar" for k in range(g, u))


def ar_undergone(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 46) «تعرض X لـ<masdar>»، «X تعرض لـ<masdar>»: the subject of the verb of undergoing is the
    masdar's target; the actor is only an agent named after it («على أيدي مراهقين»، «من قبل X»), never the
    subject nor a noun behind a preposition after the masdar («تعرض لانتقادات بعد تصريحات عن المثليين»).
    The subject stands between the verb and the masdar (time words skipped: «تعرضت مدينة نجران ظهر اليوم
    لسقوط»), or before the verb, right after أن / إن / كان («إن كلباً في مدينة ... تعرض»، «وكانت فتاتان
    سعوديتان قد تعرضتا»). A subject pronoun («تعرض لانتقادات») leaves the target as it was."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.kind != "noun" or toks[t.a].kind != "ar" or t.a < 1:
        return actor, target
    m = t.a
    w = toks[m].norm
    if not (w.startswith("ل") or normalize(toks[m].prefix)[-1:] == "ل" or toks[m - 1].norm in ("الي", "إلى")):
        if not (toks[m - 1].norm in ("لمحاوله",) and m >= 2):
            return actor, target
        m -= 1  # «تعرض شقيقه لمحاولة اختطاف»
    u = next(
        (k for k in range(m - 1, max(-1, m - 7), -1) if _ar_undergo_verb(toks[k])),
        None,
    )
    if u is None or any(toks[k].kind == "punct" for k in range(u + 1, m)):
        return actor, target
    hi = m
    while hi - 1 > u and (toks[hi - 1].norm in _AR_UNDERGO_SKIP or normalize(toks[hi - 1].prefix) == "ب"):
        hi -= 1  # time words and a manner adverb («بالخطأ»)
    if m > u + 1 and toks[m - 1].norm in ("الي", "إلى"):
        hi = min(hi, m - 1)
    subj = None
    if hi > u + 1:
        # a name within the phrase is the party («تعرض قائد الوسط كريم بوضيف»، «سبعة من رجال حرس الحدود»)
        if any(
            toks[k].norm[:1] == "ل" or normalize(toks[k].prefix)[-1:] == "ل" or toks[k].norm in ("الي", "إلى")
            for k in range(u + 1, hi)
        ):
            return actor, target  # «تعرض السلامة العامة للخطر»: the verb's own complement in لـ comes first
        inside = [c for c in cands if u < c.tok and c.tok_end < hi]
        subj = next((c for c in inside if c.ent is not None), inside[0] if inside else None)
        subj = subj or _ar_bare_np(toks, u + 1, hi, cands, text, event_word)
    if hi > u + 1 and subj is None:
        return actor, target  # words the rule cannot read stand between
    if subj is None:
        b = next(
            (
                k
                for k in range(u - 1, max(-1, u - 7), -1)
                if toks[k].norm in _AR_SUBJ_OPEN or toks[k].kind == "punct"
            ),
            None,
        )
        if b is not None and toks[b].norm in _AR_SUBJ_OPEN:
            s = b + 1
            e = s
            while (
                e < u
                and toks[e].norm not in _AR_UNDERGO_SKIP
                and _ar_plain_word(toks[e], event_word)
                and (e == s or toks[e].norm[:1] != "و")
            ):
                e += 1
            c = _cand_at(cands, s)
            if c is not None and c.tok_end < u:
                subj = c
            elif e > s:
                subj = _ar_bare_np(toks, s, e, cands, text, event_word)
            if subj is not None and not _ar_subject_reaches(toks, subj.tok_end + 1, u):
                subj = None  # «بأن السفارة تتابع قضية مواطن تعرض»: the noun is another verb's subject
    # the agent after the masdar: «على أيدي مراهقين»، «على يد مسلحين»، «من قبل مجهولين»
    agent = None
    end = _ar_clause_end(toks, t.b + 1, t.b + 6)
    for k in range(t.b + 1, end - 1):
        if (toks[k].norm in _AR_ALA and toks[k + 1].norm in _AR_HAND) or (
            toks[k].norm == "من" and toks[k + 1].norm == "قبل"
        ):
            agent = _ar_bare_np(toks, k + 2, _ar_clause_end(toks, k + 2, k + 6), cands, text, event_word)
            break
    if agent is not None:
        actor = agent
    elif actor is not None and (
        (subj is not None and actor.tok == subj.tok)
        or (
            actor.tok > t.b + 1
            and toks[actor.tok - 1].kind == "ar"
            and toks[actor.tok - 1].norm in _AR_UNDERGO_PP
        )
        or actor.tok < t.a
    ):
        actor = None
    if subj is not None:
        target = subj
    if actor is not None and target is not None and actor.tok == target.tok:
        actor = None
    return actor, target


_AR_UNDERGO_PP = F._n("عن في على علي الى إلى مع بعد قبل حول بشأن")  # not من: «لقصف من مليشيا»


# ---------------------------------------------------------------- (round 46) the genitive of a masdar of harm
# masdars whose genitive is the agent when a لـ-object follows it: «استهداف قوات النظام للمدنيين»
_AR_AGENT_GEN_MASDAR = F._n(
    "استهداف الاستهداف قتل القتل اغتيال الاغتيال اختطاف الاختطاف خطف اعتقال الاعتقال احتجاز الاحتجاز "
    "حرق الحرق قصف القصف تفجير التفجير احتلال الاحتلال حصار الحصار طرد الطرد تهجير التهجير"
)
# masdars whose genitive is the thing hit or freed, never the doer: «تفجير مسجد»، «انفجار محيط المحكمة»،
# «تحرير اليمن من المتمردين»
_AR_OBJECT_GEN_MASDAR = F._n("تفجير التفجير انفجار الانفجار تحرير التحرير")
_AR_GEN_TYPES = ("PERSON", "ORG", "GPE")


def ar_masdar_genitive(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 46) The genitive of a masdar of harm: the noun right after the masdar (or after one bare
    construct noun: «تفجير برجي مركز التجارة»، «انفجار محيط المحكمة»).
    - Followed by a party in لـ, the genitive is the agent and the لـ-noun the object: «استهداف قوات
      النظام للمدنيين» (round 21's rule had made the genitive of «استهداف» its victim).
    - Of a bombing, a blast or a liberation, the genitive is the thing hit or freed: never the actor; it
      is the target unless the clause names the expelled force right after it («تحرير العراق من تنظيم
      داعش»: the force stays the target)."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.kind != "noun" or t.type not in ("ASSAULT", "COERCE") or toks[t.b].kind != "ar":
        return actor, target
    head = toks[t.b].norm
    head = (
        head[1:]
        if head[:1] in "وفب" and len(head) > 4 and head[1:] in _AR_AGENT_GEN_MASDAR | _AR_OBJECT_GEN_MASDAR
        else head
    )
    i = t.b + 1
    if i >= len(toks):
        return actor, target
    g = _cand_at(cands, i)
    w = toks[i]
    if (
        g is None
        and i + 1 < len(toks)
        and w.kind == "ar"
        and not normalize(w.prefix)
        and not w.norm.startswith(("ال", "ب", "ل"))
        and len(w.norm) >= 3
        and not any(c.tok <= i <= c.tok_end for c in cands)
    ):
        g = _cand_at(cands, i + 1)  # one construct noun before the genitive's name
    if g is None:
        return actor, target
    gw = toks[g.tok].norm
    if g.tok == g.tok_end and not gw.startswith("ال") and gw.endswith(("ي", "يه")):
        return actor, target  # an adjective, not a genitive: «تفجير انتحاري»
    if head in _AR_AGENT_GEN_MASDAR and (g.etype in _AR_GEN_TYPES or g.sector is not None):
        nxt = _cand_at(cands, g.tok_end + 1)
        if (
            nxt is not None
            and nxt is not g
            and normalize(toks[nxt.tok].prefix) == "ل"
            and (nxt.etype in _AR_GEN_TYPES or nxt.etype == "MISC" or nxt.sector is not None)
        ):
            return g, nxt
    if head in _AR_OBJECT_GEN_MASDAR:
        if actor is g:
            actor = None
        keep = (
            target is not None
            and target is not g
            and g.tok_end < target.tok <= g.tok_end + 4
            and toks[g.tok_end + 1].norm == "من"
            and all(toks[k].kind == "ar" for k in range(g.tok_end + 1, target.tok))
        )
        if not keep:
            target = g
    return actor, target


# ---------------------------------------------------------------- (round 47) the target inside the actor's phrase
# bodies whose name takes a لـ-genitive: «الأمانة العامة لمنظمة التعاون»، «بعثة الأمم المتحدة لمساعدة العراق»
_AR_LI_HEADS = F._n(
    "الأمانة الامانة أمانة امانة بعثة البعثة مفوضية المفوضية ممثلية الممثلية مكتب المكتب فرع الفرع"
)
# a conjunction or preposition the tokenizer left on the word after the phrase
_AR_WHOLE_CLITIC = ("وا", "فا", "با", "بك", "بم", "بت", "وه", "وب")
# indefinite person nouns: a whole subject before its object or adjective («طالب مواطن الجهات المختصة»)
_AR_PERSON_SUBJECTS = F._n("مواطن مواطنة مقيم مقيمة رجل امرأة شخص شاب فتاة طفل سيدة مسن وافد")
_AR_PHRASE_TIME = F._n("أمس امس اليوم الليلة البارحة مساء صباح صباحا مساء ظهر فجر")


def _ar_construct_word(tok: Token, event_word: Callable[[Token], bool]) -> bool:
    """A bare noun that may govern a genitive (the first term of a construct): no proclitic, no article, no
    event word, not a sound plural or dual in -ون / -ين / -ان (their construct drops the nun: «مسلحون» is a
    whole subject), not an accusative in -ا, no function or time word."""
    w = tok.norm
    return (
        _ar_plain_word(tok, event_word)
        and not w.startswith("ال")
        and not (w.endswith(("ون", "ين", "ان")) and len(w) >= 5)
        and not w.endswith("ا")
        and w not in _AR_PHRASE_TIME
    )


def _ar_li_word(tok: Token) -> bool:
    """A noun in لـ, split off or not: «لمساعدة»."""
    w = tok.norm
    return tok.kind == "ar" and (
        normalize(tok.prefix) == "ل"
        or (not tok.prefix and w.startswith("ل") and not w.startswith("ال") and len(w) >= 6)
    )


def ar_target_in_actor_phrase(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 47) The target the clause took from inside the actor's own phrase, after the event word:
    (a) the genitive of a construct the actor heads («هاجمت طائرات التحالف»، «زيارة ولي عهد أبو ظبي»:
    a common-noun actor ending in a bare noun, at most two bare construct nouns between); (b) the name
    after the actor's title («مركز الملك سلمان»); (c) the لـ-genitive of a body («الأمانة العامة لمنظمة
    التعاون»، «بعثة الأمم المتحدة لمساعدة العراق»). The actor phrase is extended over it (a common-noun
    actor only) and the target is the object after the phrase: a candidate (bare or in لـ) or a bare noun
    with its genitive («قاعدة الملك فهد»، «تصريحات المالكي»), past time words and a title's apposition;
    with none there (a preposition, a comma, a verb), the event names no target."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if actor is None or target is None or target is actor or toks[t.a].kind != "ar" or t.type == "PROTEST":
        return actor, target  # a crowd («أنصار فلان») is left to the protest rules
    if not (t.a < actor.tok and actor.tok_end < target.tok):
        return actor, target
    tw = toks[t.a].norm
    tw = tw[1:] if tw[:1] in ("و", "ف") and len(tw) > 4 else tw
    if t.kind == "verb" and tw.startswith("ن") and not tw.endswith(("ت", "وا", "ا")):
        return actor, target  # «ونطالب ولي ولي العهد»: a first person verb, the noun after it is its object
    if t.type in ("ASSAULT", "COERCE") and (t.kind == "noun" or (t.a > 0 and toks[t.a - 1].norm in _AR_ALA)):
        return actor, target  # a masdar of harm's genitive is its object: «أقدم على طعن رجل أمن»
    if not all(
        toks[k].norm in _AR_TITLES or toks[k].norm in _AR_PHRASE_TIME or toks[k].norm in _AR_LI_HEADS
        for k in range(t.a + 1, actor.tok)
    ):
        return actor, target  # the actor is no subject right after the event word: «لمنزل أسرة فلان»
    gap = list(range(actor.tok_end + 1, target.tok))
    tp = normalize(toks[target.tok].prefix) or ("ل" if target.start > toks[target.tok].start else "")
    last = toks[actor.tok_end]
    free = all(not any(c.tok <= k <= c.tok_end for c in cands) for k in gap)
    head = toks[actor.tok].norm in _AR_LI_HEADS or (
        actor.tok - 1 > t.b and toks[actor.tok - 1].norm in _AR_LI_HEADS
    )
    if (
        actor.ent is None
        and not tp
        and len(gap) <= 2
        and free
        and _ar_construct_word(last, event_word)
        and last.norm not in _AR_PERSON_SUBJECTS
        and all(_ar_construct_word(toks[k], event_word) for k in gap)
        and not (toks[target.tok].norm.endswith("ا") and not toks[target.tok].norm.startswith("ال"))
        and not (target.ent is None and _ar_nisba_adj(toks[target.tok]))  # an adjective: «مقاتلات حربية»
    ):
        kind = "construct"  # not an object in the accusative: «قتل شرطي أبيض شابا أسود»
    elif not gap and not tp and last.norm in _AR_TITLES and target.etype == "PERSON":
        kind = "title"
    elif (
        head
        and free
        and ((not gap and tp == "ل") or (len(gap) == 1 and not tp and _ar_li_word(toks[gap[0]])))
    ):
        kind = "li"
    else:
        return actor, target
    k = target.tok_end + 1
    if target.ent is None:
        # a common-noun target continues the chain: «عميد شؤون أعضاء هيئة التدريس»
        for _ in range(4):
            if k >= len(toks) or not _ar_construct_word(toks[k - 1], event_word):
                break
            g = _cand_at(cands, k)
            if g is not None and not normalize(toks[k].prefix):
                k = g.tok_end + 1
            elif _ar_plain_word(toks[k], event_word) and toks[k].norm not in _AR_PHRASE_TIME:
                k += 1
            else:
                break
    if kind != "li" and actor.ent is None:
        end = toks[k - 1].end
        actor = Cand(
            actor.start,
            end,
            None,
            text[actor.start : end],
            actor.etype,
            actor.tok,
            k - 1,
            actor.sector,
        )
    if k < len(toks) and toks[k].text == "(":
        k = next((m + 1 for m in range(k, min(len(toks), k + 8)) if toks[m].text == ")"), len(toks))
    while k < len(toks) and toks[k].norm in _AR_PHRASE_TIME:
        k += 1
    if k + 1 < len(toks) and toks[k].norm in _AR_TITLES:
        app = _cand_at(cands, k + 1)
        if app is not None:
            k = app.tok_end + 1  # «ولي عهد أبو ظبي الشيخ محمد بن زايد»: the actor's name
    c = _cand_at(cands, k)
    if c is not None and c.etype == "PERSON" and toks[k].norm not in _AR_OFFICE_WORDS:
        k = c.tok_end + 1  # «رئيس مجلس إدارة النادي أحمد الراشد»: the actor's own name
        c = _cand_at(cands, k)
    if k >= len(toks):
        return actor, None
    if c is not None and toks[k].norm in _AR_PP:
        return actor, None  # «على الحدود»: a preposition, no object
    if k < len(toks) and toks[k].norm.startswith(_AR_WHOLE_CLITIC) and (c is None or c.ent is None):
        return actor, None  # a conjunct or a place the tokenizer left whole: «واستقرارها»، «بكليات المعرفة»
    if c is not None:
        return actor, (c if normalize(toks[k].prefix) in ("", "ل") else None)
    w = toks[k]
    if (
        not _ar_plain_word(w, event_word)
        or w.norm.startswith("ال")
        or w.norm.endswith("يا")  # an adverb: «حاليا»، «رسميا»
        or any(c.tok <= k <= c.tok_end for c in cands)
    ):
        return actor, None
    j = k
    if k + 1 < len(toks):
        g = _cand_at(cands, k + 1)
        if g is not None and not normalize(toks[k + 1].prefix):
            j = g.tok_end  # «قاعدة الملك فهد»
        elif _ar_plain_word(toks[k + 1], event_word) and toks[k + 1].norm.startswith("ال"):
            j = k + 1  # «تصريحات المالكي»
    return actor, _phrase_cand(toks, text, w.start, k, j)


# ---------------------------------------------------------------- (round 47) the released after «سراح» / «الإفراج عن»
_AR_RELEASE_NOUN = F._n("سراح")
_AR_RELEASE_AN = F._n("الإفراج الافراج إفراج افراج أفرج افرج أفرجت افرجت يفرج تفرج أفرجوا افرجوا يُفرج")
_AR_RELEASE_NOT = F._n("بدون دون حتى مقابل فورا")
_AR_QUOTE_MARKS = frozenset("\"“”«»'")


def ar_release_object(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 47) A release, «إطلاق سراح X» / «الإفراج عن X» / «أفرج عن X»: X is the one released, the
    target and never the actor. X is the candidate right after «سراح» or «عن» (past a quotation mark and
    count words), else a bare noun with its nisba adjectives («الإفراج عن السجين السعودي»، «سراح "مسلمات"»)
    or a number with its counted noun. A pronoun («سراحهم»، «عنهم») names no one here."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.type != "RETREAT" or toks[t.a].kind != "ar":
        return actor, target
    k = next((m for m in range(t.a, min(len(toks), t.b + 2)) if toks[m].norm in _AR_RELEASE_NOUN), None)
    if k is None:
        k = next((m for m in range(t.a, t.b + 1) if toks[m].norm in _AR_RELEASE_AN), None)
        if k is None or k + 1 >= len(toks) or toks[k + 1].norm != "عن":
            return actor, target
        k += 1
    o = k + 1
    while o < len(toks) and (toks[o].text in _AR_QUOTE_MARKS or toks[o].norm in _AR_QUANTIFIERS):
        o += 1
    while o < len(toks) and o - k < 6 and (toks[o].kind == "num" or toks[o].norm in _AR_COUNT_WORDS):
        o += 1  # «سراح نحو 300 معتقل»، «عن عدد من الموقوفين»
    if o >= len(toks):
        return actor, target
    obj = _cand_at(cands, o)
    if obj is not None and normalize(toks[o].prefix):
        return actor, target  # a preposition: «سراح بكفالة»
    if obj is None:
        w = toks[o]
        if (
            not _ar_plain_word(w, event_word)
            or any(c.tok <= o <= c.tok_end for c in cands)
            or w.norm in _AR_NOT_OBJECT
            or w.norm in _AR_RELEASE_NOT
            or w.norm in _AR_QUANTIFIERS
        ):
            return actor, target
        j = o
        if w.norm in _AR_NUMBER_WORDS and o + 1 < len(toks) and _ar_plain_word(toks[o + 1], event_word):
            j = o + 1  # «عن ثلاثة صيادين»
        while (
            j + 1 < len(toks)
            and j - o < 2
            and _ar_plain_word(toks[j + 1], event_word)
            and (
                (not w.norm.startswith("ال") and _ar_nisba_adj(toks[j + 1]))
                or (
                    w.norm.startswith("ال")
                    and toks[j + 1].norm.startswith("ال")
                    and toks[j + 1].norm.endswith(("ي", "يه", "يين"))
                )
            )
            and not any(c.tok <= j + 1 <= c.tok_end for c in cands)
            and toks[j + 1].norm not in _AR_RELEASE_NOT
        ):
            j += 1
        obj = _phrase_cand(toks, text, w.start, o, j)
        if target is not None and target is not actor and o < target.tok <= j + 4:
            return actor, target  # a named party right after the bare word: «سراح مشروط لجيمس هولمس»
    if target is not None and target.tok == obj.tok and target.tok_end >= obj.tok_end:
        obj = target
    if actor is not None and (actor is obj or actor.tok == obj.tok):
        actor = None
    return actor, obj


# ---------------------------------------------------------------- (round 48) the common-noun genitive of a masdar
# masdars of harm or arrest whose genitive undergoes them: «قتل المصلين»، «اختطاف طائرة»، «تفجير مسجد» (not
# «خطف» and «اقتحام», whose genitive is as often a prize or a field: «لخطف اللقب»، «اقتحام عالم الأعمال»)
_AR_PATIENT_MASDAR = F._n("قتل اغتيال اختطاف اعتقال احتجاز تفجير إعدام اعدام طعن تدمير حرق تعذيب ذبح")
# prepositions before a masdar whose form is also a past verb («عن قتل المصلين»، «من بينها قتل لاعب»)
_AR_MASDAR_OPEN = F._n("عن على في من إلى الى بعد قبل إثر اثر جراء بسبب بتهمة بينها منها تم يتم")
# indefinite person nouns that stand alone as a genitive («بقتل صبي»، «قتل مواطن»)
_AR_PERSON_NOUNS = F._n(
    "صبي طفل طفلة رجل امرأة شخص شاب فتاة مواطن مواطنة مقيم مقيمة سائح جندي شرطي ضابط عامل طالب لاعب "
    "مدني مسن سيدة رضيع"
)
_AR_GEN_TIME = F._n(
    "أمس امس اليوم الليلة الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت "
    "الأسبوع الاسبوع الشهر العام الماضي الأخير الاخير الأخيرة الاخيرة"
)


def _ar_patient_masdar(toks: list[Token], t: Trig) -> bool:
    """A masdar of harm in construct: no article, no pronoun, no accusative ending, in the set above after
    its proclitics (و / ف, then ب / ل: «بقتل»); a form that is also a past verb only after a preposition
    or «تم»."""
    w = toks[t.a].norm
    if w[:1] in "وف" and w[1:] in _AR_PATIENT_MASDAR | {"ب" + x for x in _AR_PATIENT_MASDAR}:
        w = w[1:]
    if w[:1] in "بل" and w[1:] in _AR_PATIENT_MASDAR:
        return True  # «بقتل»، «لاعتقال»
    if w not in _AR_PATIENT_MASDAR:
        return False
    if t.kind == "noun" and w != "قتل":
        return True
    return t.a > 0 and toks[t.a - 1].norm in _AR_MASDAR_OPEN


def ar_masdar_genitive_np(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 48) The genitive of a masdar of harm or arrest that no entity names: «عن قتل المصلين»،
    «بقتل صبي عمره عشر سنوات»، «تم اختطاف طائرة الخطوط الكويتية»، «تفجير مسجد الإمام الصادق»، «اعتقال عدد
    من أبناء قرية الجنادية». Used only when the clause gave no target. The genitive is a definite noun
    (not a time word) or an indefinite one that governs a definite genitive in turn («مسجد الإمام»،
    «طائرة الخطوط») or is a person noun («صبي»، «مواطن»); a nisba after an indefinite masdar is its
    adjective («اعتقال تعسفي»). The phrase runs over the definite words after it (and a name among them);
    a genitive followed by a party in لـ is the agent, not the victim («قتل الحوثيين للمدنيين»), and is
    left. The actor is dropped when it stands inside the phrase («الصادق» of the mosque's name)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if (
        target is not None
        or t.type not in ("ASSAULT", "COERCE")
        or t.a != t.b
        or toks[t.a].kind != "ar"
        or not _ar_patient_masdar(toks, t)
    ):
        return actor, target
    i = t.b + 1
    if i >= len(toks) or any(c.tok <= i <= c.tok_end for c in cands):
        return actor, target  # a named genitive: the earlier rules' work
    w = toks[i]
    if not _ar_plain_word(w, event_word) or w.norm in _AR_NOT_OBJECT or w.norm in _AR_GEN_TIME:
        return actor, target
    j = i
    if w.norm in _AR_COUNT_WORDS | _AR_QUANTIFIERS and i + 2 < len(toks) and toks[i + 1].norm == "من":
        j = i + 2  # «اعتقال عدد من أبناء»، «قتل أحد الأشخاص»
        if not _ar_plain_word(toks[j], event_word) or any(c.tok <= j <= c.tok_end for c in cands):
            return actor, target
    elif w.norm in _AR_QUANTIFIERS | _AR_COUNT_WORDS:
        return actor, target
    h = toks[j]
    definite = h.norm.startswith("ال")

    def genitive_word(k: int, depth: int = 0) -> bool:
        # a definite noun of the chain, or a bare construct noun before one («أبناء قرية الجنادية»)
        if k >= len(toks):
            return False
        x = toks[k]
        if not (
            x.kind == "ar"
            and not normalize(x.prefix)
            and len(x.norm) >= 4
            and x.norm not in _AR_GEN_TIME
            and not event_word(x)
            and x.norm not in _AR_OBJ_STOP
            and x.norm not in _AR_NOT_OBJECT
        ):
            return False
        if x.norm.startswith("ال"):
            return True
        named = _cand_at(cands, k + 1)
        return (
            depth == 0
            and not (_ar_nisba_adj(x) and len(x.norm) >= 5)  # «حربية» an adjective, «قرية» a noun
            and ((named is not None and not normalize(toks[k + 1].prefix)) or genitive_word(k + 1, 1))
        )

    nxt_name = _cand_at(cands, j + 1)
    if not definite:
        construct = j + 1 < len(toks) and (
            genitive_word(j + 1) or (nxt_name is not None and not normalize(toks[j + 1].prefix))
        )
        if _ar_nisba_adj(h) and h.norm not in _AR_PERSON_NOUNS:
            return actor, target  # «اعتقال تعسفي»، «تفجير انتحاري»: an adjective
        if not construct and h.norm not in _AR_PERSON_NOUNS:
            return actor, target  # «تفجير ضخم»: an adjective or an adverbial, not a genitive
    end = j
    while end + 1 < len(toks) and end - i < 4:
        c = _cand_at(cands, end + 1)
        if c is not None and not normalize(toks[end + 1].prefix) and c.tok_end - i <= 5:
            end = c.tok_end  # a name in the chain: «مسجد الإمام الصادق»
            continue
        if any(c2.tok <= end + 1 <= c2.tok_end for c2 in cands) or not genitive_word(end + 1):
            break
        end += 1
    if end + 1 < len(toks) and normalize(toks[end + 1].prefix) == "ل" and toks[end + 1].kind == "ar":
        return actor, target  # «قتل الحوثيين للمدنيين»: the genitive acts
    obj = _phrase_cand(toks, text, w.start, i, end)
    if actor is not None and i <= actor.tok and actor.tok_end <= end:
        actor = None
    return actor, obj


# ---------------------------------------------------------------- (round 48) the casualties of an attack
# a relative of result after an attack: «(م)ما أسفر عن مقتل X»، «مما نتج عنه إصابة X»، «ما أدى إلى مقتل X»
_AR_RESULT_OPEN = F._n("ما مما")
_AR_RESULT_VERB = F._n("أسفر اسفر أسفرت اسفرت نتج نتجت أدى ادى أدت ادت خلف خلفت")
_AR_RESULT_PREP = F._n("عن عنه عنها عنهما إلى الى")
# nouns of death or wounds whose genitive is the casualty
_AR_CASUALTY_NOUN = F._n("مقتل إصابة اصابة استشهاد مصرع جرح وفاة وفاه سقوط")
# verbs of death or wounds whose subject is the casualty («استشهد أربعة مواطنين»، «قتل وأصيب مدنيون»)
_AR_CASUALTY_VERB = _AR_VICTIM_VERB | _AR_MARTYR_VERB
# circumstance before the attack noun of the casualties' clause: «... في قصف»، «جراء غارات»
_AR_CAUSE_PREP = F._n("في جراء إثر اثر بسبب خلال")
_AR_THAT = F._n("أن ان")


def _ar_casualty_np(
    toks: list[Token], k: int, cands: list[Cand], text: str, event_word: Callable[[Token], bool], hi: int
) -> Cand | None:
    """The casualties named from k (before hi): past numbers and count words, the candidate there, else a
    number or count with «من» and a definite noun («21 من الضيوف»), else nothing."""
    s = k
    while k < hi and (toks[k].kind == "num" or toks[k].norm in _AR_COUNT_WORDS | _AR_NUMBER_WORDS):
        k += 1
    if k >= hi:
        return None
    c = _cand_at(cands, k)
    if c is not None:
        return c if not normalize(toks[k].prefix) and c.tok_end < hi else None
    if k == s or toks[k - 1].norm != "من" or k - 1 == s:
        return None
    w = toks[k]
    if (
        not _ar_plain_word(w, event_word)
        or not w.norm.startswith("ال")
        or any(c.tok <= k <= c.tok_end for c in cands)
    ):
        return None
    return _phrase_cand(toks, text, toks[s].start, s, k)  # «21 من الضيوف»


def ar_casualty_victims(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 48) The casualties of an attack that names no target are its target:
    - in the relative of result after it: «شنت طائرات غارة على المنطقة ما أسفر عن مقتل ثمانية مدنيين»،
      «فتح رجل النار ... مما أسفر عن إصابة خمسة أشخاص»، «مما نتج عنه إصابة مقيمين» (the genitive of the noun of
      death or wounds, past numbers; «مقتل 21 من الضيوف»);
    - as the subject of a verb of death or wounds whose clause the attack closes in «في / جراء / إثر», when
      the attack has a doer: «قتل وأصيب مدنيون، في قصف عشوائي نفذه الحوثيون» (a doerless attack noun
      there, «استشهد أربعة مواطنين ... في انفجار», is left: with the casualties' own target the two events
      would be merged into one).
    The casualty is never the actor."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if target is not None or t.type != "ASSAULT" or toks[t.a].kind != "ar":
        return actor, target
    stops = (".", ";", "؛", "?", "؟", ":")
    victim = None
    # the relative of result after the attack
    hi = min(len(toks), t.b + 20)
    for r in range(t.b + 2, hi):
        if toks[r].text in stops:
            break
        if toks[r].norm in _AR_RESULT_VERB and toks[r - 1].norm in _AR_RESULT_OPEN:
            m = r + 1
            if m < len(toks) and toks[m].norm in _AR_RESULT_PREP:
                m += 1
            if m < len(toks) and toks[m].norm in _AR_CASUALTY_NOUN and not normalize(toks[m].prefix):
                end = _ar_clause_end(toks, m + 1, m + 6)
                nxt = next((q for q in range(m + 2, end) if normalize(toks[q].prefix)[:1] == "و"), end)
                victim = _ar_casualty_np(toks, m + 1, cands, text, event_word, nxt)
            break
    if victim is None and actor is not None and t.a >= 2 and toks[t.a - 1].norm in _AR_CAUSE_PREP:
        # the clause of death or wounds the attack closes: its verb opens the sentence or follows «أن»
        lo = t.a - 1
        while lo > 0 and toks[lo - 1].text not in stops and t.a - lo < 16:
            lo -= 1
        q = next(
            (
                q
                for q in range(lo, t.a - 1)
                if _bare_ar(toks[q].norm) in _AR_CASUALTY_VERB
                or (_bare_kill(toks[q]) == "قتل" and _ar_wound_verb(toks[q + 1]))
            ),
            None,
        )
        if q is not None and (q == lo or toks[q - 1].norm in _AR_THAT):
            v = q + 1 if _bare_kill(toks[q]) == "قتل" else q  # «قتل وأصيب مدنيون»: both verbs passive
            victim = _ar_casualty_np(toks, v + 1, cands, text, event_word, t.a - 1)
    if victim is None or victim is actor:
        return actor, target
    return actor, victim


# ---------------------------------------------------------------- (round 48) the object of a masdar of support
_AR_SUPPORT_MASDAR = F._n("دعم مساندة تأييد")
_AR_OWNER_CLITICS = ("ها", "ه", "هم", "هما", "نا")


def _ar_support_masdar(toks: list[Token], t: Trig) -> str | None:
    """The form of a masdar of support: "bare" in construct («في دعم»، «بدعم»، «بتهمة دعم»), "owned" for one with a
    pronoun of its doer («دعمها»، «دعمنا»), None otherwise (a verb «دعم» with its subject after it)."""
    w = toks[t.a].norm
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    for cl in _AR_OWNER_CLITICS:
        if w.endswith(cl) and w[: -len(cl)] in _AR_SUPPORT_MASDAR:
            return "owned"
    if w[:1] in "بل" and w[1:] in _AR_SUPPORT_MASDAR:
        return "bare"
    p = t.a - 1
    while p > 0 and toks[p].text in _AR_QUOTE_MARKS:
        p -= 1  # «بتهمة "دعم الإرهاب"»
    if w in _AR_SUPPORT_MASDAR and p >= 0 and toks[p].norm in _AR_MASDAR_OPEN | _AR_IN_PREP:
        return "bare"
    return None


_AR_LI_PRONOUNS = F._n("له لها لهم لهما لهن لنا لكم لك لي")


def _ar_li_party(toks: list[Token], k: int, c: Cand | None) -> bool:
    """The word at k is a party in لـ: a proclitic ل split off or left on the word («لحزب الله»), or a
    pronoun in لـ («لهم»)."""
    x = toks[k]
    if normalize(x.prefix) == "ل" or x.norm in _AR_LI_PRONOUNS:
        return True
    if c is not None:
        return x.norm[:1] == "ل" and not normalize(c.name).startswith("ل")
    return x.kind == "ar" and x.norm[:1] == "ل" and len(x.norm) >= 4  # «لقطاع الكهرباء» (or a word in ل-)


def ar_support_object(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 48) The genitive of a masdar of support is the one supported, never its doer: «بتهمة دعم
    الإرهاب»، «ستستمر في دعم القضية الفلسطينية»، «اتهام كل منهما للآخر بدعم المتمردين»; with a pronoun of the
    doer on the masdar, the party in لـ after it is the one supported: «ستوقف دعمها لحزب الله». A genitive
    followed by a party in لـ is the doer («دعم تركيا لهم»: left). The phrase is made the target only when it
    is a named party or a group noun (things supported are no target: «القضية الفلسطينية»)."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "SUPPORT" or t.a != t.b or toks[t.a].kind != "ar" or actor is None:
        return actor, target
    form = _ar_support_masdar(toks, t)
    if form is None or actor.tok != t.b + 1 or normalize(toks[actor.tok].prefix) not in ("", "ل"):
        return actor, target
    li = _ar_li_party(toks, actor.tok, actor)
    if form == "owned" and not li:
        return actor, target
    if form == "bare":
        head = toks[actor.tok]
        # an indefinite word after the masdar is its adjective: «دعم مادي»، «دعم قوي»
        if li or (not head.norm.startswith("ال") and (actor.ent is None or _ar_nisba_adj(head))):
            return actor, target
        k = actor.tok_end + 1
        if k < len(toks) and _ar_li_party(toks, k, _cand_at(cands, k)):
            return actor, target  # «دعم تركيا لهم»: the genitive is the doer
    party = actor.ent is not None or actor.sector is not None
    if party and (target is None or target.tok > actor.tok_end):
        target = actor
    return None, target


# (round 49) «بعد أن / قبل أن / دون أن ...»: the أن of a subjunctive or a masdar clause, a verb follows it
_AR_AN_VERBAL = F._n("بعد قبل منذ دون بدون حتى من يمكن يجب عليه عليها على سبق")
# between the particle's noun and its verb: a relative or a subordinate opens another clause
_AR_PREVERB_STOP = _AR_SUBORD | _AR_AUX_VERBS | F._n("ان إن أن بأن لان فان وان")
_AR_BY_HAND = F._n("يد ايدي أيدي")
_AR_FIRST = F._n("أول اول")
_AR_EXISTENTIAL = F._n("هنالك هناك ثمة")
_AR_REL_CLITIC = F._n("بما مما فيما عما لما كما بمن ممن عمن فمن")
_AR_OBJECT_CLITIC = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
# the particle carrying the subject pronoun: «أنه سيلتقي»، «إنها ستعتقل»، «بأنهم»
_AR_INNA_PRONOUN = frozenset(
    p + a + c for p in ("", "ب", "ل", "و", "ف") for a in ("ان",) for c in ("ه", "ها", "هم", "هما")
)


def _ar_speaker_before(toks: list[Token], k: int, cands: list[Cand], person: bool) -> Cand | None:
    """The subject of the verb of saying that governs the particle at k («وقال X ... إنه»، «أكد X، في مقابلة،
    أنه»): the nearest speech verb before k in the sentence (25 words at most), then the first candidate after
    it and before k with no preposition or لـ / بـ on it; a person first when the pronoun is «ـه» («قال مدرب
    برشلونة لويس إنريكي إنه»)."""
    lo = max(-1, k - 26)
    m = k - 1
    while m > lo and toks[m].text not in (".", "؟", "?", "!"):
        w = toks[m].norm
        if toks[m].kind == "ar" and (w in AR_SPEECH_VERBS or (w[:1] in "وف" and w[1:] in AR_SPEECH_VERBS)):
            break
        m -= 1
    else:
        return None
    if m <= lo or toks[m].text in (".", "؟", "?", "!"):
        return None
    subj = [
        c
        for c in cands
        if m < c.tok
        and c.tok_end < k
        and c.etype in ("PERSON", "ORG", "GPE")
        and not normalize(toks[c.tok].prefix)
        and toks[c.tok - 1].norm not in _AR_PP
    ]
    persons = [c for c in subj if c.etype == "PERSON"]
    return (persons or subj or [None])[0] if person else (subj or [None])[0]


def _ar_pronoun_agrees(particle: str, verb: Token) -> bool:
    """The pronoun on the particle can be the verb's subject: «أنه» (he) with no feminine verb («فإنه قد تطالب
    الحكومة»: the pronoun of the matter, the subject follows the verb), «أنها» (she) with no masculine imperfect
    in ي-."""
    w = verb.norm
    if particle.endswith("نه"):
        return not (w[:1] == "ت" or w[:2] in ("ست", "لت") or w.endswith("ت"))
    if particle.endswith("نها"):
        return not (w[:1] == "ي" or w[:2] == "سي")
    return True


def _ar_plural_verb(tok: Token) -> bool:
    """A verb carrying its own plural subject: a past in -وا («ضبطوا»، «أوقفوا»); no object pronoun on it. (An
    imperfect in -ون is not taken: the root may end in -ون, «يتعاون»، «يكون».)"""
    w = tok.norm
    return tok.kind == "ar" and len(w) >= 4 and w.endswith("وا")


# (round 50) nouns that always govern a genitive (compound prepositions): «من خلال منع»، «إثر اعتقال»
_AR_CONSTRUCT_PREP = F._n("خلال عبر إثر اثر جراء عقب أثناء اثناء ضمن بواسطة بفضل بسبب لصالح بحكم نتيجة")


def _ar_construct_head(tok: Token, k: int, cands: list[Cand]) -> bool:
    """(round 50) The word before a trigger makes it a genitive, a masdar, not a verb: a compound preposition
    («من خلال منع»، «إثر اعتقال») or an indefinite noun with a preposition on it, in construct («بفضل دعم»،
    «لصالح دعم»; not a definite adverb «بالفعل», not a name)."""
    if tok.kind != "ar" or any(c.tok <= k <= c.tok_end for c in cands):
        return False
    w = _bare(tok.norm) if not normalize(tok.prefix) else tok.norm
    if w in _AR_CONSTRUCT_PREP:
        return True
    pre = normalize(tok.prefix)
    return pre[-1:] in ("ب", "ل", "ك") and not w.startswith("ال") and len(w) >= 3


def _ar_verb_like(tok: Token, cands: list[Cand], k: int) -> bool:
    """A word that may be another verb (an imperfect: «يمكنها»، «يلتزم»، «تمتد»; a past in -وا), or a relative with its
    proclitic («بما»، «مما»), between a particle's noun and the verb; a word inside a candidate is none, nor a
    noun in ت- with the feminine ending («تابعة»)."""
    w = tok.norm
    if w in _AR_REL_CLITIC:
        return True
    if any(c.tok <= k <= c.tok_end for c in cands) or normalize(tok.prefix):
        return False
    if (w[:1] == "ي" and len(w) >= 3) or (w.endswith("وا") and len(w) >= 4):
        return True  # an imperfect, a past in -وا («كشفوا»)
    if (
        w[:2] in ("سي", "ست", "سن")
        and len(w) >= 5
        and not tok.stem.endswith(("ة", "ات"))
        and not w.endswith(("ي", "ين"))
        and w not in _AR_WORD_NUM
    ):
        return True  # (round 50) a future imperfect («ستتجه»); not «سياسي»، «سيارة»، «سنوات»
    if len(w) == 3 and not tok.stem.endswith("ة") and w not in _AR_WORD_NUM | _AR_FIRST:
        return True  # a bare word of three letters: a past verb («أن الإسلام حرم قتل النفس»)
    return w[:1] == "ت" and len(w) >= 4 and not tok.stem.endswith(("ة", "ات"))


def _ar_particle_noun_start(toks: list[Token], t: Trig, cands: list[Cand]) -> int | None:
    """The first word of the noun of «أنّ / إنّ / بأنّ / لأنّ» that stands before the verb at t.a (subject-verb
    order), or None: the particle within 11 words before the verb in the same clause, not the أن of a
    subjunctive («بعد أن»، «يمكن أن»، «سبق أن»); the word after it a candidate, a number or an Arabic word with
    no proclitic that cannot be a verb (a definite word, a word in ة / ات / ون / ين, a number word, a word of
    five letters or more not in ي / ت / ن / ا); no relative, subordinate, auxiliary or punctuation between the
    particle and the verb («قد» right before the verb is allowed)."""
    k = t.a - 1
    if k >= 0 and toks[k].norm in ("قد", "لقد"):
        k -= 1
    lo = max(-1, t.a - 12)
    while k > lo:
        tok = toks[k]
        if tok.norm in _AR_INNA and tok.kind == "ar" and not (k > 0 and toks[k - 1].norm in _AR_AN_VERBAL):
            break
        if tok.kind == "punct" and tok.text not in _AR_QUOTE_TOKS:
            return None
        if tok.kind == "ar" and (
            tok.norm in _AR_PREVERB_STOP or tok.norm in _AR_PRONOUN_SUBJ or _ar_verb_like(tok, cands, k)
        ):
            return None
        k -= 1
    else:
        return None
    i = k + 1
    if i >= t.a - (1 if toks[t.a - 1].norm in ("قد", "لقد") else 0):
        return None  # «أن يزور»: the particle right before the verb
    first = toks[i]
    c = _cand_at(cands, i)
    if c is not None and c.tok == i or first.kind == "num":
        return i
    if first.kind != "ar" or normalize(first.prefix) or first.norm in _AR_FUNCTION_HEAD | _AR_EXISTENTIAL:
        return None  # «أن من الممكن»: no noun
    w = first.norm
    if w[:1] in "يتن" and not first.stem.endswith("ة"):
        return None  # «أن يكون»، «أن تسهل»: an imperfect
    if (
        (w.startswith("ال") and len(w) >= 4)
        or first.stem.endswith(("ة", "ات", "ون", "ين"))
        or w in _AR_WORD_NUM
        or (len(w) >= 5 and w[:1] not in "يتنا")
    ):
        return i  # a definite word, a feminine or plural noun, a number word, a long word (a name: «جابريل»)
    return None  # «أن رحل»، «أن تسهل»: a short word or one in ي / ت / ن / ا may be a verb


def _ar_object_as_target(toks: list[Token], t: Trig, obj: Cand, target: Cand | None) -> Cand | None:
    """The noun right after the verb is its object and the event's target when the event has none, or when its
    target stands before the object or in another clause («وضبطوا الجاني وهو مواطن»: a comma, a sentence mark
    or a pronoun subject between them); a target later in the object's clause is kept («أوقفوا العمل ... إسقاط
    الحكومة»). A noun further off is no object of the verb: «توافقوا على استطلاع رأي المسيحيين»، «تناقشوا
    تحضيرات الفريق»."""
    if obj.tok != t.b + 1:
        return target
    if target is None or target.tok < obj.tok:
        return obj
    other = any(
        toks[k].text in F.PUNCT_BOUNDARY or toks[k].norm in _AR_PRONOUN_SUBJ
        for k in range(obj.tok_end + 1, target.tok)
    )
    return obj if other else target


def ar_preverbal_subject(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 49) The noun after a verb is its object, not its subject, when the subject already stands before
    the verb or on it: (a) the noun of «أنّ / إنّ / بأنّ» before the verb («بأنّ طائرة استطلاع تابعة لجيش العدو
    انتهكت الأجواء اللبنانية»، «أن جابريل أول سياسي غربي يزور إيران»): that noun (the candidate it opens with,
    else the phrase up to the verb) is the actor; (b) a verb carrying its plural subject («وضبطوا الجاني»، «أوقفوا
    العمل»): the noun after it is no actor; (c) the particle with the subject pronoun on it right before the
    verb («أكد كيري أنه سيلتقي نظراءه»): the subject of the verb of saying before the particle
    (when there is one) is the actor. In all three the noun after the verb is made the target when it stands
    right after the verb (`_ar_object_as_target`). A verb with an object pronoun («اعتقلته السلطات») is left: there the noun
    after it is the subject."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.kind != "verb" or t.a != t.b or actor is None or actor.tok <= t.b:
        return actor, target
    verb = toks[t.a]
    purpose = verb.norm[:2] in ("لي", "لت") and len(verb.norm) >= 5  # «ليلتقي» with its lam unsplit
    if normalize(verb.prefix)[-1:] in ("ل", "ب") or purpose or (t.a > 0 and toks[t.a - 1].norm in _AR_PP):
        return actor, target  # «ليلتقي»: a purpose clause with its own subject; «في دعم»: a masdar
    if t.a > 0 and _ar_construct_head(toks[t.a - 1], t.a - 1, cands):
        return actor, target  # (round 50) «بفضل دعم»، «من خلال منع»: the genitive of a construct noun
    if verb.kind != "ar" or verb.norm.endswith(_AR_OBJECT_CLITIC) and not verb.norm.endswith("وا"):
        return actor, target
    if normalize(toks[actor.tok].prefix)[-1:] in ("ل", "ب") or (
        actor.tok > 0 and toks[actor.tok - 1].norm in _AR_PP | _AR_BY_HAND
    ):
        return actor, target  # a party in لـ / بـ, after a preposition or «على يد» (the agent) is no object
    if len(verb.stem) > 1 and verb.stem[1] == "\u064f":
        return actor, target  # «أُدين»: a voweled passive
    k = t.a - 1
    if k > 0 and toks[k].norm in ("قد", "لقد", "لن", "لم"):
        k -= 1
    if (
        k > 0
        and toks[k].norm in _AR_INNA_PRONOUN
        and normalize(toks[k].prefix) in ("", "ب", "و", "ف")
        and _ar_pronoun_agrees(toks[k].norm, verb)
    ):
        # (c) «وقال X ... إنه سيلتقي بمسؤولين»: the pronoun on the particle is the subject, the speaker its
        # antecedent
        speaker = _ar_speaker_before(toks, k, cands, toks[k].norm.endswith("نه"))
        return speaker, _ar_object_as_target(toks, t, actor, target)
    if _ar_plural_verb(verb):
        return None, _ar_object_as_target(toks, t, actor, target)
    i = _ar_particle_noun_start(toks, t, cands)
    if i is None:
        return actor, target
    if event_word(toks[i]):
        return actor, target  # «أن الهجوم ...»: an event noun heads the clause, left
    c = _cand_at(cands, i)
    if c is not None and c.tok == i:
        subj = c
    else:
        end = t.a - 1
        if toks[end].norm in ("قد", "لقد"):
            end -= 1
        subj = _phrase_cand(toks, text, toks[i].start, i, end, "MISC")
    return subj, _ar_object_as_target(toks, t, actor, target)


# (round 49) a building in construct before a place: «بمقر الأمانة العامة»، «في قصر السلام»
_AR_BUILDING = F._n("مقر قصر مبنى فندق مكتب ديوان قاعة مركز")
PLACE_TYPES_AR = frozenset({"GPE", "LOC", "FAC"})


# a trip masdar before a لـ-place: «خلال زيارته للدوحة»
_AR_TRIP = ("زيار", "جول", "رحل")
# a phrase that brings in other participants: the scan for the meeting's party stops there
_AR_OTHER_PARTY = F._n("برئاسة بحضور بمشاركة وبحضور وبمشاركة")


def _ar_place_phrase(toks: list[Token], c: Cand) -> bool:
    """The candidate is the place of a meeting, not a party to it: a place name after «في» or with بـ on it
    («بجدة»، «في الرياض»), the genitive of a building noun («بمقر الأمانة العامة»، «في قصر السلام»), or a
    place in لـ after a trip masdar («خلال زيارته للدوحة»)."""
    tok = toks[c.tok]
    pre = normalize(tok.prefix) or normalize(
        tok.text[: max(0, c.start - tok.start)]
    )  # «بجدة»: بـ on the name
    prev = toks[c.tok - 1] if c.tok > 0 else None
    if c.etype in PLACE_TYPES_AR and (pre[-1:] == "ب" or (prev is not None and prev.norm in ("في", "وفي"))):
        return True
    if (
        prev is not None
        and prev.kind == "ar"
        and (prev.norm in _AR_BUILDING or prev.norm[1:] in _AR_BUILDING)
    ):
        return True
    return (
        pre[-1:] == "ل"
        and c.etype in PLACE_TYPES_AR
        and prev is not None
        and _bare(prev.norm).startswith(_AR_TRIP)
    )


def ar_meeting_place_target(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 49) The place of a meeting or a reception is not its second party: «استقبل ولي العهد في قصر
    السلام بجدة مساء أمس، وزير الدولة ... حمد بن علي العطية»، «خلال استقباله بمقر الأمانة العامة بجدة وزير
    الدولة ... محمد شاهريار عالم»، «سيلتقي خلال زيارته للدوحة نظيريه ... جون كيري». A CONSULT event (not a
    visit, whose place is its target) whose target is such a place phrase takes the first person or body after
    it in the sentence (15 words at most, a person before a body: «... اللواء ركن حمد بن علي العطية»; no
    proclitic on it; the scan stops at a bare preposition or at «برئاسة / بحضور / بمشاركة»), or has no
    target."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "CONSULT" or target is None or actor is target:
        return actor, target
    if _bare(toks[t.a].norm).startswith(("زار", "يزور", "زيار", "سيزور")):
        return actor, target
    if not _ar_place_phrase(toks, target):
        return actor, target
    k = target.tok_end + 1
    hi = min(len(toks), target.tok_end + 16)
    found: list[Cand] = []
    while k < hi:
        tok = toks[k]
        if tok.text in (".", "؟", "?", "!", ";", "؛") or tok.norm in _AR_OTHER_PARTY:
            break
        if tok.kind == "ar" and tok.norm in _AR_PP and not normalize(tok.prefix):
            break
        c = _cand_at(cands, k)
        if c is not None and c.tok == k:
            clitic = normalize(tok.prefix) or normalize(tok.text[: max(0, c.start - tok.start)])
            if (
                c.etype in ("PERSON", "ORG")
                and not clitic
                and c is not actor
                and not (actor is not None and c.name == actor.name)
            ):
                found.append(c)
            k = c.tok_end + 1
            continue
        k += 1
    persons = [c for c in found if c.etype == "PERSON"]
    return actor, (persons or found or [None])[0]


# (round 50) the second party of a reciprocal event is told after «مع»: «محادثات مع الرئيس الفرنسي»، «بالتعاون
# مع الغرب»، «توقيع اتفاق صداقة مع بلاده إيران»، «التحقيقات جارية مع الخادمة»
_AR_RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ACCUSE", "SUPPORT"})
_AR_SENT_END = (".", "؟", "?", "!", ";", "؛")


_AR_SOME = F._n("عدد مجموعة بعض عشرات مئات واحدة واحد أحد إحدى احد احدى")


def _ar_with_phrase(
    toks: list[Token], i: int, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """The noun phrase right after «مع» that no entity names: «مع النصر»، «مع الغرب»، «مع وزير الدفاع
    الأمريكي»: a plain word (no proclitic, no event word, not inside a candidate) and the definite words after
    it (its genitive and adjectives, three words in all)."""
    if (
        i >= len(toks)
        or not _ar_plain_word(toks[i], event_word)
        or any(c.tok <= i <= c.tok_end for c in cands)
    ):
        return None
    if toks[i].norm in _AR_NOT_OBJECT or toks[i].norm in _AR_FUNCTION_HEAD:
        return None
    if toks[i].text.endswith(("هما", "هم", "ها", "ه")) and not toks[i].stem.endswith("ة"):
        return None  # «مع سائقهما»، «مع ذويهم»: a possessed noun points back to a party named elsewhere
    j = i
    if toks[i].norm in _AR_SOME and i + 2 < len(toks) and toks[i + 1].norm == "من":
        if not _ar_plain_word(toks[i + 2], event_word):
            return None
        j = i + 2  # «مع عدد من المؤسسات»: the counted noun
    while (
        j + 1 < len(toks)
        and j - i < 2 + (j > i and toks[i + 1].norm == "من")
        and _ar_plain_word(toks[j + 1], event_word)
        and toks[j + 1].norm.startswith("ال")
        and not any(c.tok <= j + 1 <= c.tok_end for c in cands)
    ):
        j += 1
    return _phrase_cand(toks, text, toks[i].start, i, j)


def ar_comitative_party(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 50) The party after «مع» that follows a meeting, talks, an agreement, cooperation or an inquiry
    («لإجراء محادثات مع الرئيس الفرنسي فرانسوا هولاند»، «يعقد اجتماعاً مع وزير الدفاع الأمريكي»، «تم الاتفاق مع
    مملكة الأردن») is its second party, the target, never its actor: «مع» within three words after the trigger
    (no punctuation, no candidate between), the party the first candidate within three words after «مع» (a
    person, body or country, no proclitic on it, no punctuation or preposition before it). The actor that is
    this party is dropped; the party replaces no target or a target after it."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.type not in _AR_RECIPROCAL_TYPES:
        return actor, target
    k = t.b + 1
    hi = min(len(toks), t.b + 5)
    while k < hi:
        tok = toks[k]
        if tok.kind != "ar" or any(c.tok <= k <= c.tok_end for c in cands):
            return actor, target
        if tok.norm == "مع" and not normalize(tok.prefix):
            break
        k += 1
    else:
        return actor, target
    party = None
    for j in range(k + 1, min(len(toks), k + 5)):
        tok = toks[j]
        if tok.text in _AR_QUOTE_TOKS:
            continue  # «مع موقع “إم إس إن”»
        c = _cand_at(cands, j)
        if c is not None:
            clitic = normalize(tok.prefix) or normalize(tok.text[: max(0, c.start - tok.start)])
            if c.etype in ("PERSON", "ORG", "GPE") or c.sector is not None:
                party = None if clitic else c
            break
        if tok.kind != "ar" or (tok.norm in _AR_PP and not normalize(tok.prefix)) or event_word is None:
            break
        n = j + 1
        while n < len(toks) and toks[n].text in _AR_QUOTE_TOKS:
            n += 1
        nxt = toks[n] if n < len(toks) else None
        construct = nxt is not None and nxt.kind == "ar" and nxt.norm.startswith("ال") and n == j + 1
        # «مع بلاده إيران»، «مع موقع “إم إس إن”»: a noun before the name it stands in apposition to
        construct = construct or (_cand_at(cands, n) is not None and not tok.norm.startswith("ال"))
        if not (tok.norm.startswith("ال") or _ar_nisba_adj(tok) or construct) or event_word(tok):
            break  # only a title and its adjectives stand before the name: «مع الرئيس الفرنسي فرانسوا هولاند»
    if party is None and event_word is not None and text is not None:
        party = _ar_with_phrase(toks, k + 1, cands, text, event_word)
    if party is None:
        return actor, target
    same = lambda c: c is not None and (c is party or (c.tok == party.tok and c.name == party.name))  # noqa: E731
    if same(actor):
        actor = None
    if target is None or target.tok > party.tok_end or same(target):
        target = party
    return actor, target


# ---------------------------------------------------------------- (round 51) «الحملة ضد الإرهاب»، «الحرب التي شنتها X على Y»
# the preposition that opens the object of an event noun, per type: «ضد» for every hostile type; «على» only for
# attacks, coercion and sanctions («المحاكمة على جرائم الحرب» is a charge, «الاحتجاج على القرار» a matter)
_AR_AGAINST = F._n("ضد")
_AR_AGAINST_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "PROTEST", "THREATEN", "REJECT"})
_AR_ON_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_AR_REL_ONE = F._n("الذي التي")
_AR_WRAP_TOKS = _AR_QUOTE_TOKS | {"(", ")"}
# place nouns that make «على» locative («العملية العسكرية على الحدود»، «الهجمات على طول الساحل»)
_AR_ON_PLACE = F._n(
    "الحدود حدود أطراف اطراف مشارف الأرض الارض أرض ارض الساحة ساحة الطريق طريق شاطئ الشاطئ أنقاض انقاض"
)


def _ar_object_pronoun_verb(tok: Token) -> bool:
    """A verb of a relative clause that carries the pronoun of its antecedent: «تفرضه»، «شنتها»، «خاضتها»، «نصبوه»
    (no proclitic, the pronoun «ـه / ـها» on a word of four letters or more)."""
    return (
        tok.kind == "ar"
        and not normalize(tok.prefix)
        and len(tok.norm) >= 4
        and tok.text.endswith(("ه", "ها"))
    )


def _ar_object_np(
    toks: list[Token],
    i: int,
    cands: list[Cand],
    text: str,
    event_word: Callable[[Token], bool],
    bare: bool = True,
) -> Cand | None:
    """The noun phrase that opens at i after «ضد / على»: a candidate (past numbers and count words), else a
    definite noun with its definite adjectives («ضد الإرهاب»، «على القطاع»), an indefinite noun with a named or
    definite genitive («متحف باردو»، «حزب العمال الكردستاني»، «افراد انفاذ القانون»), with its nisba adjectives
    («قاعدة عسكرية»), or a number with its counted noun («555 ممارساً صحياً»); with ``bare`` False only a
    candidate. None when no such phrase opens there."""
    s = i
    while i < len(toks) and i - s < 4 and (toks[i].kind == "num" or toks[i].norm in _AR_COUNT_WORDS):
        i += 1
    if i >= len(toks):
        return None
    at = _cand_at(cands, i)
    if at is not None:
        if normalize(toks[i].prefix) or at.etype not in ("PERSON", "ORG", "GPE", "MISC", "LOC", "FAC"):
            return None
        if at.end < toks[at.tok_end].end:
            return None  # a role noun with a pronoun on it («ضد زوجها»): the party is named elsewhere
        return at
    if any(c.tok <= i <= c.tok_end for c in cands) or not bare:
        return None
    w = toks[i]
    if (
        not _ar_plain_word(w, event_word)
        or w.norm in _AR_NOT_ALA_OBJECT
        or w.norm in _AR_NOT_OBJECT
        or w.norm in _AR_ON_PLACE
    ):
        return None
    if i != s and not (toks[s].kind == "num" and i == s + 1):
        return None  # «نحو / عدد من» with no candidate: left to the earlier rules
    free = lambda k: (  # noqa: E731
        k < len(toks)
        and _ar_plain_word(toks[k], event_word)
        and not any(c.tok <= k <= c.tok_end for c in cands)
    )
    j = i
    if w.norm.startswith("ال"):
        pass
    else:
        q = i + 1
        while q < len(toks) and q - i <= 2 and toks[q].text in _AR_WRAP_TOKS:
            q += 1  # «تنظيم "داعش"»، «تنظيم ( داعش)»
        nxt = _cand_at(cands, q)
        if nxt is not None and not normalize(toks[q].prefix) and nxt.tok_end - i <= 5:
            j = nxt.tok_end  # «متحف باردو»
            while j + 1 < len(toks) and j - nxt.tok_end < 2 and toks[j + 1].text in _AR_WRAP_TOKS:
                j += 1
        elif free(i + 1) and toks[i + 1].norm.startswith("ال"):
            j = i + 1  # «بلاد الإسلام»
        elif (
            free(i + 1)
            and free(i + 2)
            and toks[i + 2].norm.startswith("ال")
            and not _ar_nisba_adj(toks[i + 1])
        ):
            j = i + 2  # «افراد انفاذ القانون»
        elif free(i + 1) and _ar_nisba_adj(toks[i + 1]):
            j = i + 1  # «قاعدة عسكرية»، «ممارساً صحياً»
            while j - i < 2 and free(j + 1) and _ar_nisba_adj(toks[j + 1]):
                j += 1
            return _phrase_cand(toks, text, toks[s].start, s, j)
        elif not (i + 1 >= len(toks) or toks[i + 1].kind == "punct" or i != s):
            return None  # a bare indefinite word: an adjective, an adverbial or a verb may follow
    while (
        j + 1 < len(toks)
        and j - i < 4
        and free(j + 1)
        and toks[j + 1].norm.startswith("ال")
        and toks[j + 1].norm not in _AR_GEN_TIME  # «على القرية الشهر الماضي»
    ):
        j += 1
    return _phrase_cand(toks, text, toks[s].start, s, j)


def ar_object_against(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 51) The object of a hostile event noun after «ضد» (or «على» for attacks, coercion and sanctions):
    «بالحملة ضد الإرهاب»، «شن حرب ضد بلاد الإسلام الأولى»، «بفرض العقوبات ضد الحكام»، «بالهجوم على افراد انفاذ
    القانون»، «الهجوم الإرهابي على متحف باردو». Between the noun and the preposition may stand up to two
    adjectives (definite after a definite noun, nisba after an indefinite one) and a relative clause whose verb
    carries the noun's pronoun («الحصار الذي تفرضه جماعة الحوثي المسلحة على تعز»، «المحاكمة التي خاضتها
    الرسامة ضد زوجها»): its subject, when an entity names it, is the event's actor. The object is the phrase
    after the preposition (`_ar_object_np`); it replaces no target, a target after it or the actor; an actor
    inside it is dropped."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if t.type not in _AR_AGAINST_TYPES or toks[t.b].kind != "ar":
        return actor, target
    head = toks[t.b]
    if t.kind != "noun" and t.b == t.a:
        return actor, target  # a verb takes its object without a preposition; «شن حرب» ends in its noun
    definite = head.norm.startswith("ال")
    k = t.b + 1
    n_adj = 0
    while (
        k < len(toks)
        and n_adj < 2
        and toks[k].kind == "ar"
        and not normalize(toks[k].prefix)
        and _cand_at(cands, k) is None
        and (not event_word(toks[k]) or definite)  # an adjective that is an event word: «الهجوم المسلح»
        and toks[k].norm not in _AR_REL_ONE
        and toks[k].norm not in _AR_AGAINST | _AR_ALA
        and (toks[k].norm.startswith("ال") if definite else _ar_nisba_adj(toks[k]))
    ):
        k += 1
        n_adj += 1
    doer = None
    if k + 1 < len(toks) and toks[k].norm in _AR_REL_ONE and _ar_object_pronoun_verb(toks[k + 1]):
        doer = _cand_at(cands, k + 2)
        if doer is None:
            # a subject no entity names («التي خاضتها الرسامة ضد»): up to three plain words, no actor taken
            m = k + 2
            while m < len(toks) and m - k <= 4 and _ar_plain_word(toks[m], event_word):
                if toks[m].norm in _AR_AGAINST | _AR_ALA or any(c.tok <= m <= c.tok_end for c in cands):
                    break
                m += 1
            if m == k + 2 or m >= len(toks) or toks[m].norm not in _AR_AGAINST | _AR_ALA:
                return actor, target
            k = m
        elif normalize(toks[k + 2].prefix) or doer.etype not in ("PERSON", "ORG", "GPE", "MISC"):
            return actor, target
        else:
            k = doer.tok_end + 1
        while (
            doer is not None
            and k < len(toks)
            and k - doer.tok_end <= 2
            and toks[k].kind == "ar"
            and toks[k].norm.startswith("ال")
        ):
            if _cand_at(cands, k) is not None or event_word(toks[k]) or normalize(toks[k].prefix):
                return actor, target
            k += 1  # «جماعة الحوثي المسلحة»
    if k >= len(toks) or normalize(toks[k].prefix) or any(c.tok <= k <= c.tok_end for c in cands):
        return actor, target
    prep = toks[k].norm
    if not (prep in _AR_AGAINST or (prep in _AR_ALA and t.type in _AR_ON_TYPES)) or "\u0651" in toks[k].text:
        return actor, target
    # a protest, a charge, a threat or a rejection «ضد» an abstract noun («ضد الوجود العربي») names a matter,
    # not a party: only an entity or a group noun there
    obj = _ar_object_np(toks, k + 1, cands, text, event_word, bare=t.type in _AR_ON_TYPES)
    if obj is None or (doer is not None and obj is doer):
        return actor, target
    if actor is not None and obj.tok <= actor.tok and actor.tok_end <= obj.tok_end:
        actor = None
    if doer is not None:
        actor = doer
    if (
        target is None
        or target is actor
        or (  # not a name right after the phrase, in quotes: its own («على الراقصة "برديس"»)
            target.tok > obj.tok_end
            and not all(toks[m].text in _AR_QUOTE_TOKS for m in range(obj.tok_end + 1, target.tok))
            # nor a party of another clause: the casualties of «ما أسفر عن مقتل ستة مدنيين» (round 48)
            and not any(
                toks[m].kind == "punct" or toks[m].norm in _AR_CLAUSE_WORDS | _AR_RESULT_OPEN
                for m in range(obj.tok_end + 1, target.tok)
            )
        )
        or (obj.tok <= target.tok and target.tok_end <= obj.tok_end)
        or t.a < target.tok < k  # an adjective of the noun taken for its object: «الهجوم المسلح على»
    ):
        target = obj
    return actor, target


# ---------------------------------------------------------------- (round 51) «ضبطت الجهات الأمنية في الطائف حدثا»
_AR_SUBJECT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "REQUEST", "THREATEN"})
_AR_ALL_OF = F._n("كل جميع كافة")


def _ar_any_nisba(tok: Token) -> bool:
    """An adjective of relation, definite or not: «الأميركية»، «إسرائيلية»."""
    w = tok.norm[2:] if tok.norm.startswith("ال") else tok.norm
    return len(w) >= 4 and w.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))


def ar_object_after_subject(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 51) The object of a one-word transitive verb that stands after its subject and the subject's
    adjuncts (verb, subject, object): the subject is the actor, an entity right after the verb; after it may
    stand its nisba adjectives and conjuncts («ودانت المحكمة والولايات المتحدة الأميركية الحكومة
    النيجيرية»), time words, adverbs («أيضا») and one place phrase in في («ضبطت الجهات الأمنية في الطائف
    حدثا»). The object is then an entity (no proclitic), an indefinite noun in the accusative («حدثا»،
    «مسجداً») or a noun with its genitive chain («مقر حزب غد الثورة»، «كل مقدرات الدولة اليمنية»). It is the
    target when the clause gave none or gave an adverb («قصفت طائرات التحالف أيضا معسكر الحمزة»)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if (
        t.type not in _AR_SUBJECT_OBJECT_TYPES
        or t.kind != "verb"
        or t.a != t.b
        or actor is None
        or actor.tok != t.b + 1
        or toks[t.b].kind != "ar"
        or normalize(toks[actor.tok].prefix)
        or actor.etype not in ("PERSON", "ORG", "GPE")
        or (target is not None and normalize(target.name) not in _AR_NOT_OBJECT | _AR_SKIP_AFTER_VERB)
    ):
        return actor, target
    if toks[t.b].text.endswith(("ه", "ها", "هم", "وا")) or "\u064f" in toks[t.b].text:
        return actor, target  # an object pronoun on the verb, a plural subject on it, a voweled passive
    last = toks[actor.tok_end].norm
    if not last.startswith("ال") and actor.ent is None and not last.endswith(("ون", "ان", "ا")):
        return actor, target  # a bare group noun: the word after it may be its genitive («مسلحون» cannot)
    k = actor.tok_end + 1
    place = False
    adjuncts = 0
    for _ in range(6):
        if k >= len(toks):
            return actor, target
        tok = toks[k]
        c = _cand_at(cands, k)
        pre = normalize(tok.prefix)
        if c is not None and pre == "و" and c.etype in ("PERSON", "ORG", "GPE"):
            k, adjuncts = c.tok_end + 1, adjuncts + 1  # a conjunct of the subject
        elif c is None and not pre and tok.kind == "ar" and _ar_any_nisba(tok):
            k += 1  # «الأميركية»
        elif c is None and not pre and (tok.norm in _AR_GEN_TIME or tok.norm in _AR_SKIP_AFTER_VERB):
            k, adjuncts = k + 1, adjuncts + 1
        elif (
            (c is None or c.etype == "MISC") and not pre and tok.norm in _AR_NOT_OBJECT | _AR_SKIP_AFTER_VERB
        ):
            k, adjuncts = k + 1, adjuncts + 1  # «أيضا» (a name tagger may have made it a name)
        elif not place and tok.norm == "في" and not pre:
            p = _cand_at(cands, k + 1)
            if (
                p is None
                and k + 1 < len(toks)
                and _ar_plain_word(toks[k + 1], event_word)
                and toks[k + 1].norm.startswith("ال")
                and toks[k + 1].norm not in _AR_GEN_TIME
            ):
                k, place, adjuncts = k + 2, True, adjuncts + 1  # «في الطائف» that no entity names
                continue
            if p is None or p.etype not in ("GPE", "LOC", "FAC") or normalize(toks[k + 1].prefix):
                return actor, target
            k, place, adjuncts = p.tok_end + 1, True, adjuncts + 1
        else:
            break
    if k < len(toks) and not adjuncts and toks[k].norm not in _AR_ALL_OF:
        # right after the subject a noun is as often the subject's own genitive or another clause («أدانت
        # الأمانة العامة لهيئة»، «النبي صلى الله»): only «كل / جميع» opens an object there
        return actor, target
    if k >= len(toks) or normalize(toks[k].prefix) or toks[k].kind != "ar":
        return actor, target
    obj = _cand_at(cands, k)
    if obj is not None:
        if obj.etype not in ("PERSON", "ORG", "GPE") or obj.end < toks[obj.tok_end].end:
            return actor, target
    else:
        w = toks[k]
        if any(c.tok <= k <= c.tok_end for c in cands):
            return actor, target
        if not (_ar_plain_word(w, event_word) or (w.norm in _AR_ALL_OF and w.kind == "ar" and not w.prefix)):
            return actor, target
        if (w.norm[:1] in "بل" and w.norm[1:2] in "امت" and len(w.norm) >= 5) or w.norm in ("لان", "بان"):
            return actor, target  # a proclitic the tokenizer left on a masdar or أن: «بمقاضاة»، «لأن»
        if w.norm in _AR_NOT_OBJECT or w.norm in _AR_GEN_TIME or w.norm in _AR_COUNT_WORDS:
            return actor, target
        s, i = k, k
        if w.norm in _AR_ALL_OF:
            i = k + 1  # «كل مقدرات الدولة»
            if i >= len(toks) or not _ar_plain_word(toks[i], event_word) or toks[i].norm.startswith("ال"):
                return actor, target
        if (
            _ar_indefinite_noun(toks[i])
            and i == s
            and not (i + 1 < len(toks) and toks[i + 1].kind == "ar" and toks[i + 1].norm.startswith("ال"))
        ):
            j = i  # «حدثا»، «مسجداً لقوات ...»
            if w.norm in _AR_NUMBER_WORDS and i + 1 < len(toks) and _ar_plain_word(toks[i + 1], event_word):
                j = i + 1  # «ثلاثة مكاتب»
            while j + 1 < len(toks) and j - i < 2 and _ar_plain_word(toks[j + 1], event_word):
                if not _ar_nisba_adj(toks[j + 1]) or any(c.tok <= j + 1 <= c.tok_end for c in cands):
                    break
                j += 1
        else:
            if toks[i].norm.startswith("ال"):
                return actor, target  # a definite word after the subject may be its adjective
            # an indefinite head and its genitive chain, ending in a definite word or an entity
            j, end = i, None
            while j + 1 < len(toks) and j - i < 4:
                c = _cand_at(cands, j + 1)
                if c is not None and not normalize(toks[j + 1].prefix):
                    end = c.tok_end
                    break
                x = toks[j + 1]
                plain = _ar_plain_word(x, event_word) or (
                    x.kind == "ar" and len(x.norm) == 2 and not x.prefix and x.norm not in _AR_OBJ_STOP
                )  # «حزب غد الثورة»
                if not plain or any(c2.tok <= j + 1 <= c2.tok_end for c2 in cands):
                    break
                j += 1
                if x.norm.startswith("ال"):
                    end = j
                    while (
                        end + 1 < len(toks)
                        and end - i < 5
                        and _ar_plain_word(toks[end + 1], event_word)
                        and toks[end + 1].norm.startswith("ال")
                        and toks[end + 1].norm not in _AR_GEN_TIME
                        and _cand_at(cands, end + 1) is None
                    ):
                        end += 1
                    break
            if end is None:
                return actor, target
            j = end
        obj = _phrase_cand(toks, text, toks[s].start, s, j)
    if obj is actor or (obj.tok <= actor.tok <= obj.tok_end):
        return actor, target
    return actor, obj


# (round 52) counted nouns that are measures, times or things, never a party: «عشرة أيام»، «15 عاما»
_AR_COUNTED_NOT_PARTY = F._n(
    "عاما عام أعوام اعوام سنة سنوات سنين يوما يوم أيام ايام ساعة ساعات دقيقة دقائق شهرا شهر أشهر اشهر "
    "أسبوعا اسبوعا أسابيع اسابيع مرة مرات ألف الف آلاف الاف مليون ملايين مليار مليارات دولار دولارا "
    "ريال ريالا كيلو كيلومتر كيلومترا كيلومترات مترا متر أمتار امتار طن طنا أطنان درجة بالمئة بالمائة "
    "في المائة المئة نقطة نقاط قذيفة قذائف صاروخ صواريخ صاروخا غارة غارات سيارة سيارات منزلا منازل "
    "موقعا مواقع هدفا أهداف اهداف حالة حالات قضية قضايا"
)
_AR_COUNTED_OPEN = F._n("نحو حوالي حوالى قرابة زهاء")
_AR_COUNTED_TIME = F._n("الماضية الماضي الفائت الفائتة")
_AR_COUNTED_TYPES = frozenset({"ASSAULT", "COERCE"})


def _ar_counted_np(
    toks: list[Token], k: int, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """A number and its counted noun opening at k («15 فلسطينيًا»، «أربعة متشددين»، «170 سنيًا»، «أربعة من
    المواطنين»، «22 من رجال الأمن»), with the noun's nisba adjectives («260 مقاتلا كرديا»); past «نحو / حوالي»
    and «ما لا يقل عن» / «أكثر من». Not a measure, a time or a thing counted («15 عاما»، «ثلاث غارات»)."""
    s = k
    if k < len(toks) and toks[k].norm in _AR_COUNTED_OPEN and not normalize(toks[k].prefix):
        k += 1
    elif [x.norm for x in toks[k : k + 4]] == ["ما", "لا", "يقل", "عن"]:
        k += 4
    elif k + 1 < len(toks) and toks[k].norm == "اكثر" and toks[k + 1].norm == "من":
        k += 2
    if k < len(toks) and toks[k].norm == "عدد" and not normalize(toks[k].prefix):
        k += 1  # «عدد (١٠٢) مخالف»
    paren = k < len(toks) and toks[k].text == "("
    k += paren
    if k >= len(toks):
        return None
    num = toks[k]
    if normalize(num.prefix) or not (
        num.kind == "num" or (num.kind == "ar" and num.norm in _AR_NUMBER_WORDS)
    ):
        return None
    start = toks[k].start if k == s else toks[s].start
    i = k + 1
    if paren:
        if i >= len(toks) or toks[i].text != ")":
            return None
        i += 1
    if i < len(toks) and toks[i].norm == "من" and not normalize(toks[i].prefix):
        # «أربعة من المواطنين»، «22 من رجال الأمن»: a definite noun, or a construct head and its definite genitive
        j = i + 1
        c = _cand_at(cands, j)
        if c is not None and not normalize(toks[j].prefix) and c.etype not in ("GPE", "LOC", "FAC"):
            if c.end < toks[c.tok_end].end:
                return None
            return _phrase_cand(toks, text, start, s, c.tok_end)  # «أربعة من المواطنين»، «22 من رجال الأمن»
        if (
            j >= len(toks)
            or any(c.tok <= j <= c.tok_end for c in cands)
            or not _ar_plain_word(toks[j], event_word)
        ):
            return None
        if toks[j].norm.startswith("ال"):
            pass
        elif (
            j + 1 < len(toks)
            and _ar_plain_word(toks[j + 1], event_word)
            and toks[j + 1].norm.startswith("ال")
        ):
            j += 1
        else:
            return None
        if toks[j].norm in _AR_GEN_TIME or toks[j].norm[2:] in _AR_COUNTED_NOT_PARTY:
            return None
        return _phrase_cand(toks, text, start, s, j)
    if i >= len(toks):
        return None
    c = _cand_at(cands, i)
    if c is not None:
        # a group noun or a people's name the candidates hold already («170 مدنيا»، «ثلاثة فلسطينيين»)
        if (
            normalize(toks[i].prefix)
            or c.etype in ("GPE", "LOC", "FAC", "ORG")
            or c.end < toks[c.tok_end].end
        ):
            return None
        if c.tok_end == i and toks[i].norm in _AR_COUNTED_NOT_PARTY:
            return None
        return _ar_with_nisba(toks, s, c.tok_end, start, cands, text, event_word)
    if any(c.tok <= i <= c.tok_end for c in cands):
        return None
    w = toks[i]
    if (
        w.kind != "ar"
        or normalize(w.prefix)
        or len(w.norm) < 3
        or w.norm in _AR_OBJ_STOP  # an event word may be counted: «١٠٢ مخالف»
        or w.norm.startswith("ال")
        or w.norm in _AR_COUNTED_NOT_PARTY
        or w.norm in _AR_GEN_TIME
        or w.norm in _AR_NUMBER_WORDS
        or w.norm in _AR_COUNT_WORDS
        or w.norm in _AR_NOT_OBJECT
    ):
        return None
    return _ar_with_nisba(toks, s, i, start, cands, text, event_word)


def _ar_with_nisba(
    toks: list[Token],
    s: int,
    i: int,
    start: int,
    cands: list[Cand],
    text: str,
    event_word: Callable[[Token], bool],
) -> Cand:
    """The phrase from token s (text from ``start``) to the noun ending at i and up to two nisba adjectives
    after it («260 مقاتلا كرديا»)."""
    j = i
    while j + 1 < len(toks) and j - i < 2 and _ar_plain_word(toks[j + 1], event_word):
        w = toks[j + 1].norm
        nisba = _ar_nisba_adj(toks[j + 1]) or (len(w) >= 4 and w.endswith("يا") and not w.startswith("ال"))
        if not nisba or any(  # «كرديا»: the accusative of a nisba too
            c.tok <= j + 1 <= c.tok_end and (c.ent is not None or c.tok_end > j + 1) for c in cands
        ):
            break  # a one-word group noun there is the adjective («كرديا»), a name is not
        j += 1
    return _phrase_cand(toks, text, start, s, j)


def ar_counted_object(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 52) The people a harm or an arrest falls on, counted and unnamed: a one-word verb of type ASSAULT
    or COERCE with no target and no object pronoun, a subject (the actor) before it or right after it, and
    after the verb (past that subject, time words and adverbs) a number with its counted noun: «أن قوات
    اعتقلت الليلة الماضية 15 فلسطينيًا»، «خطفت (داعش) 170 سنيًا». Only as the target of such a verb (an
    intransitive death verb has no actor; the merge of casualties into their attack is left alone)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if target is not None and target.tok <= t.b:
        return actor, target
    if (
        t.type == "COERCE"
        and t.b + 2 < len(toks)
        and toks[t.b + 1].norm == normalize("على")
        and not normalize(toks[t.b + 1].prefix)
    ):
        # «القبض على عدد (١٠٢) مخالف»: the counted people an arrest falls on
        obj = _ar_counted_np(toks, t.b + 2, cands, text, event_word)
        if obj is None or (actor is not None and obj.tok <= actor.tok <= obj.tok_end):
            return actor, target
        if target is not None and not (obj.tok <= target.tok and target.tok_end <= obj.tok_end):
            return actor, target
        return actor, obj
    if (
        t.type not in _AR_COUNTED_TYPES
        or t.kind != "verb"
        or t.a != t.b
        or actor is None
        or toks[t.b].kind != "ar"
    ):
        return actor, target
    if target is not None and target.tok <= t.b:
        return actor, target
    if toks[t.b].text.endswith(("ه", "ها", "هم", "هما")):
        return actor, target
    k = t.b + 1
    if actor.tok > t.b:
        q = t.b + 1
        while q < actor.tok and toks[q].text in _AR_WRAP_TOKS:
            q += 1
        if q != actor.tok:
            return actor, target
        k = actor.tok_end + 1
        while k < len(toks) and k - actor.tok_end <= 2 and toks[k].text in _AR_WRAP_TOKS:
            k += 1
    for _ in range(3):
        if (
            k < len(toks)
            and not normalize(toks[k].prefix)
            and (
                toks[k].norm in _AR_GEN_TIME
                or toks[k].norm in _AR_SKIP_AFTER_VERB
                or toks[k].norm in _AR_COUNTED_TIME  # «الليلة الماضية»
            )
        ):
            k += 1
        else:
            break
    obj = _ar_counted_np(toks, k, cands, text, event_word)
    if obj is None or (obj.tok <= actor.tok <= obj.tok_end):
        return actor, target
    if target is not None and not (obj.tok <= target.tok and target.tok_end <= obj.tok_end):
        return actor, target  # a target of its own; one inside the phrase («أربعة») gives way to it
    return actor, obj


# ---------------------------------------------------------------- (round 54) roles of fresh conflict news
_AR_VISIT_STEM = "زيار"
_AR_TO = F._n("إلى الى")
_AR_DEATH_MEET = F._n("لقي لقيت لقوا لقيا لقين يلقى تلقى يلقون ولقي ولقيت ولقوا")
_AR_CONDEMN_STEMS = tuple(normalize(w) for w in ("إدان", "أدان", "استنكر", "استنكار", "تنديد", "ندد", "شجب"))
_AR_DESCRIBE = F._n("وصف وصفت ووصف ووصفت يصف تصف ويصف وتصف واصفا واصفة")  # whole words: «وصفقوا» is و + «صفقوا»
# the shared office nouns (``offices``) and this rule's own, a few with the article
_AR_OFFICE_APPOSITION = AR_OFFICE_HEADS | F._n(
    "ولي ولى أمير ملك مساعد وكيل عضو الأمين المتحدث الملك الرئيس الوزير الأمير المدير"
)
_AR_NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC")


def _ar_la_party(toks: list[Token], j: int, cands: list[Cand]) -> Cand | None:
    """The name a token's own proclitic لـ governs («لمصر»، «لمملكة إسبانيا»، «للشاعر فهد»), if any."""
    tok = toks[j]
    if tok.kind != "ar" or not tok.text.startswith("ل"):
        return None
    for c in cands:  # a name that starts at the token's start («لبنان») is no لـ-party
        if c.tok == j and c.start > tok.start and (c.etype in _AR_NAME_TYPES or c.sector is not None):
            return c
        if c.tok == j + 1 and c.etype in _AR_NAME_TYPES and tok.norm[1:] in ("مملكه", "دوله", "جمهوريه", "مدينه"):
            return c  # «لمملكة إسبانيا»: the state's word before its name
        if c.tok == j + 1 and c.etype == "PERSON" and normalize(tok.prefix) == "ل" and tok.norm.startswith("ال"):
            return c  # «للشاعر فهد بورسلي»: a title before the name
    return None


def ar_visited_party(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) The place or host a visit goes to, «زيارة سموه لمصر»، «زيارته الرسمية لمملكة إسبانيا»، «زيارة
    سليماني لموسكو»، «بزيارة إلى روسيا», is the visit's target, never its actor: a visit noun, then within four
    words (no punctuation, no other preposition) a name under لـ or after إلى. That party, taken as the actor, is
    dropped; it replaces no target, the same one or one after it."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if t.type != "CONSULT" or not toks[t.a].norm.lstrip("وفبل").startswith(_AR_VISIT_STEM) or t.kind != "noun":
        return actor, target
    party = None
    for j in range(t.b + 1, min(len(toks), t.b + 5)):
        tok = toks[j]
        if tok.kind != "ar":
            break
        if tok.norm in _AR_TO and not normalize(tok.prefix):
            nxt = _cand_at(cands, j + 1) if j + 1 < len(toks) else None
            if nxt is not None and nxt.tok == j + 1 and (nxt.etype in _AR_NAME_TYPES or nxt.sector is not None):
                party = nxt
            break
        party = _ar_la_party(toks, j, cands)
        if party is not None or (tok.norm in _AR_PP and not normalize(tok.prefix)) or event_word(tok):
            break
        if normalize(tok.prefix):
            break  # «بزيارة ... وبحث»: another phrase starts
    if party is None:
        return actor, target
    same = lambda c: c is not None and (c is party or (c.tok == party.tok and c.name == party.name))  # noqa: E731
    if same(actor):
        actor = None
    if target is None or same(target) or target.tok > party.tok_end:
        target = party
    return actor, target


# ---------------------------------------------------------------- (round 59) the place a visit verb names
# a visit verb, with its conjunction and future prefix stripped: «يزور»، «زارت»، «وسيزور»، «يزورون»
_AR_VISIT_VERB = re.compile(r"^(?:[وف])?(?:س)?(?:زار|يزور|تزور|نزور|ازور|أزور)")
# a place noun that names a country, a city or a region: after a visit verb, the place visited
_AR_PLACE_NOUN = F._n(
    "الدولة الدوله المملكة المملكه البلاد العاصمة العاصمه المدينة المدينه المحافظة المحافظه المنطقة المنطقه "
    "الإمارة الاماره الإماره الجمهورية الجمهوريه"
)


def _ar_visit_verb(tok: Token) -> bool:
    return tok.kind == "ar" and bool(_AR_VISIT_VERB.match(tok.norm))


def _ar_is_place(toks: list[Token], c: Cand) -> bool:
    """A country, a city or a region: a place name, or a place noun («الدولة»، «المنطقة») as a whole candidate."""
    if c.etype in PLACE_TYPES_AR:
        return True
    return c.tok == c.tok_end and toks[c.tok].norm in _AR_PLACE_NOUN


def _ar_visitor_between(ctx: RoleContext, place: Cand) -> Cand | None:
    """The visitor named between a visit verb and the place («يزور الجبير القاهرة»، «زار الرئيس المصري موسكو»):
    a candidate there, else one to three definite words with no proclitic (a family name the NER left out)."""
    toks, t, cands, text = ctx.toks, ctx.t, ctx.cands, ctx.text
    i, j = t.b + 1, place.tok - 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    if j < i or j - i > 2:
        return None
    if any(toks[k].norm in _AR_PLACE_NOUN for k in range(i, j + 1)):
        return None  # «وزار العاصمة البريطانية لندن»: the place's own apposition, no visitor
    inside = next((c for c in cands if i <= c.tok and c.tok_end <= j and c is not place), None)
    if inside is not None:
        return None if _ar_is_place(toks, inside) else inside
    if not all(_ar_definite_word(toks[k]) and not ctx.event_word(toks[k]) for k in range(i, j + 1)):
        return None
    if any(toks[k + 1].start - toks[k].end > 1 for k in range(i, j)):
        return None
    return _phrase_cand(toks, text, toks[i].start, i, j, "PERSON")


def ar_visit_place_target(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 59) After a visit verb the country, city or place noun is the place visited, its target, never the
    visitor: «يزور الجبير القاهرة» (a family name the NER left out), «زار الرئيس المصري موسكو»، «الرئيس الفرنسي
    الذي يزور الدولة». A CONSULT verb of the stem زار whose actor so far is such a place after it: the place becomes
    the target (unless another target came before it) and the actor is the visitor named between the verb and the
    place, else the head before «الذي / التي» right before the verb, else none."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "CONSULT" or t.kind != "verb" or not _ar_visit_verb(toks[t.a]):
        return actor, target
    if actor is None or actor.tok <= t.b or not _ar_is_place(toks, actor):
        return actor, target
    place = actor
    if any(c.etype == "PERSON" and place.tok_end < c.tok <= place.tok_end + 3 for c in cands):
        return actor, target  # «زار محافظ عنيزة بالنيابة إبراهيم ...»: the place is in the visitor's title
    prev = toks[place.tok - 1]
    if place.tok - 1 > t.b and prev.kind == "ar" and not prev.norm.startswith("ال"):
        return actor, target  # «زار رئيس وزراء الهند باكستان»: the genitive of an indefinite noun, a title
    if target is None or target is place or target.tok > place.tok_end or target.name == place.name:
        target = place
    visitor = _ar_visitor_between(ctx, place)
    if visitor is None and t.a >= 2 and toks[t.a - 1].norm in _AR_REL_PRON:
        before = [c for c in cands if c.tok_end == t.a - 2]
        visitor = next((c for c in before if c.etype in ("PERSON", "ORG") or c.sector is not None), None)
    return visitor, target


def ar_death_meeter(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «لقي 4 أشخاص مصرعهم»، «نساء وأطفال لقوا مصرعهم»: those who met their death undergo it, as
    «استشهد» (round 24): the actor read at the subject of a form of لقي before «مصرع» becomes the target (the
    whole subject, before a «بينهم» part taken as the target), no actor is left."""
    toks, t = ctx.toks, ctx.t
    a = t.a if t.lead is None else min(t.a, t.lead)  # «لقوا مصرعهم ... في هجوم»: the death told before the attack
    if actor is None or not any(toks[k].norm.startswith("مصرع") for k in range(a, t.b + 1)):
        return actor, target
    meet = next((k for k in range(a - 1, max(-1, a - 9), -1) if toks[k].norm in _AR_DEATH_MEET), None)
    if meet is None or actor.tok_end >= a or actor.tok < meet - 8:
        return actor, target
    if any(toks[k].kind == "punct" and toks[k].text in ".؟?!" for k in range(min(actor.tok, meet), a)):
        return actor, target
    if a < t.a and target is not None and target.tok > t.b:
        return None, target  # the attack's own object after it stays its target
    return None, actor


def ar_condemned_attack_no_doer(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «أدانت السعودية الهجوم ...»، «أعربت الكويت عن ادانتها للتفجير الذي استهدف ...»، «وصف المفتي
    حادثة التفجير ...»: the body that condemns or describes an attack is no doer of it. An actor before the
    attack or coercion noun with a word of condemning or describing (أدان، إدانة، استنكر، تنديد، شجب، وصف ...)
    at most six words before it and after the actor, or as the verb of the actor's clause (at most twenty words of
    titles before the actor, no punctuation or other event word) when the noun is at most four words after the
    actor, is dropped."""
    toks, t, event_word = ctx.toks, ctx.t, ctx.event_word
    a = min(k for k in (t.a, t.head, t.lead) if k is not None)  # «للتفجير الذي استهدف»: the noun before its verb
    if actor is None or t.type not in _AR_OBJECT_VERB_TYPES or actor.tok_end >= a:
        return actor, target
    if normalize(toks[a].text).lstrip("و")[:1] == "ب" or _bare(toks[a - 1].norm) in ("بتهمه", "بجريمه"):
        return actor, target  # «إدانة المتهم بقتل ...»، «بتهمة الاعتداء»: a court's conviction of the doer (lead)
    condemn = lambda k: toks[k].kind == "ar" and (  # noqa: E731
        normalize(toks[k].text).startswith(_AR_CONDEMN_STEMS)
        or normalize(toks[k].text)[1:].startswith(_AR_CONDEMN_STEMS)
        or normalize(toks[k].text) in _AR_DESCRIBE
    )
    if any(condemn(k) for k in range(max(actor.tok_end + 1, a - 6), a)):
        return None, target
    if a - actor.tok_end > 4:
        return actor, target
    for k in range(actor.tok - 1, max(-1, actor.tok - 21), -1):  # «وصف سماحة مفتي ... الشيخ X حادثة التفجير»
        if toks[k].kind == "punct":
            break
        if condemn(k):
            return None, target
        if toks[k].kind == "ar" and event_word(toks[k]):
            break  # the verb of another event governs the actor
    return actor, target


def ar_title_apposition_target(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد ...»: the office right after the actor's
    name is the actor's own apposition, no target: a target that starts at the word after the actor's last one
    (nothing between) with an office word («ولي»، «وزير»، «أمير منطقة» ...) is dropped."""
    toks, t = ctx.toks, ctx.t
    if actor is None or target is None or actor.etype != "PERSON" or target.tok <= t.b:
        return actor, target
    k = actor.tok_end + 1
    office = lambda j: toks[j].kind == "ar" and not normalize(toks[j].prefix) and toks[j].norm in _AR_OFFICE_APPOSITION  # noqa: E731
    if target.tok == k and office(k):
        return actor, None
    if target.tok == k + 1 and office(k):
        return actor, None  # «الدليمي رئيس الهيئة القانونية الدولية»: the body the actor heads
    return actor, target


_AR_RECEIVE_VERB = F._n("استقبل استقبلت يستقبل تستقبل التقى التقت يلتقي تلتقي واستقبل واستقبلت والتقى والتقت")
_AR_RECEIVE_TIME = F._n("أمس امس اليوم البارحة الأمس الامس")
_AR_GUEST_STOP = F._n("في من عن إلى الى")  # not على: normalized it is the name «علي»


def ar_received_guest(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس وزير الشؤون
    الإسلامية صالح آل الشيخ»، «التقى نبيه بري في بيروت امس سفير ... علي بن سعيد عواض عسيري»: the guest a host
    receives or meets stands after the host's titles, the place and the day. With no target, a reception verb's
    actor after it, and «أمس / اليوم» within fifteen words after the actor (no full stop, semicolon or other verb
    trigger between), the first person named within ten words after that day (before a و-verb or a free في / من /
    عن / إلى, and not inside a place's name) is the target."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if actor is None or target is None and t.kind != "verb" or target is not None or t.type != "CONSULT":
        return actor, target
    if toks[t.a].norm not in _AR_RECEIVE_VERB or actor.tok <= t.b:
        return actor, target
    day = None
    for k in range(actor.tok_end + 1, min(len(toks), actor.tok_end + 16)):
        tok = toks[k]
        if tok.kind == "punct" and tok.text in ".؛;:!؟?" or (tok.kind == "ar" and event_word(tok)):
            return actor, target
        if tok.kind == "ar" and tok.norm in _AR_RECEIVE_TIME and not normalize(tok.prefix):
            day = k
            break
    if day is None:
        return actor, target
    for k in range(day + 1, min(len(toks), day + 11)):
        tok = toks[k]
        if tok.kind == "punct" and tok.text in ".؛;:!؟?" or (normalize(tok.prefix) in ("و", "ف") and event_word(tok)):
            break  # «سفير» is a title here; «وناقش» starts a clause of its own
        if tok.norm in _AR_GUEST_STOP and not normalize(tok.prefix):
            break  # «البارحة العزاء في وفاة X»: the thing received and its phrase, no guest
        c = _cand_at(cands, k)
        if c is not None and c.tok == k and c.etype == "PERSON" and not _ar_in_place_name(toks, k):
            return actor, c
    return actor, target


_AR_PLACE_HEADS = F._n("مطار قصر مستشفى مستشفي مركز جامعة مدينة مسجد جامع شارع حي قاعدة ميناء كلية مدرسة معهد قاعة")


def _ar_in_place_name(toks: list[Token], k: int) -> bool:
    """A person's name inside a place's («بمطار الملك خالد الدولي»، «مستشفى الأمير سعود»): a place noun at most
    two words before it (its proclitics and article aside)."""
    for j in range(max(0, k - 2), k):
        w = toks[j].norm
        w = w[1:] if normalize(toks[j].prefix) == "" and w[:1] in ("ب", "ل") and w[1:] in _AR_PLACE_HEADS else w
        if w in _AR_PLACE_HEADS or w.removeprefix("ال") in _AR_PLACE_HEADS:
            return True
    return False


_AR_RECEIVE_CALL = F._n("تلقى تلقت يتلقى تتلقى وتلقى وتلقت كما تلقى")
_AR_CALL_STEMS = tuple(normalize(w) for w in ("اتصال", "مكالم", "برقي", "رسال"))
_AR_CALL_SKIP = _AR_RECEIVE_TIME | F._n("هاتفيا هاتفياً هاتفيًا هاتفي الهاتفي مساء صباح ظهر الليلة مساءً صباحاً")


def ar_call_received(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «تلقى X اتصالا هاتفيا اليوم من Y»: Y called X, so Y is the actor and X the target (the subject
    of تلقى is taken as the actor, or its title as a name: «مجلس الوزراء»). The call, a message or a cable (its
    word starts the trigger) with a form of تلقى at most twenty words before it (no full stop between); the
    receiver the first name after تلقى, the caller the first name within six words after «من», which stands
    within four words after the trigger (only «هاتفيا» and the day between). With no «من» the receiver is only
    the target."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "CONSULT":
        return actor, target
    # the call's word starts the trigger, or ends a trigger that starts at تلقى («تلقى الرئيس X اتصالا»)
    cw = next((k for k in range(t.a, t.b + 1) if _bare(toks[k].norm).startswith(_AR_CALL_STEMS)), None)
    if cw is None or cw > t.a and toks[t.a].norm not in _AR_RECEIVE_CALL:
        return actor, target
    recv_verb = None
    for k in range(cw - 1, max(-1, cw - 21), -1):
        tok = toks[k]
        if tok.kind == "punct" and tok.text in ".؛;!؟?":
            return actor, target
        if tok.norm in _AR_RECEIVE_CALL:
            recv_verb = k
            break
    if recv_verb is None:
        return actor, target
    named = lambda c: c.etype in ("PERSON", "ORG", "GPE") or c.sector is not None  # noqa: E731
    receiver = next((c for c in cands if recv_verb < c.tok and c.tok_end < cw and named(c)), None)
    if receiver is None:
        return actor, target
    frm = None
    for k in range(t.b + 1, min(len(toks), t.b + 5)):
        tok = toks[k]
        if tok.kind == "ar" and tok.norm == "من" and not normalize(tok.prefix):
            frm = k
            break
        if tok.kind != "ar" or tok.norm not in _AR_CALL_SKIP:
            break
    caller = None
    if frm is not None:
        caller = next((c for c in cands if frm < c.tok <= frm + 6 and named(c)), None)
        if caller is not None and any(toks[k].kind == "punct" for k in range(frm + 1, caller.tok)):
            caller = None
    if caller is None:
        if actor is not None and (actor is receiver or actor.tok < cw):
            return None, receiver
        return actor, target
    return caller, receiver


_AR_LIBERATE = F._n("تحرير تحريرها تحريره تحريرهما تحريرهم")
_AR_FROM_HAND = F._n("يد ايدي أيدي قبضة سيطرة")


def ar_liberated_from(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 54) «فور إعلان تحريرهما من الميليشيات الحوثية»، «بعد تحريرها من الحوثيين»: the force a place is
    freed from is driven out, never the freer (dev6's «تحرير العراق من تنظيم داعش»: target). An actor at or after
    «من» (or «من يد») within four words after a liberation masdar is dropped and becomes the target when there is
    none before it."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if actor is None or t.type != "ASSAULT" or normalize(_bare(toks[t.a].stem or toks[t.a].norm)) not in _AR_LIBERATE:
        return actor, target
    frm = next((k for k in range(t.b + 1, min(len(toks), t.b + 5)) if toks[k].norm == "من"), None)
    if frm is None or any(toks[k].kind == "punct" for k in range(t.b + 1, frm)) or actor.tok <= frm:
        return actor, target
    first = frm + 1 + (frm + 1 < len(toks) and toks[frm + 1].norm in _AR_FROM_HAND)
    if actor.tok > first + 1 and not any(c.tok == first or c.tok == first + 1 for c in cands):
        return actor, target
    if target is None or target.tok >= actor.tok:
        target = actor if target is None or target.tok > actor.tok_end else target
    return None, target


# (round 55) the unit words between an office and the place or body it serves («مدير شرطة منطقة الرياض»)
_AR_OFFICE_UNIT = F._n("شرطة منطقة محافظة إدارة ادارة فرع مجلس هيئة بلدية أمانة امانة عام")


def _ar_office_of(toks: list[Token], c: Cand) -> int | None:
    """The office word a place or body is the genitive of, «محافظ أملج»، «رئيس الهيئة الملكية»، «مدير شرطة منطقة
    الرياض»: its index, at most three words before the name (unit words between), none of them with a proclitic."""
    if c.start != toks[c.tok].start:
        return None  # «بجدة»، «لمصر»: the name has a proclitic, no genitive of an office
    for j in range(c.tok - 1, max(-1, c.tok - 4), -1):
        tok = toks[j]
        if tok.kind != "ar" or normalize(tok.prefix):
            return None
        if tok.norm in _AR_OFFICE_APPOSITION:  # «الأمين العام إسرائيل»: a definite office governs no genitive
            return None if tok.norm.startswith("ال") else j
        if tok.norm not in _AR_OFFICE_UNIT:
            return None
    return None


def ar_office_holder_actor(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 55) «قام محافظ أملج زياد البازعي بزيارة»، «وأبدى أمين جدة سعادته»، «رأس الأمير سعود رئيس الهيئة
    الملكية اجتماعا»: the place or body an office serves, taken as the actor, is not the one acting; the holder
    is. The actor becomes the person named right after the office's place (titles or an apposition comma between),
    else the person the office stands in apposition to, else the office's own phrase («أمين جدة»)."""
    toks, t, cands, text = ctx.toks, ctx.t, ctx.cands, ctx.text
    if actor is None or actor.etype not in ("GPE", "LOC", "ORG"):
        return actor, target
    j = _ar_office_of(toks, actor)
    if j is None or any(j <= k <= actor.tok_end for k in range(t.a, t.b + 1)):
        return actor, target
    while j > 0 and not t.a <= j - 1 <= t.b:  # «مساعد مدير شرطة ...»، «نائب رئيس ...»: the whole office
        prev = toks[j - 1]
        if prev.kind != "ar" or normalize(prev.prefix) or prev.norm not in _AR_OFFICE_APPOSITION:
            break
        j -= 1
    holder = None
    for c in cands:  # the holder named after the office: «محافظ أملج زياد بن عبدالمحسن»، «... الدكتور X»
        if c.etype != "PERSON" or not actor.tok_end < c.tok <= actor.tok_end + 3 or c.tok >= t.a > actor.tok_end:
            continue
        gap = range(actor.tok_end + 1, c.tok)
        apposed = lambda g: toks[g].text in ("،", ",") or (toks[g].kind == "ar" and _ar_title_before(toks, g + 1))  # noqa: E731
        if all(apposed(g) for g in gap):  # titles or the comma of an apposition («وزير وزارة النقل، حمد ...»)
            holder = c
            break
    if holder is None:  # «الأمير سعود بن عبدالله رئيس الهيئة الملكية»: the person before the office
        holder = next((c for c in cands if c.etype == "PERSON" and c.tok_end == j - 1), None)
    if holder is None:
        holder = _phrase_cand(toks, text, toks[j].start, j, actor.tok_end, "PERSON")
    if t.kind == "noun" and j == t.b + 1 and target is not None and target.tok == holder.tok:
        return None, target  # «لقاء رئيس اللجنة عمر المهنا»: the masdar's genitive, already its partner
    if target is not None and (target.tok == holder.tok or target is actor):
        target = None
    return holder, target


# ---------------------------------------------------------------- (round 56) a VSO subject behind a long title
# the words with a proclitic a title may hold: «لشؤون الحج»، «بمنطقة عسير»، «بجامعة القصيم» (not «بمكتبه»: a place
# of the act, after which a titled name is the object)
_AR_TITLE_CLITIC_WORDS = F._n(
    "لشؤون للشؤون بمنطقة بالمنطقة بمحافظة بالمحافظة بمدينة بجامعة بالجامعة بوزارة بالوزارة بإمارة بالإمارة "
    "بشرطة بفرع"
)
_AR_ABBREVIATED_TITLES = F._n("د م أ ا")  # «د. مفرج»، «م.عبدالله»، «أ. سعد»
_AR_TITLE_HEADS = _AR_OFFICE_WORDS | F._n("خادم إمام امام خطيب صاحب الأمين الامين المدير الرئيس")
_AR_OPENERS = F._n("وقد قد لقد فقد كما ثم فيما حيث وكان كان")


def _ar_clause_opening(toks: list[Token], t: Trig) -> bool:
    """The verb opens its clause (nothing before it could be its subject): the text's or a sentence's start,
    punctuation, an opener (وقد، كما، ثم ...), or a و / ف on the verb itself."""
    if t.a == 0 or normalize(toks[t.a].prefix)[:1] in ("و", "ف"):
        return True
    prev = toks[t.a - 1]
    if prev.kind == "punct" or prev.norm in _AR_OPENERS:
        return True
    # «واستقبل» the tokenizer left whole: a conjunction, unless a noun right before could be the subject
    return toks[t.a].norm[:1] in ("و", "ف") and prev.kind == "ar" and not prev.norm.startswith("ال")


def ar_subject_behind_title(
    toks: list[Token], t: Trig, cands: list[Cand], event_word: EventWord
) -> tuple[Cand, int] | None:
    """(round 56) The person named behind a title chain right after a clause-opening verb that the titled-subject
    rule (`ar_titled_subject`) does not pass, and the chain's first index: «استقبل خادم الحرمين الشريفين الملك
    سلمان» (a dual in -ين), «استقبل وزير العمل د. مفرج الحقباني» (an abbreviated title and its dot), «ناقش وكيل
    وزارة الحج لشؤون الحج الدكتور حسين الشريف» (a title word with a proclitic), «نائب ... صاحب السمو الملكي، الأمير
    محمد» (a comma before a title). The chain starts with an office or title word, holds nouns, titles and the
    names of places or bodies (their genitives), no other event word, preposition or punctuation, and ends with a
    title or an abbreviation right before the person."""
    if t.kind != "verb" or t.a != t.b or not _ar_clause_opening(toks, t):
        return None
    i = t.b + 1
    if i < len(toks) and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    if i >= len(toks) or toks[i].norm not in _AR_TITLE_HEADS:
        return None
    at = {c.tok: c for c in cands}
    beyond = False  # the chain holds something `ar_titled_subject` stops on
    k = i
    while k < len(toks) and k - i < 18:
        tok, c = toks[k], at.get(k)
        if c is not None and k > i:
            if c.etype == "PERSON" and c.sector is None:
                prev = toks[k - 1]
                titled = (prev.kind == "ar" and prev.norm in _AR_TITLES) or (
                    prev.text == "." and toks[k - 2].norm in _AR_ABBREVIATED_TITLES
                )
                # not after a nisba: «التقى خادم الحرمين الشريفين الرئيس الفرنسي فرانسوا هولاند» names the object
                return (c, i) if titled and beyond else None
            if c.etype not in ("GPE", "LOC", "ORG", "FAC") and c.sector is None:
                return None
            clitic = normalize(tok.prefix)
            if normalize(tok.text) in _AR_TITLE_CLITIC_WORDS:  # «لشؤون الحج» tagged as a body
                clitic, beyond = "", True
            if any(ch in clitic for ch in "لك"):
                return None
            beyond = beyond or "ب" in clitic  # «المسجد الحرام بمكة المكرمة»
            k = c.tok_end + 1
            continue
        if tok.text == "." and k > i and toks[k - 1].norm in _AR_ABBREVIATED_TITLES and tok.start == toks[k - 1].end:
            beyond = True
            k += 1
            continue
        if tok.text in ("،", ",") and k + 1 < len(toks) and toks[k + 1].norm in _AR_TITLES:
            beyond = True  # «صاحب السمو الملكي، الأمير محمد»
            k += 1
            continue
        if tok.kind != "ar" or tok.norm in _AR_CHAIN_STOP or (tok.norm in _AR_NOT_SUBJECT and tok.norm != "العام"):
            return None
        if normalize(tok.text) in _AR_TITLE_CLITIC_WORDS:
            beyond = True
        elif any(ch in normalize(tok.prefix) for ch in "بلك"):
            return None
        elif tok.norm.endswith("ين"):
            beyond = True  # «خادم الحرمين الشريفين»
        if event_word(tok) and tok.norm not in _AR_TITLE_HEADS and toks[k - 1].norm not in _AR_OFFICE_WORDS:
            return None  # «أدان وزير ... اغتيال الشيخ X»: the object's event; «وزير الدفاع» stays a title
        k += 1
    return None


def ar_titled_vso_subject(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 56) The person behind a long title right after a clause-opening verb (`ar_subject_behind_title`) is
    the actor, when no actor was found before the verb: it fills a missing actor and replaces one taken from inside
    the title («وزارة الحج» of «وكيل وزارة الحج لشؤون الحج الدكتور ...») or from after it; a target inside the
    title or on the person is dropped."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if actor is not None and actor.tok < t.a:
        return actor, target
    found = ar_subject_behind_title(toks, t, cands, event_word)
    if found is None:
        return actor, target
    person, first = found
    if target is not None and first <= target.tok <= person.tok_end:
        target = None
    return person, target


# ---------------------------------------------------------------- (round 60) the accused is the doer
# a charge: «اتهام / اتهامات / تهمة / تهم»، «لائحة اتهام»، «بتهمة»، «من متهمي» (read without و / ف / ب / ل)
_AR_CHARGE_WORDS = F._n("اتهام الاتهام اتهامات الاتهامات تهمه التهمه تهم التهم متهمي")
# «وجه / وجهت الاتهام إلى X»، «ووجهت إلى X تهم»: X is charged
_AR_CHARGE_LAY = F._n("وجه وجهت يوجه توجه وجهوا وجهها ووجه ووجهت")
# «يواجه X اتهامات»، «ويواجهون اتهامات»: the subject faces the charge
_AR_CHARGE_FACE = F._n("واجه واجهت واجهوا يواجه تواجه يواجهون يواجهان تواجهان ويواجه وتواجه ويواجهون")
# «أحكاما بالإعدام على X ... بتهمة»، «القبض على X بتهمة»: a sentence or an arrest falls on X
_AR_SENTENCE_WORDS = F._n("حكم حكما الحكم احكام احكاما الاحكام الاعدام بالاعدام السجن بالسجن القبض")
_AR_ACCUSED_NOT = F._n("ها هم هما هن ه هو هي له لها لهم لهما اليه اليها اليهم الي علي عليه عليها عليهم")


def _ar_charge_plain(tok: Token) -> str:
    """The word without a conjunction and a preposition joined to it («وبتهمة» → «تهمه»)."""
    w = tok.norm
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if w[:1] in "بل" and len(w) > 3 and w[1:] in _AR_CHARGE_WORDS:
        w = w[1:]
    return w


def _ar_accused_np(
    toks: list[Token], k: int, hi: int, cands: list[Cand], text: str, event_word: EventWord
) -> Cand | None:
    """The accused named at k (before hi): a candidate, a counted noun («خمسة نيباليين»), a bare noun phrase
    («الساعدي»), or a name with the preposition ل joined («لروف»). Never a pronoun («إليه»، «لها»)."""
    if k >= hi or k >= len(toks) or toks[k].kind != "ar" or toks[k].norm in _AR_ACCUSED_NOT:
        return None
    c = next((c for c in cands if c.tok == k), None)
    if c is not None:
        return c if c.tok_end < hi else None
    if any(c.tok <= k <= c.tok_end for c in cands):
        return None
    counted = _ar_counted_np(toks, k, cands, text, event_word)
    if counted is not None and counted.tok_end < hi:
        return counted
    w = toks[k]
    if not normalize(w.prefix) and w.norm[:1] == "ل" and w.norm[1:2] != "ل" and len(w.norm) >= 4:
        if event_word(w) or w.norm[1:] in _AR_ACCUSED_NOT:
            return None
        return _phrase_cand(toks, text, w.start + 1, k, k)  # «الاتهام لروف»: ل + a name
    return _ar_bare_np(toks, k, hi, cands, text, event_word)


def _ar_accused_of_charge(
    toks: list[Token], c: int, hi: int, cands: list[Cand], text: str, event_word: EventWord
) -> Cand | None:
    """Who the charge word at c falls on: «الاتهام لـX»، «اتهام إلى X» after it; «وجهت إلى X تهم»، «يواجه X
    اتهامات»، «أن X ... ويواجهون اتهامات»، «أحكاما بالإعدام على X، بتهمة»، «X من متهمي» before it."""

    def stop(k: int) -> bool:
        return toks[k].kind == "punct" and toks[k].text not in _AR_QUOTE_MARKS and toks[k].text not in "،,"

    if c + 1 < hi:
        nxt = toks[c + 1]
        if nxt.norm in ("الي", "الى", "ل") and not normalize(nxt.prefix):
            return _ar_accused_np(toks, c + 2, hi, cands, text, event_word)
        if nxt.norm[:1] == "ل" or normalize(nxt.prefix) == "ل":
            return _ar_accused_np(toks, c + 1, hi, cands, text, event_word)
    if _ar_charge_plain(toks[c]) == "متهمي" and c > 1 and toks[c - 1].norm == "من":
        for s in range(c - 2, max(-1, c - 5), -1):  # «11 متهماً من متهمي تفجير»
            np = _ar_counted_np(toks, s, cands, text, event_word)
            if np is not None and np.tok_end == c - 2:
                return np
        return None
    for j in range(c - 1, max(-1, c - 8), -1):
        if stop(j):
            return None
        w = toks[j].norm
        if w in _AR_CHARGE_LAY:
            for k in range(j + 1, c):
                if toks[k].norm in ("الي", "الى") and not normalize(toks[k].prefix):
                    return _ar_accused_np(toks, k + 1, c, cands, text, event_word)
            return None
        if w in _AR_CHARGE_FACE:
            if j + 1 < c:
                return _ar_accused_np(toks, j + 1, c, cands, text, event_word)
            for o in range(j - 1, max(-1, j - 8), -1):  # «إن خمسة نيباليين ألقي القبض عليهم ويواجهون»
                if stop(o) or toks[o].norm in ("،", ","):
                    return None
                if toks[o].norm in _AR_SUBJ_OPEN:
                    return _ar_accused_np(toks, o + 1, j, cands, text, event_word)
            return None
        if w == "علي" and not normalize(toks[j].prefix):
            if any(
                _ar_charge_plain(toks[m]) in _AR_SENTENCE_WORDS or toks[m].norm in _AR_SENTENCE_WORDS
                for m in range(max(0, j - 3), j)
            ):
                np = _ar_accused_np(toks, j + 1, c, cands, text, event_word)
                # the one sentenced, right before the charge (a comma between at most)
                if np is not None and all(toks[m].text in "،," for m in range(np.tok_end + 1, c)):
                    return np
            return None
    return None

# (round 61) the verbs and nouns of arrest, detention and trial whose object stands right before «بتهمة»
_AR_ARREST_STEMS = F._n(
    "ضبط ضبطت ضبطوا اوقف اوقفت اوقفوا توقيف اعتقل اعتقلت اعتقلوا اعتقال احتجز احتجزت احتجزوا احتجاز "
    "يضبط تضبط يوقف توقف يعتقل تعتقل يحتجز تحتجز محاكمه"
)


def _ar_arrested_before_charge(
    toks: list[Token], c: int, cands: list[Cand], text: str, event_word: EventWord
) -> Cand | None:
    """(round 61) «وضبطت الدوريات الأمنية وافدا بتهمة سرقة»، «اعتقال ناشط بتهمة»: the one arrested, detained or
    tried, named right before «بتهمة / بتهم» (a candidate, a counted noun or one indefinite noun) with the arrest
    word at most five words before it (no punctuation between)."""
    if toks[c].norm[:1] != "ب" or c < 2:
        return None
    np = next((x for x in cands if x.tok_end == c - 1), None)
    if np is None:
        for s in range(c - 1, max(-1, c - 4), -1):
            counted = _ar_counted_np(toks, s, cands, text, event_word)
            if counted is not None and counted.tok_end == c - 1:
                np = counted
                break
    if np is None:
        w = toks[c - 1]
        if not _ar_plain_word(w, event_word) or w.norm.startswith("ال") or any(
            x.tok <= c - 1 <= x.tok_end for x in cands
        ):
            return None
        i = c - 1
        while (
            i - 1 >= 0
            and c - i < 3
            and (_ar_nisba_adj(toks[i]) or toks[i].norm.endswith("يا") and not toks[i].norm.startswith("ال"))
            and _ar_plain_word(toks[i - 1], event_word)
            and not toks[i - 1].norm.startswith("ال")
        ):
            i -= 1  # «شخصاً آسيويا»: the noun and its nisba adjective
        np = _phrase_cand(toks, text, toks[i].start, i, c - 1)
    if normalize(toks[np.tok].prefix) or (np.tok > 0 and toks[np.tok - 1].norm in _AR_PP):
        return None  # «في الرياض بتهمة»: a place, no object
    for k in range(np.tok - 1, max(-1, np.tok - 6), -1):
        if toks[k].kind == "punct":
            return None
        w = toks[k].norm
        if w in _AR_ARREST_STEMS or (w[:1] in "وف" and w[1:] in _AR_ARREST_STEMS):
            return np
    return None


def ar_charged_doer(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 60) «ويواجه الساعدي عدة اتهامات من بينها قتل لاعب»، «وجه الاتهام لروف باستخدام سلاح في عمليات
    القتل»، «ويواجهون اتهامات بقتل صبي»، «أحكاما بالإعدام على خمسة أشخاص، بتهمة دعم الإرهاب»: the act a charge
    names was done (so the charge says) by the one charged. An act without an actor whose trigger follows a charge
    word (at most seven words before it, no sentence mark between) takes as its actor the one the charge falls on
    (`_ar_accused_of_charge`); an actor named before the charge word (the police, the prosecution that charges:
    «وألقت الشرطة القبض على مواطن بتهمة قتل») is replaced by it. Not the charge, the arrest or the trial
    themselves (ACCUSE, COERCE): their doer is the authority."""
    toks, t, cands, event_word = ctx.toks, ctx.t, ctx.cands, ctx.event_word
    if t.type in ("ACCUSE", "COERCE"):
        return actor, target
    a = min(k for k in (t.a, t.head, t.lead) if k is not None)
    for c in range(a - 1, max(-1, a - 8), -1):
        if toks[c].kind == "punct" and toks[c].text not in _AR_QUOTE_MARKS:
            break
        if _ar_charge_plain(toks[c]) not in _AR_CHARGE_WORDS:
            continue
        if actor is not None and actor.tok_end >= c:
            return actor, target  # an actor after the charge word is the act's own
        accused = _ar_accused_of_charge(toks, c, a, cands, ctx.text, event_word)
        accused = accused or _ar_arrested_before_charge(toks, c, cands, ctx.text, event_word)
        if accused is None or (target is not None and target.tok <= accused.tok <= target.tok_end):
            return actor, target
        if actor is not None and actor.tok >= accused.tok:
            return actor, target  # «ويواجه المتهم سامي الحربي اتهامات»: the name in the accused's phrase
        return accused, target
    return actor, target


# ---------------------------------------------------------------- (round 61) a verb of aspect or will before a masdar
def _ar_verb_forms(past: str, present: str, plural_past: str = "", plural_present: str = "") -> set[str]:
    """A verb's third-person forms: the past (he, she), the present (he, she, and with the future «س»), the
    plurals when given."""
    forms = {past, past + "ت", "ي" + present, "ت" + present, "سي" + present, "ست" + present}
    if plural_past:
        forms |= {plural_past, "ي" + plural_present, "سي" + plural_present}
    return {normalize(f) for f in forms}


# The verb of aspect or will whose subject does the deed of the masdar after it, with the preposition that joins
# them ("" the masdar is the verb's object, "ب" joined to the masdar): «ستستمر في دعم»، «سيقوم ... بفرض»،
# «أقدموا على إعدام»، «لم يتورعوا عن قتل»، «أعربت ... عن تأييدها»، «بدأ ... في توزيع»، «تمكنت الشرطة من ضبط».
# Not the verbs of opinion (أدان، عارض: `ar_governed_masdar`) nor of appeal (طالب، دعا): their subject is not
# the doer.
_AR_ASPECT_VERBS: dict[str, frozenset[str]] = {}
for _forms, _preps in (
    (_ar_verb_forms("استمر", "ستمر", "استمروا", "ستمرون"), ("في",)),
    (_ar_verb_forms("واصل", "واصل", "واصلوا", "واصلون"), ("",)),
    (_ar_verb_forms("استانف", "ستانف", "استانفوا", "ستانفون"), ("",)),
    (_ar_verb_forms("بدا", "بدا", "بداوا", "بداون"), ("في",)),  # not بـ: «تبدأ الفعالية ... بلقاء» (begins with)
    (_ar_verb_forms("شرع", "شرع", "شرعوا", "شرعون"), ("في",)),
    (_ar_verb_forms("قام", "قوم", "قاموا", "قومون"), ("ب",)),
    (_ar_verb_forms("اقدم", "قدم", "اقدموا", "قدمون"), ("علي",)),
    (_ar_verb_forms("تورع", "تورع", "تورعوا", "تورعون") | {"يتورعوا", "تتورعوا"}, ("عن",)),
    (_ar_verb_forms("تواني", "تواني") | {"تتوان", "يتوان", "تواني", "يتوانوا", "تتوانوا"}, ("في", "عن")),
    (_ar_verb_forms("اعرب", "عرب", "اعربوا", "عربون"), ("عن",)),
    (_ar_verb_forms("اعلن", "علن", "اعلنوا", "علنون"), ("+",)),
    (_ar_verb_forms("ابدي", "بدي", "ابدوا", "بدون"), ("+",)),
    (_ar_verb_forms("عزم", "عزم", "عزموا", "عزمون"), ("علي",)),
    (_ar_verb_forms("اعتزم", "عتزم", "اعتزموا", "عتزمون"), ("",)),
    (_ar_verb_forms("حاول", "حاول", "حاولوا", "حاولون"), ("",)),
    (_ar_verb_forms("تمكن", "تمكن", "تمكنوا", "تمكنون"), ("من",)),
    (_ar_verb_forms("استطاع", "ستطيع", "استطاعوا", "ستطيعون"), ("",)),
    (_ar_verb_forms("تعهد", "تعهد", "تعهدوا", "تعهدون"), ("ب",)),
    (_ar_verb_forms("امتنع", "متنع", "امتنعوا", "متنعون"), ("عن",)),
):
    for _f in _forms:
        _AR_ASPECT_VERBS[_f] = frozenset(_preps)
# the particles of negation, tense and emphasis between the subject and the verb: «أن المملكة لم تعلن»
_AR_VERB_PARTICLES = F._n("لم لن قد لقد لا ما سوف")
# adverbs right after the verb: «ستستمر دومًا في»، «لم تعلن حتى الساعة»; such a word is no subject
_AR_ASPECT_ADVERBS = F._n(
    "دوما دائما ابدا أبدا ايضا أيضا كذلك حتى الساعة الآن الان مجددا مجدداً فعلا فعلاً بالفعل اليوم امس أمس غدا"
)


def _ar_aspect_verb(tok: Token) -> frozenset[str] | None:
    """The prepositions a verb of aspect or will takes before its masdar, or None for another word."""
    w = tok.norm
    if w not in _AR_ASPECT_VERBS and w[:1] in "وف":
        w = w[1:]
    return _AR_ASPECT_VERBS.get(w)


def _ar_subject_before_verb(toks: list[Token], v: int, cands: list[Cand], text: str, event_word: EventWord) -> Cand | None:
    """The subject told before the verb at v: the noun phrase after «أن / إن / بأن / كان» right before it
    («أن المملكة ستستمر»، «أن كتلة «الإخوان المسلمين» لم تعلن»), or the head of the relative clause the verb opens
    («عناصر هذه الفئة الضالة الذين لم يتورعوا»). Particles of negation and tense (لم، لن، قد) may stand between."""
    k = v - 1
    while k >= 0 and toks[k].norm in _AR_VERB_PARTICLES:
        k -= 1
    if k < 1:
        return None
    if toks[k].norm in _AR_REL_PRON:
        head = next((c for c in cands if c.tok_end == k - 1), None)
        if head is not None:
            return head
        s = k - 1
        while s - 1 >= 0 and k - s < 3 and _ar_plain_word(toks[s - 1], event_word) and toks[s - 1].norm.startswith("ال"):
            s -= 1
        if not (_ar_plain_word(toks[s], event_word) and toks[s].norm.startswith("ال")):
            return None
        return _phrase_cand(toks, text, toks[s].start, s, k - 1)
    for o in range(k - 1, max(-1, k - 6), -1):
        if toks[o].kind == "punct" and toks[o].text not in _AR_QUOTE_MARKS:
            return None
        if toks[o].norm in _AR_SUBJ_OPEN:
            if o + 1 > k or event_word(toks[o + 1]):
                return None
            c = _cand_at(cands, o + 1)
            if c is not None and c.tok_end <= k:
                return c
            if not _ar_plain_word(toks[o + 1], event_word):
                return None
            return _phrase_cand(toks, text, toks[o + 1].start, o + 1, k)
    return None


def ar_aspect_verb_subject(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 61) «أن المملكة ستستمر دومًا في دعم القضية»، «سيقوم ويب بفرض العقوبات»، «بدأ برنامج الأغذية العالمي
    ... في توزيع»، «أعربت كتل وتيارات سياسية ... عن تأييدها»، «الذين لم يتورعوا عن قتل المصلين»: a masdar that is
    the object of a verb of aspect or will (`_AR_ASPECT_VERBS`, with the preposition the verb takes) is done by
    the verb's subject. An event noun without an actor whose governing verb stands at most twelve words before it
    (no sentence mark or comma between) takes as its actor the verb's subject: before the verb
    (`_ar_subject_before_verb`), else the candidate or bare noun phrase right after it (no adverb: «ستستمر دومًا»).
    «أعلن / أبدى» only with a masdar carrying its possessive («لم تعلن دعمها»، «أبدى رفضه»)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if actor is not None or toks[t.a].kind != "ar":
        return actor, target
    m = min(k for k in (t.a, t.head, t.lead) if k is not None)  # «بفرض العقوبات»: the light masdar first
    if m < 2:
        return actor, target
    w = toks[m].norm
    if toks[m - 1].norm in ("في", "علي", "عن", "من", "الي"):
        prep, g = toks[m - 1].norm, m - 2  # a word after a preposition is a masdar («في دعم»), whatever its kind
    elif w[:1] == "ب" and toks[m].text[:1] == "ب":
        prep, g = "ب", m - 1
    else:
        own = w.endswith(_AR_OBJECT_CLITIC) and toks[m].text[-1:] != "ة"  # «دعمها», not «عملية» (ة reads ه)
        prep, g = ("+" if own else ""), m - 1
    if (t.kind != "noun" and prep in ("", "ب")) or (prep in ("", "+") and toks[m].text[:1] == "ل"):
        return actor, target  # «لضبط»: a purpose, no object  # «واصل الجيش قصف»: an unvoweled verb may open a clause of its own
    for v in range(g, max(-1, g - 12), -1):
        tk = toks[v]
        if tk.kind == "punct" and tk.text not in _AR_QUOTE_MARKS:
            return actor, target
        bare = tk.norm[1:] if tk.norm[:1] in "وف" else tk.norm
        if bare in F.AR_BOUNDARY or tk.norm in F.AR_BOUNDARY:
            return actor, target
        preps = _ar_aspect_verb(tk)
        if preps is None:
            continue
        if prep not in preps and not (prep == "+" and "" in preps):
            return actor, target
        subj = _ar_subject_before_verb(toks, v, cands, text, event_word)
        if prep in ("", "+") and any(toks[k].norm not in _AR_ASPECT_ADVERBS for k in range(v + 1, m)):
            if subj is not None:
                return actor, target  # «أن فرق التفتيش ستواصل حملاتها ... لضبط»: the verb has another object
            # else the masdar must follow the verb's subject (below)
        if subj is None and v + 1 <= g and toks[v + 1].norm not in _AR_ASPECT_ADVERBS:
            if prep in ("", "+"):
                subj = _ar_bare_np(toks, v + 1, m, cands, text, event_word)
                if subj is not None and (
                    subj.tok_end != m - 1
                    or (subj.ent is None and any(not toks[k].norm.startswith("ال") for k in range(subj.tok + 1, m)))
                ):
                    subj = None  # the masdar right after the subject, a head and its adjectives («حفيده أخذ»: no)
            else:
                c = _cand_at(cands, v + 1)
                if c is not None and not normalize(toks[v + 1].prefix):
                    subj = c if c.tok_end <= g else None
                else:
                    subj = _ar_bare_np(toks, v + 1, g + 1, cands, text, event_word)
        if subj is None or (target is not None and target.tok <= subj.tok <= target.tok_end):
            return actor, target
        return subj, target
    return actor, target


# (round 62) «الهجوم استهدف ...»، «الهجمات التي استهدفت ...»: the verb «استهدف» the attack noun's trigger reaches
# (its `tail`), not followed by an object pronoun («استهدفها»: the object stood before)
_AR_AIMED_VERB = F._n("استهدف استهدفت استهدفا استهدفتا استهدفوا يستهدف تستهدف يستهدفان تستهدفان يستهدفون")
# the attack nouns «استهدف» may follow
_AR_AIMED_NOUN = _AR_ATTACK_NOUN | F._n(
    "انفجار الانفجار انفجارات الانفجارات تفجير التفجير تفجيرات التفجيرات اعتداء الاعتداء اعتداءات الاعتداءات"
)


_AR_AIMED_END_WORD = F._n(
    "قرب عند داخل خارج امام أمام خلف شمال جنوب شرق غرب وسط بين نحو شمالي جنوبي شرقي غربي منذ خلال عبر "
    "بعد قبل أثناء اثناء حيث حين عندما اليوم أمس امس مساء صباح صباحا"
)
_AR_AIMED_REL = F._n("التي الذي الذين اللتين اللذين اللتان اللذان")


def _ar_aimed_relative_head(ctx: RoleContext) -> Cand | None:
    """«السيارات التي استهدفتها التفجيرات»، «المسجد الذي استهدفه الهجوم»: a trigger that opens with «استهدف» and
    its object pronoun in a relative clause, the attack noun after it; the attacked is the relative's head (a
    candidate ending before the relative word, else the one definite word there)."""
    toks, t = ctx.toks, ctx.t
    w = toks[t.a].norm
    r = t.a - 1
    if (
        r < 1
        or normalize(toks[t.a].prefix)
        or not w.startswith(("استهدف", "يستهدف", "تستهدف"))
        or not w.endswith(("ه", "ها", "هم", "هما"))
        or toks[r].norm not in _AR_AIMED_REL
        or toks[t.b].norm not in _AR_AIMED_NOUN
    ):
        return None
    c = next((c for c in ctx.cands if c.tok_end == r - 1), None)
    if c is not None:
        return c
    h = toks[r - 1]
    if h.kind != "ar" or not h.norm.startswith("ال") or not _ar_plain_word(h, ctx.event_word):
        return None
    return _phrase_cand(toks, ctx.text, h.start, r - 1, r - 1)


def ar_aimed_object(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 62) An attack noun whose trigger reaches the verb «استهدف» after it («الهجوم استهدف على ما يبدو
    سيارتين مصفحتين»، «الهجمات الإرهابية التي استهدفت تركيا»، «انفجار استهدف دورية»): the verb's object is the
    attack's target. Only fills a target where none was found, and only in the verb's clause: a candidate or a
    bare noun phrase (a counted one included) right after the verb, past «على ما يبدو» and time adverbs."""
    toks, t = ctx.toks, ctx.t
    if target is not None or t.type != "ASSAULT":
        return actor, target
    head = _ar_aimed_relative_head(ctx)
    if head is not None:
        return actor, head
    # the verb is the trigger's last word («الهجوم استهدف»، «الهجمات التي استهدفت») or the noun's tail
    v = t.tail if t.tail is not None else t.b
    if v <= t.a or v >= len(toks) or toks[v].norm not in _AR_AIMED_VERB or normalize(toks[v].prefix):
        return actor, target
    if toks[t.a].norm not in _AR_AIMED_NOUN or v - t.a > 4:
        return actor, target  # an attack noun, not a killing verb («قتل ثلاثة في هجوم استهدف»)
    hi = _ar_clause_end(toks, v + 1, v + 12)
    i = v + 1
    while i < hi:  # what may stand between the verb and its object: «أمس»، «أيضا»، «على ما يبدو»
        if toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
            i += 1
        elif [x.norm for x in toks[i : i + 3]] == ["علي", "ما", "يبدو"]:
            i += 3
        else:
            break
    if i >= hi:
        return actor, target
    obj = _ar_counted_np(toks, i, ctx.cands, ctx.text, ctx.event_word) or _ar_bare_np(
        toks, i, hi, ctx.cands, ctx.text, ctx.event_word
    )
    if obj is None or (actor is not None and actor.tok <= obj.tok <= actor.tok_end):
        return actor, target
    if obj.ent is not None or _cand_at(ctx.cands, obj.tok) is obj:
        return actor, obj
    # «حافلتين عسكريتين قرب الجسر»، «المصلين منذ بداية العام»: a word of place or time ends the object
    j = next((k - 1 for k in range(obj.tok + 1, obj.tok_end + 1) if toks[k].norm in _AR_AIMED_END_WORD), obj.tok_end)
    c = _cand_at(ctx.cands, j + 1)
    if c is not None and c.tok_end < hi and not normalize(toks[j + 1].prefix):
        j = c.tok_end  # the named genitive of a bare head: «مسجد قوات الطوارئ الخاصة»
    return actor, (obj if j == obj.tok_end else _phrase_cand(toks, ctx.text, obj.start, obj.tok, j))


# ---------------------------------------------------------------- (round 63) the attacked site in an attack noun's genitive
# masdars of attack whose genitive is the thing attacked unless it names a force («قصف الطيران»): «قصف مستشفى»،
# «استهداف مقر الحزب»، «اقتحام السفارة»، «تفجير برجي مركز التجارة»
_AR_SITE_OBJECT_MASDAR = F._n(
    "تفجير التفجير قصف القصف استهداف الاستهداف اقتحام الاقتحام مهاجمة المهاجمة تدمير التدمير إحراق احراق "
    "الإحراق الاحراق حرق الحرق نسف النسف مداهمة المداهمة دهم الدهم"
)
# attack nouns whose genitive is as often the doer («هجوم المسلحين»، «هجمات داعش»): only a site or a named
# facility or region after them is the attacked («هجوم مطار أتاتورك»، «هجمات مستشفى»)
_AR_SITE_ONLY_MASDAR = F._n(
    "هجوم الهجوم هجمات الهجمات اعتداء الاعتداء اعتداءات الاعتداءات تفجيرات التفجيرات"
)
# common nouns of a place, a building, a facility or a vehicle: in an attack noun's genitive they were hit
_AR_ATTACK_SITE = F._n(
    "مسجد مسجدي مساجد جامع جوامع كنيسة كنيستي كنائس معبد معابد حسينية حسينيات مستشفى مستشفي مستشفيات مشفى "
    "مستوصف مدرسة مدرستي مدارس جامعة سفارة السفارة سفارات قنصلية القنصلية مقر المقر مقرات مقار مبنى المبنى "
    "مبنيي مباني برج برجي أبراج ابراج فندق الفندق مطار المطار مطاري ميناء سوق السوق أسواق اسواق محطة المحطة "
    "جسر معسكر المعسكر معسكرات قاعدة ثكنة ثكنات منزل المنزل منازل المنازل بيت بيوت مخيم المخيم مخيمات مركز "
    "المركز مراكز مواقع موقع حاجز نقطة مصنع منشأة منشاة منشآت منشات مجمع محكمة المحكمة سجن السجن مخفر مكتب "
    "مكاتب مقهى مطعم ملعب حي أحياء احياء قرية قرى بلدة مدينة محافظة مستودع مستودعات مخازن"
    " مناطق"  # (round 71) «بقصف مناطق سكانية»: only with a word of dwelling after it (`_AR_AREA_DWELT`)
)
# (round 71) «مناطق» is a site only where people live: «استهداف المناطق غير المخدومة» (a service's plan), «استهداف
# مناطق فوق مقاومة 12،000 نقطة» (a market's) are no attack (firing audit)
_AR_AREAS = F._n("مناطق")
_AR_AREA_DWELT = F._n("سكنية سكانية مأهولة مدنية آهلة السكنية السكانية المأهولة المدنية الآهلة") | F._n(
    "سيارة سيارات حافلة حافلات قافلة موكب سفينة ناقلة طائرة مروحية قطار دبابة دبابات مدرعة مدرعات آلية آليات اليات"
)
# the vehicles among them: after بـ a vehicle is the means («الهجوم بسيارة»), not the place
_AR_ATTACK_VEHICLE = F._n(
    "سيارة سيارات حافلة حافلات قافلة موكب سفينة ناقلة طائرة مروحية قطار دبابة دبابات مدرعة مدرعات آلية آليات اليات"
)
# a vehicle told as the bomb itself: «تفجير سيارة مفخخة» (the instrument, not the target)
# where the wounded are treated («المصابين بالتفجير بمستشفى»), and the casualties an attack noun may follow: after
# بـ / في these are no site of the attack
_AR_CARE_SITE = F._n("مستشفى مستشفي مستشفيات مشفى مستوصف")
_AR_CASUALTY_HEAD = F._n("مصابي مصابو ضحايا جرحى جرحي قتلى قتلي شهداء ضحية مصاب مصابين المصابين")
# «مواقع التواصل الاجتماعي»، «موقع إلكتروني»: a web site, no place
_AR_WEB_WORDS = F._n("التواصل الإنترنت الانترنت الإلكتروني الالكتروني إلكتروني الكتروني إلكترونية الكترونية الويب")
_AR_BOMB_ADJ = F._n("مفخخة مفخخه ملغمة ملغومة مفخختين مفخخات")
# a named genitive of these types is a place attacked; an agent noun in front of it makes it a force
_AR_SITE_TYPES = frozenset({"FAC", "LOC", "GPE"})
_AR_AGENT_NOUN = F._n(
    "طيران الطيران طائرات الطائرات مقاتلات المقاتلات قوات القوات جيش الجيش مسلحي المسلحين مسلحين ميليشيات "
    "ميليشيا مليشيات مليشيا الميليشيات المليشيات عناصر العناصر تنظيم التنظيم جماعة الجماعة حركة الحركة "
    "البحرية بحرية المدفعية مدفعية قناصة القناصة التحالف الاحتلال النظام المتمردين الإرهابيين الارهابيين"
)
_AR_REFLEXIVE = F._n("نفسه نفسها أنفسهم انفسهم")


def _ar_site_masdar(tok: Token) -> tuple[str, bool] | None:
    """The attack masdar of `tok` bare of و / ف / ب / ل and whether its genitive is always the object (True: «قصف»،
    «استهداف») or only when it is a site (False: «هجوم»، «اعتداء»); None for another word."""
    w = tok.norm
    for cut in (0, 1, 2):
        if cut and not all(ch in "وفبل" for ch in w[:cut]):
            break
        bare = w[cut:]
        if bare in _AR_SITE_OBJECT_MASDAR:
            return bare, True
        if bare in _AR_SITE_ONLY_MASDAR:
            return bare, False
    return None


def _ar_site_norm(w: str, nouns: frozenset[str] = _AR_ATTACK_SITE) -> bool:
    """A common noun of `nouns` (by default every site), bare or with the article."""
    return w in nouns or (w.startswith("ال") and w[2:] in nouns)


def _ar_site_phrase_end(toks: list[Token], i: int, cands: list[Cand], event_word: EventWord) -> int:
    """The last token of the site phrase that opens at i: a name right after its head («مسجد قوات الطوارئ»،
    «برجي مركز التجارة العالمي»), else up to three words of its genitive chain or adjectives, definite or a bare
    construct noun before a definite word or a name («السفارة السعودية»، «مسجد الإمام علي»، «مسجد إدارة
    الطوارئ»), cut at a word of time or place and at any proclitic."""
    end = i
    while end + 1 < len(toks) and end - i < 5:
        k = end + 1
        x = toks[k]
        if normalize(x.prefix) or x.kind != "ar" or x.norm in _AR_OBJ_STOP:
            break  # «إلى»، «التي» look definite
        if x.text == "على":
            break  # (round 71) the preposition, spelled with alef maqsura: normalized it is the name «علي» («قصف
            # أحياء سكنية على الرغم من» ran on over «على الرغم»)
        c = _cand_at(cands, k)
        if c is not None:
            end = c.tok_end
            continue
        if any(c2.tok < k <= c2.tok_end for c2 in cands):
            break
        y = toks[k + 1] if k + 1 < len(toks) else None
        if (
            not x.norm.startswith("ال")
            and y is not None
            and y.kind == "ar"
            and not normalize(y.prefix)
            and (
                (y.norm.startswith("ال") and y.norm not in _AR_OBJ_STOP)
                or _cand_at(cands, k + 1) is not None
                or (  # two construct nouns: «مسجد قيادة قوة الطوارئ»
                    _ar_plain_word(y, event_word)
                    and k + 2 < len(toks)
                    and not normalize(toks[k + 2].prefix)
                    and toks[k + 2].norm.startswith("ال")
                    and toks[k + 2].norm not in _AR_OBJ_STOP
                )
            )
            and _ar_plain_word(x, event_word)
            and x.norm not in _AR_AIMED_END_WORD
            and x.norm not in _AR_GEN_TIME
            and end - i < 3
        ):
            end = k  # a bare construct noun before its own genitive: «مسجد إدارة الطوارئ»، «مسجد قيادة قوة الطوارئ»
            continue
        if (
            not x.norm.startswith("ال")
            or x.norm in _AR_GEN_TIME
            or x.norm in _AR_AIMED_END_WORD
            or event_word(x)
            or end - i >= 3
        ):
            break
        end = k
    return end


def ar_attack_site_genitive(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 63) The site an attack noun's genitive names is its target, never its actor: «تفجير مسجد قوات
    الطوارئ»، «قصف مستشفى الشفاء»، «استهداف مقر الحزب»، «اقتحام السفارة السعودية»، «تفجير برجي مركز التجارة
    العالمي», and «التفجير بمسجد ...»، «تفجير نفسه في مسجد ...» (a building named after بـ / في). The genitive is
    (a) a common noun of a place, building, facility or vehicle (`_AR_ATTACK_SITE`; not a car bomb: «سيارة
    مفخخة»; after بـ / في not a vehicle: «الهجوم بسيارة» is the means), the phrase running over its named or
    definite genitive; or (b) after a transitive attack masdar («قصف»، «استهداف»، «اقتحام»، «تفجير»)، a name of a
    facility, region or country («قصف مطار صنعاء»، «تفجير أبها») or, after «هجوم / اعتداء»، of a facility or
    region only. A force is the agent and is left: an agent noun («قصف الطيران»، «هجوم المسلحين»), a named
    genitive followed by a party in لـ or by على («قصف روسيا لحلب»، «هجوم إسرائيل على غزة»). A trigger read as a
    verb («قصف»، «قام بتفجير») takes (a) only: a name after a verb is its subject. The actor is dropped when it
    stands inside the site's phrase."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "ASSAULT" or t.kind not in ("noun", "verb") or toks[t.b].kind != "ar":
        return actor, target
    m = _ar_site_masdar(toks[t.b])
    if m is None or (t.kind == "verb" and t.tail is not None and t.tail > t.b):
        return actor, target
    transitive = m[1]
    i = t.b + 1
    if i >= len(toks) or toks[i].kind != "ar":
        return actor, target
    pre, w = normalize(toks[i].prefix), toks[i].norm
    located = glued = False
    if w in _AR_REFLEXIVE and i + 2 < len(toks) and toks[i + 1].norm == "في" and not pre:
        i += 2  # «تفجير نفسه في مسجد»
        pre, w, located = normalize(toks[i].prefix), toks[i].norm, True
    elif pre == "ب" or (not pre and w[:1] == "ب" and _ar_site_norm(w[1:])):
        glued = not pre  # the tokenizer may leave the ب on the word
        w, located = (w[1:] if glued else w), True  # «التفجير بمسجد قوات الطوارئ»
    elif pre:
        return actor, target
    if located and (
        pre not in ("", "ب")
        or not _ar_site_norm(w)
        or _ar_site_norm(w, _AR_ATTACK_VEHICLE | _AR_CARE_SITE)
        or (t.a > 0 and toks[t.a - 1].norm in _AR_CASUALTY_HEAD)
    ):
        # «الهجوم بسيارة»: the means; «مصابي التفجير بمستشفى عسير»: where the wounded lie, not the bombed site
        return actor, target
    g = _cand_at(cands, i)
    if _ar_site_norm(w):
        if i + 1 < len(toks) and toks[i + 1].norm in _AR_BOMB_ADJ | _AR_WEB_WORDS:
            return actor, target  # «تفجير سيارة مفخخة»; «اقتحام مواقع التواصل» (web sites)
        if _ar_site_norm(w, _AR_AREAS) and (i + 1 >= len(toks) or toks[i + 1].norm not in _AR_AREA_DWELT):
            return actor, target  # (round 71) «استهداف المناطق غير المخدومة»: no dwelt area, no attacked site
        end = _ar_site_phrase_end(toks, i, cands, ctx.event_word)
        if g is not None and g.tok_end >= end and g.start <= toks[i].stem_start + (1 if glued else 0):
            site = g  # a name the NER gave the whole site («مطار صنعاء»), not one it cut inside the word
        else:
            start = toks[i].stem_start + (1 if glued else 0)
            site = _phrase_cand(toks, ctx.text, start, i, end)
    elif (
        g is not None
        and t.kind == "noun"
        and not located
        and g.sector is None
        and w not in _AR_AGENT_NOUN
        and (g.etype in ("FAC", "LOC") or (transitive and g.etype == "GPE"))
    ):
        nxt = toks[g.tok_end + 1] if g.tok_end + 1 < len(toks) else None
        if nxt is not None and (normalize(nxt.prefix) == "ل" or nxt.norm in _AR_ALA):
            return actor, target  # «قصف روسيا لحلب»، «هجوم إسرائيل على غزة»: the genitive acts
        site = g
    else:
        return actor, target
    if target is not None and target.tok == site.tok and target.tok_end > site.tok_end:
        site = target  # an earlier rule's longer phrase of the same site
    if actor is not None and (actor is g or site.tok <= actor.tok <= site.tok_end):
        actor = None
    return actor, site


def _as_step(rule: Callable[..., Any], use: str) -> RoleRule:
    """A role rule of rounds 27-31 in the shape of a chain step (actor and target in, actor and target out), run
    as it always was: `use` "fill target" (finds a target from the actor where none was found yet), "replace
    target" (may replace the target) or "replace roles" (may replace both)."""

    def step(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
        toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
        if use == "fill target":
            return actor, (target if target is not None else rule(toks, t, cands, actor, text, event_word))
        if use == "replace target":
            return actor, rule(toks, t, cands, actor, target, text, event_word) or target
        return rule(toks, t, cands, actor, target, text, event_word) or (actor, target)

    if use not in ("fill target", "replace target", "replace roles"):
        raise ValueError(f"unknown use of a role rule: {use!r}")
    return step


def _ar_no_antecedent_doer(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    return (None if ar_antecedent_no_doer(ctx.toks, ctx.t, actor) else actor), target


def _ar_martyr_step(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    return ar_martyr_roles(ctx.toks, ctx.t, actor, target)


def _ar_inna_step(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    if actor is None or actor.tok > ctx.t.b:  # no actor yet, or one after the verb
        inna = ar_inna_subject(ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word)
        if inna is not None:
            return inna, (actor or target)
    return actor, target


# The Arabic role rules of rounds 24-31, run (in this order) before extract.py looks for the body that announces
# its own act.
AR_ROLE_CHAIN_FIRST: tuple[RoleRule, ...] = (
    # (round 24) «شنت إسرائيل حربا إثر ... خطف الجنديين»: the main clause's subject is no doer of the harm that came
    # before its event
    _ar_no_antecedent_doer,
    _ar_martyr_step,  # (round 24) «استشهد»
    # (round 27) «استهدف مركزا ثقافيا»، «اعتقلت قياديا كبيرا»: an indefinite common noun object
    _as_step(ar_indefinite_object, "fill target"),
    # (round 27) «وتهدد النساء ... التابعات لوزارة المخابرات، المعلمات المحتجات»: the object after the comma that
    # closes the subject's phrase
    _as_step(ar_object_after_comma, "replace target"),
    # (round 31) «الاجتماعات بين ممثلي طالبان والمسؤولين»: the two parties of a mutual event
    _as_step(ar_between_roles, "replace roles"),
    # (round 31) «اتفق مع وزير الخارجية المصري سامح شكري»: the partner behind a chain of offices
    _as_step(ar_partner_after_titles, "fill target"),
    # (round 31) «بقصف جوي على قاعدة العند»: the object after على of an attack, siege or aid
    _as_step(ar_masdar_object_after_ala, "fill target"),
)
# The Arabic role rules of rounds 40-52, run in this order on the actor and target found so far (each reads the
# result of the ones before it).
AR_ROLE_CHAIN: tuple[RoleRule, ...] = (
    # (round 40) «أن الرئيسين "تشاورا»: the noun after أن right before its verb is the subject
    _ar_inna_step,
    # (round 40) «قتل آنذاك خمسة جنود»، «أن الفضلي قد استهدف سابقا في غارة»: an unvoiced passive
    ar_bare_passive,
    # (round 41) «وتتهم موسكو وطهران المعارضة»، «أن مصر والأردن وقعتا»: a coordinated subject is one party
    ar_conjunct_roles,
    # (round 46) «القبض على قيادي حوثي»: the arrested
    ar_arrest_object,
    # (round 46) «تعرضت مدينة نجران لسقوط»: the one a verb of undergoing befalls
    ar_undergone,
    # «استهداف X لـY»: the genitive of a harm masdar and its لـ-party
    ar_masdar_genitive,
    # (round 47) «هاجمت طائرات التحالف مواقع»: no target from inside the actor's own phrase
    ar_target_in_actor_phrase,
    # (round 47) «إطلاق سراح X»، «الإفراج عن X»: X is released
    ar_release_object,
    # (round 48) «عن قتل المصلين»، «تفجير مسجد الإمام الصادق»: a common-noun genitive undergoes the harm
    ar_masdar_genitive_np,
    # (round 48) «شنت غارة ... ما أسفر عن مقتل ثمانية مدنيين»: the casualties of the attack
    ar_casualty_victims,
    # (round 48) «بتهمة دعم الإرهاب»، «دعمها لحزب الله»: the one supported is no doer
    ar_support_object,
    # (round 49) «بأن طائرة ... انتهكت الأجواء»، «وضبطوا الجاني»: the subject before or on the verb
    ar_preverbal_subject,
    # (round 49) «استقبل ... في قصر السلام بجدة ... وزير الدولة»: the meeting's place is no party
    ar_meeting_place_target,
    # (round 50) «محادثات مع الرئيس الفرنسي»: the party after «مع» is the second party, the target
    ar_comitative_party,
    # (round 51) «الحملة ضد الإرهاب»، «الحرب التي شنتها إسرائيل على القطاع»: the object after ضد / على
    ar_object_against,
    # (round 51) «ضبطت الجهات الأمنية في الطائف حدثا»: the object after the subject and its adjuncts
    ar_object_after_subject,
    # (round 52) «اعتقلت الليلة الماضية 15 فلسطينيًا»: the counted people a harm or an arrest falls on
    ar_counted_object,
    # (round 56) «استقبل خادم الحرمين الشريفين الملك سلمان»، «وزير العمل د. مفرج»: the person behind a long title
    ar_titled_vso_subject,
    # (round 54) «زيارة سموه لمصر»: the visited; «لقوا مصرعهم»: the dead; «أدانت ... الهجوم»: no doer; «X ولي
    # العهد»: the actor's own office is no target
    ar_visited_party,
    # (round 59) «يزور الجبير القاهرة»: the place after a visit verb is the visited, not the visitor
    ar_visit_place_target,
    ar_death_meeter,
    ar_condemned_attack_no_doer,
    ar_title_apposition_target,
    ar_liberated_from,
    ar_received_guest,
    ar_call_received,
    # (round 55) «محافظ أملج زياد ...»: the office's holder, not its place or body, is the actor
    ar_office_holder_actor,
    # (round 60) «ويواجه X اتهامات بقتل ...»، «وجه الاتهام لـX بالهجوم»: the one charged is the doer of the act
    ar_charged_doer,
    # (round 61) «ستستمر في دعم»، «سيقوم X بفرض»، «الذين لم يتورعوا عن قتل»: the subject of a verb of aspect or will
    ar_aspect_verb_subject,
    # (round 62) «الهجوم استهدف سيارتين»: the object of «استهدف» the attack noun reaches is its target
    ar_aimed_object,
    # (round 63) «تفجير مسجد ...»، «قصف مستشفى ...»، «اقتحام السفارة»: the site in an attack noun's genitive is the target
    ar_attack_site_genitive,
)


def ar_chain_roles(
    ctx: RoleContext, actor: Cand | None, target: Cand | None, chain: tuple[RoleRule, ...] = AR_ROLE_CHAIN
) -> Roles:
    """The actor and target after every rule of `chain` (by default `AR_ROLE_CHAIN`), in order."""
    for rule in chain:
        actor, target = rule(ctx, actor, target)
    return actor, target



# ---------------------------------------------------------------- (round 64) the subject a coordinated verb shares
_AR_SENTENCE_MARKS = (".", ";", "؛", "?", "؟", ":", "!")


def _ar_joined_verb(toks: list[Token], t: Trig, event_word: EventWord) -> bool:
    """An Arabic verb trigger joined to what comes before it by و / ف on the word («وقتلت»، «بل ويهدد»: the
    tokenizer leaves it on a verb; the word without it is still an event word, so not «وقع»، «فرض»), or by «ثم»
    right before it."""
    if t.kind != "verb" or t.a == 0:
        return False
    tok = toks[t.a]
    if normalize(tok.prefix)[:1] in ("و", "ف") or toks[t.a - 1].norm in ("ثم", "ثمّ"):
        return True
    w = tok.norm
    if tok.kind != "ar" or len(w) < 4 or w[:1] not in ("و", "ف"):
        return False
    return event_word(replace(tok, norm=w[1:], text=tok.text[1:]))


def ar_coordinated_verb_actor(
    toks: list[Token],
    t: Trig,
    actor: Cand | None,
    earlier: dict[int, tuple[str, Cand | None, int]],
    event_word: EventWord,
    verb_sense: EventWord | None = None,
    noun_sense: EventWord | None = None,
) -> Cand | None:
    """(round 64) «وهاجمت القوات الحكومية مواقع المسلحين في المدينة وقتلت عشرين منهم»، «بل يهدد حتى أمن الدول ...
    ويهدد سلامة المعلومات»: a verb joined by و / ف / ثم whose actor was taken from before it (no subject of its
    own after it) shares the subject of the verb it is coordinated with, the nearest earlier verb trigger of the
    sentence (no sentence mark and no word opening another clause between: `_ar_opens_clause`); the noun right before it is the earlier verb's object or a genitive
    («المسلحين»، «أمن»), never its actor. `earlier` maps the anchor of each earlier trigger of the sentence to its
    kind, the actor it was given and its last token (None: the earlier verb names no candidate subject, so neither
    does this one, unless the trigger's text reaches past its verb, where the subject may stand; (round 65) a noun
    trigger is kept too: when it is the nearest, nothing is shared). Only an
    actor standing between the two verbs is replaced (one before the earlier verb may be the subject of both), and
    not when an imperfect verb follows it (it is that verb's subject). An actor after the verb, or a verb with no
    earlier verb trigger in its sentence, is left as it is. (round 65) Not when either word is a verbal noun
    (`_ar_masdar_word`, `verb_sense`: the lexicon has a verb or light-verb sense for the word), nor when the earlier
    verb's actor stands after it past a definite noun, its subject (`_ar_vso_object_actor`)."""
    if actor is None or actor.tok_end >= t.a or not _ar_joined_verb(toks, t, event_word):
        return actor
    if _ar_pronoun_suffixed(toks[t.a], event_word):
        return actor  # «رعاية الأمير ... ودعمه»، «وحثهم»: as often a masdar and its owner as a verb and its object
    if verb_sense is not None and _ar_masdar_word(toks, t.a, verb_sense, noun_sense):
        return actor  # (round 65) «وإطلاق»، «وتدمير»، «ودعم مادي»: a verbal noun after و is no coordinated verb
    prev = [a for a in earlier if a < t.a]
    if not prev:
        return actor
    v = max(prev)
    if actor.tok <= v:
        return actor  # «القوات تقدمت ... وسيطرت»: a noun before the earlier verb may be the subject of both
    kind, shared, v_end = earlier[v]
    if shared is None and v_end > v:
        return actor  # (round 65) «وتلقى الأمير سعود ... اتصالات ... واستقبل»: its subject is inside its own text
    if kind != "verb" or (verb_sense is not None and _ar_masdar_word(toks, v, verb_sense)):
        return actor  # (round 65) «لتقديم تسهيلات ودعم»، «بدعم الأمير ودعم»: the earlier trigger is a verbal noun
    if _ar_vso_object_actor(toks, v, shared):
        return actor  # (round 65) «هاجمت الطائرات الحربية مواقع داعش وقتلت»: «داعش» is the object, not the subject
    if any(toks[k].text in _AR_SENTENCE_MARKS or _ar_opens_clause(toks[k]) for k in range(v + 1, t.a)):
        return actor  # «أكد أن الشركة تعمل ...، وتبحث»، «إنه صوت الإمام ...، فدعا»: a clause of its own between
    if any(_ar_speech_verb(toks[k]) or _ar_imperfect_word(toks[k]) for k in range(v + 1, t.a)):
        # «وجدنا تنظيم القاعدة يعيش في إيران ويدافع عنها»: the noun is the subject of a verb between; (round 65)
        # anywhere between the two verbs, and a verb of saying too («أن رفض أوبك ...، أكد للسوق ...، ودعم»)
        return actor
    if verb_sense is not None and _ar_first_person_imperfect(toks[t.a], verb_sense):
        return None  # «ونطالب»: the speaker is its subject; the noun between is the earlier verb's object
    return shared


def _ar_pronoun_suffixed(tok: Token, event_word: EventWord) -> bool:
    """«ودعمه»، «ودعمهما»، «واستضافتهم»: an event word with a pronoun on its end (the word without و and the
    pronoun is still an event word, so not «وواجه»)."""
    w = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and not normalize(tok.prefix) else tok.norm
    for suffix in ("هما", "هم", "هن", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
            if event_word(replace(tok, norm=stem, text=stem)) or event_word(replace(tok, norm=w[: -len(suffix)], text=w[: -len(suffix)])):
                return True
    return False


_AR_Y_NOUNS = F._n("يوم يوما يومي يومين يومان أيام يونيو يوليو يناير يونيه يوليه")


def _ar_imperfect_word(tok: Token) -> bool:
    """A bare word in ي- of four letters or more, not a noun of time: an imperfect verb («يعيش»، «يقاتلون»)."""
    w = tok.norm
    return tok.kind == "ar" and not normalize(tok.prefix) and len(w) >= 4 and w[:1] == "ي" and w not in _AR_Y_NOUNS


# the words that open another clause between two verbs: a complementizer, a subordinate, a relative
_AR_CLAUSE_OPENERS = (F.AR_BOUNDARY - F._n("ثم")) | _AR_INNA_PRONOUN | _AR_REL_CLITIC


def _ar_opens_clause(tok: Token) -> bool:
    """«أن»، «إنه»، «التي»، «حيث»، «مما» (with or without و / ف on it): a clause of its own begins at the word."""
    w = tok.norm
    return tok.kind == "ar" and (w in _AR_CLAUSE_OPENERS or (w[:1] in ("و", "ف") and w[1:] in _AR_CLAUSE_OPENERS))


# ---------------------------------------------------------------- (round 65) a verbal noun is no coordinated verb
# the patterns of a derived masdar a perfect verb never has (normalized: hamza on alef dropped, ة as ه)
_AR_MASDAR_SHAPES = (
    re.compile(r"^ا[^ن][^ت]ا\w$"),  # إفعال: إطلاق، إعلان (not اجتاح، اغتال، انهار: ت third, ن second)
    re.compile(r"^ت\w\wي\w$"),  # تفعيل: تدمير، تفجير
    re.compile(r"^ا(?!ست)\w\w\wا\w$"),  # افتعال، انفعال: اعتقال، انسحاب (not استعاد، استقال)
    re.compile(r"^است\w\wا\w$"),  # استفعال: استهداف
    re.compile(r"^م\wا\w\wه$"),  # مفاعلة: مهاجمة، مطالبة
)
_AR_MASDAR_AFTER = F._n("مادي مالي معنوي عسكري جوي مدفعي صاروخي جماعي عشوائي متبادل مكثف متواصل")


def _ar_masdar_word(
    toks: list[Token], k: int, verb_sense: EventWord, noun_sense: EventWord | None = None
) -> bool:
    """(round 65) The trigger word at `k` reads as a verbal noun, not a perfect verb: with ال or a glued ب / ل
    («والقصف»، «وبقصف»); no verb sense in the lexicon («وتدمير»، «واستهداف»); the shape of a derived masdar
    («وإطلاق» beside «وأطلق»: `_AR_MASDAR_SHAPES`); or a form-I masdar spelled as its verb before an indefinite
    adjective («ودعم مادي»، «وقصف مدفعي»); with `noun_sense`, any word the lexicon lists as an event noun too, in
    the very spelling of its verb («وقتل يهود»، «ورفض الموافقة»: a form-I masdar as often as a verb; not «ودعا»،
    «وبحث»، «وقتلت»، which it lists as verbs only)."""
    tok = toks[k]
    if tok.kind != "ar":
        return False
    w = tok.norm
    if not normalize(tok.prefix) and w[:1] in ("و", "ف") and len(w) >= 4:
        w = w[1:]
    if w.startswith("ال") or normalize(tok.prefix)[-1:] in ("ب", "ل"):
        return True
    bare = replace(tok, norm=w, text=w, stem_start=tok.start)
    if w[:1] in ("ب", "ل") and not verb_sense(bare) and verb_sense(replace(bare, norm=w[1:], text=w[1:])):
        return True  # «ولقصف»: the preposition left on the word
    if not verb_sense(bare) or any(p.match(w) for p in _AR_MASDAR_SHAPES):
        return True
    if noun_sense is not None and noun_sense(bare):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "ar" and not normalize(nxt.prefix) and nxt.norm in _AR_MASDAR_AFTER


_AR_TIME_BETWEEN = F._n("اليوم الأمس البارحة الليلة السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
_AR_PREP_BEFORE = F._n("في على من عن إلى الى مع ضد حول خلال بين بعد قبل منذ عند لدى نحو")


def _ar_vso_object_actor(toks: list[Token], v: int, actor: Cand | None) -> bool:
    """(round 65) The earlier verb's actor stands after it with a definite noun between that is no preposition's
    object and no time («هاجمت الطائرات الحربية مواقع داعش»: «الطائرات» is the subject, «داعش» the object's
    genitive): that actor is the object, not a subject to share. A candidate right after the verb or after an
    indefinite head («طائرات التحالف») is its subject."""
    if actor is None or actor.tok <= v:
        return False
    for k in range(v + 1, actor.tok):
        tok = toks[k]
        if tok.kind != "ar" or normalize(tok.prefix) or not tok.norm.startswith("ال") or tok.norm in _AR_TIME_BETWEEN:
            continue
        before = toks[k - 1]
        if before.kind == "ar" and before.norm in _AR_PREP_BEFORE:
            continue
        return True
    return False


def _ar_speech_verb(tok: Token) -> bool:
    """(round 65) «أكد»، «وقال»: a verb of saying (no event trigger) between two verbs is the nearer one the و-verb
    may be joined to, with a subject of its own."""
    w = tok.norm
    return tok.kind == "ar" and (w in AR_SPEECH_VERBS or (w[:1] in ("و", "ف") and w[1:] in AR_SPEECH_VERBS))


# ---------------------------------------------------------------- (round 66) a body or group no entity names, after its verb
# heads of a subject phrase that NER leaves unnamed: a body («اتحاد موظفي القطاع العام»، «نادي الصحافة الفضائية»),
# a group of people («مقاتلو الحركة»، «أهالي القرية») or one of them («أحد المسلحين»)
_AR_UNNAMED_SUBJECT_HEADS = F._n(
    "اتحاد نادي مجلس لجنة هيئة جمعية نقابة رابطة منظمة مجموعة فريق وفد أحد احد إحدى احدى مقاتلو مقاتلي "
    "مسلحو مسلحي عناصر أعضاء اعضاء أهالي اهالي سكان عمال موظفو موظفي طلاب نشطاء ناشطو ناشطي"
)
# the harm and arrest verbs are left: «قتل أحد العناصر»، «اعتقل عناصر» read as often as passives (no vowels)
_AR_UNNAMED_SUBJECT_TYPES_LEFT = frozenset({"ASSAULT", "COERCE"})
_AR_PROMPTED_BY = F._n("ما مما")
_AR_PHRASE_STOP = F._n("الذي التي الذين في على من عن إلى الى مع ضد حول خلال بين بعد قبل منذ عند لدى أن ان إن")


def ar_unnamed_subject_after_verb(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Cand | None:
    """(round 66) A verb trigger with no actor whose next word heads a noun phrase in the construct state that no
    entity names: in verb-subject order that phrase is its subject («ودعا اتحاد موظفي القطاع العام إلى»، «أدان
    نادي الصحافة الفضائية حادث التفجير»). Only the heads of bodies and groups in `_AR_UNNAMED_SUBJECT_HEADS`, with
    no article or proclitic and a genitive after them; not for harm or arrest verbs (their passive is spelled the
    same). The phrase runs over its genitives (and a name among them) up to a preposition, clause word or
    punctuation, four words at most."""
    toks, t = ctx.toks, ctx.t
    if actor is not None or t.kind != "verb" or t.type in _AR_UNNAMED_SUBJECT_TYPES_LEFT:
        return None
    h = t.b + 1
    if h + 1 >= len(toks):
        return None
    head, gen = toks[h], toks[h + 1]
    if head.kind != "ar" or normalize(head.prefix) or head.norm not in _AR_UNNAMED_SUBJECT_HEADS:
        return None
    if gen.kind != "ar" or normalize(gen.prefix) or gen.norm in _AR_PHRASE_STOP or gen.start - head.end > 1:
        return None  # no genitive: «وفد» alone may be a verb's object or a word of another sense
    if any(c.tok <= h <= c.tok_end for c in ctx.cands) or (target is not None and target.tok <= h <= target.tok_end):
        return None
    if t.a > 0 and toks[t.a - 1].norm in _AR_PROMPTED_BY:
        return None  # «مما دعا أحد العلماء إلى الرد»: «what led one of the scholars to», the phrase is the object
    j = h
    while j + 1 < len(toks) and j - h < 3:
        nxt = toks[j + 1]
        if nxt.kind != "ar" or normalize(nxt.prefix) or nxt.norm in _AR_PHRASE_STOP or nxt.start - toks[j].end > 1:
            break
        if ctx.event_word(nxt):
            break
        if toks[j].norm.startswith("ال") and not (nxt.norm.startswith("ال") and _ar_nisba_adj(replace(nxt, norm=nxt.norm[2:]))):
            break  # after a definite genitive only its adjectives of relation: «رفض نادي الهلال الإقامة» stops at «الإقامة»
        j += 1
    if not any(toks[k].norm.startswith("ال") for k in range(h + 1, j + 1)) and not any(
        h < c.tok <= j + 1 for c in ctx.cands
    ):
        return None  # a definite genitive or a name makes the construct phrase: not «دعم أحد بقدر»، «بحث مجموعة مختارة»
    named = next((c for c in ctx.cands if h < c.tok <= j + 1 and c.tok_end > j), None)
    if named is not None and named.tok_end - h < 6:
        j = named.tok_end  # «مقاتلو حزب العمال الكردستاني»: the name the phrase ends in, whole
    return _phrase_cand(toks, ctx.text, head.start, h, j, "ORG")


# ---------------------------------------------------------------- (round 67) a first-person verb has its own subject
def _ar_first_person_imperfect(tok: Token, verb_sense: EventWord) -> bool:
    """(round 67) The word after و / ف is a first-person imperfect («ونطالب»، «وندعم»، «وأطالب»، «وأدعم»): its
    subject is the speaker (we / I), never the earlier verb's, and the noun between the two verbs is the earlier
    verb's object, so `ar_coordinated_verb_actor` gives it no actor. Read by the lexicon: the word with ي for its ن / أ
    is a verb («يطالب»). With أ, the hamza must be written (a bare ا opens «اعتقل»، «استنكر») and the word itself
    must have no verb sense of its own: a form-IV perfect is spelled as its first-person imperfect and is third
    person («وأطلق»، «وأرسل»، «وأجرى»: the lexicon lists them); «وأكد»، «وأعلن» have no «يكد»، «يعلن»."""
    if tok.kind != "ar":
        return False
    raw, w = tok.stem, tok.norm
    if not normalize(tok.prefix):
        if raw[:1] not in ("و", "ف") or w[:1] not in ("و", "ف"):
            return False
        raw, w = raw[1:], w[1:]
    if len(w) < 4 or raw[:1] not in ("ن", "أ"):
        return False
    if not verb_sense(replace(tok, norm="ي" + w[1:], text="ي" + raw[1:], stem_start=tok.start)):
        return False
    return raw[:1] == "ن" or not verb_sense(replace(tok, norm=w, text=raw, stem_start=tok.start))


# ---------------------------------------------------------------- (round 68) the agent after «على يد / من قبل / من طرف / بواسطة»
# «بواسطة» also brings an instrument («بواسطة سكين»، «بواسطة طائرة مسيرة»): after it only a name or a phrase that
# opens with a word for people or a body is the agent
_AR_AGENT_PEOPLE_HEADS = _AR_UNNAMED_SUBJECT_HEADS | _AR_HEAD_WORDS | F._n(
    "مسلحين مسلحون مجهولين مجهولون مجهول شخص أشخاص اشخاص رجال رجل عصابة عصابات متطرفين متطرفون إرهابيين ارهابيين "
    "إرهابيون ارهابيون السلطات سلطات الشرطة شرطة الجيش الأمن الامن مجموعات جماعات فئة ميليشيا "
    "الحكومة حكومة القوات الجهات جهات أفراد افراد عناصر"
)
# after «من قبل» a clause, a time or a preposition: «من قبل أن»، «من قبل ذلك»، «وافقت من قبل على» ("before"); «من
# طرف خفي» ("covertly"): no agent
_AR_NOT_AGENT = _AR_PHRASE_STOP | F._n("ذلك هذا هذه تلك عام عامين سنة سنوات شهر أشهر اشهر أسبوع يوم أيام ايام خفي")
# between the trigger and the mark: «أو» or a quotation brings in another noun the mark may belong to
_AR_AGENT_BREAK = F._n("أو او")
_AR_AGENT_SPAN = 6  # the marker stands within so many words after the trigger


def _ar_agent_marker(toks: list[Token], k: int) -> tuple[int, bool] | None:
    """(round 68) The agent mark at k and where its noun phrase starts: «على يد / على أيدي» (k+2), «من قبل / من
    طرف» (k+2), «بواسطة» (k+1); the bool says the mark may bring an instrument (بواسطة). A pronoun on the mark
    («من قبله»، «على يديه») names no phrase: the words differ and nothing matches."""
    w = toks[k].norm
    nxt = toks[k + 1].norm if k + 1 < len(toks) and toks[k + 1].kind == "ar" else ""
    if (w in _AR_ALA and nxt in _AR_HAND) or (w == "من" and nxt in ("قبل", "طرف")):
        return k + 2, False
    if w == "بواسطه" or (w == "واسطه" and normalize(toks[k].prefix) == "ب"):
        return k + 1, True
    return None


def _ar_agent_phrase(ctx: RoleContext, i: int, instrument_too: bool) -> Cand | None:
    """(round 68) The agent phrase that starts at i: a candidate there (or after a generic head, «عناصر تنظيم
    داعش»), else a bare noun phrase of up to three plain words (`_ar_bare_np`: «أحد الهندوس المتطرفين»، «مسلحين
    مجهولين»، «قوات الأمن»). After «بواسطة» a bare phrase must open with a word for people or a body."""
    toks, cands = ctx.toks, ctx.cands
    if i >= len(toks) or toks[i].kind != "ar" or toks[i].norm in _AR_NOT_AGENT:
        return None
    end = _ar_clause_end(toks, i, i + 5)
    c = _cand_at(cands, i)
    if c is None and toks[i].norm in _AR_HEAD_WORDS and i + 1 < end:
        c = _cand_at(cands, i + 1)
    if c is not None and instrument_too and _ar_instrument_cand(toks, c):
        return None  # (round 70) «بواسطة الأجهزة السمعية»: a device, no agent
    if (c is None or (c.ent is None and c.tok == i)) and (titled := _ar_title_before_name(ctx, i, end)) is not None:
        return titled  # (round 70) «من قبل المدرب كريستيان غروس»: the title runs into the name
    if c is not None:
        return c
    if any(c.tok < i <= c.tok_end for c in cands):
        return None  # the mark's word inside a name
    if instrument_too and toks[i].norm not in _AR_AGENT_PEOPLE_HEADS:
        return None
    if toks[i].norm.endswith("ا") and not toks[i].norm.endswith(("وا", "يا", "ها")):
        return None  # an accusative is no genitive of «قبل»: «استهدفت من قبل سعرا» ("before"), the verb's object
    np = _ar_bare_np(toks, i, end, cands, ctx.text, ctx.event_word)
    if np is None:
        return None
    j = i
    while j < np.tok_end and (_ar_open_head(toks[j]) or toks[j + 1].norm.startswith("ال")):
        j += 1  # after a definite word or one with a pronoun only a definite adjective: «شقيقها جعل» stops at «جعل»
    return np if j == np.tok_end else _phrase_cand(toks, ctx.text, toks[i].start, i, j)


# (round 70) things «بواسطة» brings as an instrument even when a candidate stands there («بواسطة الأجهزة السمعية»)
_AR_INSTRUMENT_HEADS = F._n(
    "أجهزة اجهزة جهاز آلة آلات الة الات أداة اداة أدوات ادوات وسائل وسيلة طائرة طائرات سيارة سيارات عبوة عبوات "
    "صاروخ صواريخ قذيفة قذائف سلاح أسلحة اسلحة سكين مسدس بندقية هاتف هواتف رسائل رسالة تطبيق برنامج برامج "
    "كاميرا كاميرات شبكة قارب قوارب زورق زوارق"
)

# words of a security body after «أجهزة»: «الأجهزة الأمنية»، «أجهزة المخابرات»، «أجهزة الاستخبارات»
_AR_SECURITY_STEMS = ("امن", "مخابرات", "استخبار", "شرطه", "عسكري", "سلطه")


def _ar_instrument_cand(toks: list[Token], c: Cand) -> bool:
    """(round 70) A candidate after «بواسطة» that names a device or a weapon, no body: its first word (the article
    off) is an instrument and no word of security follows in it («الأجهزة الأمنية» is an agent; the bare «أجهزة»
    the group-noun lexicon reads as the security services is a device in «بواسطة أجهزة مُعدة لذلك»)."""
    w = toks[c.tok].norm
    w = w[2:] if w.startswith("ال") else w
    if c.etype == "PERSON" or w not in _AR_INSTRUMENT_HEADS:
        return False
    return not any(s in toks[x].norm for x in range(c.tok + 1, c.tok_end + 1) for s in _AR_SECURITY_STEMS)


def _ar_title_before_name(ctx: RoleContext, i: int, end: int) -> Cand | None:
    """(round 70) A title or description of one or two plain words before a person's name («المدرب كريستيان
    غروس»، «الضابط سامي الخالدي»): the phrase runs into the name (as round 66's `ar_unnamed_subject_after_verb`
    does) and the agent is the named person, the title its apposition (a phrase of both would be made a new
    entity, or be read back as the title's group noun); None when no name starts at i+1 or i+2 in the clause."""
    toks, cands = ctx.toks, ctx.cands
    named = next((c for c in cands if i < c.tok <= i + 2 and c.tok_end < end and c.etype == "PERSON"), None)
    if named is None:
        return None
    for x in range(i, named.tok):
        tok = toks[x]
        if tok.kind != "ar" or (x > i and normalize(tok.prefix)) or tok.norm in _AR_PHRASE_STOP or ctx.event_word(tok):
            return None
    return named


def _ar_open_head(tok: Token) -> bool:
    """(round 68) An indefinite word with no pronoun suffix: an indefinite genitive or adjective may follow it
    («مسلحين مجهولين»، «أحد الهندوس»); a definite word or one with a pronoun («الجمارك»، «شقيقها») ends the phrase
    but for its definite adjectives."""
    w = tok.norm
    return not w.startswith("ال") and not w.endswith(_AR_OBJ_CLITIC) and w not in AR_SPEECH_VERBS


def ar_agent_after_marker(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 68) The agent of a passive or of an event noun told after «على يد / من قبل / من طرف / بواسطة» is the
    actor («قتل ... على يد مسلحين»، «اعتقل من قبل قوات الأمن»، «تم اغتياله من طرف»، «الهجوم الذي نفذ بواسطة»),
    a name or a common-noun phrase; the noun before the mark (the passive's subject, the masdar's genitive) is
    never the actor: when the actor found so far stands there it becomes the target if there is none. The mark
    must follow the trigger within its clause, `_AR_AGENT_SPAN` words at most, with no other event word between
    (that event's agent: «أدان الوزراء الهجمات من قبل التنظيم»)."""
    toks, t = ctx.toks, ctx.t
    if toks[t.a].kind != "ar":
        return actor, target
    if t.kind == "verb" and actor is not None and t.type not in ("ASSAULT", "COERCE"):
        return actor, target  # «طالب القاضي بتفعيل النظام من قبل الوزارة»: an active verb with its subject
    end = _ar_clause_end(toks, t.b + 1, t.b + 1 + _AR_AGENT_SPAN)
    for k in range(t.b + 1, end):
        mark = _ar_agent_marker(toks, k)
        if mark is None:
            if toks[k].norm in _AR_AGENT_BREAK or toks[k].text in _AR_QUOTE_TOKS:
                return actor, target
            if toks[k].kind == "ar" and len(toks[k].norm) >= 6 and toks[k].norm.endswith(("ها", "هم", "هما")):
                return actor, target  # a masdar with its pronoun between is the agent's («ومنع استغلالهم من قبل التجار»)  # «تسييس المظاهرات أو ركوب موجتها من قبل»، «بضبط أسعار «الإيجارات» من قبل»
            if toks[k].kind == "ar" and ctx.event_word(toks[k]) and not (k > 0 and toks[k - 1].norm in _AR_REL_ONE):
                return actor, target  # another event's agent; a relative's verb («الذي نفذ بواسطة») is the same event
            continue
        i, instrument_too = mark
        agent = _ar_agent_phrase(ctx, i, instrument_too)
        if agent is None:
            return actor, target
        if actor is not None and actor.tok == agent.tok:
            return actor, target
        before = actor is not None and t.a <= actor.tok and actor.tok_end < k
        if target is not None and agent.tok <= target.tok <= agent.tok_end:
            target = actor if before else None  # a word of the agent phrase («أحد المتطرفين») is no target
        elif before and target is None:
            target = actor
        return agent, target
    return actor, target


# ---------------------------------------------------------------- (round 69) the recipient in لـ of aid, support or a threat
_AR_RECIPIENT_TYPES = frozenset({"AID", "SUPPORT", "THREATEN"})
# the bare «دعم» the trigger lexicon reads as a verb: before an indefinite adjective or a word in لـ it is the noun
# («دعم جوي للمقاتلين»): a verb takes its object bare
_AR_RECIPIENT_VERB_AS_NOUN = F._n("دعم")
# words for people who receive or are threatened: «لأبناء الشعب اليمني»، «لمرضى السرطان»، «للنازحين»
_AR_RECIPIENT_HEADS = _AR_AGENT_PEOPLE_HEADS | F._n(
    "أبناء ابناء مرضى المرضى النازحين نازحين اللاجئين لاجئين المتضررين متضررين الأسر أسر اسر العائلات عائلات "
    "الفقراء فقراء المحتاجين محتاجين المقاتلين مقاتلين الشعب شعب السكان سكان المواطنين مواطنين الأطفال أطفال "
    "اطفال الأهالي أهالي اهالي المدنيين مدنيين الجرحى جرحى المصابين مصابين ضحايا الضحايا أشقاء الأشقاء اشقاء "
    "الاشقاء المستخدمين مستخدمين الموظفين موظفين موظفي العاملين الطلاب طلاب المستفيدين مستفيدين المستحقين "
    "مستحقيها مستحقيه ابن نجل نظام النظام الأندية أندية الجمعيات جمعيات المنظمات منظمات ممثل الممثل فنان الفنان "
    "لاعب اللاعب اللاعبين لاعبي الشيخ شيخ الكاتب كاتب الصحفي صحفي الصحفيين صحفيين الناشط ناشط الناشطين"
)
# a word in لـ that is no party: a time, a purpose, a clause («للمرة الأولى»، «لمدة عام»، «لأجل»، «لصالح» is the
# benefit and its genitive the party, read below)
_AR_RECIPIENT_NOT = _AR_NOT_AGENT | F._n("مده المره المرة مرة أجل اجل كي عام العام فتره فترة حين غايه غاية حد")
_AR_RECIPIENT_SPAN = 3  # adjectives between the masdar and its word in لـ


def _ar_recipient_masdar(toks: list[Token], t: Trig) -> int | None:
    """(round 69) The token of the masdar of an aid, support or threat trigger whose party in لـ may follow: the
    trigger's last word, a noun (or the bare «دعم»), no genitive after it (that is read as its doer)."""
    if t.type not in _AR_RECIPIENT_TYPES or toks[t.a].kind != "ar":
        return None
    m = t.b
    if toks[m].kind != "ar":
        return None
    if t.kind != "noun" and t.b == t.a:  # a light verb and its masdar («وجه تهديدا») is read as the noun
        w = toks[m].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        w = next((w[: -len(c)] for c in _AR_OWNER_CLITICS if w.endswith(c) and w[: -len(c)] in _AR_RECIPIENT_VERB_AS_NOUN), w)
        if w not in _AR_RECIPIENT_VERB_AS_NOUN or normalize(toks[m].prefix) not in ("", "و", "ف"):
            return None
    return m


def _ar_recipient_adjective(tok: Token, definite: bool, cands: list[Cand], k: int) -> bool:
    """(round 69) A word that may stand between a masdar and its party in لـ: an adjective that agrees with it
    («دعم جوي»، «مساعدات طبية مخصصة»، «الدعم العسكري»), no name, no pronoun of a party, no proclitic but و on a
    second adjective («غذائية وطبية»)."""
    if tok.kind != "ar" or normalize(tok.prefix) not in ("", "و") or any(c.tok <= k <= c.tok_end for c in cands):
        return False
    w = tok.norm
    w = w[1:] if w[:3] == "وال" else w
    if w.endswith(("ها", "هم", "هما", "هن")):
        return False
    if definite:  # a definite or owned masdar takes no genitive: a definite word after it is its adjective
        return (w.startswith("ال") or w == "غير") and w not in _AR_OBJ_STOP
    return not w.startswith("ال") and len(w) >= 3 and w not in _AR_OBJ_STOP


def _ar_recipient_li_word(x: Token) -> str | None:
    """(round 69) The word after a proclitic لـ, split off («للمقاتلين») or left on a word for people («لمرضى»),
    else None."""
    if x.kind != "ar":
        return None
    if normalize(x.prefix) == "ل":
        return x.norm
    if not normalize(x.prefix) and x.norm[:1] == "ل" and x.norm[1:] in _AR_RECIPIENT_HEADS:
        return x.norm[1:]  # only a word for people: «لوجستي»، «لازمة» are words of their own
    return None


def _ar_recipient_phrase(ctx: RoleContext, k: int) -> Cand | None:
    """(round 69) The party in لـ at k: a candidate there (a name or a group noun: «لحزب الله»، «للمدنيين») and a
    nisba candidate after it («للاجئين السوريين»), or a plain word and the candidate after it («للمقاتلين
    الأكراد»، «لأبناء الشعب اليمني»), or a word for people and its genitive or adjectives («لمرضى السرطان»).
    Things are no target («لجهود السلام»، «للمرة الأولى»)."""
    toks, cands = ctx.toks, ctx.cands
    x = toks[k]
    w = _ar_recipient_li_word(x)
    if w is None or w in _AR_RECIPIENT_NOT:
        return None
    # after the ل, and after the article of «لل» (لـ + ال: «للممثل» → «ممثل», «للاجئين» → «لاجئين»): no slice
    # reads «الممثل»
    start = x.start + 1
    if w.startswith("ال") and w[2:3] != "ا" and x.end - (len(w) - 2) > x.start:
        start = x.end - (len(w) - 2)  # (an alef after it: the ل of «اللاجئين» was read as the article's)
    end = _ar_clause_end(toks, k, k + 5)
    c = _cand_at(cands, k)
    if c is not None:
        if c.ent is None and c.sector is None:
            return None
        nxt = _cand_at(cands, c.tok_end + 1) if c.tok_end + 1 < end else None
        if nxt is not None and nxt.tok_end < end and _ar_nisba_adj(replace(toks[nxt.tok], norm=toks[nxt.tok].norm[2:])):
            return _phrase_cand(toks, ctx.text, start, k, nxt.tok_end, c.etype)  # «للاجئين السوريين»
        return c
    if any(c.tok < k <= c.tok_end for c in cands) or ctx.event_word(x):
        return None
    nxt = _cand_at(cands, k + 1) if k + 1 < end else None
    # a word for people or an office before a party («لموظفي الشركة»، «لابن الحسين»، «للممثل ناصر»), not a masdar
    # of purpose («لقيادة الاتحاد الدولي»)
    people = w in _AR_RECIPIENT_HEADS or w in AR_OFFICE_HEADS or w.removeprefix("ال") in AR_OFFICE_HEADS
    if people and nxt is not None and nxt.tok_end < end and (nxt.ent is not None or nxt.sector is not None):
        return _phrase_cand(toks, ctx.text, start, k, nxt.tok_end, nxt.etype)
    if w not in _AR_RECIPIENT_HEADS:
        return None
    j = k
    if not w.startswith("ال") and k + 1 < end and _ar_plain_word(toks[k + 1], ctx.event_word):
        j = k + 1  # a head in construct and its genitive: «لمرضى السرطان»، «لأهالي المدينة»
    while j + 1 < end and j - k < 2 and _ar_plain_word(toks[j + 1], ctx.event_word):
        a = toks[j + 1].norm
        if _cand_at(cands, j + 1) is not None or not (a.startswith("ال") and a.endswith(("ي", "يه", "يين", "يون"))):
            break
        j += 1  # and its definite adjectives: «للنازحين السوريين»، «لأهالي المدينة المحاصرة»
    return _phrase_cand(toks, ctx.text, start, k, j)


# (round 70) participles of belonging or provenance before a word in لـ / من: «تابعة للأمم المتحدة»، «المقدمة من
# المملكة»: the party after them owns or gives the aid; it is no recipient
_AR_OWNER_PARTICIPLES = F._n("تابعة التابعة تابع التابع تابعه التابعه تابعين التابعين التابعون")
_AR_GIVEN_BY_PARTICIPLES = F._n("المقدمة المقدمه مقدمة مقدمه المقدم مقدم")


def _ar_owner_participle(toks: list[Token], k: int) -> bool:
    """(round 70) A participle of belonging at k («تابعة»، «التابعة»), or «المقدمة» followed by «من» (the giver);
    «المساعدات المقدمة للاجئين» keeps its recipient."""
    w = toks[k].norm
    w = w[1:] if w[:3] == "وال" else w
    if w in _AR_OWNER_PARTICIPLES:
        return True
    return w in _AR_GIVEN_BY_PARTICIPLES and k + 1 < len(toks) and toks[k + 1].norm == "من"


def ar_recipient_after_li(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 69) The party in لـ after a masdar of aid, support or threat is the one it is given to, supported or
    threatened, the target, never the doer: «دعم جوي للمقاتلين الأكراد»، «مساعدات إغاثية لأبناء الشعب اليمني»،
    «وجه تهديدا للممثل ...»، «تأييدها للمظاهرات». Only adjectives may stand between («دعم تركيا لهم»: a genitive
    between is the doer, left to `ar_support_object`). An actor found inside the phrase is dropped; the phrase
    replaces no target that stands before the masdar."""
    toks = ctx.toks
    m = _ar_recipient_masdar(toks, ctx.t)
    if m is None:
        return actor, target
    w = toks[m].norm
    definite = w.startswith("ال") or (len(w) >= 5 and w.endswith(_AR_OWNER_CLITICS))  # «الدعم»، «دعمهم»
    end = _ar_clause_end(toks, m + 1, m + 2 + _AR_RECIPIENT_SPAN)
    k = m + 1
    while k < end and _ar_recipient_li_word(toks[k]) is None and _ar_recipient_adjective(toks[k], definite, ctx.cands, k):
        if _ar_owner_participle(toks, k):
            return actor, target  # (round 70) «سفينة مساعدات تابعة للأمم المتحدة»: the owner, no recipient
        k += 1
    if k >= end:
        return actor, target
    rec = _ar_recipient_phrase(ctx, k)
    if rec is None:
        return actor, target
    if actor is not None and k <= actor.tok <= rec.tok_end:
        actor = None
    if target is None or target.tok > m:
        target = rec
    return actor, target


# ---------------------------------------------------------------- (round 72) the met or received party, a description after the verb
# words that head the description of the one met or received when no name follows: an office («وزير الدفاع
# الأمريكي»), a peer («نظراءه»), a group of officials («المديرين التنفيذيين»، «ممثلي الشركات»)
_AR_MET_PARTY_HEADS = F._n(
    "نظير نظيره نظيرها نظيريه نظراء نظراءه نظرائه نظراءهم نظرائهم المسؤولين مسؤولين مسؤولي المديرين مديرين مديري "
    "مدراء ممثلي ممثلين الممثلين سفراء السفراء قادة القادة زعماء الزعماء رؤساء الرؤساء وزراء الوزراء وفد الوفد "
    "وفدا أعضاء اعضاء الأعضاء الاعضاء"
)
# a particle before an unprefixed imperfect opens a verb-first clause («أن يلتقي الوزير نظيره»): the word after
# the verb is then its subject
_AR_MET_CLAUSE_OPENERS = _AR_OBJ_STOP | F._n("لن لم سوف عندما حين حينما بأن لا ما")
# a particle carrying the subject pronoun: the verb after it has its subject, the word after the verb is the object
_AR_MET_PRONOUN_PARTICLES = F._n("أنه انه إنه أنها انها إنها بأنه بأنها وأنه وأنها")


def _ar_met_verb(tok: Token) -> bool:
    """(round 72) A form of «استقبل / التقى» (round 54's `_AR_RECEIVE_VERB`), also with the future «س» («سيلتقي»،
    «وسيستقبل»)."""
    w = tok.norm
    if w in _AR_RECEIVE_VERB:
        return True
    w = w[1:] if w[:1] in ("و", "ف") and w[1:2] == "س" else w
    return w[:1] == "س" and w[1:2] in ("ي", "ت") and w[1:] in _AR_RECEIVE_VERB


def _ar_met_object_position(toks: list[Token], t: Trig, actor: Cand | None, head: Token) -> bool:
    """(round 72) The word after a meeting verb is its object, not its subject: the actor stands before the verb
    («أكد كيري أنه سيلتقي نظراءه»), the word is a plural or dual in -ين (accusative: «التقى المديرين
    التنفيذيين»), or an unprefixed imperfect follows a noun («خادم الحرمين الشريفين يستقبل وزير الدفاع»: a
    headline's subject first). A verb first (VSO: «استقبل وزير الخارجية نظيره») keeps the word as its subject."""
    if actor is not None and actor.tok_end < t.a:
        return True
    w = head.norm.removeprefix("ال")
    if len(w) >= 5 and w.endswith("ين"):
        return True
    verb = toks[t.a]
    v = verb.norm[1:] if verb.norm[:1] == "س" else verb.norm
    if normalize(verb.prefix) or v[:1] not in ("ي", "ت") or t.a == 0:
        return False
    prev = toks[t.a - 1]
    if prev.norm in _AR_MET_PRONOUN_PARTICLES:
        return True  # «إنه سيلتقي وزير الداخلية»: the pronoun on the particle is the subject
    return (
        prev.kind == "ar"
        and not normalize(prev.prefix)
        and len(prev.norm) >= 3
        and prev.norm not in _AR_MET_CLAUSE_OPENERS
    )


def ar_met_party_description(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 72) The one met or received, named by a description no entity holds: «حيث التقى المديرين التنفيذيين
    لشركات السياحة»، «أنه سيلتقي نظراءه من دول المجلس»، «خادم الحرمين الشريفين يستقبل وزير الدفاع الأمريكي». For
    a CONSULT verb of meeting or receiving with no target, the word right after it (no proclitic, no candidate on
    it) heads an office or a group of officials or peers, in object position (`_ar_met_object_position`): the
    phrase (the head, its genitives and definite adjectives, up to a preposition, a comma or an event word, four
    words at most, and a name that starts in it, whole) is the target."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if target is not None or t.type != "CONSULT" or t.kind != "verb" or not _ar_met_verb(toks[t.a]):
        return actor, target
    h = t.b + 1
    if h >= len(toks):
        return actor, target
    head = toks[h]
    if head.kind != "ar" or normalize(head.prefix) or any(c.tok <= h <= c.tok_end for c in cands):
        return actor, target
    w = head.norm
    office = w in AR_OFFICE_HEADS or w.removeprefix("ال") in AR_OFFICE_HEADS
    if not (office or w in _AR_MET_PARTY_HEADS) or not _ar_met_object_position(toks, t, actor, head):
        return actor, target
    end = _ar_clause_end(toks, h, h + 6)
    j = h
    while j + 1 < end and j - h < 3 and _ar_plain_word(toks[j + 1], ctx.event_word):
        if any(c.tok == j + 1 for c in cands):
            break
        nxt = toks[j + 1].norm
        if toks[j].norm.startswith("ال") and not (
            nxt.startswith("ال") and _ar_nisba_adj(replace(toks[j + 1], norm=nxt[2:]))
        ):
            break  # after a definite word only its adjectives of relation: «وزير الدفاع الأمريكي»
        if not toks[j].norm.startswith("ال") and j > h and not nxt.startswith("ال"):
            break
        j += 1
    named = next((c for c in cands if h < c.tok <= j + 1 and c.tok_end < end and c.ent is not None), None)
    if named is not None and named.tok_end - h < 7:
        j = named.tok_end  # «وزير خارجية قطر»، «سفير الولايات المتحدة ديفيد هيل»: the name the phrase ends in
    return actor, _phrase_cand(toks, ctx.text, head.start, h, j, "PERSON" if office else "MISC")


# ---------------------------------------------------------------- (round 71) «غارات لطيران التحالف على مواقع الحوثيين»
# the manner adjectives an indefinite attack noun takes that are no nisba: «هجوما عنيفا على»، «غارات مكثفة على»
_AR_ATTACK_MANNER = F._n(
    "عنيف عنيفا عنيفة مكثف مكثفا مكثفة متواصل متواصلا متواصلة شرس شرسا شرسة واسع واسعا واسعة "
    "جديد جديدا جديدة مماثل مماثلا مماثلة"
)
_AR_LED_BY = F._n("قيادة")  # «بقيادة السعودية» after the agent, with ب
_AR_LED_BY_B = F._n("بقيادة")


def _ar_li_agent_end(ctx: RoleContext, k: int) -> tuple[Cand, int] | None:
    """(round 71) The agent in لـ at k after an attack noun («هجوم لـ» marks the doer: round 21's
    `ar_harm_agent`): a candidate in لـ («للتحالف») or a plain word in لـ and the candidate right after it
    («لطيران التحالف العربي»، «لقوات النظام»), then at most two definite adjectives and «بقيادة X». Returns the
    agent and the phrase's last token, or None. A place or a facility in لـ is no agent."""
    toks, cands = ctx.toks, ctx.cands
    x = toks[k]
    # the ل split off («للتحالف»), or left on the word before a name (the tokenizer's «لطيران التحالف»)
    glued = not normalize(x.prefix) and x.norm[:1] == "ل" and len(x.norm) >= 4
    if x.kind != "ar" or not (normalize(x.prefix) == "ل" or glued) or ctx.event_word(x):
        return None
    agent = None if glued else _cand_at(cands, k)
    if agent is None and k + 1 < len(toks) and not normalize(toks[k + 1].prefix):
        agent = _cand_at(cands, k + 1)  # «لطيران التحالف»
    if agent is None or agent.etype not in ("ORG", "GPE", "MISC", "PERSON"):
        return None
    e = agent.tok_end
    n = 0
    while (
        n < 2
        and e + 1 < len(toks)
        and _ar_plain_word(toks[e + 1], ctx.event_word)
        and toks[e + 1].norm.startswith("ال")
        and not any(c.tok <= e + 1 <= c.tok_end for c in cands)
    ):
        e, n = e + 1, n + 1  # «لطيران التحالف العربي»
    if e + 2 < len(toks) and (  # «بقيادة»: the ب split off or left on the word
        (normalize(toks[e + 1].prefix) == "ب" and toks[e + 1].norm in _AR_LED_BY)
        or toks[e + 1].norm in _AR_LED_BY_B
    ):
        led = _cand_at(cands, e + 2)
        if led is not None and not normalize(toks[e + 2].prefix):
            e = led.tok_end  # «بقيادة السعودية»
        elif _ar_plain_word(toks[e + 2], ctx.event_word) and toks[e + 2].norm.startswith("ال"):
            e += 2  # a leader the NER left untagged
        else:
            return None
    return agent, e


def ar_attack_object_after_agent(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 71) The object after «على» of an attack noun with its agent in لـ or a manner adjective between:
    «غارات للتحالف على صنعاء»، «ثلاث غارات لطيران التحالف بقيادة السعودية على مواقع المتمردين»، «شنت هجوما
    عنيفا على الحكومة»، «قصف مكثف على المدينة». Round 51's `ar_object_against` lets only nisba or
    definite adjectives and a relative clause stand between the noun and على; the party in لـ there is the doer,
    and the phrase after على (`_ar_object_np`) the target. It fills no target but an empty one, one inside the
    agent's phrase or after the object; an actor inside the object is dropped, an empty actor takes the agent."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type != "ASSAULT" or toks[t.b].kind != "ar" or toks[t.b].norm not in _AR_ATTACK_NOUN:
        return actor, target
    if t.kind != "noun" and t.b == t.a:
        return actor, target  # a verb; a light verb's span ends in its noun («شنت الفنانة هجوما»)
    definite = toks[t.b].norm.startswith("ال")
    k, n = t.b + 1, 0
    while (
        k < len(toks)
        and n < 2
        and _ar_plain_word(toks[k], ctx.event_word)
        and _cand_at(cands, k) is None
        and toks[k].norm not in _AR_ALA  # normalized «على» ends in ي as a nisba does
        and (
            toks[k].norm in _AR_ATTACK_MANNER
            or (toks[k].norm.startswith("ال") if definite else _ar_nisba_adj(toks[k]))
        )
    ):
        k, n = k + 1, n + 1
    if k >= len(toks):
        return actor, target
    manner = any(toks[m].norm in _AR_ATTACK_MANNER for m in range(t.b + 1, k))
    got = _ar_li_agent_end(ctx, k)
    agent = None
    if got is not None:
        agent, k = got[0], got[1] + 1
    elif not manner:
        return actor, target  # nothing round 51 does not read already
    if (
        k >= len(toks)
        or toks[k].norm not in _AR_ALA
        or normalize(toks[k].prefix)
        or "\u0651" in toks[k].text
        or any(c.tok <= k <= c.tok_end for c in cands)  # the name «علي»
    ):
        return actor, target
    obj = _ar_object_np(toks, k + 1, cands, ctx.text, ctx.event_word)
    if obj is None or obj is agent or (agent is not None and obj.tok <= agent.tok_end):
        return actor, target
    if actor is not None and obj.tok <= actor.tok <= obj.tok_end:
        actor = None
    if actor is None and agent is not None:
        actor = agent
    if (
        target is None
        or target is actor
        or t.b < target.tok < k  # a word of the agent's phrase
        or obj.tok <= target.tok <= obj.tok_end  # a part of the object («الحوثيين» of «مواقع الحوثيين»)
        or target.tok > obj.tok_end
    ):
        target = obj
    return actor, target


# ---------------------------------------------------------------- (round 73) «محاكمة المتهمين»، «تسليم المطلوبين»
# masdars of custody or trial whose genitive is the one tried, detained, handed over or deported, never the doer:
# «محاكمة الصحفيين»، «توقيف المشتبه بهم»، «تسليم المتورطين إلى المدعي العام»، «ترحيل المخالفين»
_AR_CUSTODY_MASDAR = F._n("محاكمة محاكمات تسليم ترحيل ضبط") | (_AR_HARM_MASDAR & F._n("اعتقال توقيف احتجاز"))
# of these, the arrests: a security force in their genitive may be the doer («اعتقال قوات الأمن ...»)
_AR_CUSTODY_ARREST = F._n("ضبط اعتقال توقيف احتجاز")


def _ar_custody_genitive(ctx: RoleContext, i: int, head: str) -> Cand | None:
    """(round 73) The genitive at i of a custody masdar when it names persons: a person or a group noun (not a
    security force after an arrest masdar), a count «عدد من» before one («ضبط عدد من الأشخاص»: the whole phrase),
    or, after any masdar but «ضبط», a definite plural in -ين / -ون no candidate holds («المتورطين»، «المطلوبين»: the
    participles of the accused and wanted; «ضبط المراقبين ... ديدان»: the genitive of «ضبط» is often its doer).
    None for a state, a body or any other word."""
    toks, cands = ctx.toks, ctx.cands
    if i >= len(toks) or toks[i].kind != "ar" or normalize(toks[i].prefix):
        return None
    g, lead = _cand_at(cands, i), i
    if g is None and toks[i].norm in F._n("عدد") and i + 2 < len(toks) and toks[i + 1].norm == "من":
        g = _cand_at(cands, i + 2)
        if g is None or normalize(toks[i + 2].prefix):
            return None
    if g is not None:
        if not (g.etype == "PERSON" or g.sector is not None):
            return None
        if head in _AR_CUSTODY_ARREST and (g.sector or "")[:3] in ("MIL", "COP"):
            return None
        if lead < g.tok:
            return _phrase_cand(toks, ctx.text, toks[lead].start, lead, g.tok_end, g.etype)
        return g
    w = toks[i].norm
    if any(c.tok <= i <= c.tok_end for c in cands) or not _ar_plain_word(toks[i], ctx.event_word):
        return None
    if head in F._n("ضبط"):
        return None
    if w.startswith("ال") and len(w) >= 7 and w.endswith(("ين", "ون")) and not _ar_nisba_adj(toks[i]):
        return _phrase_cand(toks, ctx.text, toks[i].start, i, i, "PERSON")
    return None


def ar_custody_masdar_genitive(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 73) The genitive of a masdar of trial, arrest, handover or deportation (COERCE, ACCUSE) in construct:
    «محاكمة الصحفيين الثلاثة»، «توقيف المشتبه بهم»، «تسليم المتورطين إلى المدعي العام»، «ضبط عدد من الأشخاص». The
    genitive (`_ar_custody_genitive`) undergoes the event: it is the target, never the actor (an actor on it is
    dropped), and it replaces a target told after it (the court or office after «إلى»: «تسليم ... إلى النيابة»).
    A genitive followed by a party in لـ is the doer (round 46: «محاكمة المحكمة للمتهمين»): left."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if t.type not in ("COERCE", "ACCUSE") or toks[t.b].kind != "ar" or (t.kind != "noun" and t.b == t.a):
        return actor, target  # a verb; a light verb's span ends in its masdar («وبدأت محاكمة»)
    w = toks[t.b].norm
    w = w[1:] if w[:1] in "وف" and w[1:] not in _AR_CUSTODY_MASDAR else w
    w = w[1:] if w[:1] in "بل" and w[1:] in _AR_CUSTODY_MASDAR else w
    if w not in _AR_CUSTODY_MASDAR:
        return actor, target  # also a definite masdar («الاعتقال»): no construct
    g = _ar_custody_genitive(ctx, t.b + 1, w)
    if g is None:
        return actor, target
    k = g.tok_end + 1
    while k < len(toks) and not any(c.tok <= k <= c.tok_end for c in cands) and toks[k].norm.startswith("ال"):
        k += 1  # its definite adjectives
    if k < len(toks) and normalize(toks[k].prefix) == "ل" and _cand_at(cands, k) is not None:
        return actor, target  # «محاكمة المحكمة للمتهمين»: the genitive acts
    if actor is not None and g.tok <= actor.tok <= g.tok_end:
        actor = None
    if target is None or target.tok > g.tok_end or g.tok <= target.tok <= g.tok_end:
        target = g
    return actor, target


# ---------------------------------------------------------------- (round 74) the antecedent past an auxiliary
# the auxiliaries that may stand between a relative pronoun and its verb: «الذي كان قد رفض»، «الذي سبق أن رفض»،
# «والذي سبق وأن وجه»; «سبق» is followed by its «أن» (round 21's `_AR_AUX` holds كان / قد)
_AR_REL_AUX_SABAQA = F._n("سبق وسبق")
_AR_REL_AUX_AN = _AR_THAT | F._n("وأن وان")  # round 48's «أن» with a «و» on it


def ar_relative_subject_past_aux(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 74) The antecedent of a relative pronoun is the subject of the relative clause's verb when only an
    auxiliary stands between the pronoun and the verb: «من الجيش الذي سبق أن رفض معلومات»، «شعبه الذي كان
    يطالبه بالرحيل»، «"جليبيب الجزراوي" والذي سبق أن وجه تهديداً». The base reads «X الذي رفض» (the verb right
    after the pronoun); the auxiliary («كان، قد، سبق أن») hid it. Only an empty actor is filled, by the candidate
    right before the pronoun (a closing quote may come between). Left alone: a verb carrying an object pronoun
    with its own subject after it («الهجوم الذي كان قد شنه التنظيم»: the antecedent is the object), a feminine
    verb after «الذي» («الذي كانت قد رفضته الحكومة»), a verb of harm, arrest or sanction (unvoiced, it is often a
    passive: «المتهم الذي سبق أن اعتقل عام 2013», the antecedent undergoes it; a light verb «نفذ هجمات» is
    active), an event noun as antecedent."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if actor is not None or t.a < 3:
        return actor, target
    verb = toks[t.a]
    if verb.kind != "ar" or normalize(verb.prefix):
        return actor, target
    if t.kind != "verb" and _ar_light_word(verb) not in _AR_LIGHT_OBJ:
        return actor, target  # a noun trigger; a light verb's span («وجه تهديداً») opens with its verb
    if len(verb.stem) > 1 and verb.stem[1] == "\u064f":
        return actor, target  # «أُدين»: a voweled passive
    k, aux = t.a - 1, []
    while k > 0 and len(aux) < 3:
        w = toks[k].norm
        if w in _AR_AUX or (w in _AR_REL_AUX_AN and toks[k - 1].norm in _AR_REL_AUX_SABAQA):
            aux.append(w)
            k -= 1
        elif w in _AR_REL_AUX_SABAQA and aux and aux[-1] in _AR_REL_AUX_AN:
            aux.append(w)
            k -= 1
        else:
            break
    if not aux or toks[k].kind != "ar" or toks[k].norm not in _AR_REL_PRON:
        return actor, target  # no auxiliary: the base reads «X الذي رفض» already
    if normalize(toks[k].prefix) not in ("", "و"):
        return actor, target
    rel, w = toks[k].norm, verb.norm
    if rel == "الذي" and ("كانت" in aux or "وكانت" in aux or w.endswith("ت") or w[:2] in ("ست", "تت")):
        return actor, target  # a feminine verb after «الذي»: its subject is another noun
    e = k - 1
    if e > 0 and toks[e].text in _AR_QUOTE_TOKS:
        e -= 1  # «"جليبيب الجزراوي" والذي»
    ante = next((c for c in cands if c.tok_end == e), None)
    if ante is None or ante.etype not in ("PERSON", "ORG", "GPE", "MISC") or ante is target:
        return actor, target
    if ctx.event_word(toks[ante.tok]) or ctx.event_word(toks[ante.tok_end]):
        return actor, target  # «الهجوم الذي كان ...»: an event noun is no doer
    b = t.b + 1
    if t.type in ("ASSAULT", "COERCE", "SANCTION") and _ar_light_word(verb) not in _AR_LIGHT_OBJ:
        return actor, target  # «المتهم الذي سبق أن اعتقل»، «الذي كان قد طرد»: unvoiced, often a passive
    if (
        w.endswith(_AR_OBJ_CLITIC)
        and b < len(toks)
        and toks[b].kind == "ar"
        and not normalize(toks[b].prefix)
    ):
        if _cand_at(cands, b) is not None or toks[b].norm.startswith("ال"):
            return actor, target  # «الذي كان قد شنه التنظيم»: the clause has its own subject
    return ante, target


# ---------------------------------------------------------------- (round 82) the harmed told before the attack noun
# who is named in a casualty clause besides the counted persons: «منسوبي قوات الطوارئ»، «إصابة مواطن»، «قتلى وجرحى
# من قوات ...» (round 69's people words, and the singular and plural heads of the casualty news)
_AR_CASUALTY_HEADS = _AR_RECIPIENT_HEADS | F._n(
    "مواطن مواطنا مقيم مقيما طفل طفلا طفلة امرأة جندي جنديا جنود الجنود منسوبي منسوبو شرطي شرطيا قوات"
)
# the casualties counted as a class, whose party follows in «من»: «سقوط قتلى وجرحى من قوات ...»
_AR_CASUALTY_CLASS = F._n("قتلى جرحى القتلى الجرحى مصابين ضحايا وجرحى والجرحى ومصابين")
# the head of an incident between the cause preposition and the attack noun: «في حادثة التفجير»
_AR_INCIDENT_HEAD = F._n("حادثة حادث الحادث الحادثة عملية")
_AR_CASUALTY_REACH = 16  # words between the casualty word and the cause preposition, at most
# the harmed named by a definite participle or class noun: «المصابين المنومين في المستشفى، جراء الاعتداء»
_AR_CASUALTY_DEFINITE = F._n("المصابين المصابون الجرحى القتلى الضحايا الشهداء المتضررين")
# the harmed in construct with the attack noun: «مصابي التفجير»، «ضحايا الهجوم»، «شهداء العدوان»
_AR_CASUALTY_OF = F._n("مصابي مصابو ضحايا شهداء قتلى جرحى")
# a noun of death or wounds that names no victim of its own but through a class: «سقوط قتلى» (not «سقوط النظام»)
_AR_CASUALTY_FALL = F._n("سقوط")


def _ar_casualty_party(
    toks: list[Token], k: int, hi: int, cands: list[Cand], text: str, event_word: Callable[[Token], bool]
) -> Cand | None:
    """The harmed party named from k (before hi), past numbers and count words: a candidate there (the phrase from
    the count on: «أربعة مواطنين فلسطينيين»); a people word with a candidate as its genitive («اثنين من منسوبي قوات
    الطوارئ») or with its nisba adjectives («مواطن»، «جنديين كوريين»); a class of casualties and «من» + such a
    party («قتلى وجرحى من قوات جماعة ...»)."""
    s = k
    while k < hi and (toks[k].kind == "num" or toks[k].norm in _AR_COUNT_WORDS | _AR_NUMBER_WORDS):
        k += 1
    if k >= hi or toks[k].kind != "ar" or normalize(toks[k].prefix) not in ("", "و"):
        return None
    if toks[k].norm in _AR_CASUALTY_CLASS and k == s:
        m = k + 1
        while m < hi and toks[m].norm in _AR_CASUALTY_CLASS:
            m += 1
        if m + 1 < hi and toks[m].norm == "من" and not normalize(toks[m].prefix):
            return _ar_casualty_party(toks, m + 1, hi, cands, text, event_word)
        return None
    c = _cand_at(cands, k)
    if c is not None:
        if normalize(toks[k].prefix) or c.tok_end >= hi:
            return None
        return c if k == s else _phrase_cand(toks, text, toks[s].start, s, c.tok_end)
    if toks[k].norm not in _AR_CASUALTY_HEADS or not _ar_plain_word(toks[k], event_word):
        return None
    for m in range(k + 1, min(k + 4, hi)):
        # its genitive: a candidate right after it, or past at most two plain words («قوات جماعة أنصار الله»)
        g = _cand_at(cands, m)
        if g is not None:
            if g.tok_end < hi and not normalize(toks[m].prefix):
                return _phrase_cand(toks, text, toks[s].start, s, g.tok_end)  # «منسوبي قوات الطوارئ»
            break
        if not _ar_plain_word(toks[m], event_word) or toks[m].norm.startswith("ال") or _ar_nisba_adj(toks[m]):
            break
    j = k
    while j + 1 < hi and j - k < 2 and _ar_nisba_adj(toks[j + 1]) and _ar_plain_word(toks[j + 1], event_word):
        j += 1
    return _phrase_cand(toks, text, toks[s].start, s, j)


def ar_casualty_before_attack(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 82) The harmed told before the attack noun that closes their clause in «في / جراء / إثر / بسبب» (past
    «حادثة»): «استشهد أربعة مواطنين ... في انفجار صاروخ»، «وفاة اثنين من منسوبي قوات الطوارئ متأثرين في حادثة
    التفجير»، «إصابة مواطن بالحرث جراء سقوط مقذوف»، «بسقوط قتلى وجرحى من قوات الجماعة جراء غارات للتحالف». Round 48
    (`ar_casualty_victims`) reads the verb form only for an attack with a doer; here also a doerless attack and the
    nouns of death or wounds in construct («وفاة، إصابة، مقتل، سقوط ...»). The casualties are the target when there is
    none, and never the actor (an actor inside their phrase is dropped)."""
    toks, t, cands, text, event_word = ctx.toks, ctx.t, ctx.cands, ctx.text, ctx.event_word
    if target is not None or t.type != "ASSAULT" or toks[t.a].kind != "ar" or t.a < 3:
        return actor, target
    a = toks[t.a].norm
    own = (_AR_CASUALTY_NOUN - _AR_CASUALTY_FALL) | _AR_CASUALTY_VERB
    if a in own or (a[:1] in "وبل" and a[1:] in own):
        return actor, target  # «في استشهاد أبنائنا»: a death is the trigger, its genitive the harmed
    stops = (".", ";", "؛", "?", "؟", ":")
    s = t.a - 1
    while s > 0 and toks[s - 1].text not in stops:
        s -= 1
    if any(toks[k].norm == toks[t.b].norm for k in range(s, t.a)):
        return actor, target  # «عقب التفجير ... لضحايا التفجير»: told again, one event (the merge keeps it)
    p = t.a - 1
    w = toks[p].norm
    if w[:1] in "وبل" and w[1:] in _AR_CASUALTY_OF:
        w = w[1:]
    if toks[p].kind == "ar" and w in _AR_CASUALTY_OF and normalize(toks[p].prefix) in ("", "و", "ب", "ل"):
        # «مصابي التفجير»، «ضحايا الهجوم»: the harmed in construct with the attack noun
        victim = _phrase_cand(toks, text, toks[p].stem_start + (w != toks[p].norm), p, p)
        if actor is not None and actor.tok_end in (p, p - 1):
            actor = None  # the harmed, or the head they stand in the genitive of («أسر ضحايا الهجوم»)
        return actor, victim
    if (toks[p].norm in _AR_INCIDENT_HEAD | _AR_NUMBER_WORDS or toks[p].kind == "num") and not normalize(
        toks[p].prefix
    ):
        p -= 1  # «في حادثة التفجير»، «جراء ثلاث غارات»
    if toks[p].norm not in _AR_CAUSE_PREP or normalize(toks[p].prefix):
        return actor, target
    lo = p
    while lo > 0 and toks[lo - 1].text not in stops and p - lo < _AR_CASUALTY_REACH:
        lo -= 1
    opens = lo == 0 or toks[lo - 1].text in stops  # lo opens the sentence (not a cut of the reach)
    victim = None
    for q in range(lo, p - 1):
        tok = toks[q]
        if tok.kind != "ar":
            continue
        pre = normalize(tok.prefix)
        # a noun in construct, its proclitic split off or left on it: «وفاة»، «بسقوط»
        noun = pre in ("", "و", "ب", "وب") and any(
            tok.norm.startswith(g) and tok.norm[len(g) :] in _AR_CASUALTY_NOUN for g in ("", "و", "ب", "وب")
        )
        verb = (
            not pre
            and _bare_ar(tok.norm) in _AR_CASUALTY_VERB
            and ((q == lo and opens) or toks[q - 1].norm in _AR_THAT)
            and actor is None  # round 48 reads a verb's clause when the attack has a doer
        )
        if noun or verb:
            if noun and tok.norm.lstrip("وب") in _AR_CASUALTY_FALL:
                if q + 1 >= p or toks[q + 1].norm not in _AR_CASUALTY_CLASS:
                    break  # «سقوط النظام»، «سقوط الأمطار»: no casualties
            victim = _ar_casualty_party(toks, q + 1, p, cands, text, event_word)
            break
        if not pre and tok.norm in _AR_CASUALTY_DEFINITE and _cand_at(cands, q) is None:
            j = q  # the harmed themselves and their definite adjectives: «المصابين المنومين»
            while j + 1 < p and j - q < 2 and toks[j + 1].norm.startswith("ال"):
                if normalize(toks[j + 1].prefix):
                    break
                j += 1
            victim = _phrase_cand(toks, text, tok.start, q, j)
            break
    if victim is None:
        return actor, target
    if actor is not None and (victim is actor or victim.tok <= actor.tok <= victim.tok_end):
        actor = None  # «وفاة اثنين من منسوبي قوات الطوارئ»، «إصابة الضابط في هجوم»: the harmed do not attack
    return actor, victim


# ---------------------------------------------------------------- (round 83) the subject of a circumstantial participle
# A participle in the accusative after a comma (a حال: «، داعيا»، «، متهما»، «، مطالبين») shares the subject of the
# clause's verb and names no subject of its own: the noun right after it is its object («داعيا الجميع»). The verbs
# of saying and of stance that open such a clause, each with a و / ف on it or after an opener or a comma.
_AR_HAL_STANCE_VERBS = F._n(
    "أشاد اشاد أشادت اشادت انتقد انتقدت طالب طالبت دعا دعت ندد نددت أدان ادان أدانت ادانت ناشد ناشدت حث حثت"
)


def _ar_hal_participle(toks: list[Token], k: int) -> bool:
    """(round 83) The word at k is an active participle in the accusative right after a comma: a singular in -ا
    (derived «مطالبا»، «متهما»، «محذرا» or of the فاعل form «داعيا»، «رافضا») or a plural in -ين («مطالبين»); no
    proclitic, no article. A feminine in -ة is left out: «، مطالبة»، «، مداهمة» read as often as masdars."""
    tok = toks[k]
    w = tok.norm
    if k < 1 or tok.kind != "ar" or normalize(tok.prefix) or toks[k - 1].text not in ("،", ","):
        return False
    if len(w) < 5 or w.startswith("ال"):
        return False
    if w.endswith("ا"):
        return w[0] == "م" or w[1] == "ا"
    return w.endswith("ين") and w[0] == "م" and len(w) >= 6


def _ar_hal_feminine(toks: list[Token], k: int) -> bool:
    """(round 89) The word at k is spelled as a feminine singular of round 83's participle (`_ar_hal_participle`'s
    -ا read as -ة: «، مطالبة»، «، داعية»، «، محذرة»): right after a comma, no proclitic, no article, derived on م-
    or of the فاعلة form. It is spelled like a masdar («مطالبة») or a noun («داعية»): the caller takes it as the
    participle only after a feminine opening verb of saying or stance (`_ar_opening_verb_subject`)."""
    tok = toks[k]
    w = tok.norm
    if k < 1 or tok.kind != "ar" or normalize(tok.prefix) or toks[k - 1].text not in ("،", ","):
        return False
    if len(w) < 5 or w.startswith("ال") or not re.sub("[\u064b-\u0652]", "", tok.text).endswith("ة"):
        return False  # «مطالبه»: a masculine plural with its pronoun
    return w[0] == "م" or w[1] == "ا"


def _ar_named_institution(toks: list[Token], p: int, v: int) -> bool:
    """(round 83) The name at p follows «الملك / الأمير» in the genitive of a noun after the verb at v: an
    institution named after him («ذكر مدير مركز الملك فهد الثقافي»), not the subject («استقبل الملك سلمان»،
    «خادم الحرمين الشريفين الملك سلمان»)."""
    if p - 2 <= v or toks[p - 1].norm not in ("الملك", "الامير"):
        return False
    head = toks[p - 2]
    return head.kind == "ar" and not head.norm.startswith("ال")


def _ar_opening_verb_subject(ctx: RoleContext, k: int, feminine: bool = False) -> tuple[Cand | None, bool]:
    """(round 83) The subject of the verb that opens the sentence of the participle at k, and whether such a verb
    was found: the first verb of saying (`AR_SPEECH_VERBS`) or of stance (`_AR_HAL_STANCE_VERBS`) that opens a
    clause before k (the sentence's start, after punctuation or an opener: «من جهته، أكد»), with its subject in
    verb-subject order: a candidate right after it (one time word may come between), a person behind a title
    chain (round 19's `ar_titled_subject`, round 56's `ar_subject_behind_title`) or a definite noun (round 19's
    `ar_vso_subject`). A feminine verb before a masculine participle («قالت ...، داعيا») is no match. (round 89)
    With ``feminine`` (a participle in -ة, `_ar_hal_feminine`) only a feminine verb of saying or stance matches
    («وأكدت الوزارة ...، مطالبة»): a masculine one, or another event verb, is no match."""
    toks, cands, event_word = ctx.toks, ctx.cands, ctx.event_word
    s = k - 1
    while s > 0 and toks[s - 1].text not in (".", "!", "؟", "?"):
        s -= 1
    for v in range(s, k - 1):
        tok = toks[v]
        bare = tok.norm[1:] if tok.norm[:1] in "وف" and not normalize(tok.prefix) else tok.norm
        if tok.kind != "ar" or normalize(tok.prefix) not in ("", "و", "ف") or tok.norm.startswith("ال"):
            continue
        opens = v == s or toks[v - 1].kind == "punct" or toks[v - 1].norm in _AR_OPENERS or bare != tok.norm
        if not opens or any(c.tok <= v <= c.tok_end for c in cands):
            continue
        if bare not in AR_SPEECH_VERBS and bare not in _AR_HAL_STANCE_VERBS:
            if feminine or not (event_word(tok) and (v == s or toks[v - 1].norm in _AR_OPENERS)):
                continue  # another verb only as the sentence's first word, an event word: «كما أطلق تسيبراس»
        if (bare.endswith("ت") and bare != "لفت") != feminine:
            return None, True  # a verb of the other gender: the participle is another clause's
        return _ar_subject_after_verb(ctx, v, k - 1), True
    return None, False


def _ar_subject_after_verb(ctx: RoleContext, v: int, stop: int) -> Cand | None:
    """(round 83, split out in round 87) The subject of the verb at v in verb-subject order, ending before
    ``stop``: a whole-word candidate right after it (one time word may come between), a person behind a title
    chain (not a king's name in an institution's genitive) or a definite noun."""
    toks, cands, event_word = ctx.toks, ctx.cands, ctx.event_word
    fake = replace(ctx.t, a=v, b=v, kind="verb", head=None, lead=None, tail=None)
    i = v + 1
    if i < stop and toks[i].norm in _AR_SKIP_AFTER_VERB and not normalize(toks[i].prefix):
        i += 1
    c = _cand_at(cands, i)
    if c is not None and c.tok_end < stop and c.etype in ("PERSON", "ORG", "GPE", "MISC"):
        whole = c.start == toks[i].start and not normalize(toks[i].prefix)
        if (c.etype != "MISC" or c.sector is not None) and whole:
            return c  # not «كيل» of «وقال وكيل»: a name cut out of a word
    found = ar_subject_behind_title(toks, fake, cands, event_word)
    if found is not None and found[0].tok_end < stop and not _ar_named_institution(toks, found[0].tok, v):
        return found[0]
    c = ar_titled_subject(toks, fake, cands, event_word, chain_only=False)
    if c is not None and c.tok_end < stop and not _ar_named_institution(toks, c.tok, v):
        return c
    c = ar_vso_subject(toks, fake, cands, ctx.text, event_word)
    if c is not None and c.tok_end < stop:
        return c
    return None


# participles of affirming or voicing whose object masdar is the speaker's own stance: «، مؤكدا رفض تلك التصريحات»،
# «، معربا عن رفضه»، «، مجددا دعمه»
_AR_HAL_STANCE_PARTICIPLES = F._n("مؤكدا مجددا معلنا مبديا")
_AR_HAL_VOICING_PARTICIPLES = F._n("معربا")


def _ar_stance_masdar_after_participle(toks: list[Token], t: Trig) -> bool:
    """(round 83) The trigger at t.a is the masdar object of a circumstantial participle of affirming or voicing
    («، مؤكدا رفض»، «، معربا عن رفضه») and names no doer after it: it carries a possessive pronoun or a
    demonstrative or a phrase in لـ follows it («رفض تلك التصريحات»، «رفضه للقرار»)."""
    k = t.a - 1
    if k < 2 or toks[t.a].kind != "ar" or normalize(toks[t.a].prefix):  # «رفض» unvoweled reads as a verb too
        return False
    if toks[k].norm == "عن" and toks[k - 1].norm in _AR_HAL_VOICING_PARTICIPLES:
        k -= 1
    elif toks[k].norm not in _AR_HAL_STANCE_PARTICIPLES:
        return False
    if not _ar_hal_participle(toks, k):
        return False
    w = toks[t.a].norm
    if w.endswith(_AR_OBJ_CLITIC) and toks[t.a].text[-1:] != "ة":
        return True
    nxt = toks[t.a + 1] if t.a + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.kind == "ar"
        and (nxt.norm in _AR_DEMONSTRATIVE or normalize(nxt.prefix) == "ل" or nxt.norm[:2] == "لل")
    )


def ar_circumstantial_participle_actor(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 83) «وأطلق تسيبراس نداء للوحدة، داعيًا اليونانيين إلى»، «وانتقد كيري السياسات، متهما طهران
    بدعم»: a participle in the accusative after a comma (`_ar_hal_participle`) is a circumstantial clause whose
    subject is the subject of the sentence's opening verb of saying or stance (`_ar_opening_verb_subject`);
    after the participle stands its object, never its subject. An actor found after the participle (the
    addressee or the accused the base took) is dropped, and becomes the target when it stands right after the
    participle and no target was found; the opening verb's subject, when named, is the actor. An actor found
    before the participle is kept. (round 89) The feminine («وأكدت الخارجية ...، مطالبة بضرورة»، «ودعت اللجنة
    ...، محذرة من»: `_ar_hal_feminine`) is read the same way only when a feminine verb of saying or stance opens
    the sentence and its subject is named; else it may be the masdar or the noun it is spelled like, and is left."""
    toks, t = ctx.toks, ctx.t
    if t.a != t.b:
        return actor, target
    masculine = _ar_hal_participle(toks, t.a)
    if not masculine and not _ar_hal_feminine(toks, t.a):
        if actor is None and _ar_stance_masdar_after_participle(toks, t):
            return _ar_opening_verb_subject(ctx, t.a - 1)[0], target
        return actor, target
    if actor is not None and actor.tok < t.a:
        return actor, target
    subj, _ = _ar_opening_verb_subject(ctx, t.a, feminine=not masculine)
    if subj is None and not masculine:
        return actor, target  # no named feminine speaker opens the sentence: maybe «مطالبة» the demand
    if subj is not None and toks[t.a].norm.endswith("ين") and subj.ent is not None and subj.etype == "PERSON":
        subj = None  # «وقال X إن المحتجين خرجوا، مطالبين»: a plural participle is no named person's («الخبراء» may be)
    if actor is not None and target is None and actor.tok == t.b + 1:
        target = actor
    if subj is not None and target is not None and target.tok <= subj.tok <= target.tok_end:
        subj = None
    return subj, target


# ---------------------------------------------------------------- (round 84) the subject after a verb with an object pronoun
def _ar_clitic_antecedent(
    toks: list[Token], t: Trig, actor: Cand, event_word: Callable[[Token], bool]
) -> bool:
    """(round 84) The actor before the verb at t is the indefinite antecedent of an asyndetic relative clause whose
    verb's object pronoun stands for it: «عن معتقل سعودي ستيني كانت أوقفته»: one word, no article, no proclitic
    on the verb, only nisba adjectives and «كان / كانت / قد» between; the pronoun agrees with it in gender and
    number, and the verb does not (so it cannot be the verb's subject). A definite antecedent («الحكومة كانت
    اعتقلته») or a relative pronoun between («الشعب الذي كان يطالبه») is left: there it may be the subject."""
    if normalize(toks[t.a].prefix) or toks[t.a].kind != "ar":
        return False
    split = _ar_object_clitic(toks[t.a], event_word)
    if split is None:
        return False  # no object pronoun, or «وجه»: the ه belongs to the word
    cl, stem = split
    if cl not in ("ه", "ها", "هم") or stem.norm.endswith("و"):
        return False  # «اعتقلوه»: the subject is on the verb
    head = toks[actor.tok]
    if actor.tok != actor.tok_end or head.kind != "ar" or head.norm.startswith("ال"):
        return False
    if any(not (_ar_nisba_adj(toks[k]) or toks[k].norm in _AR_AUX) for k in range(actor.tok_end + 1, t.a)):
        return False
    # the pronoun agrees with the antecedent: -ه a masculine singular, -ها a feminine (-ة) or a plural in -ات,
    # -هم a plural in -ون / -ين
    # (ة reads ه once normalized: «امرأة» → «امراه»)
    fem, plural = head.norm.endswith(("ه", "ات")), head.norm.endswith(("ون", "ين"))
    if {"ه": fem or plural, "ها": not fem, "هم": not plural}[cl]:
        return False
    # and the verb does not agree with it, so that it cannot be its subject: «معتقل ... كانت أوقفته» (a feminine
    # verb, a masculine noun), «امرأة دعاها» (the reverse); not «فريق يرفضها» (a group rejects it: its subject)
    verb = stem.norm
    if verb.endswith("ت"):
        return not fem  # a feminine past
    if verb.startswith("ت"):
        return False  # a feminine present or a past of the forms تفعّل / تفاعل: unknown
    return fem


def ar_clitic_verb_subject_after(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 84) «وخمسة مسؤولين في شركات تسويق اتهمتهم وزارة العدل»، «لمحقق متقاعد ... اعتقلته السلطات»: a verb
    that carries its object pronoun (-ه، -ها، -هم: round 21's `ar_clitic_subject`, which also requires the verb
    without the pronoun to be an event word) with a candidate right after it has that candidate as its subject;
    the pronoun stands for the noun before the verb, which is no actor. Round 21 reads this form for attacks and
    arrests only and a later choice (a light verb's subject, a body read as a masculine verb's object) can undo it;
    here, last: an actor found before the verb gives way to the subject after it and becomes the target when no
    other target was found (or the target was that subject). A verb carrying its plural subject («اعتقلوه») has no
    subject after it and is left. With no subject after it and no target, a bare indefinite antecedent that the
    pronoun agrees with and the verb does not (`_ar_clitic_antecedent`) is the target, not the actor."""
    toks, t = ctx.toks, ctx.t
    if actor is None or actor.tok_end >= t.a or t.kind != "verb" or t.a != t.b:
        return actor, target
    if toks[t.a].norm.endswith(("وه", "وها", "وهم")):
        return actor, target  # «اعتقلوه»: the subject is on the verb
    subj = ar_clitic_subject(toks, t, ctx.cands, ctx.event_word)
    if subj is None:
        if target is None and _ar_clitic_antecedent(toks, t, actor, ctx.event_word):
            return None, actor  # «عن معتقل سعودي ستيني كانت أوقفته قبل»: the antecedent is the object
        return actor, target
    if subj is actor:
        return actor, target
    if target is None or target is subj:
        target = actor
    return subj, target


# ---------------------------------------------------------------- (round 86) the subject told before a victim verb
# words between the victim verb and the cause preposition of the attack noun, at most
_AR_VICTIM_VERB_REACH = 8


def _ar_victim_verb_at(toks: list[Token], t: Trig) -> int | None:
    """The victim verb of the trigger's clause: the trigger's own first word, or, for an attack word right after a
    cause preposition («في / جراء / إثر ...»), the nearest such verb at most `_AR_VICTIM_VERB_REACH` words before
    the preposition with no sentence mark or comma between («أصيبا بجروح في انفجار»). Only a verb with no proclitic:
    a coordinated «وأصيب» has its own subject after it («لقوا حتفهم وأصيب كثيرون»)."""

    def victim(k: int) -> bool:
        return toks[k].kind == "ar" and not normalize(toks[k].prefix) and toks[k].norm in _AR_CASUALTY_VERB

    if victim(t.a):
        return t.a
    if t.a < 3 or toks[t.a - 1].norm not in _AR_CAUSE_PREP or normalize(toks[t.a - 1].prefix):
        return None
    for k in range(t.a - 2, max(0, t.a - 2 - _AR_VICTIM_VERB_REACH), -1):
        if toks[k].text in (".", ";", "؛", "?", "؟", ":", "،", ","):
            return None
        if victim(k):
            return k
    return None


def ar_victim_verb_subject_before(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 86) «أن جنديين كوريين جنوبيين أصيبا بجروح في انفجار»، «إن ثلاثة جنود استشهدوا في هجوم»: a verb of wounds
    or martyrdom (round 48's `_AR_CASUALTY_VERB`: round 21's `_AR_VICTIM_VERB`, the dual now in it, and round 24's
    `_AR_MARTYR_VERB`) that is the trigger or whose clause the attack noun closes (`_ar_victim_verb_at`), with its
    subject told before it: a candidate with no proclitic right before the verb (only nisba adjectives between),
    itself right after «أن / إن» or opening the sentence or a clause (past a number or count word). The verb's
    subject undergoes it: it is the target when there is none, and never the actor; an agent after the verb
    («برصاص مسلحين»، «في هجوم شنه مسلحون») stays the actor. Round 21 reads only the subject after such a verb, and
    rounds 48 / 82 only a verb that opens the sentence or follows «أن»; the subject before it was taken as the doer."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if target is not None or t.type != "ASSAULT" or toks[t.a].kind != "ar":
        return actor, target
    v = _ar_victim_verb_at(toks, t)
    if v is None or v < 1:
        return actor, target
    k, subj = v - 1, None
    while k >= 0:
        # a candidate, or the actor an earlier rule built as a phrase («أن الشهيدين استشهدا»: no entity)
        subj = next((c for c in [*([actor] if actor is not None else []), *cands] if c.tok_end == k), None)
        if subj is not None or k == 0 or not _ar_nisba_adj(toks[k]) or normalize(toks[k].prefix):
            break
        k -= 1  # «جنديين كوريين جنوبيين»: the adjectives after the subject («جنديين» itself ends like one)
    if subj is None or normalize(toks[subj.tok].prefix):
        return actor, target
    if normalize(ctx.text[toks[subj.tok].start : subj.start]) not in ("", "و"):
        return actor, target  # «لطفل أصيب»: a preposition the tokenizer left on the word
    p = subj.tok - 1
    while p >= 0 and (toks[p].kind == "num" or toks[p].norm in _AR_COUNT_WORDS | _AR_NUMBER_WORDS):
        p -= 1  # «أن ثلاثة جنود»
    if p >= 0 and toks[p].norm not in _AR_THAT and toks[p].text not in (".", "؛", ";", ":", "،", ","):
        return actor, target
    if p >= 0 and normalize(toks[p].prefix) not in ("", "و"):
        return actor, target
    return (None if actor is subj else actor), subj


# «قتل ما لا يقل عن»: the least count opening the harmed after a verb of killing or wounds (round 52's `_ar_counted_np`
# reads past it)
_AR_AT_LEAST = ("ما", "لا", "يقل", "عن")


def ar_at_least_counted(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 86) «وقتل ما لا يقل عن 260 مقاتلا كرديا»، «أصيب ما لا يقل عن 20 شخصا»: a one-word verb of killing,
    arrest or wounds (round 21's `_AR_KILL_VERB`, round 48's `_AR_CASUALTY_VERB`) with «ما لا يقل عن» right after
    it. Whether the verb is passive (its subject the count) or active with its subject told before (its object the
    count), the people counted (`_ar_counted_np`: a number and its noun) undergo it: they are the target when there
    is none, and an actor inside their phrase is dropped. Round 52 (`ar_counted_object`) reads the count only after
    a verb with an actor; this form had no target."""
    toks, t, cands = ctx.toks, ctx.t, ctx.cands
    if target is not None or t.type not in _AR_COUNTED_TYPES or t.a != t.b or toks[t.a].kind != "ar":
        return actor, target
    w = toks[t.a]
    if _bare_kill(w) not in _AR_KILL_VERB and _bare_ar(w.norm) not in _AR_CASUALTY_VERB:
        return actor, target
    if tuple(x.norm for x in toks[t.b + 1 : t.b + 5]) != _AR_AT_LEAST or normalize(toks[t.b + 1].prefix):
        return actor, target
    obj = _ar_counted_np(toks, t.b + 1, cands, ctx.text, ctx.event_word)
    if obj is None:
        return actor, target
    j = obj.tok_end
    while j > obj.tok and toks[j].norm in _AR_OBJ_PREP:
        j -= 1  # «20 شخصا على يد مسلحين»: «على» (read «علي») is no nisba adjective
    if j != obj.tok_end:
        obj = _phrase_cand(toks, ctx.text, obj.start, obj.tok, j)
    if actor is not None and obj.tok <= actor.tok <= obj.tok_end:
        actor = None  # the counted people undergo it («كرديا» was read as the doer)
    return actor, obj


# ---------------------------------------------------------------- (round 87) the doer of a movement's purpose
def ar_purpose_of_movement_actor(ctx: RoleContext, actor: Cand | None, target: Cand | None) -> Roles:
    """(round 87) «توجهت المستشارة الألمانية أنجيلا ميريكل إلى باريس، أمس الإثنين، لإجراء محادثات مع الرئيس
    الفرنسي»: the purpose of a movement (ل + the event, or ل + a verbal noun of carrying out, taking part or
    discussing before it: round 64's `_ar_purpose_head` / `_ar_discussed_object`) is carried out by the one who
    moves, the subject of the verb of going, arriving, leaving, visiting or travelling whose clause holds it
    (round 64's `_ar_movement_at`, here through two commas, no event word between) in verb-subject order (round
    83's `_ar_subject_after_verb`). Only an empty actor is filled; not the ل-complement of undergoing, not a
    subject that is the target, and after a verb that takes an object («زار / غادر»: not one of round 64's
    `_AR_MOVE_TO`, which go «إلى» a place) only a person (not the city or body visited or left)."""
    from khabar.events import modality_ar as M  # modality_ar imports this module: read lazily

    toks, t = ctx.toks, ctx.t
    if actor is not None or toks[t.a].kind != "ar":
        return actor, target
    words = [x.norm for x in toks]
    p = M._ar_purpose_head(toks, words, t, "ل")
    if p < 0:
        p = M._ar_discussed_object(toks, words, t) or -1
    if p < 2 or M._ar_undergone(toks, words, p):
        return actor, target
    # «وصل ... والتقى ...، لبحث»: another event word between stops the walk (only Arabic words are looked up)
    past = {k for k in range(p) if toks[k].kind == "ar" and ctx.event_word(toks[k])}
    m = M._ar_movement_at(toks, words, p, past, commas=2)
    if m is None or toks[m].norm.startswith("ال"):
        return actor, target
    subj = _ar_subject_after_verb(ctx, m, p)
    if subj is None or (target is not None and target.tok <= subj.tok <= target.tok_end):
        return actor, target
    # «وزار مستشفى الملك فهد لإجراء»، «وغادر الرياض، أمس، لإجراء»: «زار / غادر» take an object (the place visited or
    # left); after them only a person is the subject. After «توجه / وصل ... إلى» a state may move: «توجهت مصر إلى»
    if words[m] not in M._AR_MOVE_TO and _bare(words[m]) not in M._AR_MOVE_TO and subj.etype != "PERSON":
        return actor, target
    return subj, target


# The Arabic role rules of rounds 68-87, run in this order after the subject a coordinated verb shares (round 64)
# and the unnamed body after its verb (round 66): each reads the result of the ones before it.
AR_ROLE_CHAIN_LATE: tuple[RoleRule, ...] = (
    # (round 68) «قتل ... على يد مسلحين»، «اعتقل من قبل قوات الأمن»: the agent after its mark is the actor
    ar_agent_after_marker,
    # (round 69) «دعم جوي للمقاتلين الأكراد»: the party in لـ of aid, support or a threat is the target
    ar_recipient_after_li,
    # (round 71) «غارات لطيران التحالف على مواقع ...»: the object after على past the agent in لـ
    ar_attack_object_after_agent,
    # (round 72) «التقى المديرين التنفيذيين»، «يستقبل وزير الدفاع»: the one met, a description after the verb
    ar_met_party_description,
    # (round 73) «محاكمة المتهمين»، «تسليم المطلوبين إلى ...»: the genitive of a custody masdar is the target
    ar_custody_masdar_genitive,
    # (round 74) «الجيش الذي سبق أن رفض»، «شعبه الذي كان يطالبه»: the antecedent past an auxiliary
    ar_relative_subject_past_aux,
    # (round 82) «استشهد أربعة مواطنين ... في انفجار»، «وفاة اثنين من ... في حادثة التفجير»: the harmed before it
    ar_casualty_before_attack,
    # (round 83) «، داعيًا اليونانيين إلى»: a circumstantial participle's subject is the opening verb's
    ar_circumstantial_participle_actor,
    # (round 84) «مسؤولين ... اتهمتهم وزارة العدل»: the subject after a verb with an object pronoun acts
    ar_clitic_verb_subject_after,
    # (round 86) «أن جنديين كوريين أصيبا بجروح في انفجار»: the subject before a victim verb is its target
    ar_victim_verb_subject_before,
    # (round 86) «وقتل ما لا يقل عن 260 مقاتلا كرديا»: the people counted after «ما لا يقل عن» are the target
    ar_at_least_counted,
    # (round 87) «توجهت ميريكل إلى باريس، أمس، لإجراء محادثات»: a movement's purpose is the mover's act
    ar_purpose_of_movement_actor,
)

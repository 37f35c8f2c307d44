"""Participants: agent and role nouns, name merging, subjects, reporting agents and modifiers skipped
before an actor or target.

Split out of ``khabar.events.extract`` (which imports from here and re-exports
``main_event`` and ``plover_type``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from khabar.events import factuality as F
from khabar.events.lexicon import en_lemma, english
from khabar.events.triggers import _EN_PREP, Cand, Trig
from khabar.text.lexicon import EN_SPEECH_VERBS
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
    if j < len(toks) and toks[j].norm in _AR_REL_PRON:
        j += 1
    if j + 1 >= len(toks):
        return None
    v = toks[j]
    if (
        v.kind != "ar"
        or normalize(v.prefix)
        or not v.norm.endswith(("ه", "ها"))
        or len(v.norm) < 4
        or v.norm.startswith("ال")
        or v.start - toks[j - 1].end > 1
        or any(c.tok <= j <= c.tok_end for c in cands)
    ):
        return None
    if j == t.b + 1 and toks[t.b].norm.startswith("ال"):
        return None  # a definite noun takes its relative clause through الذي / التي
    at = {c.tok: c for c in cands}
    c = at.get(j + 1)
    if c is not None and not (c.sector and c.tok == c.tok_end and toks[j + 1].norm in _AR_TITLES):
        return c if c.etype in ("PERSON", "ORG", "GPE") or c.sector else None
    return ar_titled_subject(toks, replace(t, a=j, b=j, kind="verb"), cands, event_word, chain_only=False)


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

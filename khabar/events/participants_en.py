"""English participants (round 48): the subject of an English verb trigger that the clause rules of
``Extractor._participants`` leave out.

Kept apart from ``khabar.events.participants`` (whose Arabic rules other rounds edit) and called once from
``Extractor._event`` for English events only. Three kinds of subject are recovered, each only when the role
it fills is empty (or, for 3, held by a party of the other conjunct):

1. a subject set off from its verb by a parenthetical between commas or dashes (an apposition, a relative
   clause, a participle phrase): "Pakistan, a key U.S. ally, has refused ...", "The 20-year-old driver,
   dressed in green, was arrested", "Colin Rockett — who stood in the dock — was arrested";
2. a name right before its verb that the NER left untagged at the start of the sentence ("Grisham urged
   ...", "Omar asked ...") or tagged as a MISC name ("Gregory Crolley has been arrested");
3. the subject shared by a verb right after "and" ("Vietnam is one of ... and has accused Beijing").

The subject of an active verb is its actor, the subject of a passive one ("was arrested", "were not
charged") its target.
Round 49 added the accused as doer, the first conjunct of a coordinated subject and a reported pronoun subject;
round 50 the object of a request "V X to <verb>" (7), the possessor of an event noun (9) and a pronoun subject
that stands for a name earlier in the sentence (10).
"""

from __future__ import annotations

import re

from khabar.events.triggers import _EN_PREP, Cand, Trig
from khabar.text.tokenize import Token


def _span(toks: list[Token], text: str, i: int, j: int) -> Cand:
    """A phrase of tokens ``i``..``j`` that no entity names (``ent`` None): the party the rules below found
    where the NER gave none (an untagged name, a common noun phrase)."""
    return Cand(toks[i].start, toks[j].end, None, text[toks[i].start : toks[j].end], "MISC", i, j)


# auxiliaries, negation and the adverbs that stand between a subject and its verb
_EN_AUX = frozenset(
    "was were is are be been being has have had will would could can may might should must shall did does do "
    "not never also already later then still just since reportedly allegedly previously often recently "
    "repeatedly once first again subsequently eventually initially".split()
)
_EN_BE = frozenset("was were is are be been being".split())


def _ly_adverb(w: str) -> bool:
    """A lower-case adverb in -ly ("reportedly", "formally") that may stand between a subject and its verb."""
    return w.islower() and w.endswith("ly") and len(w) > 4


def _before_aux(toks: list[Token], k: int) -> int:
    """The index of the last token at or before ``k`` that is no auxiliary and no -ly adverb (-1 if none): the
    end of the subject before a verb group ("the man was reportedly", "who has been")."""
    while k >= 0 and (toks[k].text in _EN_AUX or _ly_adverb(toks[k].text)):
        k -= 1
    return k


# sentence-initial capitalised words that are no name
_EN_NOT_NAME = frozenset(
    "the a an this that these those it he she they we i you his her their its our my your who which what "
    "whom whose there here nobody no none nothing noone everyone everybody everything someone somebody "
    "something anyone anybody one another others other many some most all both each few several such neither "
    "either if when while after before as but and or so yet also however although though because since "
    "meanwhile instead later earlier now today yesterday then still even only just mr mrs ms dr "
    "president minister prime secretary police officials authorities".split()
)
_DELIMS = frozenset({",", "—", "–"})
_DETS = frozenset("the a an this that these those".split())
# a capitalised word (O'Neill, Al-Sadr; not We've, Trump's, I'll) or an acronym
_NAME_TOKEN = re.compile(r"^[A-Z](?:[A-Za-z\-]|['’][A-Z])*[a-z](?:[A-Za-z\-]|['’][A-Z])*$|^[A-Z]{2,}$")
# a finite verb without an auxiliary: a past tense or a third person ("Grisham urged", "Stadia delivers"),
# never a bare form ("Better Android support", "AirPods offer support": a noun or a plural subject's verb)
_EN_IRREGULAR_PAST = frozenset(
    "held led met fought struck shot hit sought told gave made took beat won set put cut caught threw sent "
    "brought went ran stood left kept said began broke drove fled hung laid lost paid quit rode sold shut found "
    "saw heard came got knew felt fell grew "
    "slew spoke stole swore tore withdrew wrote".split()
)
# what a subject of the clause may follow besides the sentence start: a subordinator, a conjunction, a verb
# of saying ("CBS reports the man ... was sentenced")
_EN_CLAUSE_OPENERS = frozenset(
    "if when while after before because since although though as and but or that whether unless until once "
    "said says say reported reports told".split()
)
_EN_NOT_BEFORE_SUBJECT = _EN_PREP | frozenset(
    "to within through during under about than like near across between among toward towards upon via".split()
)


def _delim(toks: list[Token], k: int) -> bool:
    """A comma or a dash that sets off a parenthetical (a hyphen only with spaces around it)."""
    w = toks[k].text
    if w in _DELIMS:
        return True
    return (
        w == "-"
        and 0 < k < len(toks) - 1
        and toks[k - 1].end < toks[k].start
        and toks[k].end < toks[k + 1].start
    )


def _clause_start(toks: list[Token]) -> int:
    """The first token of the sentence's subject: after a dateline ("CLINTON —") and an opening quote."""
    s = 0
    for k in range(min(4, len(toks))):
        if _delim(toks, k) and toks[k].text != ",":
            if all(toks[j].text.isupper() or not toks[j].text.isalpha() for j in range(k)):
                s = k + 1
            break
    while s < len(toks) and toks[s].text in ('"', "“", "'", "‘", "("):
        s += 1
    return s


def _name_run(toks: list[Token], i: int, j: int, covered: set[int]) -> bool:
    """Tokens i..j are a capitalised name no candidate covers (the first one no function word)."""
    if j < i or j - i > 3 or any(k in covered for k in range(i, j + 1)):
        return False
    first = toks[i].text.lower()
    if first in _EN_NOT_NAME or first in _EN_AUX or first.endswith("ly"):
        return False
    return all(toks[k].kind == "latin" and _NAME_TOKEN.match(toks[k].text) for k in range(i, j + 1))


def _common_np(toks: list[Token], i: int, j: int) -> bool:
    """A determiner and up to five lowercase words or numbers: "A town couple", "The 20-year-old male
    driver"."""
    if j <= i or toks[i].text.lower() not in _DETS:
        return False
    if sum(toks[k].text != "-" for k in range(i + 1, j + 1)) > 5:
        return False
    for k in range(i + 1, j + 1):
        w = toks[k].text
        if w == "-" and toks[k - 1].end == toks[k].start:
            continue
        if not (toks[k].kind == "num" or (w.isalpha() and w.islower())):
            return False
        if w in _EN_PREP or w in ("who", "which", "that", "and", "or", "but"):
            return False
    return toks[j].text.isalpha()


def _verb_group(toks: list[Token], t: Trig) -> tuple[int, bool] | None:
    """The index of the last token before the trigger's auxiliaries and adverbs, and whether the verb is
    passive; None when the trigger is no finite or participle verb."""
    if t.kind != "verb" or not toks[t.a].text.islower():
        return None
    k, aux = t.a - 1, []
    while k >= 0 and len(aux) < 4:
        w = toks[k].text
        if w in _EN_AUX or (_ly_adverb(w) and w.isalpha()):
            aux.append(w)
            k -= 1
            continue
        break
    if k < 0:
        return None
    verb = toks[t.b].text.lower()
    head = toks[t.a].text.lower()
    if not aux and not (
        head.endswith("ed") or (head.endswith("s") and not head.endswith("ss")) or head in _EN_IRREGULAR_PAST
    ):
        return None
    if not aux and t.b + 1 < len(toks) and toks[t.b + 1].text == "by":
        return None  # "Rates charged by utilities": a participle with its agent, no finite verb
    passive = any(w in _EN_BE for w in aux) and not verb.endswith("ing")
    if passive and t.type in ("AID", "AGREE"):
        return None  # "Snacks will be provided", "the motion was approved": the thing given or agreed on
    if verb.endswith("ing") and not any(w in _EN_BE for w in aux):
        return None  # a gerund or a participle phrase: its subject is elsewhere
    return k, passive


def en_parenthetical_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 48, mechanism 1) The subject before a parenthetical set off by commas or dashes right before
    the verb group: the candidate (or an untagged name) that opens the sentence's subject and ends at the
    first comma or dash, else a determiner's common noun phrase ("A town couple — neighbors of ... — was
    charged"). (A name apposed between the delimiters, "the man ..., Michael Webb, was sentenced", was tried and
    dropped: on dev4 its one firing let the dedup merge the sentencing into another event, and on the audit
    text it took "Albert H. Shulman" for "Robertson and her father, Albert H. Shulman, reopened".)"""
    g = _verb_group(toks, t)
    if g is None:
        return actor, target
    k, passive = g
    if (target if passive else actor) is not None or not _delim(toks, k):
        return actor, target
    s = _clause_start(toks)
    first = next((j for j in range(s, k) if _delim(toks, j)), None)
    if first is None or first == s or first == k:
        return actor, target
    if any(toks[j].text in (";", ":", "?", "!") for j in range(s, k)):
        return actor, target
    if toks[k].text != toks[first].text and toks[k].text in ("—", "–"):
        return actor, target  # a dash closes what a dash opened
    covered = {j for c in cands for j in range(c.tok, c.tok_end + 1)}
    subj = None
    for c in cands:
        if c.tok < s or c.tok > s + 1 or c.tok_end >= first:
            continue
        if c.tok == s + 1 and toks[s].text.lower() not in _DETS:
            continue
        rest = [toks[j].text for j in range(c.tok_end + 1, first)]
        if all(w[:1].isupper() or w in ("and", "of") for w in rest):
            subj = c
            break
    if subj is None and _name_run(toks, s, first - 1, covered):
        subj = _span(toks, text, s, first - 1)
    if subj is None and _common_np(toks, s, first - 1):
        head = next((c for c in cands if c.tok_end == first - 1 and c.tok > s), None)
        subj = head or _span(toks, text, s, first - 1)
    if subj is None or subj is actor or subj is target:
        return actor, target
    if passive:
        return actor, subj
    return subj, target


def _subject_opens(toks: list[Token], i: int, aux: bool) -> bool:
    """A name at token ``i`` can be a subject: not after a preposition (or a possessive); with no
    auxiliary before the verb, only at the start of a clause ("the 12-inch MacBook released in 2015" is a
    reduced relative, no clause)."""
    s = _clause_start(toks)
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if i in (0, s) or (i - 1 == s and prev in _DETS):
        return True
    if prev in _EN_NOT_BEFORE_SUBJECT or prev.endswith(("'s", "’s")):
        return False
    return aux or prev in _EN_CLAUSE_OPENERS or toks[i - 1].text in (",", "“", '"')


def en_bare_name_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 48, mechanism 2) A name right before the verb group that the clause rules could not use: a
    MISC name of the NER as the subject of a passive ("Gregory Crolley has been arrested"; not of an active
    verb: a MISC name may be an event or a work, "The Olympic Games accused ..."), not after a preposition,
    or a capitalised name the NER left untagged at the start of the sentence ("Grisham urged ...",
    "Carlineo was arrested ...")."""
    g = _verb_group(toks, t)
    if g is None:
        return actor, target
    k, passive = g
    aux = k < t.a - 1
    if (target if passive else actor) is not None or _delim(toks, k):
        return actor, target
    subj = next(
        (
            c
            for c in cands
            if passive  # a MISC name may be an event or a work ("The Olympic Games accused"): it undergoes
            and c.tok_end == k
            and c.etype == "MISC"
            and c.ent is not None
            and c.sector is None
            and not toks[c.tok_end].text.endswith(("'s", "’s", "s'", "s’"))
            and _subject_opens(toks, c.tok, aux)
        ),
        None,
    )
    s = _clause_start(toks)
    covered = {j for c in cands for j in range(c.tok, c.tok_end + 1)}
    if subj is None and _name_run(toks, s, k, covered):
        subj = _span(toks, text, s, k)
    if subj is None or subj is actor or subj is target:
        return actor, target
    other = actor if passive else target
    if other is not None and other.ent is not None and other.ent == subj.ent:
        return actor, target
    if passive:
        return actor, subj
    return subj, target


_EN_FINITE_AUX = frozenset(
    "is are was were has have had do does did will would can could may might should must shall".split()
)
# words that open another clause: the subject of a verb before them is no subject of the conjunct after them
_EN_CLAUSE_STOP = frozenset(
    "that which who whom whose because if when while although though whether unless until where".split()
)
_EN_PRONOUNS = frozenset("he she they it we i you".split())


def _finite(toks: list[Token], j: int) -> bool:
    """Token j is a finite verb form or an auxiliary (by its form: a past tense in -ed or of the short
    irregular list; not after an article or a possessive: "the injured")."""
    w = toks[j].text
    if w in _EN_FINITE_AUX:
        return True
    if not (w.isalpha() and w.islower()):
        return False
    if not ((w.endswith("ed") and len(w) > 4) or w in _EN_IRREGULAR_PAST):
        return False
    prev = toks[j - 1].text.lower() if j > 0 else ""
    return (
        prev not in _DETS and not prev.endswith(("'s", "’s")) and prev not in ("his", "her", "their", "its")
    )


def en_conjunct_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 48, mechanism 3) A verb right after "and" with no subject of its own shares the subject of the
    verb it is coordinated with ("Vietnam ... has accused Beijing", "officers found and rescued her ... and
    arrested Webb", "Barnett was transported to the jail ... and will be charged"): that subject is its actor
    (its target when passive), and a party inside the first conjunct (its object or place) is none of its."""
    g = _verb_group(toks, t)
    if g is None:
        return actor, target
    k, passive = g
    if toks[k].text != "and":
        return actor, target
    j = k - 1
    e = None
    while j > 0:
        w = toks[j].text
        if w in (".", ";", ":", "?", "!") or w.lower() in _EN_CLAUSE_STOP:
            return actor, target
        if _finite(toks, j):
            g0 = j
            while g0 - 1 >= 0 and (
                toks[g0 - 1].text in _EN_AUX
                or (
                    toks[g0 - 1].text.islower()
                    and toks[g0 - 1].text.endswith("ly")
                    and len(toks[g0 - 1].text) > 4
                )
            ):
                g0 -= 1
            if g0 - 1 >= 0 and toks[g0 - 1].text == "and":
                j = g0 - 2  # a chain of conjuncts: "found and rescued her ... and arrested"
                continue
            e = g0 - 1
            break
        j -= 1
    if e is None or e < 0:
        return actor, target
    if toks[e].text.lower() in _EN_PRONOUNS:
        # (round 49) "Hickson said he did not mean to ... and stabbed him": the pronoun's antecedent
        subj = None if "reported_pronoun" in DISABLED else _reported_antecedent(toks, cands, text, e)
        if subj is None:
            return actor, target
    else:
        subj = next((c for c in cands if c.tok_end == e), None)
        if subj is not None and subj.tok > 0 and toks[subj.tok - 1].text.lower() in _EN_NOT_BEFORE_SUBJECT:
            return actor, target  # "the ambassador to Britain accused": the name is no head of the subject
        s = _clause_start(toks)
        covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
        if subj is None and e >= s and (_name_run(toks, s, e, covered) or _common_np(toks, s, e)):
            subj = _span(toks, text, s, e)
        if subj is None:
            return actor, target

    def inside(c: Cand | None) -> bool:  # a party of the first conjunct (between its subject and "and")
        return c is not None and e < c.tok and c.tok_end < k

    if passive:
        if target is None or inside(target):
            target = subj
        if inside(actor) and not (actor.tok > 0 and toks[actor.tok - 1].text.lower() == "by"):
            actor = None
        if actor is not None and (actor is subj or (actor.ent is not None and actor.ent == subj.ent)):
            actor = None  # "Hollis ... and will be charged": the shared subject undergoes it
        return actor, target
    if actor is None or inside(actor):
        actor = subj
    return actor, target


# (round 49) the verbs whose subject is the doer of the deed named after their preposition: "X was accused of
# killing Y", "a man charged with assaulting", "X, who was arrested for stabbing"
_EN_ACCUSED = {
    "of": frozenset("accused suspected convicted acquitted guilty".split()),
    "with": frozenset("charged".split()),
    "for": frozenset("arrested detained jailed sentenced indicted convicted".split()),
}


def en_accused_doer(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 49, mechanism 4) The deed one is accused, charged, convicted or arrested for: its doer is the
    accused ("Assange was accused of rape by a woman": Assange, not the woman; "a Charleston man who had been
    accused of pulling a gun"; "The three are accused of killing"). The accused is the subject of the
    accusing verb (over its auxiliaries and adverbs), the antecedent of a "who" before it, or the noun a reduced
    relative follows ("an Ohio man accused of drowning"); it replaces the actor, and is no target of its deed."""
    j = t.a - 1
    skipped = 0
    while j > 0 and skipped < 2 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].text in _EN_ACCUSED or toks[j].text in _EN_NOT_BEFORE_SUBJECT:
            break
        j -= 1
        skipped += 1
    if j < 1 or toks[j].text not in _EN_ACCUSED or toks[j - 1].text not in _EN_ACCUSED[toks[j].text]:
        return actor, target
    k = _before_aux(toks, j - 2)
    if k < 0:
        return actor, target
    if toks[k].text.lower() in ("who", "that"):
        k -= 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
    if k < 0 or toks[k].text.lower() in _EN_PRONOUNS or toks[k].text.endswith(("'s", "’s")):
        return actor, target
    subj = next((c for c in cands if c.tok_end == k), None)
    if subj is None:
        s = _clause_start(toks)
        covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
        if k >= s and (_name_run(toks, s, k, covered) or _common_np(toks, s, k)):
            subj = _span(toks, text, s, k)
    if (
        subj is None
        or subj is actor
        or (actor is not None and actor.ent is not None and actor.ent == subj.ent)
    ):
        return actor, target
    if target is not None and (target is subj or (target.ent is not None and target.ent == subj.ent)):
        target = None
    return subj, target


# (round 49) the event types whose coordinated subject is two parties of one act, each the other's partner
_EN_MUTUAL = frozenset("AGREE CONSULT COOPERATE".split())


def en_first_conjunct_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 49, mechanism 5) A coordinated subject "A and B agree / sign / set off": the clause rules take
    B, the conjunct next to the verb; the actor is A, the first (and B the partner of an agreement, a meeting or
    a cooperation when no target was found: "Trump and Chinese leader Xi Jinping are expected to sign").
    B is the actor's candidate, its phrase reaching the verb group (over up to three words of its own: "a
    small group of supporters"); A is a candidate right before "and" that opens the clause (at the sentence
    start, after a determiner, or after a subordinator or a verb of saying: "whether the United States and China
    could agree")."""
    if actor is None or not toks[t.a].text.islower():
        return actor, target
    k = -1
    if t.kind == "verb":
        k, aux, raised = t.a - 1, [], False
        while k > actor.tok_end and len(aux) < 6:
            w = toks[k].text
            if w in _EN_AUX or w == "to" or (_ly_adverb(w) and w.isalpha()):
                aux.append(w)
            elif (
                w.islower()
                and w.isalpha()
                and toks[k + 1].text == "to"
                and (w.endswith("ed") or w in _EN_IRREGULAR_PAST)
            ):
                raised = True  # "are expected to sign", "agreed to meet": the subject is the later verb's
            else:
                break
            k -= 1
        if not raised and any(w in _EN_BE for w in aux) and not toks[t.b].text.endswith("ing"):
            return actor, target  # a passive: its subject undergoes the act
    if t.kind != "verb" or not actor.tok_end <= k <= actor.tok_end + 3:
        # an event noun after the clause's verb: "Li and a group of supporters set off on a march"
        v = next((m for m in range(actor.tok_end + 1, min(actor.tok_end + 5, t.a)) if _finite(toks, m)), None)
        if v is None or toks[v].text in _EN_BE:
            return actor, target
        k = v - 1
    if not (actor.tok_end <= k <= actor.tok_end + 3) or any(
        not (toks[m].text.islower() and toks[m].text.isalpha()) for m in range(actor.tok_end + 1, k + 1)
    ):
        return actor, target
    if any(
        toks[m].text in _EN_AUX or toks[m].text in _EN_PREP and toks[m].text != "of"
        for m in range(actor.tok_end + 1, k + 1)
    ):
        return actor, target
    a = actor.tok - 1
    while a > 0 and actor.tok - a <= 3 and toks[a].text != "and":
        w = toks[a].text
        if not (w.isalpha() and (w.lower() in _DETS or w[:1].isupper() or w.islower())) or w.lower() in (
            _EN_NOT_BEFORE_SUBJECT | _EN_AUX | {"who", "which", "that", "or", "but"}
        ):
            return actor, target
        a -= 1
    if a <= 0 or toks[a].text != "and":
        return actor, target
    first = next((c for c in cands if c.tok_end == a - 1), None)
    s = _clause_start(toks)
    covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
    if first is None and _name_run(toks, s, a - 1, covered):  # "Trump and ...": a name the NER left out
        first = _span(toks, text, s, a - 1)
    if first is None or first.ent is not None and first.ent == actor.ent:
        return actor, target
    i0 = first.tok - 1 if first.tok > 0 and toks[first.tok - 1].text.lower() in _DETS else first.tok
    if not (
        i0 <= s
        or (
            toks[i0 - 1].text.lower() in _EN_CLAUSE_OPENERS | {"whether"}
            and not (toks[i0 - 1].text == "as" and i0 > 1 and toks[i0 - 2].text.lower() == "such")
        )
        or toks[i0 - 1].text in (";", ":", ".", '"', "“", "”")  # a clause after a full stop the splitter kept
    ):
        return actor, target
    if target is None and t.type in _EN_MUTUAL:
        target = actor
    return first, target


# (round 49) verbs of saying whose subject a pronoun opening the reported clause stands for ("Pawlenty has said he
# will veto", "Yoruba leaders announced that they are willing to forgive")
_EN_SAYING = frozenset(
    "said says say told announced added stated insisted claimed declared vowed pledged promised warned "
    "confirmed acknowledged admitted argued".split()
)
# what may stand between the verb of saying and its clause: a day or a time word
_EN_SAID_WHEN = frozenset(
    "on yesterday today tonight earlier later last this week night monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


def _reported_antecedent(toks: list[Token], cands: list[Cand], text: str, p: int) -> Cand | None:
    """The subject of the verb of saying whose reported clause the pronoun at ``p`` opens ("X said (that) he
    ..."), when it agrees with the pronoun: a person for he / she, no person for they."""
    pron = toks[p].text
    if pron not in ("he", "she", "they"):
        return None
    j = p - 1
    if j >= 0 and toks[j].text == "that":
        j -= 1
    gap = 0
    while j >= 0 and gap < 3 and toks[j].text.lower() in _EN_SAID_WHEN:
        j -= 1
        gap += 1
    if j < 1 or toks[j].text not in _EN_SAYING:
        return None
    e = _before_aux(toks, j - 1)
    if e < 0:
        return None
    subj = next((c for c in cands if c.tok_end == e), None)
    if subj is not None and (
        (subj.tok > 0 and toks[subj.tok - 1].text.lower() in _EN_NOT_BEFORE_SUBJECT)
        or toks[subj.tok_end].text.endswith(("'s", "’s"))
    ):
        return None
    s = _clause_start(toks)
    covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
    if subj is None and e >= s and _name_run(toks, s, e, covered):
        subj = _span(toks, text, s, e)
    if subj is None:
        return None
    if pron == "they":
        return None if subj.etype == "PERSON" or subj.ent is None and subj.sector is None else subj
    # he / she: a person's name, or a name the NER left untagged or tagged MISC with no article before it (a
    # person's name takes none: "The Chronicle says he was arrested" is a newspaper); never a group or a place
    if subj.etype == "PERSON":
        return subj
    bare = subj.tok == 0 or toks[subj.tok - 1].text.lower() not in _DETS
    return subj if subj.etype == "MISC" and subj.sector is None and bare else None


def en_reported_pronoun_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 49, mechanism 6) A pronoun subject of a reported clause stands for the subject of the verb of
    saying ("Pawlenty often has said he will veto tax increases", "Kofi Annan announced on Monday that he will
    withdraw ...", "Yoruba leaders announced that they are willing to forgive ..."); fills an empty role."""
    if t.kind != "verb" or not toks[t.a].text.islower():
        return actor, target
    k, aux, raised = t.a - 1, [], False
    while k >= 0 and len(aux) < 6:
        w = toks[k].text
        if w in _EN_AUX or w == "to" or (_ly_adverb(w) and w.isalpha()):
            aux.append(w)
        elif (
            w.islower() and w.isalpha() and toks[k + 1].text == "to" and k > 0 and toks[k - 1].text in _EN_BE
        ):
            raised = True  # "they are willing to forgive", "he is expected to sign"
        else:
            break
        k -= 1
    if k < 0 or (not aux and not raised and not toks[t.a].text.endswith(("ed", "s"))):
        return actor, target
    passive = not raised and any(w in _EN_BE for w in aux) and not toks[t.b].text.endswith("ing")
    if (target if passive else actor) is not None:
        return actor, target
    subj = _reported_antecedent(toks, cands, text, k)
    if subj is None or subj is actor or subj is target:
        return actor, target
    if passive:
        return actor, subj
    return subj, target


# (round 50) the words that may open the object noun phrase of "V X to <verb>" besides a name: a determiner or
# a possessive pronoun ("urged its citizens to", "asking potential donors to")
_EN_OBJ_DETS = _DETS | frozenset("his her their its our my your all both".split())
_EN_OBJ_PRONOUNS = frozenset("him her them us me it".split())
_EN_NOT_VERB_AFTER_TO = _DETS | frozenset("his her their its our my your me him them us it".split())

# what no object noun phrase of "V X to" holds: auxiliaries, pronouns, clause openers, conjunctions, times
_EN_NOT_IN_OBJECT = (
    _EN_AUX
    | _EN_PRONOUNS
    | _EN_OBJ_PRONOUNS
    | _EN_CLAUSE_STOP
    | frozenset("and or but to not how what why today yesterday tomorrow tonight".split())
    | frozenset("monday tuesday wednesday thursday friday saturday sunday week month year".split())
)


def en_request_object(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 50, mechanism 7) The object of "V X to <verb>" ("urge Ukraine to investigate Joe Biden", "is
    asking potential donors to stay away", "called on the government to withdraw", "ordered former president
    Carlos Menem to appear"): X, the noun phrase between the verb and "to", is the verb's target, not a party
    of the clause after "to" (the nationality rule took "Ukraine to investigate Joe" for "Ukrainian Joe"), and
    no actor. X is a candidate ending right before "to" (after lowercase or capitalised modifiers), an untagged
    name, or up to four lowercase words after an optional determiner; a pronoun gives nothing."""
    if t.type != "REQUEST" or t.kind != "verb" or not toks[t.a].text.islower() or toks[t.a].text in _EN_AUX:
        return actor, target
    i = t.b + 1
    if i < len(toks) and toks[i].text in ("on", "upon"):
        i += 1
    to = next((m for m in range(i + 1, min(i + 7, len(toks))) if toks[m].text == "to"), None)
    if to is None or to + 1 >= len(toks):
        return actor, target
    nxt = toks[to + 1].text
    if not (nxt.isalpha() and nxt.islower()) or nxt in _EN_NOT_VERB_AFTER_TO:
        return actor, target
    span = range(i, to)
    if toks[i].text.lower() in ("of", "and"):
        return actor, target  # "seeking an understanding of the paths to": the trigger's own phrase goes on
    if any(
        not toks[m].text.replace("-", "").replace("’", "").replace("'", "").isalnum()
        or (toks[m].text.lower() in _EN_PREP and toks[m].text != "of")
        or toks[m].text.lower() in _EN_NOT_IN_OBJECT
        for m in span
    ):
        return actor, target  # a preposition, a clause, a pronoun or a time: no object noun phrase
    obj = next((c for c in cands if c.tok_end == to - 1 and c.tok >= i), None)
    if obj is not None and any(
        not (toks[m].text.isalpha() and (toks[m].text.islower() or toks[m].text[:1].isupper()))
        for m in range(i, obj.tok)
    ):
        obj = None
    if obj is None:
        covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
        if _name_run(toks, i, to - 1, covered):
            obj = _span(toks, text, i, to - 1)
        else:
            d = i + 1 if toks[i].text.lower() in _EN_OBJ_DETS else i
            words = [toks[m].text for m in range(d, to)]
            if (
                1 <= len(words) <= 4
                and all(w.isalpha() and w.islower() and w not in _EN_OBJ_DETS | {"of"} for w in words)
                and not _ly_adverb(words[-1])
            ):
                obj = _span(toks, text, i, to - 1)
    if obj is None or obj is target:
        return actor, target
    if (
        target is not None
        and target.tok < to
        and not (obj.tok <= target.tok and target.tok_end < obj.tok_end)
    ):
        return actor, target  # a target of its own before "to" that is no modifier inside X
    if actor is not None and (actor is obj or actor.tok >= i and actor.tok_end < to):
        actor = None
    return actor, obj


# (round 50) event nouns whose possessor undergoes the event ("Assange's extradition", "the hostages' release",
# "Khashoggi's killing"); the possessor of any other event noun does it ("McBeth's accusations", "Ghufari's
# visit", "Israel's offensive")
_EN_UNDERGONE_NOUNS = frozenset(
    "arrest arrests detention release extradition deportation expulsion conviction trial sentencing indictment "
    "prosecution imprisonment jailing killing murder death assassination kidnapping abduction execution capture "
    "rescue dismissal ouster".split()
)
# possessors that name a time, no party ("Sunday's attack", "last year's talks")
_EN_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weekend month "
    "year night morning evening afternoon day decade century january february march april may june july august "
    "september october november december".split()
)


def _possessive(w: str) -> int:
    """The length of the possessive ending of a word ("Assange's" 2, "hostages’" 1), 0 if it has none."""
    if w.endswith(("'s", "’s")) and len(w) > 2:
        return 2
    if w.endswith(("s'", "s’")) and len(w) > 2:
        return 1
    return 0


def en_possessor_of_noun(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 50, mechanism 9) The possessor of an event noun is its party ("the US is seeking Assange's
    extradition from the UK", "Cipolli, who has called McBeth's accusations false", "familiar with Ghufari's
    visit"): the target of a noun of arrest, release, trial or killing, the actor of any other. The possessor is a
    candidate ending in "'s" / "s'" right before the noun (over up to two lowercase modifiers), or, for the
    nouns whose possessor undergoes them, a determiner's plural noun ("the hostages' release"); a time ("Sunday's
    attack") gives nothing. It replaces the role it fills and leaves the other one."""
    h = t.b if t.b > t.a and _possessive(toks[t.b - 1].text) else t.a  # "seeking Assange's extradition"
    if not toks[h].text.islower():
        return actor, target
    p = h - 1
    if t.kind == "noun":  # a verb trigger is a noun only right after the possessive ("Ghufari's visit")
        while p > 0 and h - p <= 2 and toks[p].text.isalpha() and toks[p].text.islower():
            p -= 1
    if (
        p > 0
        and toks[p].text in ("’", "'")
        and toks[p - 1].end == toks[p].start
        and toks[p - 1].text[-1:] == "s"
    ):
        p, cut = p - 1, 0  # "the hostages’ release": the tokenizer splits the apostrophe off
    elif p >= 0 and _possessive(toks[p].text):
        cut = _possessive(toks[p].text)
    else:
        return actor, target
    undergone = toks[h].text.lower() in _EN_UNDERGONE_NOUNS
    w = toks[p].text[: len(toks[p].text) - cut].rstrip("'’")
    if w.lower() in _EN_TIME_WORDS:
        return actor, target
    owner = next((c for c in cands if c.tok_end == p), None)
    if owner is None:
        if not (undergone and p > 0 and toks[p - 1].text.lower() in _DETS and w.isalpha() and w.islower()):
            return actor, target
        owner = Cand(
            toks[p - 1].start,
            toks[p].end - cut,
            None,
            text[toks[p - 1].start : toks[p].end - cut],
            "MISC",
            p - 1,
            p,
        )
    same = lambda c: c is not None and (c is owner or c.ent is not None and c.ent == owner.ent)  # noqa: E731
    if undergone:
        return (None if same(actor) else actor), owner
    return owner, (None if same(target) else target)


def en_pronoun_subject(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """(round 50, mechanism 10) "he" / "she" / "it" right before the verb group stands for a name earlier in the
    sentence ("the envoy will face questions about Trump's call when he asked Zelenskiy": Trump, not the
    envoy; "Uber has been told its cars are illegal - but it is refusing": Uber): he / she the nearest person
    named before it, it the name (no person) that opens the sentence before its verb. The role (the target when
    passive) takes it when empty or held by a party before the pronoun (of another clause)."""
    if t.kind != "verb" or not toks[t.a].text.islower():
        return actor, target
    k, aux = t.a - 1, []
    while k >= 0 and len(aux) < 4 and (toks[k].text in _EN_AUX or _ly_adverb(toks[k].text)):
        aux.append(toks[k].text)
        k -= 1
    if k < 1 or toks[k].text not in ("he", "she", "it"):
        return actor, target
    # (round 51en) "Ford's family, whom she had never met": the nearest name before is the relative's head's
    if "pronoun_relative" not in DISABLED and toks[k - 1].text.lower() in _EN_REL_PRONOUNS:
        return actor, target
    if not aux and not toks[t.a].text.endswith(("ed", "s")) and toks[t.a].text not in _EN_IRREGULAR_PAST:
        return actor, target
    if _reported_antecedent(toks, cands, text, k) is not None:
        return actor, target  # mechanism 6's case
    passive = any(w in _EN_BE for w in aux) and not toks[t.b].text.endswith("ing")
    if any(toks[m].text in (".", ";", "?", "!") for m in range(k)):
        return actor, target
    if toks[k].text == "it":
        s = _clause_start(toks)
        ante = next((c for c in cands if c.tok in (s, s + 1) and c.etype != "PERSON"), None)
        if ante is not None and ante.tok == s + 1 and toks[s].text.lower() not in _DETS:
            ante = None
        if ante is None:
            e = s
            while e + 1 < k and _NAME_TOKEN.match(toks[e + 1].text) and e - s < 3:
                e += 1
            covered = {m for c in cands for m in range(c.tok, c.tok_end + 1)}
            if _name_run(toks, s, e, covered):
                ante = _span(toks, text, s, e)
        if ante is None or not (_finite(toks, ante.tok_end + 1) or toks[ante.tok_end + 1].text in _EN_AUX):
            return actor, target
    else:
        ante = next((c for c in reversed(cands) if c.tok_end < k and c.etype == "PERSON"), None)
        if ante is None:
            return actor, target
    held = target if passive else actor
    if held is not None and held.tok_end >= k:
        return actor, target  # a party of the pronoun's own clause
    other = actor if passive else target
    if other is not None and (other is ante or other.ent is not None and other.ent == ante.ent):
        return actor, target
    return (actor, ante) if passive else (ante, target)


# (round 51en) the relative pronouns after which a pronoun subject opens a relative clause of another noun
_EN_REL_PRONOUNS = frozenset("whom which who whose".split())


def _function_word_name(toks: list[Token], c: Cand | None) -> bool:
    """(round 51en) A party that is the sentence's first word alone, a function word taken for a name
    ("No arrests have been made": «No»; "None of the cameras captured the shooting"; "It’s unclear how pure the
    seizures were": «It’s», a function word with a contraction)."""
    if c is None or c.tok != c.tok_end or c.etype != "MISC":
        return False
    if c.tok != _clause_start(toks):
        return False
    w = re.split(r"['’]", toks[c.tok].text)[0].lower()
    return w in _EN_NOT_NAME or w in _EN_AUX


_EN_CLOSING_QUOTES = frozenset({'"', "”", "’’"})


def _quote_speaker(toks: list[Token], t: Trig, c: Cand | None) -> bool:
    """(round 51en) A party after the trigger that speaks the quote the trigger is in: a closing quote stands
    between them and a verb of saying right before or after the party («... injured, arrested or harmed," said
    Jens Hald», «... the meeting ended," Volker said»)."""
    if c is None or c.tok <= t.b:
        return False
    if not any(toks[k].text in _EN_CLOSING_QUOTES for k in range(t.b + 1, c.tok)):
        return False
    before = toks[c.tok - 1].text.lower()
    after = toks[c.tok_end + 1].text.lower() if c.tok_end + 1 < len(toks) else ""
    return before in _EN_SAYING or after in _EN_SAYING


def en_subject_roles(
    toks: list[Token], t: Trig, cands: list[Cand], text: str, actor: Cand | None, target: Cand | None
) -> tuple[Cand | None, Cand | None]:
    """The English subject rules of rounds 48-51 in order: a quote's speaker and a function word are no party, then
    each rule of `_SUBJECT_RULES` fills an empty role."""
    if "quote_speaker" not in DISABLED and _quote_speaker(toks, t, target):
        target = None
    if "function_word" not in DISABLED:
        actor = None if _function_word_name(toks, actor) else actor
        target = None if _function_word_name(toks, target) else target
    for name, rule in _SUBJECT_RULES:
        if name not in DISABLED:
            actor, target = rule(toks, t, cands, text, actor, target)
    return actor, target


# the rules of rounds 48-50, by the name DISABLED knows them, in the order they run
_SUBJECT_RULES = (
    ("parenthetical", en_parenthetical_subject),
    ("bare_name", en_bare_name_subject),
    ("conjunct", en_conjunct_subject),
    ("accused", en_accused_doer),
    ("first_conjunct", en_first_conjunct_subject),
    ("reported_pronoun", en_reported_pronoun_subject),
    ("pronoun", en_pronoun_subject),
    ("possessor", en_possessor_of_noun),
    ("request_object", en_request_object),
)


# mechanism names switched off (the firing audit compares a run with each one off)
DISABLED: set[str] = set()

"""The English side of the sentence factuality pass (``modality.mark_factuality``): the left context of a
trigger's clause (``_en_left``) and the English factuality rule helpers and word lists only it or the
English branch of ``mark_factuality`` use (failed attempts, no plans, indications, police claims, ...).

Split out of ``khabar.events.modality`` (which imports from here; this module never imports it).
"""

from __future__ import annotations

from khabar.events import factuality as F
from khabar.events.scope import _en_copular_if, _en_modal_on_other_verb, _en_nonfactive
from khabar.events.triggers import _EN_ARTICLE, _EN_DEFINITE, _EN_FORCES, _EN_PREP, Trig
from khabar.text.tokenize import Token


def _en_left(toks, words, c, t: Trig) -> tuple[bool, set[str]]:
    neg = False
    mods: set[str] = set()
    k = c - 1
    skipped = inf = 0
    while k >= 0 and skipped <= 5:
        w = words[k]
        if toks[k].text in F.PUNCT_BOUNDARY:
            break
        if w in F.EN_NEG or (w == "yet" and k + 1 < len(words) and words[k + 1] == "to"):
            neg = True  # not, never, failed; "has yet to sign"
            break
        if w == "to" and k == c - 2 and words[c - 1] in _EN_DEFINITE:
            break  # "has yet to respond to the protests": a preposition, the definite event is given
        if w in F.EN_AUX or w.endswith("ly"):
            skipped += 1
            k -= 1
            continue
        # "no intention of suspending", "no plans to attack": the negated intention covers its complement
        if inf < 2 and w in ("of", "to") and k > 0 and words[k - 1] in _EN_CONTROL_NOUN:
            inf += 1
            skipped += 1
            k -= 2
            continue
        # "any real negotiations", "no western support": one modifier between the quantifier and the noun
        if inf < 2 and k > 0 and words[k - 1] in ("any", "no") and k == c - 1:
            inf += 1
            skipped += 1
            k -= 1
            continue
        # "failed to persuade the rebels to disarm", "did not allow protesters to march": a causative
        # verb with its object before the infinitive passes the negation on
        if inf < 2 and k + 1 < c and words[k + 1] == "to" and k == c - 2:
            cv = next((j for j in range(k - 1, max(-1, k - 4), -1) if words[j] in _EN_CAUSATIVE), None)
            if cv is not None and not any(
                toks[q].text in F.PUNCT_BOUNDARY or words[q] in F.EN_BOUNDARY for q in range(cv + 1, k + 1)
            ):
                inf += 1
                skipped += 1
                k = cv - 1
                continue
        # "did not start fights", "never resumed talks": an aspectual verb passes the negation on;
        # so does a light verb: "have not made any arrests", "did not hold talks"
        if inf < 2 and (
            w in _EN_ASPECT
            or (
                w in _EN_LIGHT_PASS and words[t.b + 1 : t.b + 2] not in (["public"], ["known"], ["available"])
            )
        ):
            inf += 1
            skipped += 1
            k -= 1
            continue
        # an infinitive chain: "failed to produce an agreement", "did not want to impose sanctions"
        if inf < 2 and (
            (k > 1 and words[k - 1] == "to")
            or (k + 1 < len(words) and words[k + 1] == "to" and w in _EN_CONTROL)
        ):
            inf += 1
            skipped += 1
            k -= 1
            continue
        break
    if not neg and t.kind == "verb":
        # a clause opened by a negative subject: "No one was arrested", "Neither side has agreed"
        m = c - 1
        while m >= 0 and toks[m].text not in F.PUNCT_BOUNDARY and words[m] not in _EN_CLAUSE_START:
            m -= 1
        st = m + 1
        if st >= 2 and words[st] == "one" and words[st - 1] == "-" and words[st - 2] == "no":
            st -= 2  # "no-one was injured"
        if (
            st < c
            and c - st <= 7
            and words[st] in F.EN_NEG_SUBJECT
            # "charged with the killing" is no verb of the negative subject; "None of the ..." is
            and not any(w in _EN_PREP for w in words[st + 1 + (words[st + 1 : st + 2] == ["of"]) : c])
            # "No group has admitted carrying out the attack": the negation stays on the reporting verb
            and not any(tk.text.lower() in F.EN_REPORT_FACTIVE for tk in toks[st + 1 : c])
            # "no one saw the shooting", "None of the cameras captured the attack": a definite event
            # noun is the object of another verb, told as given (not "No one launched an attack")
            and not (c - st >= 3 and words[c - 1] in _EN_DEFINITE)
        ):
            neg = True
    if not neg:
        # "no reports of casualties or arrests", "no sign of an attack": nothing tells of the event
        for k in range(c - 1, max(-1, c - 7), -1):
            if toks[k].text in F.PUNCT_BOUNDARY and toks[k].text != ",":
                break
            if (
                words[k] == "of"
                and k >= 2
                and words[k - 1] in _EN_EVIDENCE
                and (
                    words[k - 2] in ("no", "little")
                    # "no immediate reports of casualties or arrests"
                    or (k >= 3 and words[k - 3] in ("no", "little") and words[k - 2] in _EN_EVIDENCE_ADJ)
                )
            ):
                between = words[k + 1 : c]
                if not any(
                    (w in F.EN_BOUNDARY and w != "and")
                    or w.endswith("ed")
                    or w in _EN_PREP
                    or w in _EN_DEFINITE
                    for w in between  # "no reports of the attack reached ...": a given event
                ):
                    neg = True
                break
    if not neg:
        nf = _en_nonfactive(toks, words, c)
        if nf == "negative":
            neg = True
        elif nf:
            mods.add(nf)
    k = c - 1
    while k >= 0 and c - k <= 10:
        w = words[k]
        if (
            k == c - 1
            and toks[k].text == ","
            and k > 0
            and t.kind == "verb"
            and toks[k - 1].text.endswith("ed")
            and toks[c].text.endswith("ed")
            and t.b + 1 < len(words)
            and words[t.b + 1] in ("or", "and", ",")
        ):
            k -= 1  # a list of participles: "likely to be injured, arrested or killed"
            continue
        if w == "that" and k > 0 and words[k - 1] in _EN_POSS_THAT:
            mods.add("possible")  # "It is possible that the army will withdraw"
        if w == "and" and 0 < k < c - 1 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper():
            k -= 1  # "authorities allege that Ms. Sears and Mr. Bowers killed": names, no clause
            continue
        if w == "that" and k > 0 and toks[k - 1].text.lower() in ("allege", "alleges", "alleged", "alleging"):
            mods.add("alleged")  # "The lawsuit alleges that officers beat the man", "It is alleged that"
        elif w == "that" and _en_claim_that(toks, words, k):
            mods.add("alleged")  # (round 31) "Andrew claims that he came under enemy fire"
        elif (
            w == "that"
            and k > 0
            and toks[k - 1].text.lower() in _EN_SUSPECT_THAT
            and not (k > 1 and words[k - 2] in ("the", "a", "an", "this", "one", "each", "every"))
        ):
            mods.add(
                "alleged"
            )  # "Authorities suspect that militants attacked": not "the suspect that police held"
        if toks[k].text in F.PUNCT_BOUNDARY or (
            w in F.EN_BOUNDARY and c - k > 1 and not _en_and_adverb_verb(toks, words, k, c)
        ):
            break
        if w in _EN_SETTING and c - k <= 3:
            break  # "accused ... of trying to stage a coup during opposition protests": the setting
        if w in F.EN_COND or (
            k > 0
            and (w == "case" and words[k - 1] == "in" or w == "event" and words[k - 2 : k] == ["in", "the"])
        ):
            if not _en_copular_if(
                words, k, c, t.b
            ):  # "unclear if the shooting was gang-related": the shooting is given
                mods.add("conditional")  # if, unless, in case of, in the event of
        elif k + 1 < len(words) and words[k + 1] == "to" and w in F.EN_INTEND:
            mods.add("planned")  # wants to negotiate, hopes to reach
        elif (
            w in F.EN_INTEND
            and words[c - 1] == "to"
            and 2 <= c - 1 - k <= 4
            and not any(x in F.EN_BOUNDARY or x in _EN_PREP for x in words[k + 1 : c - 1])
        ):
            mods.add("planned")  # "The US wants the UK to extradite Assange"
        elif (
            w in _EN_SEEK
            and c - k <= 4
            and words[k + 1] != "to"
            and not toks[c].text.lower().endswith(("ed", "ing"))
            and not any(x in F.EN_BOUNDARY or x in _EN_PREP for x in words[k + 1 : c])
        ):
            mods.add("planned")  # "is seeking Assange's extradition", "sought the release of"
        elif k + 1 < len(words) and words[k + 1] == "to" and w in F.EN_TRY:
            mods.add("possible")  # tried to storm, needs to send
        elif w in F.EN_POSS:
            if neg and w in ("could", "can") and words[k + 1 : k + 2] in (["not"], ["n't"]):
                pass  # "could not agree", "could not legally detain": an inability, told as a fact
            elif not (toks[k].text == "May" and k > 0):  # Theresa May, in May: no modal
                mods.add("possible")
        elif w in ("believed", "thought", "presumed") and words[k + 1 : k + 2] == ["to"]:
            mods.add("alleged")  # "He is believed to have carried out the bombing"
        elif w == "feared" and words[k + 1 : k + 2] == ["to"]:
            mods.add("possible")
        elif w == "unlikely" or (w == "any" and c - k <= 2 and not neg):
            mods.add("possible")  # "are unlikely to attack", "Any attack on Iran would be met ..."
        elif w == "any" and c - k == 3 and words[c - 1] == "to" and words[k + 1] in _EN_EFFORT and not neg:
            mods.add(
                "possible"
            )  # "no knowledge of any efforts to urge Ukraine": nothing tells they were made
        elif (
            w in _EN_UNCONFIRMED
            and c - k <= 4
            and any(x in ("not", "n't", "yet") for x in words[max(0, k - 3) : k])
        ):
            mods.add("possible")  # "Police have not confirmed the arrest": unconfirmed
        elif w in _EN_ORDER and words[k + 1 : k + 2] == ["to"] and c - k <= 3:
            mods.add("possible")  # "Troops were ordered to open fire": ordered, not yet done
        elif (
            w == "of"
            and c - k <= 3
            and k > 0
            and words[k - 1] in ("charge", "charges", "counts", "count")
            and not any(x in _EN_PREP or x in F.EN_BOUNDARY for x in words[k + 1 : c])
        ):
            mods.add("alleged")  # "faces charges of murder", "nine state charges of aggravated kidnapping"
        elif w in ("preparing", "prepares", "readying", "plotting") and c - k <= 4:
            mods.add("planned")  # "The army is preparing an offensive"
        elif w in _EN_CONSIDER and c - k <= 4:
            mods.add("possible")  # "Israel is considering a strike", "weighing sanctions"
        elif w in F.EN_ALLEGED:
            if (
                w == "charged"
                and words[k + 1 : k + 2] not in (["with"], ["in"], ["over"], ["for"])
                and "with" not in words[k + 2 : min(c, k + 6)]  # "Police charged Sun with assault"
            ):
                pass  # "charged with murder", not "arrested, charged and jailed"
            elif (
                w in ("suspect", "suspects")
                and k > 0
                and words[k - 1] in _EN_SUBJ_DET_NUM
                and words[c - 1] in ("was", "were", "been", "be", "is", "are")
            ):
                pass  # "the suspect had been arrested twice before": a noun, the patient of the event
            elif (
                words[k + 1 : k + 2] in (["of"], ["with"], ["in"])
                and t.kind == "verb"
                and c - k >= 3
                and words[c - 1] in ("was", "were", "is", "are", "been", "be")
            ):
                pass  # "Two men suspected of carrying out the bombing were arrested": a modifier of the subject
            elif (
                toks[k].text == "Alleged"
                and c - k == 2
                and toks[k + 1].text[:1].isupper()
                and toks[c].text[:1].isupper()
                and toks[c].text.endswith("ed")
            ):
                pass  # (round 27) a Title Case headline "Eight Alleged Plotters Detained": the adjective of the subject
            else:
                mods.add("alleged")
        elif w in F.EN_PLANNED:
            if (
                w not in ("set", "going", "expected", "offer", "offers", "plan")
                or (k + 1 < len(words) and words[k + 1] == "to")
                or (w in ("offer", "offers", "plan") and words[k + 1 : k + 2] in (["of"], ["for"]))
                # a verb: "to plan a festival", "offers to mediate" (not "the offer", "a plan")
                or (w in ("offer", "offers", "plan") and not (k > 0 and words[k - 1] in _EN_SUBJ_DET_NUM))
            ):
                mods.add("planned")  # "an offer of talks", not "the offer fell short of the sum"
        elif w == "would":
            # "a resolution that would have imposed sanctions": counterfactual, not a plan; "The bill
            # would impose sanctions", "a measure that would ban": what a proposal would do if passed
            proposal = any(x in _EN_PROPOSAL or x == "act" for x in words[max(0, k - 12) : k])
            mods.add("possible" if words[k + 1 : k + 2] == ["have"] or proposal else "planned")
        elif w == "to" and c - k <= 2 and k > 0 and words[k - 1] in _EN_PROPOSAL:
            mods.add("planned")  # "voted against a bill to impose sanctions"
        elif w == "to" and k == c - 1 and k > 0 and words[k - 1] in F.EN_BE and words[c] != "blame":
            mods.add("planned")  # "the president is to visit China" (not "is to blame")
        elif (
            w == "to" and c - k <= 5 and k > 0 and words[k - 1] in F.EN_BE and words[k + 1] in _EN_LIGHT_VERBS
        ):
            mods.add("planned")  # "Peres is to make an official visit", "is to hold talks"
        elif w == "due" and k + 1 < len(words) and words[k + 1] == "to" and k > 0 and words[k - 1] in F.EN_BE:
            mods.add("planned")  # "talks are due to resume" (not "postponed due to clashes")
        elif w in F.EN_HIST and c - k <= 4:
            mods.add("historical")
        k -= 1
    if not neg and "alleged" not in mods and _en_claim_over_adverbial(toks, words, c):
        mods.add("alleged")  # (round 31) "claims that when he flew ..., he came under fire"
    if not neg and not mods and _en_what_is_left(toks, words, c):
        mods.add("planned")  # (round 31) "All that's left is the actual sentencing"
    return neg, mods


_EN_LEFT_OVER = frozenset("left remains remain remaining".split())

_EN_NOUN_PRE = frozenset("the a an actual final formal official last only".split())


def _en_what_is_left(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 31) The event noun at c is the predicate of "all that is left / what remains / the next step
    is": what is still to come ("All that's left is the actual sentencing", "What remains is a final
    vote", "The next step is a hearing"). At most three determiners or adjectives (the, a, actual, final,
    formal, official, last, only) stand between "is" and the noun."""
    j = c - 1
    while j >= 0 and c - j <= 3 and words[j] in _EN_NOUN_PRE:
        j -= 1
    if j < 2 or words[j] != "is" or toks[j - 1].text in F.PUNCT_BOUNDARY:
        return False
    v, before = words[j - 1], words[j - 2]
    if v in _EN_LEFT_OVER:
        # "All that's left", "what remains", "the only thing left", "what is left"
        return before in ("that", "what", "thing") or (before == "is" and j >= 3 and words[j - 3] == "what")
    return v == "step" and before in ("next", "final", "last", "remaining")


# (round 31) a claim of what someone did or underwent: "claims that", not "claimed that it carried out"
# (a claim of one's own act, `_en_admitted`)
_EN_CLAIM = frozenset("claim claims claimed claiming".split())

# subordinators of an adverbial clause that can stand between "that" and the main clause of a claim
_EN_ADVERBIAL = frozenset("when after as while because before since once".split())


def _en_claim_that(toks: list[Token], words: list[str], k: int) -> bool:
    """(round 31) The "that" at k completes a claim verb ("claims that", "claimed that") whose clause is
    not the claimant's own act ("claimed that it carried out the attack", "claimed that they")."""
    return (
        k > 0
        and toks[k - 1].text.lower() in _EN_CLAIM
        and not (
            k > 1 and words[k - 2] in ("the", "a", "an", "these", "those", "such", "his", "her", "their")
        )
        and words[k + 1 : k + 2] not in (["it"], ["they"], ["we"])
    )


def _en_claim_over_adverbial(toks: list[Token], words: list[str], c: int) -> bool:
    """(round 31) The event's clause is the main clause of a that-clause of a claim or an allegation which
    opens with an adverbial clause: "Andrew claims that when he flew helicopters during the war, he came
    under enemy fire". The backward cue scan stops at the comma; here the stretch before the comma (no
    other punctuation, at most 30 words) must begin with when / after / as / while / because / before /
    since / once right after "claims / alleges that". The event's own clause before the comma is short
    (at most eight words, no boundary word)."""
    p = -1
    for k in range(c - 1, max(-1, c - 9), -1):
        if toks[k].text == ",":
            p = k
            break
        if toks[k].text in F.PUNCT_BOUNDARY or words[k] in F.EN_BOUNDARY:
            return False
    if p < 3:
        return False
    for m in range(p - 1, max(-1, p - 31), -1):
        if toks[m].text in F.PUNCT_BOUNDARY:
            return False
        if words[m] in _EN_ADVERBIAL:
            if m < 2 or words[m - 1] != "that":
                return False
            return toks[m - 2].text.lower() in ("allege", "alleges", "alleged", "alleging") or _en_claim_that(
                toks, words, m - 1
            )
    return False


# verbs that take an infinitive a negation reaches through: "did not want to ..", "not able to .."
_EN_CONTROL = frozenset(
    "want wanted plan planned intend intended try tried attempt attempted seek sought manage managed agree "
    "agreed expect expected decide decided need needed hope hoped wish able going allowed permitted dare "
    "bother bothered have had choose chose mean meant".split()
)

_EN_CONTROL_NOUN = frozenset("intention intentions intent plan plans desire wish willingness".split())

_EN_ASPECT = frozenset(
    "start starts started starting begin begins began begun continue continued resume resumed stop".split()
)

_EN_CLAUSE_START = F.EN_BOUNDARY | {"why", "how", "what", "whether", "if", "unless"}

_EN_EVIDENCE = frozenset("reports report sign signs evidence indication indications word record".split())

_EN_UNCONFIRMED = frozenset("confirm confirmed confirms verify verified corroborate corroborated".split())

_EN_ORDER = frozenset("ordered instructed told asked authorized authorised directed commanded".split())

_EN_CONSIDER = frozenset(
    "consider considers considering mull mulls mulling weigh weighs weighing contemplate contemplates "
    "contemplating".split()
)

_EN_SETTING = frozenset("during amid".split())

_EN_ALLEGED_ADV = frozenset("allegedly alleged purportedly reportedly".split())

_EN_SEEK = frozenset("seek seeks seeking sought".split())

_EN_CAUSATIVE = frozenset(
    "persuade persuaded persuading convince convinced force forced allow allowed allowing permit permitted let "
    "get got enable enabled".split()
)

_EN_POSS_THAT = frozenset(
    "possible likely unlikely probable conceivable chance possibility feared fears".split()
)

_EN_TIME_COND = frozenset("once when until after".split())


# verbs that bring their object event about: "to hold the talks", "to sign the agreement"
_EN_MAKE_VERBS = frozenset(
    "make hold conduct carry stage launch host file press lodge sign reach conclude impose open start begin "
    "resume attend pay give provide deliver send grant organize organise call convene".split()
)

_EN_LIGHT_PASS = frozenset(
    "make made makes making hold held holds holding conduct conducted carry carried stage staged launch launched "
    "host hosted file filed press pressed lodge lodged".split()
)

_EN_SUBJ_DET_NUM = frozenset(
    "the a an this that these those his her their its two three four five both".split()
)

_EN_EVIDENCE_ADJ = frozenset("immediate official independent further new confirmed credible".split())

_EN_PROPOSAL = frozenset(
    "bill bills resolution resolutions proposal proposals draft measure legislation motion amendment".split()
)

_EN_CRIME_COERCE = ("abduct", "kidnap", "rob", "carjack", "hijack")

_EN_MODAL_BASE = frozenset("will 'll shall would could may might can should must".split())

_EN_SETTING_PREP = frozenset("following during amid after since".split())

_EN_NP_MOD_STOP = frozenset("to of with for on in by from at as that which who and or but".split())


def _en_and_adverb_verb(toks: list[Token], words: list[str], k: int, c: int) -> bool:
    """(round 27) "is going to give this the highest priority and strongly encourage his cabinet": "and"
    with only -ly adverbs (or "then", "also") before the verb at c joins it to the verb before, as a bare
    "and" does, so a modal before both governs it too."""
    return (
        words[k] == "and"
        and c - k <= 3
        and toks[c].kind == "latin"
        and toks[c].text.islower()
        and all(w.endswith("ly") or w in ("then", "also") for w in words[k + 1 : c])
    )


def _en_np_left(words: list[str], a: int, limit: int = 4) -> int:
    """Index of the first word left of the event noun at a that is outside its noun phrase."""
    j = a - 1
    while j >= 0 and a - j <= limit and words[j] not in _EN_NP_MOD_STOP and words[j] not in _EN_SETTING_PREP:
        j -= 1
    return j


def _en_setting(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 0
        and words[j] in _EN_SETTING_PREP
        and words[j] != "after"
        or (j >= 0 and words[j] == "after" and any(w in _EN_DEFINITE for w in words[j + 1 : a]))
    )


def _en_suspect_in_definite(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a, 5)
    return (
        j >= 1
        and words[j] == "in"
        and words[j - 1] in ("suspect", "suspects")
        and any(w in _EN_DEFINITE for w in words[j + 1 : a])
    )


_EN_ATTITUDE = frozenset("support back oppose welcome favor favour accept endorse approve".split())


def _en_relative_future(toks: list[Token], words: list[str], b: int) -> bool:
    """The event noun ending at b is followed by a relative clause in the future: ", which will take
    place", "that is scheduled for"."""
    j = b + 1
    if j < len(words) and toks[j].text == ",":
        j += 1
    if j + 2 >= len(words) or words[j] not in ("which", "that"):
        return False
    w, nxt = words[j + 1], words[j + 2]
    return (
        (w in ("will", "'ll") and nxt in ("take", "be", "begin", "start", "run", "resume"))
        or (w in ("is", "are") and nxt in ("scheduled", "planned", "set", "expected", "due"))
        # (round 20) as «الهدنة التي تبدأ منتصف الليل»: "the truce, which begins at midnight"
        or toks[j + 1].text.lower() in ("begins", "starts")
    )


def _en_push_for(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 1
        and words[j] == "for"
        and words[j - 1] in ("push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing")
    )


def _en_comment_on_definite(words: list[str], a: int) -> bool:
    j = _en_np_left(words, a)
    return (
        j >= 1
        and words[j] in ("on", "about")
        and words[j - 1] in ("comment", "comments", "commenting", "elaborate", "speak")
        and any(w in _EN_DEFINITE for w in words[j + 1 : a])
    )


_EN_CLAIM_THAT = frozenset("allege alleges alleged alleging claim claims claimed claiming".split())

_EN_SUSPECT_THAT = frozenset("suspect suspects suspected suspecting".split())


def _en_second_that_of_claim(toks: list[Token], words: list[str], a: int) -> bool:
    """The event is in a second that-clause ("and that ...") of an allegation verb."""
    for k in range(a - 1, max(-1, a - 12), -1):
        if toks[k].text in ".;:!?":
            return False
        if words[k] == "that" and k > 0 and words[k - 1] in ("and", "or"):
            for m in range(k - 2, max(-1, k - 30), -1):
                if toks[m].text in ".;:!?":
                    return False
                if words[m] == "that" and m > 0 and words[m - 1] in _EN_CLAIM_THAT:
                    return True
            return False
    return False


_EN_MAY = frozenset("can could may might cannot".split())


def _en_indefinite_modal_subject(toks: list[Token], t: Trig) -> bool:
    """(round 20) An event noun after a / an / any whose clause goes on, within five words, with can / could /
    may / might (+ not / only) + happen / occur / take place / be reached: what may (not) take place."""
    low = [tk.text.lower() for tk in toks]
    if t.a == 0 or low[t.a - 1] not in ("a", "an", "any"):
        return False
    for j in range(t.b + 1, min(len(toks) - 1, t.b + 6)):
        if toks[j].text in F.PUNCT_BOUNDARY or low[j] in F.EN_BOUNDARY:
            return False
        if low[j] in _EN_MAY:
            k = j + 1 + (low[j + 1] in ("not", "only", "never", "ever"))
            return k < len(low) and low[k] in ("happen", "occur", "take", "be", "succeed", "work", "hold")
    return False


_EN_OCCUR_STEMS = ("recur", "happen", "occur", "repeat")

_EN_NOT = frozenset("not n't never".split())


def _en_did_not_occur(toks: list[Token], t: Trig) -> bool:
    """(round 20) As «لم تتكرر التفجيرات»: a definite event noun subject of a negated verb of happening or
    recurring within six words on ("the clashes did not recur", "the attacks have not been repeated"), or the
    verb after "never happened / did not happen that"."""
    low = [tk.text.lower() for tk in toks]
    if t.a > 0 and low[t.a - 1] in (
        "the",
        "these",
        "those",
        "such",
    ):  # "the clashes": a noun, whatever its kind
        for j in range(t.b + 1, min(len(toks), t.b + 7)):
            if toks[j].text in F.PUNCT_BOUNDARY or low[j] in F.EN_BOUNDARY:
                return False
            if low[j] in _EN_NOT:
                return any(w.startswith(_EN_OCCUR_STEMS) for w in low[j + 1 : j + 3])
        return False
    for j in range(t.a - 1, max(-1, t.a - 6), -1):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if low[j] == "that":
            return j >= 2 and low[j - 1].startswith(_EN_OCCUR_STEMS) and low[j - 2] in _EN_NOT
    return False


# (round 19) English counterparts: "the failure to reach an agreement", "in the absence of an agreement"
# (negative, as «بعدم التوصل»); "his willingness / desire / commitment to help", "the deal stipulates the
# reimposition of sanctions" (planned, as «رغبة ... في»، «ينص ... على»)
_EN_LACK = frozenset("failure lack absence".split())

_EN_WILL = frozenset("desire willingness commitment readiness".split())

_EN_STIPULATE = frozenset("stipulate stipulates stipulated".split())


def _en_lack_of(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event right after "failure to" or "lack / absence of" (an article between allowed)."""
    j = t.a - 1
    if j >= 0 and words[j].lower() in _EN_ARTICLE:
        j -= 1
    if j < 1 or words[j].lower() not in ("to", "of"):
        return False
    head = words[j - 1].lower()
    return head in _EN_LACK and (head == "failure") == (words[j].lower() == "to")


_EN_TRY = frozenset("try tries tried trying attempt attempts attempted attempting".split())

_EN_IN_VAIN = frozenset("vain unsuccessfully vainly".split())


def _en_failed_attempt(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) As «حاول دون جدوى»: the act of "tried / attempted (in vain, unsuccessfully) to" at most six
    words before it, told as failed: "in vain" / "unsuccessfully" before the act, or "but failed", "but did
    not succeed", "without success", "to no avail" at most ten words after it, in its sentence."""
    low = [tk.text.lower() for tk in toks]
    try_k = None
    for k in range(t.a - 1, max(-1, t.a - 7), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if low[k] in _EN_TRY:
            try_k = k
            break
    if try_k is None or "to" not in low[try_k + 1 : t.a]:
        return False
    if any(w in _EN_IN_VAIN for w in low[try_k + 1 : t.a]):
        return True
    tail = []
    for k in range(t.b + 1, min(len(low), t.b + 11)):
        if toks[k].text in ".;:!?":
            break
        tail.append(low[k])
    text = " ".join(tail)
    return (
        any(
            p in text
            for p in (
                "but failed",
                "but they failed",
                "but it failed",
                "but did not succeed",
                "without success",
            )
        )
        or "to no avail" in text
        or "in vain" in text
    )


_EN_PLAN_NOUN = frozenset("plan plans intention intentions".split())


def _en_no_plan(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 21) As «لا توجد نية»: the act after "no plans / no intention to / of" (at most three words
    between the preposition and the trigger: "no intention to call an emergency meeting")."""
    low = [tk.text.lower() for tk in toks]
    for k in range(t.a - 1, max(0, t.a - 6), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if low[k] in ("to", "of") and low[k - 1] in _EN_PLAN_NOUN:
            return k >= 2 and low[k - 2] == "no"
    return False


_EN_SIGN = frozenset("sign signs indication indications".split())


def _en_indication(toks: list[Token], words: list[str], t: Trig) -> bool:
    """(round 20) As «مؤشرات»: the event noun right after "signs / indications of" (an article between
    allowed), or the verb of the clause opened by "signs / indications that" (within eight words, no
    punctuation). Not after "no" / "little" (nothing tells of it: a negation rule)."""
    for k in range(t.a - 1, max(-1, t.a - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].text.lower() not in _EN_SIGN:
            continue
        if k > 0 and toks[k - 1].text.lower() in ("no", "little", "any"):
            return False
        link = toks[k + 1].text.lower() if k + 1 < t.a else ""
        if link == "of":
            return t.kind == "noun" and all(tk.text.lower() in _EN_ARTICLE for tk in toks[k + 2 : t.a])
        return (
            link == "that"
            and t.kind == "verb"
            and not any(tk.text.lower() in F.EN_BOUNDARY for tk in toks[k + 2 : t.a])
        )
    return False


def _en_will_head(toks: list[Token], words: list[str], t: Trig) -> bool:
    """The event within four words after "desire / willingness / commitment to" or after "stipulate(s)",
    in its clause."""
    for j in range(t.a - 1, max(-1, t.a - 5), -1):
        w = words[j].lower()
        if toks[j].text in F.PUNCT_BOUNDARY or w in F.EN_BOUNDARY:
            return False
        if w in _EN_STIPULATE or toks[j].text.lower() in _EN_STIPULATE:
            return True
        if w in _EN_WILL and j + 1 < t.a and words[j + 1].lower() == "to":
            return True
    return False


_EN_EFFORT = frozenset("effort efforts attempt attempts plan plans move moves bid bids push".split())


def _en_given_object(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A definite event noun that is the object of another verb in -ing after a modal: the modal is on
    that verb ("The strategy may be slowing the talks"), not on the event ("may be holding talks")."""
    a = t.a
    if a < 3 or words[a - 1] not in _EN_DEFINITE:  # after a determiner even a "verb" trigger is a noun
        return False
    for k in range(a - 2, max(-1, a - 10), -1):
        if toks[k].text in F.PUNCT_BOUNDARY or words[k] in F.EN_BOUNDARY:
            return False
        if words[k] in F.EN_POSS:
            return _en_modal_on_other_verb(words, k, a)
    return False


_EN_POLICE_SRC = frozenset(
    "police deputies sheriff authorities investigators prosecutors detectives officers troopers affidavit "
    "complaint".split()
)

_EN_SAY = frozenset("said say says told alleged allege alleges".split())


# unknown perpetrators: their act is told as a fact ("Police said gunmen opened fire")
_EN_UNKNOWN_ACTORS = frozenset(
    "gunman gunmen attacker attackers assailant assailants militants militant robber robbers someone somebody "
    "intruder intruders unknown masked".split()
)

_EN_SUBJ_START = frozenset("the a an he she they two three four both his her".split())


def _en_police_claim(toks: list[Token], words: list[str], t: Trig) -> bool:
    """A suspect's act as told by the police: "Police said the man stabbed his neighbor", "Authorities say
    the men killed Hankins", "Smith shot the clerk, deputies said" (an allegation, not yet proven).
    The verb must be active, its subject a person (not unknown gunmen, not the police themselves)."""
    a = t.a
    if t.kind != "verb" or a == 0 or words[a - 1] in ("was", "were", "been", "be", "is", "are", "being"):
        return False
    if toks[a].text.lower().endswith("ing") or words[a - 1] in _EN_SUBJ_DET_NUM:
        return False  # "Authorities say a stabbing that killed ...": an event noun, no act of a suspect
    n = len(words)
    src = None
    for k in range(n - 1):
        if words[k] in _EN_POLICE_SRC and words[k + 1] in _EN_SAY:
            src = k
            break
    if src is None:
        return False
    if src < a:  # "Police said (that) the man stabbed ..."
        st = src + 2 + (words[src + 2 : src + 3] == ["that"])
    else:  # "..., police said": the clause before
        if not any(toks[j].text == "," for j in range(a + 1, src)):
            return False
        st = a
        while st > 0 and toks[st - 1].text not in F.PUNCT_BOUNDARY:
            st -= 1
    end = a
    if src < a and toks[a - 1].text == ",":
        # "Baskerville and another man, 19-year-old Lutchman Chandler, abducted": an apposition
        c1 = next((j for j in range(a - 2, max(st, a - 12), -1) if toks[j].text == ","), None)
        if c1 is not None:
            end = c1
    subj = words[st:end]
    if not 1 <= len(subj) <= 6 or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(st, end)):
        return False
    # names joined by "and" are one subject ("Sears and Bowers killed")
    if any(w in _EN_PREP or (w in F.EN_BOUNDARY and w != "and") for w in subj):
        return False
    if set(subj) & (_EN_UNKNOWN_ACTORS | _EN_POLICE_SRC | _EN_FORCES):
        return False
    return subj[0] in _EN_SUBJ_START or toks[st].text[:1].isupper()


def _en_condition_after(toks: list[Token], words: list[str], j0: int) -> bool:
    """An if/unless clause within 10 tokens after j0, in the same clause."""
    for j in range(j0, min(len(toks), j0 + 10)):
        if toks[j].text in F.PUNCT_BOUNDARY:
            return False
        if words[j] in ("if", "unless"):
            return True
    return False


def _en_admitted(words: list[str], a: int) -> bool:
    """'pleaded guilty (to)', 'admitted', 'confessed to' within 8 tokens before the trigger."""
    near = words[max(0, a - 8) : a]
    return any(
        (w in ("pleaded", "pleads", "plead", "pled") and near[i + 1 : i + 2] == ["guilty"])
        or w in ("admitted", "confessed", "admits", "confesses")
        # "Islamic State claimed it carried out the attack": a claim of one's own act
        or (w in ("claimed", "claims") and near[i + 1 : i + 2] in (["it"], ["they"], ["responsibility"]))
        for i, w in enumerate(near)
    )


_EN_LIGHT_VERBS = frozenset("make pay hold host conduct attend sign carry stage launch".split())


# ---------------------------------------------------------------- round 9 (branch fact9)


def _en_participle_of_alleged(toks: list[Token], a: int) -> bool:
    """ "he allegedly called out, threatening the woman": a participle clause hung on a clause after a
    comma shares that clause's allegation (the adverb in the clause before the comma)."""
    if a < 3 or toks[a - 1].text != "," or not toks[a].text.lower().endswith("ing"):
        return False
    for k in range(a - 2, max(-1, a - 12), -1):
        if toks[k].text in F.PUNCT_BOUNDARY:
            return False
        if toks[k].text.lower() in ("allegedly", "purportedly"):
            return True
    return False


_EN_FEAR_HEADS = frozenset("fear fears anticipation risk danger prospect".split())

_EN_FEAR_SKIP = frozenset("possible further more new renewed potential a an any retaliatory".split())


def _en_feared(words: list[str], a: int) -> bool:
    """ "for fear of reprisals", "amid fears of further clashes", "in anticipation of protests", "the risk
    of a strike": an event feared or braced for is possible."""
    k = a - 1
    while k >= 0 and words[k] in _EN_FEAR_SKIP:
        k -= 1
    return k >= 1 and words[k] == "of" and words[k - 1] in _EN_FEAR_HEADS


_EN_OUTCOME = frozenset(
    "produce produced yield yielded result resulted lead led bring brought reach reached".split()
)


def _en_negated_outcome(words: list[str], a: int) -> bool:
    """ "The talks did not produce an agreement", "failed to yield a deal", "never led to any ceasefire":
    the event is what a negated verb of outcome did not bring about. ``words`` are the extractor's English
    lemmas (lower case, n't read as "not")."""
    k = a - 1
    while k >= 0 and words[k] in ("a", "an", "any", "the"):
        k -= 1
    if k >= 0 and words[k] in ("in", "to", "about"):
        k -= 1
    if k < 1 or words[k] not in _EN_OUTCOME:
        return False
    before = words[max(0, k - 3) : k]
    return any(w in ("not", "never") for w in before) or before[-2:] == ["failed", "to"]

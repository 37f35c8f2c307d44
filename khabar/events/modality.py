"""The sentence factuality pass: negation and modality of every trigger (``mark_factuality``), read from
the left context of the trigger's clause (``modality_ar._ar_left`` / ``modality_en._en_left``), then from the
rule helpers of each language (``modality_ar``, ``modality_en``) and from the cue modules (``scope``,
``clauses``, ``governing``, ``frames``). This module keeps what both languages share: the pass itself, a
condition after the event (``_condition_after``) and the one course left (``_no_choice_but``).

Split out of ``khabar.events.extract`` (which imports from here). The Arabic and the English left-context
passes and their rule helpers live in ``modality_ar`` and ``modality_en``, imported from here; they never
import this module.
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.events import clauses, frames, governing
from khabar.events import factuality as F
from khabar.events.lexicon import en_lemma
from khabar.events.modality_ar import (
    _AR_PREP_ALL,
    _AR_THIS,
    _AR_TIME_COND,
    _AR_WARN,
    _ar_adjunct_of_future,
    _ar_alla_as_an,
    _ar_announced_event_dated_after,
    _ar_approved_to_come,
    _ar_asked_in_question,
    _ar_awaited,
    _ar_called_with_lam,
    _ar_capable_of,
    _ar_capacity_applied,
    _ar_capacity_cue,
    _ar_condition_before,
    _ar_consented_across_aside,
    _ar_content_word_cue,
    _ar_copula_subject_event,
    _ar_date_set_for,
    _ar_dated_to_come,
    _ar_decision_content,
    _ar_did_not_occur,
    _ar_dispatch_purpose,
    _ar_document_not_done,
    _ar_done_under_fear,
    _ar_duty_as_must,
    _ar_duty_on_subject,
    _ar_easy_to,
    _ar_faced,
    _ar_failed,
    _ar_failed_act,
    _ar_failed_attempt,
    _ar_fear_of,
    _ar_feared_object,
    _ar_fused_neg_as_verb,
    _ar_future_in_span,
    _ar_future_object_clause,
    _ar_future_purpose,
    _ar_given_time_frame,
    _ar_governed_that_clause,
    _ar_hoped_for,
    _ar_imperfect_next,
    _ar_indication,
    _ar_involved_in,
    _ar_kana_running_past,
    _ar_left,
    _ar_list_item_modality,
    _ar_means_purpose,
    _ar_modal_conjunct_past_comma,
    _ar_movement_purpose,
    _ar_must_on_subject,
    _ar_need_or_demand,
    _ar_neg_scope,
    _ar_negated_outcome,
    _ar_news_about,
    _ar_not_ruled_out_that,
    _ar_not_yet_carried_out,
    _ar_object_of_affect,
    _ar_occurrence_verb,
    _ar_on_condition_of,
    _ar_on_the_way_to,
    _ar_ongoing,
    _ar_past_clause_verb,
    _ar_plan_head,
    _ar_plan_purpose,
    _ar_police_claim,
    _ar_possible_predicate,
    _ar_possible_result,
    _ar_present_dated_after,
    _ar_present_today,
    _ar_present_with_future_time,
    _ar_presupposed_complement,
    _ar_presupposing_head,
    _ar_purpose_adjunct,
    _ar_purpose_conjunct,
    _ar_purpose_of_set_up,
    _ar_purpose_wide,
    _ar_question_on_given,
    _ar_relative_start,
    _ar_relative_started,
    _ar_release_ordered,
    _ar_required_or_after_condition,
    _ar_responsibility_for_definite,
    _ar_right_adjective,
    _ar_round_future,
    _ar_ruled_out_occurrence,
    _ar_rumour_called_false,
    _ar_rumoured,
    _ar_sequel_of_trip_to_come,
    _ar_stance_cause,
    _ar_stop_wished,
    _ar_stressed_act,
    _ar_subject_future,
    _ar_subject_modal,
    _ar_summons_purpose,
    _ar_thwarted,
    _ar_trial_ordered,
    _ar_unannounced_stance,
    _ar_undergoing_denied,
    _ar_untrue_report,
    _ar_warned_of_far,
    _ar_ways_of,
    _ar_when_in_plan,
    _ar_whether_or_modality,
    _ar_will_head,
    _ar_wished_for,
    _ar_without,
    _ar_worked_toward,
)
from khabar.events.modality_en import (
    _EN_ALLEGED_ADV,
    _EN_ATTITUDE,
    _EN_CRIME_COERCE,
    _EN_LIGHT_VERBS,
    _EN_MAKE_VERBS,
    _EN_MODAL_BASE,
    _EN_TIME_COND,
    _en_admitted,
    _en_comment_on_definite,
    _en_condition_after,
    _en_did_not_occur,
    _en_failed_attempt,
    _en_feared,
    _en_given_object,
    _en_indefinite_modal_subject,
    _en_indication,
    _en_lack_of,
    _en_left,
    _en_negated_outcome,
    _en_no_plan,
    _en_participle_of_alleged,
    _en_police_claim,
    _en_push_for,
    _en_relative_future,
    _en_second_that_of_claim,
    _en_setting,
    _en_suspect_in_definite,
    _en_will_head,
)
from khabar.events.scope import (
    _AR_DEMONSTRATIVE,
    _QUOTES,
    _ar_accusation_content,
    _ar_charged_act,
    _ar_conditional_in,
    _ar_coordinated_perfect,
    _ar_direct_negation,
    _ar_draft,
    _ar_exceptive,
    _ar_foiled,
    _ar_future_verb,
    _ar_given_object,
    _ar_given_setting,
    _ar_no_reports,
    _ar_specific_event,
    _ar_suspect_content,
    _ar_trusted_object,
    _ar_unconfirmed_or_ordered,
    _cancelled,
    _en_subject_predicate,
    _not_only,
    ar_unconfirmed_given,
)
from khabar.events.triggers import (
    _AR_DOCUMENT_NOUNS,
    _AR_REL,
    _EN_DEFINITE,
    _EN_WEEKDAYS,
    Trig,
    _bare,
    _unprep,
)
from khabar.text.normalize import normalize
from khabar.text.tokenize import Token


def mark_factuality(toks: list[Token], trigs: list[Trig], lang: str) -> None:
    """Negation and modality of every trigger of the sentence, written onto the triggers."""
    words = [t.norm if lang == "ar" else en_lemma(t.text) for t in toks]
    if lang == "ar":
        words = _ar_alla_as_an(toks, words)  # (round 64) «ألا» = أن + لا, not إلا
        words = _ar_duty_as_must(toks, words)  # (round 65) «وعليه أن»، «والواجب أن»: a duty, as «يجب»
        words = _ar_fused_neg_as_verb(toks, words)  # (round 86, leaks86) «لايمكن» = لا + يمكن: the verb
        first = next((w for w in words if w not in ("و", "ف")), "")
        first = first[1:] if first[:1] in "وف" and len(first) > 2 else first
        second = (
            words[words.index(first) + 1] if first in words and words.index(first) + 1 < len(words) else ""
        )
        sent_cond = first in ("اذا", "لو", "لولا") and second not in ("كان", "كانت")
        fi = next((j for j, w in enumerate(words) if w not in ("و", "ف")), 0)
        raw = toks[fi].text.lstrip("وف") if toks else ""
        second = words[fi + 1] if fi + 1 < len(words) else second
        verb_next = any(t.a == fi + 1 and t.kind == "verb" for t in trigs)
        if (first == "في" and second in ("حال", "حاله")) or (first == "ما" and second == "لم"):
            sent_cond = True  # في حال ...، ... / ما لم ...
        elif raw in ("إن", "إذ") and (second == "لم" or verb_next):
            sent_cond = raw == "إن"  # «وإن هاجمت»، «إن لم تنسحب»: إنّ that is never followed by a verb
    else:
        w0 = [w for w, tk in zip(words, toks, strict=True) if tk.kind != "punct"][:3]  # “If ...
        sent_cond = bool(w0) and (
            w0[0] in ("if", "unless") or w0 in (["in", "case", "of"], ["in", "the", "event"])
        )
        # an inverted condition: "Should the talks collapse, ...", "Had the police arrived earlier, ..."
        if w0 and w0[0] in ("should", "were") and any(tk.text == "," for tk in toks) and toks[-1].text != "?":
            sent_cond = True
    # "Making his first visit as president, Obama is scheduled to arrive ...": an opening participial
    # phrase shares the modality of the main clause's verb group after the comma
    opening: set[str] = set()
    open_end = -1
    if lang == "en" and words and words[0].endswith("ing") and words[0] not in ("according", "following"):
        open_end = next((k for k, tk in enumerate(toks) if tk.text == ","), -1)
        if open_end > 0:
            for k in range(open_end + 1, min(len(toks), open_end + 10)):
                w = words[k]
                if toks[k].text in F.PUNCT_BOUNDARY:
                    break
                if w in F.EN_POSS:
                    opening.add("possible")
                elif w in (
                    "will",
                    "'ll",
                    "would",
                    "scheduled",
                    "expected",
                    "due",
                    "plans",
                    "planned",
                    "set",
                ):
                    opening.add("planned")
                elif w in F.EN_ALLEGED:
                    opening.add("alleged")
    # "Once the agreement is signed, troops will withdraw", "When the talks resume, ...": a present-tense
    # time clause before a future main clause tells of an event to come
    time_end = -1
    if lang == "en" and words and words[0] in _EN_TIME_COND:
        comma = next((k for k, tk in enumerate(toks) if tk.text == ","), -1)
        if (
            comma > 1
            and any(w in ("will", "'ll", "shall") for w in words[comma + 1 : comma + 6])
            and not any(
                w in ("was", "were", "had", "did")
                or (w.endswith("ed") and words[j - 1] not in ("is", "are", "be"))
                for j, w in enumerate(words[1:comma], start=1)
            )
        ):
            time_end = comma
    if lang == "ar" and toks:
        # «وعندما يتم توقيع الاتفاق ستنسحب القوات»، «وبمجرد توقيع الاتفاق ستنسحب»: the time clause
        # before a future main verb tells of an event to come (not «وعندما تم توقيع»)
        fi = next((j for j, w in enumerate(words) if w not in ("و", "ف")), 0)
        w0 = words[fi][1:] if words[fi][:1] in "وف" and len(words[fi]) > 3 else words[fi]
        if _bare(w0) in _AR_TIME_COND and fi + 1 < len(words):
            fut = next(
                (j for j in range(fi + 2, min(len(words), fi + 10)) if _ar_future_verb(_bare(words[j]))),
                -1,
            )
            if fut > 0 and (_bare(w0) == "بمجرد" or _ar_imperfect_next(words, fi)):
                time_end = fut
    for t in trigs:
        mods: set[str] = set()
        if t.b < open_end:
            mods |= opening
        if t.b < time_end:
            mods.add("planned")
        if sent_cond and not any(toks[j].text == ":" for j in range(t.a)):
            # (round 11) a colon ends the conditional sentence's reach: «وإذا قيل لنا ... فإن علينا أن
            # نسأل: لماذا لم نشهد أي تفجير»: what follows is a statement or a question of its own
            mods.add("conditional")
        if t.future:
            mods.add("planned")
        for c in t.cues:
            if lang == "ar":
                neg, m = _ar_left(toks, words, c, t)
            else:
                neg, m = _en_left(toks, words, c, t)
            t.negated = t.negated or neg
            mods |= m
        if lang == "ar" and not t.negated and _bare(words[t.a]) in _AR_DOCUMENT_NOUNS:
            t.negated = _ar_document_not_done(toks, words, t.b)
        if lang == "ar" and not t.negated and t.a > 1 and not _bare(words[t.a]).startswith(("ال", "لل")):
            # (round 11) an indefinite event word inside a phrase quantified by أي (its head, a conjunct after أو)
            # shares the negation of that phrase: «لم نشهد أي عمليات تفخيخ أو تفجير»، «أي حملات دهم»
            q = next((j for j in range(t.a - 1, max(-1, t.a - 6), -1) if _bare(words[j]) in F.AR_ANY), -1)
            if (
                q >= 0
                and not any(toks[j].text in F.PUNCT_BOUNDARY for j in range(q, t.a))
                and not any(u.kind == "verb" and q < u.a < t.a for u in trigs)
                and not any(_bare(words[j]) in _AR_PREP_ALL for j in range(q, t.a))
            ):
                t.negated = _ar_neg_scope(toks, words, q + 1)[0]
        if lang == "ar" and t.kind == "noun" and _ar_future_purpose(toks, words, t.a):
            mods.add(
                "planned"
            )  # (round 14) «لن تثنينا عن ملاحقتهم، للقبض عليهم»: the purpose of a future act
        if t.negated and _not_only(toks, words, t, lang):
            t.negated = False  # "not only killed four people but ...", «لم تقتل فقط ... بل»
        if lang == "ar" and t.negated and _ar_responsibility_for_definite(words, t.a):
            t.negated = False  # «دون أن يعلن أي طرف مسؤوليته عن الهجوم»: the attack took place
        if lang == "ar" and not t.negated and _ar_untrue_report(toks, words, t.a):
            t.negated = True  # «لا صحة للأنباء عن اعتقال الصحفي»، «نفت الشرطة صحة ما تردد عن مقتل»
            mods.discard("possible")
        if lang == "ar" and t.negated and _ar_exceptive(toks, words, t):
            t.negated = False  # «ولم تقصف تركيا داعش سوى ثلاث مرات»: only three times, it did
        if lang == "ar" and _ar_coordinated_perfect(toks, words, t):
            # «أعلن أنه لن يسمح بالمظاهرات وهدد بالتصدي لها»، «سيزور موسكو ووقع اتفاقا»: لن / لم / سـ take
            # an imperfect; a coordinated past verb starts a clause of its own
            if not _ar_direct_negation(words, t.a):
                t.negated = False
            mods.discard("planned")
        if lang == "ar" and _ar_conditional_in(toks, t):
            mods.add("conditional")  # «فإن اتفقت الفصائل»: إنْ + a past verb
        # a cue right after the trigger: الهجوم المزعوم, "a murder charge"
        nxt = t.b + 1
        if lang == "ar" and nxt < len(toks) and words[nxt] in F.AR_ALLEGED_RIGHT:
            mods.add("alleged")
        if lang == "en" and nxt < len(toks) and words[nxt] in ("charge", "charges"):
            mods.add("alleged")
        ar_present = lang == "ar" and t.kind == "verb" and t.imperfect and not t.negated
        en_base = (
            lang == "en"
            and t.kind == "verb"
            and t.a > 0
            and (words[t.a - 1] == "to" or words[t.a - 1] in _EN_MODAL_BASE)
        )  # "prepare to meet again next month", "will meet Tuesday" is the predicate rule
        if (
            t.kind == "noun" or ar_present or en_base
        ):  # «زيارة الأسبوع المقبل», "talks next week", «اللقاء مجددا في الأسابيع المقبلة»;
            # an Arabic present verb with a future time tells a plan: «ويعقد الحلف اجتماعا غدا»،
            # «ويلتقي الرئيس نظيره الأسبوع المقبل»
            for j in range(nxt, min(len(toks), nxt + (4 if lang == "ar" else 3) + 2 * ar_present)):
                if toks[j].text in F.PUNCT_BOUNDARY:
                    break
                w = words[j].lower()
                if (lang == "ar" and w in F.AR_FUTURE_RIGHT) or (
                    lang == "en"
                    and (
                        w in F.EN_FUTURE_RIGHT
                        or (w == "next" and j + 1 < len(words) and words[j + 1].lower() in F.EN_NEXT_UNITS)
                    )
                ):
                    mods.add("planned")
                    t.dated_future = True
                    break
        if lang == "ar" and t.kind == "noun" and nxt + 1 < len(toks):
            # «المظاهرات التي ستنظم»، «الزيارة التي سيقوم بها»: a relative clause in the future
            rel, verb = words[nxt], toks[nxt + 1]
            vn = normalize(verb.text)
            if _bare(rel) in _AR_REL and vn[:1] == "س" and vn[1:2] in ("ي", "ت", "ن") and len(vn) > 4:
                mods.add("planned")
        if lang == "ar" and "planned" not in mods and _ar_relative_start(toks, words, t):
            mods.add(
                "planned"
            )  # (round 20) «الهدنة الإنسانية التي تبدأ منتصف ليل»، «في الاجتماعات التي ستعقد»
        if lang == "ar" and not mods and not t.negated and _ar_present_with_future_time(toks, words, t):
            mods.add(
                "planned"
            )  # «ويتوجه الوزير إلى موسكو غدا لإجراء محادثات»، «ويصل ... الأحد المقبل في زيارة»
        if lang == "ar" and not mods and not t.negated and _ar_present_today(toks, words, t):
            mods.add("planned")  # (round 46) «إلى ذلك يزور الجبير موسكو الثلاثاء»، «يستقبل ... ظهر اليوم»
        if lang == "ar" and not mods and _ar_when_in_plan(toks, words, t):
            mods.add("planned")  # «قال إنه يعتزم بحث ... عندما يلتقي نظيره»: when he meets, to come
        if lang == "ar" and t.kind == "noun" and _ar_subject_future(toks, words, t):
            mods.add("planned")  # «وإن المفاوضات حول اتفاق جديد ستجري»، «الاجتماع سيعقد في الرياض»
        if lang == "ar" and t.kind == "noun" and _ar_round_future(toks, words, t):
            mods.add("planned")  # (round 16) «أن الجولة المقبلة من محادثات السلام ... ستجري»
        if lang == "ar" and _ar_subject_modal(toks, words, t):
            mods.add("possible")  # (round 16) «إن الضربات الجوية ... يمكن أن تعطل برنامجها»
        if lang == "ar" and (
            _ar_plan_head(toks, words, t.a)
            or (t.head is not None and _ar_plan_head(toks, words, t.head))
            or _ar_plan_purpose(toks, words, t)  # (round 63) the plan nouns' one reading
        ):
            mods.add("planned")  # «مستعد للتعاون»، «بالتخطيط لمهاجمة»، «خطة لسحب القوات»، «خطة تتضمن إضرابا»
        if lang == "ar" and _ar_awaited(toks, words, t):
            mods.add("planned")  # (round 18) «مذكرة تفاهم تنتظر التوقيع»، «سينتظرون زيارة كيري»
        if lang == "ar" and _ar_will_head(toks, words, t, {u.a for u in trigs if u.kind == "verb"}):
            mods.add("planned")  # (round 19) «رغبة بلده في مساعدة»، «ينص الاتفاق على إعادة العقوبات»
        if lang == "ar" and not t.negated and _ar_indication(toks, words, t):
            mods.add("possible")  # (round 20) «مؤشرات موافقة الأطراف»، «مؤشرات على أن ... اعتقلوا»
        if lang == "en" and not t.negated and _en_indication(toks, words, t):
            mods.add("possible")  # (round 20) "signs of a withdrawal", "indications that they kidnapped"
        if lang == "en" and _en_will_head(toks, words, t):
            mods.add("planned")  # (round 19) "his willingness to negotiate", "stipulates the return of"
        if lang == "en" and not t.negated and _en_failed_attempt(toks, words, t):
            t.negated = True  # (round 21) "tried in vain to deliver aid", "tried to arrest him but failed"
            mods.discard("possible")
        if lang == "en" and _en_no_plan(toks, words, t):
            t.negated = True  # (round 21) "no plans to hold talks", "no intention to call a meeting"
            mods.add("planned")
        if lang == "en" and not t.negated and _en_lack_of(toks, words, t):
            t.negated = True  # (round 19) "the failure to reach an agreement", "the lack of talks"
        if lang == "ar" and not mods and not t.negated and _ar_future_object_clause(toks, words, t):
            mods.add("planned")  # (round 21) «سيبحث قرارا يرفض الاتفاق»، «سيمضي يومين ... يلتقي خلالهما»
        if lang == "ar" and not t.negated and _ar_failed_attempt(toks, words, t):
            t.negated = True  # (round 21) «حاول دون جدوى إيصال مساعدة»، «حاول تسليم مساعدة لكنه لم ينجح»
            mods.discard("possible")  # the attempt is told as fact, the act as not done
        if lang == "ar" and not mods and not t.negated and _ar_release_ordered(toks, words, t):
            mods.add("planned")  # (round 48) «وأمرت المحكمة بالإفراج عن»، «أمر بفتح تحقيق»
        if lang == "ar" and not mods and not t.negated and _ar_trial_ordered(toks, words, t):
            mods.add("planned")  # (round 27) «وقضت بمحاكمة الصحافيين مجددا»، «اتفقتا على الإسراع بمحاكمة»
        if lang == "ar" and not mods and not t.negated and _ar_purpose_of_set_up(toks, words, t):
            mods.add("planned")  # (round 21) «بتشكيل محكمة دولية لمحاكمة المشتبه بهم»
        if lang == "ar" and not mods and not t.negated and _ar_done_under_fear(toks, words, t):
            mods.add("possible")  # (round 21) «ويتخوف مختصون أن يقوم التنظيم ... بتنفيذ هجمات»
        if lang == "ar" and not mods and not t.negated and _ar_must_on_subject(toks, words, t, trigs):
            mods.add("possible")  # (round 22) «يجب على الولايات المتحدة أن تنسق»، «ينبغي على X، Y، القيام»
        if lang == "ar" and not mods and not t.negated and (
            _ar_modal_conjunct_past_comma(toks, words, t) or _ar_duty_on_subject(toks, words, t)
        ):
            mods.add("possible")  # (round 65) «والواجب أن نكشفها ...، ونحذر»، «وعلى الحكومة أن تفرج»
        if lang == "ar" and (need := _ar_need_or_demand(toks, words, t)):
            mods.add(need)  # (round 18) «ضرورة التوصل»: possible; «المطالبة بإيصال»: planned
        if lang == "ar" and t.kind == "noun":  # «وهذه المحادثات إذا حصلت»
            for j in range(nxt, min(len(toks), nxt + 2)):
                if toks[j].text in F.PUNCT_BOUNDARY or words[j] in _CONCESSIVE_BEFORE_IF:
                    break  # «حتى لو»: even if; «خاصة إذا»: especially if
                if words[j] in ("اذا", "لو") and toks[j].text[:1] not in "وف":
                    mods.add("conditional")  # not «المحادثات أمس وإذا ...»: a new clause
        if (
            mods & {"planned", "possible"}
            # (round 11) a present verb or an event noun, not told as past: «إن سوريا تدعم أي جهود ...
            # إذا جرت بالتنسيق»، «القدرة على إعادة فرض العقوبات اذا لم تلتزم»
            or (
                lang == "ar"
                and not mods - {"reported"}
                and not t.negated
                and (
                    t.kind == "noun"
                    or (t.imperfect and not t.future)
                    or clauses.ar_masdar_reading(toks, words, t)  # (round 15) «إعادة فرض العقوبات»
                )
                and clauses.ar_condition_right(toks, words, t, [u.a for u in trigs if u.kind == "verb"])
            )
        ) and _condition_after(toks, words, nxt, lang):
            # a condition after the event: «ستفرض واشنطن عقوبات إذا ...», "will send troops if ..."
            mods.add("conditional")
        if (
            lang == "en"
            and t.kind == "verb"
            and toks[t.a].text.endswith("ing")
            and t.a > 0
            and words[t.a - 1] in ("is", "are", "am", "be")
            and any(
                w.lower() in _EN_WEEKDAYS
                or (w == "next" and j + 1 < len(words) and words[j + 1].lower() in F.EN_NEXT_UNITS)
                for j, w in enumerate(words[t.a + 1 : t.a + 4], start=t.a + 1)
            )
        ):
            mods.add("planned")  # "The officials are meeting Tuesday", "is visiting China next week"
        if (
            lang == "en"
            and "planned" in mods
            and t.type == "ASSAULT"
            and t.a > 0
            and words[t.a - 1] in _EN_DEFINITE
            and not any(w in _EN_LIGHT_VERBS for w in words[max(0, t.a - 4) : t.a])
            and not t.dated_future
        ):
            # "they will never get over the shooting of their pastor", "will investigate the attack":
            # a definite violent event is told as given; "will launch the attack" stays planned
            mods.discard("planned")
        if lang == "en" and "possible" in mods and _en_given_object(toks, words, t):
            mods.discard("possible")  # "may be discouraging China from bringing the talks to a close"
        if lang == "en":
            # "would ... if ..." later in the same sentence
            if any(words[k] == "would" for k in range(max(0, t.a - 3), t.a)) and "if" in words[t.b :]:
                mods.add("conditional")
        if t.embedded:
            if t.gov == "negative":
                t.negated = True
                if t.any_q:  # «نفت وجود أي مفاوضات»: the negation, not a possibility
                    mods.discard("possible")
            elif t.gov == "possible" and t.dated_future:
                mods.add("planned")  # «دعا إلى الاحتشاد غدا»: a call for a dated event plans it
            elif (
                lang == "en"
                and t.gov in ("possible", "planned")
                and t.a >= 2
                and words[t.a - 1] in _EN_DEFINITE
                and words[t.a - 2] not in _EN_MAKE_VERBS
                and words[t.a - 3 : t.a - 2] == ["to"]
            ):
                pass  # "promised to investigate the killings", "urged both sides to end the fighting": given
            elif lang == "ar" and t.gov in ("possible", "planned") and _ar_past_clause_verb(toks, words, t):
                pass  # (round 39) «طالب بالإفراج عن طلاب أوقفوا»، «ورفضوا إجراء مفاوضات»: a past clause, told
            elif t.gov in ("possible", "planned", "alleged"):
                mods.add(t.gov)  # alleged: the content of an accusation («اتهمت ... بالشغب»)
        if (
            lang == "ar"
            and t.type == "ASSAULT"
            and mods & {"planned", "possible"}
            and not t.dated_future
            and _ar_given_object(toks, words, t.a)
        ):
            # «ستحقق الحكومة في الهجوم»، «دعت إلى التحقيق في الهجوم»: a definite violent event is given,
            # as "will investigate the attack"
            mods -= {"planned", "possible"}
        if (
            lang == "ar"
            and t.type != "ACCUSE"
            and "alleged" not in mods
            and (_ar_accusation_content(toks, words, t.a) or _ar_suspect_content(toks, words, t.a))
            and not _ar_specific_event(toks, words, t.a)
        ):
            mods.add("alleged")  # «تبادلتا الاتهامات بقصف»، «وهو متهم بالتآمر ومحاولة تأمين دعم»
        if lang == "en" and not t.dated_future and _en_setting(words, t.a):
            # "following a serious assault", "during opposition protests": the setting is given
            mods -= {"planned", "possible", "conditional"}
        if lang == "en" and "alleged" in mods and _en_suspect_in_definite(words, t.a):
            mods.discard("alleged")  # "a suspect in the June murder": the murder took place
        if lang == "en" and _en_relative_future(toks, words, t.b):
            mods.add("planned")  # "The town hall meetings, which will take place throughout spring"
        if (
            lang == "en"
            and t.kind == "verb"
            and t.a > 0
            and words[t.a - 1] in ("would", "can", "could")
            and words[t.a] in _EN_ATTITUDE
        ):
            mods.discard("planned")  # "I would support legislation like ...": a stance, not a plan
            mods.add("possible")
        if lang == "en" and t.kind == "noun" and _en_push_for(words, t.a):
            mods.add("planned")  # "pushes for a quick withdrawal", "pressed for talks"
        if lang == "en" and t.kind == "noun" and _en_comment_on_definite(words, t.a):
            mods -= {"possible", "planned"}  # "said it could not comment on the lawsuit": given
            t.negated = False
        if lang == "en" and "alleged" not in mods and _en_second_that_of_claim(toks, words, t.a):
            mods.add("alleged")  # "alleges that X ... and that Trump is arresting ..."
        if lang == "en" and "alleged" in mods and _en_admitted(words, t.a):
            mods.discard("alleged")  # "pleaded guilty to charges he threatened to kill": admitted
        if (
            lang == "en"
            and t.type == "ACCUSE"
            and "alleged" in mods
            and not any(w in _EN_ALLEGED_ADV for w in words[max(0, t.a - 10) : t.a])
        ):
            # "The suspect also faces ... charges", "pleaded not guilty to the charges": the charge
            # itself is a fact; only what it charges is alleged
            mods.discard("alleged")
        if mods & {"alleged", "possible"}:
            # «اتهمت ... بالمسؤولية عن الهجوم», "accused Russia of responsibility for the attack",
            # "a car that may have been involved in the shooting"
            resp = F.AR_RESPONSIBILITY if lang == "ar" else F.EN_RESPONSIBILITY
            # ... of a definite event («عن الهجوم», "for the attack"), not of «دور في دعم العمليات»
            near = words[max(0, t.a - 6) : t.a]
            if lang == "en" and words[t.a] == "carrying":
                near = words[max(0, t.a - 6) : t.b + 1]  # "suspected of carrying out the bombing"
            if lang == "ar":
                hit = any({w, _bare(w), _unprep(_bare(w))} & resp for w in near)
                definite = _bare(words[t.a]).startswith(("ال", "لل")) or "ال" in normalize(toks[t.a].prefix)
            else:
                hit = any(w in resp for w in near)
                definite = any(w in ("the", "this", "that", "these", "those") for w in near)
            if hit and definite:
                mods.discard("alleged")
                mods.discard("possible")
        if t.type in ("CONSULT", "PROTEST") and _cancelled(toks, words, t.a, lang):
            t.negated = True  # «ألغت الحكومة الزيارة», "called off the talks": a scheduled event dropped
        if lang == "ar" and not t.negated and not mods - {"reported"}:
            ruled = _ar_ruled_out_occurrence(toks, words, t)
            if ruled == "negative":  # (round 46) «واستبعد [a long subject] حصول عملية خطف»
                t.negated = True
                mods.discard("reported")
            elif ruled:  # (round 46) «ولم يستبعد إبراهيم البغلي، تعرض شقيقه لمحاولة اختطاف»
                mods.add(ruled)
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_not_ruled_out_that(toks, words, t):
            mods.add("possible")  # (round 48) «ولا يستبعد خبراء أمنيون أن يشن التنظيم هجمات»
        if lang == "ar" and not t.negated and _ar_on_condition_of(toks, words, t):
            mods.discard("planned")  # (round 48) «لفض اعتصامهم بشرط انسحاب قوات الأمن»: a condition
            mods.add("conditional")
        if lang == "ar" and _ar_foiled(toks, words, t.a):
            t.negated = True  # «أحبطت الشرطة هجوما»، «إحباط عملية تفجير»
        if lang == "ar" and _ar_fear_of(toks, words, t.a):
            mods.add("possible")  # «وتخشى المعارضة من اعتقال قادتها»، «حذر من مغبة شن هجوم»
        if (
            lang == "ar"
            and t.kind == "noun"
            and t.a >= 2
            and not _bare(words[t.a]).startswith(("ال", "لل"))
            and _bare(words[t.a - 1]) == "من"
            and any(
                words[j] in _AR_WARN or _bare(words[j]) in _AR_WARN
                for j in range(max(0, t.a - 6), t.a - 1)
                if not any(toks[q].text in F.PUNCT_BOUNDARY for q in range(j, t.a))
            )
        ):
            mods.add("possible")  # «حذرت الأمم المتحدة من هجوم وشيك», as "warned of an attack"
        if lang == "ar" and not t.negated and _ar_did_not_occur(toks, words, t):
            t.negated = True  # (round 20) «لم تتكرر التفجيرات»، «ولم يحدث أبدا أن وافق الصندوق»
        if lang == "en" and _en_indefinite_modal_subject(toks, t):
            mods.add(
                "possible"
            )  # (round 20) "a deal like this could only happen through", as «أن اتفاقا ... يمكن أن»
        if lang == "en" and not t.negated and _en_did_not_occur(toks, t):
            t.negated = True  # (round 20) "the clashes did not recur", "it never happened that they attacked"
        if lang == "ar" and _ar_failed(toks, words, t.a, t.type == "CONSULT"):
            t.negated = True  # «فشلت المفاوضات في التوصل إلى اتفاق», as "failed to reach an agreement"
        if (
            lang == "ar"
            and t.negated
            and t.a > 0
            and {
                _bare(words[t.a - 1]),
                _unprep(_bare(words[t.a - 1])),
                _bare(words[t.a - 1])[1:] if _bare(words[t.a - 1])[:1] in "بل" else "",
            }
            & F.AR_PRESUPPOSE
        ):
            t.negated = False  # «لم يسمح ذلك بوقف الهجمات»: what was not stopped goes on
        if lang == "ar" and t.kind == "noun" and _ar_no_reports(toks, words, t.a):
            t.negated = True  # «لم ترد أنباء عن اعتقالات», as "no reports of arrests"
        if lang == "ar" and ar_unconfirmed_given(toks, words, t):
            # (round 15) «ولا يوجد تأكيد رسمي للاعتقال»: the confirmation is denied, the event was told
            t.negated = False
            mods.discard("possible")
            t.cue_placed = True
        if lang == "ar" and _ar_draft(toks, words, t.a):
            mods.add("planned")  # «مشروع قرار يفرض عقوبات», as "a bill to impose sanctions"
        if lang == "ar" and _ar_unconfirmed_or_ordered(toks, words, t.a):
            mods.add("possible")  # «لم تؤكد الشرطة اعتقال»، «أمر الجيش بقصف»
        if (
            lang == "en"
            and t.b + 3 < len(words)
            and toks[t.b + 1].text == ","
            and words[t.b + 2] == "if"
            and words[t.b + 3] in ("confirmed", "true", "verified", "proven", "proved", "accurate")
        ):
            mods.add("possible")  # "The attack, if confirmed, would be the deadliest this year"
        if lang == "en" and t.a >= 2 and words[t.a - 1] in ("including", "such"):
            # "would take a series of measures to oppose it, including calling for ...": a list item
            # shares the modality of the event it details
            prev = [u for u in trigs if u.b < t.a - 1]
            if prev and not any(toks[j].text in ".;:!?" for j in range(prev[-1].b + 1, t.a)):
                mods |= prev[-1].mods & {"planned", "possible", "conditional", "alleged"}
        if lang == "ar" and mods & {"possible", "conditional"} and _ar_given_setting(toks, words, t):
            # «ويحتمل أن يكون المهاجمون قد فروا بعد الهجوم»، «وقد يؤدي الهجوم إلى تصعيد»: the event is the
            # setting or the subject of another predicate, told as given
            mods -= {"possible", "conditional"}
        if (
            lang == "ar"
            and t.kind == "noun"
            and t.type in ("ASSAULT", "COERCE", "PROTEST")
            and t.a > 0
            and _bare(words[t.a - 1]) in _AR_DEMONSTRATIVE
        ):
            # «إذا ما ثبت وقوف داعش خلف هذا الهجوم»: an attack singled out by a demonstrative was told
            # before; a condition or a possibility falls on who did it, not on whether it happened
            mods -= {"conditional", "possible"}
        if lang == "ar" and not mods:
            mods |= _ar_list_item_modality(toks, words, t.a)  # «ستتخذ إجراءات، بما في ذلك فرض عقوبات»
        if lang == "ar" and t.type in ("ASSAULT", "THREATEN") and _ar_police_claim(toks, words, t):
            mods.add("alleged")  # «وقالت الشرطة إن الرجل طعن جاره», as "Police said the man stabbed"
        if (
            lang == "en"
            and (t.type in ("ASSAULT", "THREATEN") or toks[t.a].text.lower().startswith(_EN_CRIME_COERCE))
            and _en_police_claim(toks, words, t)
        ):
            mods.add("alleged")  # "Police said the man stabbed his neighbor", "X shot Y, deputies said"
        if lang == "en" and "alleged" not in mods and _en_participle_of_alleged(toks, t.a):
            mods.add("alleged")  # "he allegedly called out, threatening the woman"
        if _no_choice_but(toks, words, t.a, lang):
            mods.add("planned")  # «لا يترك لنا خيارا سوى الإضراب», "we have no choice but to strike"
        if lang == "ar" and _ar_easy_to(toks, words, t.a):
            mods.add("possible")  # «ليس صعبا على دول الخليج مصافحة روحاني، وتوقيع اتفاق»
        if lang == "en" and _en_feared(words, t.a):
            mods.add("possible")  # "for fear of reprisals", "in anticipation of clashes"
        if lang == "ar" and mods & {"possible", "conditional"} and _ar_question_on_given(toks, words, t):
            mods -= {"possible", "conditional"}  # «عما إذا كان إطلاق سراحه جاء بعد دفع فدية»
        if lang == "ar" and t.negated and _ar_trusted_object(words, t.a):
            t.negated = False  # «لم يعد يثق في مفاوضات الحكومة»: the trust is denied, the talks go on
        if lang == "ar" and not t.negated and _ar_unannounced_stance(toks, words, t):
            t.negated = True  # «لم تعلن الكتلة حتى الساعة دعمها لأي من المرشحين»: no support given
        if lang == "ar" and not t.negated and _ar_involved_in(toks, words, t.a):
            mods.add("alleged")  # «بأن إيران متورطة في دعم المسلحين»: an involvement claimed
        if lang == "ar" and not mods:
            mods |= _ar_whether_or_modality(toks, words, t.a)  # «ستفرض بالقوة، سواء بالضربات أو»
        if t.kind == "noun" and not t.negated:
            # a negated verb of outcome: «لم تسفر المحادثات عن اتفاق», "did not produce an agreement"
            if (lang == "ar" and _ar_negated_outcome(toks, words, t.a)) or (
                lang == "en" and _en_negated_outcome(words, t.a)
            ):
                t.negated = True
                if t.any_q:  # (round 48) «لم تسفر ... عن أي اتفاق»: the negation, not a possibility
                    mods.discard("possible")
        if lang == "ar" and not mods and _ar_possible_result(toks, words, t.a):
            mods.add("possible")  # «وقد يؤدي التحقيق ... إلى مزيد من الاتهامات»: a possible outcome
        if (
            mods & {"planned", "possible"}
            and "conditional" not in mods
            and (_condition_after(toks, words, t.b + 1, lang) or _ar_condition_before(toks, words, t.a, lang))
        ):
            mods.add("conditional")  # «هدد بإعدام كرواتي ... في حال لم تطلق»، «وإذا ما أكدت ... يمكن رفع»
        if lang == "en" and not t.embedded:
            # the predicate of an event noun that is the subject: "Talks will resume", "Fighting could
            # resume", "The meeting did not take place", "The strike is expected to last"
            pred = _en_subject_predicate(toks, words, t)
            if pred and pred.startswith("negative"):
                t.negated = True
                if pred.endswith("planned"):
                    mods.add("planned")  # "The visit will not go ahead"
            elif pred:
                mods.add(pred)
                if _en_condition_after(toks, words, t.b + 1):
                    mods.add("conditional")  # "aid might be freed if the country ..."
        frames.adjust(toks, words, t, mods, lang)  # purposes, attempts, escapes, whether-clauses ...
        clauses.adjust(toks, words, t, mods, lang)  # round 11: untold given events, destinations ...
        governing.adjust(toks, words, t, mods, lang, trigs)  # round 12: the cue of the trigger's clause
        if lang == "ar" and "historical" in mods and _ar_kana_running_past(toks, words, t):
            mods.discard("historical")  # (round 73, fact73) «كانت تمثل تهديدا»، «كان ضباطه يخرجون ... ويلقون القبض»
        if lang == "ar" and "historical" in mods and _ar_copula_subject_event(toks, words, t):
            mods.discard("historical")  # (round 76, fact76) «وكانت حادثة تفجير ... ما هي إلا محاولات يائسة»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_purpose_adjunct(toks, words, t):
            mods.add("planned")  # (round 31) «...، أمس، للمشاركة في محادثات»، «اتخذت قرارا بإطلاق سراح»
        if lang == "ar" and not t.negated and not mods and _ar_means_purpose(toks, words, t):
            mods.add("planned")  # (round 38) «أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين»
        if lang == "ar" and not t.negated and not mods and _ar_dispatch_purpose(toks, words, t):
            mods.add("planned")  # (round 49, fact49) «يجرون محادثات مع دبلوماسيين ... للمساعدة في إنهاء الحرب»
        if lang == "ar" and not t.negated and not mods and _ar_summons_purpose(toks, words, t):
            mods.add("planned")  # (round 58, leaks58) «استدعت البحرين سفيرها لدى إيران للتشاور»
        if lang == "ar" and not t.negated and not mods and _ar_movement_purpose(toks, words, t, trigs):
            mods.add("planned")  # (round 64, fact64) «يغادر ... غدا ...، لبحث التعاون»، «وسعيها لإحلال السلام»
        if lang == "ar" and not t.negated and not mods and _ar_called_with_lam(toks, words, t, trigs):
            mods.add("planned")  # (round 66, fact66) «دعا وزير ...، مفوض ...، الرئيس الدوري ... لزيارة عدن»
        if lang == "ar" and not t.negated and not mods and _ar_sequel_of_trip_to_come(toks, words, t, trigs):
            mods.add("planned")  # (round 66, fact66) «وسيزور الرئيس الرياض ... قبل أن يلتقي أمير قطر»
        if lang == "ar" and not t.negated and not mods and _ar_not_yet_carried_out(toks, words, t):
            mods.add("planned")  # (round 53) «بهدف دعم»، «مشروع اتفاقية»، «تفويض ... بالتباحث ... والتوقيع»
        if lang == "ar" and not t.negated and not mods and _ar_hoped_for(toks, words, t):
            mods.add("planned")  # (round 54) «ونأمل من الجمهور دعم الفريق»، «ننتظر مزيدا من الزيارات»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_dated_to_come(toks, words, t, trigs):
            mods.add("planned")  # (round 56) «يرعى ... الإثنين المقبل حفل افتتاح معرض ... الذي تستضيفه»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_approved_to_come(toks, words, t):
            mods.add("planned")  # (round 60) «أقر مجلس الأمن نشر قوات»، «اتفق الطرفان على عقد»، «تتأهب لاقتحام»
        if lang == "ar" and not t.negated and not mods and _ar_ways_of(toks, words, t):
            mods.add("planned")  # (round 63) «بحث سبل دعمها وتعزيزها»، «استعراض آفاق التعاون»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_consented_across_aside(toks, words, t):
            mods.add("planned")  # (round 61) «وافق وزير الشؤون البلدية ... آل الشيخ، على نزع ملكية»
        if lang == "ar" and not t.negated and not mods and _ar_decision_content(toks, words, t, trigs):
            mods.add("planned")  # (round 65, fact65) «اتخذت قرار الاستقالة»، «الموافقة على نزع ملكية»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_wished_for(toks, words, t):
            mods.add("planned")  # (round 68, fact68) «وأتمنى أن تتم مطالبة»، «ونأمل أن يلتقي»، «وتمنى الوزير أن»
        if lang == "ar" and not mods and _ar_present_dated_after(toks, words, t, trigs):
            mods.add("planned")  # (round 67, fact67) «يستضيف الزمالك ... نظيره وادي دجلة غدا الاثنين»
        if lang == "ar" and not t.negated and not mods and _ar_announced_event_dated_after(toks, words, t, trigs):
            mods.add("planned")  # (round 69, fact69) «أعلنت النقابة عن تظاهرة أمام البرلمان مساء الأربعاء المقبل»
        if lang == "ar" and not t.negated and not mods and _ar_stressed_act(toks, words, t):
            mods.add("planned")  # (round 70, fact70) «وشدد ... على إحالة المخالفين»: the act stressed, still to come
        if (
            lang == "ar"
            and not t.negated
            and not mods - {"reported"}
            and _ar_purpose_conjunct(toks, words, t)
        ):
            mods.add("planned")  # (round 45) «لفتح الطريق وتفريق المتظاهرين»: a conjunct of a purpose
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_purpose_wide(toks, words, t):
            mods.add("planned")  # (round 77, fact77) «الحملات؛ لرصد المخالفات وضبط»، «لمناقشة خطة العمل والاتفاق»
        if lang == "ar" and not t.negated and not mods and _ar_worked_toward(toks, words, t):
            mods.add("planned")  # (round 79, fact79) «إلى العمل على إرساء تعاون»، «والعمل على استئناف مفاوضات»
        if lang == "ar" and not mods - {"reported"} and _ar_date_set_for(toks, words, t):
            t.negated = False  # (round 85, fact85) «ولم تحدد الوزارة موعد ترحيلهم»: the setting is negated,
            mods.add("planned")  # not the event, whose date is still to be set
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_future_in_span(toks, words, t):
            mods.add("planned")  # (round 86, fact86) «أن اللقاء سيدور حول بحث»: a future verb in the span
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_on_the_way_to(toks, words, t):
            mods.add("planned")  # (round 46) «والشرطة الآن في طور القبض عليهم»، «لاستكمال إجراءات القبض»
        if lang == "ar" and not t.negated and _ar_without(toks, words, t):
            t.negated = True  # (round 31) «دون المشاركة في قتال»، «بدون أن يعلو صوت ... للاحتجاج»
        if (
            lang == "ar"
            and t.kind == "noun"
            and "possible" in mods
            and not t.negated
            and not getattr(t, "any_q", False)
            and t.a > 0
            and words[t.a - 1] in _AR_THIS
            and not (t.a > 1 and _ar_occurrence_verb(_bare(words[t.a - 2])))
        ):
            # (round 16) «يجب أن تكون هذه الهدنة من مصلحة الشعب»، «وقد تظهر هذه الاجتماعات التزام»: an event
            # pointed at by هذه / هذا is told before; the modal weighs on what is said of it, not when
            # the modal verb is its taking place («قد تعقد هذه المحادثات غدا»، «يجب أن تتوقف هذه الهجمات»)
            mods.discard("possible")
        if lang == "ar" and not t.negated and (faced := _ar_faced(toks, words, t)):
            # (round 19) «قد يواجهون المحاكمة بتهمة»: possible; «سيواجه المحاكمة»: planned; after the
            # rules that drop a modal over a given event, which do not apply to the faced one
            mods.add(faced)
        if lang == "ar" and not t.negated and (adj := _ar_right_adjective(toks, words, t)):
            mods.add(adj)  # (round 26) «الاتهامات المحتملة»: possible; «انتهاكات حقوقية مزعومة»: alleged
        # (rounds 32, 33, 72, 74) an event the clause gives as taking or having taken place drops the clause's
        # modal or future cue («possible», «planned») and counts as placed; one row a rule, read in this order.
        # ``modal``: the rule wants such a cue to drop; ``stays``: the other labels it leaves in place.
        given_rules: tuple[tuple[bool, frozenset[str], tuple[Callable[..., bool], ...]], ...] = (
            # (round 32) «رغم أن المباحثات لا تزال جارية»، «من الحرب المستمرة»: an event called ongoing takes
            # place; no modal or future cue of the clause around it is its own (nor one no rule placed)
            (False, frozenset(), (_ar_ongoing, _ar_relative_started)),
            # (round 33) «قد تكون من ضحايا التفجيرات»، «قررت ... منع تداول صور تفجير»: the event the
            # victims, the place or the images are of took place; «لن يؤثر على دعم»، «لن تخضع للتهديد»: the
            # object of a verb of affecting or submitting is there already (a source's «reported» stays)
            (True, frozenset({"reported"}), (_ar_presupposing_head, _ar_object_of_affect)),
            # (round 72) «وطالبوا بوقف العمليات»، «بمحاكمة المسؤولين عن قتل»، «تحقيق بشأن عملية الاعتقال»،
            # «بسبب القتال»: the event the stop, inquiry, trial or cause presupposes took place; (round 74) «خلال
            # هذه الزيارة»، «خلال زيارته إلى الكويت أمس»: a given time frame of the act took place
            (True, frozenset({"reported"}), (_ar_presupposed_complement, _ar_given_time_frame)),
        )
        for modal, stays, given in given_rules:
            if (
                lang == "ar"
                and not t.negated
                and (not modal or mods & {"possible", "planned"})
                and not mods - {"possible", "planned"} - stays
                and any(rule(toks, words, t) for rule in given)
            ):
                mods -= {"possible", "planned"}
                t.cue_placed = True
        if lang == "ar" and not t.negated and not mods and _ar_possible_predicate(toks, words, t):
            mods.add(
                "possible"
            )  # (round 26) «أن هجوما روسيا على فنلندا ممكن»، «والاعتقال الإداري ... بات ممكنا»
        if lang == "ar" and not t.negated and not mods and _ar_adjunct_of_future(toks, words, t, trigs):
            mods.add("planned")  # (round 26) «قبل شن هجوم»، «في غضون يوم من رفع العقوبات سنرفع»
        if (
            lang == "ar"
            and mods & {"planned", "possible"}
            and not t.dated_future
            and _ar_stance_cause(words, t)
        ):
            # (round 26) «سيقاطع جلسة اليوم احتجاجا على رفض المحكمة»، «طالبت بالاعتذار لمقتل»: the cause of
            # a protest, a condemnation or an apology took place, whatever the clause says of the stance
            mods -= {"planned", "possible"}
            t.cue_placed = True
        if (
            lang == "ar"
            and not t.negated
            and not mods - {"historical"}
            and _ar_rumoured(toks, words, t, any_kind=True)
            and _ar_rumour_called_false(toks, words, t)
        ):
            # (round 28) «إن ما تردد عن منع الصحيفة عار عن الصحة»، «نفى السفير هذه المزاعم»: a report the
            # speaker calls false is negative / asserted (the conv27 convention), not reported
            t.negated = True
        elif lang == "ar" and not t.negated and not mods - {"historical"} and _ar_rumoured(toks, words, t):
            mods.add("reported")  # (round 26) «وتعقيبا على ما تردد ...، من زيارة»، «ما أوردته وكالة ... بأن»
        elif lang == "ar" and not t.negated and not mods and _ar_news_about(toks, words, t):
            mods.add("reported")  # (round 32) «بعد ورود معلومات عن مفاوضات»، «وسط تواتر المعلومات عن رفض»
        if lang == "ar" and not t.negated and not mods and (cue := _ar_governed_that_clause(toks, words, t)):
            # (round 52, leaks52) «تشتبه الأجهزة في أن عناصر ... هاجموا»، «نفت الوزارة، في تصريح، أن تكون قد احتجزت»
            if cue == "negative":
                t.negated = True
            else:
                mods.add(cue)
        if lang == "ar" and not t.negated and not mods and (cue := _ar_content_word_cue(toks, words, t)):
            # (round 53, leaks53) «لن ينتقل إلا بموافقة»، «بخلو الموقع من الإصابات»، «أخشاه أن تقتل»
            if cue == "negative":
                t.negated = True
            else:
                mods.add(cue)
        if lang == "ar" and not t.negated and not mods and (cue := _ar_required_or_after_condition(toks, words, t, trigs)):
            mods.add(cue)  # (round 56, leaks56) «وهذا يتطلب تعاونا»، «لا يتم الصرف إلا بعد التأكد»
        if lang == "ar" and not t.negated and not mods - {"planned"} and _ar_asked_in_question(toks, words, t):
            mods.add("conditional")  # (round 62, leaks62) «هل تؤيد إقامة المعسكرات؟»، «هل ستتساهل ... وتطلق سراح»
        if lang == "ar" and not t.negated and (cap := _ar_capacity_cue(toks, words, t)):
            t.negated, mods = _ar_capacity_applied(cap, mods)  # (round 66) «ليس بوسعها أن تعارض»، «بوسعه أن يقصف»
        if lang == "ar" and not t.negated and (cap := _ar_capable_of(toks, words, t)):
            t.negated, mods = _ar_capacity_applied(cap, mods)  # (round 71, fact71) «قادرة على ضبط»، «ليس قادرا على»
        if lang == "ar" and not t.negated and _ar_failed_act(toks, words, t):
            t.negated = True  # (round leaks67) «عجزت القوات عن اقتحام المدينة»، «أخفقت المفاوضات في التوصل»
        if lang == "ar" and not t.negated and (denied := _ar_undergoing_denied(toks, words, t)):
            t.negated = True  # (round leaks68) «لم يتعرض أي من الصحافيين الذين غطوا المسيرة للاعتداء»
            mods |= {"planned"} if denied == "negative/planned" else set()
        if (
            lang == "ar"
            and not mods - {"planned"}
            and (_ar_stop_wished(toks, words, t) or _ar_thwarted(toks, words, t))
        ):
            # (round 78, fact78) «أن يتوقف استهداف»، «أن يمتنع عن دعم»، «إحباط العديد من العمليات»
            t.negated = True
            mods.add("planned")
        if lang == "ar" and not t.negated and not mods and _ar_warned_of_far(toks, words, t):
            mods.add("possible")  # (round 81, leaks81) «حذرت وزيرة الخارجية البريطانية ... من غزو لبنان»
        if lang == "ar" and not t.negated and not mods - {"reported"} and _ar_feared_object(toks, words, t):
            mods.add("possible")  # (round 89, leaks89) «خشية قصف جديد»، «وتخشى الحكومة وقوع مذبحة»
        if lang == "ar" and not t.negated and t.type != "ACCUSE" and _ar_charged_act(toks, words, t):
            mods.add("alleged")  # (round 81, leaks81) «وجهت النيابة إليهم تهمة قتل أسرى»، «بجرم إطلاق نار»
        t.mods = mods


# ---------------------------------------------------------------- round 9 (branch fact9)

_AR_CHOICE = F._n("خيار خيارا خيارات بديل بديلا مفر مناص")

_AR_ONLY_BUT = F._n("سوى إلا غير")

_EN_CHOICE = frozenset("choice option alternative".split())


def _no_choice_but(toks: list[Token], words: list[str], a: int, lang: str) -> bool:
    """The one course left is still to be taken: «لا يترك لنا خيارا آخر سوى الإضراب»، «لا خيار أمامنا إلا
    التصعيد»، «لم يعد أمامنا خيار سوى», "we have no choice but to strike", "are left with no option but to".
    A past («لم يترك لنا خيارا سوى», "had no choice but to") tells what was done: not matched."""
    if lang == "en":
        k = a - 1 if a > 0 and words[a - 1] == "to" else a
        k -= 1
        if k < 2 or words[k] != "but" or words[k - 1] not in _EN_CHOICE or words[k - 2] != "no":
            return False
        before = [x.text.lower() for x in toks[max(0, k - 6) : k - 2]]
        if {"had", "was", "were", "felt", "saw"} & set(before):
            return False
        return bool({"have", "has", "is", "are", "am", "’ve", "'ve", "remain", "remains"} & set(before))
    ex = next(
        (k for k in range(a - 1, max(-1, a - 3), -1) if _bare(words[k]) in _AR_ONLY_BUT),
        None,
    )
    if ex is None or any(toks[j].text in F.PUNCT_BOUNDARY for j in range(ex, a)):
        return False
    for c in range(ex - 1, max(-1, ex - 4), -1):
        if toks[c].text in F.PUNCT_BOUNDARY:
            return False
        if _bare(words[c]) in _AR_CHOICE:
            for k in range(c - 1, max(-1, c - 5), -1):
                if toks[k].text in F.PUNCT_BOUNDARY:
                    return False
                w = _bare(words[k])
                if w in ("لا", "ليس", "ليست"):
                    return True
                if w == "يعد" and k > 0 and _bare(words[k - 1]) == "لم":
                    return True  # لم يعد: no longer (a present state)
            return False
    return False


_CONCESSIVE_BEFORE_IF = frozenset(
    ["حتي", "even", "كما"] + list(F._n("خاصة خاصه خصوصا لاسيما سيما")) + ["especially", "particularly"]
)

_IF_CONFIRMED = frozenset(
    ["confirm", "confirmed", "true", "verified", "proven", "proved", "accurate"]
    + list(F._n("صح صحت ثبت ثبتت تأكد تأكدت"))
)


def _condition_after(toks: list[Token], words: list[str], nxt: int, lang: str) -> bool:
    """A condition after the event, in its clause or opening right after a comma: «ستفرض واشنطن عقوبات
    إذا ...»، «قد تشن هجمات على مسلحين في «داعش» في سيناء، في حال تبين ...», "will send troops if ...".
    Not a concession or a comparison («حتى لو»، «كما لو», "even if") nor a reinforcement («خاصة إذا»،
    "especially if": the possibility is stronger, it does not hang on the condition)."""
    for j in range(nxt, min(len(toks), nxt + 20)):
        tx = toks[j].text
        if tx in _QUOTES:
            continue  # quote marks around a name («داعش») are no clause break here
        wj = _bare(words[j]) if lang == "ar" else words[j]
        is_if = (
            wj in (("اذا", "لو") if lang == "ar" else ("if", "unless"))
            or (lang == "ar" and wj in ("حال", "حاله") and j > 0 and _bare(words[j - 1]) == "في")
            # (round 12) «لن توقع على الاتفاقية ما لم تتضمن»: unless, the consequent hangs on it
            or (lang == "ar" and wj == "لم" and j > nxt and words[j - 1] == "ما")
        )  # «سيعقد اجتماع استثنائي في حال تطلب الأمر»
        if tx in F.PUNCT_BOUNDARY:
            if tx not in (",", "،") or j + 2 >= len(toks):
                return False
            w1 = _bare(words[j + 1]) if lang == "ar" else words[j + 1]
            w2 = _bare(words[j + 2]) if lang == "ar" else words[j + 2]
            if w2 in _IF_CONFIRMED:
                return False  # "The attack, if confirmed, would be ...": a hedge on the report
            # a condition clause opening right after the comma
            return (lang == "ar" and (w1 in ("اذا", "لو") or (w1 == "في" and w2 in ("حال", "حاله")))) or (
                lang == "en" and w1 in ("if", "unless")
            )
        if j > 0 and words[j - 1] in _CONCESSIVE_BEFORE_IF:
            return False  # «حتى لو كانوا»، "even if": a concession; «كما لو»: as if; «خاصة إذا»
        if is_if:
            return True
    return False

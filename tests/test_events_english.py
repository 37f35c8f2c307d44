"""English trigger coverage, main-event choice and factuality on hand-written news sentences."""

from __future__ import annotations

import pytest
from events_helpers import X, extract

from khabar.document import Document
from khabar.events.extract import main_event, plover_type
from khabar.events.lexicon import english


def _doc(text: str, names: list[tuple[str, str]] = ()) -> Document:  # type: ignore[assignment]
    return extract(text, "en", names)


def _main(text: str, names: list[tuple[str, str]] = ()) -> tuple[str | None, Document]:  # type: ignore[assignment]
    d = _doc(text, names)
    ev = main_event(d)
    return (plover_type(ev) if ev else None), d


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        # phrasal verbs and light-verb constructions, regular and irregular inflections
        ("Rebel fighters laid down their weapons near the border on Sunday.", "RETREAT"),
        ("The ruling party gave in to opposition demands after weeks of pressure.", "CONCEDE"),
        ("Opposition lawmakers staged a rally outside parliament on Tuesday.", "PROTEST"),
        ("Thousands of dock workers went on strike over unpaid wages.", "PROTEST"),
        ("The embassy lodged a formal complaint with the foreign ministry.", "ACCUSE"),
        ("The army mounted a fresh offensive against the insurgents.", "ASSAULT"),
        ("Government troops opened fire on a crowd in the capital.", "ASSAULT"),
        ("Gunmen fired on a bus carrying pilgrims.", "ASSAULT"),
        ("The two ministers held talks in Cairo on Monday.", "CONSULT"),
        ("The premier paid a two-day visit to Tokyo.", "CONSULT"),
        ("The president phoned his Turkish counterpart late on Friday.", "CONSULT"),
        ("The government froze the assets of three opposition leaders.", "SANCTION"),
        ("The country withdrew its ambassador from Ankara.", "SANCTION"),
        ("The authorities sealed off the district after the unrest.", "COERCE"),
        ("Police rounded up dozens of suspects overnight.", "COERCE"),
        ("The militia took two aid workers hostage.", "COERCE"),
        ("The junta imposed a nightly curfew on the capital.", "COERCE"),
        ("The country massed tanks along its northern frontier.", "MOBILIZE"),
        ("The government deployed extra riot police in the capital.", "MOBILIZE"),
        ("The European Union sent food aid to the flood victims.", "AID"),
        ("Japan supplied generators and medicines to the stricken region.", "AID"),
        ("The regime freed 200 political prisoners on Friday.", "RETREAT"),
        ("The minister stepped down amid a corruption scandal.", "RETREAT"),
        ("The opposition ruled out any coalition with the ruling party.", "REJECT"),
        ("The militia violated the ceasefire within hours.", "REJECT"),
        ("The prime minister paid tribute to the victims of the flood.", "SUPPORT"),
        ("The foreign minister expressed solidarity with the victims' families.", "SUPPORT"),
        ("The two rivals inked a power-sharing deal on Sunday.", "AGREE"),
        ("The army issued an ultimatum to the rebels.", "THREATEN"),
        ("Parliament opened a hearing into the collapse of the bank.", "ACCUSE"),
        # old GSR labels as the evaluator maps them: DEMAND->REQUEST, DISAPPROVE->ACCUSE
        ("The union called for the immediate release of the detained leaders.", "REQUEST"),
        ("The opposition lashed out at the government over the price rises.", "ACCUSE"),
    ],
)
def test_trigger_coverage(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


def test_irregular_and_phrasal_forms_are_generated() -> None:
    lex = english()
    assert {e.type for e in lex.lookup("withdrew")} >= {"RETREAT"}
    assert ("laid", "down") in lex.phrases and ("stood", "down") in lex.phrases
    assert ("cease", "-", "fire") in lex.phrases  # the tokenizer splits hyphens, so do the keys


def test_hyphenated_modifier_is_no_trigger() -> None:
    typ, d = _main("Workers began an open-ended strike on Monday over the labour bill.")
    assert typ == "PROTEST"
    assert all(e.trigger.text != "ended" for e in d.events if e.trigger)
    assert _main("The army mounted its long-threatened invasion of the south.")[0] == "ASSAULT"


def test_press_release_is_no_event() -> None:
    d = _doc("The rebels denied the charge in a press release on Sunday.")
    assert all(e.type != "RETREAT" for e in d.events)


def test_light_verb_reaches_past_a_hyphenated_adjective() -> None:
    d = _doc("The army lifted Friday a day-old blockade on the northern crossing.")
    assert plover_type(main_event(d)) == "RETREAT"


def test_pledged_aid_is_aid_intended_which_plover_codes_agree() -> None:
    d = _doc("The European Union pledged food aid to the flood victims.")
    ev = main_event(d)
    assert ev is not None and ev.type == "AID" and ev.modality == "planned"
    assert plover_type(ev) == "AGREE"


def test_peacekeepers_sent_are_aid_and_withdrawn_are_sanction() -> None:
    assert _main("The African Union deployed 2,000 peacekeepers to the region.")[0] == "AID"
    assert _main("The United Nations withdrew its peacekeepers from the buffer zone.")[0] == "SANCTION"
    # a planned withdrawal of inspectors is a threat (PLOVER: threaten to halt involvement)
    assert _main("The agency will withdraw its inspectors from the country.")[0] == "THREATEN"
    # troops withdrawn stay RETREAT
    assert _main("The army withdrew its troops from the border town.")[0] == "RETREAT"


def test_main_event_prefers_main_clause_verb_over_subordinate_noun() -> None:
    typ, _ = _main("After the bombing of the market, the president condemned the militants.")
    assert typ == "ACCUSE"
    typ, _ = _main("The attack on the convoy, in which six soldiers died, was condemned by the government.")
    assert typ == "ACCUSE"
    # a noun subject with no verb trigger after it is still the event
    assert _main("Clashes erupted in the northern city on Sunday.")[0] == "ASSAULT"


def test_main_event_skips_purpose_infinitive_and_reporting_verb() -> None:
    # "to demand" is the purpose of the protest, not the event
    typ, _ = _main("Farmers blocked the main highway on Friday to demand higher prices.")
    assert typ == "PROTEST"
    # "said" is no event: the reported action is
    assert _main("The ministry said police arrested four men in the raid.")[0] == "COERCE"


def test_conditional_clause_is_not_the_main_event() -> None:
    typ, d = _main("The party will boycott the elections unless the president agrees to step down.")
    assert typ == "THREATEN"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Making his first visit to the region, the president is scheduled to arrive on Monday.",
            "visit",
            "planned",
        ),
        ("The prime minister is to visit Beijing next week.", "visit", "planned"),
        ("The foreign minister is due to visit Moscow on Thursday.", "visit", "planned"),
        ("The upcoming summit will focus on trade.", "summit", "planned"),
        ("Two men were charged with murdering the journalist.", "murdering", "alleged"),
    ],
)
def test_english_hypothetical_events_are_not_asserted(text: str, trigger: str, modality: str) -> None:
    d = _doc(text)
    ev = next(e for e in d.events if e.trigger and trigger in e.trigger.text)
    assert ev.modality == modality
    assert not (ev.modality == "asserted" and ev.polarity == "positive")


def test_due_to_as_cause_is_not_planned() -> None:
    d = _doc("The match was postponed due to clashes between fans and police.")
    ev = next(e for e in d.events if e.trigger and e.trigger.text == "clashes")
    assert ev.modality == "asserted"


def test_event_noun_followed_by_future_time_is_planned() -> None:
    d = _doc("Officials confirmed talks next week between the two governments.")
    ev = next(e for e in d.events if e.trigger and e.trigger.text == "talks")
    assert ev.modality == "planned"


def _ar(text: str) -> Document:
    doc = Document(id="t", text=text, language="ar")
    X(doc)
    return doc


def test_arabic_long_kana_sentence_is_background() -> None:
    d = _ar(
        "وكان وزير الخارجية الفرنسي السابق في الحكومة الانتقالية السابقة للبلاد وصل إلى العاصمة الأحد في زيارة رسمية."
    )
    ev = next(e for e in d.events if e.type == "CONSULT")
    assert ev.modality == "historical"


def test_arabic_visit_next_week_and_preparing_to_are_planned() -> None:
    d = _ar("أعلنت الرئاسة عن زيارة الأسبوع المقبل إلى الرياض.")
    ev = next(e for e in d.events if e.type == "CONSULT")
    assert ev.modality == "planned"
    d = _ar("وتستعد المعارضة لتنظيم مظاهرة حاشدة في وسط المدينة.")
    ev = next(e for e in d.events if e.type == "PROTEST")
    assert ev.modality == "planned" and ev.polarity == "positive"


# the brief's list of news constructions, one plain sentence each; expected PLOVER coding
# (intent is AGREE: "pledged aid"; a ceasefire declared is RETREAT; expelling diplomats is SANCTION)
@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("The two sides held talks in Doha on Sunday.", "CONSULT"),
        ("Negotiators reached a deal on the border dispute.", "AGREE"),
        ("Soldiers opened fire on the crowd.", "ASSAULT"),
        ("The air force launched strikes on rebel positions.", "ASSAULT"),
        ("The army imposed a curfew on the town.", "COERCE"),
        ("Students staged a rally outside the ministry.", "PROTEST"),
        ("The ministry lodged a protest with the Iranian envoy.", "ACCUSE"),
        ("Donors pledged aid worth $2 billion for reconstruction.", "AGREE"),
        ("The opposition called for early elections.", "REQUEST"),
        ("The prime minister stepped down on Monday.", "RETREAT"),
        ("Russia withdrew troops from the border area.", "RETREAT"),
        ("The government released 300 prisoners.", "RETREAT"),
        ("Rebels seized the airport.", "COERCE"),
        ("Police detained two journalists.", "COERCE"),
        ("Police arrested the opposition leader.", "COERCE"),
        ("Troops raided a village near the border.", "COERCE"),
        ("Artillery shelled the eastern suburbs.", "ASSAULT"),
        ("Jets bombed a hospital in the north.", "ASSAULT"),
        ("Insurgents ambushed a military convoy.", "ASSAULT"),
        ("A roadside bomb killed three soldiers.", "ASSAULT"),
        ("Snipers wounded four civilians.", "ASSAULT"),
        ("Moscow expelled two British diplomats.", "SANCTION"),
        ("The junta banned the main opposition party.", "COERCE"),
        ("The opposition boycotted the vote.", "PROTEST"),  # CAMEO 143: a boycott by non-state actors
        ("Washington froze the assets of the central bank.", "SANCTION"),
        ("Russia vetoed the resolution.", "REJECT"),
        ("Qatar mediated between the two factions.", "CONSULT"),
        ("Egypt hosted the Palestinian factions.", "CONSULT"),
        ("The Pope visited Iraq.", "CONSULT"),
        ("The president praised the security forces.", "SUPPORT"),
        ("The UN condemned the attack.", "ACCUSE"),
        ("The minister criticized the ruling party.", "ACCUSE"),
        ("Officials blamed the rebels for the blast.", "ACCUSE"),
        ("Seoul warned Pyongyang against further tests.", "THREATEN"),
        ("The militia threatened to kill the hostages.", "THREATEN"),
        ("The army gave the rebels a 48-hour ultimatum.", "THREATEN"),
        ("Protesters demanded the resignation of the mayor.", "REQUEST"),
        ("The agency appealed for humanitarian aid.", "REQUEST"),
        ("The UN urged both sides to show restraint.", "REQUEST"),
        ("The two leaders signed a peace treaty.", "SUPPORT"),  # CAMEO 057 sign formal agreement
        ("The army withdrew from the city.", "RETREAT"),
        ("Kenya deported three foreign activists.", "COERCE"),
        ("The rebels agreed to a ceasefire.", "AGREE"),
        ("Both armies declared a ceasefire.", "RETREAT"),
        ("The country recalled its ambassador.", "SANCTION"),
        ("The government cut off aid to the region.", "SANCTION"),
        ("The court sentenced the activist to five years.", "COERCE"),
        ("Iran denied the accusations.", "REJECT"),
        ("The minister apologized for the raid.", "SUPPORT"),
        ("The army put troops on high alert.", "MOBILIZE"),
        ("Turkey sent troops to the border.", "MOBILIZE"),
        ("Workers went on strike.", "PROTEST"),
        ("The two armies conducted joint exercises.", "COOPERATE"),
        ("The countries agreed to share intelligence.", "AGREE"),
        ("The police shared intelligence with Interpol.", "COOPERATE"),
        ("The government lifted sanctions on the country.", "RETREAT"),
        ("Prosecutors opened an investigation into the deaths.", "ACCUSE"),
        ("Police are investigating the killing.", "ACCUSE"),
        ("The regime refused to release the prisoners.", "REJECT"),
        ("Rebels attacked a police station.", "ASSAULT"),
        ("Gunmen kidnapped a French engineer.", "COERCE"),
        ("The army demolished twenty homes.", "COERCE"),
        ("The government granted asylum to the dissident.", "AID"),
        ("The opposition accused the government of fraud.", "ACCUSE"),
        ("The general surrendered to UN forces.", "RETREAT"),
        ("The government reopened the border crossing.", "RETREAT"),
        ("The junta declared a state of emergency.", "COERCE"),
        ("Donors provided food aid to the refugees.", "AID"),
        ("The army deployed tanks in the capital.", "MOBILIZE"),
        ("Hamas fired rockets at Israel.", "ASSAULT"),
    ],
)
def test_news_constructions(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


def test_people_named_by_a_misc_group_name_can_act() -> None:
    kind, d = _main(
        "Bosnian Serbs accused Sarajevo of breaking the truce.",
        [("Bosnian Serbs", "MISC"), ("Sarajevo", "GPE")],
    )
    ev = main_event(d)
    assert kind == "ACCUSE" and d.entity(ev.actor).name == "Bosnian Serbs"
    _, d = _main(
        "The Olympic Games accused Sarajevo of cheating.", [("Olympic Games", "MISC"), ("Sarajevo", "GPE")]
    )
    assert d.entity(main_event(d).actor) is None or d.entity(main_event(d).actor).name != "Olympic Games"


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        # CAMEO2PLOVER codebook conventions, one sentence per code written from its description
        ("Egypt and Israel signed a formal peace treaty in Washington.", "SUPPORT"),  # 057
        ("Brazil granted diplomatic recognition to the new state.", "SUPPORT"),  # 054
        ("Egypt expressed willingness to cooperate with Sudan on water projects.", "AGREE"),  # 030
        ("The government vowed to lift the state of emergency.", "AGREE"),  # 035: a promise
        ("Israel vowed to attack Lebanon.", "THREATEN"),
        ("Jordanian and Iraqi forces conducted joint military exercises.", "COOPERATE"),  # 062
        ("The junta agreed to demands for a new constitution.", "CONCEDE"),  # 083
        ("Sudan allowed the delivery of humanitarian aid to Darfur.", "RETREAT"),  # 0863
        ("Iraq allowed U.N. weapons inspectors to resume their work.", "RETREAT"),  # 0862
        ("The government allowed the opposition leader to hold a rally.", "CONCEDE"),
        ("Uganda withdrew its troops from the peacekeeping mission.", "SANCTION"),  # 1661
        ("Serbian forces withdrew from Kosovo.", "RETREAT"),
        ("Police increased security around the embassy.", "MOBILIZE"),  # 153
        ("A suicide bomber blew himself up in a market in Baghdad.", "ASSAULT"),  # 1831
        ("Militants used chemical weapons against civilians.", "ASSAULT"),  # 2041
        ("A court convicted the former minister of corruption.", "ACCUSE"),  # 116
        ("With the signing of a memorandum, the two sides agreed to allow aid convoys.", "AGREE"),
    ],
)
def test_codebook_conventions(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("Iraq sought military assistance from the United States.", "REQUEST"),  # 1032
        ("The opposition boycotted the talks.", "REJECT"),  # 125
        ("The rebels pulled out of the peace talks.", "SANCTION"),  # 164 halt negotiations
        ("Thousands protested against the new tax law.", "PROTEST"),  # 141
        ("China protested to Japan over the visit.", "ACCUSE"),  # 114 complain officially
        ("The government called up army reservists.", "MOBILIZE"),  # 154
        ("Police stepped up patrols in the capital.", "MOBILIZE"),  # 153
        ("The president bowed to pressure and dismissed the cabinet.", "CONCEDE"),  # 083
    ],
)
def test_codebook_conventions_2(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("Indonesia expelled an Australian journalist for reporting on the conflict.", "COERCE"),  # 174
        ("Russia expelled 23 British diplomats.", "SANCTION"),  # 166
        ("Serb forces began withdrawing heavy weapons from around Sarajevo on Friday.", "RETREAT"),  # 087
        ("Kofi Annan announced that he will withdraw weapons inspectors from Iraq.", "THREATEN"),  # 136
        ("Israel lifted the closure of the West Bank on Monday.", "RETREAT"),  # 0872 ease blockade
        ("Japan extended a loan of 300 million dollars to Indonesia.", "AID"),  # 071
    ],
)
def test_codebook_conventions_3(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("The Kurdish parliament voted against the agreement.", "REJECT"),
        (
            "The warring factions signed a pledge to end the fighting.",
            "AGREE",
        ),  # a pledge is no formal agreement
        (
            "Hundreds of lawyers boycotted the courts to protest the dismissal of the chief justice.",
            "PROTEST",
        ),
        ("Washington boycotted Cuban sugar exports.", "SANCTION"),  # 163: a state boycotts
        ("Rioters set fire to cars and shops in the city centre.", "PROTEST"),  # 145 riot
    ],
)
def test_codebook_conventions_4(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


def test_no_intention_negates_the_complement() -> None:
    d = _doc("Iran said it had no intention of suspending uranium enrichment.")
    ev = next(e for e in d.events if e.trigger and "suspending" in e.trigger.text)
    assert ev.polarity == "negative"


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("President Putin received the visiting Chinese leader at the Kremlin.", "CONSULT"),  # 043 host
        ("The hospital received medical supplies from the Red Cross.", "AID"),
        ("Israel pulled its troops out of Lebanon.", "RETREAT"),  # 087
        ("The rebels pulled their delegation out of the talks.", "SANCTION"),  # 164 halt negotiations
        ("A court found the former minister guilty of corruption.", "ACCUSE"),  # 116
    ],
)
def test_split_verb_phrases(text: str, gold: str) -> None:
    assert _main(text)[0] == gold


def test_closing_an_embassy_reduces_relations() -> None:
    assert _main("The government shut its embassy in Damascus.")[0] == "SANCTION"  # 161
    assert _main("The government shut down three newspapers.")[0] == "COERCE"


def test_demonstrate_as_show_and_a_cars_suspension_are_no_events() -> None:
    def types(text: str) -> set[str]:
        return {e.type for e in extract(text, "en", []).events}

    assert "PROTEST" not in types("The attorney said this case demonstrates that free speech has limits.")
    assert "PROTEST" not in types("Students demonstrated the robot at the fair.")
    assert "PROTEST" in types("Thousands demonstrated in the capital on Friday against the government.")
    assert "SANCTION" not in types("The suspension has been retuned and the steering is sharper.")
    assert "SANCTION" in types("The EU announced the suspension of aid to the country.")


def test_a_denied_accusation_and_a_participle_after_a_noun() -> None:
    evs = extract("Iran denied the accusation and said it would respond.", "en", [("Iran", "GPE")]).events
    assert [e.type for e in evs if e.type in ("ACCUSE", "REJECT")] == ["REJECT"]
    assert "ACCUSE" in {
        e.type for e in extract("The accusation was made by the opposition.", "en", []).events
    }
    # "companies accused of supplying": the companies act, "accused" is no participant
    d = extract(
        "Washington imposed sanctions on three Iranian companies accused of supplying drones to Russia.",
        "en",
        [("Washington", "GPE"), ("Russia", "GPE")],
    )
    assert not any(e.name == "accused" for e in d.entities)

"""English word senses that are, or are not, PLOVER events (round 4, news English)."""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.events.extract import Extractor, main_event, plover_type

X = Extractor()


def _main(text: str) -> str | None:
    doc = Document(id="t", text=text, language="en")
    X(doc)
    ev = main_event(doc)
    return plover_type(ev) if ev else None


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        # weather and road warnings are no threats; a warning to a person still is
        ("Forecasters warned of heavy snow and icy roads across the region on Friday.", None),
        ("Motorists are being warned of dense fog on the highway this morning.", None),
        ("The president warned Tehran of severe consequences if it resumed enrichment.", "THREATEN"),
        # a report or data released is no release of persons
        ("The ministry released a report on youth unemployment on Tuesday.", None),
        ("Figures released today show a sharp rise in house prices.", None),
        ("The rebels released six hostages late on Sunday.", "RETREAT"),
        # a question is no request
        ("When asked about the budget, the mayor declined to give details.", None),
        ("Reporters asked whether the minister would stay in office.", None),
        ("The opposition asked the court to suspend the vote.", "REQUEST"),
        # market demand is no demand
        ("Farmers should grow what the market demands, the adviser said.", None),
        # a verbal attack on a proposal is a criticism
        ("The senator attacked the governor's proposal to cut school funding.", "ACCUSE"),
        ("Gunmen attacked a police checkpoint outside the city.", "ASSAULT"),
        # detention, assault, shots, purge, contact
        ("The driver is being held on a $50,000 bond at the county jail.", "COERCE"),
        ("The suspect was held without bond after the hearing.", "COERCE"),
        ("The coach allegedly assaulted a player after the match.", "ASSAULT"),
        ("Several shots were fired at the convoy near the bridge.", "ASSAULT"),
        ("The regime has been purging the army of suspected dissidents.", "COERCE"),
        ("The accused communicated with an Islamic State recruiter online.", "CONSULT"),
    ],
)
def test_news_senses(text, gold):
    assert _main(text) == gold, text


def test_arraigned_is_the_charge_not_its_content():
    assert (
        _main("A local man was arraigned on Tuesday on charges he assaulted a neighbour.") == "COERCE"
    )  # (round 28) conv27


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        # accidents and natural hazards are no assault, closure or blockade
        ("A cyclist was killed when a delivery truck crashed into a bus shelter.", None),
        ("Two hikers were injured when a tree fell on their tent during the night.", None),
        ("A mudslide blocked the main highway north of the town on Monday.", None),
        ("A gunman killed two guards before fleeing in a stolen car that later crashed.", "ASSAULT"),
        ("Protesters blocked roads leading to parliament on Sunday.", "PROTEST"),
        # no arrest, no detention, no agreement
        ("The driver sped away to evade arrest, officers wrote.", None),
        ("Video shows the singer leaving jail on Friday morning.", None),
        ("The veteran accepted a medal of honour on behalf of his unit.", None),
        ("For tickets and details, visit www.example.org today.", None),
        # a bare cooperative noun with no participant is no reported event
        ("The request must include a copy of your passport.", None),
        ("She is just hoping to make a deal before the trial.", None),
        ("Egypt and Sudan signed a deal on Nile water sharing.", "SUPPORT"),
    ],
)
def test_accidents_places_and_bare_nouns(text, gold):
    assert _main(text) == gold, text


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("Surveys show a growing demand for electric cars among young buyers.", None),
        ("The union repeated its demand for a pay rise, the spokesman said.", "REQUEST"),
        ("The coach said in a telephone interview that the season was over.", None),
        ("The letters praised the promising young scientist and her work.", "SUPPORT"),
        ("During the council retreat, members discussed the budget with the mayor.", "CONSULT"),
    ],
)
def test_economic_demand_interviews_adjectives(text, gold):
    assert _main(text) == gold, text


def test_sentence_initial_function_word_is_no_actor():
    doc = Document(
        id="t", text="During the long retreat in February, the members approved a motion.", language="en"
    )
    X(doc)
    assert all(e.name != "During" for e in doc.entities)

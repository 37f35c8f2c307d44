"""English speakers whose names carry a dotted suffix or title: the full stop of "Jr." or "Dr." is
part of the name, not the end of the sentence before the speech verb."""

from __future__ import annotations

import pytest

from khabar.document import Document, Entity, Mention
from khabar.quotes.extract import extract_quotes

pytestmark = pytest.mark.usefixtures("quote_names")


def _speakers(text: str, persons: tuple[str, ...]) -> list[str | None]:
    ents = []
    for n, name in enumerate(persons, 1):
        i = text.find(name)
        assert i >= 0, name
        ents.append(
            Entity(
                id=f"e{n}",
                type="PERSON",
                name=name,
                mentions=[Mention(start=i, end=i + len(name), text=name)],
            )
        )
    doc = Document(id="t", text=text, language="en", entities=ents)
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker) if q.speaker else None for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            'Gina Raimondo said the talks would go on. "We are not there yet," James Kennedy Jr. said in a statement.',
            ("Gina Raimondo", "James Kennedy Jr"),
            ["Gina Raimondo", "James Kennedy Jr"],
        ),
        (
            'Mayor Ann Lee said the bridge was safe. "The cracks are old," Robert Hall Sr. told reporters.',
            ("Ann Lee", "Robert Hall Sr"),
            ["Ann Lee", "Robert Hall Sr"],
        ),
        (
            'The council met on Monday, Tom Baker said. "Nobody was hurt," said Dr. Maria Ortiz.',
            ("Tom Baker", "Maria Ortiz"),
            ["Tom Baker", "Maria Ortiz"],
        ),
    ],
)
def test_dotted_suffix_stays_in_the_speaker_name(
    text: str, persons: tuple[str, ...], expected: list[str | None]
) -> None:
    assert _speakers(text, persons) == expected

"""Pipeline stage ``amounts``: numbers with their unit, currency or counted object.

Numbers inside time expressions are not amounts: the stage reads ``doc.times`` when the ``times``
stage has run, and finds the time spans itself otherwise.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import PipelineConfig, Stage


def make_stage(config: PipelineConfig) -> Stage:
    from khabar.amounts.extract import extract_amounts
    from khabar.time.extract import extract_times

    times_enabled = "times" not in config.disabled

    def amounts(doc: Document) -> None:
        nt = doc.layer.normalized
        times = doc.times if (times_enabled and doc.times) else extract_times(doc.text, doc.published, nt)
        doc.amounts = extract_amounts(doc.text, [(t.start, t.end) for t in times], normalized=nt)
        resolve_bare_currencies(doc)
        drop_ages(doc)

    return amounts


def resolve_bare_currencies(doc: Document) -> None:
    """A currency word written without its country (دينار، ريال، درهم، ليرة، جنيه) takes the
    currency of the country the article is about: its places' mentions and the nisba adjectives of
    its text (المصرفي الكويتي). Without such evidence the word keeps the extractor's unit."""
    import re
    from collections import Counter

    from khabar.amounts.units import CURRENCIES, currency_in_context
    from khabar.text.normalize import normalize

    bare = []
    for a in doc.amounts:
        last = normalize(a.text).split()[-1:] if a.text else []
        word = re.sub(r"^(?:ال|بال|وال)", "", last[0]) if last else ""
        if word in CURRENCIES:
            bare.append((a, word))
    if not bare:
        return
    countries: Counter[str] = Counter()
    for e in doc.entities:
        c = (e.geo.country if e.geo and e.geo.country else None) or e.country
        if c and e.type in ("GPE", "LOC", "ORG"):
            countries[c] += len(e.mentions)
    words = Counter(
        re.sub(r"^(?:[وفبلك]?ال)", "", w).removesuffix("ه") for w in doc.layer.normalized.text.split()
    )
    for a, word in bare:
        nisbas = {n: words.get(n, 0) for n in CURRENCIES[word][1]}
        code = currency_in_context(word, dict(countries), nisbas)
        if code:
            a.unit = code


def drop_ages(doc: Document) -> None:
    """A bare number set off by commas right after a person's name is the person's age, and an age
    is no amount (eval/amounts/README.md): "Patrick Carlineo Jr., 55, could face ..."."""
    import re

    ends = {m.end for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    if not ends:
        return
    text = doc.text

    def age(a) -> bool:
        if a.unit is not None or a.value != int(a.value) or not 0 < a.value < 120:
            return False
        lo = max(0, a.start - 4)
        before = re.search(r"\.?,\s*$", text[lo : a.start])  # "Jr., 55,": the name may end on its period
        return (
            before is not None
            and re.match(r"\s*[,)]", text[a.end : a.end + 3]) is not None
            and lo + before.start() in ends
        )

    doc.amounts = [a for a in doc.amounts if not age(a)]

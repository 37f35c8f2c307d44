"""Recognizers by language, their shared post-processing, and grouping mentions into entities."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from khabar.amounts.units import MEASURES
from khabar.document import Document, Entity, Mention
from khabar.entities.crf import ArabicCRF, Span
from khabar.entities.features import Lexicon, split_core, strip_candidates
from khabar.entities.rules import (
    FAC_WORDS_AR,
    NAMED_AR,
    gazetteer_kinds,
    geo_kind,
    merge_rule_spans,
    never_alone,
    weapon_spans,
)
from khabar.quotes.lexicon import AR_SPEECH_VERBS  # a word list only; no quotation code runs here
from khabar.text.normalize import normalize
from khabar.text.tokenize import orig_len

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], object] = {}


_DIRECTIONS = frozenset(normalize(w) for w in "جنوب شمال شرق غرب".split())


def _definite_nisba_after_definite(prev, tok) -> bool:
    """A definite word with the nisba ending right after a definite word (الدول العربية)."""
    if prev.kind != "ar" or tok.kind != "ar":
        return False
    word = normalize(tok.text)
    return (
        split_core(word)[1] == "ال"
        and word.endswith(("يه", "ي"))
        and split_core(normalize(prev.text))[1] == "ال"
    )


def _agrees_with_previous_noun(prev, tok) -> bool:
    """A definite nisba adjective right after a definite noun (الدول العربية، الصحف الخليجية) is an
    adjective of that noun, whatever one-word organisation shares its spelling."""
    return _definite_nisba_after_definite(prev, tok) and normalize(prev.text) not in _OUTLET_HEADS


def _nisba_adjective(prev, tok, lexicon: Lexicon) -> bool:
    """A nisba adjective agreeing with the noun before it (القوات البريطانية، الصحيفة البريطانية):
    both definite, the word no place name the gazetteer knows (الحكومة السعودية is Saudi Arabia's);
    or both indefinite and feminine (غارات جوية إيطالية, عائلة سورية: a country would be in construct,
    إيطاليا، سوريا), the word no town (بحيرة طبرية)."""
    if prev.kind != "ar" or tok.kind != "ar" or tok.stem_start > tok.start or tok.text.endswith("ئ"):
        return False  # والسعودية، بالدرعية: a proclitic starts a new phrase; الهادئ is no nisba
    word, before = normalize(tok.text), normalize(prev.text)
    if split_core(word)[1] == "ال":
        return _definite_nisba_after_definite(prev, tok) and not lexicon.names.get(word)
    return (
        split_core(before)[1] != "ال"
        and word.endswith("يه")
        and before.endswith("ه")
        and len(word) > 4
        and "city" not in lexicon.names.get(word, ())
    )


# Definite nouns after which a one-word outlet name is a name: قناة العربية، صحيفة الحياة.
_OUTLET_HEADS = frozenset(normalize(w) for w in "القناة القناه الصحيفة الصحيفه المحطة الوكالة".split())


# Words that never begin or end a name: speech verbs the tagger sometimes takes in (وذكر عبدالرحمن،
# وحذر أوباما) and prepositions it runs on to (بليجريني عبر).
_EDGE_PREPOSITIONS = frozenset(normalize(w) for w in "عبر في من على إلى الى عن مع خلال لدى".split())


def _not_name_edge(tok, last: bool) -> bool:
    if tok.kind != "ar":
        return False
    word = normalize(tok.text)
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word in AR_SPEECH_VERBS or bare in AR_SPEECH_VERBS or (last and word in _EDGE_PREPOSITIONS)


def _trim_edges(spans: list[Span], tokens, token_starts: list[int]) -> list[Span]:
    """Spans without a speech verb at their start or a preposition or speech verb at their end."""
    out: list[Span] = []
    for s in spans:
        a = bisect_right(token_starts, s.start) - 1
        b = bisect_right(token_starts, s.end - 1) - 1
        if a < 0 or s.type == "WEAPON":
            out.append(s)
            continue
        if a == b:
            if not _not_name_edge(tokens[a], last=False):
                out.append(s)  # a speech verb alone (وذكر) is dropped
            continue
        while a < b and _not_name_edge(tokens[a], last=False):
            a += 1
        while b > a and _not_name_edge(tokens[b], last=True):
            b -= 1
        if b - a >= 2 and normalize(tokens[b].text) == "الله" and normalize(tokens[b - 1].text) in _BLESSINGS:
            b -= 2  # «سعود الفيصل رحمه الله»: a blessing after the name
        start = s.start if tokens[a].start <= s.start else tokens[a].stem_start
        end = min(s.end, tokens[b].end)
        if (start, end) != (s.start, s.end):
            s = Span(start, end, s.type, s.source)
        out.append(s)
    return out


# Heads of places and bodies named after a person (مطار الملك فهد، جائزة الملك فيصل، حي الملك فهد).
_NAMED_AFTER = frozenset(
    split_core(normalize(w))[2]
    for w in (
        "مطار ميناء مستشفى مسجد جامع مدينة حي شارع طريق جسر ملعب استاد مكتبة جامعة كلية معهد مركز مجمع "
        "قاعدة قاعة جائزة برنامج صندوق مؤسسة كرسي مدرسة مستشفيات محطة برج قصر ميدان دوار نادي"
    ).split()
)


def _named_after(tok) -> bool:
    """``tok`` (proclitics aside: بحي، ومكتبة) is the head of a place or body named after a person."""
    full = normalize(tok.text)
    forms = (full, tok.norm, *strip_candidates(full), full[1:], full[2:])  # بحي: too short to strip
    return any(split_core(w)[2] in _NAMED_AFTER for w in forms if len(w) >= 2)


# The verb of a blessing after a name: «رحمه الله»، «حفظه الله»
_BLESSINGS = frozenset(
    normalize(w) for w in "رحمه رحمها يرحمه يرحمها حفظه حفظها يحفظه يحفظها رعاه رضي صلى".split()
)


# Words that join the parts of an Arabic name and never end one: أحمد آل مشيط، محمد بن سلمان، أبو مازن.
_NAME_PARTICLES = frozenset(normalize(w) for w in "آل بن ابن بنت أبو أبي أم عبد".split())


# Nouns that head an organisation's name and are never one alone (جامعة مانشستر، وزارة الداخلية).
_ORG_HEAD_NOUNS = frozenset(
    normalize(w)
    for w in "جامعة وزارة هيئة مجلس شركة منظمة جمعية مؤسسة حركة حزب جماعة مجموعة وكالة مستشفى".split()
)


def _org_head(tok) -> bool:
    return split_core(normalize(tok.text))[2] in _ORG_HEAD_NOUNS or tok.norm in _ORG_HEAD_NOUNS


def _join_org_heads(spans: list[Span], tokens, token_starts: list[int]) -> list[Span]:
    """A one-word organisation head the model tagged apart from the name right after it (جامعة |
    مانشستر المركزية) is one organisation with it."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG":
            j = bisect_right(token_starts, prev.start) - 1
            k = bisect_right(token_starts, s.start) - 1
            if (
                j >= 0
                and tokens[j].end >= prev.end  # one word
                and split_core(normalize(tokens[j].text))[2] in _ORG_HEAD_NOUNS
                and k == j + 1
                and s.type in ("ORG", "GPE", "LOC", "PERSON")
            ):
                out[-1] = Span(prev.start, s.end, "ORG", prev.source)
                continue
        out.append(s)
    return out


def _complete_name_particles(spans: list[Span], tokens, token_starts: list[int]) -> list[Span]:
    """A person's name the model cut after a particle (أحمد آل | أبو مرعي عسيري) takes the next
    person span, or else the next word, until it ends on a name word."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        if s.type == "PERSON":
            j = bisect_right(token_starts, s.end - 1) - 1  # the span's last token
            while j >= 0 and normalize(tokens[j].text) in _NAME_PARTICLES and j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if nxt.kind != "ar":
                    break
                if i + 1 < len(spans) and spans[i + 1].start <= nxt.end and spans[i + 1].type == "PERSON":
                    s = Span(s.start, spans[i + 1].end, "PERSON", s.source)
                    i += 1
                elif i + 1 < len(spans) and spans[i + 1].start < nxt.end:
                    break  # the next word is another entity's
                else:
                    s = Span(s.start, nxt.end, "PERSON", s.source)
                j = bisect_right(token_starts, s.end - 1) - 1
        out.append(s)
        i += 1
    return out


def cached(kind: str, key: str, factory):
    """One loaded model per (kind, key) and process."""
    with _LOCK:
        hit = _CACHE.get((kind, key))
        if hit is None:
            hit = factory()
            _CACHE[(kind, key)] = hit
        return hit


class ArabicRecognizer:
    """The CRF plus rules: GPE/LOC decision, facilities, weapons."""

    def __init__(
        self, crf: ArabicCRF, person_names: Iterable[str] = (), country_names: Iterable[str] = ()
    ) -> None:
        self.crf = crf
        # countries as Arabic writes them, with or without the article (الكاميرون، بنين)
        self._countries = frozenset(normalize(n) for n in country_names if " " not in n.strip())
        self._org_first: set[str] | None = None
        # full names (two words or more) of the knowledge base's people, by first word: the tagger
        # misses a name made of common words (سامح شكري: "forgave", "my thanks") even after a title
        self._persons: dict[str, list[tuple[str, ...]]] = {}
        self._surnames: set[str] = set()  # last words of those names (كاميرون)
        for name in person_names:
            words = tuple(normalize(name).split())
            if len(words) >= 2:
                self._persons.setdefault(words[0], []).append(words)
                self._surnames.add(words[-1])
        for v in self._persons.values():
            v.sort(key=len, reverse=True)

    @classmethod
    def load(
        cls,
        directory: Path | str | None = None,
        person_names: Iterable[str] = (),
        country_names: Iterable[str] = (),
    ) -> ArabicRecognizer:
        return cls(ArabicCRF.load(directory), person_names, country_names)

    def recognize(self, doc: Document) -> list[Span]:
        layer = doc.layer
        text = doc.text
        tokens = layer.tokens
        spans = self.crf.recognize(tokens, layer.sentences)
        out: list[Span] = []
        starts = {t.start: k for k, t in enumerate(tokens)}
        token_starts = [t.start for t in tokens]
        stem_starts = {t.stem_start: k for k, t in enumerate(tokens)}
        lex = self.crf.lexicon
        split_spans: list[Span] = []
        for s in spans:
            # "واشنطن موسكو" (tagged as one place or organisation): two places side by side that the CRF
            # joined; never a person's name, whose words are often town names too (باراك أوباما: Barak,
            # Turkey and Obama, Japan), nor an organisation with its head noun (جامعة حائل)
            words = [t for t in layer.tokens_in(s.start, s.end) if t.kind != "punct"]
            if (
                s.type != "PERSON"
                and len(words) >= 2
                and not any(_org_head(t) for t in words)  # جامعة حائل: Djamaa is a town too
                and not gazetteer_kinds(text[s.start : s.end], lex)
                and all(
                    {"country", "city"} & gazetteer_kinds(text[max(t.start, s.start) : t.end], lex)
                    for t in words
                )
            ):
                split_spans.extend(Span(max(t.stem_start, s.start), t.end, "GPE", s.source) for t in words)
                continue
            split_spans.append(s)
        for s in split_spans:
            typ = s.type
            start = s.start
            if typ in ("PERSON", "MISC"):
                kinds = gazetteer_kinds(text[s.start : s.end], lex)
                multi = any(c.isspace() for c in text[s.start : s.end])
                if "country" in kinds or (multi and "city" in kinds):
                    typ = "GPE"
            k = stem_starts.get(s.start, starts.get(s.start))
            if k is not None and k > 0 and typ in ("LOC", "GPE") and tokens[k - 1].norm in _DIRECTIONS:
                # جنوب أفريقيا، جنوب السودان: the direction word belongs to the country's name
                longer = text[tokens[k - 1].stem_start : s.end]
                if {"country", "city"} & gazetteer_kinds(longer, lex):
                    s = Span(tokens[k - 1].stem_start, s.end, "GPE", s.source)
                    start, typ = s.start, "GPE"
                    k = k - 1
            if typ in ("LOC", "GPE") and self._surname_not_country(text[s.start : s.end]):
                typ = "PERSON"  # «ورسم كاميرون»: Cameron, not الكاميرون (a country keeps its article)
            if typ == "LOC":
                typ = geo_kind(text[s.start : s.end], self.crf.lexicon)
            if k is not None and k > 0 and typ in ("GPE", "LOC", "ORG", "PERSON"):
                prev = tokens[k - 1]
                if prev.kind == "ar" and split_core(prev.norm)[2] in {split_core(w)[2] for w in FAC_WORDS_AR}:
                    start, typ = prev.stem_start, "FAC"
            if normalize(text[start : s.end]) in NAMED_AR:
                typ = "WEAPON"
            j = bisect_right(token_starts, s.start) - 1  # the token the mention starts in
            if j >= 0 and tokens[j].end >= s.end and typ != "WEAPON":
                before = split_core(tokens[j - 1].norm)[2] if j > 0 else ""
                core = split_core(normalize(text[start : s.end]))[2]
                if any(never_alone(c, before) for c in (core, *strip_candidates(core))):
                    continue  # نيسان (أبريل)، مليار دينار، بداخله، وأين
                if (
                    j > 0
                    and typ in ("LOC", "GPE")  # not ORG: النادي الأهلي is the club
                    and _nisba_adjective(tokens[j - 1], tokens[j], lex)
                ):
                    continue  # القوات البريطانية، الحكومة الأوكرانية: an adjective, not a place
            out.append(Span(start, s.end, typ, s.source))
        # organisations and places from the lexicon the model left out (agencies, alliances)
        out.extend(self._lexicon_spans(tokens, [(s.start, s.end) for s in out]))
        # people of the knowledge base the model left out, by their full name
        out.extend(self._person_spans(tokens, [(s.start, s.end) for s in out]))
        # named weapons the model left out
        covered = [(s.start, s.end) for s in out]
        for t in tokens:
            if (
                t.kind == "ar"
                and t.norm in NAMED_AR
                and not any(a < t.end and t.stem_start < b for a, b in covered)
            ):
                out.append(Span(t.stem_start, t.end, "WEAPON", "rule"))
        out = _trim_edges(sorted(out, key=lambda s: s.start), tokens, token_starts)
        out = _join_org_heads(out, tokens, token_starts)
        out = _complete_name_particles(out, tokens, token_starts)
        return merge_rule_spans(out, weapon_spans(text))

    def _surname_not_country(self, name: str) -> bool:
        """One word that is a known person's family name and a country only with the article added or
        dropped (كاميرون ~ الكاميرون): Arabic writes a country's name always with or always without it."""
        w = normalize(name)
        if " " in w or w not in self._surnames or w in self._countries:
            return False
        core = split_core(w)[2]
        return "ال" + core in self._countries or core in self._countries

    def _person_spans(self, tokens, covered: list[tuple[int, int]]) -> list[Span]:
        """Untagged occurrences of a known person's full name (the first word may carry a proclitic)."""
        if not self._persons:
            return []
        out: list[Span] = []
        n = len(tokens)
        i = 0
        while i < n:
            t = tokens[i]
            found = None
            if t.kind == "ar":
                full = normalize(t.text)
                heads = [full, t.norm]
                if full[:1] in "وفبلك":  # a proclitic the text layer left on (وسامح): strip it
                    heads += strip_candidates(full)
                for head in dict.fromkeys(heads):
                    for words in self._persons.get(head, ()):
                        k = len(words)
                        if i + k <= n and all(
                            tokens[i + m].kind == "ar" and normalize(tokens[i + m].text) == words[m]
                            for m in range(1, k)
                        ):
                            found = (head, k)
                            break
                    if found:
                        break
            if found and i > 0 and _named_after(tokens[i - 1]):
                found = None  # «مطار الملك فهد»، «حي الملك فهد»: a place or body named after the person
            if found:
                head, k = found
                full = normalize(t.text)
                if head == full:
                    a = t.start
                elif head == t.norm:
                    a = t.stem_start
                else:
                    a = t.start + orig_len(t.text, len(full) - len(head))
                b = tokens[i + k - 1].end
                if not any(x < b and a < y for x, y in covered):
                    out.append(Span(a, b, "PERSON", "kb"))
                i += k
            else:
                i += 1
        return out

    def _lexicon_spans(self, tokens, covered: list[tuple[int, int]], max_len: int = 6) -> list[Span]:
        """Untagged occurrences of the lexicon's organisation names (agencies, alliances, bodies)."""
        if self._org_first is None:
            self._org_first = {k.split(" ", 1)[0] for k, v in self.crf.lexicon.names.items() if "org" in v}
        names = self.crf.lexicon.names
        first = self._org_first
        out: list[Span] = []
        norms: list[str | None] = [None] * len(tokens)
        i, n = 0, len(tokens)
        while i < n:
            t = tokens[i]
            found = 0
            if t.kind == "ar":
                full = normalize(t.text)
                heads = [h for h in {t.norm, full, *strip_candidates(full)} if h in first]
                for ln in range(min(max_len, n - i), 0, -1) if heads else ():
                    if any(tokens[i + k].kind == "punct" and tokens[i + k].text != "-" for k in range(1, ln)):
                        continue
                    rest = []
                    for k in range(i + 1, i + ln):
                        if norms[k] is None:
                            norms[k] = normalize(tokens[k].text)
                        rest.append(norms[k])
                    tail = " ".join(rest)
                    for h in heads:
                        kinds = names.get(f"{h} {tail}" if tail else h)
                        if kinds and "org" in kinds:
                            found = ln
                            break
                    if found:
                        break
            if found == 1 and i > 0 and _agrees_with_previous_noun(tokens[i - 1], tokens[i]):
                found = 0  # التجارب العربية: an adjective, not the channel العربية
            if found:
                b = tokens[i + found - 1].end
                a = tokens[i].start + self.crf.clitic_offset(tokens[i])
                if not any(x < b and a < y for x, y in covered):
                    out.append(Span(a, b, "ORG", "lexicon"))
                i += found
            else:
                i += 1
        return out


class EnglishPipelineRecognizer:
    def __init__(self, rec) -> None:
        self.rec = rec

    @classmethod
    def load(cls, directory: Path | str | None = None) -> EnglishPipelineRecognizer:
        from khabar.entities.english import EnglishRecognizer

        return cls(EnglishRecognizer.load(directory))

    def recognize(self, doc: Document) -> list[Span]:
        text = doc.text
        spans = [
            s
            for s in self.rec.recognize_text(text)
            # a unit right after a number is no name: 540 Nm (not New Mexico), 300 MW, 4 GB
            if not (text[s.start : s.end].lower() in _EN_UNITS and _AFTER_NUMBER.search(text, 0, s.start))
        ]
        return merge_rule_spans(spans, weapon_spans(text))


_AFTER_NUMBER = re.compile(r"\d[\d,.]*\s?$")
_EN_UNITS = frozenset(
    "nm hp bhp ps mph kph km/h kwh mwh gwh mw gw kw kv gb tb mb gbps mbps ghz mhz lb lbs oz psi rpm db".split()
) | frozenset(k for k in MEASURES if k.isascii())


def name_key(text: str) -> str:
    """The normalized name an entity is keyed by: normalization, hyphens and spaces unified."""
    n = normalize(text).replace("–", "-").replace("’", "'")
    n = " ".join(n.replace("-", " - ").split()).replace(" - ", "-")
    if n.endswith("'s"):
        n = n[:-2]
    return n


def spans_to_entities(doc: Document, spans: list[Span]) -> list[Entity]:
    """One entity per distinct normalized name, ids e1, e2... in order of first mention."""
    text = doc.text
    order: list[str] = []
    mentions: dict[str, list[Mention]] = {}
    types: dict[str, Counter[str]] = {}
    seen: set[tuple[int, int]] = set()
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "،,.:;؛!?؟\"'«»()[]"):
            end -= 1
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        key = name_key(text[start:end])
        if not key:
            continue
        if key not in mentions:
            order.append(key)
            mentions[key] = []
            types[key] = Counter()
        mentions[key].append(Mention(start=start, end=end, text=text[start:end]))
        types[key][s.type] += 1
    entities = []
    for i, key in enumerate(order, 1):
        ms = mentions[key]
        typ = types[key].most_common(1)[0][0]  # ties: the type of the first mention
        entities.append(Entity(id=f"e{i}", type=typ, name=ms[0].text, mentions=ms))
    return entities

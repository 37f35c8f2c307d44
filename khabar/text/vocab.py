"""Known stems that let the tokenizer split a proclitic off a name it would otherwise keep whole.

The list is the union of a small hand-written core and the names the knowledge base ships
(loaded lazily from the KB when present), all normalized.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text.normalize import normalize

_CORE = """
بوتين موسكو واشنطن روسيا اوكرانيا امريكا سوريا لبنان مصر العراق ايران اسرائيل فلسطين غزه
الرياض القاهره دمشق بيروت بغداد طهران كييف باريس لندن برلين بكين طوكيو انقره عمان الدوحه
ليبيا كوريا كندا فرنسا بريطانيا الصين اليابان تركيا قطر الكويت البحرين اليمن الاردن السودان تونس الجزائر المغرب
ترامب بايدن اردوغان ماكرون زيلينسكي لافروف شويغو بلينكن كيم
""".split()


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    words = {normalize(w) for w in _CORE}
    try:
        from khabar.kb.names import known_name_tokens  # filled by the knowledge base

        words |= known_name_tokens()
    except ImportError:
        pass
    return frozenset(words)


def is_known_stem(word: str) -> bool:
    return word in _known()

"""(code round 64) The Arabic nouns of an office held by one person, one home for the rules that read them.

Several rules ask whether a word is such a title: the speaker's office before a kin noun (``attribution``), the
titles before a partner's name and in apposition to one (``participants``), a spokesman whose title names a body
and its region (``setting``). Each keeps its own extras, the words it was tuned with; the nouns they all share are
here. Lists that name something else stay where they are, with a comment saying what they are (bodies and offices
after ل in ``later_mention``, the construct heads whose place is the holder's office in ``setting``, the words
before a definite «التحرير» in ``senses``, a peer's titles in ``participants``).
"""

from __future__ import annotations

from khabar.events import factuality as F

# the offices that head «X of Y» for one holder, bare: «وزير الخارجية»، «رئيس الوزراء»، «نائب الرئيس»، «أمين
# عام»، «سفير المملكة»، «محافظ جدة»، «قائد الجيش»، «مدير الشرطة»
AR_OFFICE_HEADS = F._n("وزير رئيس نائب أمين سفير محافظ قائد مدير")
# a spokesman, bare: «متحدث باسم»، «ناطق رسمي»
AR_SPOKESMAN_NOUNS = F._n("متحدث ناطق")


def ar_with_article(words: frozenset[str]) -> frozenset[str]:
    """The normalized ``words`` and each with the article: «وزير» and «الوزير»."""
    return words | frozenset("ال" + w for w in words)

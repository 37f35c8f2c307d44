from hypothesis import given
from hypothesis import strategies as st

from khabar.text import detect_language, normalize, normalize_with_map, split_sentences, tokenize


def test_normalize_forms():
    assert normalize("أُوكْرانِيا") == normalize("اوكرانيا") == "اوكرانيا"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("على") == "علي"
    assert normalize("٢٠٢٣") == "2023" and normalize("۱۴") == "14"
    assert normalize("كـــبير") == "كبير"
    assert normalize("a\u200fb\u202bc") == "abc"


@given(st.text(alphabet=st.sampled_from(list("أإآابتةىيؤئ ًٌٍَُِّْـ\u200f\u200b٣۴aBc .،")), max_size=60))
def test_offset_map_points_back(text):
    n = normalize_with_map(text)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        assert normalize(text[n.offsets[i]]) == ch
    for i in range(len(n.text)):
        for j in range(i + 1, min(len(n.text), i + 5) + 1):
            s, e = n.span_to_original(i, j)
            assert normalize(text[s:e]) == n.text[i:j]


def test_tokens_separate_glued_punctuation():
    toks = [t.text for t in tokenize('دعا بـ"تعزيز التعاون" و120 جنديا، حسب تاس".')]
    assert '"' in toks and "تعزيز" in toks and "120" in toks and "تاس" in toks


def test_proclitics_exposed_without_destroying_names():
    text = "وموسكو لبوتين بوتين والرئيس بالعاصمة"
    toks = {t.text: t for t in tokenize(text, known={"موسكو", "بوتين"}.__contains__)}
    assert toks["وموسكو"].stem == "موسكو"
    assert toks["لبوتين"].stem == "بوتين"
    assert toks["بوتين"].stem == "بوتين"
    assert toks["والرئيس"].stem == "الرئيس"
    assert toks["بالعاصمة"].stem == "العاصمة"


def test_sentences_not_split_on_arabic_comma_or_inside_quotes():
    text = "قال بيسكوف، المتحدث: «لم يتم. توقيع أي اتفاق». وأضاف أن المحادثات مستمرة! Mr. Smith left."
    spans = split_sentences(text)
    sents = [text[s:e] for s, e in spans]
    assert sents[0].endswith("اتفاق».")
    assert sents[1] == "وأضاف أن المحادثات مستمرة!"
    assert sents[2] == "Mr. Smith left."


def test_language_detection():
    assert detect_language("قال الرئيس الروسي إن المحادثات مستمرة") == "ar"
    assert detect_language("The president said that talks would continue.") == "en"
    assert detect_language("Der Präsident sagte, die Gespräche würden fortgesetzt.") == "other"
    assert detect_language("12345 !!!") == "other"


def test_shortest_proclitic_that_leaves_a_known_stem():
    known = {"بيونغ", "يونغ", "موسكو"}.__contains__
    stems = {t.text: t.stem for t in tokenize("وبيونغ وبموسكو", known)}
    assert stems == {"وبيونغ": "بيونغ", "وبموسكو": "موسكو"}

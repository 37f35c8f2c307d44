from khabar.training.anercorp_text import context_before, detokenize, read_sentences


def test_detokenize_glues_punctuation_and_quotes():
    text, starts = detokenize(["قال", "الوزير", "«", "لن", "نتراجع", "»", "،", "وأضاف", '"', "نعم", '"', "."])
    assert text == 'قال الوزير «لن نتراجع»، وأضاف "نعم".'
    toks = ["قال", "الوزير", "«", "لن", "نتراجع", "»", "،", "وأضاف", '"', "نعم", '"', "."]
    assert [text[s : s + len(t)] for s, t in zip(starts, toks, strict=True)] == toks


def test_detokenize_parentheses():
    text, _ = detokenize(["وكالة", "(", "رويترز", ")", "ذكرت"])
    assert text == "وكالة (رويترز) ذكرت"


def test_read_sentences_offsets_and_context(shared_data):
    sents = read_sentences(shared_data, "test")
    assert len(sents) == 918
    s = sents[5]
    assert s.id == "aner-test-5"
    for tok, start in zip(s.tokens, s.token_starts, strict=True):
        assert s.text[start : start + len(tok)] == tok
    assert context_before(sents, 5) == sents[3].text + "\n\n" + sents[4].text
    assert context_before(sents, 0) == ""
